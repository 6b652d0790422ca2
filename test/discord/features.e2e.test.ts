/**
 * End-to-end, through the stand-in (every body validated against `discord-api-spec`): charts as
 * multipart uploads, `/chart`, the message command "Ask the article", the answer buttons (vote,
 * double vote, post to channel, a vote after a restart, a deleted answer), and auto-answer in a
 * forum and a text channel.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type APIMessage, ChannelType, GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { type Bot, botIntents } from '../../src/discord/bot.ts';
import { type AnyCommand, loadCommands } from '../../src/discord/command.ts';
import { FeedbackLog } from '../../src/feedback/log.ts';
import { MissLog } from '../../src/misses.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/service.ts';
import { collectingLogger, standinConfig, startBotOnStandin } from './client.ts';
import { EPHEMERAL, type Json, onlyEmbed, reply, type Sent } from './sent.ts';
import { DiscordStandin, type RecordedRequest, ROUTES } from './standin.ts';

const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
const VC_QUESTION = '2022년 해외 VC 국내 투자 규모';
const TAX_QUESTION = '일본 법인세 감면은 언제까지야?';
const CHART_FILE = 'chart-global-vc-korea-investment-decline.png';
const MAX_PNG_BYTES = 200 * 1024;

let standin: DiscordStandin;
let bot: Bot;
let service: KnowledgeService;
let config: Config;
let commands: Map<string, AnyCommand>;
let tempDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'bot-features-'));
  standin = await new DiscordStandin({
    token: TOKEN,
    heartbeatIntervalMs: 2000,
    users: [
      { username: 'owner' },
      { username: 'tester', globalName: 'Tester' },
      { username: 'author', globalName: 'Author' },
      { username: 'voter' },
      { username: 'poster' },
      { username: 'flooder' },
      { username: 'barrier' },
      { username: 'helper-bot', bot: true },
    ],
    guilds: [
      {
        name: 'Feature Guild',
        preferredLocale: 'ko',
        owner: 'owner',
        channels: [
          { name: 'general' },
          { name: 'ask' },
          { name: 'questions', type: ChannelType.GuildForum },
          { name: 'quiet-forum', type: ChannelType.GuildForum },
        ],
        members: ['owner', 'tester', 'author', 'voter', 'poster', 'flooder', 'barrier', 'helper-bot'],
      },
      {
        // Invited before charts: the bot may not attach files here.
        name: 'No Files Guild',
        preferredLocale: 'ko',
        channels: [{ name: 'lobby' }],
        everyonePermissions:
          PermissionFlagsBits.ViewChannel |
          PermissionFlagsBits.SendMessages |
          PermissionFlagsBits.ReadMessageHistory,
        botPermissions:
          PermissionFlagsBits.ViewChannel |
          PermissionFlagsBits.SendMessages |
          PermissionFlagsBits.EmbedLinks |
          PermissionFlagsBits.ReadMessageHistory,
        members: ['tester'],
      },
    ],
    defaultUser: 'tester',
  }).start();
  config = standinConfig(standin, {
    KNOWLEDGE_DIR: 'knowledge',
    RATE_LIMIT_COUNT: '3',
    RATE_LIMIT_WINDOW_SECONDS: '3600',
    MISS_LOG: path.join(tempDir, 'misses.jsonl'),
    FEEDBACK_LOG: path.join(tempDir, 'feedback.jsonl'),
    AUTO_ANSWER_CHANNEL_IDS: `${standin.channelId('ask')},${standin.channelId('questions')}`,
  });
  service = await createKnowledgeService({ dir: config.KNOWLEDGE_DIR });
  commands = await loadCommands();
  bot = await startBot();
});

function startBot(): Promise<Bot> {
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

const str = (name: string, value: string) => ({ name, type: 3, value });

function buttons(body: Sent | APIMessage): Json[] {
  return ((body.components ?? []) as Array<{ components: Json[] }>).flatMap((row) => row.components);
}

function customId(body: Sent | APIMessage, prefix: string): string {
  const id = buttons(body)
    .map((b) => String(b.custom_id ?? ''))
    .find((c) => c.startsWith(prefix));
  if (!id) throw new Error(`no ${prefix} button in ${JSON.stringify(body.components)}`);
  return id;
}

/** The chart as uploaded: one multipart file, and the body naming it as an attachment with alt text. */
function expectChartUpload(request: RecordedRequest | undefined, body: Sent & { attachments?: Json[] }) {
  expect(request?.files).toEqual([
    { field: 'files[0]', name: CHART_FILE, contentType: 'image/png', size: expect.any(Number) },
  ]);
  const size = request?.files[0]?.size ?? 0;
  expect(size).toBeGreaterThan(1000);
  expect(size).toBeLessThanOrEqual(MAX_PNG_BYTES);
  expect(request?.headers['content-type']).toMatch(/^multipart\/form-data/);
  // discord.js numbers new uploads `0` (interactions) or `"0"` (channel messages): both mean files[0].
  expect(body.attachments).toEqual([
    expect.objectContaining({ id: expect.anything(), description: expect.stringContaining('2021') }),
  ]);
  expect(String(body.attachments?.[0]?.id)).toBe('0');
  // (on the answer's first embed: a post with a title and a text may ask two things)
  expect(body.embeds?.[0]?.image).toEqual({ url: `attachment://${CHART_FILE}` });
}

