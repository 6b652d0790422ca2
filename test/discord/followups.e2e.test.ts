/**
 * Follow-up questions end to end, through the stand-in (every body validated against
 * `discord-api-spec`, every message the bot reads back checked against the spec's message): a reply to
 * one of the bot's answers is asked with the question in that answer's footer, whether Discord sends
 * the answer along with the reply or the bot has to fetch it; chains of replies; a reply to someone
 * else's message or to a deleted answer asked on its own; a follow-up the article cannot answer; the
 * message menu answering exactly its message; "which one do you mean?" and its buttons; a restart
 * between two turns; two shards.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIEmbed, APIMessage } from 'discord.js';
import { Events } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../src/config.ts';
import { type Bot, createBot } from '../../src/discord/bot.ts';
import { type AnyCommand, loadCommands } from '../../src/discord/command.ts';
import { FeedbackLog } from '../../src/feedback/log.ts';
import { MissLog } from '../../src/misses.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/service.ts';
import { collectingLogger, standinClientOptions, standinConfig, startBotOnStandin } from './client.ts';
import { EPHEMERAL, type Json, reply, type Sent, text } from './sent.ts';
import { DiscordStandin, type RecordedRequest, ROUTES, snowflakeOnShard } from './standin.ts';

const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
const WHERE = '리벨리온 일본 어디에 법인 세웠어?';
const CLARIFY_TITLE = '어느 회사를 말씀하시는 거예요?';

let standin: DiscordStandin;
let bot: Bot;
let service: KnowledgeService;
let commands: Map<string, AnyCommand>;
let tempDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'bot-followups-'));
  standin = await new DiscordStandin({
    token: TOKEN,
    heartbeatIntervalMs: 2000,
    users: [{ username: 'owner' }, { username: 'asker' }, { username: 'other' }, { username: 'barrier' }],
    guilds: [
      {
        name: 'Follow-up Guild',
        preferredLocale: 'ko',
        owner: 'owner',
        channels: [{ name: 'general' }, { name: 'ask' }],
        members: ['owner', 'asker', 'other', 'barrier'],
      },
    ],
    defaultUser: 'asker',
  }).start();
  service = await createKnowledgeService({ dir: 'knowledge' });
  commands = await loadCommands();
  // No auto-answer: the bot has no Message Content intent, as most servers run it.
  bot = await startBot(followUpConfig({}));
});

function followUpConfig(env: Record<string, string>): Config {
  return standinConfig(standin, {
    KNOWLEDGE_DIR: 'knowledge',
    MISS_LOG: path.join(tempDir, 'misses.jsonl'),
    FEEDBACK_LOG: path.join(tempDir, 'feedback.jsonl'),
    RATE_LIMIT_COUNT: '1000',
    ...env,
  });
}

function startBot(config: Config): Promise<Bot> {
  return startBotOnStandin(standin, {
    config,
    service,
    logger: collectingLogger(logLines, TOKEN),
    commands,
    misses: new MissLog(config.MISS_LOG),
    feedback: new FeedbackLog(config.FEEDBACK_LOG),
  });
}

afterAll(async () => {
  await bot?.stop({ timeoutMs: 2000 });
  await standin?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

afterEach(() => {
  try {
    standin.assertNoViolations();
  } finally {
    standin.takeViolations();
  }
});

// ------------------------------------------------------------------ helpers

/** The bot's answer to a message: the request that posted it, and the message as stored. */
async function answerTo(message: APIMessage): Promise<{ request: RecordedRequest; answer: APIMessage }> {
  const request = await standin.waitForReplyTo(message.id);
  expect(request).toMatchObject({ status: 200, valid: true, schema: 'MessageCreateRequest' });
  const body = request.body as Sent;
  // A reply to the user's message pings nobody, the user included.
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  return { request, answer: request.response as APIMessage };
}

/** A message as sent or as stored: what is read of it here. */
interface Shown {
  readonly embeds?: readonly APIEmbed[] | undefined;
}

/** The one embed of a message (fails the test when there is not exactly one). */
function onlyEmbed(message: Shown): APIEmbed {
  expect(message.embeds).toHaveLength(1);
  const [embed] = message.embeds ?? [];
  if (!embed) throw new Error('no embed');
  return embed;
}

/** The first line of the last embed's footer: the question the answer answered, as asked. */
function askedLine(message: Shown): string | undefined {
  return message.embeds?.at(-1)?.footer?.text.split('\n')[0];
}

function allText(message: Shown): string {
  return (message.embeds ?? []).map(text).join('\n');
}

