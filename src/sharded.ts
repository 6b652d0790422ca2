/**
 * `npm run start:sharded`: runs the bot as `SHARD_COUNT` shards (default `auto`: what Discord
 * recommends), one `src/main.ts` process each, under discord.js's ShardingManager. The manager hands
 * each shard the token through its environment (never a command line) and respawns a shard that
 * dies. SIGHUP is passed on to every shard (each reloads its knowledge base); SIGINT/SIGTERM stop
 * every shard gracefully, then the manager exits 0.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { loadConfigOrExit } from './config.ts';
import { createShardManager, resolveShardCount } from './discord/cluster.ts';
import { createLogger } from './logger.ts';
import { createManagerMonitoring } from './metrics/manager.ts';
import { serveMonitoringOrExit } from './metrics/server.ts';

const config = loadConfigOrExit();
const token = config.DISCORD_TOKEN;
if (!token) {
  console.error(
    'npm run start:sharded needs DISCORD_TOKEN (see .env.example and the README). Without a token, `npm start` opens the local console.',
  );
  process.exit(1);
}
const logger = createLogger({
  level: config.LOG_LEVEL,
  format: config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty'),
  secrets: [token],
});

let totalShards: number;
try {
  totalShards = await resolveShardCount({
    shardCount: config.SHARD_COUNT,
    token,
    apiUrl: config.DISCORD_API_URL,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : 'Could not work out the shard count.');
  process.exit(1);
}

const manager = createShardManager({ token, totalShards });
// One /healthz and one /metrics for every shard, gathered over the sharding IPC (METRICS_PORT).
const monitoringServer = await serveMonitoringOrExit(
  createManagerMonitoring(manager, { totalShards, processMetrics: true, logger }),
  config,
  logger,
);
let stopping = false;
manager.on('shardCreate', (shard) => {
  logger.info('shard.created', { shard: shard.id, of: totalShards });
  shard.on('ready', () => logger.info('shard.ready', { shard: shard.id }));
  shard.on('death', (child) =>
    // Expected while stopping; otherwise the manager respawns it.
    (stopping ? logger.info : logger.warn)('shard.exited', {
      shard: shard.id,
      code: 'exitCode' in child ? child.exitCode : undefined,
      respawn: manager.respawn,
    }),
  );
  shard.on('error', (error) => logger.error('shard.error', { shard: shard.id, error }));
});

const children = (): ChildProcess[] =>
  [...manager.shards.values()].flatMap((shard) => (shard.process ? [shard.process] : []));

const shutdown = async (signal: string, exitCode = 0) => {
  if (stopping) return;
  stopping = true;
  manager.respawn = false;
  logger.info('manager.shutdown', { signal, shards: children().length });
  // Each shard drains its replies in flight (bounded) and exits; this bound is a last resort.
  const timer = setTimeout(() => {
    for (const child of children()) child.kill('SIGKILL');
    process.exit(1);
  }, 15_000);
  timer.unref();
  await Promise.all(
    children().map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }),
  );
  await monitoringServer?.close();
  logger.info('manager.stopped');
  process.exit(exitCode);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGHUP', () => {
  logger.info('manager.reload', { shards: children().length });
  for (const child of children()) child.kill('SIGHUP');
});

try {
  await manager.spawn({ amount: totalShards, timeout: 60_000 });
  logger.info('manager.ready', { shards: totalShards });
} catch (error) {
  if (!stopping) {
    logger.error('manager.spawn_failed', { error });
    await shutdown('spawn failed', 1);
  }
}
