import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../src/knowledge/loader.ts';
import type { Entity, FigureUnit } from '../src/knowledge/schema.ts';
import type { KnowledgeArticle, KnowledgeBase, SourcedFact } from '../src/knowledge/types.ts';

// Expected values below are written from the article itself, never read back from the data.
const ARTICLE_ID = 'korean-ai-startups-japan';
// The article as published (a byte-for-byte copy of the project's seed, kept with the tests so a
// clone needs nothing outside the repository).
const SEED_URL = new URL('./fixtures/article.txt', import.meta.url);

let kb: KnowledgeBase;
let article: KnowledgeArticle;

beforeAll(async () => {
  const result = await loadKnowledgeBase('knowledge');
  if (!result.ok) throw new Error(`knowledge base failed to load: ${JSON.stringify(result.errors, null, 2)}`);
  kb = result.kb;
  const found = kb.article(ARTICLE_ID);
  if (!found) throw new Error(`article ${ARTICLE_ID} is missing`);
  article = found;
});

/** Read lazily so that a missing seed fails the tests that need it (and only those). */
function readSeed(): string {
  return readFileSync(fileURLToPath(SEED_URL), 'utf8');
}

/** A seed line as a passage holds it: leading ◎/○ marker and surrounding whitespace removed. */
function stripMarker(line: string): string {
  return line.replace(/^\s*[◎○]/, '').trim();
}

function entityByKoreanName(name: string): Entity | undefined {
  return [...kb.entities.values()].find((e) => e.name.ko === name || e.aliases.includes(name));
}

function factsOf(entityId: string): readonly SourcedFact[] {
  return kb.factsByEntity.get(entityId) ?? [];
}

function allFacts(): SourcedFact[] {
  return [...kb.facts.values()];
}

describe('article', () => {
  test('the knowledge folder loads', async () => {
    const result = await loadKnowledgeBase('knowledge');
    expect(result.ok).toBe(true);
  });

  test('holds exactly one article with the metadata of the seed', () => {
    expect(kb.articles).toHaveLength(1);
    expect(article.title.ko).toBe('한국 AI 유망주들의 일본행 러시 일본의 AI 허브 전략과 한국의 과제');
    expect(article.title.en).toMatch(/Japan/);
    expect(article.author).toBe('editor6141');
    expect(article.date).toBe('2025-04-04');
    expect(article.category.ko).toBe('사회&경제&생활 정보');
    expect(article.category.en.trim()).not.toBe('');
  });
});

