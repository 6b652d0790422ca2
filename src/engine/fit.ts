/**
 * Whether a fact is the kind of answer a question word asks for: a person for who, a year or date for
 * when, a figure in the unit asked for how much, a place for where, a company for which.
 */
import type { SourcedFact } from '../knowledge/types.ts';
import type { QuestionType, Unit } from '../language/lexicon.ts';
import type { Term } from '../language/understand.ts';
import { hasHangul, isLatinWord } from '../search/normalize.ts';
import type { Engine } from './types.ts';
import { isBusiness, textOf } from './words.ts';

/** Question types whose answer must be of their kind: a how-much question wants a figure. */
export const STRICT_TYPES: ReadonlySet<QuestionType> = new Set(['person', 'time', 'amount', 'place', 'name']);

/** A year written out: a time. */
const YEAR = /(^|[^0-9])(19|20)[0-9]{2}([^0-9]|$)/;

type Figure = SourcedFact['figures'][number];

/** What, besides its type, decides whether a fact is of the kind asked for. */
export interface FitOptions {
  readonly unit: Unit | undefined;
  /** Entities the question names: an answer names something else (who runs Rebellions is not Rebellions). */
  readonly mentioned: ReadonlySet<string>;
  /** A city is asked for (`어느 도시`), which a country does not answer. */
  readonly city: boolean;
  readonly bound: 'start' | 'end' | undefined;
  /** The names asked for are companies' (`기업 이름`). */
  readonly companies: boolean;
  /** Which asked with a word for any party (`데`, `곳`): a country or a bloc can be the answer. */
  readonly anyParty: boolean;
  /** Where-to asked of a verb (`어디로 넘어가려`): the verb after a word it goes to (`…으로 바로 넘어가려`). */
  readonly goesTo: readonly RegExp[];
  /** The question is of something said (`그 말 누가 했어?`). */
  readonly saying: boolean;
  /** A person is asked for by a word for one (`말한 사람`, `인물`): no country or bloc is who. */
  readonly person: boolean;
  /** Entities the question itself names, not the background before it: a place named there can answer where. */
  readonly named: ReadonlySet<string>;
  /** The cities the question itself names: a text that gives only these does not say where. */
  readonly placesNamed: readonly string[];
}

/**
 * `어디로 넘어가려 한대?`: the text says where to with the verb asked (`AI 전환(AX)으로 바로 넘어가려`), a
 * place the answer gives; not when a city is asked.
 */
export const saysWhereTo = (options: FitOptions, text: string): boolean =>
  !options.city && options.goesTo.some((pattern) => pattern.test(text));

/** Whether a fact is the kind of answer a question type asks for. */
export function fitsType(
  engine: Engine,
  fact: SourcedFact,
  type: QuestionType,
  options: FitOptions,
): boolean {
  const { text } = textOf(engine, fact);
  const words = engine.lexicon.answerWords;
  const { mentioned } = options;
  const entityOf = (id: string) => engine.kb.entities.get(id);
  switch (type) {
    case 'person':
      return fact.entities.some((id) => {
        const type = entityOf(id)?.type;
        // (a company did what is asked, `186억달러 투자 누가 발표한 거`; who said something is a person's)
        const party = type === 'organization' || (type === 'company' && !options.saying);
        return type === 'person' || (party && !mentioned.has(id)) || regionDid(engine, fact, id, options);
      });
    case 'time':
      return fitsTime(fact, text, words, options.bound);
    case 'amount':
      // `몇 번째`: first, second … the article says in words.
      if (options.unit === 'ordinal') return words.ordinal.test(text);
      // `몇 배나 줄어든 거야?`: a ratio, of two figures the fact gives in one unit for two years (2021년
      // 9895억, 2023년 2318억), not one figure and its conversion
      if (options.unit === 'ratio')
        return fact.figures.some((f, i) =>
          fact.figures.some(
            (g, j) =>
              j > i && g.unit === f.unit && f.unit !== 'year' && !!f.year && !!g.year && f.year !== g.year,
          ),
        );
      return fact.figures.some(
        (f) =>
          f.unit !== 'year' && figureInUnit(f.unit, options.unit) && figureIsOf(engine, fact, f, mentioned),
      );
    case 'place': {
      const lower = text.toLowerCase();
      // (a city the question names itself, `도쿄 사무소 어디야`, is no answer; read in its own language)
      const { placesNamed } = options;
      const own =
        placesNamed.length === 0
          ? lower
          : (placesNamed.some(hasHangul) ? fact.text.ko : fact.text.en).toLowerCase();
      if (engine.lexicon.places.some((p) => own.includes(p) && !placesNamed.includes(p))) return true;
      if (saysWhereTo(options, text)) return true;
      // A country answers where, unless a city is asked for (`어느 도시`).
      return (
        !options.city && fact.entities.some((id) => entityOf(id)?.type === 'region' && !options.named.has(id))
      );
    }
    case 'name':
      return fitsName(engine, fact, options);
    case 'which':
      // (`누구한테 감면해줘?`: a policy's class of companies, `AI 소프트웨어 개발 기업`)
      if (fact.kind === 'policy' && words.companyClass.test(text)) return true;
      // `AI Act 만든 데가 어디`: a place or party, which a country or a bloc can be too.
      return fact.entities.some((id) => {
        const type = entityOf(id)?.type;
        return (isBusiness(type) || (options.anyParty && type === 'region')) && !mentioned.has(id);
      });
    case 'reason':
      // (`리벨리온이 왜 일본 갔어?`: what the company's own people said in explaining it is its reason)
      return (
        fact.kind === 'reason' ||
        words.reason.test(text) ||
        (fact.kind === 'quote' &&
          fact.entities.some((id) => options.named.has(id) && isBusiness(entityOf(id)?.type)))
      );
    case 'opinion':
      return fact.kind === 'opinion';
    case 'said':
      return fact.kind === 'quote' || fact.kind === 'opinion' || fact.kind === 'reaction';
    case 'compare':
      return fact.kind === 'comparison' || givesSeveralYears(fact);
    case 'profile':
      return fact.kind === 'profile';
    case 'yesno':
    case 'summary':
    case 'list':
      return true;
  }
}