async function barrier(): Promise<void> {
  const ix = await standin.chatInput({ name: 'about', locale: 'ko', user: 'barrier' });
  expect(ix.callback?.type).toBe(4);
}

function repliesTo(messageId: string, mark = 0): RecordedRequest[] {
  return standin.requests
    .slice(mark)
    .filter(
      (r) =>
        r.method === 'POST' &&
        r.route === ROUTES.channelMessages &&
        JSON.stringify((r.body as Sent | undefined)?.message_reference ?? {}).includes(messageId),
    );
}

function logged(event: string): Json[] {
  return logLines.map((line) => JSON.parse(line) as Json).filter((r) => r.event === event);
}

// ------------------------------------------------------------------ tests

describe('charts as PNG attachments', () => {
  it('/ask about the VC figures: the answer uploads the chart (multipart) and shows it in the embed', async () => {
    const ix = await standin.chatInput({
      name: 'ask',
      options: [str('question', VC_QUESTION)],
      locale: 'ko',
    });
    const body = reply(ix) as Sent & { attachments?: Json[] };
    expectChartUpload(ix.callback?.request, body);
    expect(ix.original?.attachments).toEqual([
      expect.objectContaining({ filename: CHART_FILE, content_type: 'image/png' }),
    ]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('a mention gets the chart too (POST /channels/{id}/messages, multipart)', async () => {
    const message = standin.sendMessage({ content: VC_QUESTION, author: 'tester', mentionBot: true });
    const request = await standin.waitForReplyTo(message.id);
    expect(request).toMatchObject({ status: 200, valid: true, schema: 'MessageCreateRequest' });
    expectChartUpload(request, request.body as Sent & { attachments?: Json[] });
  });

  it('where the bot may not attach files, a mention gets the answer without its picture', async () => {
    const message = standin.sendMessage({
      content: VC_QUESTION,
      author: 'tester',
      guild: 'No Files Guild',
      channel: 'lobby',
      mentionBot: true,
    });
    const request = await standin.waitForReplyTo(message.id);
    expect(request).toMatchObject({ status: 200, valid: true, files: [] });
    const embed = onlyEmbed(request.body as Sent);
    expect(embed.image).toBeUndefined();
    expect(embed.description).toContain('9895억 원');
  });

  it('/chart autocompletes over the series; with no value it lists them; with one, it draws it', async () => {
    for (const typed of ['', 'vc', '투자액']) {
      const ac = await standin.autocomplete({
        name: 'chart',
        options: [{ ...str('series', typed), focused: true }],
        locale: 'ko',
      });
      expect(ac.callback?.request.valid).toBe(true);
      expect(ac.choices).toEqual([
        {
          name: '글로벌 VC의 국내 벤처 투자액 — 한국 (2021–2023)',
          value: 'global-vc-korea-investment-decline',
        },
      ]);
    }
    const list = onlyEmbed(reply(await standin.chatInput({ name: 'chart', locale: 'en-US' })));
    expect(list.title).toBe('Figures you can see as a chart');
    expect(list.description).toContain('Global VC investment in Korean ventures — South Korea (2021–2023)');

    const ix = await standin.chatInput({
      name: 'chart',
      options: [str('series', 'global-vc-korea-investment-decline')],
      locale: 'en-US',
    });
    const body = reply(ix) as Sent & { attachments?: Json[] };
    expectChartUpload(ix.callback?.request, body);
    expect(onlyEmbed(body).description).toContain('KRW 989.5 billion');
  });
});

describe('the message command "Ask the article"', () => {
  it('answers the message privately, with 👍 👎 and a button to post it', async () => {
    const question = standin.sendMessage({ content: VC_QUESTION, author: 'author', channel: 'general' });
    const ix = await standin.messageCommand({ name: 'Ask the article', message: question.id, locale: 'ko' });
    const body = reply(ix) as Sent & { attachments?: Json[] };
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expectChartUpload(ix.callback?.request, body);
    expect(buttons(body).map((b) => b.label)).toEqual(['도움이 됐어요', '아니에요', '채널에 올리기']);
    expect(customId(body, 'fb:d:')).toMatch(
      /^fb:d:c:f[0-9a-z]{8}(,f[0-9a-z]{8})*:2022년 해외 VC 국내 투자 규모$/,
    );
    expect(customId(body, 'post:')).toBe(`post:ko:${standin.userId('author')}`);
  });

  it('"post to channel": the private copy loses the button; the answer is posted aimed at the author', async () => {
    const question = standin.sendMessage({ content: VC_QUESTION, author: 'author', channel: 'general' });
    const ix = await standin.messageCommand({
      name: 'Ask the article',
      message: question.id,
      locale: 'ko',
      user: 'poster',
    });
    const privateCopy = ix.original;
    if (!privateCopy) throw new Error('no private answer');
    const press = await standin.button(
      { customId: customId(reply(ix), 'post:'), message: privateCopy.id, locale: 'ko', user: 'poster' },
      { until: (h) => h.followups.length === 1 },
    );
    const update = reply(press, 7);
    expect(buttons(update).map((b) => b.label)).toEqual(['도움이 됐어요', '아니에요']);
    const request = press.requests.find((r) => r.route === ROUTES.webhook);
    expect(request).toMatchObject({ valid: true, status: 200 });
    const post = request?.body as Sent & { attachments?: Json[] };
    const author = standin.userId('author');
    expect(post.flags ?? 0).toBe(0);
    expect(post.content).toBe(`<@${author}>`);
    expect(post.allowed_mentions).toEqual({ parse: [], users: [author] });
    expectChartUpload(request, post);
    expect(onlyEmbed(post).title).toBe(onlyEmbed(reply(ix)).title);
    expect(buttons(post).map((b) => b.custom_id)).toEqual(buttons(update).map((b) => b.custom_id));
    expect(press.followups[0]?.flags ?? 0).toBe(0);
  });

  it('works without the Message Content intent: the text comes in the interaction', async () => {
    // The bot has the intent here (auto-answer is on); the stand-in strips content from the gateway
    // without it, but the interaction's resolved message always carries it — so, to prove it, a
    // message whose gateway copy the bot never saw.
    const message = standin.world.buildMessage({
      channelId: standin.channelId('general'),
      author: standin.world.user('author'),
      content: TAX_QUESTION,
    });
    standin.world.storeMessage(message);
    const body = reply(
      await standin.messageCommand({ name: 'Ask the article', message: message.id, locale: 'ko' }),
    );
    expect(onlyEmbed(body).description).toContain('2032년까지 최대 30%의 법인세를 감면');
  });

  it('an empty or image-only message gets a clear private reply', async () => {
    const image = standin.world.buildMessage({
      channelId: standin.channelId('general'),
      author: standin.world.user('author'),
      content: '',
      attachments: [
        {
          id: '1',
          filename: 'photo.png',
          size: 10,
          url: 'https://cdn.discordapp.com/attachments/1/1/photo.png',
          proxy_url: 'https://media.discordapp.net/attachments/1/1/photo.png',
        },
      ],
    });
    standin.world.storeMessage(image);
    const mention = standin.world.buildMessage({
      channelId: standin.channelId('general'),
      author: standin.world.user('author'),
      content: `<@${standin.userId('tester')}>`,
    });
    standin.world.storeMessage(mention);
    for (const [message, locale, title] of [
      [image, 'ko', '물어볼 글이 없어요'],
      [mention, 'en-US', 'Nothing to ask'],
    ] as const) {
      const body = reply(
        await standin.messageCommand({ name: 'Ask the article', message: message.id, locale }),
      );
      expect(body.flags).toBe(EPHEMERAL);
      expect(onlyEmbed(body).title).toBe(title);
      expect(body.components).toEqual([]);
    }
  });

  it('a message the article does not cover: the private "not found", recorded as a miss', async () => {
    const message = standin.sendMessage({
      content: '비트코인 가격은 얼마야?',
      author: 'author',
      channel: 'general',
    });
    const body = reply(
      await standin.messageCommand({ name: 'Ask the article', message: message.id, locale: 'ko' }),
    );
    expect(body.flags).toBe(EPHEMERAL);
    expect(onlyEmbed(body).title).toBe('기사에서 찾지 못했어요');
    expect(buttons(body).some((b) => String(b.custom_id).startsWith('post:'))).toBe(false);
  });
});

describe('feedback buttons', () => {
  let answer: APIMessage;

  it('a public /ask answer carries 👍 / 👎; a vote is thanked privately', async () => {
    const ix = await standin.chatInput({
      name: 'ask',
      options: [str('question', TAX_QUESTION)],
      locale: 'ko',
    });
    const body = reply(ix);
    expect(body.flags ?? 0).toBe(0);
    if (!ix.original) throw new Error('no answer');
    answer = ix.original;
    const vote = await standin.button({
      customId: customId(body, 'fb:d:'),
      message: answer.id,
      user: 'voter',
      locale: 'ko',
    });
    const thanks = reply(vote);
    expect(thanks.flags).toBe(EPHEMERAL);
    expect(thanks.allowed_mentions).toEqual({ parse: [] });
    expect(thanks.content).toContain('기록해 두었어요');
  });

  it('one vote per person per answer: a second press (either button) is refused kindly; others vote', async () => {
    for (const prefix of ['fb:d:', 'fb:u:']) {
      const again = reply(
        await standin.button({
          customId: customId(answer, prefix),
          message: answer.id,
          user: 'voter',
          locale: 'ko',
        }),
      );
      expect(again).toMatchObject({ flags: EPHEMERAL, content: '이 답에는 이미 의견을 남기셨어요.' });
    }
    const other = reply(
      await standin.button({
        customId: customId(answer, 'fb:u:'),
        message: answer.id,
        user: 'tester',
        locale: 'en-US',
      }),
    );
    expect(other.content).toBe('Thanks! Glad it helped.');
  });

  it('mention replies carry them too, and a vote on a deleted answer still answers; nothing breaks', async () => {
    const message = standin.sendMessage({ content: TAX_QUESTION, author: 'author', mentionBot: true });
    const request = await standin.waitForReplyTo(message.id);
    const sent = request.response as APIMessage;
    expect(customId(sent, 'fb:d:')).toMatch(/^fb:d:m:/);
    standin.deleteMessage(sent.id);
    // A client that had the message open presses 👎 after it was deleted.
    const late = reply(
      await standin.button({ customId: customId(sent, 'fb:d:'), message: sent, user: 'voter', locale: 'ko' }),
    );
    expect(late.flags).toBe(EPHEMERAL);
    expect(logged('interaction.failed')).toEqual([]);
    await barrier();
  });

  it('/misses shows the 👎 apart from the misses, with the question and what was shown', async () => {
    const body = reply(
      await standin.chatInput({
        name: 'misses',
        locale: 'ko',
        user: 'owner',
        permissions: PermissionFlagsBits.ManageGuild,
      }),
    );
    expect(body.embeds?.map((e) => e.title)).toEqual(['기사에서 찾지 못한 질문', '도움이 안 됐다는 답 (👎)']);
    expect(body.embeds?.[0]?.description).toContain('비트코인 가격은 얼마야?');
    const notHelpful = body.embeds?.[1]?.description ?? '';
    expect(notHelpful).toContain(`1. ${TAX_QUESTION} — 2회 · 1명`);
    expect(notHelpful).toContain('`fact:japan-corporate-tax-cut`');
    expect(notHelpful).toMatch(/👍 1 · 👎 2 · 2명/);
  });

  it('a vote after a restart: the old answer’s buttons still work, and still count once', async () => {
    await bot.stop({ timeoutMs: 2000 });
    bot = await startBot();
    const again = reply(
      await standin.button({
        customId: customId(answer, 'fb:d:'),
        message: answer.id,
        user: 'voter',
        locale: 'ko',
      }),
    );
    expect(again.content).toBe('이 답에는 이미 의견을 남기셨어요.');
    const fresh = reply(
      await standin.button({
        customId: customId(answer, 'fb:d:'),
        message: answer.id,
        user: 'poster',
        locale: 'ko',
      }),
    );
    expect(fresh.content).toContain('기록해 두었어요');
  });
});

describe('auto-answer (AUTO_ANSWER_CHANNEL_IDS)', () => {
  it('asks for the Message Content intent only because auto-answer channels are set', () => {
    const identify = standin.gateway.received.filter((p) => p.op === 2).at(-1)?.d as { intents: number };
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
    expect(botIntents({ AUTO_ANSWER_CHANNEL_IDS: [] })).not.toContain(GatewayIntentBits.MessageContent);
  });

  it('a new forum post the article covers is answered in the post’s thread', async () => {
    const { thread, message } = standin.forumPost({
      forum: 'questions',
      author: 'author',
      title: 'VC 투자 얼마나 줄었어?',
      content: VC_QUESTION,
    });
    const request = await standin.waitForReplyTo(message.id);
    expect(request.path).toBe(`/channels/${String(thread.id)}/messages`);
    expect(request).toMatchObject({ status: 200, valid: true });
    const body = request.body as Sent & { attachments?: Json[] };
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectChartUpload(request, body);
    expect(customId(body, 'fb:d:')).toMatch(/^fb:d:t:/);
  });

  it('stays silent on a post the article does not cover, on replies in a post, and in unlisted forums', async () => {
    const mark = standin.requests.length;
    const uncovered = standin.forumPost({
      forum: 'questions',
      author: 'author',
      title: '점심 뭐 먹지?',
      content: '추천해 줘',
    });
    const unlisted = standin.forumPost({
      forum: 'quiet-forum',
      author: 'author',
      title: TAX_QUESTION,
      content: TAX_QUESTION,
    });
    const inThread = standin.sendMessage({
      content: TAX_QUESTION,
      author: 'author',
      channel: String(uncovered.thread.id),
    });
    await barrier();
    for (const id of [uncovered.message.id, unlisted.message.id, inThread.id])
      expect(repliesTo(id, mark)).toEqual([]);
  });

  it('a text channel: covered messages get a reply, others silence; never bots, never unlisted channels', async () => {
    const mark = standin.requests.length;
    const covered = standin.sendMessage({ content: TAX_QUESTION, author: 'author', channel: 'ask' });
    const body = (await standin.waitForReplyTo(covered.id)).body as Sent;
    expect(onlyEmbed(body).description).toContain('2032년까지');
    const chat = standin.sendMessage({ content: '다들 좋은 아침이에요', author: 'author', channel: 'ask' });
    const fromBot = standin.sendMessage({ content: TAX_QUESTION, author: 'helper-bot', channel: 'ask' });
    const unlisted = standin.sendMessage({ content: TAX_QUESTION, author: 'author', channel: 'general' });
    await barrier();
    for (const id of [chat.id, fromBot.id, unlisted.id]) expect(repliesTo(id, mark)).toEqual([]);
    // The bot's own replies in #ask are not answered either (they come back as MESSAGE_CREATE).
    expect(standin.requests.slice(mark).filter((r) => r.route === ROUTES.channelMessages)).toHaveLength(1);
  });

  it('is rate-limited like mentions (3 per window here), silently', async () => {
    const mark = standin.requests.length;
    const sent = [1, 2, 3, 4].map(() =>
      standin.sendMessage({ content: TAX_QUESTION, author: 'flooder', channel: 'ask' }),
    );
    for (const message of sent.slice(0, 3)) await standin.waitForReplyTo(message.id);
    await barrier();
    expect(repliesTo(sent[3]?.id ?? '', mark)).toEqual([]);
  });
});

describe('secrets', () => {
  it('the token is in no log line and no recorded request', () => {
    for (const line of logLines) expect(line).not.toContain(TOKEN);
    for (const request of standin.requests) expect(JSON.stringify(request)).not.toContain(TOKEN);
  });
});
