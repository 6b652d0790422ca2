/**
 * `npm start`: with DISCORD_TOKEN set, logs in and serves Discord. Without it, says how to get a
 * token and starts the local console on the same engine, so a newcomer sees answers at once.
 *
 * The same script is what every shard runs under `npm run start:sharded` (src/sharded.ts): the
 * ShardingManager sets SHARDS/SHARD_COUNT and the token in its environment, and discord.js's client
 * picks its shard from them.
 */
import { loadConfigOrExit } from './config.ts';
import { runRepl } from './console/repl.ts';
import { createBot } from './discord/bot.ts';
import { logReload, reloadAndLog } from './discord/cluster.ts';
import { FeedbackLog } from './feedback/log.ts';
import { createLogger } from './logger.ts';
import { Monitoring } from './metrics/monitoring.ts';
import { serveMonitoringOrExit } from './metrics/server.ts';
import { MissLog } from './misses.ts';
import { createKnowledgeService, KnowledgeLoadError } from './service.ts';
import { watchKnowledge } from './watch.ts';

const config = loadConfigOrExit();
const logger = createLogger({
  level: config.LOG_LEVEL,
  format: config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty'),
  secrets: config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [],
});

// Served from the start (METRICS_PORT), so /healthz says why the bot is not ready yet. Under a
// ShardingManager the manager serves every shard's figures, and a shard opens no port.
const monitoring = new Monitoring({ processMetrics: config.METRICS_PORT !== undefined });
const monitoringServer =
  config.DISCORD_TOKEN && !config.SHARDING_MANAGER
    ? await serveMonitoringOrExit(monitoring, config, logger)
    : undefined;

let service: Awaited<ReturnType<typeof createKnowledgeService>>;
try {
  service = await createKnowledgeService({ dir: config.KNOWLEDGE_DIR });
} catch (error) {
  console.error(
    error instanceof KnowledgeLoadError ? error.message : `Could not load ${config.KNOWLEDGE_DIR}.`,
  );
  process.exit(1);
}

if (!config.DISCORD_TOKEN) {
  console.log(
    'No DISCORD_TOKEN set, so here is the local console on the same engine. To run the bot, create an application and bot at https://discord.com/developers/applications, then put its token in .env (see .env.example and the README).',
  );
  await runRepl(service);
  process.exit(0);
}

const misses =
  config.MISS_LOG === 'off'
    ? undefined
    : new MissLog(config.MISS_LOG, {
        maxBytes: config.MISS_LOG_MAX_BYTES,
        onError: (error) => logger.warn('misses.write_failed', { error }),
      });
const feedback =
  config.FEEDBACK_LOG === 'off'
    ? undefined
    : new FeedbackLog(config.FEEDBACK_LOG, {
        maxBytes: config.FEEDBACK_LOG_MAX_BYTES,
        onError: (error) => logger.warn('feedback.write_failed', { error }),
      });
// discord.js's Client reads SHARD_COUNT from the environment itself, as a number: a ShardingManager
// sets it for each shard. `auto` is for `npm run start:sharded`; a lone process is one shard.
if (config.SHARD_COUNT === 'auto') delete process.env.SHARD_COUNT;
const bot = await createBot({
  config,
  service,
  logger,
  monitoring,
  ...(misses ? { misses } : {}),
  ...(feedback ? { feedback } : {}),
});
const shard = bot.client.shard?.ids[0];
const watcher = config.KNOWLEDGE_WATCH
  ? watchKnowledge(service, {
      onReload: (result) =>
        logReload(logger, result, { by: 'watch', ...(shard === undefined ? {} : { shard }) }),
      onError: (error) => logger.warn('knowledge.watch_failed', { error }),
    })
  : undefined;

/** SIGINT/SIGTERM: stop taking new work, let replies in flight finish (bounded), close, exit 0. */
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info('bot.shutdown', { signal, ...(shard === undefined ? {} : { shard }) });
  // A last resort, should closing itself hang.
  const timer = setTimeout(() => process.exit(1), 10_000);
  timer.unref();
  watcher?.close();
  try {
    await bot.stop({ timeoutMs: 5000 });
  } catch (error) {
    logger.error('bot.stop_failed', { error });
  }
  await monitoringServer?.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
// A shard whose ShardingManager is gone stops too, rather than serving on as an orphan. discord.js's
// shard helper may still try to report to it: an 'error' on process nobody listened to would crash.
process.on('disconnect', () => void shutdown('manager disconnected'));
process.on('error', (error) => logger.warn('process.ipc_error', { error }));
process.on('SIGHUP', () => {
  reloadAndLog(service, logger, { by: 'SIGHUP' }, shard).catch((error: unknown) =>
    logger.error('knowledge.reload_failed', { by: 'SIGHUP', error }),
  );
});
process.on('unhandledRejection', (reason) => logger.error('process.unhandled_rejection', { error: reason }));

try {
  await bot.start();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  logger.error('bot.login_failed', { reason: message });
  console.error(
    /token/i.test(message)
      ? 'Discord rejected the token. Check DISCORD_TOKEN in .env (Developer Portal → your app → Bot → Reset Token).'
      : 'Could not connect to Discord; see the log line above.',
  );
  process.exit(1);
}
