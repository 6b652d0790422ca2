/**
 * Monitoring under a REAL discord.js ShardingManager: two shards of the REAL bot (`src/main.ts`, one
 * process each, `METRICS_PORT` in their environment) against the stand-in, and the manager side as
 * `npm run start:sharded` builds it (`createManagerMonitoring` behind the monitoring server). One
 * `/healthz` and one `/metrics` for both shards, gathered over the sharding IPC; the shards open no
 * port; `/stats` adds up every shard; a hung or dead shard is named, and does not stall a scrape.
 */
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { PermissionFlagsBits, type ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createShardManager } from '../../src/discord/cluster.ts';
import { createLogger } from '../../src/logger.ts';
import type { HealthReport } from '../../src/metrics/health.ts';
import { createManagerMonitoring } from '../../src/metrics/manager.ts';
import { type MonitoringServer, startMonitoringServer } from '../../src/metrics/server.ts';
import { type Exposition, metricValue, readExposition, samplesOf } from '../support/prometheus.ts';
import { onlyEmbed, reply, type Sent } from './sent.ts';
import { DiscordStandin, snowflakeOnShard } from './standin.ts';

type Json = Record<string, unknown>;

const SOURCE_KNOWLEDGE = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const SHARDS = 2;
/** How long the manager waits for a shard's answer; short, for the hung-shard test. */
const SHARD_TIMEOUT_MS = 1000;
const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

let standin: DiscordStandin;
let manager: ShardingManager;
let server: MonitoringServer;
let base: string;
const output = new Map<number, string[]>();
const children = new Map<number, ChildProcess>();
const managerLog: string[] = [];
/** The manager sets these in its own process (discord.js's ShardingManager constructor). */
const managerEnv = ['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'DISCORD_TOKEN'] as const;
const savedEnv = new Map(managerEnv.map((key) => [key, process.env[key]]));

/** Every shard's log records (LOG_FORMAT=json) with this event name. */
const logged = (shard: number, event: string): Json[] =>
  (output.get(shard) ?? [])
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Json)
    .filter((record) => record.event === event);

beforeAll(async () => {
  standin = await new DiscordStandin({
    token: TOKEN,
    heartbeatIntervalMs: 1000,
    shards: SHARDS,
    users: [{ username: 'admin' }, { username: 'asker' }],
    guilds: [
      {
        id: snowflakeOnShard(0, SHARDS),
        name: 'Guild A',
        preferredLocale: 'ko',
        members: ['admin', 'asker'],
      },
      {
        id: snowflakeOnShard(1, SHARDS),
        name: 'Guild B',
        preferredLocale: 'ko',
        members: ['admin', 'asker'],
      },
    ],
    defaultUser: 'asker',
  }).start();
  manager = createShardManager({
    token: TOKEN,
    totalShards: SHARDS,
    respawn: false,
    silent: true,
    shardEnv: () => ({
      DISCORD_API_URL: standin.restUrl,
      KNOWLEDGE_DIR: SOURCE_KNOWLEDGE,
      MISS_LOG: 'off',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      KNOWLEDGE_WATCH: 'false',
      // As under `npm run start:sharded`, the shards see METRICS_PORT too: they must not listen.
      METRICS_PORT: '0',
      ADMIN_USER_IDS: '',
      ADMIN_ROLE_IDS: '',
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
    }),
  });
  manager.on('shardCreate', (shard) => {
    const lines: string[] = [];
    output.set(shard.id, lines);
    shard.on('spawn', (child) => {
      if (!(child instanceof ChildProcess)) throw new Error('shards run as processes');
      children.set(shard.id, child);
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream?.setEncoding('utf8');
        stream?.on('data', (chunk: string) => {
          const parts = (rest + chunk).split('\n');
          rest = parts.pop() ?? '';
          lines.push(...parts);
        });
      }
    });
  });
  const logger = createLogger({
    level: 'debug',
    format: 'json',
    secrets: [TOKEN],
    write: (line) => managerLog.push(line),
  });
  server = await startMonitoringServer(
    createManagerMonitoring(manager, {
      totalShards: SHARDS,
      timeoutMs: SHARD_TIMEOUT_MS,
      processMetrics: true,
      logger,
    }),
    { host: '127.0.0.1', port: 0, logger },
  );
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  manager.respawn = false;
  await Promise.all(
    [...children.values()].map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    }),
  );
  await standin?.stop();
  for (const [key, value] of savedEnv) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

