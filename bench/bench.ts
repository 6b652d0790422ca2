/**
 * `npm run bench [-- --json] [--facts N]`
 *
 * Our engine, plain fuse.js and MiniSearch side by side, in one process, on the same data and the
 * same queries: index build time, autocomplete and free-text latency (p50/p99), memory, and accuracy
 * on the project's question set. See bench/README.md for what is measured and how peers are judged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ChartBook } from '../src/charts/book.ts';
import { askOnce } from '../src/console/ask.ts';
import { parseInput } from '../src/console/parse.ts';
import { answer, buildEngine, type Engine, suggestNames } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/loader.ts';
import type { KnowledgeBase, SourcedFact } from '../src/knowledge/types.ts';
import { replyToText } from '../src/render/text.ts';
import { createKnowledgeService } from '../src/service.ts';
import { loadQuestionCases, type QuestionCase, replyMatches } from '../test/questions/cases.ts';
import { machine, percentile, round } from './machine.ts';
import {
  buildFuse,
  buildMiniSearch,
  FUSE_CONFIGS,
  type FuseConfig,
  MINISEARCH_CONFIGS,
  type MiniSearchConfig,
  type Peer,
} from './peers.ts';
import { autocompleteQueries, freeTextQueries } from './queries.ts';
import { generateKnowledge, writeKnowledgeFiles } from './synth-lib.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REAL_DIR = path.join(REPO, 'knowledge');
const SYNTHETIC_SIZES = [1_000, 10_000, 50_000];
const SEED = 20250404;
const AUTOCOMPLETE_QUERIES = 300;
const FREETEXT_QUERIES = 200;
const WARMUP_QUERIES = 20;
const MB = 1024 * 1024;
/** Series drawn per dataset for the chart timing (each in Korean and English). */
const CHART_SERIES = 10;

/** Rounds over each query list; a query's time is the median of its rounds. */
const ROUNDS = 3;

interface Budget {
  readonly queries: number;
  readonly rounds: number;
}
const FULL: Budget = { queries: Number.POSITIVE_INFINITY, rounds: ROUNDS };

/**
 * Plain fuse.js scans every field of every fact for every query word (seconds per question at
 * 50,000 facts), so from 1,000 facts its free text runs on the first questions of the list only.
 */
function fuseFreeTextBudget(facts: number): Budget {
  if (facts >= 50_000) return { queries: 15, rounds: 1 };
  if (facts >= 10_000) return { queries: 30, rounds: 1 };
  if (facts >= 1_000) return { queries: 60, rounds: ROUNDS };
  return FULL;
}

type EngineName = 'ours' | 'fuse' | 'minisearch';
const ENGINES: readonly EngineName[] = ['ours', 'fuse', 'minisearch'];

interface Result {
  engine: EngineName;
  facts: number;
  build_ms: number;
  autocomplete_p50_ms: number;
  autocomplete_p99_ms: number;
  freetext_p50_ms: number;
  freetext_p99_ms: number;
  rss_mb: number | null;
  heap_mb: number | null;
  accuracy: number | null;
  /** Extra detail beyond the contract's fields. */
  dataset: string;
  config: string;
  autocomplete_queries: number;
  freetext_queries: number;
  rss_baseline_mb: number | null;
  correct: number | null;
  cases: number | null;
}

interface Dataset {
  readonly label: string;
  readonly dir: string;
  readonly facts: number;
  readonly real: boolean;
}

