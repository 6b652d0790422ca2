/**
 * Monitoring end to end: the REAL bot (`createBot`, the real commands, a temp copy of `knowledge/`)
 * logged into the local Discord stand-in, with its monitoring server on a free port, read over HTTP
 * the way a probe and Prometheus read it: `/healthz` through start-up, ready, a dropped connection
 * (1006), the resume and a failed reload; `/metrics` parsed as Prometheus text, its counters moving
 * with the events sent; `/stats` for an admin and refused for others; and the same interaction and
 * the same message delivered twice, answered once each.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Events, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../src/discord/bot.ts';
import { type AnyCommand, loadCommands } from '../../src/discord/command.ts';
import type { HealthReport } from '../../src/metrics/health.ts';
import { Monitoring } from '../../src/metrics/monitoring.ts';
import { type MonitoringServer, startMonitoringServer } from '../../src/metrics/server.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/service.ts';
import { type Exposition, metricValue, readExposition } from '../support/prometheus.ts';
import { collectingLogger, standinClientOptions, standinConfig, startAndRegister } from './client.ts';
import { EPHEMERAL, type Json, onlyEmbed, reply, type Sent, text } from './sent.ts';
import { DiscordStandin, type InteractionHandle, type RecordedRequest, ROUTES } from './standin.ts';

const SOURCE_KNOWLEDGE = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const KNOWLEDGE_FILE = 'korean-ai-startups-japan.json';
const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';
const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

let standin: DiscordStandin;
let bot: Bot | undefined;
let service: KnowledgeService;
let commands: Map<string, AnyCommand>;
let monitoring: Monitoring;
let server: MonitoringServer;
let base: string;
let tempDir: string;
let knowledgeDir: string;
let facts: number;
const logLines: string[] = [];

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'bot-monitoring-'));
  knowledgeDir = path.join(tempDir, 'knowledge');
  await cp(SOURCE_KNOWLEDGE, knowledgeDir, { recursive: true });
  facts = (
    JSON.parse(await readFile(path.join(knowledgeDir, KNOWLEDGE_FILE), 'utf8')) as { facts: unknown[] }
  ).facts.length;
  standin = await new DiscordStandin({
    token: TOKEN,
    heartbeatIntervalMs: 1000,
    users: ['owner', 'admin', 'asker', 'dm-user', 'flooder', 'twice', 'barrier'].map((username) => ({
      username,
    })),
    guilds: [
      {
        name: 'Monitored Guild',
        preferredLocale: 'ko',
        owner: 'owner',
        channels: [{ name: 'general' }],
        members: ['owner', 'admin', 'asker', 'dm-user', 'flooder', 'twice', 'barrier'],
      },
    ],
    defaultUser: 'asker',
  }).start();
  // As `src/main.ts` does it: the monitoring and its server first, before the knowledge base loads.
  monitoring = new Monitoring({ processMetrics: true });
  server = await startMonitoringServer(monitoring, {
    host: '127.0.0.1',
    port: 0,
    logger: collectingLogger(logLines, TOKEN),
  });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await bot?.stop({ timeoutMs: 2000 });
  await server?.close();
  await standin?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  const log = logLines.join('\n');
  expect(log).not.toContain(TOKEN);
  for (const ix of standin.interactions.values()) expect(log).not.toContain(ix.token);
});

afterEach(() => {
  standin.assertNoViolations();
});

// ------------------------------------------------------------------ helpers

async function health(): Promise<{ status: number; report: HealthReport }> {
  const response = await fetch(`${base}/healthz`);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: response.status, report: (await response.json()) as HealthReport };
}

/** `/metrics`, parsed as Prometheus text (throws if it is not); never showing a token. */
async function scrape(): Promise<Exposition> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(PROMETHEUS_TEXT);
  const body = await response.text();
  expect(body).not.toContain(TOKEN);
  for (const ix of standin.interactions.values()) expect(body).not.toContain(ix.token);
  return readExposition(body);
}

