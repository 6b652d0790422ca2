/**
 * Everything known of one question once its facts are found, and the ways of saying that the article
 * does not answer it: with what it does say of the subject, a passage that says it in words, or a miss.
 */
import type { Entity } from '../knowledge/schema.ts';
import type { SourcedFact } from '../knowledge/types.ts';
import { isEnglishWord } from '../language/names.ts';
import { isVerbalForm, type Term } from '../language/understand.ts';
import { isLatinWord } from '../search/normalize.ts';
import { type Ask, entityNamedAt } from './ask.ts';
import { cite, entityAnswerFacts } from './cards.ts';
import { type Constrained, constrain } from './constraints.ts';
import { passageAnswer } from './passages.ts';
import { type Preferred, prefer } from './prefer.ts';
import { type Retrieval, retrieve, type Scored } from './retrieve.ts';
import { type Answer, notFoundAnswer } from './types.ts';
import { knowsWord, readsAs, termsSaidIn } from './words.ts';

export interface Resolution {
  readonly ask: Ask;
  readonly found: Retrieval;
  readonly constrained: Constrained;
  readonly preferred: Preferred;
  /** The fact that answers best, if any fits. */
  readonly best: Scored | undefined;
  /** What the question asks about, outside the background (of the alternatives offered, the one picked). */
  readonly content: readonly Term[];
  /** The article does not cover it: a passage that says it in words, else what it says of the subject. */
  missingOr(terms: readonly Term[]): Answer;
  /** What the article says of the subject, with what it does not say. */
  partial(missing: readonly string[]): Answer;
  /** A passage that covers the question word for word, when words are all it asks. */
  passage(): Answer | undefined;
  notFound(): Answer;
  /**
   * Words of the question the fact does not match and the article never uses. A noun of Korean or a
   * name is what the question asks about (주가, 직원): unanswered. An ordinary English word (relief,
   * problem) may be a paraphrase: it only tells when such words outnumber what matched.
   */
  unmatched(s: { words: ReadonlySet<string>; fact?: SourcedFact }): Term[];
  /** A time relative to now (`작년`, `기사 나온 뒤에`). */
  relative(t: Term): boolean;
}

/** `금융 고객`: the fact's names show the sector asked (`노무라증권`, `미쓰이스미토모은행`). */
function namesShowSector(ask: Ask, t: Term, fact: SourcedFact): boolean {
  const shown = ask.engine.lexicon.sectorWords.get(t.head) ?? ask.engine.lexicon.sectorWords.get(t.surface);
  if (!shown) return false;
  return fact.entities.some((id) => {
    const entity = ask.engine.kb.entities.get(id);
    const names = entity
      ? [entity.name.ko, entity.name.en, ...entity.aliases].map((n) => n.toLowerCase())
      : [];
    return names.some((n) => shown.some((w) => n.includes(w)));
  });
}

export function resolve(ask: Ask): Resolution {
  const { found, constrained } = figurative(ask, retrieve(ask));
  const preferred = prefer(ask, found, constrained.covering);
  const best = preferred.covering[0];
  const content = askedContent(ask, found, best);
  const notFound = (): Answer =>
    notFoundAnswer(
      ask.text,
      [],
      ask.mentions.map((m) => m.entity),
    );
  const partial = (missing: readonly string[]): Answer => {
    const entity = ask.mentions.find((m) => m.required)?.entity ?? ask.mentions[0]?.entity;
    return entity ? partialOf(ask, found, entity, missing) : notFound();
  };
  const passage = () =>
    wordsOnly(ask, found, constrained) && content.length >= 2
      ? passageAnswer(
          ask.engine,
          ask.text,
          content,
          ask.mentions,
          found.scored.slice(0, 10).map((s) => s.fact),
        )
      : undefined;
  const missingOr = (terms: readonly Term[]) =>
    passage() ?? (ask.mentions.length > 0 ? partial(terms.map((t) => t.head)) : notFound());
  const unmatched = (s: { words: ReadonlySet<string>; fact?: SourcedFact }) =>
    content.filter(
      (t) =>
        !s.words.has(t.head) &&
        !(s.fact && namesShowSector(ask, t, s.fact)) &&
        !t.lexical &&
        !knowsWord(ask.engine, t.head, t.common) &&
        // (a verb the article does not use, `얹어주는`, `부딪히는`, is the question's way of saying it)
        (t.common || !isVerbalForm(t.surface, ask.engine.lexicon)),
    );
  const relative = (t: Term) =>
    ask.engine.lexicon.relativeTimes.some((p) => p.join(' ') === t.head || t.forms.includes(p.join(' ')));
  return {
    ask,
    found,
    constrained,
    preferred,
    best,
    content,
    missingOr,
    partial,
    passage,
    notFound,
    unmatched,
    relative,
  };
}

