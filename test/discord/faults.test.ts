/**
 * Faults, injected through the local Discord stand-in, against the REAL bot (`createBot`, the real
 * commands, a temp copy of `knowledge/`) with a capturing JSON logger: REST 429 storms, 5xx (retried,
 * then exhausted), interaction callbacks failing with 10062 / 40060, and the gateway closing with
 * 1006 / 4000 / 4009. For each: the bot logs it (never the token), nothing is left unhandled, the
 * client stays usable and the next interaction is answered normally.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Events } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../src/discord/bot.ts';
import { loadCommands } from '../../src/discord/command.ts';
import { createKnowledgeService } from '../../src/service.ts';
import { collectingLogger, standinClientOptions, standinConfig, startAndRegister } from './client.ts';
import { EPHEMERAL, type Json, onlyEmbed, reply, type Sent, text } from './sent.ts';
import {
  DiscordStandin,
  GatewayOp,
  type InteractionHandle,
  type RecordedRequest,
  ROUTES,
} from './standin.ts';

const SOURCE_KNOWLEDGE = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const CALLBACK = { method: 'POST', route: ROUTES.interactionCallback } as const;
const MESSAGES = { method: 'POST', route: ROUTES.channelMessages } as const;
const CALLBACK_BUCKET = '/interactions/:id/:token/callback';
const MESSAGES_BUCKET = '/channels/:id/messages';
const GENERIC_TITLE = '문제가 생겼어요';

// A realistic-looking token (three dot-separated parts), unique per run.
const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

let standin: DiscordStandin;
let bot: Bot;
let tempDir: string;
const logLines: string[] = [];
const unhandled = vi.fn();
const uncaught = vi.fn();

beforeAll(async () => {
  process.on('unhandledRejection', unhandled);
  process.on('uncaughtException', uncaught);
  tempDir = await mkdtemp(path.join(tmpdir(), 'bot-faults-'));
  const knowledgeDir = path.join(tempDir, 'knowledge');
  await cp(SOURCE_KNOWLEDGE, knowledgeDir, { recursive: true });

  standin = await new DiscordStandin({
    token: TOKEN,
    heartbeatIntervalMs: 2000,
    users: [{ username: 'owner' }, { username: 'tester' }, { username: 'asker' }],
    guilds: [
      {
        name: 'Fault Guild',
        preferredLocale: 'ko',
        owner: 'owner',
        channels: [{ name: 'general' }],
        members: ['owner', 'tester', 'asker'],
      },
      {
        name: 'English Guild',
        preferredLocale: 'en-US',
        owner: 'owner',
        channels: [{ name: 'lobby' }],
        members: ['owner', 'asker'],
      },
    ],
    defaultUser: 'tester',
  }).start();

  const config = standinConfig(standin, {
    KNOWLEDGE_DIR: knowledgeDir,
    // Mentions are not what is under test here: no flood notice in the way.
    RATE_LIMIT_COUNT: '1000',
    RATE_LIMIT_WINDOW_SECONDS: '60',
    MISS_LOG: path.join(tempDir, 'misses.jsonl'),
  });
  const logger = collectingLogger(logLines, TOKEN);
  const service = await createKnowledgeService({ dir: config.KNOWLEDGE_DIR });
  const commands = await loadCommands();
  bot = await createBot({ config, service, logger, commands, clientOptions: standinClientOptions(standin) });
  await startAndRegister(bot, commands, standin);
});

afterAll(async () => {
  await bot?.stop({ timeoutMs: 2000 });
  await standin?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  process.off('unhandledRejection', unhandled);
  process.off('uncaughtException', uncaught);
  expect(unhandled).not.toHaveBeenCalled();
  expect(uncaught).not.toHaveBeenCalled();
  expectNoSecretsLogged();
  // Nor any interaction's token (REST lines name the route template, `/interactions/:id/:token/callback`).
  const log = logLines.join('\n');
  expect(standin.interactions.size).toBeGreaterThan(20);
  for (const ix of standin.interactions.values()) expect(log).not.toContain(ix.token);
});

afterEach(() => {
  try {
    standin.assertNoViolations();
    expect(unhandled).not.toHaveBeenCalled();
    expect(uncaught).not.toHaveBeenCalled();
    expectNoSecretsLogged();
  } finally {
    standin.takeViolations();
    standin.clearFaults();
  }
});

// ------------------------------------------------------------------ helpers

/**
 * The bot token is in no log line: not even redacted (the logger's redaction is a safety net; the
 * bot must not try to write it), nor its signature part alone.
 */
