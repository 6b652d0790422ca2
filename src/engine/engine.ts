import type { Comparison, Entity, EntityType } from '../knowledge/schema.ts';
import type { KnowledgeArticle, KnowledgeBase, SourcedFact, SourcedPassage } from '../knowledge/types.ts';
import { readLightVerb } from '../language/korean.ts';
import { Lexicon, loadGeneralLexicon, type QuestionType, type Unit } from '../language/lexicon.ts';
import { countryByName, isEnglishWord } from '../language/names.ts';
import { type Term, understand, type Vocabulary } from '../language/understand.ts';
import { EntityIndex, type NameMatch } from '../search/entity-index.ts';
import { FactIndex, type QueryWord, type ScoredFact } from '../search/fact-index.ts';
import {
  compactKey,
  hasHangul,
  isChoseongQuery,
  isHangulWord,
  isLatinWord,
  normalizeText,
  stripParticles,
  tokenize,
} from '../search/normalize.ts';

/** What a user asked for, whichever way they asked (slash command, mention, console). */
export type Question =
  | { readonly kind: 'company'; readonly query: string }
  | { readonly kind: 'policy'; readonly query: string }
  | { readonly kind: 'entity'; readonly id: string }
  | { readonly kind: 'compare' }
  | { readonly kind: 'about' }
  | { readonly kind: 'ask'; readonly text: string };

export interface CitedFact {
  readonly fact: SourcedFact;
  readonly passage: SourcedPassage | undefined;
}

export type Answer =
  | {
      readonly kind: 'entity';
      readonly entity: Entity;
      /** Facts about the entity, most telling first. */
      readonly facts: readonly CitedFact[];
      /** People of a company, or the company of a person. */
      readonly related: readonly Entity[];
    }
  | { readonly kind: 'comparison'; readonly comparison: Comparison & { readonly articleId: string } }
  | { readonly kind: 'about' }
  | {
      readonly kind: 'facts';
      readonly question: string;
      readonly facts: readonly CitedFact[];
      /** What a which- or who-question asks for, named first (`올거나이즈`, `박성현`). */
      readonly lead: readonly Entity[];
      /** A yes-or-no question whose claim the facts do not confirm as asked: what the article says. */
      readonly premise: boolean;
    }
  /**
   * No fact fits, but a passage of the article covers the question word for word: the passage,
   * quoted (the facts are the first source, the article's own text the second).
   */
  | { readonly kind: 'passage'; readonly question: string; readonly passage: SourcedPassage }
  /** A question about the article itself: its date, author, title or category. */
  | {
      readonly kind: 'article';
      readonly article: KnowledgeArticle;
      readonly field: 'date' | 'author' | 'title' | 'category';
    }
  /**
   * The article knows what the question is about but not what it asks (`리벨리온 작년 매출`): what is
   * missing, and what the article does say about it. Not an answer.
   */
  | {
      readonly kind: 'partial';
      readonly entity: Entity;
      /** The question's words (or kinds of answer) the article has nothing on. */
      readonly missing: readonly string[];
      readonly facts: readonly CitedFact[];
      /** Whom the article does say it of (`리벨리온도 상장 준비 중이야?` → 올거나이즈). */
      readonly saidOf?: readonly Entity[];
    }
  | {
      readonly kind: 'not-found';
      readonly asked: 'company' | 'policy' | 'entity' | 'ask' | 'compare';
      readonly query: string;
      readonly suggestions: readonly Entity[];
      /** Names in the question that the article does not mention (`삼성전자`, `France`). */
      readonly unknown?: readonly string[];
    };

export const answerFound = (answer: Answer): boolean =>
  answer.kind !== 'not-found' && answer.kind !== 'partial';

/** A knowledge base and the indexes built from it; immutable, swapped whole on reload. */
export interface Engine {
  readonly kb: KnowledgeBase;
  readonly entities: EntityIndex;
  readonly facts: FactIndex;
  /** The general word lists with the articles' own: how questions are understood. */
  readonly lexicon: Lexicon;
}

/** The general lexicon is read and checked once per process; each snapshot adds its articles' words. */
let generalLexicon: ReturnType<typeof loadGeneralLexicon> | undefined;

export function buildEngine(kb: KnowledgeBase): Engine {
  generalLexicon ??= loadGeneralLexicon();
  // The word lists outside the knowledge base load once per process, here rather than on the first
  // question that needs them (which would wait ~150 ms).
  countryByName();
  isEnglishWord('');
  const engine: Engine = Object.freeze({
    kb,
    entities: new EntityIndex(kb.entities.values()),
    facts: new FactIndex(kb.facts.values()),
    lexicon: new Lexicon(generalLexicon, kb.lexicon),
  });
  uncitedPassages(engine);
  return engine;
}

const KIND_ORDER: Record<SourcedFact['kind'], number> = {
  profile: 0,
  'japan-move': 1,
  policy: 2,
  statistic: 3,
  quote: 4,
  comparison: 5,
  reason: 6,
  trend: 7,
  reaction: 8,
  opinion: 9,
};

function cite(engine: Engine, fact: SourcedFact): CitedFact {
  return { fact, passage: engine.kb.passage(fact.articleId, fact.source) };
}

/** A fact about many entities at once (a table listing companies) says less about each. */
const isBroad = (fact: SourcedFact) => fact.entities.length > 3;

function entityAnswer(engine: Engine, entity: Entity): Answer {
  const facts = entityAnswerFacts(engine, entity);
  const related: Entity[] = [];
  if (entity.affiliation) {
    const company = engine.kb.entities.get(entity.affiliation);
    if (company) related.push(company);
  }
  for (const person of engine.kb.entitiesOfType('person'))
    if (person.affiliation === entity.id) related.push(person);
  return { kind: 'entity', entity, facts, related };
}

/** Facts about an entity, most telling first. */
function entityAnswerFacts(engine: Engine, entity: Entity): CitedFact[] {
  return (
    [...(engine.kb.factsByEntity.get(entity.id) ?? [])]
      // A company's own facts before the ones that merely list it among others.
      .map((fact, order) => ({ fact, order }))
      .sort(
        (a, b) =>
          Number(isBroad(a.fact)) - Number(isBroad(b.fact)) ||
          KIND_ORDER[a.fact.kind] - KIND_ORDER[b.fact.kind] ||
          a.order - b.order,
      )
      .map(({ fact }) => cite(engine, fact))
  );
}

function displayParts(text: string): string[] {
  const parenthesised = /^(.+?)\s*\((.+)\)$/.exec(text);
  if (parenthesised) return [parenthesised[1]!, parenthesised[2]!];
  return text.includes(' · ') ? text.split(' · ') : [];
}

function resolveEntity(engine: Engine, asked: 'company' | 'policy', query: string, type: EntityType): Answer {
  const trimmed = query.trim();
  if (!trimmed) return { kind: 'not-found', asked, query, suggestions: [] };
  // Autocomplete sends the entity id as the value; a user may also type the id.
  const byId = engine.kb.entities.get(trimmed);
  if (byId?.type === type) return entityAnswer(engine, byId);
  const { match, suggestions } = engine.entities.resolve(trimmed, type);
  if (match) return entityAnswer(engine, match.entity);
  // A name as the bot shows it (`리벨리온 (Rebellions)`, `리벨리온 · Rebellions`) names the entity
  // when one of its parts does, exactly.
  for (const part of displayParts(trimmed)) {
    const exact = engine.entities.search(part, { type, limit: 1, fuzzy: false })[0];
    if (exact?.tier === 'exact') return entityAnswer(engine, exact.entity);
  }
  return { kind: 'not-found', asked, query, suggestions: suggestions.map((s) => s.entity) };
}

interface Mention {
  readonly entity: Entity;
  /** Indexes of the question's terms the mention covers. */
  readonly terms: readonly number[];
  /** Named only in the background before the question, or found from a description there. */
  readonly background: boolean;
  /**
   * The answer must be about it. A country used to describe something else (`한국 회사`, `from Korea to
   * Japan`) is not required; one the question is about (`중국도 …`, or the only thing named) is.
   */
  readonly required: boolean;
}

/**
 * Entities named in a question: runs of up to three terms (`channel talk`, `채널 톡`) matched
 * exactly, by initials, or by a close typo; longer runs win.
 */
function findMentions(
  engine: Engine,
  terms: readonly Term[],
  which: boolean,
  excludedIds: Set<string>,
): Mention[] {
  const mentions: Mention[] = [];
  const used = new Set<number>();
  for (let length = Math.min(3, terms.length); length >= 1; length--) {
    for (let start = 0; start + length <= terms.length; start++) {
      const span = Array.from({ length }, (_, i) => start + i);
      // `Korean won`: a people's name that names a currency is no mention of the country.
      const currencyAdjective = (i: number) =>
        terms[i]!.role === 'filler' && engine.lexicon.demonyms.has(terms[i]!.surface);
      if (span.some((i) => used.has(i) || terms[i]!.role === 'question' || currencyAdjective(i))) continue;
      const first = terms[start]!;
      const texts =
        length === 1
          ? [...new Set([first.surface, first.head])]
          : [span.map((i) => terms[i]!.surface).join(' ')];
      // A typo of a name is only worth looking for in one word that is not itself a word of the facts.
      const typoPossible = length === 1 && !engine.facts.hasWord(first.surface) && !first.lexical;
      const match = texts.map((t) => mentionMatch(engine, t, typoPossible)).find(Boolean);
      // Several words only name an entity when they spell it exactly (`channel talk`).
      if (!match || (length > 1 && match.tier !== 'exact')) continue;
      for (const i of span) used.add(i);
      const background = span.every((i) => terms[i]!.background);
      // Set apart (`일본 말고`): named, but not what the answer is to be about.
      if (span.some((i) => terms[i]!.excluded)) {
        excludedIds.add(match.entity.id);
        for (const i of span) used.add(i);
        continue;
      }
      const known = mentions.find((m) => m.entity.id === match.entity.id);
      if (known) (known.terms as number[]).push(...span);
      else mentions.push({ entity: match.entity, terms: span, background, required: !background });
    }
  }
  // A country that describes (`한국 회사`, `Korea`) when the question names other things or asks which.
  return mentions.map((m) => {
    if (m.entity.type !== 'region' || !m.required) return m;
    const subject = m.terms.some((i) => terms[i]!.subject);
    const alone = mentions.filter((o) => !o.background).length === 1;
    return { ...m, required: subject || (alone && !which) };
  });
}

function mentionMatch(engine: Engine, text: string, fuzzy: boolean): NameMatch | undefined {
  const key = compactKey(text);
  if (key.length < 2) return undefined;
  const [top] = engine.entities.search(text, { limit: 1, fuzzy });
  if (!top) return undefined;
  if (top.tier === 'exact') return top;
  if (top.tier === 'initials') return isChoseongQuery(key) && key.length >= 3 ? top : undefined;
  // In a sentence, a prefix must be most of the name (`리벨리` yes, `리` no) and a typo must be close.
  if (top.tier === 'prefix') return top.score >= 0.8 ? top : undefined;
  return top.score >= 0.8 && (hasHangul(key) ? key.length >= 3 : key.length >= 5) ? top : undefined;
}