/** Of the words a question asks about, how many a fact has at the least to be read as saying it. */
const FIGURATIVE_HITS = 3;

/**
 * `일본이 디지털 전환 다음 단계로 어디로 바로 넘어가려 해?`, `이니셔티브로 어디어디에 투자해?`: `어디` is
 * figurative when one fact says nearly every word of the question but is of no such
 * kind, and every fact of the kind says at least two words fewer. The question is read for its words.
 */
function figurative(ask: Ask, found: Retrieval): { found: Retrieval; constrained: Constrained } {
  const constrained = constrain(ask, found);
  // (only a place can be one: a time, a figure or a person asked is asked)
  if (found.strictTypes.length !== 1 || found.strictTypes[0] !== 'place') return { found, constrained };
  // (not where something was set up, `법인 어디에 세웠대`: a place, which the fact gives or not)
  const sited = found.foregroundWords.some(
    (t) => t.role === 'predicate' && readsAs(t, ask.engine.lexicon.sitingVerbs),
  );
  if (sited) return { found, constrained };
  const loose = { ...found, strictTypes: [] };
  const looseConstrained = constrain(ask, loose);
  const looseBest = looseConstrained.covering[0];
  const asked = found.foregroundWords.filter((t) => t.role === 'topic').length;
  const hits = looseBest?.contentHits ?? 0;
  const strictHits = constrained.covering[0]?.contentHits ?? 0;
  // (or says every word of it where no fact of the kind says any: `지금은 어디로 넘어가려 해?`)
  // (not a city asked for, `어느 도시에 있어?`, which a fact that says only the country does not give)
  // (nor within a city named, `도쿄 사무소 정확히 어디야?`)
  const city = ask.understanding.city || found.fitOptions.placesNamed.length > 0;
  const saysAll = asked > 0 && hits === asked && strictHits === 0 && !city;
  // (or says its verb too, which no fact of the kind says: `예전엔 … 지금은 어디로 넘어가려 해?`)
  const verbs = found.foregroundWords.filter((t) => t.role === 'predicate');
  const saysVerb = (s: Scored | undefined) =>
    !!s && verbs.length > 0 && verbs.every((t) => s.words.has(t.head));
  const withVerb =
    asked > 0 && hits === asked && saysVerb(looseBest) && !saysVerb(constrained.covering[0]) && !city;
  return (hits >= FIGURATIVE_HITS && hits >= 0.75 * asked && strictHits <= hits - 2) || saysAll || withVerb
    ? { found: loose, constrained: looseConstrained }
    : { found, constrained };
}

/**
 * `직원이야 프리랜서야?`: of the alternatives offered, the one the article has is what is asked; where the one
 * it has is a thing named (`한국 코스닥임 아니면 일본 쪽임?` of a fact about Japan), none of the words offered is.
 */
function askedContent(ask: Ask, found: Retrieval, best: Scored | undefined): Term[] {
  const offered = found.foregroundWords.filter((t) => t.alternative);
  const named = ask.terms.some((t, i) => {
    const entity = t.alternative ? entityNamedAt(ask, i) : undefined;
    return !!entity && !!best?.fact.entities.includes(entity.id);
  });
  const picked = best ? offered.filter((t) => best.words.has(t.head)) : [];
  const ofArticle = articleSubject(ask, best);
  return found.foregroundWords.filter(
    (t) =>
      t.role === 'topic' &&
      !modifiesOnly(ask, t) &&
      !ofArticle(t) &&
      (!t.alternative || (named ? false : picked.length === 0 || picked.includes(t))),
  );
}

