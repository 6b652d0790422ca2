/**
 * `/healthz`: healthy when the gateway is ready on every shard and a knowledge base is loaded. The
 * report is the same JSON for one process and for a ShardingManager gathering its shards, so a probe
 * or an operator reads one format.
 */
import type { GatewayStatus } from './metrics.ts';

/** A shard as `/healthz` lists it. `unresponsive`: its process did not answer the manager in time. */
export interface ShardHealth {
  readonly shard: number;
  readonly status: GatewayStatus | 'unresponsive';
  /** The close code of the connection it lost (reconnecting, disconnected). */
  readonly closeCode?: number;
}

export interface KnowledgeHealth {
  readonly articles: number;
  readonly facts: number;
  /** ISO time the knowledge base in service was loaded. */
  readonly loadedAt: string;
}

/** Why the bot is not healthy, worst first (a report names the worst that applies). */
export const UNHEALTHY_REASONS = [
  'no-knowledge-base',
  'disconnected',
  'reconnecting',
  'unresponsive',
  'starting',
] as const;
export type UnhealthyReason = (typeof UNHEALTHY_REASONS)[number];

export type HealthReport =
  | {
      readonly status: 'ok';
      readonly shards: readonly ShardHealth[];
      readonly knowledge: KnowledgeHealth;
    }
  | {
      readonly status: 'unavailable';
      readonly reason: UnhealthyReason;
      readonly shards: readonly ShardHealth[];
      readonly knowledge: KnowledgeHealth | null;
    };

/**
 * One process's health. `started`: the client has been ready once (until then every shard is
 * `starting`, whatever discord.js has said about some of them).
 */
export function assessHealth(input: {
  readonly started: boolean;
  readonly shards: readonly ShardHealth[];
  readonly knowledge: KnowledgeHealth | undefined;
}): HealthReport {
  const knowledge = input.knowledge ?? null;
  const reasons: UnhealthyReason[] = [];
  if (!knowledge) reasons.push('no-knowledge-base');
  if (!input.started || input.shards.length === 0) reasons.push('starting');
  for (const shard of input.shards) if (shard.status !== 'ready') reasons.push(shard.status);
  const reason = worst(reasons);
  if (reason === undefined && knowledge) return { status: 'ok', shards: input.shards, knowledge };
  return { status: 'unavailable', reason: reason ?? 'no-knowledge-base', shards: input.shards, knowledge };
}

/**
 * The bot's health from every shard process's report (a ShardingManager): healthy when every one
 * is; otherwise the worst reason of any. `undefined` stands for a process that did not answer, with
 * the shard ids it should run and whether it had ever been ready.
 */
export function combineHealth(
  processes: ReadonlyArray<
    HealthReport | { readonly missing: readonly number[]; readonly everReady: boolean }
  >,
): HealthReport {
  const shards: ShardHealth[] = [];
  const reasons: UnhealthyReason[] = [];
  let knowledge: KnowledgeHealth | null = null;
  for (const report of processes) {
    if ('missing' in report) {
      const status = report.everReady ? 'unresponsive' : 'starting';
      for (const shard of report.missing) shards.push({ shard, status });
      reasons.push(status);
      continue;
    }
    shards.push(...report.shards);
    knowledge ??= report.knowledge;
    if (report.status === 'unavailable') reasons.push(report.reason);
  }
  if (processes.length === 0) reasons.push('starting');
  shards.sort((a, b) => a.shard - b.shard);
  const reason = worst(reasons);
  if (reason === undefined && knowledge) return { status: 'ok', shards, knowledge };
  return { status: 'unavailable', reason: reason ?? 'no-knowledge-base', shards, knowledge };
}

function worst(reasons: readonly UnhealthyReason[]): UnhealthyReason | undefined {
  return UNHEALTHY_REASONS.find((reason) => reasons.includes(reason));
}
