/**
 * Whether the article covers a question: most of what it asks is matched by the best fact, and nothing
 * it asks about is a word the article never uses. When not, what is missing.
 */

import { closedBy, readLightVerb } from '../language/korean.ts';
import type { KindType } from '../language/lexicon.ts';
import { isCurrency, isVerbalForm, type Term, unitIn } from '../language/understand.ts';
import { isHangulWord, isLatinWord } from '../search/normalize.ts';
import { type Ask, asksAuthorsView } from './ask.ts';
import { cite } from './cards.ts';
import { amountFigures, figureInUnit } from './fit.ts';
import { isParaphrase, type Resolution } from './resolution.ts';
import { givesFigureAsked, type Scored, TYPE_BONUS } from './retrieve.ts';
import type { Answer, Engine } from './types.ts';
import { isBusiness, knowsWord, measures, saysSaying, textOf } from './words.ts';

/** A word in at least this share of the facts tells nothing of what a question asks. */
export const COMMON_SHARE = 0.3;

/**
 * `보조금 달러로 얼마?`: the figure asked for is the article's in another currency only. What is missing
 * is the currency (the figure as the article gives it follows), not the words that found it.
 */
function inAnotherCurrency(res: Resolution): Answer | undefined {
  const { ask, content, found } = res;
  const { unit } = ask;
  if (!isCurrency(unit)) return undefined;
  if (content.length === 0 || ask.mentions.length === 0) return undefined;
  const given = found.scored.find(
    (s) =>
      s.contentHits === content.length &&
      amountFigures(ask.engine, s.fact, { ...found.fitOptions, unit: 'money' }).length > 0,
  );
  const asked = ask.terms.find((t) => t.role === 'question' && unitIn(t.head, ask.engine.lexicon) === unit);
  const words = content.map((t) => t.head).join(' ');
  return given && asked ? res.partial([`${words} (${asked.head})`]) : undefined;
}

/** No fact fits: what was asked, the question's own words, or the kind of answer when it has none (`수치`). */
export function nothingFits(res: Resolution): Answer {
  const other = inAnotherCurrency(res);
  if (other) return other;
  const { ask, content } = res;
  const { kindAsked } = res.constrained;
  // (which one of a kind: the kind and the question word, `데이터센터 어디어디`)
  const kindWord = kindAsked ? ask.terms[ask.terms.indexOf(kindAsked) + 1]?.head : undefined;
  // (else the words that ask, `이름`, before the kind of answer they ask for)
  const asking = askingWords(ask);
  // (where within a city the question names, which the article does not say: `도쿄 어디`, `where in Tokyo`)
  const within = withinCity(res, asking);
  const missing = within
    ? [within]
    : kindAsked
      ? [`${kindAsked.head} ${kindWord ?? ''}`.trim()]
      : content.length > 0
        ? [content.map((t) => t.head).join(' ')]
        : asking.length > 0
          ? [asking.join(' ')]
          : res.found.strictTypes;
  return res.passage() ?? (ask.mentions.length > 0 ? res.partial(missing) : res.notFound());
}

