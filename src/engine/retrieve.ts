/**
 * The facts that might answer a question, scored: by the words they share with it, the entities it
 * names and the kind of answer it asks for.
 */
import type { SourcedFact } from '../knowledge/types.ts';
import { closedBy, isHangulSyllables } from '../language/korean.ts';
import type { QuestionType } from '../language/lexicon.ts';
import type { Term } from '../language/understand.ts';
import type { QueryWord, ScoredFact } from '../search/fact-index.ts';
import type { Ask } from './ask.ts';
import { type FitOptions, fitsType, STRICT_TYPES } from './fit.ts';
import { choosesAmong, type Mention } from './mentions.ts';
import { escapeRegExp, isBusiness, numbersAgree, readsAs, searchWord } from './words.ts';

/** How much a fact gains for being about an entity the question names. */
const MENTION_BONUS = 2.5;
/** How much for being about a country the question only uses to describe something (`한국 회사`). */
const DESCRIBED_BONUS = 0.8;
/** And, on top of that, for being about what the background before the question named. */
const BACKGROUND_BONUS = 0.7;
/** How much a fact gains for giving a figure the question gives, when it names nothing else. */
const FIGURE_BONUS = 5;
/** How much a fact gains for being the kind of answer the question word asks for. */
export const TYPE_BONUS = 1.5;
/** At most this many facts of a named entity are weighed without matching a word of the question. */
const MAX_UNMATCHED_FACTS = 100;

export interface Scored extends ScoredFact {
  /** How many of the question's topic words the fact matches. */
  readonly contentHits: number;
}

/** The candidates of one question, scored, and what decides whether one fits. */
export interface Retrieval {
  readonly words: readonly QueryWord[];
  /** What is asked, outside the background. */
  readonly foregroundWords: readonly Term[];
  readonly topicWords: readonly Term[];
  /** Every candidate, best first. */
  readonly scored: readonly Scored[];
  readonly strictTypes: readonly QuestionType[];
  /** Companies (or people) named side by side that no fact has together, asked about one by one. */
  readonly group: readonly Mention[];
  readonly oneByOne: boolean;
  /** Asked one by one, the question chooses among them (`일본이랑 한국 중에 어디가 …`, `X or Y, which`). */
  readonly choosingOne: boolean;
  /** What an answer must not be (what is named, but for the group asked one by one). */
  readonly fitIds: ReadonlySet<string>;
  fits(fact: SourcedFact, type: QuestionType): boolean;
  /** What decides whether a fact fits, beyond its type. */
  readonly fitOptions: FitOptions;
  /** How many of the entities the question names (or only those it is about) the fact is about. */
  aboutMentioned(fact: SourcedFact): number;
  aboutRequired(fact: SourcedFact): number;
}

/**
 * `일본 어느 지역에 DC 짓는다고 나와?`: a country named just before the words that ask where asks a place
 * within it, which another country does not answer.
 */
function placeWithinCountry(ask: Ask): boolean {
  if (!ask.types.has('place')) return false;
  const { countryWords } = ask.engine.lexicon;
  // (the country bare, `일본 어느 지역`, not the subject, `일본이 어디로 넘어가려`; a country not asked for,
  // `어느 나라`)
  const bare = (m: Mention, i: number) =>
    [m.entity.name.ko, m.entity.name.en.toLowerCase()].includes(ask.terms[i]?.surface.toLowerCase() ?? '');
  return ask.terms.some(
    (t, i) =>
      t.role === 'question' &&
      !t.background &&
      !readsAs(ask.terms[i + 1] ?? t, countryWords) &&
      ask.mentions.some((m) => m.entity.type === 'region' && m.terms.includes(i - 1) && bare(m, i - 1)),
  );
}

