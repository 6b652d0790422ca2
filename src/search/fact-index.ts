import type { SourcedFact } from '../knowledge/types.ts';
import {
  acronymsIn,
  choseong,
  hasHangul,
  isHangulWord,
  normalizeText,
  pastStem,
  stripParticles,
  tokenize,
} from './normalize.ts';
import { type MatchTier, Vocabulary } from './vocabulary.ts';

/** Where in a fact a word stands, and how much a match there is worth. */
const FIELD_WEIGHT = { keyword: 1.6, ko: 1, en: 1, label: 0.7 } as const;
type Field = keyof typeof FIELD_WEIGHT;

export interface TermHit {
  /** The query word (as typed, normalised) that matched. */
  readonly word: string;
  readonly tier: MatchTier;
}

export interface ScoredFact {
  readonly fact: SourcedFact;
  readonly score: number;
  /** Query words that matched this fact. */
  readonly words: ReadonlySet<string>;
}

/** Words that carry no topic in a question. */
const STOPWORDS = new Set(
  [
    // English
    'a an the is are was were be been of in on at to for from by with about and or what which who whom whose when where how much many does do did it its this that these those there their they them me my i you your we our us tell please can could would will any some as into than then so not no yes like',
    'company companies article say said says do doing does figures figure numbers',
    // Korean question and filler words
    '뭐 뭐야 뭐지 뭔가 무엇 무엇인가 무엇인가요 무슨 어떤 어느 언제 어디 어디야 누구 누가 누구야 어떻게 얼마 얼마나 몇 몇개 알려줘 알려 알려주세요 주세요 설명 설명해줘 해줘 궁금해 궁금 있어 있나 있나요 있어요 인가 인가요 이야 이에요 예요 나요 까요 요 좀 그 이 저 것 거 수 등 및 또 또는 그리고 대해 대해서 관련 관해 정도 말해줘 말했어 했어 했나 했나요 하나 하는 한 할 해 했다 했어요 뭐라고 뭐라 누군가 어때 어때요 기사 하고 있어 있어요 나와 나와요 내용 이름 말 말은 상황 현황 얘기 이야기 정보 소식 뭘 무엇을 무엇이 어떻게 됐어 차이 차이는 차이점 차이가 해야 한다고 difference differences compare',
  ]
    .join(' ')
    .split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Query words beyond this many are not searched (each has a bit in a 32-bit mask). */
const MAX_QUERY_WORDS = 32;

/** A word of a question to search for (the language layer reads questions: `src/language`). */
export interface QueryWord {
  /** The form the question means (`리벨리온`, `진출`), the key of `ScoredFact.words`. */
  readonly word: string;
  /** Other forms it may stand for: as typed, without a particle or ending (typos tolerated). */
  readonly stems: readonly string[];
  /** Other words that mean the same (the lexicon's): matched exactly or as a prefix, never as typos. */
  readonly synonyms?: readonly string[];
  /** The word is a word in its own right (`직원`): not read as a typo of another (`지원`). */
  readonly exact?: boolean;
}

/** Higher score first; among equals, the fact that comes first in the knowledge base. */
function ranksBefore(score: number, position: number, other: { score: number; position: number }): boolean {
  return score > other.score || (score === other.score && position < other.position);
}

/**
 * Plural and possessive endings of English words, so `subsidies` finds `subsidy`; and the noun of a verb
 * (`attraction`, `attracting` → `attract`), so `investment attraction` finds `attracting investment`.
 */
function englishStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length >= 9 && /[ct]ion$/.test(word)) return word.slice(0, -3);
  if (word.length >= 9 && /[ct]ing$/.test(word)) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

/** English endings a word takes and stays of its meaning (`earns`, `earned`, `relocation`, `investor`). */
const ENGLISH_INFLECTIONS =
  /^(?:s|es|ed|d|ing|ings|er|ers|or|ors|th|ths|ness|ic|ical|ize|ized|ship|ance|ence|y|ion|ions|ation|ations|ment|ments|al|ally|ly|ity|ive|ives|ese|ian|ians)$/;