/** The `custom_id` of every button of a message. */
function buttonIds(message: { readonly components?: readonly unknown[] | undefined }): string[] {
  return ((message.components ?? []) as Array<{ components?: Json[] }>).flatMap((row) =>
    (row.components ?? []).map((c) => String(c.custom_id ?? '')),
  );
}

/** The bot fetched a message (`GET /channels/{id}/messages/{id}`) since `mark`, with this status. */
function fetched(messageId: string, mark: number): RecordedRequest[] {
  return standin.requests
    .slice(mark)
    .filter(
      (r) => r.method === 'GET' && r.route === ROUTES.channelMessage && r.params.message_id === messageId,
    );
}

function logged(event: string): Json[] {
  return logLines.map((line) => JSON.parse(line) as Json).filter((r) => r.event === event);
}

/** A question asked of the bot by mention, and its answer. */
async function ask(content: string, options: { dm?: boolean; author?: string } = {}) {
  const question = standin.sendMessage({ content, mentionBot: !options.dm, ...options });
  return { question, ...(await answerTo(question)) };
}

/** Everything before this has been handled: the bot answers messages in order of arrival. */
async function barrier(): Promise<void> {
  const { answer } = await ask('리벨리온 대표 누구야?', { author: 'barrier' });
  expect(allText(answer)).toContain('박성현');
}

// ------------------------------------------------------------------ tests

