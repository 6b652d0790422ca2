/**
 * Monitoring under `npm run start:sharded`: the ShardingManager's process serves the one `/healthz`
 * and the one `/metrics` for every shard, and the shards open no port. On each request it asks every
 * shard process for its snapshot over the sharding IPC (`shard.eval`), one shard at a time and each
 * with a time limit, so a dead or hung shard is reported as such instead of stalling the scrape.
 *
 * The shards' metrics carry a `shard` label (see `Monitoring.attach`), so putting them together is
 * adding up series that never collide; prom-client's `AggregatorRegistry.aggregate` writes the text.
 */

import type { ShardingManager } from 'discord.js';
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { combineHealth, type HealthReport, UNHEALTHY_REASONS } from './health.ts';
import { withTimeout } from './ipc.ts';
import { GATEWAY_STATUSES } from './metrics.ts';
import type { MonitoringEndpoints } from './server.ts';

// What a shard answers, checked on arrival: it crossed a process boundary as JSON.
const ShardHealthSchema = z.object({
  shard: z.number().int(),
  status: z.enum([...GATEWAY_STATUSES, 'unresponsive']),
  closeCode: z.number().int().optional(),
});
const KnowledgeHealthSchema = z.object({ articles: z.number(), facts: z.number(), loadedAt: z.string() });
const HealthReportSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), shards: z.array(ShardHealthSchema), knowledge: KnowledgeHealthSchema }),
  z.object({
    status: z.literal('unavailable'),
    reason: z.enum(UNHEALTHY_REASONS),
    shards: z.array(ShardHealthSchema),
    knowledge: KnowledgeHealthSchema.nullable(),
  }),
]);
const MetricSchema = z.object({
  name: z.string(),
  help: z.string(),
  type: z.enum(['counter', 'gauge', 'histogram', 'summary']),
  aggregator: z.string().optional(),
  values: z.array(
    z.object({
      // JSON has no NaN: a gauge that was NaN arrives as null.
      value: z
        .number()
        .nullable()
        .transform((v) => v ?? Number.NaN),
      labels: z.record(z.string(), z.union([z.string(), z.number()])),
      metricName: z.string().optional(),
    }),
  ),
});
const ProcessSnapshotSchema = z.object({ health: HealthReportSchema, metrics: z.array(MetricSchema) });
type ParsedSnapshot = z.infer<typeof ProcessSnapshotSchema>;

export interface ManagerMonitoringOptions {
  readonly totalShards: number;
  /** How long a shard has to answer one request. Default 2 s. */
  readonly timeoutMs?: number;
  /** Also the manager process's own Node metrics (memory, CPU, event-loop lag). */
  readonly processMetrics?: boolean;
  readonly logger?: Logger;
}

export function createManagerMonitoring(
  manager: ShardingManager,
  options: ManagerMonitoringOptions,
): MonitoringEndpoints {
  const timeoutMs = options.timeoutMs ?? 2000;
  const registry = new Registry();
  const shardUp = new Gauge({
    name: 'bot_shard_up',
    help: "Whether each shard's process answered the manager for this scrape (1) or not (0).",
    labelNames: ['shard'],
    registers: [registry],
  });
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const answeredOnce = new Set<number>();

  /** Every shard's snapshot, or why it has none. */
  const gather = async (): Promise<Array<{ shard: number; snapshot: ParsedSnapshot | undefined }>> =>
    Promise.all(
      Array.from({ length: options.totalShards }, async (_, id) => {
        const shard = manager.shards.get(id);
        if (!shard) return { shard: id, snapshot: undefined };
        try {
          // Serialized and run in the shard's process with its client.
          const answer = await withTimeout(
            shard.eval((c) => c.monitoringSnapshot?.() ?? null),
            timeoutMs,
          );
          const parsed = ProcessSnapshotSchema.safeParse(answer);
          if (parsed.success) {
            answeredOnce.add(id);
            return { shard: id, snapshot: parsed.data };
          }
          // No hook yet: the process is still loading its knowledge base.
          if (answer !== null) options.logger?.warn('monitoring.shard_bad_answer', { shard: id });
        } catch (error) {
          // A shard whose process is not there (yet) or does not answer in time: reported, not logged
          // on every scrape beyond debug.
          options.logger?.debug('monitoring.shard_no_answer', {
            shard: id,
            reason: error instanceof Error ? error.name : 'error',
          });
        }
        return { shard: id, snapshot: undefined };
      }),
    );

  const health = (gathered: Awaited<ReturnType<typeof gather>>): HealthReport =>
    combineHealth(
      gathered.map(({ shard, snapshot }) =>
        snapshot ? snapshot.health : { missing: [shard], everReady: answeredOnce.has(shard) },
      ),
    );

  return {
    async health() {
      return health(await gather());
    },
    async exposition() {
      const gathered = await gather();
      shardUp.reset();
      for (const { shard, snapshot } of gathered) shardUp.set({ shard }, snapshot ? 1 : 0);
      const sources = [
        await registry.getMetricsAsJSON(),
        ...gathered.flatMap(({ snapshot }) => (snapshot ? [snapshot.metrics] : [])),
      ];
      // Series of different shards differ by their `shard` label, so summing never merges two of
      // them; it only keeps prom-client from dropping the ones it would not aggregate in a cluster.
      const merged = AggregatorRegistry.aggregate(
        sources.map((metrics) => metrics.map((metric) => ({ ...metric, aggregator: 'sum' }))),
      );
      return { contentType: merged.contentType, body: await merged.metrics() };
    },
  };
}
