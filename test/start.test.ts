/** `npm start` on a fresh machine, with no token: one friendly line, then the console on the same engine. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('npm start without a token explains how to get one and answers in the console', async () => {
  // Blank, not absent: a developer's .env must not turn this into a real login.
  const env = {
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: '',
    KNOWLEDGE_DIR: 'knowledge',
    MISS_LOG: 'off',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end('/company ㄹㅂㄹㅇ\n일본 법인세 감면은 언제까지야?\n');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const [first] = stdout.split('\n');
  expect(first).toMatch(/DISCORD_TOKEN/);
  expect(first).toMatch(/discord\.com\/developers\/applications/);
  // The answers, from the article: 리벨리온's card and the 2032 deadline.
  expect(stdout).toContain('리벨리온 (Rebellions)');
  expect(stdout).toContain('박성현');
  expect(stdout).toMatch(/2032년까지/);
}, 30_000);
