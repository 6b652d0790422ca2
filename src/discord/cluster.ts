/**
 * Running the bot as several shards (one process each, under discord.js's `ShardingManager`), and the
 * one thing the shards do together: `/reload` reloads the knowledge base in every shard's process.
 *
 * Each process holds its own knowledge snapshot. `createBot` installs a reload hook on its client;
 * `/reload` asks every shard, through the manager (`client.shard.broadcastEval`), to call it, and the
 * admin gets one result per shard. A shard whose reload fails keeps serving its old snapshot.
 */
import { fileURLToPath } from 'node:url';
import { type Client, ShardingManager } from 'discord.js';
import { z } from 'zod';
import { formatKnowledgeError } from '../knowledge/loader.ts';
import type { Logger } from '../logger.ts';
import type { KnowledgeService, ReloadResult } from '../service.ts';

/** Who asked for a reload (a user id, `SIGHUP`, …) and, for the logs, which request it was. */
export interface ReloadRequest {
  readonly by: string;
  readonly requestId?: string | undefined;
}

declare module 'discord.js' {
  interface Client {
    /**
     * Installed by `createBot`: reloads this process's knowledge base. `/reload` calls it on every
     * shard through `client.shard.broadcastEval`. Never rejects for a bad knowledge folder (the
     * result says so); serializable, since it travels between processes.
     */
    reloadKnowledge?: (request: ReloadRequest) => Promise<ReloadResult>;
  }
}

/** One shard's part of a reload: its result, or that it could not be asked (dead, hung, no hook). */
export type ShardReload =
  | { readonly shard: number; readonly status: 'done'; readonly result: ReloadResult }
  | { readonly shard: number; readonly status: 'no-answer'; readonly reason: 'timeout' | 'error' };

/** Reloads this process's snapshot and logs the outcome; what the hook and a lone shard run. */
export async function reloadAndLog(
  service: KnowledgeService,
  logger: Logger,
  request: ReloadRequest,
  shard?: number,
): Promise<ReloadResult> {
  const result = await service.reload();
  logReload(logger, result, {
    by: request.by,
    ...(request.requestId ? { request: request.requestId } : {}),
    ...(shard === undefined ? {} : { shard }),
  });
  return result;
}

/** One log line per reload: `knowledge.reload` with what changed, or `knowledge.reload_rejected`. */
export function logReload(logger: Logger, result: ReloadResult, where: Record<string, unknown>): void {
  if (result.ok)
    logger.info('knowledge.reload', {
      ...where,
      ok: true,
      tookMs: Math.round(result.tookMs),
      facts: result.after.facts,
      added: result.facts.added.length,
      removed: result.facts.removed.length,
      changed: result.facts.changed.length,
    });
  else
    logger.error('knowledge.reload_rejected', {
      ...where,
      ok: false,
      tookMs: Math.round(result.tookMs),
      errors: result.errors.slice(0, 20).map(formatKnowledgeError),
    });
}

/** The shards this client is one of: `undefined` when it is not running under a ShardingManager. */
export function shardInfo(client: Client): { ids: readonly number[]; count: number } | undefined {
  const util = client.shard;
  return util ? { ids: util.ids, count: util.count } : undefined;
}

/**
 * Reloads the knowledge base on every shard and returns one result per shard, in shard order.
 * Without a ShardingManager (or with a single shard) it reloads here with `reloadHere`.
 * Never rejects: a shard that does not answer within `timeoutMs` is reported as such.
 */