function expectNoSecretsLogged() {
  const signature = TOKEN.split('.')[2] ?? TOKEN;
  for (const line of logLines) {
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain(signature);
    expect(line).not.toContain('[redacted]');
  }
}

const str = (name: string, value: string) => ({ name, type: 3, value });
const companyInput = (name = '리벨리온') => ({
  name: 'company',
  options: [str('name', name)],
  locale: 'ko',
});

/** Log records (JSON lines) with this event name, from line `mark` on. */
function logged(event: string, mark = 0): Json[] {
  return logLines
    .slice(mark)
    .map((line) => JSON.parse(line) as Json)
    .filter((record) => record.event === event);
}

/** Waits for a log record (from line `mark` on) matching `fields`; returns it. */
async function waitForLog(event: string, fields: Json, mark: number): Promise<Json> {
  let found: Json | undefined;
  await vi.waitFor(
    () => {
      found = logged(event, mark).find((record) => Object.entries(fields).every(([k, v]) => record[k] === v));
      expect(found, `${event} ${JSON.stringify(fields)}`).toBeDefined();
    },
    { timeout: 5000, interval: 5 },
  );
  return found ?? {};
}

/** `/company 리벨리온` answered: the company card, naming its CEO 박성현, public, pinging nobody. */
function expectCompanyCard(ix: InteractionHandle) {
  const body = reply(ix);
  expect(body.allowed_mentions).toEqual({ parse: [] });
  expect(body.flags ?? 0).toBe(0);
  const embed = onlyEmbed(body);
  expect(embed.title).toBe('리벨리온 (Rebellions)');
  expect(text(embed)).toContain('박성현');
}

/** A mention reply answering who leads 리벨리온 (박성현), pinging nobody. */
function expectLeaderReply(request: RecordedRequest | undefined, messageId: string) {
  expect(request).toMatchObject({ status: 200, valid: true, schema: 'MessageCreateRequest' });
  const body = request?.body as Sent;
  expect(body.message_reference).toMatchObject({ message_id: messageId });
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(text(onlyEmbed(body))).toContain('박성현');
}

/** The generic "something went wrong" notice (never the error itself). */
function expectGenericNotice(body: Sent | undefined) {
  const embed = onlyEmbed(body);
  expect(embed.title).toBe(GENERIC_TITLE);
  expect(JSON.stringify(body)).not.toMatch(/Error|Internal Server|Service Unavailable|Bad Gateway/);
}

/** The NEXT interaction is answered normally (one callback, 204), and the client is still ready. */
async function expectNextAnswered() {
  const ix = await standin.chatInput(companyInput());
  expect(ix.requests.map((r) => r.status)).toEqual([204]);
  expectCompanyCard(ix);
  expect(bot.client.isReady()).toBe(true);
}

/** A mention asking who leads 리벨리온. */
function mention() {
  return standin.sendMessage({ content: '리벨리온 대표는 누구야?', author: 'asker', mentionBot: true });
}

/** Every reply attempt (POST /channels/{id}/messages) the bot made for a message, since `mark`. */
function attemptsFor(messageId: string, mark: number): RecordedRequest[] {
  return standin.requests
    .slice(mark)
    .filter(
      (r) =>
        r.route === ROUTES.channelMessages &&
        typeof r.body === 'object' &&
        r.body !== null &&
        (r.body as Sent).message_reference?.message_id === messageId,
    );
}

