/**
 * End-to-end: the REAL bot (`createBot`, the real commands in `commands/`, the real knowledge base)
 * logged into the local Discord stand-in. Every REST body the bot sends is validated against
 * Discord's OpenAPI schemas by the stand-in; the tests assert the payloads themselves.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type APIEmbed,
  Events,
  GatewayIntentBits,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import { type Command, loadCommands } from '../../src/discord/command.ts';
import { MissLog } from '../../src/misses.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/service.ts';
import { collectingLogger, standinConfig, startBotOnStandin } from './client.ts';
import { EPHEMERAL, type Json, onlyEmbed, reply, type Sent, text } from './sent.ts';
import { DiscordStandin, type InteractionHandle, type RecordedRequest, ROUTES } from './standin.ts';

const KNOWLEDGE_FILE = 'korean-ai-startups-japan.json';
const SOURCE_KNOWLEDGE = fileURLToPath(new URL('../../knowledge/', import.meta.url));
/** What the test-only failing command throws: must reach the log, never the user. */
const INTERNAL_ERROR = 'internal failure: cache shard 7 is gone (do not show users)';
const QUESTION = '일본 법인세 감면은 언제까지야?';

interface KnowledgeJson {
  article: { title: { ko: string; en: string }; date: string };
  passages: unknown[];
  entities: Array<{ id: string; type: string }>;
  facts: Array<Json & { id: string; source: string }>;
}

// A realistic-looking token (three dot-separated parts), unique per run.
const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

let standin: DiscordStandin;
let bot: Bot;
let service: KnowledgeService;
let tempDir: string;
let knowledgeDir: string;
let originalKnowledge: string;
let article: KnowledgeJson;
const logLines: string[] = [];

const failing: Command[] = [
  {
    data: new SlashCommandBuilder().setName('boom').setDescription('Test only: throws').toJSON(),
    async execute() {
      throw new Error(INTERNAL_ERROR);
    },
  },
  {
    data: new SlashCommandBuilder()
      .setName('boom-deferred')
      .setDescription('Test only: defers, throws')
      .toJSON(),
    async execute(interaction) {
      await interaction.deferReply({ flags: 'Ephemeral' });
      throw new Error(INTERNAL_ERROR);
    },
  },
  {
    data: new SlashCommandBuilder()
      .setName('boom-replied')
      .setDescription('Test only: replies, throws')
      .toJSON(),
    async execute(interaction) {
      await interaction.reply({ content: 'half an answer', allowedMentions: { parse: [] } });
      throw new Error(INTERNAL_ERROR);
    },
  },
];

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'bot-e2e-'));
  knowledgeDir = path.join(tempDir, 'knowledge');
  await cp(SOURCE_KNOWLEDGE, knowledgeDir, { recursive: true });
  originalKnowledge = await readFile(path.join(knowledgeDir, KNOWLEDGE_FILE), 'utf8');
  article = JSON.parse(originalKnowledge) as KnowledgeJson;

  standin = await new DiscordStandin({
    token: TOKEN,
    heartbeatIntervalMs: 2000,
    users: [
      { username: 'owner' },
      { username: 'tester', globalName: 'Tester' },
      { username: 'other-user', globalName: 'Other' },
      { username: 'asker' },
      { username: 'dm-user' },
      { username: 'everyone-user' },
      { username: 'miss-user' },
      { username: 'rate-user' },
      { username: 'barrier' },
      { username: 'listed-admin' },
      { username: 'keeper' },
      { username: 'helper-bot', bot: true },
      { username: 'visitor' },
    ],
    guilds: [
      {
        name: 'Test Guild',
        preferredLocale: 'ko',
        owner: 'owner',
        channels: [{ name: 'general' }, { name: 'random' }],
        roles: [
          { name: 'Moderator', permissions: PermissionFlagsBits.ManageMessages, mentionable: true },
          { name: 'Knowledge Keepers', mentionable: true },
        ],
        members: [
          'owner',
          'tester',
          { user: 'other-user', roles: ['Moderator'] },
          'asker',
          'everyone-user',
          'miss-user',
          'rate-user',
          'barrier',
          'listed-admin',
          { user: 'keeper', roles: ['Knowledge Keepers'] },
          'helper-bot',
        ],
      },
      // Discord's default: every server that is not a Community server says en-US.
      {
        name: 'Default Guild',
        preferredLocale: 'en-US',
        owner: 'owner',
        channels: [{ name: 'lobby' }],
        members: ['owner', 'visitor'],
      },
    ],
    defaultUser: 'tester',
  }).start();

  const config = standinConfig(standin, {
    KNOWLEDGE_DIR: knowledgeDir,
    ADMIN_USER_IDS: standin.userId('listed-admin'),
    ADMIN_ROLE_IDS: roleId('Knowledge Keepers'),
    RATE_LIMIT_COUNT: '2',
    RATE_LIMIT_WINDOW_SECONDS: '3600',
    MISS_LOG: path.join(tempDir, 'misses.jsonl'),
  });
  const logger = collectingLogger(logLines, TOKEN);
  service = await createKnowledgeService({ dir: config.KNOWLEDGE_DIR });
  const commands = await loadCommands();
  for (const command of failing) commands.set(command.data.name, command);
  bot = await startBotOnStandin(standin, {
    config,
    service,
    logger,
    commands,
    misses: new MissLog(config.MISS_LOG),
  });
});

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
    standin.clearFaults();
  }
});

