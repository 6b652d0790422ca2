import type { SourcedFact } from '../knowledge/types.ts';
import { hasHangul, isHangulWord, normalizeText, stripParticles, tokenize } from './normalize.ts';
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
    'a an the is are was were be been of in on at to for from by with about and or what which who whom whose when where why how much many does do did it its this that these those there their they them me my i you your we our us tell please can could would should will any some as into than then so not no yes',
    'company companies article say said says',
    // Korean question and filler words
    '뭐 뭐야 뭐지 뭔가 무엇 무엇인가 무엇인가요 무슨 어떤 어느 언제 어디 어디야 누구 누가 누구야 왜 어떻게 얼마 얼마나 몇 몇개 알려줘 알려 알려주세요 주세요 설명 설명해줘 해줘 궁금해 궁금 있어 있나 있나요 있어요 인가 인가요 이야 이에요 예요 나요 까요 요 좀 그 이 저 것 거 수 등 및 또 또는 그리고 대해 대해서 관련 관해 정도 말해줘 말했어 했어 했나 했나요 하나 하는 한 할 해 했다 했어요 뭐라고 뭐라 누군가',
  ]
    .join(' ')
    .split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * The words of a question worth searching for, in order: normalised, split where scripts change,
 * without stop words. Each comes with the stems it may have under a particle.
 */
export function queryWords(text: string): { word: string; stems: string[] }[] {
  const out: { word: string; stems: string[] }[] = [];
  for (const word of tokenize(normalizeText(text))) {
    if (isStopword(word)) continue;
    const stems = stripParticles(word).filter((s) => !isStopword(s));
    if (stems.length === 0 && isHangulWord(word) && [...word].length === 1 && !/[0-9]/.test(word)) continue;
    out.push({ word, stems });
  }
  return out;
}

/** Plural and possessive endings of English words, so `subsidies` finds `subsidy`. */
function englishStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

/** Every form of a document word that goes into the index. */
function indexForms(word: string): string[] {
  if (hasHangul(word)) return [word, ...stripParticles(word)];
  const stem = englishStem(word);
  return stem === word ? [word] : [word, stem];
}

interface Posting {
  readonly fact: number;
  readonly weight: number;
}

/**
 * An inverted index over facts. Query words are matched against the vocabulary (exact, prefix for
 * Korean word endings, typo-tolerant in jamo form), and facts are scored by the rarer words they
 * share with the question (BM25-like idf, no length normalisation: facts are one sentence each).
 */
export class FactIndex {
  readonly facts: readonly SourcedFact[];
  private readonly vocabulary = new Vocabulary();
  private readonly postings: Posting[][] = [];

  constructor(facts: Iterable<SourcedFact>) {
    this.facts = [...facts];
    this.facts.forEach((fact, index) => {
      const weights = new Map<number, number>();
      const addText = (text: string, field: Field) => {
        for (const word of tokenize(normalizeText(text))) {
          if (isStopword(word)) continue;
          for (const form of indexForms(word)) {
            const term = this.vocabulary.add(form);
            weights.set(term, Math.max(weights.get(term) ?? 0, FIELD_WEIGHT[field]));
          }
        }
      };
      addText(fact.text.ko, 'ko');
      addText(fact.text.en, 'en');
      for (const keyword of fact.keywords) {
        addText(keyword, 'keyword');
        // `corporate tax` is also one keyword `corporatetax`, for questions that write it as one word.
        const compact = normalizeText(keyword).replace(/ /g, '');
        if (compact && compact !== normalizeText(keyword))
          weights.set(this.vocabulary.add(compact), FIELD_WEIGHT.keyword);
      }
      for (const figure of fact.figures) {
        addText(figure.label.ko, 'label');
        addText(figure.label.en, 'label');
      }
      for (const [term, weight] of weights) {
        const list = this.postings[term];
        if (list) list.push({ fact: index, weight });
        else this.postings[term] = [{ fact: index, weight }];
      }
    });
    this.vocabulary.freeze();
  }

  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  private idf(term: number): number {
    const df = this.postings[term]?.length ?? 0;
    return Math.log(1 + (this.facts.length - df + 0.5) / (df + 0.5));
  }

  /**
   * Facts sharing words with the question, best first. Each query word counts once per fact, with
   * its best match (exact beats a prefix or a typo); `restrictTo` keeps only those facts.
   */
  search(
    words: readonly { word: string; stems: readonly string[] }[],
    options: { limit?: number; restrictTo?: ReadonlySet<number> } = {},
  ): ScoredFact[] {
    const { limit = 10, restrictTo } = options;
    const scores = new Map<number, { score: number; words: Set<string> }>();
    for (const { word, stems } of words) {
      const best = new Map<number, number>();
      for (const [i, form] of [word, ...stems].entries()) {
        const prefix = !/^[0-9]+$/.test(form) && (hasHangul(form) ? form.length >= 2 : form.length >= 4);
        const forms = hasHangul(form) ? [form] : [form, englishStem(form)];
        for (const f of new Set(forms)) {
          for (const match of this.vocabulary.match(f, {
            prefix,
            wholeSyllables: true,
            maxPrefix: 32,
            maxFuzzy: 8,
          })) {
            const idf = this.idf(match.term);
            const quality = match.quality * (i === 0 ? 1 : 0.97);
            for (const posting of this.postings[match.term] ?? []) {
              if (restrictTo && !restrictTo.has(posting.fact)) continue;
              const value = idf * quality * posting.weight;
              if (value > (best.get(posting.fact) ?? 0)) best.set(posting.fact, value);
            }
          }
        }
      }
      for (const [fact, value] of best) {
        const entry = scores.get(fact);
        if (entry) {
          entry.score += value;
          entry.words.add(word);
        } else scores.set(fact, { score: value, words: new Set([word]) });
      }
    }
    return [...scores]
      .map(([fact, { score, words: matched }]) => ({ fact: this.facts[fact]!, score, words: matched }))
      .sort((a, b) => b.score - a.score || a.fact.id.localeCompare(b.fact.id))
      .slice(0, limit);
  }

  /** Index positions of facts, for `restrictTo`. */
  positions(predicate: (fact: SourcedFact) => boolean): Set<number> {
    const out = new Set<number>();
    this.facts.forEach((fact, i) => {
      if (predicate(fact)) out.add(i);
    });
    return out;
  }

  /** Whether a word of the question matches anything at all in the facts. */
  knows(word: string): boolean {
    return this.vocabulary.match(word, { maxPrefix: 1, maxFuzzy: 1 }).length > 0;
  }
}