/**
 * Waits until the bot has handled everything dispatched so far: gateway events are handled in
 * order, and a second reply to a failed interaction (if the bot made one) would be queued right
 * after its failure is logged, before the bot reads a later event; so once an interaction
 * dispatched later is answered, nothing more is coming for the earlier one.
 */
async function barrier() {
  const ix = await standin.chatInput({ name: 'about', locale: 'ko' });
  expect(ix.callback?.type).toBe(4);
}

/** Interaction id of a held callback request (`/interactions/{id}/{token}/callback`). */
function interactionIdOf(requestPath: string): string {
  const id = /^\/interactions\/(\d+)\//.exec(requestPath)?.[1];
  if (!id) throw new Error(`not a callback path: ${requestPath}`);
  return id;
}

// ------------------------------------------------------------------ REST 429

describe('REST 429 storms', () => {
  it('interaction callback: 4 consecutive 429s (2 of them global) → the answer still arrives; each 429 logged', async () => {
    const mark = logLines.length;
    standin.failNext({ ...CALLBACK, status: 429, retryAfter: 0.05, times: 2 });
    standin.failNext({ ...CALLBACK, status: 429, retryAfter: 0.1, global: true, times: 2 });
    const ix = await standin.chatInput(companyInput());
    expect(ix.requests.map((r) => r.status)).toEqual([429, 429, 429, 429, 204]);
    expect(ix.requests.filter((r) => r.fault)).toHaveLength(4);
    expectCompanyCard(ix);

    const limited = logged('rest.rate_limited', mark);
    expect(limited.map((r) => [r.retryAfter, r.global])).toEqual([
      [0.05, false],
      [0.05, false],
      [0.1, true],
      [0.1, true],
    ]);
    for (const record of limited)
      expect(record).toMatchObject({ level: 'warn', method: 'POST', route: CALLBACK_BUCKET });
    expect(logged('interaction.failed', mark)).toEqual([]);
    await expectNextAnswered();
  });

  it('mention replies: 4 consecutive 429s (2 of them global) → the reply still arrives; each 429 logged', async () => {
    const mark = logLines.length;
    const requestMark = standin.requests.length;
    standin.failNext({ ...MESSAGES, status: 429, retryAfter: 0.05, times: 2 });
    standin.failNext({ ...MESSAGES, status: 429, retryAfter: 0.2, global: true, times: 2 });
    const message = mention();
    const sent = await standin.waitForReplyTo(message.id);
    expect(attemptsFor(message.id, requestMark).map((r) => r.status)).toEqual([429, 429, 429, 429, 200]);
    expectLeaderReply(sent, message.id);

    const limited = logged('rest.rate_limited', mark);
    expect(limited.map((r) => [r.retryAfter, r.global, r.scope])).toEqual([
      [0.05, false, 'user'],
      [0.05, false, 'user'],
      [0.2, true, 'global'],
      [0.2, true, 'global'],
    ]);
    for (const record of limited) expect(record).toMatchObject({ method: 'POST', route: MESSAGES_BUCKET });
    expect(logged('message.failed', mark)).toEqual([]);

    // The next mention and the next interaction are answered at once.
    const next = mention();
    expectLeaderReply(await standin.waitForReplyTo(next.id), next.id);
    expect(attemptsFor(next.id, requestMark)).toHaveLength(1);
    await expectNextAnswered();
  });
});

// ------------------------------------------------------------------ REST 5xx