interface Configs {
  readonly fuse: FuseConfig;
  readonly minisearch: MiniSearchConfig;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** `global.gc`, exposed at run time when node was not started with --expose-gc. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const gc = collector();
const collect = () => {
  gc();
  gc();
};

// ---------------------------------------------------------------------------------------------
// Engines under test

type Built = { ours: Engine } | { peer: Peer };

function build(name: EngineName, kb: KnowledgeBase, configs: Configs): Built {
  switch (name) {
    case 'ours':
      return { ours: buildEngine(kb) };
    case 'fuse':
      return { peer: buildFuse(kb, configs.fuse) };
    case 'minisearch':
      return { peer: buildMiniSearch(kb, configs.minisearch) };
  }
}

interface Runner {
  readonly name: EngineName;
  readonly config: string;
  autocomplete(q: string): number;
  freeText(q: string): number;
}

/** What one query costs each engine; results are reduced to a number so nothing is optimised away. */
function runner(name: EngineName, built: Built): Runner {
  if ('ours' in built) {
    const engine = built.ours;
    return {
      name,
      config: 'buildEngine; suggestNames(company, 25); answer(ask)',
      autocomplete: (q) => suggestNames(engine, 'company', q, 25).length,
      freeText: (q) => {
        const a = answer(engine, { kind: 'ask', text: q });
        return a.kind === 'facts' ? a.facts.length : 0;
      },
    };
  }
  const peer = built.peer;
  return {
    name,
    config: peer.config,
    autocomplete: (q) => peer.suggest(q, 'company', 25).length,
    freeText: (q) => peer.searchFacts(q, 10).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Accuracy

/** Everything a user would learn from a fact: its text, figures, and the names of its entities. */
function factText(kb: KnowledgeBase, fact: SourcedFact): string {
  const names = fact.entities.flatMap((id) => {
    const e = kb.entities.get(id);
    return e ? [e.name.ko, e.name.en] : [];
  });
  const figures = fact.figures.flatMap((f) => [
    `${f.value}${f.unit === 'percent' ? '%' : ` ${f.unit}`}`,
    f.label.ko,
    f.label.en,
  ]);
  return [fact.text.ko, fact.text.en, ...figures, ...names].join('\n');
}

/**
 * A peer's answer to a case, judged by its top result: for `/company` and `/policy`, the top entity
 * of the right type must carry an expected string in its Korean or English name (or there must be
 * none for found:false); for free text, the top fact must hold every expected string (or there must
 * be none for found:false).
 */
function judgePeer(peer: Peer, kb: KnowledgeBase, c: QuestionCase): boolean {
  const parsed = parseInput(c.input);
  if (parsed.kind !== 'question') return false;
  const q = parsed.question;
  if (q.kind === 'company' || q.kind === 'policy') {
    const top = peer.suggest(q.query, q.kind === 'company' ? 'company' : 'region', 1)[0];
    if (!c.expect.found) return top === undefined;
    if (!top) return false;
    const names = `${top.name.ko}\n${top.name.en}`;
    return c.expect.contains.some((s) => replyMatches(names, s));
  }
  if (q.kind === 'ask') {
    const top = peer.searchFacts(q.text, 1)[0];
    if (!c.expect.found) return top === undefined;
    if (!top) return false;
    const text = factText(kb, top);
    return c.expect.contains.every((s) => replyMatches(text, s));
  }
  return false;
}

interface Accuracy {
  readonly correct: number;
  readonly cases: number;
  readonly missed: readonly string[];
}

function peerAccuracy(peer: Peer, kb: KnowledgeBase, cases: readonly QuestionCase[]): Accuracy {
  const missed = cases.filter((c) => !judgePeer(peer, kb, c)).map((c) => c.id);
  return { correct: cases.length - missed.length, cases: cases.length, missed };
}

/** Ours runs the real path: the console's `askOnce`, the rendered reply, every expected string in it. */
async function oursAccuracy(cases: readonly QuestionCase[]): Promise<Accuracy> {
  const service = await createKnowledgeService({ dir: REAL_DIR });
  const missed: string[] = [];
  for (const c of cases) {
    const result = await askOnce(service, c.input, c.locale === undefined ? {} : { locale: c.locale });
    const text = replyToText(result.reply);
    const ok =
      result.found === c.expect.found &&
      (!c.expect.found || c.expect.contains.every((s) => replyMatches(text, s)));
    if (!ok) missed.push(c.id);
  }
  return { correct: cases.length - missed.length, cases: cases.length, missed };
}

/** The best configuration of each peer, by accuracy on the real knowledge base (first wins ties). */
function choosePeerConfigs(kb: KnowledgeBase, cases: readonly QuestionCase[]): Configs {
  const pick = <C>(name: string, configs: readonly C[], make: (c: C) => Peer): C => {
    let best: { config: C; correct: number } | undefined;
    for (const config of configs) {
      const peer = make(config);
      const { correct } = peerAccuracy(peer, kb, cases);
      log(`  ${name}: ${peer.config}: ${correct}/${cases.length}`);
      if (!best || correct > best.correct) best = { config, correct };
    }
    return best!.config;
  };
  log('choosing peer configurations by accuracy on the real knowledge base:');
  const fuse = pick('fuse', FUSE_CONFIGS, (c) => buildFuse(kb, c));
  const minisearch = pick('minisearch', MINISEARCH_CONFIGS, (c) => buildMiniSearch(kb, c));
  return { fuse, minisearch };
}

// ---------------------------------------------------------------------------------------------
// Memory, one engine per child process

interface MemoryReport {
  readonly rss_mb: number;
  readonly heap_mb: number;
  readonly rss_baseline_mb: number;
  readonly build_ms: number;
}

/** Child mode: load the folder, build one engine, report memory after a full collection. */
async function childMain(name: EngineName, dir: string, configs: Configs): Promise<void> {
  const result = await loadKnowledgeBase(dir);
  if (!result.ok) throw new Error(`${dir} does not load`);
  collect();
  const before = process.memoryUsage();
  const started = performance.now();
  const built = build(name, result.kb, configs);
  const buildMs = performance.now() - started;
  collect();
  const after = process.memoryUsage();
  const report: MemoryReport = {
    rss_mb: after.rss / MB,
    heap_mb: (after.heapUsed - before.heapUsed) / MB,
    rss_baseline_mb: before.rss / MB,
    build_ms: buildMs,
  };
  // Keep the engine alive until after the measurement.
  (globalThis as { benchKeep?: unknown }).benchKeep = built;
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function measureMemory(name: EngineName, dir: string, configs: Configs): MemoryReport | undefined {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      name,
      '--dir',
      dir,
      '--configs',
      JSON.stringify(configs),
    ],
    { cwd: REPO, encoding: 'utf8', maxBuffer: 16 * MB, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  const line = child.stdout?.trim().split('\n').at(-1);
  if (child.status !== 0 || !line) {
    log(`  memory child for ${name} failed: ${child.stderr?.trim().split('\n').slice(-3).join(' ')}`);
    return undefined;
  }
  return JSON.parse(line) as MemoryReport;
}

// ---------------------------------------------------------------------------------------------
// Timing

let sink = 0;

/**
 * Each query runs on every engine before the next query starts, the engines' order rotating from
 * one query to the next, and the whole list runs `ROUNDS` times. A query's time is the median of its
 * rounds, so that a pause caused by the shared machine or by another engine's garbage does not land
 * on one engine alone; p50 and p99 are then taken over the queries.
 */
function timeInterleaved(
  runners: readonly Runner[],
  queries: readonly string[],
  run: (r: Runner, q: string) => number,
  budget: (r: Runner) => Budget,
): Map<EngineName, number[]> {
  const rounds = new Map<EngineName, number[][]>(
    runners.map((r) => [r.name, queries.slice(0, budget(r).queries).map(() => [])]),
  );
  for (let round = 0; round < ROUNDS; round++) {
    queries.forEach((q, i) => {
      for (let k = 0; k < runners.length; k++) {
        const r = runners[(i + k + round) % runners.length]!;
        const times = rounds.get(r.name)![i];
        if (!times || round >= budget(r).rounds) continue;
        const started = performance.now();
        sink += run(r, q);
        times.push(performance.now() - started);
      }
    });
  }
  return new Map(
    [...rounds].map(([name, perQuery]) => [name, perQuery.map((times) => percentile(times, 0.5))]),
  );
}

async function runDataset(
  dataset: Dataset,
  configs: Configs,
  cases: readonly QuestionCase[],
  accuracies: Map<EngineName, Accuracy>,
): Promise<Result[]> {
  log(`\n== ${dataset.label}: ${dataset.facts.toLocaleString('en')} facts ==`);
  const memory = new Map<EngineName, MemoryReport | undefined>();
  for (const name of ENGINES) {
    memory.set(name, measureMemory(name, dataset.dir, configs));
    const m = memory.get(name);
    if (m) log(`  memory ${name}: rss ${m.rss_mb.toFixed(0)} MB, heap +${m.heap_mb.toFixed(1)} MB`);
  }

  const loaded = await loadKnowledgeBase(dataset.dir);
  if (!loaded.ok) throw new Error(`${dataset.dir} does not load`);
  const kb = loaded.kb;
  const runners: Runner[] = [];
  const buildMs = new Map<EngineName, number>();
  for (const name of ENGINES) {
    collect();
    const started = performance.now();
    const built = build(name, kb, configs);
    buildMs.set(name, performance.now() - started);
    runners.push(runner(name, built));
    log(`  built ${name} in ${buildMs.get(name)!.toFixed(0)} ms`);
  }

  const acQueries = autocompleteQueries(kb, AUTOCOMPLETE_QUERIES, SEED);
  const ftQueries = freeTextQueries(kb, FREETEXT_QUERIES, SEED + 1);
  const fuseBudget = fuseFreeTextBudget(dataset.facts);
  const ftBudget = (r: Runner) => (r.name === 'fuse' ? fuseBudget : FULL);
  // Warm up every code path before timing.
  for (const r of runners) {
    for (const q of acQueries.slice(0, WARMUP_QUERIES)) sink += r.autocomplete(q);
    const warm = r.name === 'fuse' && fuseBudget !== FULL ? 1 : WARMUP_QUERIES;
    for (const q of ftQueries.slice(-warm)) sink += r.freeText(q);
  }
  collect();
  const ac = timeInterleaved(
    runners,
    acQueries,
    (r, q) => r.autocomplete(q),
    () => FULL,
  );
  collect();
  const started = performance.now();
  const ft = timeInterleaved(runners, ftQueries, (r, q) => r.freeText(q), ftBudget);
  log(`  timed ${acQueries.length} autocomplete and ${ftQueries.length} free-text queries`);
  log(`  (free text took ${((performance.now() - started) / 1000).toFixed(1)} s in all)`);

  // Before the accuracy run (whose answers draw charts), so that the first dataset's first PNG is cold.
  chartResults.push(await measureCharts(kb, dataset.facts, chartResults.length === 0));
  log(
    `  charts: ${chartResults.at(-1)?.series} series, PNG render p50 ${chartResults.at(-1)?.render_p50_ms} ms`,
  );

  if (dataset.real) {
    for (const r of runners) {
      if (r.name === 'ours') continue;
      const built = build(r.name, kb, configs);
      if ('peer' in built) accuracies.set(r.name, peerAccuracy(built.peer, kb, cases));
    }
    accuracies.set('ours', await oursAccuracy(cases));
  }

  return runners.map((r) => {
    const m = memory.get(r.name);
    const acc = dataset.real ? accuracies.get(r.name) : undefined;
    const acSamples = ac.get(r.name)!;
    const ftSamples = ft.get(r.name)!;
    return {
      engine: r.name,
      facts: dataset.facts,
      build_ms: round(buildMs.get(r.name)!, 1),
      autocomplete_p50_ms: round(percentile(acSamples, 0.5), 3),
      autocomplete_p99_ms: round(percentile(acSamples, 0.99), 3),
      freetext_p50_ms: round(percentile(ftSamples, 0.5), 3),
      freetext_p99_ms: round(percentile(ftSamples, 0.99), 3),
      rss_mb: m ? round(m.rss_mb, 1) : null,
      heap_mb: m ? round(m.heap_mb, 1) : null,
      accuracy: acc ? round(acc.correct / acc.cases, 4) : null,
      dataset: dataset.label,
      config: r.config,
      autocomplete_queries: acSamples.length,
      freetext_queries: ftSamples.length,
      rss_baseline_mb: m ? round(m.rss_baseline_mb, 1) : null,
      correct: acc ? acc.correct : null,
      cases: acc ? acc.cases : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Charts

interface ChartResult {
  facts: number;
  /** Chartable series found in the knowledge base. */
  series: number;
  /** Deriving them (once per snapshot). */
  derive_ms: number;
  /** The first PNG drawn in this process (Chart.js and the font loaded then). */
  first_render_ms: number;
  /** PNGs drawn after it: the first CHART_SERIES series, in Korean and English. */
  renders: number;
  render_p50_ms: number;
  render_p99_ms: number;
  /** A second request for a drawn chart: served from the snapshot's cache. */
  cached_p50_ms: number;
  png_max_kb: number;
}

/** Chart cost on one knowledge base: deriving the series, drawing PNGs (cold, warm), serving the cache. */
async function measureCharts(
  kb: KnowledgeBase,
  facts: number,
  firstInProcess: boolean,
): Promise<ChartResult> {
  collect();
  let started = performance.now();
  const book = new ChartBook(kb);
  const deriveMs = performance.now() - started;
  const drawn: number[] = [];
  const cached: number[] = [];
  let pngMax = 0;
  let first = Number.NaN;
  for (const series of book.series.slice(0, CHART_SERIES)) {
    for (const language of ['ko', 'en'] as const) {
      started = performance.now();
      const image = await book.image(series, language);
      const ms = performance.now() - started;
      if (firstInProcess && Number.isNaN(first)) first = ms;
      else drawn.push(ms);
      pngMax = Math.max(pngMax, image.file.data.byteLength);
      started = performance.now();
      await book.image(series, language);
      cached.push(performance.now() - started);
    }
  }
  return {
    facts,
    series: book.series.length,
    derive_ms: round(deriveMs, 1),
    first_render_ms: round(first, 1),
    renders: drawn.length,
    render_p50_ms: round(percentile(drawn, 0.5), 1),
    render_p99_ms: round(percentile(drawn, 0.99), 1),
    cached_p50_ms: round(percentile(cached, 0.5), 3),
    png_max_kb: round(pngMax / 1024, 1),
  };
}

const chartResults: ChartResult[] = [];

function chartTable(results: readonly ChartResult[]): string {
  const header = [
    'facts',
    'series',
    'derive_ms',
    'first_ms',
    'render_p50',
    'render_p99',
    'cached_p50',
    'png_max_kb',
  ];
  const rows = results.map((r) => [
    r.facts.toLocaleString('en'),
    r.series.toLocaleString('en'),
    r.derive_ms.toFixed(1),
    Number.isNaN(r.first_render_ms) ? '—' : r.first_render_ms.toFixed(1),
    `${r.render_p50_ms.toFixed(1)} (n=${r.renders})`,
    r.render_p99_ms.toFixed(1),
    r.cached_p50_ms.toFixed(3),
    r.png_max_kb.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Output

function table(results: readonly Result[]): string {
  const header = [
    'engine',
    'facts',
    'build_ms',
    'ac_p50',
    'ac_p99',
    'ft_p50',
    'ft_p99',
    'rss_mb',
    'heap_mb',
    'accuracy',
  ];
  const fmt = (v: number | null, digits: number) => (v === null ? '—' : v.toFixed(digits));
  const rows = results.map((r) => [
    r.engine,
    r.facts.toLocaleString('en'),
    fmt(r.build_ms, 0),
    fmt(r.autocomplete_p50_ms, 2),
    fmt(r.autocomplete_p99_ms, 2),
    fmt(r.freetext_p50_ms, 2),
    `${fmt(r.freetext_p99_ms, 2)}${r.freetext_queries < FREETEXT_QUERIES ? ` (n=${r.freetext_queries})` : ''}`,
    fmt(r.rss_mb, 0),
    fmt(r.heap_mb, 1),
    r.accuracy === null ? '—' : `${(r.accuracy * 100).toFixed(1)}% (${r.correct}/${r.cases})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let facts = results[0]?.facts;
  for (const [i, row] of rows.entries()) {
    if (results[i]!.facts !== facts) {
      out.push('');
      facts = results[i]!.facts;
    }
    out.push(line(row));
  }
  return out.join('\n');
}

function targets(results: readonly Result[], largest: number): string[] {
  const at = (engine: EngineName) => results.find((r) => r.engine === engine && r.facts === largest);
  const ours = at('ours');
  const mini = at('minisearch');
  if (!ours) return [];
  const lines = [`Targets at ${largest.toLocaleString('en')} facts (ours):`];
  const check = (label: string, value: number | null, limit: number | null, unit: string) => {
    if (value === null || limit === null || Number.isNaN(value) || Number.isNaN(limit)) {
      lines.push(`  ${label.padEnd(36)} not measured in this run`);
      return;
    }
    const ok = value <= limit;
    lines.push(
      `  ${label.padEnd(36)} ${value.toFixed(2)} ${unit} vs ${limit.toFixed(2)} ${unit}: ${ok ? 'MET' : 'MISSED'} (${(value / limit).toFixed(2)}× the limit)`,
    );
  };
  check('free-text p99 ≤ 10 ms', ours.freetext_p99_ms, 10, 'ms');
  check('autocomplete p99 ≤ 3 ms', ours.autocomplete_p99_ms, 3, 'ms');
  check('free-text p99 ≤ MiniSearch p99', ours.freetext_p99_ms, mini?.freetext_p99_ms ?? null, 'ms');
  check(
    'autocomplete p99 ≤ MiniSearch p99',
    ours.autocomplete_p99_ms,
    mini?.autocomplete_p99_ms ?? null,
    'ms',
  );
  check('build ≤ 3 s', ours.build_ms / 1000, 3, 's');
  check('RSS ≤ 400 MB', ours.rss_mb, 400, 'MB');
  const accuracy = results.filter((r) => r.accuracy !== null);
  const oursAccuracy = accuracy.find((r) => r.engine === 'ours')?.accuracy;
  if (oursAccuracy === undefined || oursAccuracy === null)
    lines.push(`  ${'accuracy ≥ every peer (real KB)'.padEnd(36)} not measured in this run`);
  else {
    const peers = accuracy.filter((r) => r.engine !== 'ours');
    const ok = peers.every((p) => oursAccuracy >= (p.accuracy ?? 0));
    const vs = peers.map((p) => `${p.engine} ${((p.accuracy ?? 0) * 100).toFixed(1)}%`).join(', ');
    lines.push(
      `  ${'accuracy ≥ every peer (real KB)'.padEnd(36)} ${(oursAccuracy * 100).toFixed(1)}% vs ${vs}: ${ok ? 'MET' : 'MISSED'}`,
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      facts: { type: 'string' },
      child: { type: 'string' },
      dir: { type: 'string' },
      configs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log('usage: npm run bench [-- --json] [--facts N|real]');
    return;
  }
  if (values.child) {
    await childMain(values.child as EngineName, values.dir ?? REAL_DIR, JSON.parse(values.configs ?? '{}'));
    return;
  }

  const startedAt = performance.now();
  const real = await loadKnowledgeBase(REAL_DIR);
  if (!real.ok) throw new Error('the real knowledge base (knowledge/) does not load');
  const realFacts = real.kb.facts.size;
  let wanted: { real: boolean; sizes: number[] } = { real: true, sizes: SYNTHETIC_SIZES };
  if (values.facts !== undefined) {
    const n = Number(values.facts.replace(/[_,]/g, ''));
    if (values.facts === 'real' || n === realFacts) wanted = { real: true, sizes: [] };
    else if (Number.isInteger(n) && n > 0) wanted = { real: false, sizes: [n] };
    else throw new Error(`--facts must be a positive integer or "real", not ${values.facts}`);
  }

  const cases = loadQuestionCases();
  const configs = choosePeerConfigs(real.kb, cases);

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-kb-'));
  const results: Result[] = [];
  const accuracies = new Map<EngineName, Accuracy>();
  try {
    const datasets: Dataset[] = [];
    if (wanted.real) datasets.push({ label: 'real KB', dir: REAL_DIR, facts: realFacts, real: true });
    for (const size of wanted.sizes) {
      const dir = path.join(tmp, `synth-${size}`);
      const files = generateKnowledge({ facts: size, seed: SEED });
      await writeKnowledgeFiles(files, dir);
      datasets.push({ label: `synthetic (seed ${SEED})`, dir, facts: size, real: false });
    }
    for (const dataset of datasets) results.push(...(await runDataset(dataset, configs, cases, accuracies)));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const info = machine();
  const largest = Math.max(...results.map((r) => r.facts));
  const targetLines = targets(results, largest);
  const notes = [
    `fuse: ${results.find((r) => r.engine === 'fuse')?.config} (best of ${FUSE_CONFIGS.length} configurations by accuracy on the real KB)`,
    `minisearch: ${results.find((r) => r.engine === 'minisearch')?.config} (best of ${MINISEARCH_CONFIGS.length})`,
    `queries per dataset: ${AUTOCOMPLETE_QUERIES} autocomplete, ${FREETEXT_QUERIES} free text, each run ${ROUNDS} times (interleaved rounds; a query's time is the median of its rounds; p50/p99 over queries)`,
    `fuse free text is capped (marked n=…): ${[1_000, 10_000, 50_000].map((n) => `${fuseFreeTextBudget(n).queries} queries × ${fuseFreeTextBudget(n).rounds} round(s) from ${n.toLocaleString('en')} facts`).join(', ')}; with so few samples its p99 is close to its maximum`,
    'rss_mb: process RSS after building that one engine in a fresh process (knowledge base loaded); heap_mb: heap retained by the index (heapUsed after − before build, after full GCs)',
    'accuracy: real KB only; ours through askOnce + replyToText, peers by their top result (see bench/README.md)',
  ];
  const oursAcc = accuracies.get('ours');
  if (oursAcc && oursAcc.missed.length > 0) notes.push(`ours missed: ${oursAcc.missed.join(', ')}`);
  for (const peer of ['fuse', 'minisearch'] as const) {
    const acc = accuracies.get(peer);
    if (acc) notes.push(`${peer} missed ${acc.missed.length} of ${acc.cases}`);
  }

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ machine: info, results, charts: chartResults })}\n`);
    for (const line of [...targetLines, ...notes]) log(line);
  } else {
    console.log(
      `\nMachine: ${info.cpu}, ${info.cores} cores, ${info.memory_gb} GB, Node ${info.node}, ${info.platform}; load ${info.loadavg_at_start.join(' ')}`,
    );
    console.log('Times in ms (ac = autocomplete, ft = free text); memory in MB.\n');
    console.log(table(results));
    console.log('');
    console.log(
      'Charts (ours only): series derived, PNG render time (Chart.js on @napi-rs/canvas), PNG size.\n',
    );
    console.log(chartTable(chartResults));
    console.log('');
    for (const line of targetLines) console.log(line);
    console.log('');
    for (const line of notes) console.log(`- ${line}`);
    console.log(`\nTook ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
  }
  if (sink === -1) log('');
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