/** Every form of a document word that goes into the index. */
function indexForms(word: string): string[] {
  if (hasHangul(word)) return [word, ...stripParticles(word), ...pastStem(word)];
  const stem = englishStem(word);
  return stem === word ? [word] : [word, stem];
}

/**
 * Pairs of (position, weight) packed in typed arrays, grouped by key: `start[k]` to `start[k + 1]`
 * are key k's entries. Used twice: term → the facts using it (the postings), and fact → the terms it
 * uses (sorted, for searches restricted to a few facts). Flat arrays keep a query's scan in cache and
 * keep millions of small objects off the heap.
 */
interface Packed {
  readonly start: Uint32Array;
  readonly position: Uint32Array;
  readonly weight: Float32Array;
}

function pack(lists: readonly (readonly number[] | undefined)[], keys: number): Packed {
  const start = new Uint32Array(keys + 1);
  let total = 0;
  for (let k = 0; k < keys; k++) {
    start[k] = total;
    total += (lists[k]?.length ?? 0) / 2;
  }
  start[keys] = total;
  const position = new Uint32Array(total);
  const weight = new Float32Array(total);
  for (let k = 0; k < keys; k++) {
    const list = lists[k];
    if (!list) continue;
    let at = start[k]!;
    for (let i = 0; i < list.length; i += 2) {
      position[at] = list[i]!;
      weight[at] = list[i + 1]!;
      at++;
    }
  }
  return { start, position, weight };
}

/** The same pairs grouped the other way round (term → facts becomes fact → terms), each group sorted. */
function transpose(packed: Packed, keys: number): Packed {
  const start = new Uint32Array(keys + 1);
  for (const key of packed.position) start[key + 1]!++;
  for (let k = 0; k < keys; k++) start[k + 1] = start[k + 1]! + start[k]!;
  const next = start.slice(0, keys);
  const position = new Uint32Array(packed.position.length);
  const weight = new Float32Array(packed.position.length);
  // Walking the groups in order fills each new group in ascending order: no sort needed.
  for (let group = 0; group + 1 < packed.start.length; group++) {
    for (let at = packed.start[group]!; at < packed.start[group + 1]!; at++) {
      const key = packed.position[at]!;
      const to = next[key]!++;
      position[to] = group;
      weight[to] = packed.weight[at]!;
    }
  }
  return { start, position, weight };
}

/** `compute`, remembering each key's result (for the life of the returned function). */
function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined) {
      result = compute(key);
      results.set(key, result);
    }
    return result;
  };
}

