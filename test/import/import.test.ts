/**
 * Importing an article end to end: the seed's raw text into an empty folder (it validates and answers
 * at once, through the console's JSON path), next to the curated file (its entities reused, never
 * redefined), again over an edited draft (the editor's changes kept), and bad input refused.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { askOnce } from '../../src/console/ask.ts';
import { ImportError, type ImportProblem } from '../../src/import/problems.ts';
import { type ImportRequest, type ImportSummary, importArticle } from '../../src/import/run.ts';
import { draftReports } from '../../src/knowledge/drafts.ts';
import { loadKnowledgeBase } from '../../src/knowledge/loader.ts';
import { KnowledgeFileSource } from '../../src/knowledge/schema.ts';
import { replyToText } from '../../src/render/text.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/service.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = path.join(ROOT, 'test/fixtures/article.txt');
const PAGE = path.join(ROOT, 'test/fixtures/article.html');
const CURATED = path.join(ROOT, 'knowledge/korean-ai-startups-japan.json');

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'kb-import-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

let folders = 0;
const folder = () => path.join(temp, `kb-${++folders}`);
const importFile = (file: string, dir: string, extra: Partial<ImportRequest> = {}) =>
  importArticle({ source: { kind: 'file', path: file }, dir, today: '2025-01-01', ...extra });

async function problemOf(request: Promise<unknown>): Promise<ImportProblem> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  throw new Error('the import went through');
}

async function readDraft(file: string) {
  return KnowledgeFileSource.parse(JSON.parse(await readFile(file, 'utf8')));
}

describe('the seed article, raw text, into an empty folder', () => {
  let dir: string;
  let summary: ImportSummary;
  let service: KnowledgeService;
  const ask = async (question: string, locale?: string) => {
    const reply = await askOnce(service, question, locale ? { locale } : {});
    return { found: reply.found, text: replyToText(reply.reply), content: reply.reply.content ?? '' };
  };

  beforeAll(async () => {
    dir = folder();
    summary = await importFile(SEED, dir);
    service = await createKnowledgeService({ dir });
  });

  test('writes <id>.json, creating the folder, and says what it added', () => {
    expect(summary.file).toBe(path.join(dir, `${summary.id}.json`));
    expect(summary.title).toBe('한국 AI 유망주들의 일본행 러시 일본의 AI 허브 전략과 한국의 과제');
    expect(summary.passages).toBe(45);
    expect(summary.facts).toBeGreaterThanOrEqual(50);
    expect(summary.figures).toBeGreaterThanOrEqual(12);
    expect(summary.sections).toBe(11);
    expect(summary.previous).toBe('none');
  });

  test('validates, and kb:check lists every generated item as a draft', async () => {
    const result = await loadKnowledgeBase(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [report] = draftReports(result.kb);
    expect(report?.count).toBe(summary.drafts);
    expect(report?.kinds.map((k) => k.kind)).toEqual([
      'article',
      'passages',
      'entities',
      'facts',
      'sections',
      'lexicon',
    ]);
    expect(result.kb.articles[0]?.translated).toBe(false);
  });

  test('finds the companies, their people and the countries, typed', async () => {
    const draft = await readDraft(summary.file);
    const byName = new Map(draft.entities.map((e) => [e.name.ko, e]));
    for (const company of [
      '리벨리온',
      '올거나이즈',
      '이랜서',
      '업스테이지',
      '뤼튼테크놀로지스',
      '채널톡',
      '구글',
    ])
      expect(byName.get(company)?.type, company).toBe('company');
    expect(byName.get('박성현')).toMatchObject({ type: 'person', role: { ko: '리벨리온 대표' } });
    expect(byName.get('박성현')?.affiliation).toBe(byName.get('리벨리온')?.id);
    expect(byName.get('박우진')?.affiliation).toBe(byName.get('이랜서')?.id);
    expect(byName.get('일본')).toMatchObject({ type: 'region', code: 'JP' });
    expect(byName.get('마이크로소프트')?.aliases).toContain('MS');
    expect(draft.lexicon.map((s) => s.words)).toContainEqual(['디지털 전환', 'DX']);
  });

  test('facts are the sentences verbatim, with their figures', async () => {
    const draft = await readDraft(summary.file);
    const seed = (await readFile(SEED, 'utf8')).replace(/\s+/g, ' ');
    for (const fact of draft.facts) expect(seed).toContain(fact.text.ko);
    const tax = draft.facts.find((f) => f.text.ko.includes('2032년까지'));
    expect(tax?.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 2032, unit: 'year', qualifier: 'until' }),
        expect.objectContaining({ value: 30, unit: 'percent', qualifier: 'max' }),
        expect.objectContaining({ value: 45_000_000_000, unit: 'JPY', qualifier: 'max' }),
      ]),
    );
  });

  test.each([
    ['리벨리온 일본 어디에 법인 세웠어?', '도쿄'],
    ['일본 법인세 감면은 언제까지야?', '2032'],
    ['이랜서 프리랜서 몇 명이야?', '41만'],
    ['올거나이즈 일본 매출 비중 몇 퍼센트야?', '70%'],
    ['일본 데이터센터 보조금 최대 얼마야?', '450억'],
    ['2023년 글로벌 VC 국내 투자액은?', '2318억'],
    ['박성현은 누구야?', '리벨리온'],
  ])('answers %s (%s)', async (question, expected) => {
    const reply = await ask(question);
    expect(reply.found, reply.text).toBe(true);
    expect(reply.text).toContain(expected);
  });

  test('refuses what the article does not cover', async () => {
    expect((await ask('삼성전자도 일본에 AI 법인 세웠어?')).found).toBe(false);
    expect((await ask('리벨리온 작년 매출은 얼마야?')).found).toBe(false);
  });

  test('an English question is answered in Korean, with a line saying the article is not translated', async () => {
    const reply = await ask('/company 리벨리온', 'en-US');
    expect(reply.found).toBe(true);
    expect(reply.text).toContain('도쿄에 첫 해외법인');
    expect(reply.content).toContain('no English translation');
  });
});

describe('beside the curated file', () => {
  test('the knowledge base’s entities are reused by id, not redefined', async () => {
    const dir = folder();
    await mkdir(dir);
    await copyFile(CURATED, path.join(dir, 'korean-ai-startups-japan.json'));
    const summary = await importFile(SEED, dir, { id: 'seed-draft' });
    expect(summary.entities.reused).toBeGreaterThanOrEqual(20);
    const draft = await readDraft(summary.file);
    const names = draft.entities.map((e) => e.name.ko);
    for (const known of ['리벨리온', '일본', '한국', '박성현', '마이크로소프트'])
      expect(names).not.toContain(known);
    expect(draft.facts.find((f) => f.text.ko.startsWith('박성현 리벨리온 대표는'))?.entities).toEqual(
      expect.arrayContaining(['park-sung-hyun', 'rebellions']),
    );
    expect((await loadKnowledgeBase(dir)).ok).toBe(true);
  });

  test('a curated file is never overwritten without replace', async () => {
    const dir = folder();
    await mkdir(dir);
    const target = path.join(dir, 'korean-ai-startups-japan.json');
    await copyFile(CURATED, target);
    const curated = await readFile(target, 'utf8');
    expect(await problemOf(importFile(SEED, dir, { id: 'korean-ai-startups-japan' }))).toMatchObject({
      kind: 'exists',
    });
    expect(await readFile(target, 'utf8')).toBe(curated);
    const replaced = await importFile(SEED, dir, { id: 'korean-ai-startups-japan', replace: true });
    expect(replaced.previous).toBe('replaced');
    expect((await readDraft(target)).article.draft).toBe(true);
  });
});

describe('re-importing a draft', () => {
  test('keeps what the editor changed, unless replace', async () => {
    const dir = folder();
    const first = await importFile(SEED, dir);
    const draft = await readDraft(first.file);
    const fact = draft.facts[3]!;
    fact.text = { ko: fact.text.ko, en: 'An editor’s translation.' };
    const entity = draft.entities.find((e) => e.name.ko === '리벨리온')!;
    entity.draft = false;
    entity.summary = { ko: 'AI 반도체 스타트업', en: 'An AI chip start-up' };
    await writeFile(first.file, JSON.stringify(draft, null, 2));

    const again = await importFile(SEED, dir);
    expect(again).toMatchObject({ previous: 'merged', kept: 2 });
    const merged = await readDraft(first.file);
    expect(merged.facts.find((f) => f.id === fact.id)?.text.en).toBe('An editor’s translation.');
    expect(merged.entities.find((e) => e.id === entity.id)).toMatchObject({
      draft: false,
      summary: { en: 'An AI chip start-up' },
    });
    expect((await loadKnowledgeBase(dir)).ok).toBe(true);

    const replaced = await importFile(SEED, dir, { replace: true });
    expect(replaced.previous).toBe('replaced');
    expect((await readDraft(first.file)).facts.find((f) => f.id === fact.id)?.text.en).toBeUndefined();
  });
});

describe('an HTML page', () => {
  test('imports the article only, its table of two countries as a comparison', async () => {
    const dir = folder();
    const summary = await importFile(PAGE, dir);
    const draft = await readDraft(summary.file);
    expect(draft.article).toMatchObject({
      author: '김하늘 기자',
      date: '2025-05-12',
      category: { ko: 'IT/과학' },
    });
    const all = draft.passages.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/댓글|광고|로그인|많이 본 뉴스/);
    expect(draft.comparisons).toHaveLength(1);
    expect(draft.comparisons[0]?.rows.map((r) => r.aspect.ko)).toEqual(['법인 설립', '직원 수']);
    expect(draft.entities.find((e) => e.name.ko === '정다온')).toMatchObject({
      type: 'person',
      role: { ko: '해오름랩스 대표' },
    });
  });
});

describe('bad input is refused, and nothing is written', () => {
  test.each([
    ['a missing file', async (dir: string) => importFile(path.join(temp, 'missing.txt'), dir), 'unreadable'],
    [
      'a PDF',
      async (dir: string) =>
        importArticle({ source: { kind: 'bytes', name: 'a.pdf', bytes: Buffer.from('%PDF-1.7') }, dir }),
      'unsupported',
    ],
    [
      'bytes that are not text',
      async (dir: string) =>
        importArticle({
          source: { kind: 'bytes', name: 'a.txt', bytes: Buffer.from([0xff, 0xfe, 0x00, 0x01]) },
          dir,
        }),
      'not-text',
    ],
    [
      'text with no article in it',
      async (dir: string) =>
        importArticle({ source: { kind: 'bytes', name: 'a.txt', bytes: Buffer.from('\n\n') }, dir }),
      'no-article',
    ],
    [
      'a file over the limit',
      async (dir: string) =>
        importArticle({
          source: { kind: 'bytes', name: 'a.txt', bytes: Buffer.alloc(2048, 'a') },
          dir,
          maxFileBytes: 1024,
        }),
      'too-large',
    ],
    [
      'an id with no letter or digit',
      async (dir: string) => importFile(SEED, dir, { id: '../../..' }),
      'bad-id',
    ],
  ])('%s', async (_, run, kind) => {
    const dir = folder();
    expect(await problemOf(run(dir))).toMatchObject({ kind });
    expect((await loadKnowledgeBase(dir)).ok).toBe(false);
  });

  test('an id is made into a slug: no path leaves the folder', async () => {
    const dir = folder();
    const summary = await importFile(SEED, dir, { id: '../../etc/Passwd File' });
    expect(summary.file).toBe(path.join(dir, 'etc-passwd-file.json'));
  });
});

describe('npm run kb:import', () => {
  const run = (args: readonly string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.KNOWLEDGE_DIR;
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/kb-import.ts', ...args], {
        cwd: ROOT,
        env,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => {
        stdout += c;
      });
      child.stderr.setEncoding('utf8').on('data', (c: string) => {
        stderr += c;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  test('prints what it added and what needs review', async () => {
    const dir = folder();
    const result = await run([SEED, '--out', dir, '--id', 'seed']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(path.join(dir, 'seed.json'));
    expect(result.stdout).toMatch(/added: 45 passages · \d+ facts/);
    expect(result.stdout).toContain('to review:');
    expect(result.stdout).toContain('박성현 (person');
  });

  test('exits 1 with a clear message on bad input', async () => {
    const result = await run([path.join(temp, 'nothing-here.md'), '--out', folder()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Could not read');
    const usage = await run([]);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('usage: npm run kb:import');
  });
});
