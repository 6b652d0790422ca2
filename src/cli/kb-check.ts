/**
 * `npm run kb:check [dir]`: validates a knowledge folder and prints a one-line summary, or every
 * problem found (and exits 1). Items an import generated and no editor has reviewed yet (marked
 * `draft`) are listed per file: how many, and where.
 */
import { draftReports, formatDraftReport } from '../knowledge/drafts.ts';
import { countKnowledge, formatKnowledgeError, loadKnowledgeBase } from '../knowledge/loader.ts';

const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
const result = await loadKnowledgeBase(dir);
if (result.ok) {
  const c = countKnowledge(result.kb);
  const drafts = draftReports(result.kb);
  const total = drafts.reduce((sum, d) => sum + d.count, 0);
  console.log(
    `${dir}: OK — ${c.articles} article(s), ${c.entities} entities, ${c.facts} facts, ${c.passages} passages${
      total > 0 ? `; ${total} draft item(s) to review` : ''
    }`,
  );
  for (const report of drafts) console.log(`  ${formatDraftReport(report)}`);
} else {
  for (const error of result.errors) console.error(formatKnowledgeError(error));
  console.error(`${dir}: ${result.errors.length} problem(s); nothing was loaded`);
  process.exitCode = 1;
}