/** Where `value` is among `position[from..to)` (sorted), or -1. */
function find(position: Uint32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = position[mid]!;
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** What another word of the same meaning is worth, against the word itself or its stem. */
const SYNONYM_WEIGHT = 0.8;

/**
 * An inverted index over facts. Query words are matched against the vocabulary (exact, prefix for
 * Korean word endings, typo-tolerant in jamo form), and facts are scored by the rarer words they
 * share with the question (BM25-like idf, no length normalisation: facts are one sentence each).
 */

export class FactIndex {
  readonly facts: readonly SourcedFact[];
  private readonly vocabulary = new Vocabulary();
  /** Term → facts using it, in fact order. */
  private readonly postings: Packed;
  /** Fact → terms it uses, sorted by term id. */
  private readonly terms: Packed;
  private readonly scratch: {
    score: Float64Array;
    mask: Uint32Array;
    best: Float64Array;
    /** Facts matched by the current query word, then by any word: lists of positions. */
    hit: Uint32Array;
    touched: Uint32Array;
  };
  /** Entity id → positions of the facts about it. */
  private readonly byEntity = new Map<string, number[]>();
  /** Terms that are a keyword of several words written as one (`corporatetax`), not words of the text. */
  private readonly joined = new Set<number>();

  constructor(facts: Iterable<SourcedFact>) {
    this.facts = [...facts];
    // While building: (fact, weight) pairs, flat, per term; packed at the end.
    const byTerm: number[][] = [];
    // Facts repeat words (and labels and keywords) a great deal: each is analysed once.
    const termsOf = memoized((word): readonly number[] =>
      isStopword(word) ? [] : indexForms(word).map((form) => this.vocabulary.add(form)),
    );
    // The same for what lies between two spaces (`2032년까지`: the words `2032` and `년까지`).
    const termsIn = memoized((chunk): readonly number[] => tokenize(chunk).flatMap(termsOf));
    const normalizeShort = memoized(normalizeText);
    // A fact's terms, each with the weight of the best field it is in: by term id, in an array that
    // grows with the vocabulary and is zeroed again after each fact.
    let weightOf = new Float64Array(1024);
    const factTerms: number[] = [];
    const weigh = (term: number, weight: number) => {
      if (term >= weightOf.length) {
        const grown = new Float64Array(Math.max(weightOf.length * 2, term + 1));
        grown.set(weightOf);
        weightOf = grown;
      }
      const previous = weightOf[term]!;
      if (previous === 0) factTerms.push(term);
      if (weight > previous) weightOf[term] = weight;
    };
    const addNormalized = (normalized: string, field: Field) => {
      const fieldWeight = FIELD_WEIGHT[field];
      for (const chunk of normalized.split(' ')) {
        if (!chunk) continue;
        for (const term of termsIn(chunk)) weigh(term, fieldWeight);
      }
    };
    const addText = (text: string, field: Field) => {
      addNormalized(normalizeText(text), field);
      // (an acronym in capitals, `IT 강국`, is a word even where its letters spell a stopword, `it`)
      if (hasHangul(text))
        for (const acronym of acronymsIn(text))
          if (isStopword(acronym)) weigh(this.vocabulary.add(acronym), FIELD_WEIGHT[field]);
    };
    this.facts.forEach((fact, index) => {
      addText(fact.text.ko, 'ko');
      addText(fact.text.en, 'en');
      for (const keyword of fact.keywords) {
        const normalized = normalizeShort(keyword);
        addNormalized(normalized, 'keyword');
        // `corporate tax` is also one keyword `corporatetax`, for questions that write it as one word.
        if (normalized.includes(' ')) {
          const term = this.vocabulary.add(normalized.replace(/ /g, ''));
          weigh(term, FIELD_WEIGHT.keyword);
          this.joined.add(term);
        }
      }
      for (const id of fact.entities) {
        const list = this.byEntity.get(id);
        if (list) list.push(index);
        else this.byEntity.set(id, [index]);
      }
      for (const figure of fact.figures) {
        addNormalized(normalizeShort(figure.label.ko), 'label');
        addNormalized(normalizeShort(figure.label.en), 'label');
      }
      for (const term of factTerms) {
        const weight = weightOf[term]!;
        weightOf[term] = 0;
        const list = byTerm[term];
        if (list) list.push(index, weight);
        else byTerm[term] = [index, weight];
      }
      factTerms.length = 0;
    });
    this.vocabulary.freeze();
    this.postings = pack(byTerm, this.vocabulary.size);
    this.terms = transpose(this.postings, this.facts.length);
    const size = this.facts.length;
    this.scratch = {
      score: new Float64Array(size),
      mask: new Uint32Array(size),
      best: new Float64Array(size),
      hit: new Uint32Array(size),
      touched: new Uint32Array(size),
    };
  }

  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  private idf(term: number): number {
    const { start } = this.postings;
    const df = term + 1 < start.length ? start[term + 1]! - start[term]! : 0;
    return Math.log(1 + (this.facts.length - df + 0.5) / (df + 0.5));
  }

  /**
   * Facts sharing words with the question, best first. Each query word counts once per fact, with
   * its best match (exact beats a prefix or a typo); `restrictTo` keeps only those facts.
   */
  search(
    words: readonly QueryWord[],
    options: { limit?: number; restrictTo?: ReadonlySet<number> } = {},
  ): ScoredFact[] {
    const { limit = 10, restrictTo } = options;
    // Scratch arrays indexed by fact position, reused across calls (search is synchronous): a query
    // touching thousands of facts costs array writes, not map entries or garbage. Reset before returning.
    const { score, mask, best, hit, touched } = this.scratch;
    let touchedCount = 0;
    const { postings, terms } = this;
    const counted = words.slice(0, MAX_QUERY_WORDS);
    counted.forEach(({ word, stems, synonyms = [], exact = false }, bit) => {
      let hitCount = 0;
      const offer = (fact: number, value: number) => {
        const previous = best[fact]!;
        if (previous === 0) hit[hitCount++] = fact;
        if (value > previous) best[fact] = value;
      };
      const readings = [word, ...stems];
      // A Korean word the facts use as it is (`상장`) is that word, not a typo of another (`성장`); an
      // English one may be a form of another (`asian`, `asia`).
      const typed = !hasHangul(word) || this.vocabulary.idOf(word) === undefined;
      for (const [i, form] of [...readings, ...synonyms].entries()) {
        // An everyday noun (`예산`) is itself: not the start of another word (`예산정책처`).
        const prefix =
          !(exact && i === 0) &&
          !/^[0-9]+$/.test(form) &&
          (hasHangul(form) ? form.length >= 2 : form.length >= 4);
        const forms = hasHangul(form) ? [form] : [form, englishStem(form)];
        // A typo is a reading of what was typed; another word is looked up as it is written.
        const fuzzy = !exact && typed && i < readings.length;
        for (const f of new Set(forms)) {
          for (const match of this.vocabulary.match(f, {
            prefix,
            wholeSyllables: true,
            fuzzy,
            maxPrefix: 32,
            maxFuzzy: 8,
          })) {
            // (a synonym in English is matched with its endings, `earn` → `earned`, or as the first word of
            // a keyword phrase, `growth engine`; not as the start of another word, `earnest`)
            if (
              i >= readings.length &&
              match.tier === 'prefix' &&
              !hasHangul(f) &&
              !this.joined.has(match.term) &&
              !ENGLISH_INFLECTIONS.test(this.vocabulary.term(match.term).slice(f.length))
            )
              continue;
            const gain =
              this.idf(match.term) *
              match.quality *
              (i === 0 ? 1 : i < readings.length ? 0.97 : SYNONYM_WEIGHT);
            const from = postings.start[match.term]!;
            const to = postings.start[match.term + 1]!;
            // A few facts to look at: ask each whether it uses the term, rather than walk a long list.
            if (restrictTo && restrictTo.size * 16 < to - from) {
              for (const fact of restrictTo) {
                const at = find(terms.position, terms.start[fact]!, terms.start[fact + 1]!, match.term);
                if (at >= 0) offer(fact, gain * terms.weight[at]!);
              }
            } else {
              for (let at = from; at < to; at++) {
                const fact = postings.position[at]!;
                if (restrictTo && !restrictTo.has(fact)) continue;
                offer(fact, gain * postings.weight[at]!);
              }
            }
          }
        }
      }
      // Each query word counts once per fact, with its best match (exact beats a prefix or a typo).
      for (let h = 0; h < hitCount; h++) {
        const fact = hit[h]!;
        if (mask[fact] === 0) touched[touchedCount++] = fact;
        score[fact] = score[fact]! + best[fact]!;
        mask[fact] = mask[fact]! | (1 << bit);
        best[fact] = 0;
      }
    });
    // The best `limit`, kept by insertion: far cheaper than sorting every fact that matched a word.
    const top: { position: number; score: number }[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const position = touched[t]!;
      const value = score[position]!;
      if (top.length === limit && !ranksBefore(value, position, top[limit - 1]!)) continue;
      let i = top.length < limit ? top.length : limit - 1;
      while (i > 0 && ranksBefore(value, position, top[i - 1]!)) i--;
      top.splice(i, 0, { position, score: value });
      if (top.length > limit) top.pop();
    }
    const results = top.map(({ position, score: value }) => ({
      fact: this.facts[position]!,
      score: value,
      words: new Set(counted.filter((_, bit) => (mask[position]! & (1 << bit)) !== 0).map((w) => w.word)),
    }));
    for (let t = 0; t < touchedCount; t++) {
      const position = touched[t]!;
      score[position] = 0;
      mask[position] = 0;
    }
    return results;
  }

  /** Index positions of the facts about any of these entities, for `restrictTo`. */
  positionsAbout(entityIds: Iterable<string>): Set<number> {
    const out = new Set<number>();
    for (const id of entityIds) for (const position of this.byEntity.get(id) ?? []) out.add(position);
    return out;
  }

  /** Index positions of these facts, for `restrictTo`. */
  positionsOf(facts: Iterable<SourcedFact>): Set<number> {
    const wanted = new Set(facts);
    const out = new Set<number>();
    this.facts.forEach((fact, position) => {
      if (wanted.has(fact)) out.add(position);
    });
    return out;
  }

  /** Whether the word is only a keyword of several words written as one (`일본법인` for `일본 법인`). */
  isJoinedKeyword(word: string): boolean {
    const id = this.vocabulary.idOf(word);
    return id !== undefined && this.joined.has(id);
  }

  /** The share of the facts that use this very word (0 when none does): `ai` is in most of them. */
  share(word: string): number {
    const id = this.vocabulary.idOf(word);
    if (id === undefined || this.facts.length === 0) return 0;
    const { start } = this.postings;
    const df = id + 1 < start.length ? start[id + 1]! - start[id]! : 0;
    return df / this.facts.length;
  }

  /**
   * The one word of the facts spelled by these initial consonants (`ㅂㅈㄱ` → 보조금, `ㄱㅁ` → 감면), of
   * two letters or more. When several are (`ㅊㄷ`: 최대, 차등), the one that shares facts with more of the
   * words `around` it than any other (`데이터센터 보조금 ㅊㄷ 얼마` → 최대); none when no one does.
   */
  spelledBy(initials: string, around: readonly string[] = []): string | undefined {
    if (initials.length < 2) return undefined;
    if (!this.byInitials) {
      const map = new Map<string, string[]>();
      for (let id = 0; id < this.vocabulary.size; id++) {
        const word = this.vocabulary.term(id);
        if (!isHangulWord(word) || word.length < 2 || word.length > 6) continue;
        const key = choseong(word);
        map.set(key, [...(map.get(key) ?? []), word]);
      }
      this.byInitials = map;
    }
    const words = this.byInitials.get(initials) ?? [];
    if (words.length <= 1) return words[0];
    const factsOf = (word: string) => {
      const id = this.vocabulary.idOf(word);
      if (id === undefined || isStopword(word)) return new Set<number>();
      const { start, position } = this.postings;
      return new Set(position.subarray(start[id]!, start[id + 1]!));
    };
    const near = around.filter((w) => w.length >= 2).map(factsOf);
    const shared = words.map((word) => {
      const own = factsOf(word);
      return near.filter((facts) => [...facts].some((f) => own.has(f))).length;
    });
    const best = Math.max(...shared);
    return best > 0 && shared.filter((n) => n === best).length === 1
      ? words[shared.indexOf(best)]
      : undefined;
  }

  private byInitials: Map<string, string[]> | undefined;

  /**
   * Whether the facts use this very word (no prefix, no typo). A stopword is none (though an acronym that
   * spells one, `IT`, is indexed for search: `it` in a question stays the pronoun it was).
   */
  hasWord(word: string): boolean {
    return !isStopword(word) && this.vocabulary.idOf(word) !== undefined;
  }

  /** Words of the facts that begin with `prefix` (at most `limit`), for deciding what follows it. */
  wordsStartingWith(prefix: string, limit: number): string[] {
    return this.vocabulary
      .match(prefix, { fuzzy: false, maxPrefix: limit })
      .filter((m) => m.tier === 'prefix')
      .map((m) => this.vocabulary.term(m.term));
  }

  /** Whether a word is a word of the facts as typed, or one typo away. */
  hasWordOrTypo(word: string): boolean {
    return !isStopword(word) && this.vocabulary.match(word, { prefix: false, maxFuzzy: 1 }).length > 0;
  }

  /** Whether a word of the question matches anything at all in the facts. */
  knows(word: string): boolean {
    if (isStopword(word)) return false;
    // The cheap lookups first: a typo search only for a word that is neither a word nor a prefix.
    return (
      this.vocabulary.match(word, { fuzzy: false, maxPrefix: 1 }).length > 0 ||
      this.vocabulary.match(word, { prefix: false, maxFuzzy: 1 }).length > 0
    );
  }
}
