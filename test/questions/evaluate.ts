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
  /** Right, and what it must say is in the first 300 visible characters (quotes and citations aside). */
  readonly first: boolean;
}

/** How much of a reply a reader takes in before deciding whether it answered. */
export const ANSWER_FIRST_CHARACTERS = 300;

/**
 * The reply as read top to bottom, without the article's quoted passages (`> …`) and the lines that
 * cite them (`-# …`), cut to the first 300 characters.
 */
export function firstVisible(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*(>|-#)/.test(line))
    .join('\n')
    .slice(0, ANSWER_FIRST_CHARACTERS);
}

const holds = (text: string, expected: Expectation) =>
  Array.isArray(expected) ? expected.some((s) => replyMatches(text, s)) : replyMatches(text, expected);

/** Whether a reply is what a case expects: found or not, and with what it must (and must not) say. */
function judge(c: LooseCase, found: boolean, text: string): CaseResult {
  let why = '';
  if (found !== c.expect.found) why = `found ${found}, expected ${c.expect.found}`;
  else {
    const missing = (c.expect.contains ?? []).filter((e) => !holds(text, e));
    const present = (c.expect.absent ?? []).filter((s) => replyMatches(text, s));
    if (missing.length) why = `missing ${JSON.stringify(missing)}`;
    else if (present.length) why = `should not say ${JSON.stringify(present)}`;
  }
  const head = firstVisible(text);
  const first = why === '' && (c.expect.contains ?? []).every((e) => holds(head, e));
  return { case: c, ok: why === '', why, text, first };
}

export async function scoreCases(cases: readonly LooseCase[], dir = 'knowledge'): Promise<CaseResult[]> {
  const service = await createKnowledgeService({ dir });
  const results: CaseResult[] = [];
  for (const c of cases) {
    const reply = await askOnce(service, c.input, c.locale === undefined ? {} : { locale: c.locale });
    results.push(judge(c, reply.found, replyToText(reply.reply)));
  }
  return results;
}

export interface SetSummary {
  readonly cases: number;
  readonly right: number;
  readonly answerable: number;
  /** Answerable questions that were refused. */
  readonly falseRefusals: number;
  readonly outOfScope: number;
  /** Out-of-scope questions that were answered anyway. */
  readonly falseAnswers: number;
  /** Answerable questions answered right with the answer in the first 300 visible characters. */
  readonly answerFirst: number;
}

export function summarize(results: readonly CaseResult[]): SetSummary {
  const answerable = results.filter((r) => r.case.expect.found);
  const outOfScope = results.filter((r) => !r.case.expect.found);
  return {
    cases: results.length,
    right: results.filter((r) => r.ok).length,
    answerable: answerable.length,
    falseRefusals: answerable.filter((r) => /found false/.test(r.why)).length,
    outOfScope: outOfScope.length,
    falseAnswers: outOfScope.filter((r) => /found true/.test(r.why)).length,
    answerFirst: answerable.filter((r) => r.first).length,
  };
}

const indent = (text: string) =>
  text
    .split('\n')
    .slice(0, 6)
    .map((l) => `    ${l}`)
    .join('\n');

const percent = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)}%`);

export function describeSummary(s: SetSummary): string {
  return [
    `right ${s.right}/${s.cases} (${percent(s.right, s.cases)})`,
    `false refusals ${s.falseRefusals}/${s.answerable} (${percent(s.falseRefusals, s.answerable)})`,
    `false answers ${s.falseAnswers}/${s.outOfScope}`,
    `answer first ${s.answerFirst}/${s.answerable} (${percent(s.answerFirst, s.answerable)})`,
  ].join(' · ');
}

/** A conversation: a question, then replies to each answer in turn. */
interface LooseChain {
  id: string;
  locale?: string;
  kinds?: string[];
  turns: { input: string; expect: LooseCase['expect'] }[];
}

export interface ChainResult {
  readonly chain: LooseChain;
  readonly turns: readonly CaseResult[];
}

/**
 * Scores conversations: every turn after the first is asked as a reply to the answer before it, with
 * that answer's question as the engine asked it (as the bot reads it from the answer it replies to).
 */
export async function scoreChains(chains: readonly LooseChain[], dir = 'knowledge'): Promise<ChainResult[]> {
  const service = await createKnowledgeService({ dir });
  const results: ChainResult[] = [];
  for (const chain of chains) {
    let previous: string | undefined;
    const turns: CaseResult[] = [];
    for (const [i, turn] of chain.turns.entries()) {
      const c: LooseCase = { id: `${chain.id}#${i + 1}`, input: turn.input, expect: turn.expect };
      if (chain.locale) c.locale = chain.locale;
      const reply = await askOnce(service, turn.input, {
        ...(chain.locale ? { locale: chain.locale } : {}),
        previous,
      });
      const result = judge(c, reply.found, replyToText(reply.reply));
      turns.push(
        result.ok ? result : { ...result, why: `${result.why} (asked as ${JSON.stringify(reply.asked)})` },
      );
      previous = reply.asked;
    }
    results.push({ chain, turns });
  }
  return results;
}

export function describeChains(results: readonly ChainResult[]): string {
  const all = results.flatMap((r) => r.turns);
  const followUps = results.flatMap((r) => r.turns.slice(1));
  const unanswerable = followUps.filter((t) => !t.case.expect.found);
  const whole = results.filter((r) => r.turns.every((t) => t.ok)).length;
  const firstLine = followUps.filter((t) => t.case.expect.found && t.first).length;
  return [
    `turns ${all.filter((t) => t.ok).length}/${all.length} (${percent(all.filter((t) => t.ok).length, all.length)})`,
    `follow-ups ${followUps.filter((t) => t.ok).length}/${followUps.length} (${percent(followUps.filter((t) => t.ok).length, followUps.length)})`,
    `answer first ${firstLine}/${followUps.filter((t) => t.case.expect.found).length}`,
    `chains ${whole}/${results.length} (${percent(whole, results.length)})`,
    `unanswerable follow-ups answered ${unanswerable.filter((t) => /found true/.test(t.why)).length}/${unanswerable.length}`,
  ].join(' · ');
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
    const data = JSON.parse(readFileSync(file, 'utf8')) as (LooseCase | LooseChain)[];
    if (data.some((d) => 'turns' in d)) {
      const chains = await scoreChains(data as LooseChain[]);
      console.log(`\n${file}\n  ${describeChains(chains)}`);
      if (show)
        for (const r of chains)
          for (const t of r.turns.filter((x) => !x.ok))
            console.log(`\n✗ ${t.case.id} ${JSON.stringify(t.case.input)}: ${t.why}\n${indent(t.text)}`);
      continue;
    }
    const cases = data as LooseCase[];
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
    const summary = summarize(results);
    console.log(`\n${file}`);
    for (const [kind, [ok, total]] of byKind)
      console.log(
        `  ${kind.padEnd(16)} ${String(ok).padStart(4)}/${String(total).padEnd(4)} ${((100 * ok) / total).toFixed(1)}%`,
      );
    console.log(`  ${describeSummary(summary)}`);
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
