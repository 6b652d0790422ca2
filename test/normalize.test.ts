import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { buildEngine, suggestNames } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/loader.ts';
import type { Entity, EntityType } from '../src/knowledge/schema.ts';
import { EntityIndex, type NameTier } from '../src/search/entity-index.ts';
import {
  choseong,
  compactKey,
  editDistance,
  isChoseongQuery,
  jamo,
  normalizeText,
  stripParticles,
  tokenize,
} from '../src/search/normalize.ts';
import { miniKnowledgeFile, tempDir, writeJson } from './fixtures/mini-knowledge.ts';

const loaded = await loadKnowledgeBase(fileURLToPath(new URL('../knowledge', import.meta.url)));
if (!loaded.ok) throw new Error('the real knowledge base does not load');
const engine = buildEngine(loaded.kb);

describe('normalizeText', () => {
  test.each([
    ['lower case', 'Rebellions', 'rebellions'],
    ['full-width Latin folded', 'ＲＥＢＥＬＬＩＯＮＳ', 'rebellions'],
    ['full-width space and letters', 'Ｃｈａｎｎｅｌ　Ｔａｌｋ', 'channel talk'],
    ['full-width digits', '２０３２년', '2032년'],
    ['zero-width space removed', '리벨\u200B리온', '리벨리온'],
    ['zero-width joiner / non-joiner removed', 'rebel\u200Dli\u200Cons', 'rebellions'],
    ['byte order mark removed', '\uFEFF리벨리온', '리벨리온'],
    ['soft hyphen removed', 'rebel\u00ADlions', 'rebellions'],
    ['right-to-left override removed', '\u202E리벨리온\u202C', '리벨리온'],
    ['RTL / LTR marks removed', '\u200F리벨리온\u200E', '리벨리온'],
    ['Arabic letter mark removed', '\u061C일본', '일본'],
    ['word joiner removed', '올거\u2060나이즈', '올거나이즈'],
    ['compatibility jamo preserved', 'ㄹㅂㄹㅇ', 'ㄹㅂㄹㅇ'],
    ['compatibility jamo preserved beside syllables', '리벨리온 ㄹㅂㄹㅇ', '리벨리온 ㄹㅂㄹㅇ'],
    ['decomposed (NFD) Hangul composed', '리벨리온'.normalize('NFD'), '리벨리온'],
    ['punctuation becomes one space', '  일본  법인세,, 감면?? ', '일본 법인세 감면'],
    ['possessive dropped', "Allganize's", 'allganize'],
    ['ampersand joins (M&A)', 'M&A', 'ma'],
    ['lone surrogate dropped', '리벨리온\uD800', '리벨리온'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('compatibility jamo are not turned into conjoining jamo', () => {
    const out = normalizeText('ㄹㅂㄹㅇ');
    expect(out).not.toMatch(/[\u1100-\u11FF]/);
    expect(isChoseongQuery(out)).toBe(true);
  });

  // Half-width Hangul letters (U+FFA0–FFDC) are the Hangul counterpart of full-width Latin: NFKC is
  // meant to fold them to the ordinary compatibility jamo, which every other part of search expects.
  test('half-width jamo fold to compatibility jamo (ﾩﾲﾩﾷ → ㄹㅂㄹㅇ)', () => {
    const out = normalizeText('\uFFA9\uFFB2\uFFA9\uFFB7');
    expect(out).toBe('ㄹㅂㄹㅇ');
    expect(isChoseongQuery(out)).toBe(true);
  });
});

describe('compactKey', () => {
  test.each([
    ['Channel Talk', 'channeltalk'],
    ['channel-talk', 'channeltalk'],
    ['channeltalk', 'channeltalk'],
    ['CHANNEL.TALK', 'channeltalk'],
    ['채널 톡', '채널톡'],
    ['파인더스 AI', '파인더스ai'],
    ['  ', ''],
  ])('%s → %s', (input, expected) => {
    expect(compactKey(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  test.each([
    ['일본 법인세 감면은', ['일본', '법인세', '감면은']],
    ['2032년', ['2032', '년']],
    ['파인더스ai', ['파인더스', 'ai']],
    ['ai반도체 스타트업', ['ai', '반도체', '스타트업']],
    ['', []],
  ])('%s', (input, expected) => {
    expect(tokenize(normalizeText(input))).toEqual(expected);
  });
});

describe('stripParticles', () => {
  test.each([
    ['리벨리온은', '리벨리온'],
    ['올거나이즈가', '올거나이즈'],
    ['일본에서', '일본'],
    ['일본의', '일본'],
    ['리벨리온에서는', '리벨리온'],
    ['채널톡이랑', '채널톡'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticles(word)).toContain(stem);
  });

  test.each([
    ['a word with no particle', '리벨리온'],
    ['a two-syllable word (주가 is not 주 + 가)', '주가'],
    ['Latin', 'rebellions'],
  ])('nothing to strip from %s', (_, word) => {
    expect(stripParticles(word)).toEqual([]);
  });

  test('the word itself is never among its stems', () => {
    for (const word of ['리벨리온은', '코리아나', '채널톡이랑'])
      expect(stripParticles(word)).not.toContain(word);
  });

  test('a name that ends in a particle-like syllable is still found unstripped', () => {
    const index = new EntityIndex([
      entity('coreana', '코리아나', 'Coreana'),
      entity('corea', '코리아', 'Corea'),
    ]);
    // `나` is a particle, so 코리아나 also reads as 코리아 + 나; the name as typed must win.
    expect(stripParticles('코리아나')).toContain('코리아');
    expect(index.resolve('코리아나').match?.entity.id).toBe('coreana');
    expect(index.search('코리아나')[0]).toMatchObject({ tier: 'exact', score: 1 });
    // And with a real particle on it.
    expect(index.resolve('코리아나는').match?.entity.id).toBe('coreana');
  });
});

describe('jamo and initial consonants', () => {
  test('jamo splits syllables so one wrong vowel is one edit', () => {
    expect(jamo('리벨리온')).toBe('ㄹㅣㅂㅔㄹㄹㅣㅇㅗㄴ');
    expect(editDistance(jamo('리벨리온'), jamo('리벨리언'), 3)).toBe(1);
    expect(jamo('abc')).toBe('abc');
  });

  test.each([
    ['리벨리온', 'ㄹㅂㄹㅇ'],
    ['올거나이즈', 'ㅇㄱㄴㅇㅈ'],
    ['일본', 'ㅇㅂ'],
  ])('choseong(%s) is %s', (word, initials) => {
    expect(choseong(word)).toBe(initials);
  });

  test.each([
    ['ㄹㅂㄹㅇ', true],
    ['ㄹㅂ', true],
    ['ㄳㄵ', true],
    ['ㄹ', false],
    ['ㄹㅏ', false],
    ['ㅏㅓ', false],
    ['리벨', false],
    ['abc', false],
    ['', false],
  ])('isChoseongQuery(%s) is %s', (word, expected) => {
    expect(isChoseongQuery(word)).toBe(expected);
  });
});

/** Optimal string alignment distance, unbounded: the reference for the bounded one. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const up = d[i - 1]!;
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  test.each([
    ['identical', 'rebellions', 'rebellions', 2, 0],
    ['one substitution', 'rebellions', 'rebellious', 2, 1],
    ['one deletion', 'rebellions', 'rebelions', 2, 1],
    ['one insertion', 'china', 'chinaa', 2, 1],
    ['a transposition counts 1', 'korea', 'koera', 2, 1],
    ['a transposition at the start', 'ab', 'ba', 2, 1],
    ['kitten → sitting', 'kitten', 'sitting', 5, 3],
    ['bounded: over max gives max + 1', 'kitten', 'sitting', 2, 3],
    ['bounded by length difference', 'a', 'abcdef', 2, 3],
    ['empty against a word', '', 'abc', 3, 3],
    ['max 0, different', 'a', 'b', 0, 1],
  ])('%s', (_, a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
    expect(editDistance(b, a, max)).toBe(expected);
  });

  const words = ['', 'a', 'ab', 'ba', 'abc', 'acb', 'bca', 'abcd', 'badc', 'dcba', 'aabb', 'abab', 'xyz'];
  const pairs = words.flatMap((a) => words.flatMap((b) => [0, 1, 2, 3].map((max) => ({ a, b, max }))));

  test('within the bound it is the exact distance; over it, more than the bound', () => {
    for (const { a, b, max } of pairs) {
      const exact = referenceDistance(a, b);
      const bounded = editDistance(a, b, max);
      if (exact <= max) expect(bounded, `${a} / ${b} / ${max}`).toBe(exact);
      else expect(bounded, `${a} / ${b} / ${max}`).toBeGreaterThan(max);
    }
  });

  // The documented contract: "returns `max + 1` as soon as the distance exceeds `max`".
  test('over the bound it returns exactly max + 1', () => {
    const wrong = pairs
      .filter(({ a, b, max }) => referenceDistance(a, b) > max)
      .map(({ a, b, max }) => ({ a, b, max, got: editDistance(a, b, max) }))
      .filter(({ max, got }) => got !== max + 1);
    expect(wrong).toEqual([]);
  });
});

function entity(id: string, ko: string, en: string, type: EntityType = 'company'): Entity {
  return { id, type, name: { ko, en }, aliases: [], summary: { ko: '요약', en: 'summary' }, pinned: false };
}

describe('EntityIndex tiers', () => {
  const index = new EntityIndex([
    entity('hanguk', '한국', 'Hanguk', 'region'),
    entity('hanguk-invest', '한국투자', 'Hanguk Invest'),
    entity('hangul', '한굴', 'Hangool'),
  ]);

  test('exact before prefix, whatever the scores; typos only when nothing is spelled as typed', () => {
    const matches = index.search('한국');
    expect(matches.map((m) => [m.entity.id, m.tier])).toEqual([
      ['hanguk', 'exact'],
      ['hanguk-invest', 'prefix'],
    ]);
    // One jamo off both 한국 and 한굴, and the start of nothing: the fuzzy tier answers.
    const typo = index.search('한굵');
    expect(typo.map((m) => m.tier)).toEqual(typo.map(() => 'fuzzy'));
    expect(typo.map((m) => m.entity.id)).toEqual(expect.arrayContaining(['hanguk', 'hangul']));
  });

  test('the type filter keeps only that kind of entity', () => {
    expect(index.search('한국', { type: 'region' }).map((m) => m.entity.id)).toEqual(['hanguk']);
  });

  test('at most 25 results, and at most `limit`', () => {
    const many = new EntityIndex(
      Array.from({ length: 40 }, (_, i) =>
        entity(`c${i}`, `회사${String(i).padStart(2, '0')}`, `Company ${i}`),
      ),
    );
    expect(many.search('회사')).toHaveLength(25);
    expect(many.search('company')).toHaveLength(25);
    expect(many.search('회사', { limit: 7 })).toHaveLength(7);
  });
});

describe('resolving names of the real knowledge base', () => {
  const tierRank: Record<NameTier, number> = { exact: 0, initials: 1, prefix: 2, fuzzy: 3 };

  test.each<[string, string, EntityType | undefined, NameTier]>([
    ['리벨리온', 'rebellions', 'company', 'exact'],
    ['Rebellions', 'rebellions', 'company', 'exact'],
    ['리벨리온은', 'rebellions', 'company', 'exact'],
    ['올거나이즈가', 'allganize', 'company', 'exact'],
    ['일본에서', 'japan', 'region', 'exact'],
    ['channel talk', 'channel-talk', 'company', 'exact'],
    ['뤼튼', 'wrtn', 'company', 'exact'],
    ['MS', 'microsoft', 'company', 'exact'],
    ['ㄹㅂㄹㅇ', 'rebellions', 'company', 'initials'],
    ['ㅇㅂ', 'japan', 'region', 'initials'],
    ['리벨', 'rebellions', 'company', 'prefix'],
    ['리벨리언', 'rebellions', 'company', 'fuzzy'],
    ['업스태이지', 'upstage', 'company', 'fuzzy'],
    ['올거나이저', 'allganize', 'company', 'fuzzy'],
    ['rebelions', 'rebellions', 'company', 'fuzzy'],
    ['chna', 'china', 'region', 'fuzzy'],
    ['koera', 'korea', 'region', 'fuzzy'],
    ['리벨리언', 'rebellions', undefined, 'fuzzy'],
    ['koera', 'korea', undefined, 'fuzzy'],
  ])('%s resolves to %s (type %s) by %s', (query, id, type, tier) => {
    const { match, suggestions } = engine.entities.resolve(query, type);
    expect(match?.entity.id).toBe(id);
    expect(match?.tier).toBe(tier);
    expect(suggestions).toEqual([]);
  });

  test.each<[string, EntityType | undefined]>([
    ['삼성전자', 'company'],
    ['삼성전자', undefined],
    ['france', 'region'],
    ['france', undefined],
    ['리', 'company'],
    ['re', 'company'],
  ])('%s (type %s) is not resolved; at most 3 suggestions', (query, type) => {
    const { match, suggestions } = engine.entities.resolve(query, type);
    expect(match).toBeUndefined();
    expect(suggestions.length).toBeLessThanOrEqual(3);
    if (type) expect(suggestions.every((s) => s.entity.type === type)).toBe(true);
  });

  test('a too-short query suggests the name it starts', () => {
    expect(engine.entities.resolve('리', 'company').suggestions.map((s) => s.entity.id)).toContain(
      'rebellions',
    );
  });

  test.each(['리벨리온', '한국', 'ㄹ', 'ai', 'channel', '일'])('search(%s) is ranked by tier', (query) => {
    const tiers = engine.entities.search(query).map((m) => tierRank[m.tier]);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(tiers.length).toBeLessThanOrEqual(25);
  });
});

describe('suggestNames (autocomplete)', () => {
  test.each<[EntityType, string[]]>([
    [
      'company',
      [
        'rebellions',
        'allganize',
        'elancer',
        'upstage',
        'wrtn',
        'finders-ai',
        'featuring',
        'channel-talk',
        'google',
        'microsoft',
        'aws',
      ],
    ],
    ['region', ['japan', 'korea', 'usa', 'eu', 'china']],
  ])('an empty query gives the pinned %s entries: all of the article’s', (type, ids) => {
    for (const typed of ['', '   ']) {
      const names = suggestNames(engine, type, typed);
      expect(names.map((e) => e.id).sort()).toEqual([...ids].sort());
    }
  });

  test.each<[EntityType, string, string]>([
    ['company', '리벨', 'rebellions'],
    ['company', 'ㅇㄱㄴ', 'allganize'],
    ['company', '업스태이지', 'upstage'],
    ['company', 'chan', 'channel-talk'],
    ['region', 'jap', 'japan'],
    ['region', '유럽', 'eu'],
  ])('%s: %s suggests %s first', (type, typed, id) => {
    const names = suggestNames(engine, type, typed);
    expect(names[0]?.id).toBe(id);
    expect(names.every((e) => e.type === type)).toBe(true);
  });

  describe('with more entries than Discord shows', () => {
    let cleanup: (() => Promise<void>) | undefined;
    afterAll(async () => cleanup?.());

    test('at most 25, both for an empty query and a typed one', async () => {
      const made = await tempDir('suggest-');
      cleanup = made.cleanup;
      const file = miniKnowledgeFile();
      const companies = Array.from({ length: 40 }, (_, i) => ({
        id: `company-${i}`,
        type: 'company' as const,
        name: { ko: `회사${i}`, en: `Company ${i}` },
        aliases: [],
        summary: { ko: '회사', en: 'a company' },
        pinned: true,
      }));
      await writeJson(path.join(made.dir, 'many.json'), {
        ...file,
        entities: [...file.entities, ...companies],
      });
      const result = await loadKnowledgeBase(made.dir);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const many = buildEngine(result.kb);
      expect(suggestNames(many, 'company', '')).toHaveLength(25);
      expect(suggestNames(many, 'company', 'company')).toHaveLength(25);
      expect(suggestNames(many, 'company', '회사')).toHaveLength(25);
    });
  });
});
