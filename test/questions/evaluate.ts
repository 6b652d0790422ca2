/**
 * Scores a question set through the console's JSON contract (the same path as `npm run ask -- --json`):
 * `npm run questions -- test/questions/heldout.json [--show]`. Prints the score overall and by kind;
 * `--show` also lists every miss (leave it off for the held-out set, which is not tuned on).
 */
import { readFileSync } from 'node:fs';
import { askOnce } from '../../src/console/ask.ts';
import { replyToText } from '../../src/render/text.ts';
import { createKnowledgeService } from '../../src/service.ts';
import { replyMatches } from './cases.ts';

type Expectation = string | string[];
interface LooseCase {
  id: string;
  input: string;
  locale?: string;
  kinds?: string[];
  tags?: string[];
  expect: { found: boolean; contains?: Expectation[]; absent?: string[] };
}

export interface CaseResult {
  readonly case: LooseCase;
  readonly ok: boolean;
  readonly why: string;
  readonly text: string;
}

export async function scoreCases(cases: readonly LooseCase[], dir = 'knowledge'): Promise<CaseResult[]> {
  const service = await createKnowledgeService({ dir });
  const results: CaseResult[] = [];
  for (const c of cases) {
    const reply = await askOnce(service, c.input, c.locale === undefined ? {} : { locale: c.locale });
    const text = replyToText(reply.reply);
    let why = '';
    if (reply.found !== c.expect.found) why = `found ${reply.found}, expected ${c.expect.found}`;
    else {
      const missing = (c.expect.contains ?? []).filter((e) =>
        Array.isArray(e) ? !e.some((s) => replyMatches(text, s)) : !replyMatches(text, e),
      );
      const present = (c.expect.absent ?? []).filter((s) => replyMatches(text, s));
      if (missing.length) why = `missing ${JSON.stringify(missing)}`;
      else if (present.length) why = `should not say ${JSON.stringify(present)}`;
    }
    results.push({ case: c, ok: why === '', why, text });
  }
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run questions -- <cases.json> [--show]');
    process.exit(2);
  }
  for (const file of files) {
    const cases = JSON.parse(readFileSync(file, 'utf8')) as LooseCase[];
    const results = await scoreCases(cases);
    const byKind = new Map<string, [number, number]>();
    for (const r of results) {
      const kinds = r.case.kinds ?? r.case.tags ?? [];
      for (const kind of ['all', r.case.expect.found ? 'answerable' : 'not-answerable', ...kinds]) {
        const entry = byKind.get(kind) ?? [0, 0];
        entry[0] += r.ok ? 1 : 0;
        entry[1] += 1;
        byKind.set(kind, entry);
      }
    }
    const wrongAnswers = results.filter(
      (r) => !r.case.expect.found && !r.ok && /found true/.test(r.why),
    ).length;
    console.log(`\n${file}`);
    for (const [kind, [ok, total]] of byKind)
      console.log(
        `  ${kind.padEnd(16)} ${String(ok).padStart(4)}/${String(total).padEnd(4)} ${((100 * ok) / total).toFixed(1)}%`,
      );
    console.log(`  out-of-scope questions answered anyway: ${wrongAnswers}`);
    if (show)
      for (const r of results.filter((x) => !x.ok))
        console.log(
          `\n✗ ${r.case.id} ${JSON.stringify(r.case.input)}${r.case.locale ? ` (${r.case.locale})` : ''}: ${r.why}\n${r.text
            .split('\n')
            .slice(0, 6)
            .map((l) => `    ${l}`)
            .join('\n')}`,
        );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