/** Where within the city the question names, as it asks it; none unless a place within a city is asked. */
function withinCity(res: Resolution, asking: readonly string[]): string | undefined {
  const { terms } = res.ask;
  // (no word that asks, `도쿄 사무실 정확한 위치는?`: the words after the city that name what is asked)
  const after = (city: Term) =>
    terms
      .slice(terms.indexOf(city) + 1)
      .filter((t) => t.role === 'topic')
      .map((t) => t.head);
  const { placesNamed } = res.found.fitOptions;
  if (placesNamed.length === 0 || !res.found.strictTypes.includes('place')) return undefined;
  const city = terms.find((t) => placesNamed.some((p) => t.surface.toLowerCase().startsWith(p)));
  if (!city) return undefined;
  if (res.ask.understanding.language === 'ko')
    return [city.head, ...(asking.length > 0 ? asking : after(city))].join(' ');
  // (as typed: the English name of the city, `Tokyo`)
  const typed = res.ask.text.toLowerCase();
  const name =
    res.ask.engine.lexicon.places.find((p) => /^[a-z ]+$/.test(p) && typed.includes(p)) ?? city.surface;
  return `where in ${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Why the best fact does not answer the question, as the reply that says so; undefined when it does. */
export function uncovered(res: Resolution, best: Scored): Answer | undefined {
  if (res.found.strictTypes.includes('amount') && best.contentHits < res.content.length) {
    const other = inAnotherCurrency(res);
    if (other) return other;
  }
  const shared = sharedFigure(res, best);
  if (shared) return shared;
  const missing = askedButAbsent(res, best);
  if (missing) return res.missingOr(missing);
  const unsaidDeed = deedOfOthers(res, best);
  if (unsaidDeed.length > 0) return res.missingOr(unsaidDeed);
  // (who received something is asked of the same facts before any of this: `receivedUnsaid`)
  return unmatchedWords(res, best) ?? tooLittle(res, best);
}

/**
 * `일본으로 넘어간 한국 AI 개발자가 몇 명이나 돼?`: a figure, date, person or place asked of what was done (a
 * verb of the question's own), from a fact about none of the things the question names that does not say
 * it: the deed is what is missing (41만 명 are the developers Elancer has, not ones who moved).
 */
function deedOfOthers(res: Resolution, best: Scored): Term[] {
  const { ask } = res;
  const named = ask.mentions.filter((m) => !m.background);
  if (res.found.strictTypes.length === 0 || named.length === 0) return [];
  if (named.some((m) => best.fact.entities.includes(m.entity.id))) return [];
  const { text } = textOf(ask.engine, best.fact);
  return res.found.foregroundWords.filter(
    (t) =>
      t.role === 'predicate' &&
      !best.words.has(t.head) &&
      ![t.head, ...t.synonyms].some((w) => best.words.has(w) || text.includes(w)),
  );
}

/** How many words either side of a verb of receiving may say who received. */
const RECEIVER_WINDOW = 3;

/**
 * `그 보조금 실제로 받은 회사 어디어디임?`, `how many companies actually got it?`: who received something is
 * asked; a fact that says only what is offered (`최대 450억 엔의 보조금을 지원`) does not say who got it.
 */
function recipientsUnsaid(res: Resolution, best: Scored): Term[] {
  const at = recipientsAsked(res.ask);
  if (at < 0) return [];
  const { text } = textOf(res.ask.engine, best.fact);
  return res.ask.engine.lexicon.recipients.said.some((w) => text.includes(w)) ? [] : [res.ask.terms[at]!];
}

/**
 * Who received what is asked, and the best fact does not say it (nor does its passage, which says what is
 * offered as the fact does): asked as a claim too (`받은 회사 사례 있어?`).
 */
export function receivedUnsaid(res: Resolution): Answer | undefined {
  const received = res.best ? recipientsUnsaid(res, res.best) : [];
  return received.length > 0 ? res.partial(received.map((t) => t.head)) : undefined;
}

/** Where the question asks who received something (its verb of receiving, with a receiver near it); else -1. */
export function recipientsAsked(ask: Ask): number {
  const { terms, engine } = ask;
  const { verbs, receivers } = engine.lexicon.recipients;
  const at = terms.findIndex((t) => !t.background && verbs.some((w) => t.surface.startsWith(w)));
  if (at < 0) return -1;
  const near = terms.slice(Math.max(0, at - RECEIVER_WINDOW), at + RECEIVER_WINDOW + 1);
  // (or the question word says who, `어디가 받았는지`; not in English, where `got them there` is no receiving)
  const whoAsked =
    ask.understanding.language === 'ko' &&
    ['person', 'which', 'place'].some((type) => ask.types.has(type as never));
  const receiver = (t: Term) =>
    [t.head, ...t.forms].some((w) => receivers.has(w)) || (whoAsked && t.role === 'question');
  return near.some(receiver) ? at : -1;
}

/**
 * What is asked for and not in the fact: the noun the question word asks about and whose it is, a time
 * relative to now, an everyday noun, the thing a country owns.
 */
export function askedButAbsent(res: Resolution, best: Scored): Term[] | undefined {
  const { ask, content } = res;
  const { engine, terms, mentionedTerm, types } = ask;
  // What is asked for (`첫 고객사는 어디야`, `시장 규모는 얼마나`): the noun the question word asks about
  // must be the fact's, or the fact answers something else.
  const whTypes = [...types].filter(
    (t) => t !== 'yesno' && t !== 'compare' && t !== 'said' && t !== 'opinion',
  );
  const askedFor = whTypes.length === 1 ? askedNoun(ask, types.has('amount')) : undefined;
  // (or a word of its set: `사장` where the fact says `대표`)
  const saysIt = (t: Term) => [t.head, ...t.synonyms].some((w) => best.words.has(w));
  // (a measure asked in its unit, `비율이 몇 %`, is what a figure in that unit gives)
  const unit = askedFor ? engine.lexicon.unitWords.get(askedFor.head) : undefined;
  const inUnit = !!unit && best.fact.figures.some((f) => figureInUnit(f.unit, unit));
  if (askedFor && !saysIt(askedFor) && !namesKindAsked(ask, askedFor) && !inUnit) return [askedFor];
  // `Who are Allganize's main investors?`: in English, the people asked for by what they are, when the
  // article has the word (else the words it never uses say so), must be the answer's.
  const english =
    ask.understanding.language === 'en' && whTypes.length === 1 && types.has('person') ? askedNouns(ask) : [];
  const otherThing = english.filter(
    (t) =>
      !saysIt(t) &&
      !namesKindAsked(ask, t) &&
      !generalNoun(engine, t) &&
      (t.lexical || knowsWord(engine, t.head, t.common)),
  );
  if (otherThing.length > 0) return otherThing;
  // `일본 법인의 대표는`: whose it is (the subsidiary's) must be the fact's too.
  const askedAt = askedFor ? terms.indexOf(askedFor) : -1;
  const owner = askedAt > 0 ? terms[askedAt - 1] : undefined;
  if (
    owner &&
    owner.role === 'topic' &&
    !owner.background &&
    !isVerbalForm(owner.surface, engine.lexicon) &&
    isHangulWord(owner.surface) &&
    // `재생에너지 비중`: a measure's owner written bare before it too.
    (owner.surface.endsWith('의') || (owner.surface === owner.head && measures(engine, askedFor!))) &&
    !mentionedTerm.has(askedAt - 1) &&
    !best.words.has(owner.head)
  )
    return [owner];
  // `작년`, `전에`, `기사 나온 뒤에`: a time relative to now must be the answer's own
  // (for a figure, date, person or place: `원래 뭐하는 회사였지` only says `again`)
  const sinceThen =
    res.found.strictTypes.length > 0 ? content.filter((t) => res.relative(t) && !best.words.has(t.head)) : [];
  if (sinceThen.length > 0) return sinceThen;
  // An everyday noun asked about (`budget`, `직원`) must be in the answer itself, not only somewhere in
  // the article (`National Assembly Budget Office`); as itself or a word of its set, not by a part of
  // it (`법인세율` is not `법인세`).
  const bestText = textOf(engine, best.fact).text.toLowerCase();
  const everyday = content.filter(
    (t) =>
      t.common &&
      !namesKindAsked(ask, t) &&
      (!saysIt(t) ||
        (isHangulWord(t.head) && ![t.head, ...t.synonyms].some((w) => bestText.includes(w.toLowerCase())))),
  );
  if (everyday.length > 0) return everyday;
  const { owned } = res.constrained;
  if (owned && !best.words.has(owned.head)) return [owned];
  return undefined;
}