/**
 * `글쓴이는 이 현상 어떻게 봄?`, `how does the author see this rush?`: the author's view is of what the
 * article is about, so a word its title says (or a word of the same meaning, 현상 for 러시) asks nothing more,
 * nor does a word that asks for a view (`평가`, `see`).
 */
function articleSubject(ask: Ask, best: Scored | undefined): (t: Term) => boolean {
  const authorsView = ask.types.has('opinion') && ask.understanding.articleFields.has('author');
  const article = authorsView && best ? ask.engine.kb.article(best.fact.articleId) : undefined;
  if (!article) return () => false;
  const title = `${article.title.ko} ${article.title.en}`;
  const { viewWords } = ask.engine.lexicon;
  return (t) =>
    viewWords.has(t.head) || termsSaidIn(title, [t], (x) => [x.head, ...x.forms, ...x.synonyms]) > 0;
}

/** Sizes of numbers in words: a figure's, checked with its number. */
const MAGNITUDE_WORDS = /^(thousand|million|billion|trillion|[천만억조]+)$/;

/**
 * A word that asks nothing of its own: a number or its size or unit (the figures check them), or a
 * word that only makes a claim stronger (`더`, `아예`, `too`).
 */
function modifiesOnly(ask: Ask, t: Term): boolean {
  const { lexicon } = ask.engine;
  return (
    /^[0-9]+$/.test(t.head) ||
    MAGNITUDE_WORDS.test(t.head) ||
    // (a unit that goes with a figure the question gives: `186억달러 한화로`, not `비중` asked for)
    (ask.numbers.length > 0 && lexicon.unitWords.has(t.head) && !lexicon.measureNouns.has(t.head)) ||
    lexicon.claimModifiers.has(t.head) ||
    // (`절반쯤`: a share in words, which the figures check)
    [t.head, ...t.forms].some((w) => lexicon.quantityPercents.has(w)) ||
    lexicon.claimModifiers.has(t.surface) ||
    // (`DX 다음 단계`: the step after says where, unless a span of time follows, `다음 달`)
    (lexicon.stepWords.words.has(t.head) &&
      !lexicon.stepWords.notBefore.has(ask.terms[ask.terms.indexOf(t) + 1]?.surface ?? '')) ||
    // (where in the article, `that row`, `비교표`: the comparisons' rows say it by being rows)
    (ask.engine.kb.comparisons.length > 0 && readsAs(t, lexicon.listKinds.get('rows') ?? new Set()))
  );
}

/** What the article says about the entity, the facts nearest the question first. */
function partialOf(ask: Ask, found: Retrieval, entity: Entity, missing: readonly string[]): Answer {
  const near = found.scored
    .filter((s) => s.words.size > 0 && s.fact.entities.includes(entity.id))
    .map((s) => cite(ask.engine, s.fact));
  const facts = [...near, ...entityAnswerFacts(ask.engine, entity)].filter(
    (f, i, all) => all.findIndex((g) => g.fact.id === f.fact.id) === i,
  );
  return { kind: 'partial', entity, missing, facts: facts.slice(0, 4) };
}

/**
 * Before saying no: the article's own passages, under the same rules (every word of the question in one
 * passage, the names it asks about too, an answer of the kind asked for). A figure, a date, a name or a
 * place is the facts' to give (with their units, years and owners); a passage answers what a question
 * says in words — nor a thing of a kind asked for by name (`데이터센터 어디어디`), a country it is placed
 * in, or something set apart: the facts carry who and where.
 */
function wordsOnly(ask: Ask, found: Retrieval, constrained: Constrained): boolean {
  return (
    found.strictTypes.length === 0 &&
    ask.numbers.length === 0 &&
    !ask.understanding.alone &&
    !ask.unit &&
    !constrained.kindAsked &&
    constrained.placedRegions.length === 0 &&
    ask.excludedIds.size === 0 &&
    ask.setApart.length === 0
  );
}

/** An English word that may be a paraphrase of the article's (relief, problem), not a name. */
export const isParaphrase = (t: Term) =>
  isLatinWord(t.head) && (isEnglishWord(t.head) || isEnglishWord(t.surface));