// ------------------------------------------------------------------ helpers

function roleId(name: string): string {
  const role = standin.world.guild().roles.find((r) => r.name === name);
  if (!role) throw new Error(`no role ${name}`);
  return role.id;
}

const str = (name: string, value: string) => ({ name, type: 3, value });

function command(
  name: string,
  options: Json[] = [],
  extra: Partial<Parameters<DiscordStandin['chatInput']>[0]> = {},
) {
  return standin.chatInput({ name, options, locale: 'ko', ...extra });
}

/** Pings nobody: no @everyone/roles/users parsing, no explicit users. */
function expectNoPing(body: Sent) {
  expect(body.allowed_mentions).toEqual({ parse: [] });
  expect(body.content ?? '').not.toMatch(/<@|@everyone|@here/);
}

function isEphemeral(body: Sent): boolean {
  return ((body.flags ?? 0) & EPHEMERAL) !== 0;
}

function buttons(body: Sent): Json[] {
  return (body.components ?? []).flatMap((row) => row.components);
}

const counts = () =>
  `기사 1 · 항목 ${article.entities.length} · 사실 ${article.facts.length} · 문단 ${article.passages.length}`;

function mentionReply(request: RecordedRequest): Sent {
  expect(request).toMatchObject({ status: 200, valid: true, schema: 'MessageCreateRequest' });
  return request.body as Sent;
}

/** Requests (since `mark`) that mention a message id anywhere in their body. */
function requestsAbout(messageId: string, mark = 0): RecordedRequest[] {
  return standin.requests.slice(mark).filter((r) => JSON.stringify(r.body ?? null).includes(messageId));
}

/**
 * Waits until the bot has handled everything dispatched so far. Gateway events are handled in
 * arrival order and the bot decides to ignore a message synchronously, so once an interaction sent
 * after it is answered, an ignored message has been dropped for good. (An interaction, not a
 * mention, so the barrier is not subject to the rate limit.)
 */
async function barrier(): Promise<void> {
  const ix = await standin.chatInput({ name: 'about', locale: 'ko', user: 'barrier' });
  expect(ix.callback?.type).toBe(4);
}

/**
 * A user's first DM to the bot. Discord's MESSAGE_CREATE carries `channel_type` (a documented extra
 * field, `GatewayMessageEventExtraFields.channel_type` in discord-api-types); discord.js needs it to
 * build the partial DM channel it has never seen. `standin.sendMessage` does not send it yet, so
 * a first DM is dispatched here as Discord sends it.
 */
function logged(event: string): Json[] {
  return logLines.map((line) => JSON.parse(line) as Json).filter((record) => record.event === event);
}

// ------------------------------------------------------------------ tests

