import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readHtml } from '../../src/import/html.ts';
import { readText } from '../../src/import/text.ts';

const seed = readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8');
const page = readFileSync(new URL('../fixtures/article.html', import.meta.url), 'utf8');

describe('plain text in the layout of a blog post (the seed article)', () => {
  const doc = readText(seed, { markdown: false });

  test('the category line, the title and the byline are metadata, not passages', () => {
    expect(doc.category).toBe('사회&경제&생활 정보');
    expect(doc.title).toBe('한국 AI 유망주들의 일본행 러시 일본의 AI 허브 전략과 한국의 과제');
    expect(doc.author).toBe('editor6141');
    expect(doc.date).toBe('2025-04-04');
    expect(doc.dateline).toBe('2025. 4. 4. 00:08');
    expect(doc.blocks.some((b) => /editor6141|사회&경제/.test(b.text))).toBe(false);
  });

  test('◎ and ○ headings (the first mark the top level), short unpunctuated lines as headings', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings[0]).toEqual({
      kind: 'heading',
      text: '한국 AI 유망주들의 일본행 러시 무슨 일이 있었나?',
      level: 1,
    });
    expect(headings).toContainEqual({ kind: 'heading', text: '스타트업 업계의 반응', level: 2 });
    expect(headings).toContainEqual({ kind: 'heading', text: 'AI 산업 한국 VS 일본', level: 1 });
  });

  test('a ○ before a paragraph is a bullet: the paragraph, without the mark', () => {
    const usa = doc.blocks.find((b) => b.text.startsWith('미국은 국가 AI 이니셔티브'));
    expect(usa?.kind).toBe('paragraph');
  });

  test('consecutive short lines are table rows, the first one naming the columns', () => {
    const rows = doc.blocks.filter((b) => b.kind === 'table-row');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ text: '구분 한국 일본', table: 0, header: true });
    expect(rows[5]).toMatchObject({ text: '기업 일본 AI 투자 / 진출 현황', table: 1, header: true });
    expect(rows.map((r) => r.text)).toContain('파인더스AI, 피처링, 채널톡 일본 법인 설립 추진 중');
  });

  test('paragraphs are verbatim', () => {
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
    for (const p of paragraphs) expect(seed.replace(/\s+/g, ' ')).toContain(p.text);
    expect(paragraphs).toHaveLength(21);
  });
});

describe('Markdown', () => {
  const markdown = [
    '---',
    'title: "해오름랩스, 싱가포르 진출"',
    'author: 김하늘',
    'date: 2025-05-12',
    '---',
    '',
    '# 해오름랩스, 싱가포르 진출',
    '',
    '부산의 **물류 AI** 스타트업 [해오름랩스](https://example.com)가 싱가포르에 법인을 세웠다.',
    '',
    '## 투자',
    '',
    '- 시리즈A에서 150억 원을 투자받았다.',
    '- 올해 매출은 약 80억 원이다.',
    '',
    '| 구분 | 한국 | 싱가포르 |',
    '| --- | --- | --- |',
    '| 직원 수 | 45명 | 8명 |',
  ].join('\n');
  const doc = readText(markdown, { markdown: true });

  test('front matter and `#` headings; inline marks taken off the words', () => {
    expect(doc).toMatchObject({ title: '해오름랩스, 싱가포르 진출', author: '김하늘', date: '2025-05-12' });
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph',
      text: '부산의 물류 AI 스타트업 해오름랩스가 싱가포르에 법인을 세웠다.',
    });
    expect(doc.blocks[1]).toEqual({ kind: 'heading', text: '투자', level: 2 });
  });

  test('list items are paragraphs; a pipe table keeps its cells', () => {
    expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(3);
    const rows = doc.blocks.filter((b) => b.kind === 'table-row');
    expect(rows[0]).toMatchObject({ cells: ['구분', '한국', '싱가포르'], header: true });
    expect(rows[1]).toMatchObject({ cells: ['직원 수', '45명', '8명'], header: false });
  });
});

describe('HTML: the article only, as Reader View shows it', () => {
  const doc = readHtml(page, 'https://news.example/1');

  test('title, author, date and section from og:, article: and JSON-LD metadata', () => {
    expect(doc).toMatchObject({
      title: '부산 AI 스타트업 해오름랩스, 싱가포르에 첫 해외법인',
      author: '김하늘 기자',
      date: '2025-05-12',
      category: 'IT/과학',
      url: 'https://news.example/1',
    });
  });

  test('navigation, ads, comments, related links, footer and scripts are left out', () => {
    const all = doc?.blocks.map((b) => b.text).join('\n') ?? '';
    for (const noise of [
      '로그인',
      '광고',
      '댓글',
      '응원합니다',
      '부업',
      '많이 본 뉴스',
      '열애설',
      '무단 전재',
      'trackingPixel',
      '스크랩',
    ])
      expect(all).not.toContain(noise);
  });

  test('every paragraph, heading and table row of the article is there, in order', () => {
    expect(doc?.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'table-row',
      'table-row',
      'table-row',
      'heading',
      'paragraph',
    ]);
    expect(doc?.blocks[4]).toMatchObject({ cells: ['구분', '한국', '싱가포르'], header: true });
  });

  test('a page with no article gives none', () => {
    expect(readHtml('<html><body><nav><a href="/">홈</a></nav></body></html>')).toBeUndefined();
  });
});
