import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type ParsedInput, parseInput } from '../src/console/parse.ts';
import { RateLimiter } from '../src/discord/rate-limit.ts';
import { answer } from '../src/engine/engine.ts';
import { formatKnowledgeError } from '../src/knowledge/loader.ts';
import { createLogger, type LoggerOptions } from '../src/logger.ts';
import { createKnowledgeService, KnowledgeLoadError, type ReloadResult } from '../src/service.ts';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));
const KNOWLEDGE_FILE = 'korean-ai-startups-japan.json';

// ---------------------------------------------------------------------------------------------
describe('parseInput', () => {
  test.each<[string, ParsedInput]>([
    ['/company 리벨리온', { kind: 'question', question: { kind: 'company', query: '리벨리온' } }],
    ['/company name:리벨리온', { kind: 'question', question: { kind: 'company', query: '리벨리온' } }],
    ['/company 리벨리온 hide:true', { kind: 'question', question: { kind: 'company', query: '리벨리온' } }],
    [
      '/company name:channel talk hide:true mention:<@123456789012345678>',
      { kind: 'question', question: { kind: 'company', query: 'channel talk' } },
    ],
    ['/COMPANY 리벨리온', { kind: 'question', question: { kind: 'company', query: '리벨리온' } }],
    ['  /policy   japan  ', { kind: 'question', question: { kind: 'policy', query: 'japan' } }],
    ['/policy country:japan', { kind: 'question', question: { kind: 'policy', query: 'japan' } }],
    ['/policy country:japan hide:true', { kind: 'question', question: { kind: 'policy', query: 'japan' } }],
    [
      '/ask question:일본 법인세 감면은 언제까지야?',
      { kind: 'question', question: { kind: 'ask', text: '일본 법인세 감면은 언제까지야?' } },
    ],
    [
      '/ask 일본 법인세 감면은 언제까지야? hide:true',
      { kind: 'question', question: { kind: 'ask', text: '일본 법인세 감면은 언제까지야?' } },
    ],
    ['/compare', { kind: 'question', question: { kind: 'compare' } }],
    ['/compare hide:true', { kind: 'question', question: { kind: 'compare' } }],
    ['/about', { kind: 'question', question: { kind: 'about' } }],
    ['/reload', { kind: 'reload' }],
    ['/foo bar', { kind: 'unknown-command', command: 'foo' }],
    ['/Weather', { kind: 'unknown-command', command: 'weather' }],
    [
      '리벨리온은 어디에 해외법인을 세웠어?',
      { kind: 'question', question: { kind: 'ask', text: '리벨리온은 어디에 해외법인을 세웠어?' } },
    ],
    [
      '  Who runs Rebellions?  ',
      { kind: 'question', question: { kind: 'ask', text: 'Who runs Rebellions?' } },
    ],
    // Free text keeps what looks like an option: only slash commands take options.
    ['name:리벨리온', { kind: 'question', question: { kind: 'ask', text: 'name:리벨리온' } }],
  ])('%s', (line, expected) => {
    expect(parseInput(line)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
describe('RateLimiter (injected clock)', () => {
  const COUNT = 3;
  const WINDOW = 1000;
  let now: number;
  let limiter: RateLimiter;
  beforeEach(() => {
    now = 0;
    limiter = new RateLimiter(COUNT, WINDOW, () => now);
  });

  test('allows N, tells once, then drops quietly, then allows again once the window has room', () => {
    const seen: string[] = [];
    for (let i = 0; i < COUNT + 3; i++) {
      now = i;
      seen.push(limiter.check('alice'));
    }
    expect(seen).toEqual(['allow', 'allow', 'allow', 'notify', 'drop', 'drop']);
    now = WINDOW; // the first hit (t = 0) has left the window
    expect(limiter.check('alice')).toBe('allow');
    expect(limiter.check('alice')).toBe('notify');
  });

  test('after being allowed again, a user over the limit is told again (once)', () => {
    for (let i = 0; i < COUNT; i++) limiter.check('alice');
    expect(limiter.check('alice')).toBe('notify');
    now = WINDOW * 2;
    for (let i = 0; i < COUNT; i++) expect(limiter.check('alice')).toBe('allow');
    expect(limiter.check('alice')).toBe('notify');
    expect(limiter.check('alice')).toBe('drop');
  });

  test('dropped questions do not extend the wait', () => {
    for (let i = 0; i < COUNT; i++) limiter.check('alice');
    for (now = 1; now < WINDOW; now += 100) expect(limiter.check('alice')).not.toBe('allow');
    now = WINDOW;
    expect(limiter.check('alice')).toBe('allow');
  });

  test('users are counted apart', () => {
    for (let i = 0; i < COUNT; i++) limiter.check('alice');
    expect(limiter.check('alice')).toBe('notify');
    expect(limiter.check('bob')).toBe('allow');
  });

  test('sweep forgets users with no recent questions, and keeps the others', () => {
    const tracked = () => {
      const hits: unknown = Reflect.get(limiter, 'hits');
      if (!(hits instanceof Map)) throw new Error('RateLimiter keeps its users in a Map named hits');
      return [...hits.keys()].sort();
    };
    for (let i = 0; i < COUNT; i++) limiter.check('alice');
    expect(limiter.check('alice')).toBe('notify');
    now = WINDOW / 2;
    limiter.check('bob');
    limiter.sweep();
    expect(tracked()).toEqual(['alice', 'bob']);
    // Within the window, sweeping does not reset anyone's limit.
    expect(limiter.check('alice')).toBe('drop');

    now = WINDOW + WINDOW / 4; // alice's hits are out of the window, bob's is not
    limiter.sweep();
    expect(tracked()).toEqual(['bob']);
    now = WINDOW * 3;
    limiter.sweep();
    expect(tracked()).toEqual([]);
    expect(limiter.check('alice')).toBe('allow');
  });
});

// ---------------------------------------------------------------------------------------------
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('loadConfig (explicit env, no .env)', () => {
  const load = (env: Record<string, string>) => loadConfig(env, { dotenv: false });

  test('an empty environment gives the defaults', () => {
    const result = load({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      KNOWLEDGE_DIR: 'knowledge',
      ADMIN_USER_IDS: [],
      ADMIN_ROLE_IDS: [],
      LOG_LEVEL: 'info',
      RATE_LIMIT_COUNT: 5,
      RATE_LIMIT_WINDOW_SECONDS: 30,
      KNOWLEDGE_WATCH: false,
    });
    expect(result.config.DISCORD_TOKEN).toBeUndefined();
  });

  test('blank values count as unset', () => {
    const result = load({
      DISCORD_TOKEN: '   ',
      DISCORD_CLIENT_ID: '',
      KNOWLEDGE_DIR: '',
      LOG_LEVEL: ' ',
      LOG_FORMAT: '',
      RATE_LIMIT_COUNT: '',
      ADMIN_USER_IDS: '',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.DISCORD_TOKEN).toBeUndefined();
    expect(result.config.DISCORD_CLIENT_ID).toBeUndefined();
    expect(result.config.LOG_FORMAT).toBeUndefined();
    expect(result.config).toMatchObject({
      KNOWLEDGE_DIR: 'knowledge',
      LOG_LEVEL: 'info',
      RATE_LIMIT_COUNT: 5,
      ADMIN_USER_IDS: [],
    });
  });

  test('values are parsed: a valid token, numbers, a comma list of admin ids, flags', () => {
    const result = load({
      DISCORD_TOKEN: TOKEN,
      LOG_LEVEL: 'DEBUG',
      RATE_LIMIT_COUNT: '10',
      ADMIN_USER_IDS: '123456789012345678, 234567890123456789,',
      KNOWLEDGE_WATCH: 'yes',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      DISCORD_TOKEN: TOKEN,
      LOG_LEVEL: 'debug',
      RATE_LIMIT_COUNT: 10,
      ADMIN_USER_IDS: ['123456789012345678', '234567890123456789'],
      KNOWLEDGE_WATCH: true,
    });
  });

  test.each([
    ['LOG_LEVEL', 'verbose'],
    ['LOG_FORMAT', 'xml'],
    ['RATE_LIMIT_COUNT', 'many'],
    ['RATE_LIMIT_COUNT', '0'],
    ['DISCORD_CLIENT_ID', '12345'],
    ['DISCORD_API_URL', 'not a url'],
  ])('a bad %s (%s) is one problem line naming the variable', (name, value) => {
    const result = load({ [name]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(new RegExp(`^${name}\\b`));
  });

  test('a bad id inside ADMIN_USER_IDS is named with its position', () => {
    const result = load({ ADMIN_USER_IDS: '123456789012345678, 42' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^ADMIN_USER_IDS\b/);
    expect(result.problems[0]).not.toContain('123456789012345678');
  });

  test.each([
    ['two parts', TOKEN.split('.').slice(0, 2).join('.')],
    ['a space inside', TOKEN.replace('.', ' .')],
    ['a Bot prefix', `Bot ${TOKEN}`],
    ['quotes around it', `"${TOKEN}"`],
  ])('a malformed DISCORD_TOKEN (%s) is reported without its value', (_, token) => {
    const result = load({ DISCORD_TOKEN: token });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.startsWith('DISCORD_TOKEN'))).toBe(true);
    const text = result.problems.join('\n');
    for (const part of TOKEN.split('.').filter((p) => p.length >= 6)) expect(text).not.toContain(part);
  });

  test.each(['DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'LOG_LEVEL', 'DISCORD_API_URL', 'ADMIN_USER_IDS'])(
    'a token pasted into %s is not echoed',
    (name) => {
      const result = load({ [name]: TOKEN });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.join('\n')).not.toContain(TOKEN.split('.')[0]!);
    },
  );
});

// ---------------------------------------------------------------------------------------------
describe('createLogger', () => {
  const capture = (options: Omit<LoggerOptions, 'write'> = {}) => {
    const lines: string[] = [];
    const logger = createLogger({ ...options, write: (line) => lines.push(line) });
    return { logger, lines };
  };

  test('json: one parseable JSON object per line, with level, event and fields', () => {
    const { logger, lines } = capture({ format: 'json', level: 'debug' });
    logger.info('bot.ready', { guilds: 3 });
    logger.error('interaction.failed', { error: new Error('boom\nsecond line'), id: 'x' });
    logger.debug('message.question', { text: 'multi\nline' });
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toContain('\n');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toMatchObject({ level: 'info', event: 'bot.ready', guilds: 3 });
    expect(records[1]).toMatchObject({
      level: 'error',
      event: 'interaction.failed',
      id: 'x',
      error: { name: 'Error', message: 'boom\nsecond line' },
    });
    expect(records[2]).toMatchObject({ level: 'debug', event: 'message.question', text: 'multi\nline' });
    for (const record of records) expect(Number.isNaN(Date.parse(String(record.time)))).toBe(false);
  });

  test.each<[LoggerOptions['level'], string[]]>([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    [undefined, ['info', 'warn', 'error']],
  ])('level %s writes %j', (level, expected) => {
    const { logger, lines } = capture(level ? { format: 'json', level } : { format: 'json' });
    logger.debug('e');
    logger.info('e');
    logger.warn('e');
    logger.error('e');
    expect(lines.map((line) => (JSON.parse(line) as { level: string }).level)).toEqual(expected);
  });

  const leaks: [string, (log: ReturnType<typeof createLogger>) => void][] = [
    ['a plain field', (log) => log.info('login', { token: TOKEN })],
    ['an Error message', (log) => log.error('login.failed', { error: new Error(`401 for token ${TOKEN}`) })],
    [
      'an Error with the token in its message, cause and extra properties',
      (log) =>
        log.error('request.failed', {
          error: Object.assign(new Error(`request with ${TOKEN} failed`), {
            cause: new Error(TOKEN),
            requestBody: { token: TOKEN },
          }),
        }),
    ],
    [
      'an Error nested inside a field',
      (log) => log.error('failed', { context: { error: new Error(TOKEN), token: TOKEN } }),
    ],
    [
      'nested fields',
      (log) =>
        log.warn('request', { request: { headers: { authorization: `Bot ${TOKEN}` }, list: [TOKEN] } }),
    ],
    ['the event name', (log) => log.info(`event ${TOKEN}`)],
    ['a field name', (log) => log.info('odd', { [TOKEN]: 1 })],
  ];
  const leakCases = leaks.flatMap(([name, write]) =>
    (['json', 'pretty'] as const).map((format) => ({ name, write, format })),
  );

  test.each(leakCases)('the token never appears: $name ($format)', ({ write, format }) => {
    const { logger, lines } = capture({ format, level: 'debug', secrets: [TOKEN] });
    write(logger);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).toContain('[redacted]');
    if (format === 'json') expect(() => JSON.parse(lines[0]!)).not.toThrow();
  });

  // main.ts logs `process.on('unhandledRejection', (reason) => logger.error(..., { error: reason }))`: a
  // rejection with a non-Error value (a discord.js structure: cycles, BigInt bitfields) must still be
  // logged; a logger that throws there turns a logged rejection into a crash.
  const unserialisable: [string, () => Record<string, unknown>][] = [
    [
      'a circular object',
      () => {
        const reason: Record<string, unknown> = { message: 'rejected' };
        reason.self = reason;
        return { error: reason };
      },
    ],
    ['a BigInt', () => ({ error: { permissions: 8n } })],
  ];
  test.each(
    unserialisable.flatMap(([name, fields]) =>
      (['json', 'pretty'] as const).map((format) => ({ name, fields, format })),
    ),
  )('a field JSON cannot serialise ($name) is logged, not thrown ($format)', ({ fields, format }) => {
    const { logger, lines } = capture({ format });
    expect(() => logger.error('process.unhandled_rejection', fields())).not.toThrow();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('process.unhandled_rejection');
  });

  test('the redacted Error keeps the rest of its message', () => {
    const { logger, lines } = capture({ format: 'json', secrets: [TOKEN] });
    logger.error('login.failed', { error: new Error(`401 for token ${TOKEN}`) });
    const record = JSON.parse(lines[0]!) as { error: { message: string } };
    expect(record.error.message).toBe('401 for token [redacted]');
  });
});

// ---------------------------------------------------------------------------------------------
interface KnowledgeJson {
  passages: { id: string }[];
  entities: { id: string; type: string; summary: { ko: string; en: string } }[];
  facts: { id: string; entities: string[]; speaker?: string; source: string }[];
}

describe('KnowledgeService reload', () => {
  let dir: string;
  let file: string;
  let original: KnowledgeJson;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kb-service-'));
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    file = path.join(dir, KNOWLEDGE_FILE);
    original = JSON.parse(await readFile(file, 'utf8')) as KnowledgeJson;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const save = (data: unknown) => writeFile(file, `${JSON.stringify(data, null, 2)}\n`);

  /** Removes 국회 예산정책처 and the facts citing it, adds a company and a fact, rewrites one summary. */
  function edited(): { data: KnowledgeJson; removedFacts: string[] } {
    const data = structuredClone(original);
    const citesNabo = (f: KnowledgeJson['facts'][number]) =>
      f.entities.includes('nabo') || f.speaker === 'nabo';
    const removedFacts = data.facts.filter(citesNabo).map((f) => f.id);
    data.facts = data.facts.filter((f) => !citesNabo(f));
    data.entities = data.entities.filter((e) => e.id !== 'nabo');
    const rebellions = data.entities.find((e) => e.id === 'rebellions')!;
    rebellions.summary = { ko: '도쿄에 첫 해외법인을 세운 AI 반도체 스타트업.', en: 'An AI chip start-up.' };
    const newCompany = {
      id: 'test-startup',
      type: 'company',
      name: { ko: '테스트스타트업', en: 'Test Startup' },
      aliases: [],
      summary: { ko: '시험용 회사', en: 'A company for the test' },
    };
    data.entities.push(newCompany as KnowledgeJson['entities'][number]);
    const source = data.passages[data.passages.length - 1]!.id;
    const newFact = {
      id: 'test-startup-japan',
      kind: 'japan-move',
      text: { ko: '테스트스타트업은 일본에 진출했다.', en: 'Test Startup moved into Japan.' },
      entities: ['test-startup', 'japan'],
      source,
    };
    data.facts.push(newFact as KnowledgeJson['facts'][number]);
    return { data, removedFacts };
  }

  test('reports counts before → after and the added, removed and changed ids', async () => {
    const service = await createKnowledgeService({ dir });
    const { data, removedFacts } = edited();
    expect(removedFacts.length).toBeGreaterThan(0);
    await save(data);
    const result = await service.reload();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.before).toEqual({
      articles: 1,
      entities: original.entities.length,
      facts: original.facts.length,
      passages: original.passages.length,
    });
    expect(result.after).toEqual({
      articles: 1,
      entities: original.entities.length,
      facts: original.facts.length - removedFacts.length + 1,
      passages: original.passages.length,
    });
    expect(result.entities).toEqual({ added: ['test-startup'], removed: ['nabo'], changed: ['rebellions'] });
    expect(result.facts.added).toEqual(['test-startup-japan']);
    expect([...result.facts.removed].sort()).toEqual([...removedFacts].sort());
    expect(result.facts.changed).toEqual([]);
    // The new snapshot serves.
    expect(answer(service.engine, { kind: 'company', query: '테스트스타트업' }).kind).toBe('entity');
    expect(answer(service.engine, { kind: 'entity', id: 'nabo' }).kind).toBe('not-found');
  });

  test('reloading an unchanged folder reports no differences', async () => {
    const service = await createKnowledgeService({ dir });
    const result = await service.reload();
    expect(result).toMatchObject({
      ok: true,
      entities: { added: [], removed: [], changed: [] },
      facts: { added: [], removed: [], changed: [] },
    });
  });

  test.each<[string, (data: KnowledgeJson) => string, RegExp]>([
    ['invalid JSON', (data) => JSON.stringify(data).slice(0, 200), /invalid JSON/],
    [
      'a fact about an unknown entity',
      (data) => {
        const copy = structuredClone(data);
        copy.facts[0]!.entities = ['no-such-entity'];
        return JSON.stringify(copy);
      },
      /facts\[0\]\.entities/,
    ],
  ])('a broken copy (%s) leaves the old engine serving', async (_, breakIt, problem) => {
    const service = await createKnowledgeService({ dir });
    const engineBefore = service.engine;
    const before = answer(service.engine, { kind: 'company', query: '리벨리온' });
    await writeFile(file, breakIt(original));
    const result: ReloadResult = await service.reload();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map(formatKnowledgeError);
    expect(messages.some((m) => m.includes(KNOWLEDGE_FILE) && problem.test(m))).toBe(true);
    expect(result.serving.entities).toBe(original.entities.length);
    expect(service.engine).toBe(engineBefore);
    expect(answer(service.engine, { kind: 'company', query: '리벨리온' })).toEqual(before);
  });

  test('concurrent reloads run one at a time, in order', async () => {
    const service = await createKnowledgeService({ dir });
    await save(edited().data);
    const finished: string[] = [];
    const first = service.reload().then((r) => {
      finished.push('first');
      return r;
    });
    const second = service.reload().then((r) => {
      finished.push('second');
      return r;
    });
    const [a, b] = await Promise.all([first, second]);
    expect(finished).toEqual(['first', 'second']);
    if (!a.ok || !b.ok) throw new Error('both reloads should succeed');
    // The second saw the first one's snapshot: the change is reported once.
    expect(a.entities.added).toEqual(['test-startup']);
    expect(b.entities).toEqual({ added: [], removed: [], changed: [] });
    expect(b.before).toEqual(a.after);
  });

  test('a failed reload does not stop the next one', async () => {
    const service = await createKnowledgeService({ dir });
    await writeFile(file, '{');
    const failed = service.reload();
    const { data } = edited();
    const next = failed.then(async () => {
      await save(data);
      return service.reload();
    });
    expect((await failed).ok).toBe(false);
    expect((await next).ok).toBe(true);
  });

  test('a folder that does not load at start-up is an error naming the folder', async () => {
    const missing = path.join(dir, 'missing');
    const error = await createKnowledgeService({ dir: missing }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KnowledgeLoadError);
    expect((error as Error).message).toContain(missing);
  });
});
