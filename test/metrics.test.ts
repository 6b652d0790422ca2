/**
 * Monitoring's parts without Discord: the window of handled ids, the 24-hour answer window and its
 * percentiles, health across states and shards, the metrics as Prometheus reads them, the HTTP
 * endpoints, and the `/stats` reply in both languages within Discord's limits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RecentIds } from '../src/discord/dedupe.ts';
import { catalogue } from '../src/i18n/catalogue.ts';
import { createLogger } from '../src/logger.ts';
import { assessHealth, combineHealth, type HealthReport, type ShardHealth } from '../src/metrics/health.ts';
import { BotMetrics } from '../src/metrics/metrics.ts';
import {
  emptyCounts,
  LATENCY_BUCKETS,
  latencyQuantile,
  mergeWindows,
  RecentAnswers,
  SLOT_MS,
  WINDOW_MS,
} from '../src/metrics/recent.ts';
import { type MonitoringServer, startMonitoringServer } from '../src/metrics/server.ts';
import { type StatsSnapshot, summarizeStats } from '../src/metrics/stats.ts';
import { renderStats } from '../src/render/stats.ts';
import { replyToText } from '../src/render/text.ts';
import { limitViolations, pingsNobody } from './support/discord-limits.ts';
import { metricValue, readExposition } from './support/prometheus.ts';

const HOUR = 60 * 60_000;

describe('RecentIds: a bounded window of handled ids', () => {
  it('says an id is new once, then a repeat', () => {
    const ids = new RecentIds(3);
    expect(['a', 'b', 'a', 'c', 'b'].map((id) => ids.firstTime(id))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('keeps only the most recent `capacity` ids, forgetting the oldest first', () => {
    const ids = new RecentIds(1000);
    for (let i = 0; i < 5000; i++) ids.firstTime(String(i));
    expect(ids.size).toBe(1000);
    expect(ids.firstTime('4999')).toBe(false);
    expect(ids.firstTime('4000')).toBe(false);
    // Forgotten: handled long ago, so it counts as new again.
    expect(ids.firstTime('3999')).toBe(true);
    expect(ids.size).toBe(1000);
  });

  it('refuses a capacity below 1', () => {
    expect(() => new RecentIds(0)).toThrow(RangeError);
  });
});

describe('RecentAnswers: the last 24 hours', () => {
  it('counts by source and outcome, and forgets what is older than 24 h', () => {
    let now = Date.UTC(2025, 3, 4, 9);
    const recent = new RecentAnswers(() => now);
    recent.record('slash', 'found', 20);
    recent.record('mention', 'not-found', 30);
    recent.record('dm', 'error');
    now += 12 * HOUR;
    recent.record('slash', 'found', 40);
    let snapshot = recent.snapshot();
    expect(snapshot.counts.slash).toEqual({ found: 2, 'not-found': 0, error: 0 });
    expect(snapshot.counts.mention['not-found']).toBe(1);
    expect(snapshot.counts.dm.error).toBe(1);
    expect(snapshot.latency.reduce((a, b) => a + b, 0)).toBe(3);
    // 24 h and a slot after the first three: only the one 12 h later remains.
    now += 12 * HOUR + SLOT_MS;
    snapshot = recent.snapshot();
    expect(snapshot.counts.slash.found).toBe(1);
    expect(snapshot.counts.mention['not-found']).toBe(0);
    expect(snapshot.counts.dm.error).toBe(0);
    expect(snapshot.since).toBeGreaterThanOrEqual(now - WINDOW_MS);
    // A slot reused a day later starts from zero.
    now += 12 * HOUR;
    recent.record('slash', 'not-found', 5);
    expect(recent.snapshot().counts.slash).toEqual({ found: 0, 'not-found': 1, error: 0 });
  });

  it('starts its window when the process started, if that was less than 24 h ago', () => {
    const start = Date.UTC(2025, 3, 4, 9, 3);
    let now = start;
    const recent = new RecentAnswers(() => now);
    now += 2 * HOUR;
    expect(recent.snapshot().since).toBe(start);
  });

  it('p50 and p99 within 5% of the exact percentiles', () => {
    const recent = new RecentAnswers(() => 0);
    // 1,000 answers from 2 ms to 2 s, log-uniform.
    const times = Array.from({ length: 1000 }, (_, i) => 2 * 1000 ** (i / 999));
    for (const ms of times) recent.record('slash', 'found', ms);
    const { latency } = recent.snapshot();
    const exact = (q: number) => times[Math.ceil(q * times.length) - 1] ?? Number.NaN;
    for (const q of [0.5, 0.99]) {
      const estimate = latencyQuantile(latency, q) ?? Number.NaN;
      expect(Math.abs(estimate / exact(q) - 1), `q=${q}`).toBeLessThan(0.05);
    }
    expect(latencyQuantile(new Array(LATENCY_BUCKETS).fill(0), 0.5)).toBeUndefined();
  });

  it('two windows merged are the window of all their answers', () => {
    const [a, b, both] = [0, 1, 2].map(() => new RecentAnswers(() => 0));
    if (!a || !b || !both) throw new Error('unreachable');
    for (let i = 1; i <= 300; i++) {
      const target = i % 3 === 0 ? a : b;
      const source = i % 2 === 0 ? 'slash' : 'dm';
      const outcome = i % 5 === 0 ? 'not-found' : 'found';
      target.record(source, outcome, i * 1.7);
      both.record(source, outcome, i * 1.7);
    }
    const merged = mergeWindows([a.snapshot(), b.snapshot()]);
    expect(merged.counts).toEqual(both.snapshot().counts);
    expect(merged.latency).toEqual(both.snapshot().latency);
  });
});

describe('health', () => {
  const knowledge = { articles: 1, facts: 80, loadedAt: '2025-04-04T00:00:00.000Z' };
  const ready: ShardHealth = { shard: 0, status: 'ready' };

  it.each<[string, Parameters<typeof assessHealth>[0], HealthReport['status'], string | undefined]>([
    [
      'no knowledge base yet',
      { started: false, shards: [], knowledge: undefined },
      'unavailable',
      'no-knowledge-base',
    ],
    ['not ready yet', { started: false, shards: [], knowledge }, 'unavailable', 'starting'],
    [
      'a shard ready, the client not yet',
      { started: false, shards: [ready], knowledge },
      'unavailable',
      'starting',
    ],
    ['ready', { started: true, shards: [ready], knowledge }, 'ok', undefined],
    [
      'one shard of two reconnecting',
      { started: true, shards: [ready, { shard: 1, status: 'reconnecting', closeCode: 1006 }], knowledge },
      'unavailable',
      'reconnecting',
    ],
    [
      'disconnected for good outranks reconnecting',
      {
        started: true,
        shards: [
          { shard: 0, status: 'reconnecting', closeCode: 1006 },
          { shard: 1, status: 'disconnected', closeCode: 4004 },
        ],
        knowledge,
      },
      'unavailable',
      'disconnected',
    ],
  ])('%s', (_name, input, status, reason) => {
    const report = assessHealth(input);
    expect(report.status).toBe(status);
    expect(report.status === 'unavailable' ? report.reason : undefined).toBe(reason);
    expect(report.shards).toEqual(input.shards);
  });

  it('a ShardingManager: healthy only when every shard process is; a silent one is named', () => {
    const shard = (id: number, status: ShardHealth['status'] = 'ready'): HealthReport =>
      assessHealth({ started: true, shards: [{ shard: id, status }], knowledge });
    expect(combineHealth([shard(0), shard(1)])).toEqual({
      status: 'ok',
      shards: [ready, { shard: 1, status: 'ready' }],
      knowledge,
    });
    expect(combineHealth([shard(0), { missing: [1], everReady: false }])).toMatchObject({
      status: 'unavailable',
      reason: 'starting',
      shards: [ready, { shard: 1, status: 'starting' }],
    });
    expect(combineHealth([{ missing: [0], everReady: true }, shard(1, 'reconnecting')])).toMatchObject({
      reason: 'reconnecting',
      shards: [
        { shard: 0, status: 'unresponsive' },
        { shard: 1, status: 'reconnecting' },
      ],
    });
    expect(combineHealth([])).toMatchObject({ status: 'unavailable', reason: 'starting' });
  });
});

describe('BotMetrics as Prometheus reads them', () => {
  const sources = {
    knowledge: () => ({
      articles: 1,
      entities: 41,
      facts: 80,
      passages: 52,
      loadedAt: new Date(1_743_724_800_000),
    }),
    gateway: () => [
      { shard: 0, status: 'ready' as const, pingMs: 42 },
      { shard: 1, status: 'reconnecting' as const, pingMs: undefined },
    ],
    guilds: () => 7,
  };

  it('exposes every series from the start, with types, and counts what it is told', async () => {
    const metrics = new BotMetrics(sources);
    let exposition = readExposition(await metrics.registry.metrics());
    expect(exposition.families.get('bot_questions_total')?.type).toBe('COUNTER');
    expect(exposition.families.get('bot_answer_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(exposition.families.get('bot_gateway_status')?.type).toBe('GAUGE');
    // 5 sources × 3 outcomes, all at 0; the feedback votes exist before any vote.
    expect(exposition.samples.filter((s) => s.name === 'bot_questions_total')).toHaveLength(15);
    expect(metricValue(exposition, 'bot_questions_total')).toBe(0);
    expect(exposition.samples.filter((s) => s.name === 'bot_feedback_votes_total')).toHaveLength(2);

    metrics.question('slash', 'found', 0.02);
    metrics.question('slash', 'not-found', 0.03);
    metrics.question('context-menu', 'found', 0.2);
    metrics.question('mention', 'error');
    metrics.interactionAcknowledged('command', 0.04);
    metrics.reload(true);
    metrics.reload(false);
    metrics.reload(false);
    metrics.gatewayClosed(0, 1006);
    metrics.restRateLimit('/interactions/:id/:token/callback', false);
    metrics.restServerError('/channels/:id/messages', 502);
    metrics.rateLimited('notify');
    metrics.rateLimited('drop');
    metrics.rateLimited('drop');
    metrics.feedbackVote('up');
    metrics.duplicate('message');
    exposition = readExposition(await metrics.registry.metrics());
    const value = (name: string, labels: Record<string, string> = {}) =>
      metricValue(exposition, name, labels);
    expect(value('bot_questions_total', { source: 'slash' })).toBe(2);
    expect(value('bot_questions_total', { source: 'slash', outcome: 'not-found' })).toBe(1);
    expect(value('bot_questions_total', { source: 'context-menu', outcome: 'found' })).toBe(1);
    expect(value('bot_questions_total', { outcome: 'error' })).toBe(1);
    // An error has no answer time.
    expect(value('bot_answer_duration_seconds_count')).toBe(3);
    expect(value('bot_answer_duration_seconds_bucket', { source: 'slash', le: '0.025' })).toBe(1);
    expect(value('bot_answer_duration_seconds_sum', { source: 'slash' })).toBeCloseTo(0.05);
    expect(value('bot_interaction_ack_duration_seconds_count', { kind: 'command' })).toBe(1);
    expect(value('bot_knowledge_reloads_total', { result: 'failed' })).toBe(2);
    expect(value('bot_knowledge_items', { kind: 'facts' })).toBe(80);
    expect(value('bot_knowledge_loaded_timestamp_seconds')).toBe(1_743_724_800);
    expect(value('bot_gateway_ping_seconds', { shard: '0' })).toBeCloseTo(0.042);
    // No heartbeat answered yet: no ping, rather than a made-up one.
    expect(
      exposition.samples.some((s) => s.name === 'bot_gateway_ping_seconds' && s.labels.shard === '1'),
    ).toBe(false);
    expect(value('bot_gateway_status', { shard: '1', status: 'reconnecting' })).toBe(1);
    expect(value('bot_gateway_status', { shard: '1' })).toBe(1);
    expect(value('bot_gateway_closes_total', { shard: '0', code: '1006' })).toBe(1);
    expect(value('bot_rest_rate_limited_total', { global: 'false' })).toBe(1);
    expect(value('bot_rest_server_errors_total', { status: '502' })).toBe(1);
    expect(value('bot_rate_limited_users_total')).toBe(1);
    expect(value('bot_rate_limited_messages_dropped_total')).toBe(2);
    expect(value('bot_feedback_votes_total', { vote: 'up' })).toBe(1);
    expect(value('bot_duplicate_events_total', { kind: 'message' })).toBe(1);
    expect(value('bot_guilds')).toBe(7);
  });

  it('with process metrics: memory, CPU and event-loop lag', async () => {
    const exposition = readExposition(
      await new BotMetrics(sources, { processMetrics: true }).registry.metrics(),
    );
    for (const name of [
      'process_resident_memory_bytes',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ])
      expect(exposition.families.has(name), name).toBe(true);
  });
});

describe('the monitoring HTTP server', () => {
  let server: MonitoringServer | undefined;
  let health: HealthReport = assessHealth({ started: false, shards: [], knowledge: undefined });
  const lines: string[] = [];

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const start = async () => {
    server = await startMonitoringServer(
      {
        health: () => health,
        exposition: async () => ({ contentType: 'text/plain; version=0.0.4; charset=utf-8', body: 'up 1\n' }),
      },
      { host: '127.0.0.1', port: 0, logger: createLogger({ format: 'json', write: (l) => lines.push(l) }) },
    );
    return `http://127.0.0.1:${server.port}`;
  };

  it('/healthz: 503 with the reason, then 200; /metrics; nothing else', async () => {
    const base = await start();
    let response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ status: 'unavailable', reason: 'no-knowledge-base' });
    health = assessHealth({
      started: true,
      shards: [{ shard: 0, status: 'ready' }],
      knowledge: { articles: 1, facts: 80, loadedAt: '2025-04-04T00:00:00.000Z' },
    });
    response = await fetch(`${base}/healthz?probe=1`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(health);
    response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('up 1\n');
    expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(200);
    const post = await fetch(`${base}/metrics`, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/metrics/../../etc/passwd`)).status).toBe(404);
    expect(lines.map((l) => JSON.parse(l).event)).toContain('monitoring.listening');
  });

  it('a port in use is a one-line reason', async () => {
    await start();
    await expect(
      startMonitoringServer(
        { health: () => health, exposition: async () => ({ contentType: 'text/plain', body: '' }) },
        { host: '127.0.0.1', port: server?.port ?? 0, logger: createLogger({ write: () => {} }) },
      ),
    ).rejects.toThrow(`METRICS_PORT ${server?.port} on 127.0.0.1 is already in use`);
  });
});

describe('the /stats reply', () => {
  const now = Date.UTC(2025, 3, 5, 12);
  const snapshot = (shard: number, over: Partial<StatsSnapshot> = {}): StatsSnapshot => {
    const counts = emptyCounts();
    counts.slash.found = 40 + shard;
    counts.mention['not-found'] = 3;
    counts.dm.error = shard;
    const latency = new Array<number>(LATENCY_BUCKETS).fill(0);
    latency[40] = 30;
    latency[60] = 10;
    return {
      shards: [shard],
      uptimeMs: 3 * 24 * HOUR + 5 * HOUR + 7 * 60_000 - shard * HOUR,
      guilds: 10 + shard,
      window: { since: now - WINDOW_MS + SLOT_MS / 2, counts, latency },
      knowledge: { articles: 1, entities: 41, facts: 80, passages: 52, loadedAt: now - 2 * HOUR },
      lastReload: { at: now - HOUR, ok: true, factsBefore: 79, factsAfter: 80 },
      ...over,
    };
  };

  it('one process: uptime, servers, the last 24 hours, answer times, the knowledge base, the last reload', () => {
    const summary = summarizeStats([snapshot(0)], 1);
    expect(summary.totals).toEqual({ found: 40, 'not-found': 3, error: 0 });
    const en = replyToText(renderStats(summary, 'en', now));
    expect(en).toContain('3 d 5 h 7 min');
    expect(en).toContain('10 · 1 shard');
    expect(en).toContain('Questions in the last 24 hours');
    expect(en).toContain('Answered **40** · not found **3** · errors **0**');
    expect(en).toContain('slash commands 40 · mentions 3');
    expect(en).toMatch(/p50 \*\*\d+ ms\*\* · p99 \*\*\d+ ms\*\*/);
    expect(en).toContain('1 article · 41 entities · 80 facts · 52 passages');
    expect(en).toContain(`loaded <t:${(now - 2 * HOUR) / 1000}:f>`);
    expect(en).toContain(`✅ 79 → 80 facts · <t:${(now - HOUR) / 1000}:R>`);
    const ko = replyToText(renderStats(summary, 'ko', now));
    expect(ko).toContain('3일 5시간 7분');
    expect(ko).toContain('답변 **40** · 못 찾음 **3** · 오류 **0**');
    expect(ko).not.toMatch(/Answered|Uptime|Knowledge/);
  });

  it('two shards: figures added up, the slowest uptime, differing knowledge bases and reloads named', () => {
    const rejected = snapshot(1, {
      knowledge: { articles: 1, entities: 41, facts: 79, passages: 52, loadedAt: now - 5 * HOUR },
      lastReload: { at: now - HOUR, ok: false, errors: 3 },
    });
    const summary = summarizeStats([snapshot(0), rejected], 3, [2]);
    expect(summary.totals).toEqual({ found: 81, 'not-found': 6, error: 1 });
    expect(summary.guilds).toBe(21);
    expect(summary.uptimeMs).toBe(rejected.uptimeMs);
    const en = replyToText(renderStats(summary, 'en', now));
    expect(en).toContain('21 · 3 shards');
    expect(en).toContain('Shard 0: 1 article · 41 entities · 80 facts');
    expect(en).toContain('Shard 1: 1 article · 41 entities · 79 facts');
    expect(en).toContain('Shard 1: ❌ rejected (3 errors): the previous knowledge base kept serving');
    expect(en).toContain('Shard 2 did not answer: its figures are missing.');
  });

  it('a young bot says "since start"; a new one has no answers and no reload yet', () => {
    const young = snapshot(0, {
      uptimeMs: 3 * HOUR,
      window: { since: now - 3 * HOUR, counts: emptyCounts(), latency: [] },
      lastReload: null,
    });
    const en = replyToText(renderStats(summarizeStats([young], 1), 'en', now));
    expect(en).toContain('Questions since start (3 h 0 min)');
    expect(en).toContain('No answers yet');
    expect(en).toContain('None since start');
  });

  it('stays within Discord limits, ephemeral and pinging nobody, with 300 shards all different', () => {
    const many = Array.from({ length: 300 }, (_, shard) =>
      snapshot(shard, {
        knowledge: { articles: 1, entities: 41, facts: 80 + shard, passages: 52, loadedAt: now },
        lastReload:
          shard % 2 === 0
            ? { at: now - shard, ok: true, factsBefore: shard, factsAfter: shard + 1 }
            : { at: now - shard, ok: false, errors: shard },
      }),
    );
    for (const language of ['ko', 'en'] as const) {
      const reply = renderStats(summarizeStats(many, 300, [300, 301]), language, now);
      expect(limitViolations(reply)).toEqual([]);
      expect(pingsNobody(reply)).toBe(true);
      expect(reply.flags).toBe(64);
    }
  });

  it('the command is registered with names and descriptions Discord accepts in both languages', () => {
    for (const text of [catalogue('ko').stats, catalogue('en').stats]) {
      expect(text.command.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(text.command.description.length).toBeLessThanOrEqual(100);
    }
    expect(catalogue('en').stats.command.name).toBe('stats');
  });
});
