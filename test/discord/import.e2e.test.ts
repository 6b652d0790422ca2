/**
 * `/import` end to end: the real bot and its real commands logged into the local Discord stand-in,
 * importing an attachment and a URL (both served by a local HTTP server, which this bot is allowed to
 * fetch from with IMPORT_ALLOW_PRIVATE=true), refused for a member, and a bad page refused with the
 * old knowledge still serving.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIEmbed, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import { loadCommands } from '../../src/discord/command.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/service.ts';
import { collectingLogger, standinConfig, startBotOnStandin } from './client.ts';
import { EPHEMERAL, type Json, onlyEmbed, reply, type Sent, text } from './sent.ts';
import { DiscordStandin, type InteractionHandle } from './standin.ts';
import { snowflake } from './world.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SEED = readFileSync(path.join(FIXTURES, 'article.txt'));
const PAGE = readFileSync(path.join(FIXTURES, 'article.html'));
const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

let standin: DiscordStandin;
let bot: Bot;
let service: KnowledgeService;
let files: http.Server;
let filesUrl: string;
let tempDir: string;
let knowledgeDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'import-e2e-'));
  knowledgeDir = path.join(tempDir, 'knowledge');
  await cp(fileURLToPath(new URL('../../knowledge/', import.meta.url)), knowledgeDir, { recursive: true });
  // Where Discord keeps attachments, and a news site: both on this machine.
  files = http.createServer((req, res) => {
    const routes: Record<string, [string, Buffer]> = {
      '/attachments/seed.txt': ['text/plain; charset=utf-8', SEED],
      '/news/article.html': ['text/html; charset=utf-8', PAGE],
      '/news/chart.png': ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    };
    const route = routes[req.url ?? ''];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
  });
  files.listen(0, '127.0.0.1');
  await once(files, 'listening');
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;

  standin = await new DiscordStandin({
    token: TOKEN,
    heartbeatIntervalMs: 2000,
    users: [{ username: 'owner' }, { username: 'tester' }, { username: 'member' }],
    guilds: [
      { name: 'Test Guild', preferredLocale: 'ko', owner: 'owner', members: ['owner', 'tester', 'member'] },
    ],
    defaultUser: 'tester',
  }).start();
  const config = standinConfig(standin, {
    KNOWLEDGE_DIR: knowledgeDir,
    IMPORT_ALLOW_PRIVATE: 'true',
    MISS_LOG: 'off',
  });
  service = await createKnowledgeService({ dir: config.KNOWLEDGE_DIR });
  const commands = await loadCommands();
  bot = await startBotOnStandin(standin, {
    config,
    service,
    logger: collectingLogger(logLines, TOKEN),
    commands,
  });
});

afterAll(async () => {
  await bot?.stop({ timeoutMs: 2000 });
  await standin?.stop();
  files?.closeAllConnections();
  await new Promise((resolve) => files?.close(resolve));
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

afterEach(() => {
  try {
    standin.assertNoViolations();
  } finally {
    standin.takeViolations();
  }
});

const ADMIN = { user: 'tester', permissions: PermissionFlagsBits.ManageGuild };

function importCommand(
  options: Json[],
  extra: { user: string; permissions?: bigint; resolved?: Json; locale?: string },
) {
  const { locale, ...rest } = extra;
  return standin.chatInput({ name: 'import', options, locale: locale ?? 'ko', ...rest });
}

function attachment(name: string, url: string, size: number): { options: Json[]; resolved: Json } {
  const id = snowflake();
  return {
    options: [{ name: 'file', type: 11, value: id }],
    resolved: {
      attachments: {
        [id]: { id, filename: name, size, url, proxy_url: url, content_type: 'text/plain; charset=utf-8' },
      },
    },
  };
}

/** The deferred, ephemeral reply's final embeds, pinging nobody. */
function finalEmbeds(ix: InteractionHandle): APIEmbed[] {
  expect(ix.callback?.type, ix.describe()).toBe(5);
  expect(ix.callback?.data?.flags).toBe(EPHEMERAL);
  expect(ix.edits).toHaveLength(1);
  const body = ix.edits[0]?.body as Sent;
  expect(body.allowed_mentions).toEqual({ parse: [] });
  return body.embeds ?? [];
}

const knowledgeFiles = async () => (await readdir(knowledgeDir)).filter((f) => f.endsWith('.json')).sort();