export async function reloadEverywhere(
  client: Client,
  request: ReloadRequest,
  reloadHere: () => Promise<ReloadResult>,
  options: { timeoutMs?: number; logger?: Logger } = {},
): Promise<ShardReload[]> {
  const util = client.shard;
  if (!util || util.count <= 1) {
    return [{ shard: util?.ids[0] ?? 0, status: 'done', result: await reloadHere() }];
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  const shards = Array.from({ length: util.count }, (_, id) => id);
  return Promise.all(
    shards.map(async (shard): Promise<ShardReload> => {
      try {
        // Serialized and run in the shard's process with its client: only what is written here.
        const answer = await withTimeout(
          util.broadcastEval((c, context) => c.reloadKnowledge?.(context) ?? null, {
            shard,
            context: { by: request.by, requestId: request.requestId },
          }),
          timeoutMs,
        );
        const parsed = ReloadResultSchema.safeParse(answer);
        if (parsed.success) return { shard, status: 'done', result: parsed.data };
        options.logger?.error('knowledge.reload_shard_failed', { shard, reason: 'not a reload result' });
        return { shard, status: 'no-answer', reason: 'error' };
      } catch (error) {
        const timedOut = error instanceof ShardTimeout;
        options.logger?.error('knowledge.reload_shard_failed', {
          shard,
          reason: timedOut ? 'timeout' : 'error',
          ...(timedOut ? {} : { error }),
        });
        return { shard, status: 'no-answer', reason: timedOut ? 'timeout' : 'error' };
      }
    }),
  );
}

class ShardTimeout extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ShardTimeout(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// What a shard's hook answers, checked on arrival: it crossed two process boundaries as JSON.
const CountsSchema = z.object({
  articles: z.number(),
  entities: z.number(),
  facts: z.number(),
  passages: z.number(),
});
const DiffSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
});
const ReloadResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    before: CountsSchema,
    after: CountsSchema,
    entities: DiffSchema,
    facts: DiffSchema,
    tookMs: z.number(),
  }),
  z.object({
    ok: z.literal(false),
    errors: z.array(z.object({ file: z.string(), path: z.string(), message: z.string() })),
    serving: CountsSchema,
    tookMs: z.number(),
  }),
]);

// ------------------------------------------------------------------ the manager side

/** The bot's entry point, which every shard process runs (it works standalone too). */
export const BOT_ENTRY = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface ShardManagerOptions {
  readonly token: string;
  readonly totalShards: number;
  /** Respawn a shard whose process exits. Default true (production); tests turn it off. */
  readonly respawn?: boolean;
  /** Pipe the shards' stdout/stderr instead of sharing the manager's. Default false. */
  readonly silent?: boolean;
  /** Extra environment for one shard's process, on top of the manager's own. */
  readonly shardEnv?: (shardId: number) => Record<string, string>;
  /** Script each shard runs. Default: `src/main.ts`. */
  readonly file?: string;
}

/**
 * A ShardingManager that spawns one `src/main.ts` process per shard, run through tsx. The token is
 * handed to the shards by discord.js (the `DISCORD_TOKEN` of their environment), never on a command
 * line. Each shard's client picks its shard from `SHARDS`/`SHARD_COUNT`, which the manager sets.
 */
export function createShardManager(options: ShardManagerOptions): ShardingManager {
  const manager = new ShardingManager(options.file ?? BOT_ENTRY, {
    totalShards: options.totalShards,
    token: options.token,
    mode: 'process',
    respawn: options.respawn ?? true,
    silent: options.silent ?? false,
    execArgv: ['--import', 'tsx'],
  });
  const { shardEnv } = options;
  if (shardEnv)
    manager.on('shardCreate', (shard) => {
      // Emitted before the shard is spawned, so its process starts with this environment.
      if (typeof shard.env === 'object' && shard.env !== null) Object.assign(shard.env, shardEnv(shard.id));
    });
  return manager;
}

/**
 * `SHARD_COUNT`: a number as it is, or `auto`: what Discord recommends for this bot
 * (`GET /gateway/bot`), asked of `DISCORD_API_URL` when set. Errors never contain the token.
 */
export async function resolveShardCount(options: {
  shardCount: number | 'auto';
  token: string;
  apiUrl?: string | undefined;
}): Promise<number> {
  if (options.shardCount !== 'auto') return options.shardCount;
  const base = (options.apiUrl ?? 'https://discord.com/api').replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${base}/v10/gateway/bot`, {
      headers: { Authorization: `Bot ${options.token}` },
    });
  } catch {
    throw new Error('Could not reach Discord to ask for the recommended shard count.');
  }
  if (response.status === 401) throw new Error('Discord rejected the token (401).');
  if (!response.ok) throw new Error(`Discord answered ${response.status} when asked for the shard count.`);
  const body = z.object({ shards: z.number().int().min(1) }).safeParse(await response.json());
  if (!body.success) throw new Error('Discord did not say how many shards to use.');
  return body.data.shards;
}