/**
 * Words of the question the article never uses. One word of a paraphrase (`한국 출신`, `pool of`,
 * `얹어주는`) beside a fact that matches the rest well does not make it another question; an everyday
 * noun (`직원`) or the subject itself does. Nor does a verb alone that the article does not use of it
 * (`What's Rebellions valued at?`).
 */
/** The noun right before the question word (`신청` in `보조금 신청 어떻게 해`, `제품명` in `제품명 뭐임`). */
function isFocus(res: Resolution, term: Term): boolean {
  const words = res.ask.understanding.terms;
  const next = words[words.indexOf(term) + 1];
  const { lexicon } = res.ask.engine;
  return (
    next !== undefined &&
    term.role === 'topic' &&
    // (a noun with a particle is the question word's object, `태도를 어떻게 평가했어`, not what is asked)
    term.surface === term.head &&
    isHangulWord(term.head) &&
    !isVerbalForm(term.surface, lexicon) &&
    [next.head, next.surface, ...next.forms].some(
      (w) => lexicon.interrogatives.has(w) && !lexicon.interrogativeDeterminers.has(w),
    )
  );
}

/** The last word, a noun typed as a verb (`대응했어`) right after a question word, that the article never uses. */
function deedAsked(res: Resolution, unknown: readonly Term[]): Term | undefined {
  const words = res.ask.understanding.terms.filter((t) => !t.background);
  const last = words.at(-1);
  const before = words.at(-2);
  const { lexicon } = res.ask.engine;
  if (!last || !before || !unknown.includes(last) || last.surface === last.head) return undefined;
  const asks = [before.head, before.surface].some((w) => lexicon.interrogatives.has(w));
  const light = readLightVerb(lexicon.grammar, last.surface);
  return asks && light?.noun === last.head && !knowsWord(res.ask.engine, last.head, false) ? last : undefined;
}

