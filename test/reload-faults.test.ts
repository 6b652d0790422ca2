import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { askOnce } from '../src/console/ask.ts';
import { countKnowledge, formatKnowledgeError } from '../src/knowledge/loader.ts';
import { createKnowledgeService } from '../src/service.ts';
import { limitViolations } from './support/discord-limits.ts';

const FILE = 'korean-ai-startups-japan.json';
const QUESTIONS = ['/company 리벨리온', '일본 법인세 감면은 언제까지야?', '/compare', '/policy japan'];

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'reload-'));
  dir = path.join(root, 'knowledge');
  await cp('knowledge', dir, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const file = () => path.join(dir, FILE);
async function editJson(
  edit: (
    kb: Record<string, unknown> & { facts: Record<string, unknown>[]; entities: Record<string, unknown>[] },
  ) => void,
) {
  const kb = JSON.parse(await readFile(file(), 'utf8'));
  edit(kb);
  await writeFile(file(), JSON.stringify(kb, null, 2));
}

type Breakage = [name: string, breakIt: () => Promise<void>, expected: RegExp];
const breakages: Breakage[] = [
  [
    'truncated file',
    async () => {
      const text = await readFile(file(), 'utf8');
      await writeFile(file(), text.slice(0, Math.floor(text.length / 3)));
    },
    /korean-ai-startups-japan\.json: invalid JSON at line \d+, column \d+/,
  ],
  [
    'invalid UTF-8',
    async () => {
      const bytes = await readFile(file());
      await writeFile(
        file(),
        Buffer.concat([bytes.subarray(0, 200), Buffer.from([0xc3, 0x28, 0xff]), bytes.subarray(200)]),
      );
    },
    /korean-ai-startups-japan\.json: is not valid UTF-8/,
  ],
  [
    'a byte-order mark',
    async () => {
      await writeFile(file(), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(file())]));
    },
    /korean-ai-startups-japan\.json: starts with a byte-order mark/,
  ],
  [
    'a 50 MB file',
    async () => {
      await writeFile(path.join(dir, 'huge.json'), Buffer.alloc(50 * 1024 * 1024, 0x20));
    },
    /huge\.json: is 50\.0 MB; knowledge files may be at most \d+ MB/,
  ],
  ['an empty file', async () => writeFile(file(), ''), /korean-ai-startups-japan\.json: invalid JSON/],
  [
    'an array instead of an object',
    async () => writeFile(file(), '[]'),
    /korean-ai-startups-japan\.json: .*expected object/,
  ],
  [
    'wrong types',
    () =>
      editJson((kb) => {
        kb.facts[0]!.figures = '30%';
        kb.facts[1]!.entities = 'rebellions';
      }),
    /korean-ai-startups-japan\.json: facts\[0\]\.figures: .*expected array/,
  ],
  [
    'a missing required field',
    () =>
      editJson((kb) => {
        delete kb.article;
      }),
    /korean-ai-startups-japan\.json: article: is required/,
  ],
  [
    'a dangling entity reference',
    () =>
      editJson((kb) => {
        (kb.facts[3]!.entities as string[]).push('samsung');
      }),
    /korean-ai-startups-japan\.json: facts\[3\]\.entities\[\d+\]: entity "samsung" does not exist/,
  ],
  [
    'a dangling passage reference',
    () =>
      editJson((kb) => {
        kb.facts[5]!.source = 'p999';
      }),
    /korean-ai-startups-japan\.json: facts\[5\]\.source: passage "p999" does not exist/,
  ],
  [
    'duplicate ids across two files',
    async () => {
      const kb = JSON.parse(await readFile(file(), 'utf8'));
      kb.article.id = 'second-copy';
      await writeFile(path.join(dir, 'second.json'), JSON.stringify(kb));
    },
    /second\.json: entities\[0\]\.id: duplicate entity id "[a-z-]+" \(already used in .*korean-ai-startups-japan\.json\)/,
  ],
  [
    'an alias shared by two entities',
    () =>
      editJson((kb) => {
        (kb.entities[1]!.aliases as string[]).push(String((kb.entities[0]!.name as { ko: string }).ko));
      }),
    /korean-ai-startups-japan\.json: entities\[1\]\.aliases\[\d+\]: name ".+" is already used by entity/,
  ],
  ['an empty folder', async () => rm(file()), /knowledge: contains no knowledge files/],
  ['a deleted folder', async () => rm(dir, { recursive: true }), /knowledge: folder does not exist/],
  [
    'a file that is a directory',
    async () => mkdir(path.join(dir, 'extra.json')),
    /extra\.json: is not a regular file/,
  ],
  [
    'a link to nowhere',
    async () => symlink(path.join(root, 'missing.json'), path.join(dir, 'linked.json')),
    /linked\.json: file does not exist/,
  ],
  [
    'thousands of errors at once',
    () =>
      editJson((kb) => {
        for (const fact of kb.facts) fact.source = 'nowhere';
      }),
    /facts\[\d+\]\.source: passage "nowhere" does not exist/,
  ],
];