describe('a reply to an answer is asked with the answer’s question', () => {
  it('a chain of three in a channel: where (도쿄), its CEO (박성현), why Japan (the data center market)', async () => {
    const first = await ask(WHERE);
    expect(onlyEmbed(first.answer).title).toBe('도쿄');
    expect(askedLine(first.answer)).toBe(`↪ ${WHERE}`);

    // A reply pings its author by default: Discord sends the bot's answer along with it.
    const second = standin.sendMessage({ content: '거기 대표는?', replyTo: first.answer.id });
    expect(second.mentions.map((u) => u.id)).toEqual([standin.botUser.id]);
    const { answer: ceo } = await answerTo(second);
    expect(allText(ceo)).toContain('박성현');
    expect(askedLine(ceo)).toBe('↪ 리벨리온 대표는? → 박성현');
    // A 👎 on it would record the question made whole.
    expect(buttonIds(ceo).find((id) => id.startsWith('fb:d:'))).toMatch(/:리벨리온 대표는\?$/);

    // Without the answer in the event, the bot reads it (here from its cache; after a restart from
    // Discord, below), and the chain goes on from it.
    const third = standin.sendMessage({
      content: '왜 일본 갔대?',
      replyTo: ceo.id,
      includeReferenced: false,
    });
    const { answer: why } = await answerTo(third);
    expect(askedLine(why)).toBe('↪ 리벨리온 왜 일본 갔대? → 박성현');
    expect(allText(why)).toContain('일본 AI 데이터센터 시장이 한국보다 성장 속도가 빠르다');
  });

  it('in a DM: a reply to an answer continues it (올거나이즈 → 이창수)', async () => {
    const first = await ask('올거나이즈 본사 어디로 옮겼어?', { dm: true });
    expect(onlyEmbed(first.answer).title).toBe('일본');
    const followUp = standin.sendMessage({ content: '거기 대표는?', dm: true, replyTo: first.answer.id });
    const { answer } = await answerTo(followUp);
    expect(allText(answer)).toContain('이창수');
    expect(askedLine(answer)).toBe('↪ 올거나이즈 대표는? → 이창수');
  });

  it('a reply to an answer of two questions continues from the last one (its last embed’s ↪ line)', async () => {
    const { answer: both } = await ask('리벨리온 대표 누구고 올거나이즈 본사는 어디야?');
    expect(both.embeds).toHaveLength(2);
    // (the footer, what a reply leans on, is under the last part only)
    expect(both.embeds.map((e) => e.footer?.text.split('\n')[0])).toEqual([
      undefined,
      '↪ 올거나이즈 본사는 어디야?',
    ]);
    const followUp = standin.sendMessage({ content: '상장은?', replyTo: both.id });
    const { answer } = await answerTo(followUp);
    expect(askedLine(answer)).toBe('↪ 올거나이즈 상장은?');
    expect(allText(answer)).toContain('올거나이즈는 최근 일본 증시 상장을 준비 중이다.');
  });

  it('a follow-up the article cannot answer is refused, naming what was asked about what', async () => {
    const first = await ask(WHERE);
    const followUp = standin.sendMessage({ content: '매출은?', replyTo: first.answer.id });
    const { answer } = await answerTo(followUp);
    const embed = onlyEmbed(answer);
    expect(embed.title).toBe('기사에 없는 내용이에요');
    expect(embed.description).toBe('기사는 리벨리온에 대해 “매출”을 말하지 않아요.');
    expect(askedLine(answer)).toBe('↪ 리벨리온 매출은?');
    // The miss log has the question made whole, not `매출은?` alone (it is written in the background).
    await vi.waitFor(async () => {
      const misses = (await readFile(path.join(tempDir, 'misses.jsonl'), 'utf8')).trim().split('\n');
      expect(misses.map((line) => (JSON.parse(line) as Json).query)).toContain('리벨리온 매출은?');
    });
  });

  it('a reply to someone else’s message is asked on its own', async () => {
    // Someone says what the question leans on; the bot's context is only its own answers.
    const said = standin.sendMessage({ content: WHERE, author: 'other' });
    const mark = standin.requests.length;
    const followUp = standin.sendMessage({ content: '거기 대표는?', replyTo: said.id, mentionBot: true });
    const { answer } = await answerTo(followUp);
    expect(onlyEmbed(answer).title).toBe(CLARIFY_TITLE);
    expect(askedLine(answer)).toBe('↪ 거기 대표는?');
    // Discord said whose message it replies to: nothing to fetch.
    expect(fetched(said.id, mark)).toEqual([]);

    // Without the replied-to message in the event, the bot reads it, and it is not the bot's.
    const again = standin.sendMessage({
      content: '거기 대표는?',
      replyTo: said.id,
      mentionBot: true,
      includeReferenced: false,
    });
    const { answer: alone } = await answerTo(again);
    expect(onlyEmbed(alone).title).toBe(CLARIFY_TITLE);
  });

  it('a reply to a deleted answer is asked on its own, whether Discord says it was deleted or not', async () => {
    const first = await ask(WHERE);
    standin.deleteMessage(first.answer.id);
    // In a channel: Discord sends `referenced_message: null`, and nobody to ping, so it mentions the bot.
    const inChannel = standin.sendMessage({
      content: '거기 대표는?',
      replyTo: first.answer.id,
      mentionBot: true,
    });
    const { answer } = await answerTo(inChannel);
    expect(onlyEmbed(answer).title).toBe(CLARIFY_TITLE);

    // In a DM, without the replied-to message: the fetch finds nothing (404), and the reply stands alone.
    const dm = await ask(WHERE, { dm: true });
    standin.deleteMessage(dm.answer.id);
    const mark = standin.requests.length;
    const inDm = standin.sendMessage({
      content: '거기 대표는?',
      dm: true,
      replyTo: dm.answer.id,
      includeReferenced: false,
    });
    const { answer: alone } = await answerTo(inDm);
    expect(fetched(dm.answer.id, mark).map((r) => r.status)).toEqual([404]);
    expect(onlyEmbed(alone).title).toBe(CLARIFY_TITLE);
    expect(logged('message.failed')).toEqual([]);
    expect(logged('message.reference_unavailable')).toContainEqual(
      expect.objectContaining({ id: inDm.id, code: 10008, status: 404 }),
    );
  });

  it('a reply to the bot with its ping off: without Message Content Discord sends no text, so no answer', async () => {
    const first = await ask(WHERE);
    const quiet = standin.sendMessage({
      content: '거기 대표는?',
      replyTo: first.answer.id,
      replyPing: false,
    });
    expect(quiet.mentions).toEqual([]);
    await barrier();
    expect(standin.requests.some((r) => JSON.stringify(r.body ?? {}).includes(quiet.id))).toBe(false);
  });

  it('the message menu answers exactly the message it is used on, without its context', async () => {
    const first = await ask(WHERE);
    const followUp = standin.sendMessage({ content: '거기 대표는?', replyTo: first.answer.id });
    const { answer } = await answerTo(followUp);
    expect(allText(answer)).toContain('박성현');
    const ix = await standin.messageCommand({ name: 'Ask the article', message: followUp.id, locale: 'ko' });
    const body = reply(ix);
    expect(body.flags).toBe(EPHEMERAL);
    expect(onlyEmbed(body).title).toBe(CLARIFY_TITLE);
    expect(askedLine(body)).toBe('↪ 거기 대표는?');
  });
});