export function unmatchedWords(res: Resolution, best: Scored): Answer | undefined {
  const { ask, content } = res;
  const unknown = res.unmatched(best);
  if (appealAsked(res, best, unknown)) return undefined;
  // (`이창수 대표가 … 태도를 뭐라 했음`: what a person named said is asked; their words, the rest matched,
  // are the answer, whatever the question calls them)
  // (or said of them in a word of saying, `이창수대표가 말한거 요약하면 … 태도가 어떻다는 거임`)
  const saidByNamed =
    (ask.types.has('said') || saysSaying(ask.engine, ask.terms)) &&
    (best.fact.kind === 'quote' || best.fact.kind === 'reaction') &&
    ask.mentions.some(
      (m) => m.required && m.entity.type === 'person' && best.fact.entities.includes(m.entity.id),
    );
  if (saidByNamed && best.contentHits >= 2 && unknown.length === 1) return undefined;
  // A refusal needs evidence: a specific thing asked that the fact does not give. Words of a
  // paraphrase or of chat (`본거지`, `얹어주는`, `financial`) are none when the fact is of the kind the
  // question word asks for and about what it names.
  if (unknown.length > 0 && fulfilsContract(res, best)) {
    const evidence = unknown.filter((t) => isSpecific(res, t));
    return evidence.length > 0 ? res.missingOr(evidence) : undefined;
  }
  // (`한국 정부는 … 뭐라고 대응했어?`: the deed asked, a noun made a verb after the question word, is what the
  // fact must say; one the article never uses is not answered by its other words)
  const deed = deedAsked(res, unknown);
  if (deed) return res.missingOr([deed]);
  // The last word asked about before the question's end is its focus (`보조금 신청 어떻게`, `칩 제품명
  // 뭐임`): a fact without it does not say what is asked, however well it matches the rest.
  const slight = (t: Term) => !t.common && !t.subject && !isFocus(res, t);
  const hard = unknown.filter((t) => t.common || !isParaphrase(t));
  const wellMatched = best.contentHits >= 2 && unknown.length === 1 && (saidByNamed || unknown.every(slight));
  if (!wellMatched && (hard.length > 0 || (unknown.length > 0 && unknown.length >= best.contentHits)))
    return res.missingOr(unknown);
  const verbs = res.found.foregroundWords.filter((t) => t.role === 'predicate');
  // (how the author sees it, `글쓴이는 이 현상 어떻게 보는 거예요?`: their view, in whatever verb it is asked)
  const authorsView = asksAuthorsView(ask) && best.fact.kind === 'opinion';
  if (
    !authorsView &&
    content.length === 0 &&
    ask.numbers.length === 0 &&
    verbs.length > 0 &&
    verbs.every(
      (t) =>
        !best.words.has(t.head) &&
        !t.lexical &&
        // (a verb the lexicon knows, `앞서다`, is a way of saying what the facts say)
        !ask.engine.lexicon.knows(t.head) &&
        !knowsWord(ask.engine, t.head, t.common),
    )
  )
    return res.missingOr(verbs);
  return undefined;
}