/** The fact gives figures for more than one year (`2021년 9895억 원 … 2023년 2318억 원`). */
export function givesSeveralYears(fact: SourcedFact): boolean {
  return new Set(fact.figures.map((f) => f.year).filter(Boolean)).size > 1;
}

/**
 * `AI Act 누가 만들었어?`, `who issued the executive order?`: a country or a bloc did it, when the fact
 * opens on its name (its subject) and the question neither names it nor asks what someone said or a
 * person by a word for one.
 */
export function regionDid(engine: Engine, fact: SourcedFact, id: string, options: FitOptions): boolean {
  const entity = engine.kb.entities.get(id);
  if (entity?.type !== 'region' || options.mentioned.has(id) || options.saying || options.person)
    return false;
  const names = [entity.name.ko, ...entity.aliases].filter((n) => n.length >= 2);
  return names.some((n) => fact.text.ko.startsWith(n));
}

/** The figures of a fact that answer how much, in the unit asked and of the side asked about. */
export function amountFigures(engine: Engine, fact: SourcedFact, options: FitOptions): Figure[] {
  return fact.figures.filter(
    (f) =>
      f.unit !== 'year' &&
      figureInUnit(f.unit, options.unit) &&
      figureIsOf(engine, fact, f, options.mentioned),
  );
}

/** The figures of a fact that answer when: a year, a deadline (`2032년까지`), the start or end asked for. */
export function timeFigures(fact: SourcedFact, bound: 'start' | 'end' | undefined): Figure[] {
  return fact.figures.filter((f) => {
    if (f.unit !== 'year' && f.year === undefined) return false;
    if (bound === 'start') return f.qualifier !== 'until';
    if (bound === 'end') return f.qualifier === 'until';
    return true;
  });
}

function fitsTime(
  fact: SourcedFact,
  text: string,
  words: Engine['lexicon']['answerWords'],
  bound: 'start' | 'end' | undefined,
): boolean {
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

/**
 * A name the question does not have: a company's when it asks for companies (`기업 이름`), otherwise an
 * entity's, one the article quotes (`'AI Act'`) or a term it names with its abbreviation (`AI 전환(AX)`).
 */
function fitsName(engine: Engine, fact: SourcedFact, options: FitOptions): boolean {
  const { companies, mentioned } = options;
  return (
    (!companies &&
      (/['‘’"“”]/.test(fact.text.ko) ||
        /\([A-Z&]{2,}\)/.test(fact.text.ko) ||
        namesInEnglish(engine, fact))) ||
    fact.entities.some((id) => {
      const type = engine.kb.entities.get(id)?.type;
      if (companies) return isBusiness(type) && !mentioned.has(id);
      return type !== undefined && type !== 'region' && !mentioned.has(id);
    })
  );
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
  figure: Figure,
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

export function figureInUnit(figureUnit: Figure['unit'], unit: Unit | undefined): boolean {
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
    // `몇 배`, `how many times`: a ratio, which no figure of the article's units is.
    case 'ratio':
      return false;
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
export function counts(fact: SourcedFact, figure: Figure, term: Term, generic: boolean): boolean {
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