export function retrieve(ask: Ask): Retrieval {
  const { engine, mentions, types } = ask;
  const words = ask.asked.map(searchWord);
  // (a word said again asks no more: `도쿄가 맞아 토쿄가 맞아?` asks one word, 도쿄)
  const foregroundWords = ask.asked.filter(
    (t, i) => !t.background && !ask.asked.slice(0, i).some((u) => !u.background && u.head === t.head),
  );
  const aboutMentioned = (fact: SourcedFact) =>
    mentions.reduce((n, m) => n + (fact.entities.includes(m.entity.id) ? 1 : 0), 0);
  const aboutRequired = (fact: SourcedFact) =>
    mentions.reduce((n, m) => n + (m.required && fact.entities.includes(m.entity.id) ? 1 : 0), 0);
  const candidates = gather(ask, words);
  // `업스테이지야 뤼튼이야?`, `리벨리온 대표랑 올거나이즈 대표 각각`: companies (or people) named side
  // by side that no fact has together are asked about one by one; which of them is the answer.
  // (countries too, when one of them is chosen: `미국이랑 EU 중에 규제에 초점 맞춘 쪽이 어디`)
  const choosing = choosesAmong(engine, ask.terms, ask.types.has('which'));
  const group = mentions.filter((m) => m.required && (m.entity.type !== 'region' || choosing));
  const oneByOne =
    group.length >= 2 &&
    group.every((m) => m.entity.type === group[0]!.entity.type) &&
    ((choosing && group[0]!.entity.type === 'region') ||
      ![...candidates.values()].some((s) => group.every((m) => s.fact.entities.includes(m.entity.id))));
  const fitIds = oneByOne
    ? new Set([...ask.mentionedIds].filter((id) => !group.some((m) => m.entity.id === id)))
    : ask.mentionedIds;
  const cities = placesNamed(ask);
  const options: FitOptions = {
    unit: ask.unit,
    mentioned: fitIds,
    // (or within a city named, `도쿄 사무소 정확히 어디야?`: no country answers it either)
    city: ask.understanding.city || placeWithinCountry(ask) || cities.length > 0,
    bound: ask.understanding.timeBound,
    companies: asksCompanyNames(ask),
    anyParty: asksAnyParty(ask),
    saying: ask.terms.some((t) => engine.lexicon.sayingWords.has(t.head)),
    person: ask.terms.some((t) => engine.lexicon.kindNouns.get('person')?.has(t.head.toLowerCase())),
    goesTo: goesTo(ask),
    named: new Set([
      ...ask.mentions.filter((m) => !m.background && fitIds.has(m.entity.id)).map((m) => m.entity.id),
      ...ask.excludedIds,
    ]),
    placesNamed: cities,
  };
  const fits = (fact: SourcedFact, type: QuestionType) => fitsType(engine, fact, type, options);
  // (a question of amounts only, `186억달러면 2조7천억원이야?`: their digits are checked as the amounts,
  // not found as words)
  const amountDigits = new Set(ask.understanding.amounts.flatMap((a) => a.digits));
  const topics = foregroundWords.filter((t) => t.role === 'topic');
  const topicWords = topics.every((t) => amountDigits.has(t.head)) ? [] : topics;
  const withProfiles = profileWords(ask, words);
  const typeList = [...types];
  const backgroundMentions = mentions.filter((m) => m.background);
  const scored = [...candidates.values()]
    .filter(
      (r) =>
        ask.yesno ||
        numbersAgree(engine, r.fact, ask.numbers, ask.understanding.amounts, ask.understanding.guesses),
    )
    // `40만 넘게`: a figure at least that large.
    .filter(
      (r) => ask.yesno || ask.understanding.atLeast.every((b) => r.fact.figures.some((f) => f.value >= b)),
    )
    .map((r): Scored => {
      r = withProfiles(r);
      // Counted with loops: this runs for every candidate of every question.
      let contentHits = 0;
      for (const t of topicWords) if (r.words.has(t.head)) contentHits++;
      let typeHits = 0;
      for (const t of typeList) if (fits(r.fact, t)) typeHits++;
      // Being about what the question is about counts most; about a country it only uses to describe, a little.
      const required = aboutRequired(r.fact);
      const aboutDescribed = aboutMentioned(r.fact) - required;
      // Named in the background, it helps pick the answer (`I'm moving my startup to Japan. What …`).
      let aboutBackground = 0;
      for (const m of backgroundMentions) if (r.fact.entities.includes(m.entity.id)) aboutBackground++;
      const score =
        r.score +
        MENTION_BONUS * required +
        DESCRIBED_BONUS * aboutDescribed +
        BACKGROUND_BONUS * aboutBackground +
        TYPE_BONUS * typeHits;
      return { ...r, contentHits, score };
    })
    .sort((a, b) => b.score - a.score || a.fact.id.localeCompare(b.fact.id));
  return {
    words,
    foregroundWords,
    topicWords,
    scored,
    strictTypes: typeList.filter((t) => STRICT_TYPES.has(t)),
    group,
    oneByOne,
    choosingOne: oneByOne && choosing,
    fitIds,
    fits,
    fitOptions: options,
    aboutMentioned,
    aboutRequired,
  };
}