/**
 * `일본이 왜 그렇게 인기가 많은 거예요?`, `일본 시장이 매력적인 이유`: why a thing draws people, its words of
 * appeal the only ones the fact lacks; the fact is a reason given for going there, about what is named.
 */
function appealAsked(res: Resolution, best: Scored, unmatched: readonly Term[]): boolean {
  const { ask } = res;
  const { appealWords } = ask.engine.lexicon;
  const unknown = [...unmatched, ...res.found.foregroundWords.filter((t) => t.role === 'predicate')].filter(
    (t) => !best.words.has(t.head),
  );
  return (
    ask.types.has('reason') &&
    best.fact.kind === 'reason' &&
    ask.mentions.some((m) => !m.background && best.fact.entities.includes(m.entity.id)) &&
    unknown.some((t) => appealWords.has(t.head) || appealWords.has(t.surface)) &&
    unknown.every((t) => t.role === 'predicate' || appealWords.has(t.head))
  );
}

/**
 * A figure, a date, a person or a place is only the answer when the fact is about most of what is
 * asked; a name in the question does not make up for the rest (in Korean, where every word counts; an
 * English question carries words like `comes` or `unit` that no fact needs to have). A word most facts
 * use (`ai` in an article about AI) says little of what is asked: it counts neither way.
 */
export function tooLittle(res: Resolution, best: Scored): Answer | undefined {
  const { ask } = res;
  const { mentions } = ask;
  // (a noun that only names the kind of answer, `지역이 어디야`, is no part of what must be matched)
  const content = res.content.filter((t) => !namesKindAsked(ask, t));
  // (`한국보다 몇 배 빨리 큰다는 거야?`: only what is measured against named, nothing of what is asked;
  // but what is said of it, `어떤 게 한국보다 쉽다고 했어요?`, the fact may say in its words)
  const { foregroundWords } = res.found;
  if (content.length === 0 && standardOnly(ask) && !foregroundWords.some((t) => best.words.has(t.head)))
    return res.missingOr(foregroundWords);
  const strict = res.found.strictTypes.length > 0;
  const telling = content.filter((t) => ask.engine.facts.share(t.head) < COMMON_SHARE);
  const tellingHits = telling.filter((t) => best.words.has(t.head)).length;
  const covered =
    content.length === 0
      ? 1
      : telling.length === 0
        ? best.contentHits / content.length
        : tellingHits / telling.length;
  const enough =
    covered >= 0.5 ||
    (mentions.length > 0 && best.contentHits >= 1 && (!strict || ask.understanding.language === 'en')) ||
    (mentions.length >= 2 && content.length === 0) ||
    (content.length === 0 && (mentions.length > 0 || strict || best.contentHits > 0)) ||
    // (`4428억 원은 무슨 돈이야?`: the figure given names the fact)
    (content.length <= 1 && givesFigureAsked(ask, best.fact));
  // (what ought to be done, of nothing named, is the author's view: `정부가 뭘 해줘야 한다고 했는지`)
  // (nor how the author sees it, `글쓴이는 이 현상 어떻게 보는 거예요?`: the article's subject, in their view)
  const viewAsked =
    (ask.understanding.ought || asksAuthorsView(ask)) && content.length === 0 && best.fact.kind === 'opinion';
  const unsupported = mentions.length === 0 && best.contentHits === 0 && best.score < TYPE_BONUS + 1;
  if (!enough || (unsupported && !viewAsked)) return res.missingOr(content);
  // (nor does a passage: it would name the policy, not who received it)
  if (res.preferred.namelessFull && !res.preferred.didAll(best))
    return mentions.length > 0 ? res.partial(content.map((t) => t.head)) : res.notFound();
  // `데이터센터 보조금 받은 한국 기업 있어?`: a company named for what it did must have done all of it.
  // (a name of something else, `미국이 추진하는 AI 정책 이름`, may say what it does its own way)
  const unsaid = content.filter((t) => !best.words.has(t.head));
  const ownWay = (t: Term) => !res.found.fitOptions.companies && isVerbalForm(t.surface, ask.engine.lexicon);
  if (ask.types.has('name') && unsaid.some((t) => !ownWay(t))) return res.missingOr(content);
  return undefined;
}