describe('entities', () => {
  const companies = [
    ['rebellions', '리벨리온', 'Rebellions'],
    ['allganize', '올거나이즈', 'Allganize'],
    ['elancer', '이랜서', 'Elancer'],
    ['upstage', '업스테이지', 'Upstage'],
    ['wrtn', '뤼튼테크놀로지스', 'Wrtn Technologies'],
    ['finders-ai', '파인더스AI', 'Finders AI'],
    ['featuring', '피처링', 'Featuring'],
    ['channel-talk', '채널톡', 'Channel Talk'],
    ['google', '구글', 'Google'],
    ['microsoft', '마이크로소프트', 'Microsoft'],
    ['aws', '아마존웹서비스', 'Amazon Web Services'],
  ] as const;

  test('there are exactly the 11 companies of the article, all pinned', () => {
    const found = kb.entitiesOfType('company');
    expect(found.map((e) => e.id).sort()).toEqual(companies.map(([id]) => id).sort());
    expect(found.every((e) => e.pinned)).toBe(true);
  });

  test.each(companies)('company %s is %s / %s', (id, ko, en) => {
    const entity = kb.entities.get(id);
    expect(entity?.type).toBe('company');
    expect(entity?.name).toEqual({ ko, en });
  });

  test.each([
    ['wrtn', '뤼튼'],
    ['microsoft', 'MS'],
    ['aws', 'AWS'],
    ['smbc', 'SMBC'],
    ['nabo', '예산정책처'],
    ['eu', 'EU'],
  ])('%s is also known as %s', (id, alias) => {
    expect(kb.entities.get(id)?.aliases).toContain(alias);
  });

  const people = [
    ['park-sung-hyun', '박성현', 'Park Sung-hyun', 'rebellions', '리벨리온 대표'],
    ['lee-chang-soo', '이창수', 'Lee Chang-soo', 'allganize', '올거나이즈 대표'],
    ['park-woo-jin', '박우진', 'Park Woo-jin', 'elancer', '이랜서 대표'],
  ] as const;

  test('there are exactly 3 people', () => {
    expect(
      kb
        .entitiesOfType('person')
        .map((e) => e.id)
        .sort(),
    ).toEqual(people.map(([id]) => id).sort());
  });

  test.each(people)('%s is %s (%s), %s', (id, ko, en, affiliation, roleKo) => {
    const person = kb.entities.get(id);
    expect(person?.type).toBe('person');
    expect(person?.name).toEqual({ ko, en });
    expect(person?.affiliation).toBe(affiliation);
    expect(person?.role?.ko).toBe(roleKo);
    expect(person?.role?.en).toMatch(/CEO/);
  });

  const regions = [
    ['japan', '일본', 'JP'],
    ['korea', '한국', 'KR'],
    ['usa', '미국', 'US'],
    ['eu', '유럽연합', 'EU'],
    ['china', '중국', 'CN'],
  ] as const;

  test('there are exactly 5 pinned regions', () => {
    const found = kb.entitiesOfType('region');
    expect(found.map((e) => e.id).sort()).toEqual(regions.map(([id]) => id).sort());
    expect(found.every((e) => e.pinned)).toBe(true);
  });

  test.each(regions)('region %s is %s with code %s', (id, ko, code) => {
    const region = kb.entities.get(id);
    expect(region?.name.ko).toBe(ko);
    expect(region?.code).toBe(code);
  });

  test.each([
    '리벨리온',
    '올거나이즈',
    '이랜서',
    '업스테이지',
    '뤼튼테크놀로지스',
    '파인더스AI',
    '피처링',
    '채널톡',
    '구글',
    '마이크로소프트',
    '아마존웹서비스',
    '오픈AI',
    '노무라증권',
    '미쓰이스미토모은행',
    '국회 예산정책처',
    '박성현',
    '이창수',
    '박우진',
    '일본',
    '한국',
    '미국',
    '유럽연합',
    '중국',
  ])('%s, named in the article, is an entity', (name) => {
    expect(entityByKoreanName(name)).toBeDefined();
  });

  test('every entity has Korean and English names and summaries', () => {
    for (const entity of kb.entities.values()) {
      expect(entity.name.ko.trim()).not.toBe('');
      expect(entity.name.en.trim()).not.toBe('');
      expect(entity.summary.ko.trim()).not.toBe('');
      expect(entity.summary.en.trim()).not.toBe('');
    }
  });
});

describe('comparison of Korea and Japan', () => {
  test.each([
    ['gov-support', '정부 지원', '제한적 세제 혜택', '법인세 최대 30% 감면'],
    ['infrastructure', '인프라', '전력 부족으로 데이터센터 한계', '재생에너지 기반 전력망 확충'],
    ['investment', '투자 유치', 'VC 투자 급감', '글로벌 빅테크 대규모 투자 유입'],
    ['market-growth', '시장 성장', '내수 시장 중심', '고령화 사회의 AI 수요 급증'],
  ])('row %s: %s', (rowId, aspect, korea, japan) => {
    const comparison = kb.comparisons.find((c) => c.id === 'korea-vs-japan');
    expect(comparison?.entities).toEqual(['korea', 'japan']);
    expect(comparison?.rows).toHaveLength(4);
    const row = comparison?.rows.find((r) => r.id === rowId);
    expect(row?.aspect.ko).toBe(aspect);
    expect(row?.values.find((v) => v.entity === 'korea')?.text.ko).toBe(korea);
    expect(row?.values.find((v) => v.entity === 'japan')?.text.ko).toBe(japan);
    const source = row ? kb.passage(ARTICLE_ID, row.source) : undefined;
    expect(source?.kind).toBe('table-row');
    expect(source?.text.startsWith(aspect)).toBe(true);
  });

  test('each row is also a comparison fact', () => {
    expect(allFacts().filter((f) => f.kind === 'comparison')).toHaveLength(4);
  });
});

