import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { MissLog } from '../src/misses.ts';
import { tempDir } from './fixtures/mini-knowledge.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('misses-'));
});
afterEach(async () => cleanup());

const lines = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test('a miss is one JSON line: time, kind, question; the user id only as a salted hash', async () => {
  const file = path.join(dir, 'var', 'misses.jsonl');
  const log = new MissLog(file, { salt: 'pepper' });
  await log.record('ask', '  삼성전자   주가는? ', '123456789012345678');
  const [miss] = await lines(file);
  expect(Object.keys(miss ?? {}).sort()).toEqual(['kind', 'query', 'time', 'user']);
  expect(miss).toMatchObject({ kind: 'ask', query: '삼성전자 주가는?' });
  expect(JSON.stringify(miss)).not.toContain('123456789012345678');
  expect(miss?.user).toBe(log.hashUser('123456789012345678'));
  // Another salt (another process by default) gives another hash: ids cannot be matched across logs.
  expect(new MissLog(file, { salt: 'salt' }).hashUser('123456789012345678')).not.toBe(miss?.user);
});

test('the most frequent misses first, folded by normalised text, counting distinct askers', async () => {
  const log = new MissLog(path.join(dir, 'misses.jsonl'));
  await log.record('ask', '비트코인 시세', 'a');
  await log.record('mention', '비트코인  시세!', 'b');
  await log.record('ask', '비트코인 시세', 'a');
  await log.record('company', '삼성전자', 'c');
  const top = await log.top(10);
  expect(top.map((m) => [m.count, m.users])).toEqual([
    [3, 2],
    [1, 1],
  ]);
  expect(top[0]?.query).toMatch(/^비트코인/);
  expect(top[1]?.query).toBe('삼성전자');
});

test('the file is rotated past its size bound, keeping one previous file, and both are read', async () => {
  const file = path.join(dir, 'misses.jsonl');
  const log = new MissLog(file, { maxBytes: 1024 });
  for (let i = 0; i < 40; i++) await log.record('ask', `질문 ${i % 5} ${'가'.repeat(20)}`, `user-${i}`);
  expect((await stat(file)).size).toBeLessThanOrEqual(1024);
  expect((await stat(`${file}.1`)).size).toBeLessThanOrEqual(1024);
  const kept = (await lines(file)).length + (await lines(`${file}.1`)).length;
  // The oldest misses went with the rotation; what is kept is what `top` counts.
  expect(kept).toBeLessThan(40);
  const top = await log.top(10);
  expect(top.reduce((sum, m) => sum + m.count, 0)).toBe(kept);
  const newest = (await lines(file)).at(-1);
  expect(newest?.query).toBe(`질문 4 ${'가'.repeat(20)}`);
});

test('a write that fails is reported, not thrown, and empty questions are not recorded', async () => {
  const errors: unknown[] = [];
  // A folder where the file should be: appending fails.
  const log = new MissLog(dir, { onError: (error) => errors.push(error) });
  await log.record('ask', 'anything', 'u');
  expect(errors).toHaveLength(1);
  const quiet = new MissLog(path.join(dir, 'quiet.jsonl'));
  await quiet.record('ask', '   ', 'u');
  expect(await quiet.top()).toEqual([]);
});
