/**
 * `npm start`: with DISCORD_TOKEN set, logs in and serves Discord. Without it, says how to get a
 * token and starts the local console on the same engine, so a newcomer sees answers at once.
 */
import { loadConfig } from './config.ts';
import { runRepl } from './console/repl.ts';
import { createBot } from './discord/bot.ts';
import { formatKnowledgeError } from './knowledge/loader.ts';
import { createLogger } from './logger.ts';
import { MissLog } from './misses.ts';
import { createKnowledgeService, KnowledgeLoadError, type ReloadResult } from './service.ts';
import { watchKnowledge } from './watch.ts';

const configResult = loadConfig();
if (!configResult.ok) {
  for (const problem of configResult.problems) console.error(`Configuration: ${problem}`);
  console.error('See .env.example for every setting.');
  process.exit(1);
}
const config = configResult.config;
const logger = createLogger({
  level: config.LOG_LEVEL,
  format: config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty'),
  secrets: config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [],
});

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
const bot = await createBot({ config, service, logger, ...(misses ? { misses } : {}) });
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info('bot.shutdown', { signal });
  const timer = setTimeout(() => process.exit(1), 10_000);
  timer.unref();
  await bot.stop({ timeoutMs: 5000 });
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
const logReload = (by: string) => (result: ReloadResult) => {
  if (result.ok)
    logger.info('knowledge.reload', {
      by,
      facts: result.after.facts,
      added: result.facts.added.length,
      removed: result.facts.removed.length,
      changed: result.facts.changed.length,
      tookMs: Math.round(result.tookMs),
    });
  else logger.error('knowledge.reload_rejected', { by, errors: result.errors.map(formatKnowledgeError) });
};
process.on('SIGHUP', () => {
  void service.reload().then(logReload('SIGHUP'));
});
if (config.KNOWLEDGE_WATCH)
  watchKnowledge(service, {
    onReload: logReload('watch'),
    onError: (error) => logger.warn('knowledge.watch_failed', { error }),
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
