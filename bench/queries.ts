/**
 * Benchmark queries drawn from a knowledge base: what users type into autocomplete (a few
 * characters of a company's name, its initial consonants, a Latin prefix, a typo) and questions
 * built from facts (an entity's name, a keyword, a question word), plus questions no fact covers.
 */
import { getChoseong } from 'es-hangul';
import type { Entity } from '../src/knowledge/schema.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { josa, Random } from './synth-lib.ts';

const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]$/;
const HANGUL = /[\uAC00-\uD7A3]/;

/** Vowels people mix up (ㅐ/ㅔ, ㅓ/ㅗ, ㅜ/ㅡ, ㅕ/ㅛ …), by index in the Unicode syllable table. */
const VOWEL_SLIPS: Record<number, number> = {
  0: 4,
  1: 5,
  5: 1,
  4: 8,
  8: 4,
  13: 18,
  18: 13,
  6: 12,
  12: 6,
  20: 19,
};

/** One syllable with a neighbouring vowel: `리벨리온` → `리벨리언`. */
function vowelSlip(syllable: string): string {
  const code = syllable.charCodeAt(0) - 0xac00;
  const lead = Math.floor(code / 588);
  const vowel = Math.floor((code % 588) / 28);
  const tail = code % 28;
  const slipped = VOWEL_SLIPS[vowel] ?? (vowel + 1) % 21;
  return String.fromCharCode(0xac00 + lead * 588 + slipped * 28 + tail);
}

type AutocompleteKind = 'hangul-prefix' | 'initials' | 'latin-prefix' | 'hangul-typo' | 'latin-typo';
const AUTOCOMPLETE_KINDS: readonly AutocompleteKind[] = [
  'hangul-prefix',
  'hangul-prefix',
  'initials',
  'latin-prefix',
  'latin-prefix',
  'hangul-typo',
  'latin-typo',
];

function autocompleteQuery(draw: Random, entity: Entity, kind: AutocompleteKind): string {
  const syllables = [...entity.name.ko.replace(/\s+/g, '')];
  const hangul = syllables.every((s) => HANGUL_SYLLABLE.test(s));
  const latin = entity.name.en.toLowerCase().replace(/[^a-z0-9]+/g, '');
  switch (kind) {
    case 'hangul-prefix':
      return syllables.slice(0, draw.int(1, Math.min(4, syllables.length))).join('');
    case 'initials':
      if (!hangul || syllables.length < 2) return autocompleteQuery(draw, entity, 'latin-prefix');
      return getChoseong(syllables.slice(0, draw.int(2, Math.min(4, syllables.length))).join(''));
    case 'latin-prefix':
      return latin.slice(0, draw.int(1, Math.min(4, latin.length)));
    case 'hangul-typo': {
      if (!hangul || syllables.length < 3) return autocompleteQuery(draw, entity, 'hangul-prefix');
      const typed = syllables.slice(0, Math.min(4, syllables.length));
      const at = draw.int(1, typed.length - 1);
      typed[at] = vowelSlip(typed[at]!);
      return typed.join('');
    }
    case 'latin-typo': {
      if (latin.length < 4) return autocompleteQuery(draw, entity, 'latin-prefix');
      const typed = [...latin.slice(0, 4)];
      const at = draw.int(1, typed.length - 2);
      [typed[at], typed[at + 1]] = [typed[at + 1]!, typed[at]!];
      return typed.join('');
    }
  }
}

/** Short partial company names (1–4 characters), as typed into a `/company` autocomplete. */
export function autocompleteQueries(kb: KnowledgeBase, count: number, seed: number): string[] {
  const draw = new Random(seed);
  const companies = kb.entitiesOfType('company');
  const pool = companies.length > 0 ? companies : [...kb.entities.values()];
  return Array.from({ length: count }, () =>
    autocompleteQuery(draw, draw.pick(pool), draw.pick(AUTOCOMPLETE_KINDS)),
  );
}

const KOREAN_QUESTIONS: readonly ((name: string, keyword: string) => string)[] = [
  (name, keyword) => `${josa(name, '은')} ${keyword} 어떻게 돼?`,
  (name, keyword) => `${name} ${keyword} 언제야?`,
  (name, keyword) => `${name}의 ${keyword} 알려줘`,
  (name, keyword) => `${keyword} 관련해서 ${josa(name, '은')} 뭐야?`,
  (name, keyword) => `${name} ${keyword} 얼마야?`,
];

const ENGLISH_QUESTIONS: readonly ((name: string, keyword: string) => string)[] = [
  (name, keyword) => `What about ${name} ${keyword}?`,
  (name, keyword) => `Tell me about ${name}'s ${keyword}`,
  (name, keyword) => `${name} ${keyword}?`,
  (name, keyword) => `How much ${keyword} for ${name}?`,
  (name, keyword) => `When did ${name} ${keyword}?`,
];

const UNCOVERED_KOREAN: readonly ((name: string) => string)[] = [
  (name) => `${name} 주가 얼마야?`,
  (name) => `${name} 노조 파업 있었어?`,
  (name) => `${name} 사옥 주차장 있어?`,
  () => '오늘 날씨 어때?',
  () => '점심 뭐 먹지?',
];

const UNCOVERED_ENGLISH: readonly ((name: string) => string)[] = [
  (name) => `What is ${name}'s stock price?`,
  (name) => `Does ${name} have a cafeteria?`,
  () => "What's the weather like tomorrow?",
  () => 'Best ramen in town?',
];

/** Questions built from facts (about 85%) and questions no fact covers (about 15%). */
export function freeTextQueries(kb: KnowledgeBase, count: number, seed: number): string[] {
  const draw = new Random(seed);
  const facts = [...kb.facts.values()];
  const entities = [...kb.entities.values()];
  return Array.from({ length: count }, () => {
    const korean = draw.chance(0.5);
    if (draw.chance(0.15)) {
      const entity = draw.pick(entities);
      return korean
        ? draw.pick(UNCOVERED_KOREAN)(entity.name.ko)
        : draw.pick(UNCOVERED_ENGLISH)(entity.name.en);
    }
    const fact = draw.pick(facts);
    const entity = kb.entities.get(draw.pick(fact.entities));
    const name = entity ? (korean ? entity.name.ko : entity.name.en) : '';
    const inLanguage = fact.keywords.filter((k) => HANGUL.test(k) === korean);
    const keywords = inLanguage.length > 0 ? inLanguage : fact.keywords;
    const keyword =
      keywords.length > 0
        ? draw.pick(keywords)
        : draw.pick((korean ? fact.text.ko : fact.text.en).split(' '));
    return draw.pick(korean ? KOREAN_QUESTIONS : ENGLISH_QUESTIONS)(name, keyword);
  });
}
