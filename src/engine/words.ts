import type { Entity, EntityType } from '../knowledge/schema.ts';
import type { SourcedFact } from '../knowledge/types.ts';
import { readLightVerb } from '../language/korean.ts';
import type { Lexicon } from '../language/lexicon.ts';
import type { Amount, Term } from '../language/understand.ts';
import type { QueryWord } from '../search/fact-index.ts';
import { compactKey, isLatinWord } from '../search/normalize.ts';
import type { Engine } from './types.ts';

/** A company or an organisation: one that does business, invests, is a customer or a source. */
export const isBusiness = (type: EntityType | undefined): boolean =>
  type === 'company' || type === 'organization';

/** A noun typed in the plural: `companies`, `firms` (not `business`), `기업들`, `회사들이`. */
export function inPlural(term: Term, lexicon: Lexicon): boolean {
  const { surface } = term;
  return isLatinWord(surface)
    ? /s$/.test(surface) && surface !== 'business'
    : lexicon.koreanPlural.test(surface);
}

/** The term, as typed or in one of its forms (`대표는` → 대표), is a word of the list. */
export function readsAs(term: Term, words: ReadonlySet<string>): boolean {
  return words.has(term.head) || term.forms.some((w) => words.has(w));
}

/** The fact measures the named thing against something else (`한국보다`): it is not what the fact says it of. */
export function measuredAgainst(engine: Engine, fact: SourcedFact, name: string): boolean {
  return engine.lexicon.particles.comparedWith.some((p) => fact.text.ko.includes(`${name}${p}`));
}

/** A word of saying, as a noun (`말`, `발언`) or made a verb (`말한`, `발언했던`): what someone said is asked of. */
export function saysSaying(engine: Engine, terms: readonly Term[]): boolean {
  const { sayingWords, grammar } = engine.lexicon;
  return terms.some(
    (t) => readsAs(t, sayingWords) || sayingWords.has(readLightVerb(grammar, t.surface)?.noun ?? ''),
  );
}

/**
 * `중국 대표 AI 기업`, `한국 회사`, `Korean AI chip startup`: a country (or its people's name) bare before a word
 * for a company, nothing between that does something (not `일본으로 옮긴 데`): it says whose the company is.
 */
export function countryOfCompany(engine: Engine, terms: readonly Term[], i: number): boolean {
  const { lexicon } = engine;
  const term = terms[i]!;
  const companyNoun = (j: number) => !!terms[j] && readsAs(terms[j]!, lexicon.companyNouns);
  return (
    (term.surface === term.head || lexicon.demonyms.has(term.surface)) &&
    [1, 2, 3].some(
      (d) =>
        companyNoun(i + d) &&
        terms.slice(i + 1, i + d).every((t) => t.role === 'topic' && t.surface === t.head),
    )
  );
}

/** A word that asks openly (`뭐`, `어때`), as typed with an ending of its own too (`뭐였지`). */
export function asksOpenly(lexicon: Lexicon, term: Term): boolean {
  return [term.head, term.surface, ...term.forms].some((w) => lexicon.openQuestionWords.has(w));
}

/** How a term is looked for in the facts: its head, its other forms, the words of its sets. */
export const searchWord = (term: Term): QueryWord => ({
  word: term.head,
  stems: term.surface === term.head ? term.forms : [term.surface, ...term.forms],
  synonyms: term.synonyms,
  exact: term.common,
});

/** A noun for a measure (`비중`, `규모`, `매출`): what it measures is named before it. */
export function measures(engine: Engine, term: Term): boolean {
  return [term.head, ...term.forms].some(
    (w) => engine.lexicon.unitWords.has(w) || engine.lexicon.measureNouns.has(w),
  );
}

/**
 * Whether the facts use this word: as it is, with a typo, or with an ending or particle (`설립` in
 * `설립했다`). Not as the start of another word: `예산` is not in `예산정책처`.
 */
/** A name with a particle that says it too (`이랜서도`, `일본에도`). */
export function nameAlso(engine: Engine, word: string): boolean {
  const particle = engine.lexicon.alsoParticles.find((p) => word.length > p.length && word.endsWith(p));
  return !!particle && engine.entities.exactMatches(word.slice(0, -particle.length)).length > 0;
}

export function knowsWord(engine: Engine, word: string, exact: boolean): boolean {
  if (exact ? engine.facts.hasWord(word) : engine.facts.hasWordOrTypo(word)) return true;
  return engine.facts
    .wordsStartingWith(word, 16)
    .some((longer) => engine.lexicon.lemmaKeys(longer).includes(word) || isEnglishInflection(word, longer));
}

/** `invest` → `investment`, `invested`, `investing`: the same word in English. */
function isEnglishInflection(word: string, longer: string): boolean {
  return isLatinWord(word) && /^(s|es|ed|d|ing|ment|ments|er|ers|ly|al)$/.test(longer.slice(word.length));
}

/** The subjects (a listing, revenue, clients …) the lexicon says a claim's words are about. */
export function claimTopics(engine: Engine, content: readonly Term[]): Lexicon['topics'][number][] {
  // A Korean word is the topic's word itself (`법인세` is not `법인`); an English one may be inflected.
  const isTopicWord = (word: string, topicWord: string) =>
    word === topicWord || (isLatinWord(topicWord) && word.startsWith(topicWord));
  return engine.lexicon.topics.filter((topic) =>
    content.some((t) =>
      [t.head, t.surface, ...t.forms, ...t.synonyms].some((w) =>
        topic.words.some((tw) => isTopicWord(w, tw)),
      ),
    ),
  );
}

