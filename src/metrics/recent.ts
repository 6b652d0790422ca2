/**
 * What `/stats` shows about the last 24 hours: questions by source and outcome, and answer times.
 * Prometheus counters only ever grow and its histograms cover the whole run, so the bot keeps this
 * window itself: 144 ten-minute slots in a ring, each with its counts and a log-scale histogram of
 * answer times. Memory is fixed (a few dozen KB) however many questions come in, and two windows
 * (two shards) merge exactly by adding them up.
 */

/** Where a question came from. Issue #10 adds the context menu and auto-answers. */
export const QUESTION_SOURCES = ['slash', 'mention', 'dm', 'context-menu', 'auto-answer'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

/** How it ended: facts found, "the article does not say", or an error (nothing, or a notice, sent). */
export const QUESTION_OUTCOMES = ['found', 'not-found', 'error'] as const;
export type QuestionOutcome = (typeof QUESTION_OUTCOMES)[number];

export type QuestionCounts = Record<QuestionSource, Record<QuestionOutcome, number>>;

/** A window's figures, as plain JSON (it travels between shard processes). */
export interface WindowSnapshot {
  /** Epoch ms the figures start from: 24 h ago, or when this process started if that is later. */
  readonly since: number;
  readonly counts: QuestionCounts;
  /** Answer-time histogram: `LATENCY_BUCKETS` counts (see `latencyBucket`). */
  readonly latency: readonly number[];
}

const STEPS_PER_DOUBLING = 8;
const MAX_MS = 120_000;
/** Bucket 0 holds answers under 1 ms; bucket i ≥ 1 holds [2^((i-1)/8), 2^(i/8)) ms; the last, the rest. */
export const LATENCY_BUCKETS = 2 + Math.ceil(STEPS_PER_DOUBLING * Math.log2(MAX_MS));

export function latencyBucket(ms: number): number {
  if (!(ms >= 1)) return 0;
  return Math.min(LATENCY_BUCKETS - 1, 1 + Math.floor(STEPS_PER_DOUBLING * Math.log2(ms)));
}

/** A bucket's representative time: its geometric middle, so a percentile is within ±4.5%. */
function bucketMs(bucket: number): number {
  return bucket === 0 ? 0.5 : 2 ** ((bucket - 0.5) / STEPS_PER_DOUBLING);
}

/** The `q` quantile (0–1, nearest rank) of a latency histogram in ms; undefined when it is empty. */
export function latencyQuantile(latency: readonly number[], q: number): number | undefined {
  const total = latency.reduce((sum, n) => sum + n, 0);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [bucket, n] of latency.entries()) {
    seen += n;
    if (seen >= rank) return bucketMs(bucket);
  }
  return bucketMs(latency.length - 1);
}

export function emptyCounts(): QuestionCounts {
  const counts = {} as QuestionCounts;
  for (const source of QUESTION_SOURCES) counts[source] = { found: 0, 'not-found': 0, error: 0 };
  return counts;
}

/** Two or more windows (one per shard process) as one: counts and histograms added up. */
export function mergeWindows(windows: readonly WindowSnapshot[]): WindowSnapshot {
  const counts = emptyCounts();
  const latency = new Array<number>(LATENCY_BUCKETS).fill(0);
  let since = Number.POSITIVE_INFINITY;
  for (const window of windows) {
    since = Math.min(since, window.since);
    for (const source of QUESTION_SOURCES)
      for (const outcome of QUESTION_OUTCOMES) counts[source][outcome] += window.counts[source][outcome];
    for (const [bucket, n] of window.latency.entries())
      if (bucket < LATENCY_BUCKETS) latency[bucket] = (latency[bucket] ?? 0) + n;
  }
  return { since: Number.isFinite(since) ? since : Date.now(), counts, latency };
}

/** The window `/stats` covers, kept in slots of ten minutes. */
export const WINDOW_MS = 24 * 60 * 60_000;
export const SLOT_MS = 10 * 60_000;

interface Slot {
  /** Which ten minutes since the epoch this slot holds; -1 when never used. */
  number: number;
  readonly counts: Uint32Array;
  readonly latency: Uint32Array;
}

const OUTCOMES_PER_SOURCE = QUESTION_OUTCOMES.length;

export class RecentAnswers {
  private readonly slots: Slot[];
  private readonly startedAt: number;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly slotMs = SLOT_MS,
    windowMs = WINDOW_MS,
  ) {
    const count = Math.ceil(windowMs / slotMs);
    this.slots = Array.from({ length: count }, () => ({
      number: -1,
      counts: new Uint32Array(QUESTION_SOURCES.length * OUTCOMES_PER_SOURCE),
      latency: new Uint32Array(LATENCY_BUCKETS),
    }));
    this.startedAt = now();
  }

  /** One question: its source, outcome and, when it was answered, how long the answer took. */
  record(source: QuestionSource, outcome: QuestionOutcome, ms?: number): void {
    const number = Math.floor(this.now() / this.slotMs);
    const slot = this.slots[number % this.slots.length];
    if (!slot) return;
    if (slot.number !== number) {
      slot.number = number;
      slot.counts.fill(0);
      slot.latency.fill(0);
    }
    const index = QUESTION_SOURCES.indexOf(source) * OUTCOMES_PER_SOURCE + QUESTION_OUTCOMES.indexOf(outcome);
    slot.counts[index] = (slot.counts[index] ?? 0) + 1;
    if (ms !== undefined) {
      const bucket = latencyBucket(ms);
      slot.latency[bucket] = (slot.latency[bucket] ?? 0) + 1;
    }
  }

  /** The figures of the slots still inside the window. */
  snapshot(): WindowSnapshot {
    const now = this.now();
    const current = Math.floor(now / this.slotMs);
    const oldest = current - this.slots.length + 1;
    const counts = emptyCounts();
    const latency = new Array<number>(LATENCY_BUCKETS).fill(0);
    for (const slot of this.slots) {
      if (slot.number < oldest || slot.number > current) continue;
      for (const [s, source] of QUESTION_SOURCES.entries())
        for (const [o, outcome] of QUESTION_OUTCOMES.entries())
          counts[source][outcome] += slot.counts[s * OUTCOMES_PER_SOURCE + o] ?? 0;
      for (const [bucket, n] of slot.latency.entries()) latency[bucket] = (latency[bucket] ?? 0) + n;
    }
    return { since: Math.max(this.startedAt, oldest * this.slotMs), counts, latency };
  }
}
