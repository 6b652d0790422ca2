/**
 * `/stats`: each shard process describes itself (`StatsSnapshot`), the shard that got the command asks
 * every other one through the ShardingManager, and the figures are put together here: questions and
 * answer times added up across shards, the knowledge base and last reload as each shard has them.
 */
import type { Client } from 'discord.js';
import { z } from 'zod';
import { withTimeout } from './ipc.ts';
import {
  emptyCounts,
  LATENCY_BUCKETS,
  latencyQuantile,
  mergeWindows,
  QUESTION_OUTCOMES,
  QUESTION_SOURCES,
  type QuestionCounts,
  type QuestionSource,
  type WindowSnapshot,
} from './recent.ts';

export interface KnowledgeStats {
  readonly articles: number;
  readonly entities: number;
  readonly facts: number;
  readonly passages: number;
  /** Epoch ms. */
  readonly loadedAt: number;
}

/** The last reload of one process's knowledge base. */
export type LastReload =
  | { readonly at: number; readonly ok: true; readonly factsBefore: number; readonly factsAfter: number }
  | { readonly at: number; readonly ok: false; readonly errors: number };

/** What one process says about itself; plain JSON, since it crosses process boundaries. */
export interface StatsSnapshot {
  /** The shard ids this process runs. */
  readonly shards: readonly number[];
  readonly uptimeMs: number;
  readonly guilds: number;
  readonly window: WindowSnapshot;
  readonly knowledge: KnowledgeStats | null;
  readonly lastReload: LastReload | null;
}

declare module 'discord.js' {
  interface Client {
    /** Installed by the bot's monitoring: this process's `/stats` figures (called across shards). */
    statsSnapshot?: () => StatsSnapshot;
  }
}

const counts = z.object({ found: z.number(), 'not-found': z.number(), error: z.number() });
const StatsSnapshotSchema = z.object({
  shards: z.array(z.number().int()),
  uptimeMs: z.number(),
  guilds: z.number(),
  window: z.object({
    since: z.number(),
    counts: z.object(
      Object.fromEntries(QUESTION_SOURCES.map((s) => [s, counts])) as Record<QuestionSource, typeof counts>,
    ),
    latency: z.array(z.number()).max(LATENCY_BUCKETS),
  }),
  knowledge: z
    .object({
      articles: z.number(),
      entities: z.number(),
      facts: z.number(),
      passages: z.number(),
      loadedAt: z.number(),
    })
    .nullable(),
  lastReload: z
    .discriminatedUnion('ok', [
      z.object({ at: z.number(), ok: z.literal(true), factsBefore: z.number(), factsAfter: z.number() }),
      z.object({ at: z.number(), ok: z.literal(false), errors: z.number() }),
    ])
    .nullable(),
});

/** The figures `/stats` shows, for every shard together. */
export interface StatsSummary {
  /** The shortest uptime of any shard process (all of them have been up at least this long). */
  readonly uptimeMs: number;
  readonly guilds: number;
  readonly shardCount: number;
  /** Shards whose process did not answer: their figures are missing. */
  readonly missingShards: readonly number[];
  readonly since: number;
  readonly questions: QuestionCounts;
  readonly totals: Record<(typeof QUESTION_OUTCOMES)[number], number>;
  readonly p50Ms: number | undefined;
  readonly p99Ms: number | undefined;
  /** One entry per distinct knowledge base in service (normally one: every shard reads the same folder). */
  readonly knowledge: ReadonlyArray<{ readonly shards: readonly number[]; readonly stats: KnowledgeStats }>;
  /** Each process's last reload, most recent first. */
  readonly reloads: ReadonlyArray<{ readonly shards: readonly number[]; readonly reload: LastReload }>;
}

export function summarizeStats(
  snapshots: readonly StatsSnapshot[],
  shardCount: number,
  missingShards: readonly number[] = [],
): StatsSummary {
  const window = snapshots.length > 0 ? mergeWindows(snapshots.map((s) => s.window)) : undefined;
  const questions = window?.counts ?? emptyCounts();
  const totals = { found: 0, 'not-found': 0, error: 0 };
  for (const source of QUESTION_SOURCES)
    for (const outcome of QUESTION_OUTCOMES) totals[outcome] += questions[source][outcome];
  const knowledge = new Map<string, { shards: number[]; stats: KnowledgeStats }>();
  for (const snapshot of snapshots) {
    if (!snapshot.knowledge) continue;
    const { loadedAt: _when, ...counts } = snapshot.knowledge;
    const key = JSON.stringify(counts);
    const entry = knowledge.get(key) ?? { shards: [], stats: snapshot.knowledge };
    entry.shards.push(...snapshot.shards);
    // The most recent load of that content.
    if (snapshot.knowledge.loadedAt > entry.stats.loadedAt) entry.stats = snapshot.knowledge;
    knowledge.set(key, entry);
  }
  return {
    uptimeMs: snapshots.length > 0 ? Math.min(...snapshots.map((s) => s.uptimeMs)) : 0,
    guilds: snapshots.reduce((sum, s) => sum + s.guilds, 0),
    shardCount,
    missingShards,
    since: window?.since ?? Date.now(),
    questions,
    totals,
    p50Ms: window ? latencyQuantile(window.latency, 0.5) : undefined,
    p99Ms: window ? latencyQuantile(window.latency, 0.99) : undefined,
    knowledge: [...knowledge.values()],
    reloads: groupReloads(snapshots),
  };
}

/** Shards whose last reload ended alike (normally all: `/reload` reloads every shard) said once. */
function groupReloads(snapshots: readonly StatsSnapshot[]): StatsSummary['reloads'] {
  const groups = new Map<string, { shards: number[]; reload: LastReload }>();
  for (const { shards, lastReload } of snapshots) {
    if (!lastReload) continue;
    const { at: _when, ...outcome } = lastReload;
    const key = JSON.stringify(outcome);
    const group = groups.get(key) ?? { shards: [], reload: lastReload };
    group.shards.push(...shards);
    if (lastReload.at > group.reload.at) group.reload = lastReload;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.reload.at - a.reload.at);
}

/**
 * This bot's `/stats` figures: this process's alone, or under a ShardingManager every shard's,
 * asked through the manager one shard at a time, so a shard that is down or hung only leaves its
 * own figures out. Never rejects.
 */
export async function gatherStats(
  client: Client,
  here: () => StatsSnapshot,
  options: { timeoutMs?: number } = {},
): Promise<StatsSummary> {
  const util = client.shard;
  if (!util || util.count <= 1) {
    const snapshot = here();
    return summarizeStats([snapshot], Math.max(1, client.ws.shards.size, snapshot.shards.length));
  }
  const timeoutMs = options.timeoutMs ?? 5000;
  const snapshots: StatsSnapshot[] = [];
  const missing: number[] = [];
  await Promise.all(
    Array.from({ length: util.count }, async (_, shard) => {
      try {
        // Serialized and run in that shard's process with its client.
        const answer = await withTimeout(
          util.broadcastEval((c) => c.statsSnapshot?.() ?? null, { shard }),
          timeoutMs,
        );
        const parsed = StatsSnapshotSchema.safeParse(answer);
        if (parsed.success) snapshots.push(parsed.data);
        else missing.push(shard);
      } catch {
        missing.push(shard);
      }
    }),
  );
  snapshots.sort((a, b) => (a.shards[0] ?? 0) - (b.shards[0] ?? 0));
  return summarizeStats(
    snapshots,
    util.count,
    missing.sort((a, b) => a - b),
  );
}