/** Every name the question asks about is what something is measured against (`한국보다`). */
function standardOnly(ask: Ask): boolean {
  const { comparedWith } = ask.engine.lexicon.particles;
  const named = ask.mentions.filter((m) => !m.background);
  return (
    named.length > 0 &&
    named.every(
      (m) => m.terms.length > 0 && m.terms.every((i) => closedBy(ask.terms[i]?.surface ?? '', comparedWith)),
    )
  );
}

/**
 * The best fact gives what the question word asks for (a person, a place, a time, a figure in the unit
 * asked), is about what the question names, and matches every word of the question the article uses:
 * only words the article never uses can be the question's own way of putting it.
 */
function fulfilsContract(res: Resolution, best: Scored): boolean {
  const { ask, found, content } = res;
  if (ask.yesno) return false;
  const aboutNamed = ask.mentions.some((m) => m.required && best.fact.entities.includes(m.entity.id));
  const unknown = new Set(res.unmatched(best));
  const known = content.filter((t) => !unknown.has(t) && !namesKindAsked(ask, t));
  if (!known.every((t) => best.words.has(t.head))) return false;
  // A question word with a kind (who, when, how much, where) the fact fits: it answers what is asked.
  if (found.strictTypes.length > 0) return aboutNamed || best.contentHits >= 1;
  // Otherwise, when it asks something (`어떤 단계`, `which company`), the fact must say, in the article's
  // words, at least as much of the question as the question says in its own.
  const asks = ask.types.size > 0 || ask.terms.some((t) => DETERMINERS.test(t.surface));
  return asks && best.contentHits >= 2 && unknown.size <= best.contentHits;
}

/**
 * A specific thing asked, whose absence from the answer says the article does not cover the question:
 * an everyday noun (`직원`, `주가`), the noun the question is about (`시총은`), or the noun the question
 * word asks about (`임대료 얼마`, `창업자 누구`, `who are its investors`), unless it only names the kind of
 * answer (`위치`, `성함`).
 */
function isSpecific(res: Resolution, t: Term): boolean {
  const { ask } = res;
  if (t.role !== 'topic' || namesKindAsked(ask, t)) return false;
  if (t.common) return true;
  if (t.subject && isHangulWord(t.surface)) return true;
  // A long word of its own the article never uses is a name of something (`도쿄증권거래소`).
  if (isHangulWord(t.head) && t.head.length >= 5) return true;
  return askedNouns(ask).includes(t);
}

/** Korean question words that stand before the noun they ask which of (`어느 부처`, `무슨 법`). */
const DETERMINERS = /^(어느|어떤|무슨|몇)$/;

/** Words that join an English question word to what it asks about (`who is`, `what are the`). */
const ENGLISH_LINKS = new Set([
  'is',
  'are',
  'was',
  'were',
  's',
  'do',
  'does',
  'did',
  'the',
  'a',
  'an',
  'its',
  'their',
]);

/**
 * The nouns the question word asks about: in Korean the noun just before it (`임대료 얼마`), in English
 * the words after it (`who are Allganize's main investors`, `how much money`), up to a verb or a
 * preposition.
 */
