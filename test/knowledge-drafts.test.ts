/** Korean-only knowledge files, draft marks and the extractive summarizer. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftReports, formatDraftReport, ranges } from '../src/knowledge/drafts.ts';
import { loadKnowledgeBase } from '../src/knowledge/loader.ts';
import type { Passage } from '../src/knowledge/schema.ts';
import { splitSentences } from '../src/knowledge/sentences.ts';
import { summarize } from '../src/knowledge/summarize.ts';
import { miniKnowledgeFile, tempDir, writeJson } from './fixtures/mini-knowledge.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

/** The mini file with every English text left out, and its fact marked as a draft. */
function koreanOnly() {
  const file = miniKnowledgeFile();
  return {
    ...file,
    article: { ...file.article, title: { ko: file.article.title.ko }, category: { ko: '경제' }, draft: true },
    passages: file.passages.map(({ en: _en, ...p }) => p),
    entities: file.entities.map((e) => ({ ...e, name: { ko: e.name.ko }, summary: { ko: e.summary.ko } })),
    facts: file.facts.map((f) => ({ ...f, text: { ko: f.text.ko }, draft: true })),
  };
}

describe('English is optional in a file', () => {
  test('the loader fills it from the Korean and records the article as not translated', async () => {
    await writeJson(path.join(dir, 'mini.json'), koreanOnly());
    const result = await loadKnowledgeBase(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { kb } = result;
    expect(kb.articles[0]?.translated).toBe(false);
    expect(kb.articles[0]?.title.en).toBe('작은 기사');
    expect(kb.entities.get('ganada')?.name).toEqual({ ko: '가나다', en: '가나다' });
    expect(kb.passage('mini-article', 'p2')?.en).toBe(kb.passage('mini-article', 'p2')?.text);
    expect([...kb.facts.values()][0]?.text.en).toBe([...kb.facts.values()][0]?.text.ko);
  });

  test('a file with its English is translated', async () => {
    await writeJson(path.join(dir, 'mini.json'), miniKnowledgeFile());
    const result = await loadKnowledgeBase(dir);
    expect(result.ok && result.kb.articles[0]?.translated).toBe(true);
  });

  test('the Korean stays required', async () => {
    const file = koreanOnly();
    await writeJson(path.join(dir, 'mini.json'), {
      ...file,
      article: { ...file.article, title: { en: 'A title' } },
    });
    const result = await loadKnowledgeBase(dir);
    expect(result.ok).toBe(false);
  });
});

describe('draft marks', () => {
  test('kb:check lists, per file, how many items of each kind are drafts and where', async () => {
    await writeJson(path.join(dir, 'mini.json'), koreanOnly());
    const result = await loadKnowledgeBase(dir);
    if (!result.ok) throw new Error('not loaded');
    const [report] = draftReports(result.kb);
    expect(report).toMatchObject({
      count: 2,
      kinds: [{ kind: 'article' }, { kind: 'facts', count: 1, where: 'facts[0]' }],
    });
    expect(formatDraftReport(report!)).toMatch(
      /mini\.json: 2 draft item\(s\) to review — article; facts: 1 \(facts\[0\]\)$/,
    );
  });

  test('index ranges', () => {
    expect(ranges([0, 1, 2, 3, 5, 7, 8, 9])).toBe('0–3, 5, 7–9');
    expect(ranges([4])).toBe('4');
  });
});

describe('sentences', () => {
  test.each([
    ['첫 문장이에요. 두 번째 문장이죠? 세 번째!', ['첫 문장이에요.', '두 번째 문장이죠?', '세 번째!']],
    ['약 27조2700억원에 달한다. 2.5% 늘었다.', ['약 27조2700억원에 달한다.', '2.5% 늘었다.']],
    ['그는 "놓쳐선 안 될 시장이다." 라고 말했다. 끝.', ['그는 "놓쳐선 안 될 시장이다." 라고 말했다.', '끝.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('summarize', () => {
  const curated = JSON.parse(
    readFileSync(new URL('../knowledge/korean-ai-startups-japan.json', import.meta.url), 'utf8'),
  ) as { passages: Passage[] };
  const passages = curated.passages;

  test('one to five of the passages’ own sentences, in article order, each citing its passage', () => {
    for (const lines of [1, 3, 5]) {
      const summary = summarize(passages, { lines });
      expect(summary).toHaveLength(lines);
      const order = summary.map((l) => passages.findIndex((p) => p.id === l.source));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const line of summary) {
        const passage = passages.find((p) => p.id === line.source);
        expect(passage?.kind).toBe('paragraph');
        expect(splitSentences(passage?.text ?? '')).toContain(line.text);
      }
    }
  });

  test('by default about the square root of the sentence count, never more than five', () => {
    expect(summarize(passages)).toHaveLength(5);
    const section = passages.filter((p) => ['p7', 'p8'].includes(p.id));
    expect(summarize(section).length).toBeGreaterThanOrEqual(1);
    expect(summarize(section).length).toBeLessThanOrEqual(2);
  });

  test('the gist of a section: the sentence the others repeat', () => {
    const section = passages.filter((p) => ['p37', 'p38', 'p39', 'p40'].includes(p.id));
    const [first] = summarize(section, { lines: 1 });
    expect(first?.source).toMatch(/^p3[89]$|^p40$/);
  });

  test('headings, questions and nothing at all give no lines', () => {
    expect(summarize([])).toEqual([]);
    expect(summarize([{ id: 'p1', kind: 'heading', text: '무슨 일이 있었나' }])).toEqual([]);
    expect(summarize([{ id: 'p1', text: '여러분은 어떻게 생각하시나요?' }])).toEqual([]);
  });

  test('a table is summed up by its rows only where there is no prose', () => {
    const table = passages.filter((p) => ['p20', 'p21', 'p22'].includes(p.id));
    expect(summarize(table).every((l) => l.source !== undefined)).toBe(true);
    const withProse = passages.filter((p) => ['p21', 'p26'].includes(p.id));
    expect(summarize(withProse).every((l) => l.source === 'p26')).toBe(true);
  });
});