describe('answer commands, with the article in the payload', () => {
  it('/company 리벨리온: the company card with its CEO and Tokyo', async () => {
    const body = reply(await command('company', [str('name', '리벨리온')]));
    expect(body.content).toBeUndefined();
    expect(isEphemeral(body)).toBe(false);
    expect(body.components).toEqual([]);
    expectNoPing(body);
    const embed = onlyEmbed(body);
    expect(embed.title).toBe('리벨리온 (Rebellions)');
    expect(embed.description).toContain('AI 반도체');
    const people = embed.fields?.find((f) => f.name === '인물');
    expect(people).toMatchObject({ inline: true });
    expect(people?.value).toContain('박성현');
    const japan = embed.fields?.find((f) => f.name === '일본 진출');
    expect(japan?.value).toContain('도쿄에 첫 해외법인');
    expect(embed.footer?.text).toContain('2025-04-04');
  });

  it('/company name: rebellions (the romanised name)', async () => {
    const embed = onlyEmbed(reply(await command('company', [str('name', 'rebellions')])));
    expect(embed.title).toBe('리벨리온 (Rebellions)');
    expect(text(embed)).toContain('박성현');
  });

  it('/policy country: japan: the 30% tax cut until 2032 and the 450억 엔 subsidy', async () => {
    const body = reply(await command('policy', [str('country', 'japan')]));
    expectNoPing(body);
    expect(isEphemeral(body)).toBe(false);
    const embed = onlyEmbed(body);
    expect(embed.title).toBe('일본 (Japan) — AI 정책');
    const policy = embed.fields?.find((f) => f.name === '정책')?.value ?? '';
    expect(policy).toContain('2032년까지 최대 30%의 법인세를 감면');
    expect(policy).toContain('최대 450억 엔');
  });

  it('/compare: the four rows of the article table, Korea and Japan as inline columns', async () => {
    const body = reply(await command('compare'));
    expectNoPing(body);
    const embed = onlyEmbed(body);
    expect(embed.title).toBe('한국과 일본의 AI 정책 비교');
    const fields = embed.fields ?? [];
    expect(fields).toHaveLength(12);
    expect(fields.every((f) => f.inline === true)).toBe(true);
    expect(fields.slice(0, 3).map((f) => f.name)).toEqual(['구분', '한국', '일본']);
    const rows = [0, 1, 2, 3].map((r) => fields.slice(r * 3, r * 3 + 3).map((f) => f.value));
    expect(rows).toEqual([
      ['**정부 지원**', '제한적 세제 혜택', '법인세 최대 30% 감면'],
      ['**인프라**', '전력 부족으로 데이터센터 한계', '재생에너지 기반 전력망 확충'],
      ['**투자 유치**', 'VC 투자 급감', '글로벌 빅테크 대규모 투자 유입'],
      ['**시장 성장**', '내수 시장 중심', '고령화 사회의 AI 수요 급증'],
    ]);
  });

  it('/ask question: 일본 법인세 감면은 언제까지야? → 2032', async () => {
    const body = reply(await command('ask', [str('question', QUESTION)]));
    expectNoPing(body);
    expect(isEphemeral(body)).toBe(false);
    const embed = onlyEmbed(body);
    // The answer first (the deadline), then the article's sentence, its quote and where it stands.
    expect(embed.title).toBe('2032년까지');
    expect(embed.description).toContain('2032년까지 최대 30%의 법인세를 감면');
    expect(embed.description).toContain('문단 p11');
  });

  it('/about: the article title, date and the knowledge counts', async () => {
    const body = reply(await command('about'));
    expectNoPing(body);
    const embed = onlyEmbed(body);
    expect(embed.description).toContain(article.article.title.ko);
    expect(embed.description).toContain(article.article.date);
    expect(embed.fields?.find((f) => f.name === '지식 베이스')?.value).toBe(counts());
  });

  it('answers in English for an en-US user (names, labels, article title)', async () => {
    const company = onlyEmbed(
      reply(await command('company', [str('name', '리벨리온')], { locale: 'en-US' })),
    );
    expect(company.title).toBe('Rebellions (리벨리온)');
    expect(company.fields?.find((f) => f.name === 'People')?.value).toContain('Park Sung-hyun');
    expect(text(company)).toContain('Tokyo');
    // Korean only in the article's own sentence under the translated quote, which a reader checks it by.
    const lines = text(company).split('\n');
    const original = lines.filter((l) => l.startsWith('-# Korean original:'));
    expect(original).toEqual([
      '-# Korean original: “최근 국내 대표 AI 반도체 스타트업으로 꼽히는 리벨리온이 일본 도쿄에 첫 해외법인을 설립했어요.”',
    ]);
    expect(lines.filter((l) => !original.includes(l)).join('\n')).not.toMatch(/박성현|도쿄/);

    const policy = onlyEmbed(reply(await command('policy', [str('country', '일본')], { locale: 'en-US' })));
    expect(policy.title).toBe('Japan (일본) — AI policy');
    expect(text(policy)).toContain('2032');

    const about = onlyEmbed(reply(await command('about', [], { locale: 'en-US' })));
    expect(about.description).toContain(article.article.title.en);
  });
});

describe('what users actually send as the option value', () => {
  it.each([
    ['a typo', '리벨리언'],
    ['another typo', '리벨리옹'],
    ['initial consonants', 'ㄹㅂㄹㅇ'],
    ['the Korean choice name', '리벨리온 · Rebellions'],
    ['the English choice name', 'Rebellions · 리벨리온'],
    ['the choice value (entity id)', 'rebellions'],
  ])('/company with %s (%s) resolves to 리벨리온', async (_label, value) => {
    const embed = onlyEmbed(reply(await command('company', [str('name', value)])));
    expect(embed.title).toBe('리벨리온 (Rebellions)');
  });

  it.each([
    ['ko', '리벨', 'rebellions', 'company', 'name'],
    ['en-US', 'upst', 'upstage', 'company', 'name'],
    ['ko', '일', 'japan', 'policy', 'country'],
    ['en-US', 'europ', 'eu', 'policy', 'country'],
  ])(
    '(%s) the NAME of the autocomplete choice for %j answers like its value %s',
    async (locale, typed, id, name, option) => {
      const ac = await standin.autocomplete({ name, options: [str(option, typed)], focused: option, locale });
      const choice = ac.choices?.find((c) => c.value === id);
      expect(choice, JSON.stringify(ac.choices)).toBeDefined();
      const byName = onlyEmbed(reply(await command(name, [str(option, String(choice?.name))], { locale })));
      const byValue = onlyEmbed(reply(await command(name, [str(option, id)], { locale })));
      expect(byName).toEqual(byValue);
    },
  );
});