function askedNouns(ask: Ask): Term[] {
  const { terms, mentionedTerm, engine } = ask;
  // `어느 부처`: the noun after the word that asks which one (`어떤 맥락`, `무슨 상관` ask what it is).
  const which = terms.findIndex((t) => !t.background && t.surface === '어느');
  const after = terms[which + 1];
  if (which >= 0 && after?.role === 'topic' && !mentionedTerm.has(which + 1)) return [after];
  const q = terms.findIndex((t) => t.role === 'question' && !t.background);
  if (q < 0) return [];
  if (isHangulWord(terms[q]!.surface)) {
    // (why: the question word is the kind of answer; what comes before it is what happened)
    if (engine.lexicon.answerWords.reason.test(terms[q]!.head) || ask.types.has('reason')) return [];
    for (let i = q - 1; i >= 0; i--) {
      const t = terms[i]!;
      if (t.role === 'filler') continue;
      return t.role === 'topic' && !t.background && !mentionedTerm.has(i) ? [t] : [];
    }
    return [];
  }
  let i = q;
  while (terms[i]?.role === 'question') i++;
  const amount = ask.types.has('amount');
  const out: Term[] = [];
  for (; i < terms.length; i++) {
    const t = terms[i]!;
    if (mentionedTerm.has(i)) {
      // `Allganize's main investors` goes on past the name; `subsidy Japan pays` ends before its verb.
      if (terms[i + 1]?.surface === 's') {
        i++;
        continue;
      }
      if (out.length > 0) break;
      continue;
    }
    if (ENGLISH_LINKS.has(t.surface)) {
      // `how much money are …`: what follows the verb is who does it, not what is counted.
      if (amount && out.length > 0) break;
      continue;
    }
    if (t.role !== 'topic' || !isLatinWord(t.surface)) break;
    out.push(t);
  }
  // (the last of them is the noun; those before it say which: `main investors`, `tax relief`)
  return out.slice(-1);
}

/** The noun names the kind of answer a question word of the question asks for (`위치` for where). */
function namesKindAsked(ask: Ask, t: Term): boolean {
  const words = [t.head, t.surface, ...t.forms].map((w) => w.toLowerCase());
  for (const type of ask.types) {
    const kind = ask.engine.lexicon.kindNouns.get(type as KindType);
    if (kind && words.some((w) => kind.has(w))) return true;
  }
  return false;
}

/**
 * The noun a question word asks about (`고객사는 어디야` → 고객사, `시장 규모는 얼마` → 시장): the topic
 * word just before the first question word, marked as the subject (or the question word is).
 */
function askedNoun(ask: Ask, amount: boolean): Term | undefined {
  const { engine, terms, mentionedTerm } = ask;
  const q = terms.findIndex((t) => t.role === 'question' && !t.background);
  if (q < 1) return undefined;
  const noun = terms[q - 1]!;
  const question = terms[q]!;
  if (noun.role !== 'topic' || noun.background || mentionedTerm.has(q - 1)) return undefined;
  // (a verb's form, `부딪히는 이유`, says what happened, not a thing asked for)
  if (isVerbalForm(noun.surface, engine.lexicon)) return undefined;
  // `시장 규모 얼마`: a noun for a measure (규모, 금액, 비중) after the thing measured, unmarked.
  const measure =
    amount &&
    !engine.lexicon.interrogatives.has(question.head) &&
    question.head.length >= 2 &&
    isHangulWord(question.head);
  // `비중 몇 %`: or the noun is itself a measure, asked in its unit.
  // (an English noun in a Korean question carries no particle: `lead investor 누구였죠`)
  const latin =
    isLatinWord(noun.surface) &&
    isHangulWord(question.surface) &&
    !DETERMINERS.test(question.surface) &&
    engine.facts.share(noun.head) < COMMON_SHARE;
  if (!noun.subject && !question.subject && !measure && !latin && !(amount && measures(engine, noun)))
    return undefined;
  return generalNoun(engine, noun) ? undefined : noun;
}