/** How much a metric grew between two scrapes. */
const grew = (before: Exposition, after: Exposition, name: string, labels: Record<string, string> = {}) =>
  metricValue(after, name, labels) - metricValue(before, name, labels);

function client() {
  if (!bot) throw new Error('the bot has not been created');
  return bot.client;
}

const str = (name: string, value: string) => ({ name, type: 3, value });
const company = (name = '리벨리온') =>
  standin.chatInput({ name: 'company', options: [str('name', name)], locale: 'ko' });
const asAdmin = { user: 'admin', permissions: PermissionFlagsBits.ManageGuild } as const;

function logged(event: string, mark = 0): Json[] {
  return logLines
    .slice(mark)
    .map((line) => JSON.parse(line) as Json)
    .filter((record) => record.event === event);
}

/** Replies the bot sent to a message (POST /channels/{id}/messages referencing it), since `mark`. */
function repliesTo(messageId: string, mark = 0): RecordedRequest[] {
  return standin.requests
    .slice(mark)
    .filter(
      (r) =>
        r.method === 'POST' &&
        r.route === ROUTES.channelMessages &&
        (r.body as Sent | undefined)?.message_reference?.message_id === messageId,
    );
}

/** Gateway events are handled in order: once a later interaction is answered, earlier events were read. */
async function barrier() {
  const ix = await standin.chatInput({ name: 'about', user: 'barrier', locale: 'ko' });
  expect(ix.callback?.type).toBe(4);
}

function expectCompanyCard(ix: InteractionHandle) {
  expect(onlyEmbed(reply(ix)).title).toBe('리벨리온 (Rebellions)');
}

/** The MESSAGE_CREATE the stand-in dispatched for a message, to deliver it again. */
function dispatchedMessage(id: string): Json {
  const record = standin.gateway.dispatched.find((d) => d.t === 'MESSAGE_CREATE' && d.d.id === id);
  if (!record) throw new Error(`no MESSAGE_CREATE for ${id}`);
  return record.d;
}

// ------------------------------------------------------------------ the tests