describe('autocomplete', () => {
  async function choices(name: string, option: string, typed: string, locale = 'ko') {
    const ix = await standin.autocomplete({ name, options: [str(option, typed)], focused: option, locale });
    expect(ix.callback?.type).toBe(8);
    expect(ix.callback?.request).toMatchObject({
      valid: true,
      schema: 'ApplicationCommandAutocompleteCallbackRequest',
    });
    const list = (ix.choices ?? []) as Array<{ name: string; value: string }>;
    expect(list.length).toBeLessThanOrEqual(25);
    for (const choice of list) {
      expect(Object.keys(choice).sort()).toEqual(['name', 'value']);
      expect(choice.name.length).toBeGreaterThanOrEqual(1);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeGreaterThanOrEqual(1);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    return list;
  }

  it('a Korean prefix (리벨) puts 리벨리온 first', async () => {
    const list = await choices('company', 'name', '리벨');
    expect(list[0]).toEqual({ name: '리벨리온 · Rebellions', value: 'rebellions' });
  });

  it('initial consonants (ㅇㄱ) find 올거나이즈', async () => {
    const list = await choices('company', 'name', 'ㅇㄱ');
    expect(list[0]).toEqual({ name: '올거나이즈 · Allganize', value: 'allganize' });
  });

  it('English (upst) finds Upstage, named in English first for an English user', async () => {
    const list = await choices('company', 'name', 'upst', 'en-US');
    expect(list[0]).toEqual({ name: 'Upstage · 업스테이지', value: 'upstage' });
  });

  it('an empty query lists all 11 companies, and all 5 regions for /policy', async () => {
    const companies = article.entities.filter((e) => e.type === 'company').map((e) => e.id);
    const regions = article.entities.filter((e) => e.type === 'region').map((e) => e.id);
    expect(companies).toHaveLength(11);
    expect(regions).toHaveLength(5);
    expect((await choices('company', 'name', '')).map((c) => c.value).sort()).toEqual([...companies].sort());
    expect((await choices('policy', 'country', '')).map((c) => c.value).sort()).toEqual([...regions].sort());
  });
});

describe('hide and mention', () => {
  it('hide: true → ephemeral (flag 64), still pinging nobody', async () => {
    const ix = await command('company', [str('name', '리벨리온'), { name: 'hide', type: 5, value: true }]);
    const body = reply(ix);
    expect(body.flags).toBe(EPHEMERAL);
    expect(ix.original?.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    expect(onlyEmbed(body).title).toBe('리벨리온 (Rebellions)');
  });

  it('mention: <user> → content <@id>, and that user is the only one who may be pinged', async () => {
    const target = standin.userId('other-user');
    const body = reply(
      await command('policy', [str('country', 'japan'), { name: 'mention', type: 6, value: target }]),
    );
    expect(body.content).toBe(`<@${target}>`);
    expect(body.allowed_mentions).toEqual({ parse: [], users: [target] });
    expect(isEphemeral(body)).toBe(false);
    expect(onlyEmbed(body).title).toBe('일본 (Japan) — AI 정책');
  });

  it('/about mention: <user> → pointing a newcomer at how to ask pings only them', async () => {
    const target = standin.userId('other-user');
    const body = reply(await command('about', [{ name: 'mention', type: 6, value: target }]));
    expect(body.content).toBe(`<@${target}>`);
    expect(body.allowed_mentions).toEqual({ parse: [], users: [target] });
    expect(isEphemeral(body)).toBe(false);
    expect(JSON.stringify(onlyEmbed(body))).toContain('/company');
  });

  it('hide and mention together: hidden, so nobody is pinged', async () => {
    const target = standin.userId('other-user');
    const body = reply(
      await command('ask', [
        str('question', QUESTION),
        { name: 'hide', type: 5, value: true },
        { name: 'mention', type: 6, value: target },
      ]),
    );
    expect(body.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    expect(body.content).toBeUndefined();
  });
  it('mention on a miss: the miss stays private, nobody is pinged', async () => {
    const target = standin.userId('other-user');
    const body = reply(
      await command('company', [str('name', '삼성전자'), { name: 'mention', type: 6, value: target }]),
    );
    expect(body.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    expect(body.content).toBeUndefined();
  });
});

describe('not found', () => {
  it('/company 삼성전자 → ephemeral "not in the article", no suggestions', async () => {
    const body = reply(await command('company', [str('name', '삼성전자')]));
    expect(body.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    const embed = onlyEmbed(body);
    expect(embed.title).toBe('기사에서 찾지 못했어요');
    expect(embed.description).toContain('“삼성전자”: 이 기사에 나오는 회사가 아니에요.');
    expect(buttons(body)).toEqual([]);
  });

  it('a near miss (리벨리언즈) suggests 리벨리온; pressing the button answers in place (type 7)', async () => {
    const miss = await command('company', [str('name', '리벨리언즈')], { user: 'miss-user' });
    const body = reply(miss);
    expect(body.flags).toBe(EPHEMERAL);
    expect(onlyEmbed(body).description).toContain('혹시 이것을 찾으셨나요? **리벨리온**');
    expect(buttons(body)).toEqual([
      { type: 2, style: 2, label: '리벨리온 (Rebellions)', custom_id: 'suggest:rebellions' },
    ]);

    const messageId = miss.original?.id ?? '';
    const click = await standin.button({ customId: 'suggest:rebellions', message: messageId, locale: 'ko' });
    const update = reply(click, 7);
    expect(click.callback?.request.schema).toBe('UpdateMessageInteractionCallbackRequest');
    expect(update.components).toEqual([]);
    expectNoPing(update);
    expect(update.flags).toBeUndefined();
    const embed = onlyEmbed(update);
    expect(embed.title).toBe('리벨리온 (Rebellions)');
    expect(text(embed)).toContain('박성현');
    expect(click.original).toMatchObject({ id: messageId, components: [] });
  });

  it('a suggestion button for an entry no longer known → a clear ephemeral reply', async () => {
    const click = await standin.button({ customId: 'suggest:no-such-company', locale: 'ko' });
    const body = reply(click);
    expect(body.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    expect(onlyEmbed(body).description).toBe('그 항목은 이제 지식 베이스에 없어요.');
  });

  it('/ask about something the article does not cover → ephemeral not found', async () => {
    const body = reply(await command('ask', [str('question', '비트코인 가격은 얼마야?')]));
    expect(body.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    const embed = onlyEmbed(body);
    expect(embed.title).toBe('기사에서 찾지 못했어요');
    expect(embed.description).toContain('이 기사에 없어요');
    expect(embed.description).not.toContain('2032');
  });
});

describe('mentions and DMs', () => {
  it('answers a guild mention (<@id> and <@!id>) with a reply that pings nobody', async () => {
    const botId = standin.botUser.id;
    for (const content of [`<@${botId}> ${QUESTION}`, `<@!${botId}> ${QUESTION}`]) {
      const message = standin.sendMessage({ content, author: 'asker' });
      expect(message.mentions.map((u) => u.id)).toEqual([botId]);
      const body = mentionReply(await standin.waitForReplyTo(message.id));
      expect(body.message_reference).toMatchObject({ message_id: message.id });
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(body.content).toBeUndefined();
      expect(body.flags ?? 0).toBe(0);
      expect(onlyEmbed(body).description).toContain('2032년까지');
    }
  });

  it('answers a DM without a mention (first contact, then in the cached DM channel)', async () => {
    const first = standin.sendMessage({ content: QUESTION, author: 'dm-user', dm: true });
    const request = await standin.waitForReplyTo(first.id);
    expect(request.path).toBe(`/channels/${standin.dmChannelId('dm-user')}/messages`);
    const body = mentionReply(request);
    expect(body.message_reference).toMatchObject({ message_id: first.id });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(onlyEmbed(body).description).toContain('2032');

    // A slash command in the DM (a user, no member), then a second message in the now known channel.
    const slash = reply(await command('company', [str('name', '업스테이지')], { dm: true, user: 'dm-user' }));
    expect(onlyEmbed(slash).title).toBe('업스테이지 (Upstage)');
    const second = standin.sendMessage({ content: '리벨리온 대표는 누구야?', author: 'dm-user', dm: true });
    const answer = mentionReply(await standin.waitForReplyTo(second.id));
    expect(text(onlyEmbed(answer))).toContain('박성현');
  });

  it('in an en-US server, a question in Korean is answered in Korean and one in English in English', async () => {
    const korean = standin.sendMessage({
      content: '리벨리온 대표는 누구야?',
      author: 'visitor',
      guild: 'Default Guild',
      mentionBot: true,
    });
    const ko = onlyEmbed(mentionReply(await standin.waitForReplyTo(korean.id)));
    expect(ko.title).toBe('박성현 (리벨리온 대표)');
    expect(text(ko)).not.toContain('Park Sung-hyun is the CEO');

    const english = standin.sendMessage({
      content: 'Until when does Japan cut corporate tax?',
      author: 'visitor',
      guild: 'Default Guild',
      mentionBot: true,
    });
    const en = onlyEmbed(mentionReply(await standin.waitForReplyTo(english.id)));
    expect(en.title).toBe('Until 2032');
    expect(text(en)).toContain('corporate tax');
  });

  it("an en-US user asking /ask in Korean gets Korean; lookups keep the user's language", async () => {
    const ask = onlyEmbed(
      reply(await command('ask', [str('question', '일본 법인세 감면은 언제까지야?')], { locale: 'en-US' })),
    );
    expect(ask.title).toBe('2032년까지');
    expect(ask.description).toContain('법인세를 감면');
    const english = onlyEmbed(
      reply(await command('ask', [str('question', 'Who runs Rebellions?')], { locale: 'en-US' })),
    );
    expect(text(english)).toContain('Park Sung-hyun');
    const company = onlyEmbed(
      reply(await command('company', [str('name', '리벨리온')], { locale: 'en-US' })),
    );
    expect(company.title).toBe('Rebellions (리벨리온)');
  });

  it('a mention about something uncovered gets a public "not found" reply (messages cannot be ephemeral)', async () => {
    const message = standin.sendMessage({
      content: '비트코인 가격은 얼마야?',
      author: 'miss-user',
      mentionBot: true,
    });
    const body = mentionReply(await standin.waitForReplyTo(message.id));
    expect(body.flags ?? 0).toBe(0);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(onlyEmbed(body).title).toBe('기사에서 찾지 못했어요');
  });

  it('ignores other bots, and messages mentioning only @everyone or a role', async () => {
    const mark = standin.requests.length;
    const fromBot = standin.sendMessage({ content: QUESTION, author: 'helper-bot', mentionBot: true });
    const everyone = standin.sendMessage({ content: `@everyone ${QUESTION}`, author: 'everyone-user' });
    expect(everyone.mention_everyone).toBe(true);
    const role = standin.sendMessage({
      content: `<@&${roleId('qa-bot')}> <@&${roleId('Moderator')}> ${QUESTION}`,
      author: 'everyone-user',
    });
    expect(role.mention_roles).toHaveLength(2);
    await barrier();
    for (const ignored of [fromBot, everyone, role]) expect(requestsAbout(ignored.id, mark)).toEqual([]);
    // Nothing but the barrier's answer (one interaction callback) was sent.
    expect(standin.requests.slice(mark)).toHaveLength(1);
  });

  it('answers a question that contains @everyone without pinging anyone', async () => {
    const message = standin.sendMessage({
      content: `@everyone ${QUESTION}`,
      author: 'everyone-user',
      mentionBot: true,
    });
    expect(message.mention_everyone).toBe(true);
    const body = mentionReply(await standin.waitForReplyTo(message.id));
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.content).toBeUndefined();
    expect(onlyEmbed(body).description).toContain('2032');
  });

  it('rate limit (2 per window): 4 quick mentions → 2 answers, 1 notice, then silence', async () => {
    const mark = standin.requests.length;
    const messages = [1, 2, 3, 4].map(() =>
      standin.sendMessage({ content: QUESTION, author: 'rate-user', mentionBot: true }),
    );
    const [first, second, third, fourth] = messages.map((m) => m.id);
    for (const id of [first, second]) {
      const body = mentionReply(await standin.waitForReplyTo(id ?? ''));
      expect(onlyEmbed(body).description).toContain('2032');
    }
    const notice = mentionReply(await standin.waitForReplyTo(third ?? ''));
    expect(notice.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(onlyEmbed(notice)).toMatchObject({
      title: '잠시만요',
      description: '질문이 너무 빨라요. 3600초 뒤에 다시 물어봐 주세요.',
    });
    await barrier();
    expect(requestsAbout(fourth ?? '', mark)).toEqual([]);
  });
});

describe('the message command, without the Message Content intent', () => {
  it('asks for no privileged intent, and answers a message picked from the menu from the interaction', async () => {
    const identify = standin.gateway.received.filter((p) => p.op === 2).at(-1)?.d as { intents: number };
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(0);
    // Not a mention: the bot's gateway copy has no text; the interaction carries it.
    const message = standin.sendMessage({ content: QUESTION, author: 'asker' });
    const body = reply(
      await standin.messageCommand({ name: 'Ask the article', message: message.id, locale: 'ko' }),
    );
    expect(body.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    expect(onlyEmbed(body).description).toContain('2032년까지 최대 30%의 법인세를 감면');
    // No feedback log on this bot: only "post to channel".
    expect(buttons(body).map((b) => b.custom_id)).toEqual([`post:ko:${standin.userId('asker')}`]);
  });
});

describe('admins: /reload and /misses', () => {
  const file = () => path.join(knowledgeDir, KNOWLEDGE_FILE);
  const reload = (user: string, permissions?: bigint) =>
    command('reload', [], { user, ...(permissions === undefined ? {} : { permissions }) });

  /** The deferred (ephemeral) reply's final content. */
  function reloadReply(ix: InteractionHandle): APIEmbed {
    expect(ix.callback?.type, ix.describe()).toBe(5);
    expect(ix.callback?.data?.flags).toBe(EPHEMERAL);
    expect(ix.edits).toHaveLength(1);
    const body = ix.edits[0]?.body as Sent;
    expectNoPing(body);
    expect(ix.original?.flags).toBe(EPHEMERAL);
    return onlyEmbed(body);
  }

  afterAll(async () => {
    await writeFile(file(), originalKnowledge);
    await service.reload();
  });

  it('a non-admin is refused (ephemeral, clear message) and nothing is reloaded', async () => {
    const engine = service.engine;
    const reloads = logged('knowledge.reload').length;
    const body = reply(await reload('other-user'));
    expect(body.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    expect(onlyEmbed(body)).toMatchObject({
      title: '할 수 없어요',
      description: '지식 베이스는 서버 관리 권한이 있는 관리자만 다시 불러올 수 있어요.',
    });
    expect(service.engine).toBe(engine);
    expect(logged('knowledge.reload')).toHaveLength(reloads);
  });

  it('Manage Server (0x20): counts before → after', async () => {
    expect(PermissionFlagsBits.ManageGuild).toBe(0x20n);
    const embed = reloadReply(await reload('tester', PermissionFlagsBits.ManageGuild));
    expect(embed.title).toBe('지식 베이스를 다시 불러왔어요');
    expect(embed.description).toContain(`${counts()}\n→ ${counts()}`);
  });

  it('ADMIN_USER_IDS: an added fact is reported and then answered', async () => {
    const data = JSON.parse(originalKnowledge) as KnowledgeJson;
    const tokyo = data.facts.find((f) => f.id === 'rebellions-tokyo-subsidiary');
    expect(tokyo).toBeDefined();
    data.facts.push({
      ...tokyo,
      id: 'e2e-rebellions-osaka',
      text: {
        ko: '리벨리온은 오사카에도 사무소를 열 계획이다.',
        en: 'Rebellions plans an office in Osaka too.',
      },
      source: 'p4',
    });
    await writeFile(file(), JSON.stringify(data, null, 2));
    const embed = reloadReply(await reload('listed-admin', 0n));
    expect(embed.description).toContain(`사실 ${article.facts.length}`);
    expect(embed.description).toContain(
      `→ 기사 1 · 항목 ${article.entities.length} · 사실 ${article.facts.length + 1}`,
    );
    const facts = embed.fields?.find((f) => f.name === '사실')?.value ?? '';
    expect(facts).toContain('추가 1 · 삭제 0 · 변경 0');
    expect(facts).toContain('`e2e-rebellions-osaka`');

    const company = onlyEmbed(reply(await command('company', [str('name', '리벨리온')])));
    expect(text(company)).toContain('오사카에도 사무소');
  });

  it('ADMIN_ROLE_IDS: a broken file is rejected with file and JSON path; answers stay the same', async () => {
    const before = onlyEmbed(reply(await command('company', [str('name', '리벨리온')])));
    const data = JSON.parse(await readFile(file(), 'utf8')) as KnowledgeJson;
    const broken = data.facts.findIndex((f) => f.id === 'rebellions-tokyo-subsidiary');
    const fact = data.facts[broken];
    if (!fact) throw new Error('fact not found');
    fact.source = 'p999';
    await writeFile(file(), JSON.stringify(data, null, 2));

    const engine = service.engine;
    const embed = reloadReply(await reload('keeper', 0n));
    expect(embed.title).toBe('다시 불러오지 못했어요: 이전 지식 베이스로 계속 답해요');
    expect(embed.description).toContain(KNOWLEDGE_FILE);
    expect(embed.description).toContain(`facts[${broken}].source`);
    expect(embed.description).toContain(`계속 사용 중: 기사 1 · 항목 ${article.entities.length}`);
    expect(service.engine).toBe(engine);

    const after = onlyEmbed(reply(await command('company', [str('name', '리벨리온')])));
    expect(after).toEqual(before);
  });

  it('/misses: admins see what was not found; others are refused', async () => {
    reply(await command('company', [str('name', '삼성전자')]));
    const body = reply(await command('misses', [], { user: 'listed-admin', permissions: 0n }));
    expect(body.flags).toBe(EPHEMERAL);
    expectNoPing(body);
    // Not found first; then the answers marked not helpful (this bot records no feedback).
    expect(body.embeds?.[0]?.description).toMatch(/삼성전자 — \d+회/);
    expect(body.embeds?.[1]?.description).toContain('FEEDBACK_LOG=off');

    const refused = reply(await command('misses', [], { user: 'other-user' }));
    expect(refused.flags).toBe(EPHEMERAL);
    expect(onlyEmbed(refused)).toMatchObject({
      title: '할 수 없어요',
      description: '관리자만 볼 수 있어요.',
    });
  });
});

describe('unexpected errors', () => {
  function expectGeneric(body: Sent) {
    expect(JSON.stringify(body)).not.toContain(INTERNAL_ERROR);
    expect(JSON.stringify(body)).not.toMatch(/cache shard|Error:/);
    expectNoPing(body);
    expect(onlyEmbed(body)).toMatchObject({
      title: '문제가 생겼어요',
      description: '답을 보내는 중에 오류가 났어요. 잠시 뒤에 다시 해 주세요.',
    });
  }

  function expectLogged(interactionId: string) {
    const line = logged('interaction.failed').find((r) => r.id === interactionId);
    expect(line).toMatchObject({ level: 'error', error: { name: 'Error', message: INTERNAL_ERROR } });
  }

  it('a handler that throws → generic ephemeral reply, the error only in the log; next one answered', async () => {
    const ix = await command('boom');
    const body = reply(ix);
    expect(body.flags).toBe(EPHEMERAL);
    expectGeneric(body);
    expectLogged(ix.id);

    const next = onlyEmbed(reply(await command('company', [str('name', '리벨리온')])));
    expect(next.title).toBe('리벨리온 (Rebellions)');
  });

  it('after deferring: the deferred reply is edited with the generic message', async () => {
    const ix = await command('boom-deferred');
    expect(ix.callback?.type).toBe(5);
    expect(ix.edits).toHaveLength(1);
    expectGeneric(ix.edits[0]?.body as Sent);
    expect(ix.original?.flags).toBe(EPHEMERAL);
    expectLogged(ix.id);
  });

  it('after replying: an ephemeral follow-up carries the generic message', async () => {
    const ix = await standin.chatInput(
      { name: 'boom-replied', locale: 'ko' },
      { until: (h) => h.followups.length === 1 },
    );
    expect(reply(ix).content).toBe('half an answer');
    const followUp = ix.followups[0];
    expect(followUp?.flags).toBe(EPHEMERAL);
    const body = ix.requests.find((r) => r.route === ROUTES.webhook)?.body as Sent;
    expect(body.flags).toBe(EPHEMERAL);
    expectGeneric(body);
    expectLogged(ix.id);
  });
});

describe('connection trouble', () => {
  it('resumes after the gateway drops (1006) and answers the next interaction', async () => {
    const resumed = once(bot.client, Events.ShardResume);
    standin.dropConnection(1006);
    const pending = command('company', [str('name', '리벨리온')]);
    await resumed;
    expect(onlyEmbed(reply(await pending)).title).toBe('리벨리온 (Rebellions)');
    expect(logged('gateway.resumed').at(-1)).toMatchObject({ shard: 0, replayed: expect.any(Number) });
  });

  it('survives a 429 (retry_after) on the interaction callback', async () => {
    const rule = standin.failNext({
      method: 'POST',
      route: ROUTES.interactionCallback,
      status: 429,
      retryAfter: 0.2,
    });
    const ix = await command('policy', [str('country', 'japan')]);
    expect(rule.hits).toBe(1);
    expect(ix.requests.map((r) => r.status)).toEqual([429, 204]);
    expect(onlyEmbed(reply(ix)).title).toBe('일본 (Japan) — AI 정책');
  });

  it('survives a 500 on the interaction callback', async () => {
    const rule = standin.failNext({ method: 'POST', route: ROUTES.interactionCallback, status: 500 });
    const ix = await command('compare');
    expect(rule.hits).toBe(1);
    expect(ix.requests.map((r) => r.status)).toEqual([500, 204]);
    expect(onlyEmbed(reply(ix)).fields).toHaveLength(12);
  });
});

describe('secrets', () => {
  it('the token appears in no log line and no recorded request', () => {
    expect(logLines.length).toBeGreaterThan(10);
    for (const line of logLines) expect(line).not.toContain(TOKEN);
    for (const request of standin.requests) {
      expect(JSON.stringify(request)).not.toContain(TOKEN);
      expect(JSON.stringify(request.body ?? null)).not.toContain(TOKEN.split('.')[2]);
    }
    expect(JSON.stringify(standin.gateway.received)).not.toContain(TOKEN);
  });
});