/** The cities the question itself names (`도쿄 사무소 정확히 어디야?`), which no answer to where only repeats. */
function placesNamed(ask: Ask): readonly string[] {
  const { places } = ask.engine.lexicon;
  // (bare, as a noun names it, `도쿄 사무소`: not where something was done, `도쿄에 거점 마련한 건 어디?`;
  // before the word that asks, not a guess after it, `어디에 냈음? 도쿄?`; in English, `where … in Tokyo`)
  const { terms } = ask;
  // (no word that asks, `도쿄 어느 동네야?`: 어느 before a kind of place; every place named is before it)
  const found = terms.findIndex((t) => t.role === 'question' && !t.background);
  const asking = found < 0 ? terms.length : found;
  const within = (i: number) =>
    ask.understanding.language === 'en' ? i > asking && terms[i - 1]?.surface === 'in' : i < asking;
  return terms.flatMap((t, i) =>
    t.background || !within(i) ? [] : places.filter((p) => t.surface.toLowerCase() === p),
  );
}

/** The facts that share a word with the question, and the facts of the entities it names. */
function gather(ask: Ask, words: readonly QueryWord[]): Map<string, ScoredFact> {
  const { engine, mentions } = ask;
  const candidates = new Map<string, ScoredFact>();
  if (words.length > 0)
    for (const r of engine.facts.search(words, { limit: 30 })) candidates.set(r.fact.id, r);
  if (mentions.length === 0) {
    // (`정부가 구체적으로 뭘 해줘야 한다고 했는지`: what ought to be done, of nothing named, is the views)
    if (words.length === 0 && ask.understanding.ought)
      for (const fact of engine.facts.facts)
        if (fact.kind === 'opinion') candidates.set(fact.id, { fact, score: 0, words: new Set() });
    // (a fact giving a figure the question gives outranks one that only shares its digits)
    for (const [id, r] of byFigure(ask)) {
      const found = candidates.get(id);
      candidates.set(id, found ? { ...found, score: found.score + r.score } : r);
    }
    return candidates;
  }
  // Facts about the entities named, even when no other word of the question matches them.
  const restrict = engine.facts.positionsAbout(ask.mentionedIds);
  for (const r of engine.facts.search(words, { limit: 30, restrictTo: restrict }))
    if (!candidates.has(r.fact.id)) candidates.set(r.fact.id, r);
  // Their other facts too (for a type or a premise to check), when they are few or nothing matched:
  // a country in a large knowledge base has thousands, and scoring them all would be the query's cost.
  if (restrict.size <= MAX_UNMATCHED_FACTS || candidates.size === 0)
    for (const position of restrict) {
      const fact = engine.facts.facts[position]!;
      if (!candidates.has(fact.id)) candidates.set(fact.id, { fact, score: 0, words: new Set() });
      if (candidates.size >= MAX_UNMATCHED_FACTS * 2) break;
    }
  return candidates;
}

/**
 * `186억달러면 2조7천억원 정도라고 써있었나`: a question of figures only, which names nothing else: the facts
 * that give one of its figures (the article's own conversion is then checked against the other).
 */
