/**
 * What the log says about Discord's side: 429s and 5xx that discord.js waits out or retries on its
 * own, and the gateway's shards coming up, dropping, resuming and reconnecting.
 */
import { type Client, Events, RESTEvents, type WebSocketShard, WebSocketShardEvents } from 'discord.js';
import type { Logger } from '../logger.ts';

/**
 * Logs REST trouble and the gateway's life. `stopping` says whether the bot is shutting down (then a
 * shard's close is its own doing, not worth a line).
 */
export function logConnection(client: Client, logger: Logger, stopping: () => boolean): void {
  client.on(Events.Error, (error) => logger.error('client.error', { error }));
  client.on(Events.Warn, (warning) => logger.warn('client.warn', { warning }));
  logRest(client, logger);
  logShards(client, logger, stopping);
}

/**
 * discord.js waits out 429s and retries 5xx silently: each one is logged here. `route` is the bucket's
 * template (`/interactions/:id/:token/callback`): no interaction token reaches the log.
 */
function logRest(client: Client, logger: Logger): void {
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429) {
      const retryAfter = response.headers.get('retry-after');
      logger.warn('rest.rate_limited', {
        method: request.method.toUpperCase(),
        route: request.route,
        retryAfter: retryAfter === null ? undefined : Number(retryAfter),
        global: response.headers.get('x-ratelimit-global') === 'true',
        scope: response.headers.get('x-ratelimit-scope') ?? undefined,
      });
    } else if (response.status >= 500) {
      logger.warn('rest.server_error', {
        method: request.method.toUpperCase(),
        route: request.route,
        status: response.status,
        retries: request.retries,
      });
    }
  });
}

function logShards(client: Client, logger: Logger, stopping: () => boolean): void {
  // ShardDisconnect is only for closes discord.js gives up on; for the others it emits
  // ShardReconnecting, without the close code, right after the shard's own `close` event.
  const closeCodes = new Map<number, number>();
  const watchedShards = new WeakSet<WebSocketShard>();
  client.on(Events.ShardReady, (shard, unavailable) => {
    const ws = client.ws.shards.get(shard);
    if (ws && !watchedShards.has(ws)) {
      watchedShards.add(ws);
      ws.on(WebSocketShardEvents.Close, (event) => closeCodes.set(shard, event.code));
    }
    logger.info('gateway.ready', { shard, unavailableGuilds: unavailable?.size ?? 0 });
  });
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn('gateway.disconnect', { shard, code: event.code }),
  );
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway.resumed', { shard, replayed }));
  // discord.js reports the close of its own destroy() as "reconnecting" too: not worth a line then.
  client.on(Events.ShardReconnecting, (shard) => {
    const code = closeCodes.get(shard);
    closeCodes.delete(shard);
    if (!stopping()) logger.info('gateway.reconnecting', { shard, code });
  });
}