describe('figures', () => {
  const figures: [label: string, value: number, unit: FigureUnit, year: number | undefined][] = [
    ['법인세 최대 30%', 30, 'percent', undefined],
    ['2032년까지', 2032, 'year', undefined],
    ['최대 450억 엔', 45_000_000_000, 'JPY', undefined],
    ['약 4428억 원', 442_800_000_000, 'KRW', undefined],
    ['186억 달러', 18_600_000_000, 'USD', undefined],
    ['약 27조2700억 원', 27_270_000_000_000, 'KRW', undefined],
    ['2021년 9895억 원', 989_500_000_000, 'KRW', 2021],
    ['2022년 6097억 원', 609_700_000_000, 'KRW', 2022],
    ['2023년 2318억 원', 231_800_000_000, 'KRW', 2023],
    ['41만 명', 410_000, 'people', undefined],
    ['50여 개 기업 및 기관', 50, 'organizations', undefined],
    ['매출의 약 70%', 70, 'percent', undefined],
  ];

  test.each(figures)('%s is a structured figure', (_label, value, unit, year) => {
    const match = allFacts()
      .flatMap((f) => f.figures)
      .some((g) => g.value === value && g.unit === unit && (year === undefined || g.year === year));
    expect(match).toBe(true);
  });

  test('the three VC figures carry the years 2021, 2022 and 2023', () => {
    const vc = allFacts()
      .filter((f) => f.entities.includes('korea'))
      .flatMap((f) => f.figures)
      .filter((g) => g.unit === 'KRW' && g.year !== undefined);
    const byYear = new Map(vc.map((g) => [g.year, g.value]));
    expect(byYear.get(2021)).toBe(989_500_000_000);
    expect(byYear.get(2022)).toBe(609_700_000_000);
    expect(byYear.get(2023)).toBe(231_800_000_000);
  });
});