function byFigure(ask: Ask): Map<string, ScoredFact> {
  const out = new Map<string, ScoredFact>();
  if (ask.understanding.amounts.length === 0) return out;
  for (const fact of ask.engine.facts.facts)
    if (givesFigureAsked(ask, fact)) out.set(fact.id, { fact, score: FIGURE_BONUS, words: new Set() });
  return out;
}

/**
 * The fact gives a figure the question gives (`4428억 원은 무슨 돈이야?`): a sizeable amount, to within
 * rounding, which names the fact as well as its words would.
 */
export function givesFigureAsked(ask: Ask, fact: SourcedFact): boolean {
  const amounts = ask.understanding.amounts.map((a) => a.value).filter((v) => v >= 1000);
  const same = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(a, b);
  return fact.figures.some((f) => amounts.some((a) => same(a, f.value)));
}

/** Which asked with a word for any party (`데`, `곳`), not for a company. */
function asksAnyParty(ask: Ask): boolean {
  const { lexicon } = ask.engine;
  return !ask.terms.some(
    (t) =>
      (lexicon.companyNouns.has(t.head) && !lexicon.partyNouns.has(t.head)) ||
      lexicon.companyRoles.has(t.head),
  );
}

/**
 * `일본이 지금은 어디로 넘어가려 한대?`: where to, asked of a verb: the verb's forms after a word that takes
 * the particle of where to (`AI 전환(AX)으로 바로 넘어가려`), one word between at most.
 */
function goesTo(ask: Ask): RegExp[] {
  const { lexicon } = ask.engine;
  const to = lexicon.particles.means;
  if (!ask.terms.some((t) => t.role === 'question' && closedBy(t.surface, to))) return [];
  return ask.terms
    .filter(
      (t, i) => !t.background && t.role !== 'question' && t.role !== 'filler' && !ask.mentionedTerm.has(i),
    )
    .flatMap((t) => [t.head, ...t.forms].filter((f) => f.length >= 2 && isHangulSyllables(f)))
    .map((form) => new RegExp(`(?:${to.join('|')})\\s+(?:\\S+\\s+)?${escapeRegExp(form)}`));
}

/** `기업 이름`, `which companies`: the names asked for are companies' (not a person's). */
function asksCompanyNames(ask: Ask): boolean {
  const { terms, types } = ask;
  const { lexicon } = ask.engine;
  return (
    terms.some((t) => t.role === 'question' && lexicon.companyNouns.has(t.head)) ||
    // `협력사 이름`: the names of companies in a part they play.
    (types.has('name') && terms.some((t) => !t.background && lexicon.companyRoles.has(t.head))) ||
    ((types.has('which') || types.has('name')) &&
      !types.has('person') &&
      terms.some(
        (t) =>
          !t.background &&
          [t.head, ...t.forms].some((w) => lexicon.companyNouns.has(w) && !lexicon.partyNouns.has(w)),
      ))
  );
}

/**
 * Which company did X (`노무라증권이랑 일하는 한국 AI 회사`): the words that describe the company asked
 * for may be its own profile's, not the fact's; they count as the fact's.
 */
function profileWords(ask: Ask, words: readonly QueryWord[]): (r: ScoredFact) => ScoredFact {
  const { engine, types, mentionedIds } = ask;
  if (!types.has('which') && !types.has('name')) return (r) => r;
  const found = new Map<string, ReadonlySet<string>>();
  const describedBy = (id: string): ReadonlySet<string> => {
    let words_ = found.get(id);
    if (!words_) {
      words_ = new Set(
        engine.facts
          .search(words, { limit: 5, restrictTo: engine.facts.positionsAbout([id]) })
          .filter((r) => r.fact.kind === 'profile')
          .flatMap((r) => [...r.words]),
      );
      found.set(id, words_);
    }
    return words_;
  };
  return (r) => {
    const named = r.fact.entities.filter((id) => {
      return isBusiness(engine.kb.entities.get(id)?.type) && !mentionedIds.has(id);
    });
    if (named.length === 0 || named.length > 3) return r;
    const more = named.flatMap((id) => [...describedBy(id)]).filter((w) => !r.words.has(w));
    return more.length === 0 ? r : { ...r, words: new Set([...r.words, ...more]) };
  };
}
