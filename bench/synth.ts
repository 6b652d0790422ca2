/**
 * `npm run kb:synth -- --facts N --out DIR [--seed S] [--per-article M] [--no-check]`
 *
 * Writes a synthetic knowledge base (made-up articles, see `synth-lib.ts`) into DIR, one file per
 * M facts (default 500), then loads it back with the real loader to prove it valid. Names are kept
 * clear of the real article's names, read from `knowledge/` when it loads.
 */
import { parseArgs } from 'node:util';
import { countKnowledge, formatKnowledgeError, loadKnowledgeBase } from '../src/knowledge/loader.ts';
import { generateKnowledge, REAL_ARTICLE_NAMES, writeKnowledgeFiles } from './synth-lib.ts';

const USAGE = 'usage: npm run kb:synth -- --facts N --out DIR [--seed S] [--per-article M] [--no-check]';

function positiveInteger(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`--${name} is required\n${USAGE}`);
  }
  const number = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer`);
  return number;
}

/** Names of the real knowledge base's entities, so that generated ones stay clear of them. */
async function realNames(): Promise<string[]> {
  const result = await loadKnowledgeBase(process.env.KNOWLEDGE_DIR ?? 'knowledge');
  if (!result.ok) return [...REAL_ARTICLE_NAMES];
  const names = [...result.kb.entities.values()].flatMap((e) => [e.name.ko, e.name.en, ...e.aliases]);
  return [...new Set([...REAL_ARTICLE_NAMES, ...names])];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      facts: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'per-article': { type: 'string' },
      'no-check': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const facts = positiveInteger(values.facts, 'facts');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const factsPerArticle = positiveInteger(values['per-article'], 'per-article', 500);
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);

  const started = performance.now();
  const files = generateKnowledge({ facts, seed, factsPerArticle, reservedNames: await realNames() });
  const generated = performance.now();
  const written = await writeKnowledgeFiles(files, values.out);
  const wrote = performance.now();
  console.log(
    `generated ${facts} facts in ${files.length} file(s) in ${(generated - started).toFixed(0)} ms; ` +
      `wrote ${written.length} file(s) to ${values.out} in ${(wrote - generated).toFixed(0)} ms`,
  );
  if (values['no-check']) return;
  const result = await loadKnowledgeBase(values.out);
  if (!result.ok) {
    for (const error of result.errors.slice(0, 20)) console.error(formatKnowledgeError(error));
    throw new Error(
      `${values.out}: the generated knowledge base does not load (${result.errors.length} problems)`,
    );
  }
  const c = countKnowledge(result.kb);
  console.log(
    `${values.out}: OK — ${c.articles} article(s), ${c.entities} entities, ${c.facts} facts, ${c.passages} passages ` +
      `(loaded in ${(performance.now() - wrote).toFixed(0)} ms)`,
  );
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
