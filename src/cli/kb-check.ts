/**
 * `npm run kb:check [dir]`: validates a knowledge folder and prints a one-line summary, or every
 * problem found (and exits 1).
 */
import { countKnowledge, formatKnowledgeError, loadKnowledgeBase } from '../knowledge/loader.ts';

const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
const result = await loadKnowledgeBase(dir);
if (result.ok) {
  const c = countKnowledge(result.kb);
  console.log(
    `${dir}: OK — ${c.articles} article(s), ${c.entities} entities, ${c.facts} facts, ${c.passages} passages`,
  );
} else {
  for (const error of result.errors) console.error(formatKnowledgeError(error));
  console.error(`${dir}: ${result.errors.length} problem(s); nothing was loaded`);
  process.exitCode = 1;
}