/** A filler, a word for any company, a number, or the kind of answer (a country, a city): not a thing asked. */
function generalNoun(engine: Engine, noun: Term): boolean {
  const { lexicon } = engine;
  if (lexicon.fillers.has(noun.head)) return true;
  if (lexicon.companyNouns.has(noun.head) || /^[0-9]+$/.test(noun.head)) return true;
  // `이전한 국가는 어디`: the kind of answer (a country, a city), not a thing the fact must name.
  const reads = (words: ReadonlySet<string>) => words.has(noun.head) || noun.forms.some((w) => words.has(w));
  return reads(lexicon.countryWords) || reads(lexicon.cityWords);
}

/**
 * `AWS 투자액은 얼마야?`, `how much of it is Amazon's?`: a figure of one company the article gives only
 * for it together with others (a fact naming several companies, of which the question names one) is
 * not its figure: say so, with the figure they have together.
 */
function sharedFigure(res: Resolution, best: Scored): Answer | undefined {
  const { ask } = res;
  // (the figure says it is theirs together: a total, of several: `총액`, `기업들이 발표한`, `combined`)
  if (!ask.types.has('amount')) return undefined;
  const joint = best.fact.figures.some((f) =>
    ask.engine.lexicon.together.test(`${f.label.ko} ${f.label.en}`),
  );
  // (`그 셋 합쳐서 얼마?`: their figure together is what is asked)
  const askedTogether = ask.terms.some((t) => ask.engine.lexicon.together.test(`${t.surface} ${t.head}`));
  if (!joint || askedTogether) return undefined;
  const business = (id: string) => isBusiness(ask.engine.kb.entities.get(id)?.type);
  const asked = ask.mentions.filter((m) => !m.background && business(m.entity.id)).map((m) => m.entity);
  const together = best.fact.entities.filter(business);
  if (asked.length !== 1 || together.length < 2 || !together.includes(asked[0]!.id)) return undefined;
  const partial = res.partial(res.content.map((t) => t.head));
  if (partial.kind !== 'partial') return partial;
  const entities = together.flatMap((id) => ask.engine.kb.entities.get(id) ?? []);
  const cited = cite(ask.engine, best.fact);
  return {
    ...partial,
    entity: asked[0]!,
    together: entities,
    facts: [cited, ...partial.facts.filter((f) => f.fact.id !== best.fact.id)].slice(0, 4),
  };
}

/**
 * `그 50곳 이름 목록도 기사에 있음?`, `그 기업·기관들 이름 하나라도 나와?`: the names of a group the article
 * only counts (`50여 개 기업 및 기관`) are not in it; the fact that counts them names none of them.
 */
export function namesOfCounted(res: Resolution): Answer | undefined {
  const { ask, best } = res;
  if (!best || !ask.types.has('name') || ask.types.has('person')) return undefined;
  const counted = best.fact.figures.some((f) => f.unit === 'organizations');
  // (a person named stands for their company too: `박우진 그 회사가 협력한다는 곳들 이름`; and whoever said
  // the fact, with their company, is the one that counts them, none of those counted: `그 50여개 기업 중에
  // 어떤 회사들이 있는지` is not 이랜서)
  const entity = (id: string) => ask.engine.kb.entities.get(id);
  const speaker = best.fact.speaker ? entity(best.fact.speaker) : undefined;
  const named = [...ask.mentions.map((m) => m.entity), ...(speaker ? [speaker] : [])].flatMap((e) =>
    [e.id, e.affiliation ?? []].flat(),
  );
  const names = best.fact.entities.some((id) => isBusiness(entity(id)?.type) && !named.includes(id));
  if (!counted || names) return undefined;
  return res.partial([askingWords(ask)[0] ?? 'name']);
}

/** The words that ask (`이름`, `누구`), as read; English ones as typed (`who is`, not `who be`). */
const askingWords = (ask: Ask): string[] =>
  ask.terms
    .filter((t) => t.role === 'question' && !t.background)
    .map((t) => (isHangulWord(t.head) ? t.head : t.surface));