describe('/healthz and /metrics through a bot’s life', () => {
  it('before ready: 503 "no knowledge base" while it loads, then 503 "starting" until the gateway is ready', async () => {
    expect(await health()).toEqual({
      status: 503,
      report: { status: 'unavailable', reason: 'no-knowledge-base', shards: [], knowledge: null },
    });
    const config = standinConfig(standin, {
      KNOWLEDGE_DIR: knowledgeDir,
      MISS_LOG: 'off',
      METRICS_PORT: '0',
      // Two questions per user an hour: `flooder` runs into it, nobody else does.
      RATE_LIMIT_COUNT: '2',
      RATE_LIMIT_WINDOW_SECONDS: '3600',
    });
    expect(config.METRICS_HOST).toBe('127.0.0.1');
    service = await createKnowledgeService({ dir: config.KNOWLEDGE_DIR });
    commands = await loadCommands();
    bot = await createBot({
      config,
      service,
      logger: collectingLogger(logLines, TOKEN),
      commands,
      monitoring,
      clientOptions: standinClientOptions(standin),
    });
    let { status, report } = await health();
    expect(status).toBe(503);
    expect(report).toMatchObject({ reason: 'starting', shards: [], knowledge: { articles: 1, facts } });

    // Connected, but Discord has not said hello yet: still starting.
    const release = standin.gateway.holdHandshakes();
    const started = startAndRegister(bot, commands, standin);
    await standin.until(
      () => (standin.gateway.connections.length > 0 ? true : undefined),
      5000,
      () => 'a gateway connection',
    );
    ({ status, report } = await health());
    expect([status, report.status === 'unavailable' && report.reason]).toEqual([503, 'starting']);
    release();
    await started;
  });

  it('ready: 200 with the shard and the knowledge base', async () => {
    const { status, report } = await health();
    expect(status).toBe(200);
    expect(report).toEqual({
      status: 'ok',
      shards: [{ shard: 0, status: 'ready' }],
      knowledge: { articles: 1, facts, loadedAt: service.loadedAt.toISOString() },
    });
    const exposition = await scrape();
    expect(metricValue(exposition, 'bot_gateway_status', { shard: '0', status: 'ready' })).toBe(1);
    expect(metricValue(exposition, 'bot_gateway_status', { shard: '0' })).toBe(1);
    expect(metricValue(exposition, 'bot_guilds')).toBe(1);
    expect(metricValue(exposition, 'bot_knowledge_items', { kind: 'facts' })).toBe(facts);
    // The gateway's heartbeat round trip, once the first heartbeat is answered.
    await vi.waitFor(
      async () =>
        expect((await scrape()).samples.some((s) => s.name === 'bot_gateway_ping_seconds')).toBe(true),
      { timeout: 5000, interval: 100 },
    );
  });

  it('/metrics parses as Prometheus text, with the process metrics, and its counters move with the events', async () => {
    const before = await scrape();
    expect(before.families.get('bot_questions_total')?.type).toBe('COUNTER');
    expect(before.families.get('bot_answer_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(before.families.get('bot_interaction_ack_duration_seconds')?.type).toBe('HISTOGRAM');
    for (const name of [
      'process_resident_memory_bytes',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ])
      expect(before.families.has(name), name).toBe(true);

    expectCompanyCard(await company());
    expect(onlyEmbed(reply(await company('삼성전자'))).title).toBe('기사에서 찾지 못했어요');
    reply(
      await standin.chatInput({ name: 'ask', options: [str('question', '일본 법인세 감면은 언제까지야?')] }),
    );
    reply(await standin.chatInput({ name: 'about' }));
    const choices = await standin.autocomplete({
      name: 'company',
      options: [str('name', '리벨')],
      focused: 'name',
    });
    expect(choices.choices?.length).toBeGreaterThan(0);
    const mention = standin.sendMessage({ content: '리벨리온 대표는 누구야?', mentionBot: true });
    await standin.waitForReplyTo(mention.id);
    const dm = standin.sendMessage({
      content: '업스테이지는 일본에서 뭐 했어?',
      author: 'dm-user',
      dm: true,
    });
    await standin.waitForReplyTo(dm.id);

    const after = await scrape();
    const question = (labels: Record<string, string>) => grew(before, after, 'bot_questions_total', labels);
    expect(question({ source: 'slash', outcome: 'found' })).toBe(2);
    expect(question({ source: 'slash', outcome: 'not-found' })).toBe(1);
    expect(question({ source: 'mention', outcome: 'found' })).toBe(1);
    expect(question({ source: 'dm', outcome: 'found' })).toBe(1);
    // `/about` is not a question about the article; nothing failed.
    expect(question({})).toBe(5);
    expect(question({ outcome: 'error' })).toBe(0);
    expect(grew(before, after, 'bot_answer_duration_seconds_count', { source: 'slash' })).toBe(3);
    expect(grew(before, after, 'bot_answer_duration_seconds_count', { source: 'mention' })).toBe(1);
    expect(grew(before, after, 'bot_answer_duration_seconds_count', { source: 'dm' })).toBe(1);
    expect(grew(before, after, 'bot_answer_duration_seconds_bucket', { source: 'slash', le: '+Inf' })).toBe(
      3,
    );
    expect(grew(before, after, 'bot_answer_duration_seconds_sum')).toBeGreaterThan(0);
    expect(grew(before, after, 'bot_interaction_ack_duration_seconds_count', { kind: 'command' })).toBe(4);
    expect(grew(before, after, 'bot_interaction_ack_duration_seconds_count', { kind: 'autocomplete' })).toBe(
      1,
    );
  });

  it('REST 429s and 5xx, and users held back by the rate limit, are counted', async () => {
    const before = await scrape();
    const mark = standin.requests.length;
    standin.failNext({ method: 'POST', route: ROUTES.interactionCallback, status: 429, retryAfter: 0.05 });
    expectCompanyCard(await company());
    standin.failNext({ method: 'POST', route: ROUTES.channelMessages, status: 502 });
    const asked = standin.sendMessage({ content: '리벨리온 대표는 누구야?', mentionBot: true });
    await standin.waitForReplyTo(asked.id);
    // Two questions are allowed; the third gets the notice; the fourth is ignored.
    const flood = Array.from({ length: 4 }, () =>
      standin.sendMessage({ content: '리벨리온 대표는 누구야?', author: 'flooder', mentionBot: true }),
    );
    for (const message of flood.slice(0, 3)) await standin.waitForReplyTo(message.id);
    await barrier();
    expect(repliesTo(flood[3]?.id ?? '', mark)).toEqual([]);
    const notice = repliesTo(flood[2]?.id ?? '', mark)[0]?.body as Sent;
    expect(onlyEmbed(notice).title).toBe('잠시만요');

    const after = await scrape();
    expect(
      grew(before, after, 'bot_rest_rate_limited_total', {
        route: '/interactions/:id/:token/callback',
        global: 'false',
      }),
    ).toBe(1);
    expect(
      grew(before, after, 'bot_rest_server_errors_total', { route: '/channels/:id/messages', status: '502' }),
    ).toBe(1);
    expect(grew(before, after, 'bot_rate_limited_users_total')).toBe(1);
    expect(grew(before, after, 'bot_rate_limited_messages_dropped_total')).toBe(1);
    expect(grew(before, after, 'bot_questions_total', { source: 'mention' })).toBe(3);
  });

  it('the same interaction and the same message delivered twice get one answer each', async () => {
    const before = await scrape();
    const mark = logLines.length;
    const requestMark = standin.requests.length;
    const ix = await company();
    expectCompanyCard(ix);
    // Delivered again, twice: as a replay after a resume would bring it.
    for (let i = 0; i < 2; i++) expect(standin.dispatch('INTERACTION_CREATE', ix.payload)).toBe(1);
    // A message delivered again at once, before its answer went out: discord.js still has it in
    // its message cache and drops the repeat itself.
    const message = standin.sendMessage({
      content: '리벨리온 대표는 누구야?',
      author: 'twice',
      mentionBot: true,
    });
    const payload = dispatchedMessage(message.id);
    standin.dispatch('MESSAGE_CREATE', payload);
    await standin.waitForReplyTo(message.id);
    await barrier();
    // Delivered again after it left that cache (a sweeper, a busy channel, a cache limit of 0):
    // only the bot's own window of handled ids stands between the repeat and a second answer.
    const channel = client().channels.cache.get(message.channel_id);
    if (!channel?.isTextBased()) throw new Error('no text channel');
    expect(channel.messages.cache.delete(message.id)).toBe(true);
    standin.dispatch('MESSAGE_CREATE', payload);
    // Replies in one channel leave in order: once a later mention is answered, a second reply to
    // the repeat (had the bot made one) would have arrived.
    const later = standin.sendMessage({
      content: '리벨리온 대표는 누구야?',
      author: 'barrier',
      mentionBot: true,
    });
    await standin.waitForReplyTo(later.id);

    expect(ix.requests.filter((r) => r.route === ROUTES.interactionCallback)).toHaveLength(1);
    expect(ix.requests).toHaveLength(1);
    expect(repliesTo(message.id, requestMark)).toHaveLength(1);
    expect(logged('interaction.duplicate', mark)).toMatchObject([
      { level: 'debug', id: ix.id },
      { level: 'debug', id: ix.id },
    ]);
    expect(logged('message.duplicate', mark)).toMatchObject([{ level: 'debug', id: message.id }]);
    const after = await scrape();
    expect(grew(before, after, 'bot_duplicate_events_total', { kind: 'interaction' })).toBe(2);
    expect(grew(before, after, 'bot_duplicate_events_total', { kind: 'message' })).toBe(1);
    // The message and the later one.
    expect(grew(before, after, 'bot_questions_total', { source: 'mention' })).toBe(2);
  });

  it('a repeat that arrives while the first answer is still on its way: one answer, counted once, no error', async () => {
    const before = await scrape();
    const requestMark = standin.requests.length;
    const held = standin.holdNext({ method: 'POST', route: ROUTES.channelMessages });
    const message = standin.sendMessage({ content: '리벨리온 대표는 누구야?', author: 'dm-user', dm: true });
    await held.arrived;
    const channel = client().channels.cache.get(message.channel_id);
    if (!channel?.isTextBased()) throw new Error('no DM channel');
    channel.messages.cache.delete(message.id);
    standin.dispatch('MESSAGE_CREATE', dispatchedMessage(message.id));
    await barrier();
    held.release();
    await standin.waitForReplyTo(message.id);
    await barrier();
    expect(repliesTo(message.id, requestMark)).toHaveLength(1);
    const after = await scrape();
    expect(grew(before, after, 'bot_questions_total', { source: 'dm', outcome: 'found' })).toBe(1);
    expect(grew(before, after, 'bot_questions_total', { outcome: 'error' })).toBe(0);
    expect(grew(before, after, 'bot_duplicate_events_total', { kind: 'message' })).toBe(1);
  });

  it('an answer Discord never accepted counts as an error, without an answer time', async () => {
    const before = await scrape();
    // discord.js tries 4 times on 5xx; then the bot sends the generic notice instead.
    standin.failNext({ method: 'POST', route: ROUTES.interactionCallback, status: 502, times: 4 });
    expect(onlyEmbed(reply(await company())).title).toBe('문제가 생겼어요');
    standin.failNext({ method: 'POST', route: ROUTES.channelMessages, status: 503, times: 4 });
    const message = standin.sendMessage({
      content: '리벨리온 대표는 누구야?',
      author: 'barrier',
      mentionBot: true,
    });
    const notice = await standin.waitForReplyTo(message.id);
    expect(onlyEmbed(notice.body as Sent).title).toBe('문제가 생겼어요');
    const after = await scrape();
    expect(grew(before, after, 'bot_questions_total', { source: 'slash', outcome: 'error' })).toBe(1);
    expect(grew(before, after, 'bot_questions_total', { source: 'mention', outcome: 'error' })).toBe(1);
    expect(grew(before, after, 'bot_questions_total', { outcome: 'found' })).toBe(0);
    expect(grew(before, after, 'bot_answer_duration_seconds_count')).toBe(0);
    expect(grew(before, after, 'bot_rest_server_errors_total', { status: '502' })).toBe(4);
    expect(grew(before, after, 'bot_rest_server_errors_total', { status: '503' })).toBe(4);
  });

  it('gateway closed with 1006: 503 "reconnecting" with the close code, until it resumes: 200', async () => {
    const before = await scrape();
    // Discord does not say hello again until released: the bot stays reconnecting meanwhile.
    const release = standin.gateway.holdHandshakes();
    const resumed = once(client(), Events.ShardResume);
    standin.dropConnection(1006);
    await vi.waitFor(
      async () => {
        const { status, report } = await health();
        expect(status).toBe(503);
        expect(report).toMatchObject({
          status: 'unavailable',
          reason: 'reconnecting',
          shards: [{ shard: 0, status: 'reconnecting', closeCode: 1006 }],
          knowledge: { facts },
        });
      },
      { timeout: 5000, interval: 20 },
    );
    const during = await scrape();
    expect(metricValue(during, 'bot_gateway_status', { shard: '0', status: 'reconnecting' })).toBe(1);
    expect(metricValue(during, 'bot_gateway_status', { shard: '0', status: 'ready' })).toBe(0);
    expect(grew(before, during, 'bot_gateway_closes_total', { shard: '0', code: '1006' })).toBe(1);

    // Sent while away: replayed on RESUME and answered.
    const pending = company();
    release();
    await resumed;
    expectCompanyCard(await pending);
    const { status, report } = await health();
    expect(status).toBe(200);
    expect(report).toMatchObject({ status: 'ok', shards: [{ shard: 0, status: 'ready' }] });
  });

  it('a failed reload: still 200 (the old knowledge base serves), counted as failed', async () => {
    const file = path.join(knowledgeDir, KNOWLEDGE_FILE);
    const original = await readFile(file, 'utf8');
    const before = await scrape();
    await writeFile(file, original.slice(0, original.length / 2));
    try {
      const ix = await standin.chatInput({ name: 'reload', ...asAdmin, locale: 'en-US' });
      expect(ix.callback?.type, ix.describe()).toBe(5);
      expect(onlyEmbed(ix.edits[0]?.body as Sent).title).toBe(
        'Reload rejected: still serving the previous knowledge base',
      );
    } finally {
      await writeFile(file, original);
    }
    const { status, report } = await health();
    expect(status).toBe(200);
    expect(report).toMatchObject({ status: 'ok', knowledge: { facts } });
    const after = await scrape();
    expect(grew(before, after, 'bot_knowledge_reloads_total', { result: 'failed' })).toBe(1);
    expect(grew(before, after, 'bot_knowledge_reloads_total', { result: 'ok' })).toBe(0);
    expect(metricValue(after, 'bot_knowledge_items', { kind: 'facts' })).toBe(facts);
  });
});

describe('/stats', () => {
  /** The deferred, ephemeral reply's one embed. */
  function statsEmbed(ix: InteractionHandle) {
    expect(ix.callback?.type, ix.describe()).toBe(5);
    expect(ix.callback?.data?.flags).toBe(EPHEMERAL);
    expect(ix.edits).toHaveLength(1);
    const body = ix.edits[0]?.body as Sent;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(ix.original?.flags).toBe(EPHEMERAL);
    return onlyEmbed(body);
  }

  it('for an admin: the questions of the day as /metrics counts them, answer times, the knowledge base, the last reload', async () => {
    const exposition = await scrape();
    const count = (outcome: string) => metricValue(exposition, 'bot_questions_total', { outcome });
    const embed = statsEmbed(await standin.chatInput({ name: 'stats', ...asAdmin, locale: 'en-US' }));
    expect(embed.title).toBe('Bot stats');
    const field = (name: string) => embed.fields?.find((f) => f.name === name)?.value ?? '';
    expect(field('Uptime')).toMatch(/^(\d+ d )?(\d+ h )?\d+ min$/);
    expect(field('Servers · shards')).toBe('1 · 1 shard');
    // Since this process started (less than a day ago), the same figures as the counters.
    expect(embed.fields?.[2]?.name).toMatch(/^Questions since start \(/);
    expect(embed.fields?.[2]?.value).toContain(
      `Answered **${count('found')}** · not found **${count('not-found')}** · errors **${count('error')}**`,
    );
    expect(field('Answer time (24 h)')).toMatch(/^p50 \*\*[\d.]+ m?s\*\* · p99 \*\*[\d.]+ m?s\*\*$/);
    expect(field('Knowledge base')).toContain(`${facts} facts`);
    expect(field('Knowledge base')).toContain(
      `loaded <t:${Math.floor(service.loadedAt.getTime() / 1000)}:f>`,
    );
    expect(field('Last reload')).toMatch(
      /^❌ rejected \(1 error\): the previous knowledge base kept serving · <t:\d+:R>$/,
    );

    const ko = statsEmbed(await standin.chatInput({ name: 'stats', ...asAdmin, locale: 'ko' }));
    expect(ko.title).toBe('봇 상태');
    expect(text(ko)).toContain(`답변 **${count('found')}**`);
    expect(text(ko)).not.toMatch(/Answered|Uptime|Knowledge base/);
  });

  it('refused for others, in their language, without deferring', async () => {
    for (const [locale, refusal] of [
      ['ko', '통계는 서버 관리 권한이 있는 관리자만 볼 수 있어요.'],
      ['en-US', 'Only admins (Manage Server) can see the stats.'],
    ] as const) {
      const body = reply(await standin.chatInput({ name: 'stats', user: 'asker', locale }));
      expect(body.flags).toBe(EPHEMERAL);
      expect(onlyEmbed(body).description).toBe(refusal);
    }
  });
});