/** How much a fact gains for being about an entity the question names. */
const MENTION_BONUS = 2.5;
/** How much for being about a country the question only uses to describe something (`한국 회사`). */
const DESCRIBED_BONUS = 0.8;
/** And, on top of that, for being about what the background before the question named. */
const BACKGROUND_BONUS = 0.7;
/** How much a fact gains for being the kind of answer the question word asks for. */
const TYPE_BONUS = 1.5;
/** Facts scoring at least this share of the best one are answered together with it. */
const COMPANION_SHARE = 0.8;
const MAX_ANSWER_FACTS = 3;
/** At most this many facts of a named entity are weighed without matching a word of the question. */
const MAX_UNMATCHED_FACTS = 100;
/** Question types whose answer must be of their kind: a how-much question wants a figure. */
/** A word in at least this share of the facts tells nothing of what a question asks. */
const COMMON_SHARE = 0.3;
/** How nearly a fact matching more of the question must score to come before the best-scored one. */
const FULLER_SHARE = 0.6;
const STRICT_TYPES: ReadonlySet<QuestionType> = new Set(['person', 'time', 'amount', 'place', 'name']);

/** A year written out: a time. */
const YEAR = /(^|[^0-9])(19|20)[0-9]{2}([^0-9]|$)/;

/** Whether a fact is the kind of answer a question type asks for. */
function fitsType(
  engine: Engine,
  fact: SourcedFact,
  type: QuestionType,
  unit: Unit | undefined,
  mentioned: ReadonlySet<string>,
  city: boolean,
  bound: 'start' | 'end' | undefined,
  companies: boolean,
  anyParty = false,
): boolean {
  const { text } = textOf(engine, fact);
  const words = engine.lexicon.answerWords;
  const entityOf = (id: string) => engine.kb.entities.get(id);
  switch (type) {
    case 'person':
      return fact.entities.some((id) => {
        const type = entityOf(id)?.type;
        return type === 'person' || (type === 'organization' && !mentioned.has(id));
      });
    case 'time': {
      // `언제부터` is not answered by a deadline, nor `언제까지` by a start.
      if (bound === 'start')
        return (
          words.start.test(text) || fact.figures.some((f) => f.year !== undefined && f.qualifier !== 'until')
        );
      if (bound === 'end') return words.end.test(text) || fact.figures.some((f) => f.qualifier === 'until');
      return (
        fact.figures.some((f) => f.unit === 'year' || f.year !== undefined) ||
        words.time.test(text) ||
        YEAR.test(text)
      );
    }
    case 'amount':
      // `몇 번째`: first, second … the article says in words.
      if (unit === 'ordinal') return words.ordinal.test(text);
      return fact.figures.some(
        (f) => f.unit !== 'year' && figureInUnit(f.unit, unit) && figureIsOf(engine, fact, f, mentioned),
      );
    case 'place': {
      const lower = text.toLowerCase();
      if (engine.lexicon.places.some((p) => lower.includes(p))) return true;
      // A country answers where, unless a city is asked for (`어느 도시`).
      return !city && fact.entities.some((id) => entityOf(id)?.type === 'region' && !mentioned.has(id));
    }
    case 'name':
      // A name the question does not have: a company's when it asks for companies (`기업 이름`),
      // otherwise an entity's, one the article quotes (`'AI Act'`) or a term it names with its
      // abbreviation (`AI 전환(AX)`).
      return (
        (!companies &&
          (/['‘’"“”]/.test(fact.text.ko) ||
            /\([A-Z&]{2,}\)/.test(fact.text.ko) ||
            namesInEnglish(engine, fact))) ||
        fact.entities.some((id) => {
          const type = entityOf(id)?.type;
          if (companies) return (type === 'company' || type === 'organization') && !mentioned.has(id);
          return type !== undefined && type !== 'region' && !mentioned.has(id);
        })
      );
    case 'which':
      // `AI Act 만든 데가 어디`: a place or party, which a country or a bloc can be too.
      return fact.entities.some((id) => {
        const type = entityOf(id)?.type;
        return (
          (type === 'company' || type === 'organization' || (anyParty && type === 'region')) &&
          !mentioned.has(id)
        );
      });
    case 'reason':
      return fact.kind === 'reason' || words.reason.test(text);
    case 'opinion':
      return fact.kind === 'opinion';
    case 'said':
      return fact.kind === 'quote' || fact.kind === 'opinion' || fact.kind === 'reaction';
    case 'compare':
      return fact.kind === 'comparison' || new Set(fact.figures.map((f) => f.year).filter(Boolean)).size > 1;
    case 'profile':
      return fact.kind === 'profile';
    case 'yesno':
      return true;
  }
}

/**
 * Whether the fact's English gives a proper name that is no entity's (`its National AI Initiative`):
 * words capitalised together after the sentence's first, the names of the knowledge base's entities
 * taken out.
 */
function namesInEnglish(engine: Engine, fact: SourcedFact): boolean {
  let text = fact.text.en;
  for (const id of fact.entities) {
    const entity = engine.kb.entities.get(id);
    if (entity) text = text.split(entity.name.en).join(' ');
  }
  return /\s(?:[A-Z][a-z]+|AI)(?:\s(?:[A-Z][a-z]+|AI))*\s[A-Z][a-z]{3,}/.test(text);
}

/**
 * A comparison states a figure of one side: `일본의 법인세 감면율` is not Korea's. A figure whose label
 * names a country the question does not is someone else's.
 */
function figureIsOf(
  engine: Engine,
  fact: SourcedFact,
  figure: SourcedFact['figures'][number],
  mentioned: ReadonlySet<string>,
): boolean {
  if (fact.kind !== 'comparison') return true;
  const label = `${figure.label.ko} ${figure.label.en}`;
  return fact.entities.every((id) => {
    const entity = engine.kb.entities.get(id);
    if (entity?.type !== 'region' || mentioned.has(id)) return true;
    return !label.includes(entity.name.ko) && !label.includes(entity.name.en);
  });
}

function figureInUnit(figureUnit: SourcedFact['figures'][number]['unit'], unit: Unit | undefined): boolean {
  switch (unit) {
    case undefined:
      // A count of reasons (`세 가지`) is no amount.
      return figureUnit !== 'count';
    case 'percent':
      return figureUnit === 'percent';
    case 'people':
      return figureUnit === 'people';
    case 'organizations':
      return figureUnit === 'organizations' || figureUnit === 'companies' || figureUnit === 'count';
    case 'money':
      return figureUnit === 'KRW' || figureUnit === 'JPY' || figureUnit === 'USD';
    // `몇 엔`: an amount in yen, not one in dollars.
    case 'won':
      return figureUnit === 'KRW';
    case 'yen':
      return figureUnit === 'JPY';
    case 'dollar':
      return figureUnit === 'USD';
    case 'year':
      return figureUnit === 'year';
    case 'ordinal':
      return false;
    // `몇 가지`: a count of things (reasons, ways).
    case 'count':
      return figureUnit === 'count';
  }
}

/** How many words of a figure's label name what it counts. */
const LABEL_HEAD_WORDS = 3;
const COUNT_UNITS: ReadonlySet<string> = new Set(['people', 'organizations', 'companies', 'count']);

/**
 * Whether a figure counts what the term names: the term is a keyword of the fact (unless it is a word
 * for any company or person, which facts are filed under loosely), or it (or a form or
 * a word of its set) is in the head of the figure's label; an English word by its first letters
 * (`freelancers` in `freelance developers`).
 */
function counts(
  fact: SourcedFact,
  figure: SourcedFact['figures'][number],
  term: Term,
  generic: boolean,
): boolean {
  if (!COUNT_UNITS.has(figure.unit) && figure.unit !== 'percent') return false;
  // A keyword the fact is filed under names it too (`partners`), as typed, not by a word of its set.
  const own = [term.head, term.surface, ...term.forms].map((w) => w.toLowerCase());
  const filedUnder = (keyword: string) =>
    own.some((w) => w === keyword || (isLatinWord(w) && w.length >= 5 && keyword.startsWith(w)));
  if (!generic && fact.keywords.some((k) => filedUnder(k.toLowerCase()))) return true;
  // What the label counts is its head: the words before `수` in Korean, the first words in English
  // (`한국 AI 기업들이 일본으로 향하는 이유의 수` counts reasons, not companies).
  const ko = figure.label.ko
    .replace(/\s*수$/, '')
    .split(/\s+/)
    .slice(-LABEL_HEAD_WORDS);
  const en = figure.label.en.split(/\s+/).slice(0, LABEL_HEAD_WORDS);
  const label = [...ko, ...en].join(' ').toLowerCase();
  return [term.head, term.surface, ...term.forms, ...term.synonyms].some((w) => {
    const word = w.toLowerCase();
    if (word.length < 2) return false;
    return label.includes(isLatinWord(word) && word.length > 6 ? word.slice(0, 6) : word);
  });
}

/** Every number in a question must be in the answer: a question about 2024 is not answered with 2023. */
function numbersAgree(engine: Engine, fact: SourcedFact, numbers: readonly string[]): boolean {
  if (numbers.length === 0) return true;
  const { numbers: written } = textOf(engine, fact);
  return numbers.every(
    (n) => written.has(n) || fact.figures.some((f) => String(f.value) === n || String(f.year) === n),
  );
}

interface FactText {
  /** Both languages, as one string. */
  readonly text: string;
  /** Every number the fact writes, in digits (`2032`, `27`) or in words (`three reasons` → 3). */
  readonly numbers: ReadonlySet<string>;
}

const factTexts = new WeakMap<SourcedFact, FactText>();

/** What the answer rules read of a fact, worked out once per fact (questions ask it of hundreds). */
function textOf(engine: Engine, fact: SourcedFact): FactText {
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

/** The language layer's view of the knowledge base. */
export function vocabularyOf(engine: Engine): Vocabulary {
  return {
    hasWord: (word) => engine.facts.hasWord(word),
    knows: (word) => engine.facts.knows(word),
    isName: (text) => engine.entities.exactMatches(text).length > 0,
    isJoinedKeyword: (word) => engine.facts.isJoinedKeyword(word),
    resemblesName: (word) => mentionMatch(engine, word, true) !== undefined,
  };
}

const searchWord = (term: Term): QueryWord => ({
  word: term.head,
  stems: term.surface === term.head ? term.forms : [term.surface, ...term.forms],
  synonyms: term.synonyms,
  exact: term.common,
});

/**
 * A name the knowledge base does not hold (`삼성전자도`, `France`, `Naver`): a country, a well-known
 * organisation or person, a Latin word that is no English word, or an unknown noun in the subject's
 * place. A question about it is about something the article does not cover.
 */
function isUnknownName(
  engine: Engine,
  term: Term,
  next: Term | undefined,
  afterName: boolean,
  first = false,
): boolean {
  if (term.role === 'question' || term.role === 'filler') return false;
  const keys = [...new Set([term.head, term.surface].map(compactKey))];
  if (keys.some((k) => engine.entities.exactMatches(k).length > 0)) return false;
  if (keys.some((k) => countryByName().has(k) || engine.lexicon.outsideNames.has(k))) return true;
  // A city or area the article never names (`부산`, `Osaka`).
  if (keys.some((k) => engine.lexicon.places.includes(k)) && !keys.some((k) => engine.facts.hasWord(k)))
    return true;
  const { head } = term;
  // One word in two scripts (`사카나AI`): a name, known or not.
  if (term.joinedToNext && next) {
    const joined = compactKey(term.surface + next.surface);
    if (engine.entities.exactMatches(joined).length > 0) return false;
    if (engine.lexicon.outsideNames.has(joined)) return true;
    if (isHangulWord(term.surface) && isLatinWord(next.surface) && !engine.facts.hasWord(term.surface))
      return true;
  }
  // Initial consonants that spell no name the article has (`ㅍㄹㅇㅅ`): someone else's name.
  if (/^[ㄱ-ㅎ]{2,}$/.test(term.surface))
    return engine.entities.search(term.surface, { limit: 1 }).length === 0;
  if (term.lexical || engine.facts.knows(head) || engine.facts.knows(term.surface)) return false;
  if (isLatinWord(head))
    return head.length >= 3 && (term.capitalised || (!isEnglishWord(head) && !isEnglishWord(term.surface)));
  // A body's name by its ending (`한국벤처캐피탈협회`, `정보통신산업진흥원`): one the article never names.
  if (
    isHangulWord(head) &&
    engine.lexicon.organizationEndings.some((e) => head.length >= e.length + 2 && head.endsWith(e))
  )
    return true;
  const titled = next !== undefined && engine.lexicon.titleWords.has(next.head);
  // Words of the article typed as one (`규제법`): a noun, not a name.
  const parts = term.forms.filter((f) => head.includes(f) && f !== head);
  if (
    parts.length > 0 &&
    parts.every((f) => engine.facts.hasWord(f)) &&
    parts.join('').length >= head.length - 1
  )
    return false;
  // A long word the article never uses, first in the question (`트웰브랩스 일본 법인 있어?`): a name.
  if (first && !afterName && isHangulWord(head) && head.length >= 4 && term.role === 'topic') return true;
  // After a name (`리벨리온 주가는`) an unknown noun is something of it the article may not say.
  return (
    // A common noun is short (`대상`, `직원`); a name in the subject's place is longer (`삼성전자`).
    hasHangul(head) &&
    head.length >= 2 &&
    ((term.subject && !afterName && head.length >= 3) || titled) &&
    term.role === 'topic'
  );
}

function answerQuestion(engine: Engine, text: string): Answer {
  const notFound = (suggestions: readonly Entity[] = [], unknown: readonly string[] = []): Answer => ({
    kind: 'not-found',
    asked: 'ask',
    query: text,
    suggestions,
    unknown,
  });
  const understanding = understand(text, engine.lexicon, vocabularyOf(engine));
  const { terms, unit } = understanding;
  const types = new Set(understanding.types);
  if (terms.length === 0) return notFound();
  const excludedIds = new Set<string>();
  const found = findMentions(engine, terms, understanding.types.has('which'), excludedIds);
  // `… 업스테이지 도쿄 오피스 냈다는데 거기 대표 누구임`: the question refers back to the one company (or
  // person) named before it, which it is then about.
  const named = found.filter((m) => m.entity.type !== 'region');
  const referent =
    understanding.anaphora && named.every((m) => m.background)
      ? named.filter((m) => m.entity.type === 'company' || m.entity.type === 'person').at(-1)
      : undefined;
  const mentions = found.map((m) => (m === referent ? { ...m, background: false, required: true } : m));
  const mentionedTerm = new Set(mentions.flatMap((m) => m.terms));

  // A name the article does not know, in the question itself: not covered, whatever else matches. Named
  // before a question that names nothing of its own (`삼성은 … 같은데 투자 안하냐`), it is what is asked about.
  const namesOwn = mentions.some((m) => !m.background && m.entity.type !== 'region');
  const firstForeground = terms.findIndex((t) => !t.background);
  const unknownNames = terms.flatMap((t, i) => {
    const next = terms[i + 1];
    // Before the question, only a well-known name counts (`삼성은`, not `팀장님이` or `Seoul`).
    const wellKnown = [t.head, t.surface].some((k) => engine.lexicon.outsideNames.has(compactKey(k)));
    if (
      // (or one in a question of its own: `사카나AI 요즘 어때? 투자 얼마 받았음`)
      (t.background && (namesOwn || understanding.anaphora || !(wellKnown || t.questioned))) ||
      mentionedTerm.has(i) ||
      !isUnknownName(engine, t, next, mentionedTerm.has(i - 1), i === firstForeground)
    )
      return [];
    // Named whole as typed, its particle left off: in two scripts (`사카나ai`), or split into words of
    // the facts (`한국벤처캐피탈협회`).
    let start = i;
    while (start > 0 && terms[start - 1]!.joinedToNext && terms[start - 1]!.role !== 'filler') start--;
    let end = i;
    while (terms[end]!.joinedToNext && terms[end + 1] && terms[end + 1]!.role !== 'filler') end++;
    if (start === end) return [t.head];
    return [
      terms
        .slice(start, end + 1)
        .map((w) => w.surface)
        .join(''),
    ];
  });
  // `업스테이지 오사카에 오피스 냈다며?`: a place in the claim about a company the article names is the
  // claim's to check (the office is in Tokyo), not what the question is about.
  const isPlace = (name: string) =>
    engine.lexicon.places.includes(compactKey(name)) || countryByName().has(compactKey(name));
  const placeInClaim =
    understanding.types.has('yesno') &&
    unknownNames.every(isPlace) &&
    mentions.some((m) => m.required && m.entity.type !== 'region');
  if (unknownNames.length > 0 && !placeInClaim) return notFound([], unknownNames);

  // The article itself (`이 글 언제 올라왔어?`, `who wrote this article?`).
  const topicTerms = terms.filter((t, i) => !mentionedTerm.has(i) && t.role === 'topic');
  const fields = understanding.articleFields;
  const aboutArticle =
    fields.has('article') ||
    fields.has('title') ||
    fields.has('category') ||
    (fields.has('author') && (types.has('person') || topicTerms.length === 0)) ||
    // `Who wrote this and when?`: only the article can have been written.
    (fields.has('date') && topicTerms.length === 0 && (types.has('person') || types.has('time')));
  if (mentions.length === 0 && aboutArticle) {
    const field = fields.has('title')
      ? 'title'
      : fields.has('category')
        ? 'category'
        : types.has('person') || fields.has('author')
          ? 'author'
          : types.has('time') || fields.has('date')
            ? 'date'
            : undefined;
    const onlyArticleWords = topicTerms.every((t) => engine.lexicon.articleTopicWords.has(t.head));
    const article = engine.kb.articles[0];
    if (field && article && onlyArticleWords) return { kind: 'article', article, field };
  }

  // A company described rather than named (`반도체 회사 하나 있잖아, 거기 대표가 …`, `AI 칩 스타트업
  // 대표`, `the freelancer marketplace`): the company whose own profile the description matches.
  const describing = new Set<Term>();
  // A country does not name the company (`the freelancer marketplace that's heading to Japan`).
  const foreground = mentions.filter((m) => !m.background && m.entity.type !== 'region');
  // One company described (`the chip startup`), not many (`korean ai startups`, `기업들`).
  const plural = (t: Term) =>
    isLatinWord(t.surface) ? /s$/.test(t.surface) && t.surface !== 'business' : /^[가-힣]+들/.test(t.surface);
  // (or for a company in a part it plays: `고객사 어디어디`)
  const describes = terms.some(
    (t) => engine.lexicon.companyNouns.has(t.head) || engine.lexicon.companyRoles.has(t.head),
  );
  // `미국 빅테크`: a country's companies, not one company described.
  const afterCountry = (i: number) =>
    mentions.some((m) => m.entity.type === 'region' && m.terms.includes(i - 1));
  const describesOne = terms.some(
    (t, i) =>
      engine.lexicon.companyNouns.has(t.head) &&
      !plural(t) &&
      !engine.lexicon.partyNouns.has(t.head) &&
      !afterCountry(i),
  );
  // A which-question asks for the company: a description there is what it did, not whom it names.
  // A name asked of a company, not of its CEO (`대표 이름은?` asks who).
  const asksWhich =
    understanding.types.has('which') ||
    (understanding.types.has('name') && !terms.some((t) => readsAs(t, engine.lexicon.titleWords))) ||
    terms.some((t) => t.role === 'question' && engine.lexicon.companyNouns.has(t.head));
  if (
    foreground.length === 0 &&
    !asksWhich &&
    (understanding.anaphora || describesOne || terms.some((t) => t.background))
  ) {
    const described = describedEntity(engine, terms);
    if (described && !mentions.some((m) => m.entity.id === described.entity.id)) {
      const inForeground = described.terms.some((t) => !t.background);
      mentions.push({
        entity: described.entity,
        terms: [],
        background: !inForeground,
        required: inForeground,
      });
      for (const t of described.terms) describing.add(t);
      // The rest of the description (`…startup that relocated its HQ`) is what its own facts say.
      const own = engine.facts.positionsAbout([described.entity.id]);
      const rest = terms.filter((t) => t.role === 'topic' && !describing.has(t) && !t.background);
      const matched = new Set(
        engine.facts
          .search(rest.map(searchWord), { limit: 30, restrictTo: own })
          .flatMap((r) => [...r.words]),
      );
      const asked = understanding.types.size > 0;
      // Only when the question asks something else of it (who runs it, how many …), not what it did.
      if (asked) for (const t of rest) if (matched.has(t.head)) describing.add(t);
    }
  }
  // What is set apart counts as named: the answer must be about something else.
  const mentionedIds = new Set([...mentions.map((m) => m.entity.id), ...excludedIds]);
  // `글로벌 VC 말고`, `법인세 말고`: a thing set apart that names no entity; a fact that has it is not the answer.
  const setApart = terms.filter(
    (t, i) =>
      t.excluded &&
      !mentionedTerm.has(i) &&
      t.role === 'topic' &&
      engine.entities.exactMatches(compactKey(t.head)).length === 0,
  );
  const contentTerms = terms.filter(
    (t, i) =>
      !mentionedTerm.has(i) &&
      !describing.has(t) &&
      // (what is set apart is not asked: `리벨리온 말고`)
      !t.excluded &&
      (t.role === 'topic' || t.role === 'predicate'),
  );
  const questionTerms = terms.filter(
    (t, i) => !mentionedTerm.has(i) && t.role === 'question' && engine.facts.hasWord(t.head),
  );
  const asked = [...contentTerms, ...questionTerms];
  // `어떤 회사야` after a name asks what it is, not which one; `회사는 어디야` asks which, not where.
  // (`eLancer는 어떤 회사야? freelancer 플랫폼?`: the name right before the question word)
  const questionAt = terms.findIndex((t) => t.role === 'question' && !t.background);
  let before = questionAt - 1;
  while (before >= 0 && terms[before]!.role === 'filler') before--;
  const nameAsked = mentions.some(
    (m) => m.terms.includes(before) && m.entity.type === 'company' && !m.background,
  );
  if (
    types.has('which') &&
    mentions.length > 0 &&
    (types.has('profile') || contentTerms.every((t) => t.background) || nameAsked)
  ) {
    types.delete('which');
    types.add('profile');
  }
  // `감면 대상이 누구야`, `빅테크는 어디야`: which asks for one of the things named, not a person or a place.
  // `한국 인프라 문제 뭐래`: what the article says of a thing, not what someone said; only a person,
  // a company or a body says something.
  const speakers = mentions.some((m) => m.entity.type !== 'region') || describing.size > 0;
  if (types.has('said') && !speakers && !terms.some((t) => engine.lexicon.companyNouns.has(t.head)))
    types.delete('said');
  if (types.has('which')) {
    types.delete('place');
    types.delete('person');
  }
  // A figure that described the company (`the company with 410,000 freelancers`) is not asked again.
  const numbers = understanding.numbers.filter((n) => ![...describing].some((t) => t.head === n));
  const yesno = types.has('yesno');

  // `업스테이지 대표는 …`: a company's CEO the article never names is not in it, whatever is asked.
  for (const [i, term] of terms.entries()) {
    const before = mentions.find((m) => m.terms.includes(i - 1) && m.entity.type === 'company');
    const title = readsAs(term, engine.lexicon.titleWords);
    if (!before || term.background || !title || mentionedTerm.has(i)) continue;
    const people = (engine.kb.factsByEntity.get(before.entity.id) ?? []).some((f) =>
      f.entities.some((id) => engine.kb.entities.get(id)?.type === 'person'),
    );
    if (!people)
      return {
        kind: 'partial',
        entity: before.entity,
        missing: [term.head],
        facts: entityAnswerFacts(engine, before.entity).slice(0, 4),
      };
  }
  // `파인더스AI는 무슨 사업을 하는 회사야?`: what a company does, when the article names it only.
  const unprofiled = mentions.find(
    (m) =>
      m.required &&
      m.entity.type === 'company' &&
      !(engine.kb.factsByEntity.get(m.entity.id) ?? []).some((f) => f.kind === 'profile'),
  );
  if (types.has('profile') && mentions.length === 1 && unprofiled)
    return {
      kind: 'partial',
      entity: unprofiled.entity,
      missing: ['profile'],
      facts: entityAnswerFacts(engine, unprofiled.entity).slice(0, 4),
    };
  // Only the entity (`리벨리온은?`, `올거나이즈 뭐 하는 데야?`): its card answers best.
  // (or its own name: `뤼튼 정식 회사명 뭐야?` — the card gives it whole)
  const plainTypes = [...types].every((t) => t === 'profile' || t === 'yesno' || t === 'name');
  if (
    mentions.length === 1 &&
    plainTypes &&
    contentTerms.filter((t) => !t.background).length === 0 &&
    !yesno
  ) {
    const entity = mentions[0]!.entity;
    // `피처링은 뭐 하는 회사야?`: a company the article names without saying what it does.
    const profiled = (engine.kb.factsByEntity.get(entity.id) ?? []).some((f) => f.kind === 'profile');
    if (types.has('profile') && entity.type === 'company' && !profiled)
      return {
        kind: 'partial',
        entity,
        missing: ['profile'],
        facts: entityAnswerFacts(engine, entity).slice(0, 4),
      };
    return entityAnswer(engine, entity);
  }
  // A region and only the word policy (`미국 AI 정책`, `EU policy`): its policy card, every measure.
  if (
    mentions.length === 1 &&
    mentions[0]!.entity.type === 'region' &&
    [...types].every((t) => t === 'profile') &&
    topicTerms.length > 0 &&
    topicTerms.every((t) =>
      [t.head, t.surface, ...t.forms, ...t.synonyms].some((f) => engine.lexicon.policyWords.has(f)),
    )
  )
    return entityAnswer(engine, mentions[0]!.entity);

  // `한국이랑 일본 비교해줘`: the comparison of what is named, nothing narrower.
  const comparison = engine.kb.comparisons.find(
    (c) => mentions.length > 0 && mentions.every((m) => c.entities.includes(m.entity.id)),
  );
  if (
    types.has('compare') &&
    comparison &&
    contentTerms.filter((t) => !t.background && t.role === 'topic').length === 0
  )
    return { kind: 'comparison', comparison };

  const words = asked.map(searchWord);
  const foregroundWords = asked.filter((t) => !t.background);
  const aboutMentioned = (fact: SourcedFact) =>
    mentions.reduce((n, m) => n + (fact.entities.includes(m.entity.id) ? 1 : 0), 0);
  const aboutRequired = (fact: SourcedFact) =>
    mentions.reduce((n, m) => n + (m.required && fact.entities.includes(m.entity.id) ? 1 : 0), 0);
  const candidates = new Map<string, ScoredFact>();
  if (words.length > 0)
    for (const r of engine.facts.search(words, { limit: 30 })) candidates.set(r.fact.id, r);
  // Facts about the entities named, even when no other word of the question matches them.
  if (mentions.length > 0) {
    const restrict = engine.facts.positionsAbout(mentionedIds);
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
  }
  const strictTypes = [...types].filter((t) => STRICT_TYPES.has(t));
  // Which asked with a word for any party (`데`, `곳`), not for a company.
  const anyParty = !terms.some(
    (t) =>
      (engine.lexicon.companyNouns.has(t.head) && !engine.lexicon.partyNouns.has(t.head)) ||
      engine.lexicon.companyRoles.has(t.head),
  );
  // `기업 이름`, `which companies`: the names asked for are companies' (not a person's).
  const companyNames =
    terms.some((t) => t.role === 'question' && engine.lexicon.companyNouns.has(t.head)) ||
    // `협력사 이름`: the names of companies in a part they play.
    (types.has('name') && terms.some((t) => !t.background && engine.lexicon.companyRoles.has(t.head))) ||
    ((types.has('which') || types.has('name')) &&
      !types.has('person') &&
      terms.some(
        (t) =>
          !t.background &&
          [t.head, ...t.forms].some(
            (w) => engine.lexicon.companyNouns.has(w) && !engine.lexicon.partyNouns.has(w),
          ),
      ));
  // `업스테이지야 뤼튼이야?`, `리벨리온 대표랑 올거나이즈 대표 각각`: companies (or people) named side
  // by side that no fact has together are asked about one by one; which of them is the answer.
  const group = mentions.filter((m) => m.required && m.entity.type !== 'region');
  const oneByOne =
    group.length >= 2 &&
    group.every((m) => m.entity.type === group[0]!.entity.type) &&
    ![...candidates.values()].some((s) => group.every((m) => s.fact.entities.includes(m.entity.id)));
  const fitIds = oneByOne
    ? new Set([...mentionedIds].filter((id) => !group.some((m) => m.entity.id === id)))
    : mentionedIds;
  const fits = (fact: SourcedFact, type: QuestionType) =>
    fitsType(
      engine,
      fact,
      type,
      unit,
      fitIds,
      understanding.city,
      understanding.timeBound,
      companyNames,
      anyParty,
    );
  // Which company did X (`노무라증권이랑 일하는 한국 AI 회사`): the words that describe the company asked
  // for may be its own profile's, not the fact's.
  const profileWords = new Map<string, ReadonlySet<string>>();
  const describedBy = (id: string): ReadonlySet<string> => {
    let found = profileWords.get(id);
    if (!found) {
      found = new Set(
        engine.facts
          .search(words, { limit: 5, restrictTo: engine.facts.positionsAbout([id]) })
          .filter((r) => r.fact.kind === 'profile')
          .flatMap((r) => [...r.words]),
      );
      profileWords.set(id, found);
    }
    return found;
  };
  const asksCompany = types.has('which') || types.has('name');
  const withProfiles = (r: ScoredFact): ScoredFact => {
    if (!asksCompany) return r;
    const named = r.fact.entities.filter((id) => {
      const type = engine.kb.entities.get(id)?.type;
      return (type === 'company' || type === 'organization') && !mentionedIds.has(id);
    });
    if (named.length === 0 || named.length > 3) return r;
    const more = named.flatMap((id) => [...describedBy(id)]).filter((w) => !r.words.has(w));
    return more.length === 0 ? r : { ...r, words: new Set([...r.words, ...more]) };
  };
  const topicWords = foregroundWords.filter((t) => t.role === 'topic');
  const typeList = [...types];
  const backgroundMentions = mentions.filter((m) => m.background);
  const scored = [...candidates.values()]
    .filter((r) => yesno || numbersAgree(engine, r.fact, numbers))
    // `40만 넘게`: a figure at least that large.
    .filter((r) => yesno || understanding.atLeast.every((b) => r.fact.figures.some((f) => f.value >= b)))
    .map((r) => {
      r = withProfiles(r);
      // Counted with loops: this runs for every candidate of every question.
      let contentHits = 0;
      for (const t of topicWords) if (r.words.has(t.head)) contentHits++;
      let typeHits = 0;
      for (const t of typeList) if (fits(r.fact, t)) typeHits++;
      // Being about what the question is about counts most; about a country it only uses to describe, a little.
      const aboutDescribed = aboutMentioned(r.fact) - aboutRequired(r.fact);
      // Named in the background, it helps pick the answer (`I'm moving my startup to Japan. What …`).
      let aboutBackground = 0;
      for (const m of backgroundMentions) if (r.fact.entities.includes(m.entity.id)) aboutBackground++;
      const score =
        r.score +
        MENTION_BONUS * aboutRequired(r.fact) +
        DESCRIBED_BONUS * aboutDescribed +
        BACKGROUND_BONUS * aboutBackground +
        TYPE_BONUS * typeHits;
      return { ...r, contentHits, score };
    })
    .sort((a, b) => b.score - a.score || a.fact.id.localeCompare(b.fact.id));

  // `구글 혼자`, `on its own`: a fact about a group does not say what one of them did.
  const groupOf = (fact: SourcedFact) =>
    fact.entities.filter((id) => {
      const type = engine.kb.entities.get(id)?.type;
      return type === 'company' || type === 'organization';
    }).length;
  // `한국 정부`, `일본 시장`: the word after a country is that country's; a fact that has it only as
  // another country's (`일본 정부`) says nothing of this one.
  const possessed = terms.flatMap((t, i) => {
    // The country written bare before the word (`한국 정부`), not as a subject (`미국이 세계 최초로`).
    const previous = terms[i - 1];
    const bare = !!previous && (!isHangulWord(previous.surface) || previous.surface === previous.head);
    // A country's government, parliament or president is its own even when the country only describes.
    const institution = readsAs(t, engine.lexicon.institutionWords);
    const region = mentions.find(
      (m) =>
        m.terms.includes(i - 1) && m.entity.type === 'region' && (m.required || institution) && !m.background,
    );
    return region && bare && t.role === 'topic' && !mentionedTerm.has(i)
      ? [{ region: region.entity, word: t.head }]
      : [];
  });
  // `한국 정부는 …`: a country's own thing the question is about must be the fact's.
  const owned = types.has('opinion')
    ? undefined
    : terms.find(
        (t, i) =>
          (t.subject || readsAs(t, engine.lexicon.institutionWords)) &&
          possessed.some((p) => p.word === t.head) &&
          !mentionedTerm.has(i) &&
          !t.background,
      );
  const regionOf = regionNamesOf(engine);
  const belongsElsewhere = (fact: SourcedFact) =>
    possessed.some(({ region, word }) => {
      // A fact about another country only (`일본의 사례가 …`) is not about this one's.
      const otherOnly =
        !fact.entities.includes(region.id) &&
        fact.entities.some((id) => id !== region.id && engine.kb.entities.get(id)?.type === 'region');
      if (otherOnly) return true;
      const hangul = isHangulWord(word);
      const text = hangul ? fact.text.ko : fact.text.en.toLowerCase();
      const gap = hangul ? '\\s*' : '\\s+';
      const before = [...text.matchAll(new RegExp(`(\\S+)${gap}${escapeRegExp(word)}`, 'g'))].map(
        (m) => m[1]!,
      );
      if (before.length === 0) return false;
      const owners = before.map((b) => regionOf(b));
      const ours = owners.includes(region.id);
      const theirs = owners.some((id) => id !== undefined && id !== region.id);
      return theirs && !ours;
    });
  // `인재 몇 명`, `how many startups`: a count answers only when it counts what is asked (its label says
  // so), not another thing counted in the same unit (41만 명 are freelancers, not talent that left).
  const countedTerm =
    understanding.counted !== undefined &&
    !mentionedTerm.has(understanding.counted) &&
    !yesno &&
    !engine.lexicon.unitWords.has(terms[understanding.counted]!.head)
      ? terms[understanding.counted]
      : undefined;
  // A word for any company or person (`기업 몇 개`) counts nothing in particular: what describes it
  // just before (`일본으로 간 한국 AI 기업`, `협력 기업`) must be the fact's too.
  const countedAt = understanding.counted ?? -1;
  const genericCount =
    !!countedTerm &&
    (readsAs(countedTerm, engine.lexicon.companyNouns) || readsAs(countedTerm, engine.lexicon.personNouns));
  const qualifier = genericCount ? terms[countedAt - 1] : undefined;
  // `일본인 개발자 몇 명`: counted of a country, the count must be that country's.
  const countedOf = countedTerm
    ? mentions.find((m) => m.entity.type === 'region' && m.terms.includes(countedAt - 1))
    : undefined;
  const qualifies =
    qualifier && !mentionedTerm.has(countedAt - 1) && qualifier.role !== 'filler' && !qualifier.background
      ? qualifier
      : undefined;
  const countsIt = (s: ScoredFact) =>
    !countedTerm ||
    ((!countedOf || s.fact.entities.includes(countedOf.entity.id)) &&
      s.fact.figures.some((f) => counts(s.fact, f, countedTerm, genericCount)) &&
      (!qualifies || s.words.has(qualifies.head)));
  // `미국은 AI에 얼마 투자해?`: a country asked about as the subject is not answered by a fact where it
  // only describes companies (`미국 빅테크 기업들이 발표한 일본 투자액`): that is the companies' doing.
  const subjectRegions = mentions.filter(
    (m) =>
      m.required &&
      !m.background &&
      m.entity.type === 'region' &&
      m.terms.some((i) => terms[i]!.subject && isHangulWord(terms[i]!.surface)),
  );
  const companyWords =
    subjectRegions.length > 0 ? [...engine.lexicon.companyNouns].filter((n) => n.length >= 2) : [];
  const onlyDescribes = (fact: SourcedFact) =>
    subjectRegions.some((m) => {
      if (!fact.entities.includes(m.entity.id)) return false;
      const name = m.entity.name.ko;
      const uses = [...fact.text.ko.matchAll(new RegExp(`${escapeRegExp(name)}(?:의)?\\s*(\\S+)`, 'g'))];
      return uses.length > 0 && uses.every((u) => companyWords.some((n) => u[1]!.startsWith(n)));
    });
  // `보조금 받은 데이터센터 어디어디`, `고객 중에 은행은 어디야`: which one of a kind of thing; the
  // answer names one of that kind (its name or summary says so), not any entity near the words.
  const kindAsked = types.has('which') ? whichKind(engine, terms, mentionedTerm) : undefined;
  const ofKind = (fact: SourcedFact) =>
    !kindAsked ||
    fact.entities.some((id) => {
      const entity = engine.kb.entities.get(id);
      // (a company or a body: a person is asked for with who, a country with 나라)
      if (!entity || mentionedIds.has(id) || (entity.type !== 'company' && entity.type !== 'organization'))
        return false;
      const said =
        `${entity.name.ko} ${entity.name.en} ${entity.aliases.join(' ')} ${entity.summary?.ko ?? ''} ${entity.summary?.en ?? ''}`.toLowerCase();
      return [kindAsked.head, ...kindAsked.forms, ...kindAsked.synonyms].some(
        (w) => w.length >= 2 && said.includes(w.toLowerCase()),
      );
    });
  // `미국으로 본사를 옮긴 …`, `중국의 … 기업`: a country the question places something in, or whose
  // thing it asks for, must be the answer's.
  const placedRegions = mentions.filter(
    (m) =>
      m.entity.type === 'region' &&
      !m.background &&
      m.terms.some((i) => {
        const surface = terms[i]!.surface;
        return (
          isHangulWord(surface) &&
          surface !== terms[i]!.head &&
          engine.lexicon.placeParticles.some((p) => surface.endsWith(p))
        );
      }),
  );
  const authorsView = types.has('opinion') && understanding.articleFields.has('author');
  const inGroup = (m: Mention) => oneByOne && group.includes(m);
  const covering = scored.filter((s) => {
    if (belongsElsewhere(s.fact)) return false;
    if (mentions.some((m) => m.required && !inGroup(m) && !s.fact.entities.includes(m.entity.id)))
      return false;
    if (oneByOne && !group.some((m) => s.fact.entities.includes(m.entity.id))) return false;
    if (understanding.alone && mentions.length > 0 && groupOf(s.fact) > 1) return false;
    if (!countsIt(s)) return false;
    if (onlyDescribes(s.fact)) return false;
    // `글쓴이는 법인세를 몇 %까지 깎아줘야 한다고 해?`: the author's view is the author's, not a figure
    // the article reports.
    if (authorsView && s.fact.kind !== 'opinion') return false;
    if (placedRegions.some((m) => !s.fact.entities.includes(m.entity.id))) return false;
    if (!ofKind(s.fact)) return false;
    if (setApart.length > 0) {
      const { text: said } = textOf(engine, s.fact);
      if (setApart.some((t) => said.includes(t.head) || s.words.has(t.head))) return false;
    }
    // `Besides Rebellions, which company …`: a fact about it alone is not the answer.
    for (const id of excludedIds) {
      if (!s.fact.entities.includes(id)) continue;
      const kind = engine.kb.entities.get(id)?.type;
      const another = s.fact.entities.some(
        (o) => !mentionedIds.has(o) && engine.kb.entities.get(o)?.type === kind,
      );
      if (!another) return false;
    }
    // Which company did X: a fact naming a company, or one saying which kind of companies
    // (`AI 소프트웨어 개발 기업`); a fact about something else does not say which.
    if (
      types.has('which') &&
      describes &&
      !fits(s.fact, 'which') &&
      // (a measure's beneficiaries: `AI 소프트웨어 개발 기업에 … 감면`)
      !(s.fact.kind === 'policy' && engine.lexicon.answerWords.companyClass.test(textOf(engine, s.fact).text))
    )
      return false;
    // `보조금 받은 데이터센터 어디어디`: which one, of anything, is answered by a fact that names one.
    if (
      types.has('which') &&
      !describes &&
      !s.fact.entities.some((id) => !mentionedIds.has(id)) &&
      !(s.fact.kind === 'policy' && engine.lexicon.answerWords.companyClass.test(textOf(engine, s.fact).text))
    )
      return false;
    return strictTypes.every((t) => fits(s.fact, t));
  });
  // A question word asks for a kind of answer (which → a company, why → a reason): prefer facts of
  // that kind that match the question about as well as the best one does.
  // `데이터센터 보조금을 받은 회사는 어디`: when the facts that say all of what the company did name
  // no company (a policy, not its beneficiaries), a company that did part of it is not the answer.
  // (what it did: the words other than those for a company, `기업`, `고객사`)
  const didWords = topicWords.filter(
    (t) => !readsAs(t, engine.lexicon.companyNouns) && !readsAs(t, engine.lexicon.companyRoles),
  );
  const didAll = (s: { words: ReadonlySet<string> }) => didWords.every((t) => s.words.has(t.head));
  const namelessFull =
    types.has('which') &&
    describes &&
    understanding.language === 'ko' &&
    didWords.length >= 2 &&
    scored.some((s) => didAll(s) && !fits(s.fact, 'which')) &&
    !scored.some((s) => didAll(s) && fits(s.fact, 'which'));
  const preferred = [...types].filter((t) => !STRICT_TYPES.has(t) && t !== 'yesno');
  const leader = covering[0];
  if (leader && preferred.length > 0) {
    const fitting = covering.filter(
      (s) =>
        preferred.some((t) => fits(s.fact, t)) &&
        // Which company did X: the company must have done all of X; a reason need only be about it.
        s.contentHits * (types.has('which') ? 1 : 2) >= leader.contentHits &&
        aboutRequired(s.fact) >= aboutRequired(leader.fact),
    );
    if (fitting.length > 0) covering.splice(0, covering.length, ...fitting);
  }
  // A fact that matches more of what is asked, scored nearly as well, comes first (`투자액 다 합치면`:
  // the total's fact, not the one that only says `totaling`).
  const top = covering[0];
  const mostContent = Math.max(0, ...covering.map((s) => s.contentHits));
  const fuller =
    top && top.contentHits < mostContent
      ? covering.find((s) => s.contentHits === mostContent && s.score >= top.score * FULLER_SHARE)
      : undefined;
  if (fuller) {
    covering.splice(covering.indexOf(fuller), 1);
    covering.unshift(fuller);
  }
  const best = covering[0];
  const suggestionsFor = mentions.map((m) => m.entity);
  const partial = (missing: readonly string[]): Answer => {
    const entity = mentions.find((m) => m.required)?.entity ?? mentions[0]?.entity;
    if (!entity) return notFound(suggestionsFor);
    // What the article says about it, the facts nearest the question first.
    const near = scored
      .filter((s) => s.words.size > 0 && s.fact.entities.includes(entity.id))
      .map((s) => cite(engine, s.fact));
    const facts = [...near, ...entityAnswerFacts(engine, entity)].filter(
      (f, i, all) => all.findIndex((g) => g.fact.id === f.fact.id) === i,
    );
    return { kind: 'partial', entity, missing, facts: facts.slice(0, 4) };
  };
  // `직원이야 프리랜서야?`: of the alternatives offered, the one the article has is the answer.
  const offered = foregroundWords.filter((t) => t.alternative);
  const picked = best ? offered.filter((t) => best.words.has(t.head)) : [];
  const relative = (t: Term) =>
    engine.lexicon.relativeTimes.some((p) => p.join(' ') === t.head || t.forms.includes(p.join(' ')));
  const content = foregroundWords.filter(
    (t) => t.role === 'topic' && (picked.length === 0 || !t.alternative || picked.includes(t)),
  );
  // Before saying no: the article's own passages, under the same rules (every word of the question
  // in one passage, the names it asks about too, an answer of the kind asked for).
  // A figure, a date, a name or a place is the facts' to give (with their units, years and owners);
  // a passage answers what a question says in words.
  // (nor a thing of a kind asked for by name: `데이터센터 어디어디`),
  const wordsOnly =
    strictTypes.length === 0 &&
    numbers.length === 0 &&
    !understanding.alone &&
    !unit &&
    !kindAsked &&
    // (nor a country it is placed in, or something set apart: the facts carry who and where)
    placedRegions.length === 0 &&
    excludedIds.size === 0 &&
    setApart.length === 0;
  const passage = () =>
    wordsOnly && content.length >= 2
      ? passageAnswer(
          engine,
          text,
          content,
          mentions,
          scored.slice(0, 10).map((s) => s.fact),
        )
      : undefined;
  const missingOr = (terms: readonly Term[]) =>
    passage() ?? (mentions.length > 0 ? partial(terms.map((t) => t.head)) : notFound(suggestionsFor));
  /**
   * Words of the question the fact does not match and the article never uses. A noun of Korean or a
   * name is what the question asks about (주가, 직원): unanswered. An ordinary English word (relief,
   * problem) may be a paraphrase: it only tells when such words outnumber what matched.
   */
  const unmatched = (s: { words: ReadonlySet<string> }) =>
    content.filter((t) => !s.words.has(t.head) && !t.lexical && !knowsWord(engine, t.head, t.common));
  const isParaphrase = (t: Term) =>
    isLatinWord(t.head) && (isEnglishWord(t.head) || isEnglishWord(t.surface));

  // Yes or no (`채널톡도 일본 갔어?`, `업스테이지가 본사를 옮겼다며?`, `…50% 맞아?`): the article's own
  // statement answers; when the question's claim is not quite it, what the article does say, about the
  // subject and about whatever the claim belongs to.
  // About the future (`옮길까?`, `Will … extend …?`): only a plan the article states answers it.
  // About the future (`옮길까?`, `몇 개나 더 늘어날까?`): a yes or no, or a figure or date in Korean.
  const predicts = yesno || (understanding.language === 'ko' && (types.has('amount') || types.has('time')));
  if (
    predicts &&
    understanding.speculative &&
    !(best && engine.lexicon.answerWords.plan.test(textOf(engine, best.fact).text))
  )
    return missingOr(content);
  if (yesno) {
    // Confirmed: every topic word matched, and something of the question beyond the names did.
    // (a country the claim places it in must be the fact's: `올거나이즈 미국 법인도 있어?`)
    const placedIn = (fact: SourcedFact) =>
      mentions.every(
        (m) => m.background || m.entity.type !== 'region' || fact.entities.includes(m.entity.id),
      );
    const confirmed =
      best &&
      best.contentHits >= content.length &&
      placedIn(best.fact) &&
      (best.contentHits > 0 || foregroundWords.some((t) => best.words.has(t.head))) &&
      numbersAgree(engine, best.fact, numbers);
    if (!confirmed) {
      // The article's own sentence may say exactly what the facts do not.
      const quoted = passage();
      if (quoted) return quoted;
      // A claim about something the article never mentions (`내년에`, `창업한 해`), or about the
      // future (`옮길까?`, `Will … ?`): nothing in the article answers it either way.

      const never = content.filter(
        (t) => (t.common || relative(t)) && !knowsWord(engine, t.head, true) && !numbers.includes(t.head),
      );
      if (never.length > 0 || understanding.speculative) return missingOr(never.length > 0 ? never : content);
      const byContent = (x: (typeof scored)[number], y: (typeof scored)[number]) =>
        y.contentHits - x.contentHits || y.score - x.score;
      // `연장돼?`, `이직했음?`: a doing the article never speaks of; nothing answers it either way.
      const unknownDoing = content.filter((t) => {
        const light = isHangulWord(t.surface) ? readLightVerb(engine.lexicon.grammar, t.surface) : undefined;
        return (
          light?.noun === t.head &&
          (light.lemma === '하다' || light.lemma === '되다') &&
          t.head.length >= 2 &&
          !t.lexical &&
          !knowsWord(engine, t.head, false)
        );
      });
      if (unknownDoing.length > 0) return missingOr(unknownDoing);
      // `올거나이즈 미국 법인도 있어?`, `리벨리온 미국에도 법인 있어?`: also in a country the facts do not
      // place it in; what the article says of the other country does not answer that.
      const asked = mentions.filter((m) => m.required && m.entity.type !== 'region');
      const ofAsked = scored.filter((s) => asked.every((m) => s.fact.entities.includes(m.entity.id)));
      const elsewhereToo =
        asked.length > 0 &&
        !ofAsked.some((s) => placedIn(s.fact)) &&
        terms.some(
          (t, i) =>
            !t.background &&
            isHangulWord(t.surface) &&
            engine.lexicon.alsoParticles.some((p) => t.surface.endsWith(p)) &&
            t.surface !== t.head &&
            !mentions.some((m) => m.terms.includes(i) && m.entity.type !== 'region'),
        );
      if (elsewhereToo)
        return missingOr(
          terms.filter((_, i) => mentions.some((m) => m.terms.includes(i) && m.entity.type === 'region')),
        );
      // `MS 일본 투자액만 따로 나와?`: a claim of one of a group is not confirmed by the group's.
      // (a fact about what is set apart alone is not the claim: `일본 말고 … 있어?`)
      const setApartOnly = (fact: SourcedFact) =>
        [...excludedIds].some((id) => fact.entities.includes(id)) &&
        !fact.entities.some((id) => !mentionedIds.has(id) && engine.kb.entities.get(id)?.type === 'region');
      const claim = scored
        .filter((s) => !belongsElsewhere(s.fact) && !setApartOnly(s.fact))
        .filter((s) => !understanding.alone || mentions.length === 0 || groupOf(s.fact) <= 1)
        .sort(byContent)[0];
      // `이랜서 일본 법인은 도쿄에 있어?`: a place to check against a subject the article places nowhere.
      // A place that names something (`the Tokyo stock exchange`, `도쿄 증시`) is no place asked.
      const isPlace = (t: Term) =>
        [t.head, ...t.forms].some((w) => engine.lexicon.places.includes(w.toLowerCase())) &&
        terms[terms.indexOf(t) + 1]?.role !== 'topic';
      const placeAsked = content.some(isPlace);
      const placed = (f: SourcedFact) => {
        const text = `${f.text.ko} ${f.text.en}`.toLowerCase();
        return engine.lexicon.places.some((p) => text.includes(p));
      };
      const subjectsPlaced = () =>
        mentions
          .filter((m) => m.required && m.entity.type !== 'region')
          .every((m) => (engine.kb.factsByEntity.get(m.entity.id) ?? []).some(placed));
      if (placeAsked && !subjectsPlaced()) return missingOr(content.filter(isPlace));
      // The claim is another's (`리벨리온도 상장 준비 중이야?`: 올거나이즈 is): when the article says
      // nothing of the kind about the subject, it does not cover the question; it says whose it is.
      const subjects = mentions.filter((m) => m.required);
      if (
        claim &&
        claim.contentHits > 0 &&
        subjects.some((m) => !claim.fact.entities.includes(m.entity.id))
      ) {
        const topics = claimTopics(engine, content);
        const unrelated = subjects.find(
          (m) =>
            m.entity.type !== 'region' &&
            !claim.fact.entities.includes(m.entity.id) &&
            topics.length > 0 &&
            !(engine.kb.factsByEntity.get(m.entity.id) ?? []).some((f) =>
              topics.some((topic) => topic.pattern.test(textOf(engine, f).text)),
            ),
        );
        if (unrelated) {
          const saidOf = claim.fact.entities
            .filter((id) => !mentionedIds.has(id))
            .flatMap((id) => engine.kb.entities.get(id) ?? [])
            .filter((e) => e.type !== 'region');
          return {
            kind: 'partial',
            entity: unrelated.entity,
            missing: content.map((t) => t.head),
            facts: [cite(engine, claim.fact), ...entityAnswerFacts(engine, unrelated.entity)].slice(0, 4),
            saidOf,
          };
        }
      }
      const own = mentions
        .filter((m) => m.required)
        .map((m) => scored.filter((s) => s.fact.entities.includes(m.entity.id)).sort(byContent)[0]);
      const facts = [claim, ...own]
        .filter(
          (s): s is (typeof scored)[number] => s !== undefined && (s.contentHits > 0 || own.includes(s)),
        )
        .filter((s, i, all) => all.findIndex((o) => o.fact.id === s.fact.id) === i);
      if (owned && !facts.some((s) => s.words.has(owned.head))) return missingOr([owned]);
      if (claim && claim.contentHits * 2 >= content.length && facts.length > 0)
        return {
          kind: 'facts',
          question: text,
          facts: facts.slice(0, MAX_ANSWER_FACTS).map((s) => cite(engine, s.fact)),
          lead: [],
          premise: true,
        };
      return missingOr(content);
    }
  }

  if (!best) {
    // What was asked: the question's own words, or the kind of answer when it has none (`수치`).
    // (which one of a kind: the kind and the question word, `데이터센터 어디어디`)
    const kindWord = kindAsked ? terms[terms.indexOf(kindAsked) + 1]?.head : undefined;
    const missing = kindAsked
      ? [`${kindAsked.head} ${kindWord ?? ''}`.trim()]
      : content.length > 0
        ? [content.map((t) => t.head).join(' ')]
        : strictTypes;
    return passage() ?? (mentions.length > 0 ? partial(missing) : notFound(suggestionsFor));
  }

  // The article must cover the question: most of what it asks is matched, and nothing it asks about
  // is a word the article never uses.
  const unknown = unmatched(best);
  // What is asked for (`첫 고객사는 어디야`, `시장 규모는 얼마나`): the noun the question word asks about
  // must be the fact's, or the fact answers something else.
  const whTypes = [...types].filter(
    (t) => t !== 'yesno' && t !== 'compare' && t !== 'said' && t !== 'opinion',
  );
  const askedFor =
    whTypes.length === 1 ? askedNoun(engine, terms, mentionedTerm, types.has('amount')) : undefined;
  if (askedFor && !best.words.has(askedFor.head)) return missingOr([askedFor]);
  // `일본 법인의 대표는`: whose it is (the subsidiary's) must be the fact's too.
  const askedAt = askedFor ? terms.indexOf(askedFor) : -1;
  const owner = askedAt > 0 ? terms[askedAt - 1] : undefined;
  if (
    owner &&
    owner.role === 'topic' &&
    !owner.background &&
    isHangulWord(owner.surface) &&
    // `재생에너지 비중`: a measure's owner written bare before it too.
    (owner.surface.endsWith('의') || (owner.surface === owner.head && measures(engine, askedFor!))) &&
    !mentionedTerm.has(askedAt - 1) &&
    !best.words.has(owner.head)
  )
    return missingOr([owner]);
  // An everyday noun asked about (`budget`, `직원`) must be in the answer itself, not only somewhere in
  // the article (`National Assembly Budget Office`).
  // As itself or a word of its set, not by a part of it (`법인세율` is not `법인세`).
  const bestText = textOf(engine, best.fact).text.toLowerCase();
  // `작년`, `전에`, `기사 나온 뒤에`: a time relative to now must be the answer's own
  // (for a figure, date, person or place: `원래 뭐하는 회사였지` only says `again`)
  const sinceThen =
    strictTypes.length > 0 ? content.filter((t) => relative(t) && !best.words.has(t.head)) : [];
  if (sinceThen.length > 0) return missingOr(sinceThen);
  const everyday = content.filter(
    (t) =>
      t.common &&
      (!best.words.has(t.head) ||
        (isHangulWord(t.head) && ![t.head, ...t.synonyms].some((w) => bestText.includes(w.toLowerCase())))),
  );
  if (everyday.length > 0) return missingOr(everyday);
  if (owned && !best.words.has(owned.head)) return missingOr([owned]);
  // One word of a paraphrase (`한국 출신`, `pool of`, `얹어주는`) beside a fact that matches the rest
  // well does not make it another question; an everyday noun (`직원`) or the subject itself does.
  const slight = (t: Term) => !t.common && !t.subject;
  const hard = unknown.filter((t) => t.common || !isParaphrase(t));
  // A word most facts use (`ai` in an article about AI) says little of what is asked: it counts
  // neither way.
  const telling = content.filter((t) => engine.facts.share(t.head) < COMMON_SHARE);
  const tellingHits = telling.filter((t) => best.words.has(t.head)).length;
  const wellMatched = best.contentHits >= 2 && unknown.length === 1 && unknown.every(slight);
  if (!wellMatched && (hard.length > 0 || (unknown.length > 0 && unknown.length >= best.contentHits)))
    return missingOr(unknown);
  // Nothing asked but a verb the article does not use of it (`What's Rebellions valued at?`).
  const verbs = foregroundWords.filter((t) => t.role === 'predicate');
  if (
    content.length === 0 &&
    verbs.length > 0 &&
    verbs.every((t) => !best.words.has(t.head) && !t.lexical && !knowsWord(engine, t.head, t.common))
  )
    return missingOr(verbs);
  const covered =
    content.length === 0
      ? 1
      : telling.length === 0
        ? best.contentHits / content.length
        : tellingHits / telling.length;
  // A figure, a date, a person or a place is only the answer when the fact is about most of what is
  // asked; a name in the question does not make up for the rest (in Korean, where every word counts;
  // an English question carries words like `comes` or `unit` that no fact needs to have).
  const enough =
    covered >= 0.5 ||
    (mentions.length > 0 &&
      best.contentHits >= 1 &&
      (strictTypes.length === 0 || understanding.language === 'en')) ||
    (mentions.length >= 2 && content.length === 0) ||
    (content.length === 0 && (mentions.length > 0 || strictTypes.length > 0 || best.contentHits > 0));
  if (!enough || (mentions.length === 0 && best.contentHits === 0 && best.score < TYPE_BONUS + 1))
    return missingOr(content);
  // (nor does a passage: it would name the policy, not who received it)
  if (namelessFull && !didAll(best))
    return mentions.length > 0 ? partial(content.map((t) => t.head)) : notFound(suggestionsFor);
  // `데이터센터 보조금 받은 한국 기업 있어?`: a company named for what it did must have done all of it.
  if (types.has('name') && best.contentHits < content.length) return missingOr(content);

  const chosen = covering.filter(
    (s, i) =>
      i === 0 ||
      (s.score >= best.score * COMPANION_SHARE &&
        s.contentHits >= best.contentHits &&
        aboutMentioned(s.fact) >= aboutMentioned(best.fact)),
  );
  // One by one: the best fact of each that matches as much of the question as the best does.
  if (oneByOne)
    for (const m of group) {
      if (chosen.some((s) => s.fact.entities.includes(m.entity.id))) continue;
      const own = covering.find(
        (s) => s.fact.entities.includes(m.entity.id) && s.contentHits >= best.contentHits,
      );
      if (own) chosen.push(own);
    }
  const lead =
    types.has('which') || types.has('name')
      ? [
          ...new Set(
            chosen.flatMap((s) =>
              s.fact.entities.filter((id) => {
                const entity = engine.kb.entities.get(id);
                return (entity?.type === 'company' || entity?.type === 'organization') && !fitIds.has(id);
              }),
            ),
          ),
        ].flatMap((id) => engine.kb.entities.get(id) ?? [])
      : types.has('person')
        ? chosen
            .slice(0, oneByOne ? group.length : 1)
            .flatMap((s) => s.fact.entities.filter((id) => !mentionedIds.has(id)))
            .flatMap((id) => {
              const entity = engine.kb.entities.get(id);
              return entity?.type === 'person' || entity?.type === 'organization' ? [entity] : [];
            })
        : [];
  return {
    kind: 'facts',
    question: text,
    facts: chosen.slice(0, MAX_ANSWER_FACTS).map((s) => cite(engine, s.fact)),
    lead: lead.slice(0, 3),
    premise: false,
  };
}

/** A noun for a measure (`비중`, `규모`, `매출`): what it measures is named before it. */
function measures(engine: Engine, term: Term): boolean {
  return [term.head, ...term.forms].some(
    (w) => engine.lexicon.unitWords.has(w) || engine.lexicon.measureNouns.has(w),
  );
}

/**
 * The kind of thing a which-question asks for, when it names one (`데이터센터 어디어디`, `은행은
 * 어디야`): the noun just before the question word, unless it is a word for any company, party,
 * country, city or role (`회사`, `곳`, `나라`, `고객사`), which the answer's type already checks.
 */
function whichKind(engine: Engine, terms: readonly Term[], mentioned: ReadonlySet<number>): Term | undefined {
  const q = terms.findIndex((t) => t.role === 'question' && !t.background);
  // Asked with where (`… 어디야`), not with a word before a noun (`어떤 기업`: the noun says the kind).
  if (q < 1 || !engine.lexicon.wherePronouns.has(terms[q]!.head)) return undefined;
  const at = q - 1;
  const noun = terms[at]!;
  if (
    noun.role !== 'topic' ||
    noun.background ||
    mentioned.has(at) ||
    !isHangulWord(noun.head) ||
    !(noun.lexical || engine.facts.hasWord(noun.head))
  )
    return undefined;
  const { lexicon } = engine;
  const general = [
    lexicon.companyNouns,
    lexicon.partyNouns,
    lexicon.companyRoles,
    lexicon.countryWords,
    lexicon.cityWords,
    lexicon.personNouns,
    lexicon.titleWords,
  ];
  return general.some((words) => readsAs(noun, words)) ? undefined : noun;
}

/** The term, as typed or in one of its forms (`대표는` → 대표), is a word of the list. */
function readsAs(term: Term, words: ReadonlySet<string>): boolean {
  return words.has(term.head) || term.forms.some((w) => words.has(w));
}

/**
 * The noun a question word asks about (`고객사는 어디야` → 고객사, `시장 규모는 얼마` → 시장): the topic
 * word just before the first question word, marked as the subject (or the question word is).
 */
function askedNoun(
  engine: Engine,
  terms: readonly Term[],
  mentioned: ReadonlySet<number>,
  amount: boolean,
): Term | undefined {
  const q = terms.findIndex((t) => t.role === 'question' && !t.background);
  if (q < 1) return undefined;
  const noun = terms[q - 1]!;
  const question = terms[q]!;
  if (noun.role !== 'topic' || noun.background || mentioned.has(q - 1)) return undefined;
  // `시장 규모 얼마`: a noun for a measure (규모, 금액, 비중) after the thing measured, unmarked.
  const measure =
    amount &&
    !engine.lexicon.interrogatives.has(question.head) &&
    question.head.length >= 2 &&
    isHangulWord(question.head);
  // `비중 몇 %`: or the noun is itself a measure, asked in its unit.
  if (!noun.subject && !question.subject && !measure && !(amount && measures(engine, noun))) return undefined;
  if (engine.lexicon.fillers.has(noun.head)) return undefined;
  if (engine.lexicon.companyNouns.has(noun.head) || /^[0-9]+$/.test(noun.head)) return undefined;
  // `이전한 국가는 어디`: the kind of answer (a country, a city), not a thing the fact must name.
  if (readsAs(noun, engine.lexicon.countryWords) || readsAs(noun, engine.lexicon.cityWords)) return undefined;
  return noun;
}

const regionNames = new WeakMap<Engine, (word: string) => string | undefined>();

/**
 * The country a word begins with (`일본의` → japan, `japanese` → japan): its Korean and English names,
 * aliases and peoples, looked up by the word's beginnings. Built once per engine.
 */
function regionNamesOf(engine: Engine): (word: string) => string | undefined {
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

/** The subjects (a listing, revenue, clients …) the lexicon says a claim's words are about. */
function claimTopics(engine: Engine, content: readonly Term[]): Lexicon['topics'][number][] {
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

/**
 * Whether the facts use this word: as it is, with a typo, or with an ending or particle (`설립` in
 * `설립했다`). Not as the start of another word: `예산` is not in `예산정책처`.
 */
function knowsWord(engine: Engine, word: string, exact: boolean): boolean {
  if (exact ? engine.facts.hasWord(word) : engine.facts.hasWordOrTypo(word)) return true;
  return engine.facts
    .wordsStartingWith(word, 16)
    .some((longer) => engine.lexicon.lemmaKeys(longer).includes(word) || isEnglishInflection(word, longer));
}

/** `invest` → `investment`, `invested`, `investing`: the same word in English. */
function isEnglishInflection(word: string, longer: string): boolean {
  return isLatinWord(word) && /^(s|es|ed|d|ing|ment|ments|er|ers|ly|al)$/.test(longer.slice(word.length));
}

interface Sentence {
  readonly text: string;
  /** Its words, and their forms without particles. */
  readonly words: ReadonlySet<string>;
}

/** Each passage's sentences (Korean and English), read once per snapshot. */
const passageSentences = new WeakMap<Engine, Map<string, readonly Sentence[]>>();

function sentencesOf(engine: Engine, passage: SourcedPassage): readonly Sentence[] {
  let cache = passageSentences.get(engine);
  if (!cache) {
    cache = new Map();
    passageSentences.set(engine, cache);
  }
  const key = `${passage.articleId}#${passage.id}`;
  let sentences = cache.get(key);
  if (!sentences) {
    sentences = [passage.text, passage.en]
      .flatMap((text) => text.split(/(?<=[.?!。])\s+/))
      .map((text) => {
        const words = new Set<string>();
        for (const word of tokenize(normalizeText(text))) {
          words.add(word);
          for (const stem of stripParticles(word)) words.add(stem);
        }
        return { text, words };
      });
    cache.set(key, sentences);
  }
  return sentences;
}

/** Passages no fact cites (table rows, closing lines): searched only when the facts fall short. */
const uncited = new WeakMap<Engine, readonly SourcedPassage[]>();

function uncitedPassages(engine: Engine): readonly SourcedPassage[] {
  let list = uncited.get(engine);
  if (!list) {
    const cited = new Set<string>();
    for (const fact of engine.kb.facts.values()) cited.add(`${fact.articleId}#${fact.source}`);
    for (const c of engine.kb.comparisons)
      for (const row of c.rows) cited.add(`${c.articleId}#${row.source}`);
    list = engine.kb.articles.flatMap((article) =>
      article.passages
        .filter(
          (p) => (p.kind === 'paragraph' || p.kind === 'table-row') && !cited.has(`${article.id}#${p.id}`),
        )
        .flatMap((p) => engine.kb.passage(article.id, p.id) ?? []),
    );
    uncited.set(engine, list);
  }
  return list;
}

/**
 * The passage that covers a question no fact answers: the passages of the facts nearest to it and
 * those no fact cites, each holding every word the question asks about (as written, without a
 * particle, or an equivalent), the names it asks about, and an answer of the kind asked for.
 */
function passageAnswer(
  engine: Engine,
  question: string,
  content: readonly Term[],
  mentions: readonly Mention[],
  near: readonly SourcedFact[],
): Answer | undefined {
  if (content.length === 0) return undefined;
  const candidates = new Map<string, SourcedPassage>();
  for (const fact of near) {
    const passage = engine.kb.passage(fact.articleId, fact.source);
    if (passage) candidates.set(`${passage.articleId}#${passage.id}`, passage);
  }
  for (const passage of uncitedPassages(engine))
    candidates.set(`${passage.articleId}#${passage.id}`, passage);
  const has = (words: ReadonlySet<string>, form: string) =>
    words.has(form) ||
    ((hasHangul(form) ? form.length >= 2 : form.length >= 4) && [...words].some((w) => w.startsWith(form)));
  const named = (text: string, entity: Entity) => {
    const compact = compactKey(text);
    return [entity.name.ko, entity.name.en, ...entity.aliases].some((n) => {
      const key = compactKey(n);
      return key.length >= 2 && compact.includes(key);
    });
  };
  // One sentence must say it all: words side by side in a paragraph need not be about each other.
  const covers = ({ text, words }: Sentence) =>
    content.every((t) => [t.head, ...t.forms, ...t.synonyms].some((f) => has(words, f))) &&
    mentions.filter((m) => m.required).every((m) => named(text, m.entity));
  for (const passage of candidates.values())
    if (sentencesOf(engine, passage).some(covers)) return { kind: 'passage', question, passage };
  return undefined;
}

/**
 * The entity a description in the background points at (`반도체 회사 하나 있잖아` → 리벨리온): the
 * company whose own profile matches the background's words best.
 */
function describedEntity(
  engine: Engine,
  terms: readonly Term[],
): { entity: Entity; terms: readonly Term[] } | undefined {
  // What describes it: the topic's words other than the word for company itself.
  const candidates = terms.filter((t) => t.role === 'topic' && !engine.lexicon.companyNouns.has(t.head));
  if (candidates.length === 0) return undefined;
  const profiles = engine.facts
    .search(candidates.map(searchWord), { limit: 10 })
    .filter((r) => r.fact.kind === 'profile')
    .map((r) => ({
      r,
      companies: r.fact.entities.filter((id) => engine.kb.entities.get(id)?.type === 'company'),
    }))
    .filter(({ companies }) => companies.length === 1);
  // A description fits one company only (`반도체`, `프리랜서`), not every start-up: the profiles that
  // match most of it must all be that company's.
  const most = Math.max(0, ...profiles.map((p) => p.r.words.size));
  const best = profiles.filter((p) => p.r.words.size === most);
  const owners = new Set(best.map((p) => p.companies[0]));
  const [first] = best;
  const entity = first && owners.size === 1 ? engine.kb.entities.get(first.companies[0]!) : undefined;
  if (!first || !entity) return undefined;
  const matched = candidates.filter((t) => first.r.words.has(t.head));
  const nouns = terms.filter((t) => engine.lexicon.companyNouns.has(t.head));
  return { entity, terms: [...matched, ...nouns] };
}

/** The answer engine: pure, synchronous, no I/O. */
export function answer(engine: Engine, question: Question): Answer {
  switch (question.kind) {
    case 'company':
      return resolveEntity(engine, 'company', question.query, 'company');
    case 'policy':
      return resolveEntity(engine, 'policy', question.query, 'region');
    case 'entity': {
      const entity = engine.kb.entities.get(question.id);
      return entity
        ? entityAnswer(engine, entity)
        : { kind: 'not-found', asked: 'entity', query: question.id, suggestions: [] };
    }
    case 'compare': {
      const comparison = engine.kb.comparisons[0];
      return comparison
        ? { kind: 'comparison', comparison }
        : { kind: 'not-found', asked: 'compare', query: '', suggestions: [] };
    }
    case 'about':
      return { kind: 'about' };
    case 'ask':
      return twoQuestions(engine, question.text) ?? answerQuestion(engine, question.text);
  }
}

/**
 * Two questions in one message (`본사는 어디로 옮겼고 대표 고객은 누구야`, `Who is its CEO and where is
 * its first office?`, `왜 몰려? 그리고 투자액은 얼마?`): each answered on its own, the second with the
 * names of the first when it has none, and the facts given together. Only when both are answered;
 * otherwise the message is read as one question.
 */
function twoQuestions(engine: Engine, text: string): Answer | undefined {
  const parts = splitQuestions(engine, text);
  if (!parts) return undefined;
  const [first, second] = parts;
  const one = answerQuestion(engine, first);
  if (one.kind !== 'facts') return undefined;
  let two = answerQuestion(engine, second);
  if (two.kind !== 'facts') {
    const understanding = understand(first, engine.lexicon, vocabularyOf(engine));
    const names = findMentions(engine, understanding.terms, false, new Set())
      .filter((m) => m.required && m.entity.type !== 'region')
      .flatMap((m) => m.terms.map((i) => understanding.terms[i]!.surface));
    if (names.length === 0) return undefined;
    two = answerQuestion(engine, `${names.join(' ')} ${second}`);
    if (two.kind !== 'facts') return undefined;
  }
  const facts = [...one.facts.slice(0, 2), ...two.facts.slice(0, 2)].filter(
    (f, i, all) => all.findIndex((g) => g.fact.id === f.fact.id) === i,
  );
  const lead = [...one.lead, ...two.lead].filter((e, i, all) => all.findIndex((g) => g.id === e.id) === i);
  return {
    kind: 'facts',
    question: text,
    facts,
    lead: lead.slice(0, 3),
    premise: one.premise || two.premise,
  };
}

/** Where one message asks two things: `?` between two questions, `and what/when …`, `…했고 … 누구야`. */
function splitQuestions(engine: Engine, text: string): [string, string] | undefined {
  const asks = (part: string) => {
    const types = understand(part, engine.lexicon, vocabularyOf(engine)).types;
    return [...types].some((t) => t !== 'yesno' && t !== 'compare');
  };
  const candidates: [string, string][] = [];
  const { questionJoinWords: joiners, questionJoinEndings: endings } = engine.lexicon;
  const sentences = text.split(/(?<=[?？])\s+/).filter((s) => s.trim());
  if (sentences.length === 2) {
    const [first, rest] = [sentences[0]!, sentences[1]!.split(/\s+/)];
    const joined = joiners.includes(rest[0]!.toLowerCase());
    candidates.push([first, (joined ? rest.slice(1) : rest).join(' ')]);
  }
  const words = text.split(/\s+/);
  words.forEach((word, i) => {
    if (i === 0 || i === words.length - 1) return;
    // `…옮겼고 대표 고객은 누구야`: a clause closed by a joining ending, then the next question.
    const joinsAfter =
      isHangulWord(word.slice(-1)) && endings.some((e) => word.length > e.length && word.endsWith(e));
    // `Who is its CEO and where …`: a joining word before a question word.
    const joinsBefore =
      joiners.includes(word.toLowerCase()) && /^(what|who|where|when|why|how|which)$/i.test(words[i + 1]!);
    if (joinsAfter) candidates.push([words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
    if (joinsBefore)
      candidates.push([words.slice(0, i).join(' ').replace(/,$/, ''), words.slice(i + 1).join(' ')]);
  });
  return candidates.find(([a, b]) => a.length >= 4 && b.length >= 3 && asks(a) && asks(b));
}

/** Autocomplete: names of companies or regions for what has been typed so far. */
export function suggestNames(engine: Engine, type: EntityType, typed: string, limit = 25): Entity[] {
  if (!typed.trim()) {
    const all = engine.kb.entitiesOfType(type);
    const pinned = all.filter((e) => e.pinned);
    return (pinned.length > 0 ? pinned : all).slice(0, limit);
  }
  return engine.entities.search(typed, { type, limit }).map((m) => m.entity);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