describe('passages', () => {
  test('every passage occurs verbatim in the seed article', () => {
    const seed = readSeed();
    const missing = article.passages.filter((p) => !seed.includes(p.text)).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  test('passages are numbered p1, p2, … in article order', () => {
    const seed = readSeed();
    expect(article.passages.map((p) => p.id)).toEqual(article.passages.map((_, i) => `p${i + 1}`));
    const offsets = article.passages.map((p) => seed.indexOf(p.text));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  test('every line of the seed is a passage or the article metadata', () => {
    // The category line and the byline are held by article.category / author / date.
    const metadataLines = new Set(['사회&경제&생활 정보', 'editor6141 2025. 4. 4. 00:08']);
    const texts = new Set(article.passages.map((p) => p.text));
    const uncovered = readSeed()
      .split('\n')
      .map(stripMarker)
      .filter((line) => line !== '' && !metadataLines.has(line) && !texts.has(line));
    expect(uncovered).toEqual([]);
  });

  test.each([
    ['title', '한국 AI 유망주들의 일본행 러시 일본의 AI 허브 전략과 한국의 과제'],
    ['heading', '한국 AI 유망주들의 일본행 러시 무슨 일이 있었나?'],
    ['heading', 'AI 산업 한국 VS 일본'],
    ['heading', '한국과 일본의 AI 정책 비교'],
    ['table-row', '구분 한국 일본'],
    ['table-row', '기업 일본 AI 투자 / 진출 현황'],
    ['table-row', '파인더스AI, 피처링, 채널톡 일본 법인 설립 추진 중'],
  ])('a %s passage reads "%s"', (kind, text) => {
    expect(article.passages.find((p) => p.text === text)?.kind).toBe(kind);
  });

  test('the two tables give 12 table-row passages, header rows included', () => {
    expect(article.passages.filter((p) => p.kind === 'table-row')).toHaveLength(12);
  });

  test('every passage has an English translation and a section', () => {
    for (const p of article.passages) {
      expect(p.en.trim()).not.toBe('');
      expect(p.section?.ko.trim()).toBeTruthy();
      expect(p.section?.en.trim()).toBeTruthy();
    }
  });
});

describe('facts', () => {
  test('there are between 60 and 90 facts', () => {
    expect(kb.facts.size).toBeGreaterThanOrEqual(60);
    expect(kb.facts.size).toBeLessThanOrEqual(90);
  });

  test('every fact has ko+en text, entities that exist and a source passage', () => {
    for (const fact of allFacts()) {
      expect(fact.text.ko.trim(), fact.id).not.toBe('');
      expect(fact.text.en.trim(), fact.id).not.toBe('');
      expect(fact.entities.length, fact.id).toBeGreaterThan(0);
      for (const id of fact.entities) expect(kb.entities.has(id), `${fact.id} → ${id}`).toBe(true);
      expect(kb.passage(fact.articleId, fact.source), `${fact.id} → ${fact.source}`).toBeDefined();
    }
  });

  test('every quote has a speaker who is a person among its entities', () => {
    const quotes = allFacts().filter((f) => f.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(quote.speaker && kb.entities.get(quote.speaker)?.type, quote.id).toBe('person');
      expect(quote.entities, quote.id).toContain(quote.speaker);
    }
  });

  test.each([
    'rebellions',
    'allganize',
    'elancer',
    'upstage',
    'wrtn',
    'finders-ai',
    'featuring',
    'channel-talk',
  ])('%s has a japan-move fact', (company) => {
    const moves = factsOf(company).filter((f) => f.kind === 'japan-move');
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((f) => f.entities.includes('japan'))).toBe(true);
  });

  test('Google, MS and AWS announced 186억 달러 of investment in Japan', () => {
    const fact = factsOf('aws').find((f) =>
      f.figures.some((g) => g.unit === 'USD' && g.value === 18_600_000_000),
    );
    expect(fact?.entities).toEqual(expect.arrayContaining(['google', 'microsoft', 'japan']));
  });

  test('the 30% corporate tax cut is a Japanese policy until 2032', () => {
    const fact = allFacts().find(
      (f) => f.kind === 'policy' && f.figures.some((g) => g.unit === 'percent' && g.value === 30),
    );
    expect(fact?.entities).toContain('japan');
    expect(fact?.text.ko).toContain('2032');
    expect(fact?.text.ko).toContain('법인세');
    expect(fact?.figures).toContainEqual(
      expect.objectContaining({ value: 2032, unit: 'year', qualifier: 'until' }),
    );
    expect(fact?.figures).toContainEqual(expect.objectContaining({ value: 30, qualifier: 'max' }));
  });

  test('the data center subsidy is up to 450억 엔', () => {
    const fact = factsOf('japan').find((f) => f.figures.some((g) => g.unit === 'JPY'));
    expect(fact?.text.ko).toContain('데이터센터');
    expect(fact?.figures).toContainEqual(
      expect.objectContaining({ value: 45_000_000_000, unit: 'JPY', qualifier: 'max' }),
    );
  });

  test('올거나이즈 earns about 70% of its revenue in Japan', () => {
    const fact = factsOf('allganize').find((f) =>
      f.figures.some((g) => g.unit === 'percent' && g.value === 70),
    );
    expect(fact?.entities).toContain('japan');
    expect(fact?.text.ko).toContain('매출');
    expect(fact?.figures[0]?.qualifier).toBe('approx');
  });

  test('올거나이즈 counts 노무라증권 and SMBC among its clients', () => {
    const fact = factsOf('allganize').find(
      (f) => f.entities.includes('nomura-securities') && f.entities.includes('smbc'),
    );
    expect(fact).toBeDefined();
  });

  test('리벨리온 set up its first overseas subsidiary in Tokyo', () => {
    const fact = factsOf('rebellions').find((f) => f.kind === 'japan-move' && f.text.ko.includes('도쿄'));
    expect(fact?.text.ko).toContain('해외법인');
    expect(fact?.text.en).toMatch(/Tokyo/);
  });

  test('이랜서 has 41만 freelancers and works with about 50 partners in Japan', () => {
    const figures = factsOf('elancer').flatMap((f) => f.figures);
    expect(figures).toContainEqual(expect.objectContaining({ value: 410_000, unit: 'people' }));
    expect(figures).toContainEqual(
      expect.objectContaining({ value: 50, unit: 'organizations', qualifier: 'approx' }),
    );
  });

  test.each([
    ['park-sung-hyun', 'rebellions', '데이터센터'],
    ['park-sung-hyun', 'rebellions', '놓쳐선 안 될 시장'],
    ['lee-chang-soo', 'allganize', '적극적'],
    ['lee-chang-soo', 'allganize', '고령화'],
    ['park-woo-jin', 'elancer', '50여 개'],
  ])('%s (%s) is quoted saying "…%s…"', (speaker, company, words) => {
    const quote = allFacts().find((f) => f.kind === 'quote' && f.text.ko.includes(words));
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.entities).toContain(company);
  });

  test.each([
    ['reason', '파격적인 지원 정책'],
    ['reason', '급성장하는 AI 시장'],
    ['reason', '자본 조달과 상장의 용이성'],
    ['reaction', '블랙홀'],
    ['reaction', '일본으로 가자'],
    ['policy', 'AI Act'],
    ['policy', '행정명령'],
    ['policy', '국가 주도'],
    ['opinion', '규제 완화'],
    ['trend', '아시아 AI 허브'],
  ])('there is a %s fact about "%s"', (kind, words) => {
    expect(allFacts().some((f) => f.kind === kind && f.text.ko.includes(words))).toBe(true);
  });

  test.each([
    ['usa', 'policy'],
    ['eu', 'policy'],
    ['china', 'policy'],
    ['korea', 'opinion'],
  ])('%s has %s facts', (region, kind) => {
    expect(factsOf(region).some((f) => f.kind === kind)).toBe(true);
  });
});