describe('a question that refers back with nothing to refer to: which one do you mean?', () => {
  it('the asker presses 리벨리온: the question is answered in its place (박성현), and a reply to that goes on', async () => {
    const { answer: question } = await ask('그럼 거기 대표는?');
    expect(question.flags ?? 0).toBe(0);
    expect(onlyEmbed(question).title).toBe(CLARIFY_TITLE);
    expect(askedLine(question)).toBe('↪ 그럼 거기 대표는?');
    expect(buttonIds(question)).toContain('clarify:rebellions');

    const press = await standin.button({
      customId: 'clarify:rebellions',
      message: question.id,
      user: 'asker',
      locale: 'ko',
    });
    const update = reply(press, 7);
    expect(update.allowed_mentions).toEqual({ parse: [] });
    expect(allText(update)).toContain('박성현');
    expect(askedLine(update)).toBe('↪ 그럼 리벨리온 대표는?');
    // The answer's own buttons (👍/👎, for a mention), not the choices any more.
    expect(buttonIds(update).map((id) => id.slice(0, 7))).toEqual(['fb:u:m:', 'fb:d:m:']);

    const followUp = standin.sendMessage({ content: '왜 일본 갔대?', replyTo: question.id });
    const { answer: why } = await answerTo(followUp);
    expect(askedLine(why)).toBe('↪ 리벨리온 왜 일본 갔대? → 박성현');
    expect(allText(why)).toContain('데이터센터 시장');
  });

  it('someone else pressing gets the answer privately; the question stays for its asker', async () => {
    const { answer: question } = await ask('그럼 거기 대표는?');
    const press = await standin.button({
      customId: 'clarify:allganize',
      message: question.id,
      user: 'other',
      locale: 'ko',
    });
    const answer = reply(press);
    expect(answer.flags).toBe(EPHEMERAL);
    expect(allText(answer)).toContain('이창수');
    expect(askedLine(answer)).toBe('↪ 그럼 올거나이즈 대표는?');
    expect(onlyEmbed(standin.world.messages.get(question.id) ?? {}).title).toBe(CLARIFY_TITLE);
  });

  it('/ask: a private question gets its answer privately, in its place; in English for an English question', async () => {
    const ix = await standin.chatInput({
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'Who runs that company?' }],
      locale: 'en-US',
    });
    const question = reply(ix);
    expect(question.flags).toBe(EPHEMERAL);
    expect(onlyEmbed(question).title).toBe('Which company do you mean?');
    const original = ix.original;
    if (!original) throw new Error('no reply');
    const press = await standin.button({
      customId: 'clarify:rebellions',
      message: original.id,
      locale: 'en-US',
    });
    const answer = reply(press, 7);
    expect(allText(answer)).toContain('Park Sung-hyun');
    expect(askedLine(answer)).toBe('↪ Who runs Rebellions? → Park Sung-hyun');
    expect(buttonIds(answer).map((id) => id.slice(0, 7))).toEqual(['fb:u:a:', 'fb:d:a:']);
  });

  it('a button for an entry no longer known, or under a message without its question: a clear private notice', async () => {
    const { answer: question } = await ask('그럼 거기 대표는?');
    const gone = reply(
      await standin.button({ customId: 'clarify:no-such-company', message: question.id, locale: 'ko' }),
    );
    expect(gone.flags).toBe(EPHEMERAL);
    expect(onlyEmbed(gone).description).toBe('그 항목은 이제 지식 베이스에 없어요.');
    // A message of the bot's with the button but no `↪` line under it.
    const bare = reply(await standin.button({ customId: 'clarify:rebellions', locale: 'en-US' }));
    expect(bare.flags).toBe(EPHEMERAL);
    expect(onlyEmbed(bare).description).toBe(
      'The question behind this button is no longer there. Please ask it again.',
    );
    expect(logged('interaction.failed')).toEqual([]);
  });
});

describe('the answer carries its context: a restart between two turns', () => {
  it('a new bot continues an answer the old one gave; with Message Content, also a reply without a ping', async () => {
    const first = await ask(WHERE);
    const question = first.answer;
    await bot.stop({ timeoutMs: 2000 });
    // The new process, with auto-answer somewhere (so with the Message Content intent).
    bot = await startBot(followUpConfig({ AUTO_ANSWER_CHANNEL_IDS: standin.channelId('ask') }));

    // The new process has never seen the answer: without it in the event, it is read from Discord.
    const mark = standin.requests.length;
    const followUp = standin.sendMessage({
      content: '거기 대표는?',
      replyTo: question.id,
      includeReferenced: false,
    });
    const { answer } = await answerTo(followUp);
    expect(fetched(question.id, mark).map((r) => r.status)).toEqual([200]);
    expect(allText(answer)).toContain('박성현');
    expect(askedLine(answer)).toBe('↪ 리벨리온 대표는? → 박성현');

    // The ping turned off: Discord now sends the text, and a reply to the bot is a question to it.
    const quiet = standin.sendMessage({
      content: '왜 일본 갔대?',
      replyTo: answer.id,
      replyPing: false,
      includeReferenced: false,
    });
    const { answer: why } = await answerTo(quiet);
    expect(askedLine(why)).toBe('↪ 리벨리온 왜 일본 갔대? → 박성현');
    expect(allText(why)).toContain('데이터센터 시장');

    // A reply without a ping to someone else's message is not the bot's business.
    const chat = standin.sendMessage({
      content: '오 그렇구나',
      author: 'other',
      replyTo: quiet.id,
      replyPing: false,
    });
    await barrier();
    expect(standin.requests.some((r) => JSON.stringify(r.body ?? {}).includes(chat.id))).toBe(false);
  });
});

