/**
 * The console (`npm run ask`) as a user runs it: the real CLI in a subprocess, no Discord token.
 * Each subprocess costs about a second of start-up, so there are few of them. (The interactive
 * console needs a terminal, so it is run in this process on streams.)
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runRepl } from '../src/console/repl.ts';
import { createKnowledgeService } from '../src/service.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KNOWLEDGE_DIR = path.join(ROOT, 'knowledge');
const KNOWLEDGE_FILE = 'korean-ai-startups-japan.json';
const CLI = ['--import', 'tsx', 'src/cli/ask.ts'];

/** The parent's environment without anything that would change the CLI's behaviour. */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DISCORD_TOKEN;
  if (!('KNOWLEDGE_DIR' in extra)) delete env.KNOWLEDGE_DIR;
  delete env.FORCE_COLOR;
  return env;
}

function startCli(args: readonly string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, env: cliEnv(env), stdio: 'pipe' });
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to the end, with `input` on standard input. */
function runCli(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}) {
  return new Promise<Run>((resolve, reject) => {
    const child = startCli(args, options.env);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}
interface ConsoleJson {
  found: boolean;
  reply: {
    content?: string;
    embeds: Embed[];
    components: unknown[];
    allowedMentions: { parse: unknown[] };
    flags?: number;
  };
}

function parseReply(line: string): ConsoleJson {
  const value: unknown = JSON.parse(line);
  expect(value).toMatchObject({ found: expect.any(Boolean), reply: { embeds: expect.any(Array) } });
  return value as ConsoleJson;
}

const replyText = (json: ConsoleJson): string =>
  json.reply.embeds
    .flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ])
    .join('\n');

const jsonLines = (stdout: string): ConsoleJson[] =>
  stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseReply);

async function copyKnowledge(): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-cli-'));
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return { dir, file: path.join(dir, KNOWLEDGE_FILE) };
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('one input from the command line', () => {
  test('--json lists the chart under reply.files (name, description, contentType, bytes); --out writes it', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'cli-out-'));
    temps.push(out);
    const run = await runCli(['--json', '--out', out, '2022년 해외 VC 국내 투자 규모']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout.trim()) as ConsoleJson & {
      reply: { files?: { name: string; description: string; contentType: string; bytes: number }[] };
    };
    expect(json.found).toBe(true);
    const [file] = json.reply.files ?? [];
    expect(json.reply.files).toHaveLength(1);
    expect(file).toEqual({
      name: 'chart-global-vc-korea-investment-decline.png',
      description: expect.stringContaining('2021년 9895억 원'),
      contentType: 'image/png',
      bytes: expect.any(Number),
    });
    expect(json.reply.embeds[0]).toMatchObject({ image: { url: `attachment://${file?.name}` } });
    const written = await readFile(path.join(out, file?.name ?? ''));
    expect(written.byteLength).toBe(file?.bytes);
    expect(written.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  test('--json "/company 리벨리온" prints exactly one JSON object: found, with the payload', async () => {
    const run = await runCli(['--json', '/company 리벨리온']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = parseReply(lines[0]!);
    expect(Object.keys(json).sort()).toEqual(['found', 'reply']);
    expect(json.found).toBe(true);
    expect(Array.isArray(json.reply.embeds)).toBe(true);
    expect(Array.isArray(json.reply.components)).toBe(true);
    expect(json.reply.allowedMentions.parse).toEqual([]);
    const text = replyText(json);
    expect(text).toContain('리벨리온');
    expect(text).toContain('박성현');
    expect(text).toContain('도쿄');
  });

  test('--json for a question the article does not cover gives found false', async () => {
    const run = await runCli(['--json', '삼성전자 주가 얼마야?']);
    expect(run.code).toBe(0);
    const [json, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(json?.found).toBe(false);
    expect(json?.reply.flags).toBe(64);
    expect(json?.reply.allowedMentions.parse).toEqual([]);
  });

  test('--locale en-US answers in English', async () => {
    const run = await runCli(['--json', '--locale', 'en-US', '/company 리벨리온']);
    expect(run.code).toBe(0);
    const [json] = jsonLines(run.stdout);
    expect(json?.found).toBe(true);
    expect(json?.reply.embeds[0]?.title).toContain('Rebellions');
    expect(replyText(json!)).toContain('Tokyo');
  });

  test('without --json the reply is readable text', async () => {
    const run = await runCli(['/company 리벨리온']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('리벨리온');
    expect(run.stdout).toContain('박성현');
    expect(run.stdout.trimStart().startsWith('{')).toBe(false);
    expect(() => JSON.parse(run.stdout)).toThrow();
    // Not a terminal: no colour codes.
    expect(run.stdout).not.toContain('\x1b[');
  });

  test('a KNOWLEDGE_DIR that does not exist exits non-zero, naming the folder', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'kb-missing-'));
    temps.push(parent);
    const missing = path.join(parent, 'no-such-knowledge');
    const run = await runCli(['--json', '/about'], { env: { KNOWLEDGE_DIR: missing } });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(missing);
    expect(run.stdout).toBe('');
  });
});