describe('REST 5xx', () => {
  it('interaction callback: 500, 502, 503, then success → answered; each retry logged', async () => {
    const mark = logLines.length;
    for (const status of [500, 502, 503]) standin.failNext({ ...CALLBACK, status });
    const ix = await standin.chatInput(companyInput());
    expect(ix.requests.map((r) => r.status)).toEqual([500, 502, 503, 204]);
    expectCompanyCard(ix);
    expect(logged('rest.server_error', mark)).toMatchObject([
      { level: 'warn', method: 'POST', route: CALLBACK_BUCKET, status: 500, retries: 0 },
      { route: CALLBACK_BUCKET, status: 502, retries: 1 },
      { route: CALLBACK_BUCKET, status: 503, retries: 2 },
    ]);
    expect(logged('interaction.failed', mark)).toEqual([]);
    await expectNextAnswered();
  });

  it('interaction callback: 502 on every retry → the answer is dropped and logged; the notice goes out', async () => {
    const mark = logLines.length;
    // discord.js tries a request 4 times (3 retries) on 5xx.
    standin.failNext({ ...CALLBACK, status: 502, times: 4 });
    const ix = await standin.chatInput(companyInput());
    expect(ix.requests.map((r) => r.status)).toEqual([502, 502, 502, 502, 204]);
    const notice = reply(ix);
    expect(notice.flags).toBe(EPHEMERAL);
    expectGenericNotice(notice);
    expect(logged('rest.server_error', mark).map((r) => [r.status, r.retries])).toEqual([
      [502, 0],
      [502, 1],
      [502, 2],
      [502, 3],
    ]);
    expect(logged('interaction.failed', mark)).toMatchObject([
      { level: 'error', id: ix.id, status: 502, error: { name: 'HTTPError', message: 'Bad Gateway' } },
    ]);
    await expectNextAnswered();
  });

  it('interaction callback: 503 on every retry of the answer and of the notice → both dropped, both logged', async () => {
    const mark = logLines.length;
    standin.failNext({ ...CALLBACK, status: 503, times: 8 });
    const ix = await standin.chatInput(companyInput(), { until: (h) => h.requests.length === 8 });
    await waitForLog('interaction.error_reply_failed', { id: ix.id }, mark);
    expect(ix.acknowledged).toBe(false);
    expect(ix.requests.map((r) => r.status)).toEqual(Array(8).fill(503));
    expect(logged('interaction.failed', mark)).toMatchObject([{ id: ix.id, status: 503 }]);
    expect(logged('interaction.error_reply_failed', mark)).toMatchObject([
      { level: 'warn', id: ix.id, error: { name: 'HTTPError', message: 'Service Unavailable' } },
    ]);
    expect(logged('rest.server_error', mark)).toHaveLength(8);
    await expectNextAnswered();
  });

  it('mention reply: 500, 502, 503, then success → the reply arrives; each retry logged', async () => {
    const mark = logLines.length;
    const requestMark = standin.requests.length;
    for (const status of [500, 502, 503]) standin.failNext({ ...MESSAGES, status });
    const message = mention();
    const sent = await standin.waitForReplyTo(message.id);
    expect(attemptsFor(message.id, requestMark).map((r) => r.status)).toEqual([500, 502, 503, 200]);
    expectLeaderReply(sent, message.id);
    expect(logged('rest.server_error', mark)).toMatchObject([
      { method: 'POST', route: MESSAGES_BUCKET, status: 500, retries: 0 },
      { route: MESSAGES_BUCKET, status: 502, retries: 1 },
      { route: MESSAGES_BUCKET, status: 503, retries: 2 },
    ]);
    expect(logged('message.failed', mark)).toEqual([]);
    await expectNextAnswered();
  });

  it('mention reply: 503 on every retry → the answer is dropped and logged; the notice goes out', async () => {
    const mark = logLines.length;
    const requestMark = standin.requests.length;
    standin.failNext({ ...MESSAGES, status: 503, times: 4 });
    const message = mention();
    const notice = await standin.waitForReplyTo(message.id);
    expect(attemptsFor(message.id, requestMark).map((r) => r.status)).toEqual([503, 503, 503, 503, 200]);
    const body = notice.body as Sent;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectGenericNotice(body);
    expect(logged('message.failed', mark)).toMatchObject([
      { level: 'error', id: message.id, status: 503, error: { name: 'HTTPError' } },
    ]);
    await expectNextAnswered();
  });

  it('mention reply in an English server: 503 on every retry → the notice is in English', async () => {
    const mark = logLines.length;
    standin.failNext({ ...MESSAGES, status: 503, times: 4 });
    const message = standin.sendMessage({
      content: 'Who is the CEO of Allganize?',
      author: 'asker',
      guild: 'English Guild',
      channel: 'lobby',
      mentionBot: true,
    });
    const body = (await standin.waitForReplyTo(message.id)).body as Sent;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(onlyEmbed(body).title).toBe('Something went wrong');
    expect(JSON.stringify(body)).not.toMatch(/Error|Service Unavailable|[가-힣]/);
    expect(logged('message.failed', mark)).toMatchObject([{ id: message.id, status: 503 }]);
    await expectNextAnswered();
  });

  it('mention reply: 500 on every retry of the answer and of the notice → both dropped, both logged', async () => {
    const mark = logLines.length;
    const requestMark = standin.requests.length;
    standin.failNext({ ...MESSAGES, status: 500, times: 8 });
    const message = mention();
    await waitForLog('message.error_reply_failed', { id: message.id }, mark);
    expect(attemptsFor(message.id, requestMark).map((r) => r.status)).toEqual(Array(8).fill(500));
    expect(logged('message.failed', mark)).toMatchObject([{ id: message.id, status: 500 }]);
    expect(logged('message.error_reply_failed', mark)).toMatchObject([
      { level: 'warn', id: message.id, status: 500, error: { name: 'HTTPError' } },
    ]);
    const next = mention();
    expectLeaderReply(await standin.waitForReplyTo(next.id), next.id);
    await expectNextAnswered();
  });
});