describe('two shards: the context is in the message, not in a process', () => {
  const SHARDS = 2;
  let sharded: DiscordStandin;
  const bots: Bot[] = [];

  beforeAll(async () => {
    sharded = await new DiscordStandin({
      token: TOKEN,
      heartbeatIntervalMs: 2000,
      shards: SHARDS,
      users: [{ username: 'asker' }],
      guilds: [
        { id: snowflakeOnShard(0, SHARDS), name: 'Guild A', preferredLocale: 'ko', members: ['asker'] },
        { id: snowflakeOnShard(1, SHARDS), name: 'Guild B', preferredLocale: 'ko', members: ['asker'] },
      ],
      defaultUser: 'asker',
    }).start();
  });

  afterAll(async () => {
    for (const b of bots) await b.stop({ timeoutMs: 2000 });
    await sharded?.stop();
  });

  /** One shard of the bot (`shards: [id]` of `count`), in a process of its own making: its own snapshot. */
  async function startShard(id: number, count: number): Promise<Bot> {
    const config = standinConfig(sharded, { KNOWLEDGE_DIR: 'knowledge', MISS_LOG: 'off' });
    const shard = await createBot({
      config,
      service: await createKnowledgeService({ dir: 'knowledge' }),
      logger: collectingLogger(logLines, TOKEN),
      commands,
      clientOptions: {
        ...standinClientOptions(sharded),
        shards: [id],
        shardCount: count,
      },
    });
    const ready = once(shard.client, Events.ClientReady);
    await shard.start();
    await ready;
    bots.push(shard);
    return shard;
  }

  /** The shards that were given a message (by its id). */
  const shardsGiven = (id: string) =>
    sharded.gateway.dispatched
      .filter((d) => d.t === 'MESSAGE_CREATE' && d.d.id === id)
      .map((d) => d.shard[0]);

  async function answered(message: APIMessage): Promise<APIMessage> {
    const request = await sharded.waitForReplyTo(message.id);
    expect(request).toMatchObject({ status: 200, valid: true });
    return request.response as APIMessage;
  }

  it('answers given by one shard are continued by two, each in its own guild’s shard', async () => {
    // One shard serves both guilds; it answers in each.
    const single = await startShard(0, 1);
    const inA = sharded.sendMessage({ content: WHERE, guild: 'Guild A', mentionBot: true });
    const inB = sharded.sendMessage({
      content: '올거나이즈 본사 어디로 옮겼어?',
      guild: 'Guild B',
      mentionBot: true,
    });
    const [answerA, answerB] = [await answered(inA), await answered(inB)];
    expect(shardsGiven(inB.id)).toEqual([0]);
    await single.stop({ timeoutMs: 2000 });
    bots.splice(bots.indexOf(single), 1);

    // The bot grows to two shards, one process each: Guild B now belongs to shard 1, which never saw
    // the answer it replies to.
    await startShard(0, SHARDS);
    await startShard(1, SHARDS);
    const replyB = sharded.sendMessage({ content: '거기 대표는?', guild: 'Guild B', replyTo: answerB.id });
    const replyA = sharded.sendMessage({
      content: '거기 대표는?',
      guild: 'Guild A',
      replyTo: answerA.id,
      includeReferenced: false,
    });
    const ceoB = await answered(replyB);
    const ceoA = await answered(replyA);
    expect(shardsGiven(replyB.id)).toEqual([1]);
    expect(shardsGiven(replyA.id)).toEqual([0]);
    expect(allText(ceoB)).toContain('이창수');
    expect(askedLine(ceoB)).toBe('↪ 올거나이즈 대표는? → 이창수');
    expect(allText(ceoA)).toContain('박성현');
    expect(askedLine(ceoA)).toBe('↪ 리벨리온 대표는? → 박성현');
    sharded.assertNoViolations();
  });
});