test.each(breakages)(
  '%s: the reload is rejected with a clear error and the old answers keep serving',
  async (_name, breakIt, expected) => {
    const service = await createKnowledgeService({ dir });
    const before = await Promise.all(QUESTIONS.map((q) => askOnce(service, q)));
    expect(before.every((r) => r.found)).toBe(true);
    const serving = countKnowledge(service.engine.kb);

    await breakIt();
    const result = await service.reload();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatKnowledgeError).join('\n')).toMatch(expected);
    expect(result.serving).toEqual(serving);

    const after = await Promise.all(QUESTIONS.map((q) => askOnce(service, q)));
    expect(after).toEqual(before);
    // The admin's reply to the failed /reload fits Discord and names the problem.
    const reply = await askOnce(service, '/reload');
    expect(reply.found).toBe(false);
    expect(JSON.stringify(reply.reply)).toMatch(/다시 불러오지 못했어요/);
    expect(limitViolations(reply.reply)).toEqual([]);
  },
);

test('permission denied: the reload is rejected and the old answers keep serving', async () => {
  // Root reads any file whatever its mode. As root, the probe runs without the capabilities that
  // allow that (util-linux setpriv), so a mode-000 file is as unreadable as it is to anyone else.
  const asRoot = process.getuid?.() === 0;
  const node = [process.execPath, '--import', 'tsx', 'test/support/reload-probe.ts', dir];
  const [command, ...args] = asRoot
    ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', ...node]
    : node;
  const { stdout } = await promisify(execFile)(command!, args, { env: { PATH: process.env.PATH ?? '' } });
  const outcome = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    ok: boolean;
    errors: string[];
    same: boolean;
  };
  expect(outcome.ok).toBe(false);
  expect(outcome.errors.join('\n')).toMatch(
    /korean-ai-startups-japan\.json: permission denied reading the file/,
  );
  expect(outcome.same).toBe(true);
}, 30_000);

test('a good edit after a failed one is taken, with the change reported', async () => {
  const service = await createKnowledgeService({ dir });
  await writeFile(file(), '{');
  expect((await service.reload()).ok).toBe(false);
  await cp('knowledge', dir, { recursive: true });
  await editJson((kb) => {
    kb.facts = kb.facts.filter((f) => f.id !== 'japan-corporate-tax-cut');
  });
  const result = await service.reload();
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.facts.removed).toEqual(['japan-corporate-tax-cut']);
  expect(result.after.facts).toBe(result.before.facts - 1);
});

test('a question asked while a reload is under way is answered from the snapshot in service', async () => {
  const service = await createKnowledgeService({ dir });
  const question = '일본 법인세 감면은 언제까지야?';
  const before = await askOnce(service, question);
  await editJson((kb) => {
    kb.facts = kb.facts.filter(
      (f) => f.id !== 'japan-corporate-tax-cut' && f.id !== 'korea-japan-gov-support',
    );
  });
  const reloading = service.reload();
  // The reload reads files first; until it swaps, the old snapshot answers, whole.
  expect(await askOnce(service, question)).toEqual(before);
  expect((await reloading).ok).toBe(true);
  expect(JSON.stringify((await askOnce(service, question)).reply)).not.toContain('2032년까지 최대 30%');
});