// ------------------------------------------------------------------ 10062 / 40060

describe('interaction callback errors', () => {
  /** The interaction's one callback failed with `code`; it is logged and not answered again. */
  async function expectUnansweredAndLogged(
    ix: InteractionHandle,
    code: number,
    status: number,
    mark: number,
  ) {
    const record = await waitForLog('interaction.failed', { id: ix.id }, mark);
    expect(record).toMatchObject({
      level: 'error',
      code,
      status,
      error: { name: `DiscordAPIError[${code}]` },
    });
    await barrier();
    // No second reply: it could only fail the same way (or contradict the answer already given).
    expect(ix.requests.filter((r) => r.route === ROUTES.interactionCallback)).toHaveLength(
      ix.callback ? 2 : 1,
    );
    expect(ix.requests.filter((r) => r.route !== ROUTES.interactionCallback)).toEqual([]);
    expect(logged('interaction.error_reply_failed', mark)).toEqual([]);
  }

  it('10062 Unknown interaction (HTTP 404) on the callback → logged, no second attempt', async () => {
    const mark = logLines.length;
    standin.failNext({ ...CALLBACK, code: 10062 });
    const ix = await standin.chatInput(companyInput(), { until: (h) => h.requests.length === 1 });
    expect(ix.requests.map((r) => [r.status, (r.response as Json).code])).toEqual([[404, 10062]]);
    await expectUnansweredAndLogged(ix, 10062, 404, mark);
    expect(ix.acknowledged).toBe(false);
    await expectNextAnswered();
  });

  it("10062 when Discord's 3 s window closes while the callback is in flight → logged, no second attempt", async () => {
    const mark = logLines.length;
    const held = standin.holdNext(CALLBACK);
    const pending = standin.chatInput(companyInput(), { until: (h) => h.requests.length === 1 });
    const { path: heldPath } = await held.arrived;
    standin.expireInteraction(interactionIdOf(heldPath));
    held.release();
    const ix = await pending;
    expect(ix.expired).toBe(true);
    expect(ix.requests.map((r) => [r.status, (r.response as Json).code, r.fault])).toEqual([
      [404, 10062, undefined],
    ]);
    await expectUnansweredAndLogged(ix, 10062, 404, mark);
    await expectNextAnswered();
  });

  it('40060 already acknowledged (HTTP 400) on the callback → logged, no second attempt', async () => {
    const mark = logLines.length;
    standin.failNext({ ...CALLBACK, code: 40060 });
    const ix = await standin.chatInput(companyInput(), { until: (h) => h.requests.length === 1 });
    expect(ix.requests.map((r) => [r.status, (r.response as Json).code])).toEqual([[400, 40060]]);
    await expectUnansweredAndLogged(ix, 40060, 400, mark);
    await expectNextAnswered();
  });

  it('a duplicate delivery of an answered interaction → ignored before any request (debug log); the first answer stands', async () => {
    const ix = await standin.chatInput(companyInput());
    expectCompanyCard(ix);
    const answer = ix.callback;
    const mark = logLines.length;
    // The same INTERACTION_CREATE again (as a replay would bring it). Without the bot's memory of
    // handled ids, only Discord's 40060 would stop a second answer.
    expect(standin.dispatch('INTERACTION_CREATE', ix.payload)).toBe(1);
    await waitForLog('interaction.duplicate', { id: ix.id }, mark);
    await barrier();
    expect(ix.requests.map((r) => r.status)).toEqual([204]);
    expect(logged('interaction.duplicate', mark)).toMatchObject([{ level: 'debug', id: ix.id }]);
    expect(logged('interaction.failed', mark)).toEqual([]);
    expect(ix.callback).toBe(answer);
    await expectNextAnswered();
  });
});