const regionNames = new WeakMap<Engine, (word: string) => string | undefined>();

/**
 * The country a word begins with (`일본의` → japan, `japanese` → japan): its Korean and English names,
 * aliases and peoples, looked up by the word's beginnings. Built once per engine.
 */
export function regionNamesOf(engine: Engine): (word: string) => string | undefined {
  const known = regionNames.get(engine);
  if (known) return known;
  const byName = new Map<string, string>();
  for (const e of engine.kb.entities.values()) {
    if (e.type !== 'region') continue;
    const names = [e.name.ko, e.name.en, ...e.aliases].map((n) => n.toLowerCase());
    for (const n of names) if (n && !byName.has(n)) byName.set(n, e.id);
    for (const [people, country] of engine.lexicon.demonyms)
      if (names.includes(country) && !byName.has(people)) byName.set(people, e.id);
  }
  let longest = 0;
  for (const n of byName.keys()) longest = Math.max(longest, n.length);
  const lookup = (word: string) => {
    for (let length = Math.min(word.length, longest); length >= 1; length--) {
      const id = byName.get(word.slice(0, length));
      if (id) return id;
    }
    return undefined;
  };
  regionNames.set(engine, lookup);
  return lookup;
}

export interface FactText {
  /** Both languages, as one string. */
  readonly text: string;
  /** Every number the fact writes, in digits (`2032`, `27`) or in words (`three reasons` → 3). */
  readonly numbers: ReadonlySet<string>;
}

const factTexts = new WeakMap<SourcedFact, FactText>();

/** What the answer rules read of a fact, worked out once per fact (questions ask it of hundreds). */
export function textOf(engine: Engine, fact: SourcedFact): FactText {
  let known = factTexts.get(fact);
  if (!known) {
    const text = `${fact.text.ko} ${fact.text.en}`;
    const numbers = new Set(text.match(/[0-9]+/g) ?? []);
    for (const w of fact.text.en.toLowerCase().split(/[^a-z]+/)) {
      const n = engine.lexicon.numberWords.get(w);
      if (n) numbers.add(n);
    }
    known = { text, numbers };
    factTexts.set(fact, known);
  }
  return known;
}

/** Every number in a question must be in the answer: a question about 2024 is not answered with 2023. */
export function numbersAgree(
  engine: Engine,
  fact: SourcedFact,
  numbers: readonly string[],
  amounts: readonly Amount[] = [],
  /** The numbers are guesses offered (`41만? 14만?`): one agreeing is enough. */
  oneOf = false,
  /** A claim checked: only an amount said roughly (`1조 가까이`) agrees with a figure near it. */
  claimed = false,
): boolean {
  if (numbers.length === 0) return true;
  const { numbers: written } = textOf(engine, fact);
  // (an amount said roughly, `1조 가까이` for 9895억, `10개 중 7개` for 70%: within an eighth of a figure)
  const near = (n: string) =>
    amounts.some(
      (a) =>
        (a.rough || !claimed) &&
        a.digits.includes(n) &&
        fact.figures.some((f) => f.unit !== 'year' && Math.abs(f.value - a.value) <= a.value / 8),
    );
  const agrees = (n: string) =>
    written.has(n) || fact.figures.some((f) => String(f.value) === n || String(f.year) === n) || near(n);
  return oneOf ? numbers.some(agrees) : numbers.every(agrees);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How many of the terms a text says (a section's title, its keywords), by any of the ways of writing
 * each that `ways` gives, spacing and case aside.
 */
export function termsSaidIn(
  text: string,
  terms: readonly Term[],
  ways: (t: Term) => readonly string[],
): number {
  const key = compactKey(text);
  return terms.filter((t) => ways(t).some((w) => w.length >= 2 && key.includes(compactKey(w)))).length;
}

/** The entities a text names by their Korean name, in the order it names them. */
export function namedIn<E extends Entity>(text: string, entities: readonly E[]): E[] {
  return entities
    .map((e) => ({ e, at: text.indexOf(e.name.ko) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.e);
}

/** Where a fact stands in its article: its passage's place, for article order. */
export function positionInArticle(engine: Engine, fact: SourcedFact): number {
  const article = engine.kb.article(fact.articleId);
  const at = article?.passages.findIndex((p) => p.id === fact.source) ?? -1;
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
}

/** The question asks what was done: `뭐 했어`, `what did … do`, `한 일`. */
export function asksDeed(lexicon: Lexicon, terms: readonly Term[]): boolean {
  const { asking, did, didOpening, thing, fused } = lexicon.deedAsked;
  const fusedDoing = (word: string) =>
    [...asking].some((a) => word.startsWith(a) && fused.some((f) => word.slice(a.length).startsWith(f)));
  const past = (i: number) => {
    const word = terms[i]?.surface.toLowerCase() ?? '';
    return did.has(word) || didOpening.some((d) => word.length > d.length && word.startsWith(d));
  };
  return terms.some(
    (t, i) =>
      (asking.has(t.head.toLowerCase()) && (past(i + 1) || past(i + 2))) ||
      (past(i) && thing.has(terms[i + 1]?.head ?? '')) ||
      fusedDoing(t.surface.toLowerCase()),
  );
}

/**
 * The lexicon's place a word begins with (`오사카에` → 오사카), when the facts do not know the word: a place
 * the article does not give, which a claim put its subject in.
 */
export function placeElsewhere(engine: Engine, word: string): string | undefined {
  const lower = word.toLowerCase();
  const place = engine.lexicon.places.find((p) => lower.startsWith(p));
  return place !== undefined && !engine.facts.knows(word) ? place : undefined;
}