describe('batch mode: inputs on standard input', () => {
  test('--json answers each line with one JSON line, in order', async () => {
    const inputs = [
      '/company 리벨리온',
      '일본 법인세 감면은 언제까지야?',
      '/policy country:japan',
      '삼성전자 주가 얼마야?',
      '/compare',
      '/company name:올거나이즈',
    ];
    const run = await runCli(['--json'], { input: `${inputs.join('\n')}\n` });
    expect(run.code).toBe(0);
    const replies = jsonLines(run.stdout);
    expect(replies).toHaveLength(inputs.length);
    const [company, tax, policy, uncovered, compare, allganize] = replies;
    expect(company?.found).toBe(true);
    expect(company?.reply.embeds[0]?.title).toContain('리벨리온');
    expect(replyText(company!)).toContain('도쿄');
    expect(tax?.found).toBe(true);
    expect(replyText(tax!)).toContain('2032');
    expect(policy?.found).toBe(true);
    expect(policy?.reply.embeds[0]?.title).toContain('일본');
    expect(replyText(policy!)).toContain('450억');
    expect(uncovered?.found).toBe(false);
    expect(compare?.found).toBe(true);
    const aspects = (compare?.reply.embeds[0]?.fields ?? []).map((f) => f.value).join(' ');
    for (const aspect of ['정부 지원', '인프라', '투자 유치', '시장 성장']) expect(aspects).toContain(aspect);
    expect(allganize?.found).toBe(true);
    expect(allganize?.reply.embeds[0]?.title).toContain('올거나이즈');
    expect(replyText(allganize!)).toContain('이창수');
    for (const reply of replies) expect(reply.reply.allowedMentions.parse).toEqual([]);
  });

  test('/reload in a batch reloads the knowledge folder and reports its counts', async () => {
    const { dir, file } = await copyKnowledge();
    temps.push(dir);
    const data = JSON.parse(await readFile(file, 'utf8')) as {
      entities: unknown[];
      facts: unknown[];
      passages: unknown[];
    };
    const run = await runCli(['--json'], {
      input: '/reload\n/company 리벨리온\n',
      env: { KNOWLEDGE_DIR: dir },
    });
    expect(run.code).toBe(0);
    const [reload, company, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(reload?.found).toBe(true);
    expect(reload?.reply.flags).toBe(64);
    const text = replyText(reload!);
    for (const count of [data.entities.length, data.facts.length, data.passages.length])
      expect(text).toMatch(new RegExp(`(^|\\D)${count}(\\D|$)`));
    expect(company?.found).toBe(true);
    expect(replyText(company!)).toContain('도쿄');
  });
});

describe('conversations: --thread, and ^ in the interactive console', () => {
  const WHERE = '리벨리온 일본 어디에 법인 세웠어?';
  const CLARIFY = '어느 회사를 말씀하시는 거예요?';
  const firstFooterLine = (json: ConsoleJson) => json.reply.embeds.at(-1)?.footer?.text.split('\n')[0];

  test('--json --thread: each line of a block replies to the answer before it; a blank line starts anew', async () => {
    const blocks = [[WHERE, '거기 대표는?', '왜 일본 갔대?'], ['거기 대표는?'], [WHERE, '매출은?']];
    const input = `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
    const run = await runCli(['--json', '--thread'], { input });
    expect(run.code).toBe(0);
    const replies = jsonLines(run.stdout) as (ConsoleJson & { asked?: string })[];
    expect(replies).toHaveLength(6);
    const [where, ceo, why, alone, whereAgain, revenue] = replies;
    expect(where?.reply.embeds[0]?.title).toBe('도쿄');
    expect(where?.asked).toBe(WHERE);
    expect(ceo?.found).toBe(true);
    expect(replyText(ceo!)).toContain('박성현');
    // (a name and a role alone ask who: the answer names the person, and a reply may point at them)
    expect(ceo?.asked).toBe('리벨리온 대표는? → 박성현');
    expect(firstFooterLine(ceo!)).toBe('↪ 리벨리온 대표는? → 박성현');
    expect(why?.found).toBe(true);
    expect(replyText(why!)).toContain('일본 AI 데이터센터 시장이 한국보다 성장 속도가 빠르다');
    // (why the company went is what its CEO said explaining it: the line names him, whom a reply may point at)
    expect(why?.asked).toBe('리벨리온 왜 일본 갔대? → 박성현');
    // The first line of a block replies to nothing: which company is meant?
    expect(alone?.found).toBe(false);
    expect(alone?.reply.embeds[0]?.title).toBe(CLARIFY);
    expect(whereAgain?.reply.embeds[0]?.title).toBe('도쿄');
    // A follow-up the article cannot answer: not found, naming what was asked about what.
    expect(revenue?.found).toBe(false);
    expect(revenue?.reply.embeds[0]?.description).toBe('기사는 리벨리온에 대해 “매출”을 말하지 않아요.');
    expect(revenue?.asked).toBe('리벨리온 매출은?');
    for (const reply of replies) expect(reply.reply.allowedMentions.parse).toEqual([]);
  });

  test('without --thread every line is asked on its own; --thread takes no input argument', async () => {
    const run = await runCli(['--json'], { input: `${WHERE}\n거기 대표는?\n` });
    expect(run.code).toBe(0);
    const [, ceo] = jsonLines(run.stdout);
    expect(ceo?.reply.embeds[0]?.title).toBe(CLARIFY);

    const refused = await runCli(['--json', '--thread', WHERE]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--thread reads conversations from standard input');
  });

  test('the interactive console: a line that starts with ^ replies to the last answer', async () => {
    const service = await createKnowledgeService({ dir: KNOWLEDGE_DIR });
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.setEncoding('utf8').on('data', (chunk: string) => {
      shown += chunk;
    });
    const done = runRepl(service, { input, output });
    input.end(`${WHERE}\n^거기 대표는?\n^ 왜 일본 갔대?\n거기 대표는?\n`);
    await done;
    const answers = shown.split('\n> ').slice(1);
    expect(answers).toHaveLength(5);
    const [where, ceo, why, alone] = answers;
    expect(where).toContain('도쿄');
    expect(ceo).toContain('박성현');
    expect(ceo).toContain('↪ 리벨리온 대표는?');
    expect(why).toContain('↪ 리벨리온 왜 일본 갔대?');
    expect(alone).toContain(CLARIFY);
  });
});

describe('a broken knowledge file between two inputs', () => {
  let child: ChildProcessWithoutNullStreams;
  let dir: string;
  let file: string;
  let stderr = '';
  let lines: AsyncIterator<string>;
  let closed: Promise<number | null>;

  beforeAll(async () => {
    ({ dir, file } = await copyKnowledge());
    temps.push(dir);
    child = startCli(['--json'], { KNOWLEDGE_DIR: dir });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    closed = new Promise((resolve) => child.on('close', resolve));
    lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  });
  afterAll(() => {
    if (child.exitCode === null) child.kill();
  });

  async function ask(input: string): Promise<ConsoleJson> {
    child.stdin.write(`${input}\n`);
    const next = await lines.next();
    if (next.done) throw new Error(`the CLI ended before answering ${input}; stderr: ${stderr}`);
    return parseReply(next.value);
  }

  test('the reload is rejected, naming the file and the problem, and the old snapshot keeps answering', async () => {
    const first = await ask('/company 리벨리온');
    expect(first.found).toBe(true);

    await writeFile(file, '{ "article": { "id": ');
    const reload = await ask('/reload');
    expect(reload.found).toBe(false);
    const problem = replyText(reload);
    expect(problem).toContain(KNOWLEDGE_FILE);
    expect(problem).toMatch(/invalid JSON/i);

    const again = await ask('/company 리벨리온');
    expect(again.found).toBe(true);
    expect(again.reply.embeds).toEqual(first.reply.embeds);

    child.stdin.end();
    expect(await closed).toBe(0);
  });
});