describe('/import', () => {
  it('an attachment (the seed as a .txt): written, reloaded, and the reply says what was added', async () => {
    const { options, resolved } = attachment('seed.txt', `${filesUrl}/attachments/seed.txt`, SEED.byteLength);
    const embeds = finalEmbeds(await importCommand(options, { ...ADMIN, resolved }));
    const [done, reload] = embeds;
    expect(done?.title).toBe('기사를 초안으로 가져왔어요');
    expect(text(done!)).toContain('한국 AI 유망주들의 일본행 러시');
    expect(done?.fields?.find((f) => f.name === '추가한 내용')?.value).toMatch(
      /^문단 45 · 사실 \d+ · 수치 \d+ · 항목 \d+ \(지식 베이스의 기존 항목 \d+\)/,
    );
    expect(done?.fields?.find((f) => f.name === '검토할 것')?.value).toContain('"draft": true');
    expect(reload?.title).toBe('지식 베이스를 다시 불러왔어요');
    expect(await knowledgeFiles()).toContain('hanguk-ai-yumangjudeurui-ilbonhaeng-reosi.json');
    expect(service.engine.kb.articles).toHaveLength(2);
  });

  it('a URL: the page’s article answers at once', async () => {
    const embeds = finalEmbeds(
      await importCommand([{ name: 'url', type: 3, value: `${filesUrl}/news/article.html` }], ADMIN),
    );
    expect(embeds[0]?.title).toBe('기사를 초안으로 가져왔어요');
    expect(text(embeds[0]!)).toContain('해오름랩스');
    expect(text(embeds[0]!)).toContain('정다온 — 직함(대표, CEO …) 앞의 이름');
    const answer = reply(
      await standin.chatInput({
        name: 'ask',
        options: [{ name: 'question', type: 3, value: '해오름랩스 대표는 누구야?' }],
        locale: 'ko',
      }),
    );
    expect(text(onlyEmbed(answer))).toContain('정다온');
  });

  it('in English for an English client', async () => {
    const embeds = finalEmbeds(
      await importCommand([{ name: 'url', type: 3, value: `${filesUrl}/news/article.html` }], {
        ...ADMIN,
        locale: 'en-US',
      }),
    );
    expect(embeds[0]?.title).toBe('Article imported as a draft');
    expect(embeds[0]?.description).toContain('Re-imported over the draft');
  });

  it('refused for a member without Manage Server: nothing written, nothing reloaded', async () => {
    const before = await knowledgeFiles();
    const engine = service.engine;
    const body = reply(
      await importCommand([{ name: 'url', type: 3, value: `${filesUrl}/news/article.html` }], {
        user: 'member',
      }),
    );
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(onlyEmbed(body).description).toBe('기사는 서버 관리 권한이 있는 관리자만 가져올 수 있어요.');
    expect(await knowledgeFiles()).toEqual(before);
    expect(service.engine).toBe(engine);
  });

  it.each([
    ['a 404', '/news/missing.html', '404'],
    ['an image', '/news/chart.png', 'image/png'],
    ['an address that is not http', 'ftp://example.com/a.html', 'http'],
  ])('%s: a clear error, and the old knowledge keeps serving', async (_, where, says) => {
    const url = where.startsWith('/') ? `${filesUrl}${where}` : where;
    const before = await knowledgeFiles();
    const engine = service.engine;
    const [embed, ...rest] = finalEmbeds(await importCommand([{ name: 'url', type: 3, value: url }], ADMIN));
    expect(rest).toEqual([]);
    expect(embed?.title).toBe('가져오지 못했어요: 지식 베이스는 그대로예요');
    expect(embed?.description).toContain(says);
    expect(await knowledgeFiles()).toEqual(before);
    expect(service.engine).toBe(engine);
    const logged = logLines.join('\n');
    expect(logged).toContain('knowledge.import_rejected');
    expect(logged).not.toContain('해오름랩스가 싱가포르에');
  });

  it('an attachment over 1 MB is refused without being fetched', async () => {
    const { options, resolved } = attachment('big.txt', `${filesUrl}/attachments/seed.txt`, 2 * 1024 * 1024);
    const [embed] = finalEmbeds(await importCommand(options, { ...ADMIN, resolved }));
    expect(embed?.description).toContain('1 MB까지');
  });

  it('neither a file nor a url: told to give one', async () => {
    const body = reply(await importCommand([], ADMIN));
    expect(body.flags).toBe(EPHEMERAL);
    expect(onlyEmbed(body).description).toBe('파일(txt, md, html)이나 url 중 하나만 주세요.');
  });
});