// ------------------------------------------------------------------ gateway closes

describe('gateway closes mid-session', () => {
  it.each([1006, 4000])(
    '%i → resume; an interaction sent meanwhile is replayed and answered',
    async (code) => {
      const mark = logLines.length;
      const gatewayMark = standin.gateway.received.length;
      const sessions = standin.gateway.activeSessionIds;
      const resumed = once(bot.client, Events.ShardResume);
      standin.dropConnection(code);
      expect(standin.gateway.connected).toBe(false);
      // Dispatched while the bot is away: buffered by the stand-in, replayed on RESUME.
      const pending = standin.chatInput(companyInput());
      await resumed;
      const resume = await standin.waitForGateway((p) => p.op === GatewayOp.Resume, 5000, gatewayMark);
      expect(resume.d).toMatchObject({ session_id: sessions.at(-1) });
      expect(standin.gateway.received.slice(gatewayMark).filter((p) => p.op === GatewayOp.Identify)).toEqual(
        [],
      );
      expectCompanyCard(await pending);

      expect(logged('gateway.reconnecting', mark)).toMatchObject([{ level: 'info', shard: 0, code }]);
      const [resumedLog] = logged('gateway.resumed', mark);
      expect(resumedLog).toMatchObject({ level: 'info', shard: 0 });
      expect(resumedLog?.replayed).toBeGreaterThanOrEqual(1);
      // discord.js recovers from these on its own: not a disconnect for good.
      expect(logged('gateway.disconnect', mark)).toEqual([]);
      expect(standin.gateway.activeSessionIds).toEqual(sessions);
      await expectNextAnswered();
    },
  );

  it('4009 session timed out → resume refused (invalid session) → identify again; answered', async () => {
    const mark = logLines.length;
    const gatewayMark = standin.gateway.received.length;
    const [oldSession] = standin.gateway.activeSessionIds.slice(-1);
    const ready = once(bot.client, Events.ShardReady);
    standin.dropConnection(4009);
    await ready;
    await standin.waitForGateway((p) => p.op === GatewayOp.Identify, 5000, gatewayMark);
    expect(
      standin.gateway.received
        .slice(gatewayMark)
        .filter((p) => p.op === GatewayOp.Resume || p.op === GatewayOp.Identify)
        .map((p) => p.op),
    ).toEqual([GatewayOp.Resume, GatewayOp.Identify]);
    expect(standin.gateway.activeSessionIds).not.toContain(oldSession);
    expect(standin.gateway.connected).toBe(true);

    const reconnecting = logged('gateway.reconnecting', mark);
    expect(reconnecting[0]).toMatchObject({ level: 'info', shard: 0, code: 4009 });
    expect(logged('gateway.ready', mark)).toMatchObject([{ level: 'info', shard: 0 }]);
    expect(logged('gateway.resumed', mark)).toEqual([]);
    expect(logged('gateway.disconnect', mark)).toEqual([]);

    await expectNextAnswered();
    const next = mention();
    expectLeaderReply(await standin.waitForReplyTo(next.id), next.id);
  });
});