async function health(): Promise<{ status: number; report: HealthReport }> {
  const response = await fetch(`${base}/healthz`);
  return { status: response.status, report: (await response.json()) as HealthReport };
}

async function scrape(): Promise<Exposition> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  const body = await response.text();
  expect(body).not.toContain(TOKEN);
  return readExposition(body);
}

const str = (name: string, value: string) => ({ name, type: 3, value });
const company = (guild: string) =>
  standin.chatInput({ name: 'company', options: [str('name', '리벨리온')], guild, locale: 'ko' });

function shardProcess(shard: number): ChildProcess {
  const child = children.get(shard);
  if (!child) throw new Error(`no process for shard ${shard}`);
  return child;
}

describe('one endpoint for every shard, gathered over the sharding IPC', () => {
  it('before the shards are spawned: 503 "starting", naming both', async () => {
    expect(await health()).toEqual({
      status: 503,
      report: {
        status: 'unavailable',
        reason: 'starting',
        shards: [
          { shard: 0, status: 'starting' },
          { shard: 1, status: 'starting' },
        ],
        knowledge: null,
      },
    });
    const exposition = await scrape();
    expect(metricValue(exposition, 'bot_shard_up', { shard: '0' })).toBe(0);
    expect(metricValue(exposition, 'bot_shard_up', { shard: '1' })).toBe(0);
  });

  it('both shards ready: 200, each shard ready, the knowledge base loaded; the shards opened no port', async () => {
    await manager.spawn({ amount: SHARDS, delay: 0, timeout: 30_000 });
    await vi.waitFor(async () => expect((await health()).status).toBe(200), {
      timeout: 10_000,
      interval: 100,
    });
    const { report } = await health();
    expect(report).toMatchObject({
      status: 'ok',
      shards: [
        { shard: 0, status: 'ready' },
        { shard: 1, status: 'ready' },
      ],
      knowledge: { articles: 1 },
    });
    for (const shard of [0, 1]) {
      expect(logged(shard, 'bot.ready')).toHaveLength(1);
      expect(logged(shard, 'monitoring.listening')).toEqual([]);
    }
    expect(managerLog.filter((line) => line.includes('"monitoring.listening"'))).toHaveLength(1);
  });

  it('/metrics: both shards’ figures, each labelled with its shard, and the process metrics of each', async () => {
    const before = await scrape();
    for (const guild of ['Guild A', 'Guild B']) {
      const ix = await company(guild);
      expect(onlyEmbed(reply(ix)).title).toBe('리벨리온 (Rebellions)');
    }
    const dm = standin.sendMessage({ content: '리벨리온 대표는 누구야?', dm: true });
    await standin.waitForReplyTo(dm.id);
    const after = await scrape();
    const grew = (labels: Record<string, string>) =>
      metricValue(after, 'bot_questions_total', labels) - metricValue(before, 'bot_questions_total', labels);
    expect(grew({ shard: '0', source: 'slash', outcome: 'found' })).toBe(1);
    expect(grew({ shard: '1', source: 'slash', outcome: 'found' })).toBe(1);
    // DMs go to shard 0, as on Discord.
    expect(grew({ shard: '0', source: 'dm', outcome: 'found' })).toBe(1);
    expect(grew({ shard: '1', source: 'dm' })).toBe(0);
    // One family per metric, both shards' series in it.
    expect(after.families.get('bot_questions_total')?.type).toBe('COUNTER');
    expect(samplesOf(after, 'bot_questions_total')).toHaveLength(2 * 15);
    for (const shard of ['0', '1']) {
      expect(metricValue(after, 'bot_shard_up', { shard })).toBe(1);
      expect(metricValue(after, 'bot_gateway_status', { shard, status: 'ready' })).toBe(1);
      expect(metricValue(after, 'bot_guilds', { shard })).toBe(1);
      expect(
        metricValue(after, 'bot_answer_duration_seconds_count', { shard, source: 'slash' }),
      ).toBeGreaterThan(0);
      expect(samplesOf(after, 'process_resident_memory_bytes', { shard })).toHaveLength(1);
    }
    // The manager's own process, without a shard label.
    expect(
      samplesOf(after, 'process_resident_memory_bytes').filter((s) => !('shard' in s.labels)),
    ).toHaveLength(1);
  });

  it('/stats asked in one guild adds up every shard', async () => {
    const exposition = await scrape();
    const found = metricValue(exposition, 'bot_questions_total', { outcome: 'found' });
    const ix = await standin.chatInput(
      {
        name: 'stats',
        guild: 'Guild B',
        user: 'admin',
        permissions: PermissionFlagsBits.ManageGuild,
        locale: 'en-US',
      },
      { timeoutMs: 10_000 },
    );
    expect(ix.callback?.type, ix.describe()).toBe(5);
    const embed = onlyEmbed(ix.edits[0]?.body as Sent);
    const field = (name: string) => embed.fields?.find((f) => f.name === name)?.value ?? '';
    expect(field('Servers · shards')).toBe('2 · 2 shards');
    expect(embed.fields?.[2]?.value).toContain(`Answered **${found}** · not found **0** · errors **0**`);
    // Both shards read the same folder: one knowledge base, said once.
    expect(field('Knowledge base')).toMatch(/^1 article · /);
    expect(embed.footer).toBeUndefined();
  });

  it('a hung shard: 503 "unresponsive" naming it, the other shard still scraped; 200 again once it wakes', async () => {
    const child = shardProcess(1);
    child.kill('SIGSTOP');
    try {
      const { status, report } = await health();
      expect(status).toBe(503);
      expect(report).toMatchObject({
        reason: 'unresponsive',
        shards: [
          { shard: 0, status: 'ready' },
          { shard: 1, status: 'unresponsive' },
        ],
      });
      const exposition = await scrape();
      expect(metricValue(exposition, 'bot_shard_up', { shard: '1' })).toBe(0);
      expect(metricValue(exposition, 'bot_shard_up', { shard: '0' })).toBe(1);
      expect(samplesOf(exposition, 'bot_questions_total', { shard: '0' })).toHaveLength(15);
      expect(samplesOf(exposition, 'bot_questions_total', { shard: '1' })).toEqual([]);
    } finally {
      child.kill('SIGCONT');
    }
    await vi.waitFor(async () => expect((await health()).status).toBe(200), {
      timeout: 10_000,
      interval: 100,
    });
  });

  it('a dead shard: 503 "unresponsive" naming it; the living one still answers and is scraped', async () => {
    const child = shardProcess(1);
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
    const { status, report } = await health();
    expect(status).toBe(503);
    expect(report).toMatchObject({
      reason: 'unresponsive',
      shards: [
        { shard: 0, status: 'ready' },
        { shard: 1, status: 'unresponsive' },
      ],
    });
    expect(onlyEmbed(reply(await company('Guild A'))).title).toBe('리벨리온 (Rebellions)');
    const exposition = await scrape();
    expect(metricValue(exposition, 'bot_shard_up', { shard: '1' })).toBe(0);
    expect(metricValue(exposition, 'bot_questions_total', { shard: '0', source: 'slash' })).toBeGreaterThan(
      1,
    );
  });
});
