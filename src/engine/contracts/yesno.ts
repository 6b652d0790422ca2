/**
 * Yes or no (`채널톡도 일본 갔어?`, `업스테이지가 본사를 옮겼다며?`, `…50% 맞아?`): the article's own
 * statement answers; when the question's claim is not quite it, what the article does say, about the
 * subject and about whatever the claim belongs to. About the future, only a plan the article states.
 */

import type { Entity, Figure } from '../../knowledge/schema.ts';
import type { SourcedFact } from '../../knowledge/types.ts';
import { closedBy, readLightVerb, readVerb } from '../../language/korean.ts';
import type { Unit } from '../../language/lexicon.ts';
import { countryByName, isEnglishWord } from '../../language/names.ts';
import { closesAsCopulaQuestion, isCurrency, isVerbalForm, type Term } from '../../language/understand.ts';
import { compactKey, hasHangul, isHangulWord } from '../../search/normalize.ts';
import { type Ask, completeAsk, type Reading } from '../ask.ts';
import { cite, entityAnswerFacts } from '../cards.ts';
import { figureInUnit } from '../fit.ts';
import { COMMON_SHARE } from '../gate.ts';
import type { Resolution } from '../resolution.ts';
import { resolve } from '../resolution.ts';
import { givesFigureAsked, type Scored } from '../retrieve.ts';
import { namesNotKnown } from '../scope.ts';
import { type Answer, type Engine, type Lead, notFoundAnswer, type Verdict } from '../types.ts';
import {
  claimTopics,
  countryOfCompany,
  isBusiness,
  knowsWord,
  nameAlso,
  numbersAgree,
  readsAs,
  textOf,
} from '../words.ts';
import { ofYearsAsked, placesIn } from './facts.ts';

/**
 * About the future (`옮길까?`, `Will … extend …?`, `몇 개나 더 늘어날까?`): only a plan the article
 * states answers it, as a yes or no, or as a figure or date in Korean.
 */
export function speculation(res: Resolution): Answer | undefined {
  const { ask, best } = res;
  const types = ask.types;
  const predicts =
    ask.yesno || (ask.understanding.language === 'ko' && (types.has('amount') || types.has('time')));
  // (a plan answers what it plans, not how it will turn out: `Will its IPO succeed?`)
  const planned =
    !!best &&
    ask.engine.lexicon.answerWords.plan.test(textOf(ask.engine, best.fact).text) &&
    [...res.content, ...ask.terms.filter((t) => t.role === 'predicate' && !t.background)].every(
      (t) => best.words.has(t.head) || t.lexical,
    );
  if (predicts && ask.understanding.speculative && !planned) return res.missingOr(res.content);
  return undefined;
}

/**
 * The claim's verb is one the lexicon knows (`들어가다`, `투자하다`) and the fact does not have: the fact
 * says something else was done (a market grows; nothing went into it).
 */
function doesOtherwise(res: Resolution, best: Scored): boolean {
  return res.found.foregroundWords.some(
    (t) =>
      t.role === 'predicate' &&
      t.synonyms.length > 0 &&
      !best.words.has(t.head) &&
      !knowsWord(res.ask.engine, t.head, false),
  );
}

/** A country the claim places it in must be the fact's (`올거나이즈 미국 법인도 있어?`). */
const placedIn = (res: Resolution, fact: SourcedFact) =>
  res.ask.mentions.every(
    (m) => m.background || m.entity.type !== 'region' || fact.entities.includes(m.entity.id),
  );

/** A verdict on a claim, with the facts that give it and what it leads with. */
function claimAnswer(
  ask: Resolution['ask'],
  facts: readonly SourcedFact[],
  verdict: Verdict,
  lead: Lead,
): Answer {
  return { kind: 'facts', question: ask.text, facts: facts.map((f) => cite(ask.engine, f)), lead, verdict };
}

/** The companies and organisations a fact names: those who did what it says. */
function partiesOf(engine: Engine, fact: SourcedFact): Entity[] {
  return fact.entities.flatMap((id) => engine.kb.entities.get(id) ?? []).filter((e) => isBusiness(e.type));
}

/**
 * The answer to a yes-or-no question the article does not confirm as asked; undefined when it confirms
 * it (every topic word matched, and something of the question beyond the names did).
 */
export function unconfirmedClaim(res: Resolution): Answer | undefined {
  const { ask, best, content } = res;
  if (!ask.yesno) return undefined;
  // (a name the article does not know is never confirmed)
  // (`2023년 투자액이 6097억원이죠?`: a figure the fact gives for another year is no yes, though the fact
  // names both the year and the figure)
  const instead =
    closedGroup(res) ??
    namedInstead(res) ??
    onlyOneOfKind(res) ??
    everyOneOfKind(res) ??
    causeOtherwise(res) ??
    anotherCountrys(res) ??
    authorsView(res) ??
    yearOtherwise(res) ??
    figuresOfTwoFacts(res);
  if (instead) return instead;
  const confirmed =
    best &&
    best.contentHits >= content.length &&
    placedIn(res, best.fact) &&
    (best.contentHits > 0 || res.found.foregroundWords.some((t) => best.words.has(t.head))) &&
    numbersAgree(ask.engine, best.fact, ask.numbers, ask.understanding.amounts, false, true) &&
    !belowBound(res, best) &&
    !doesOtherwise(res, best) &&
    !otherAspect(res, best) &&
    !inOtherCurrency(res, best);
  if (confirmed) return undefined;
  // The article's own sentence may say exactly what the facts do not. Two things paired otherwise than
  // the article pairs them (`노무라증권은 리벨리온 고객이지?`) are set right before anything else.
  return (
    pairedOtherwise(res) ??
    groupsFigure(res) ??
    otherTime(res) ??
    boundOtherwise(res) ??
    denied(res) ??
    figureOtherwise(res) ??
    builtOtherwise(res) ??
    res.passage() ??
    changeOtherwise(res) ??
    nothingEitherWay(res) ??
    claimOfAnother(res) ??
    whatItSays(res)
  );
}

/**
 * `일본 보조금은 반도체 공장 지을 때 주는 거잖아`: the claim puts its own thing before a verb the fact says
 * in a word of its set (`데이터센터 건설 시`): no, what the fact says.
 */
function builtOtherwise(res: Resolution): Answer | undefined {
  const { ask, best, content } = res;
  // (of something the article names, and a word of the claim's own besides the verb the fact says)
  const named = ask.mentions.some((m) => !m.background && best?.fact.entities.includes(m.entity.id));
  const topics = content.filter((t) => t.role === 'topic' && best?.words.has(t.head));
  if (!best || !named || topics.length === 0 || !aboutSubjects(res, best.fact)) return undefined;
  const next = (t: Term) => ask.terms[ask.terms.indexOf(t) + 1];
  const replaced = content.some(
    (t) =>
      t.role === 'topic' &&
      !best.words.has(t.head) &&
      next(t)?.role === 'predicate' &&
      replacedInSlot(res, best, t),
  );
  return replaced ? claimAnswer(ask, [best.fact], { kind: 'no' }, { kind: 'statement' }) : undefined;
}

/**
 * `올거나이즈 일본엔 지사만 낸 거 맞지?`: a thing claimed to be the only one of its kind (`만`, `only`) when
 * a fact of the subject speaks of that kind in other words only (`본사를 일본으로 옮겼다`): no, what that
 * fact says. Other words are those of the thing's topic that are neither its synonyms nor the claim's verb's;
 * the fact has two of them, in one of its languages.
 */
function onlyOneOfKind(res: Resolution): Answer | undefined {
  const { ask } = res;
  const { only } = ask.engine.lexicon.particles;
  const subjects = ask.mentions.filter((m) => m.required && !m.background && m.entity.type !== 'region');
  const claimed = ask.terms.find(
    (t, i) =>
      !t.background &&
      t.role === 'topic' &&
      (only.some((p) => t.surface === t.head + p) || only.includes(ask.terms[i - 1]?.surface ?? '')),
  );
  if (!claimed || subjects.length === 0) return undefined;
  const said = new Set([claimed.head, ...claimed.synonyms]);
  const verbs = new Set(
    ask.terms.filter((t) => t.role === 'predicate').flatMap((t) => [t.head, ...t.forms, ...t.synonyms]),
  );
  const others = claimTopics(ask.engine, [claimed]).flatMap((topic) =>
    topic.words.filter((w) => !said.has(w) && !verbs.has(w) && w.length >= 2),
  );
  // (the fact speaks of it at length, the thing and the deed: `본사를 … 옮겼다`; not a word in passing,
  // `일본 법인에서 거두고 있다`)
  const otherwise = res.found.scored.find((s) => {
    const texts = [s.fact.text.ko, s.fact.text.en.toLowerCase()];
    return (
      subjects.every((m) => s.fact.entities.includes(m.entity.id)) &&
      !texts.some((text) => [...said].some((w) => text.includes(w))) &&
      texts.some((text) => others.filter((w) => text.includes(w)).length >= 2)
    );
  });
  return otherwise ? claimAnswer(ask, [otherwise.fact], { kind: 'no' }, { kind: 'statement' }) : undefined;
}

/** How many words may stand between a word for every one and the word for a company (`모든 AI 기업`). */
const EVERY_SPAN = 3;

/**
 * `법인세 감면 모든 기업이 받아?`, `does every company get the tax cut?`: a policy claimed for every company
 * (or any), when the policy names the companies it is for (`AI 소프트웨어 개발 기업에`): no, what it says.
 */
function everyOneOfKind(res: Resolution): Answer | undefined {
  const { ask, best } = res;
  if (best?.fact.kind !== 'policy') return undefined;
  const { universalWords, companyNouns, answerWords } = ask.engine.lexicon;
  const terms = ask.terms.filter((t) => !t.background);
  const every = terms.some(
    (t, i) =>
      [t.head, t.surface].some((w) => universalWords.has(w.toLowerCase())) &&
      terms.slice(i + 1, i + 1 + EVERY_SPAN).some((u) => readsAs(u, companyNouns)),
  );
  if (!every || !answerWords.companyClass.test(textOf(ask.engine, best.fact).text)) return undefined;
  return claimAnswer(ask, [best.fact], { kind: 'no' }, { kind: 'statement' });
}

/**
 * `일본 노동력 부족이 이민 규제 때문이라고?`, `한국 데이터센터 한계가 물 부족 때문이라던데`: a cause the
 * claim gives for what a fact explains by another (고령화로 인한, 전력 부족으로): no, what the fact says;
 * yes when the fact gives that cause. The claim's cause is the words just before its marker; the fact
 * must share the rest of the claim.
 */
function causeOtherwise(res: Resolution): Answer | undefined {
  const { ask } = res;
  const { causes } = ask.engine.lexicon;
  const words = ask.text
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const at = words.findIndex((w, i) => i > 0 && causes.claim.some((c) => w.toLowerCase().startsWith(c)));
  if (at < 1) return undefined;
  const claimed = words
    .slice(Math.max(0, at - 2), at)
    .map((w) => ask.terms.find((t) => t.surface === w.toLowerCase())?.head ?? w)
    .filter((w) => isHangulWord(w) || w.length > 3);
  const effect = res.content.filter(
    (t) => !claimed.includes(t.head) && !causes.claim.some((c) => t.head.startsWith(c)),
  );
  if (claimed.length === 0 || effect.length === 0) return undefined;
  const explains = (s: Scored) => {
    const { text } = textOf(ask.engine, s.fact);
    return (
      effect.every((t) => s.words.has(t.head)) &&
      (s.fact.kind === 'reason' || causes.fact.some((c) => text.includes(c)))
    );
  };
  const fact = res.found.scored.slice(0, 5).find(explains);
  if (!fact) return undefined;
  const { text } = textOf(ask.engine, fact.fact);
  const compact = text.replace(/\s+/g, '');
  const given = claimed.every((w) => compact.includes(w));
  // (the cause the fact gives, of all the claim names and not said the other way round: yes; given, but
  // the claim says more, the rest of the claim decides)
  const opposite = res.found.scored
    .slice(0, 5)
    .find((s) => effect.every((t) => s.words.has(t.head)) && saysTheOpposite(res, s.fact));
  const whole = ask.mentions.every((m) => m.background || fact.fact.entities.includes(m.entity.id));
  if (given && !opposite && !whole) return undefined;
  const told = given && opposite ? opposite.fact : fact.fact;
  return claimAnswer(ask, [told], { kind: given && !opposite ? 'yes' : 'no' }, { kind: 'statement' });
}

/**
 * `표 보면 한국은 재생에너지 전력망 확충 중이라고 나오지?`: what the claim says of one country the article
 * says of another (in a comparison, the other side's clause): no, whose it is.
 */
function anotherCountrys(res: Resolution): Answer | undefined {
  const { ask, content } = res;
  const { engine } = ask;
  const named = ask.mentions.filter((m) => !m.background && m.required);
  if (named.length !== 1 || named[0]!.entity.type !== 'region' || content.length < 2) return undefined;
  // (of what is, not what may come or what is set apart)
  if (ask.understanding.speculative || ask.setApart.length > 0 || content.some((t) => res.relative(t)))
    return undefined;
  const country = named[0]!.entity;
  // (`미국 빅테크 투자 168억달러 맞아?`: a country that says whose companies they are is no claim of a country's)
  const names = [country.name.ko, country.name.en, ...country.aliases].map((n) => n.toLowerCase());
  const bare = (i: number) => names.includes(ask.terms[i]!.surface.toLowerCase());
  if (named[0]!.terms.some((i) => bare(i) && countryOfCompany(engine, ask.terms, i))) return undefined;
  const most = Math.max(0, ...res.found.scored.map((s) => s.contentHits));
  if (most < 2) return undefined;
  const regions = [...engine.kb.entities.values()].filter((e) => e.type === 'region');
  for (const s of res.found.scored.filter((x) => x.contentHits === most).slice(0, 3)) {
    // (every word of the claim the fact has, but those the article never uses)
    // (nor a verb of how the asker came by it: `표 보면`)
    const unknown = new Set(res.unmatched(s));
    const verb = (t: Term) => readVerb(engine.lexicon.grammar, t.surface).length > 0;
    if (content.some((t) => !s.words.has(t.head) && !unknown.has(t) && !verb(t))) continue;
    // (words that tell it apart, not those most facts use: `정부`, `지원`)
    const said = content
      .filter((t) => s.words.has(t.head) && engine.facts.share(t.head) < COMMON_SHARE)
      .map((t) => t.head);
    // the clause that says it (`…지만, 일본은 재생에너지 …`), and the country it is about
    // (past the row's name both sides share: `정부 지원: 한국은 …지만, 일본은 …`)
    const clause = s.fact.text.ko
      .replace(/^[^:]{1,20}:\s*/, '')
      .split(/지만,?\s*|,\s+/)
      .map((c) => ({ c, hits: said.filter((w) => c.replace(/\s+/g, '').includes(w)).length }))
      .sort((a, b) => b.hits - a.hits)[0];
    if (!clause || clause.hits < 2) continue;
    const owners = regions.filter((r) => clause.c.includes(r.name.ko));
    if (owners.length !== 1) continue;
    if (owners[0]!.id === country.id) return undefined;
    const lead: Lead = { kind: 'entities', entities: owners };
    return claimAnswer(ask, [s.fact], { kind: 'no', correction: lead }, lead);
  }
  return undefined;
}

/**
 * `186억달러 투자 발표한 게 구글, MS, 애플 맞나`, `VC 통계 중소벤처기업부 자료 인용한 거 맞아?`: a claim that
 * puts one the article does not name where the article names others of that kind (구글, MS, AWS; 국회
 * 예산정책처): no, with whom it names. That one is among others (`고객 중에 도요타도 있어?`) it is silent on.
 */
function namedInstead(res: Resolution): Answer | undefined {
  const { ask } = res;
  const { engine } = ask;
  const unknown = namesNotKnown(ask);
  if (unknown.length === 0) return undefined;
  const notFound = notFoundAnswer(ask.text, unknown);
  const also = ask.terms.some(
    (t) => unknown.includes(t.head) && engine.lexicon.alsoParticles.some((p) => t.surface.endsWith(p)),
  );
  if (also || engine.lexicon.membershipWords.test(ask.text)) return notFound;
  const subjects = ask.mentions.filter((m) => m.required && m.entity.type !== 'region');
  const others = (fact: SourcedFact) =>
    partiesOf(engine, fact).filter((e) => !subjects.some((m) => m.entity.id === e.id));
  const fact = res.found.scored.find(
    (s) =>
      s.contentHits >= 1 &&
      subjects.every((m) => s.fact.entities.includes(m.entity.id)) &&
      others(s.fact).length > 0,
  )?.fact;
  if (!fact) return notFound;
  const named = subjects.length > 1 ? partiesOf(engine, fact) : others(fact);
  const lead: Lead = { kind: 'entities', entities: named };
  return claimAnswer(ask, [fact], { kind: 'no', correction: lead }, lead);
}

/**
 * A claim about something the article never mentions (`내년에`, `창업한 해`, `연장돼?`), about the
 * future, in a country the facts do not place the subject in, or of a place they never give: nothing
 * in the article answers it either way.
 */
function nothingEitherWay(res: Resolution): Answer | undefined {
  const { ask, content } = res;
  const never = content.filter(
    (t) =>
      (t.common || res.relative(t)) && !knowsWord(ask.engine, t.head, true) && !ask.numbers.includes(t.head),
  );
  if (never.length > 0 || ask.understanding.speculative)
    return res.missingOr(never.length > 0 ? never : content);
  const doing = unknownDoing(res);
  if (doing.length > 0) return res.missingOr(doing);
  const elsewhere = elsewhereToo(res);
  if (elsewhere) return res.missingOr(elsewhere);
  const place = unplacedPlace(res);
  return place ? res.missingOr(place) : undefined;
}

/** `연장돼?`, `이직했음?`: a doing the article never speaks of. */
function unknownDoing(res: Resolution): Term[] {
  const { engine } = res.ask;
  return res.content.filter((t) => {
    const light = isHangulWord(t.surface) ? readLightVerb(engine.lexicon.grammar, t.surface) : undefined;
    return (
      light?.noun === t.head &&
      (light.lemma === '하다' || light.lemma === '되다') &&
      t.head.length >= 2 &&
      !t.lexical &&
      !knowsWord(engine, t.head, false)
    );
  });
}

/**
 * `올거나이즈 미국 법인도 있어?`, `리벨리온 미국에도 법인 있어?`: also in a country the facts do not place
 * it in; what the article says of the other country does not answer that. The countries named, or none.
 */
function elsewhereToo(res: Resolution): Term[] | undefined {
  const { engine, terms, mentions } = res.ask;
  const asked = mentions.filter((m) => m.required && m.entity.type !== 'region');
  const ofAsked = res.found.scored.filter((s) => asked.every((m) => s.fact.entities.includes(m.entity.id)));
  const also =
    asked.length > 0 &&
    !ofAsked.some((s) => placedIn(res, s.fact)) &&
    terms.some(
      (t, i) =>
        !t.background &&
        isHangulWord(t.surface) &&
        engine.lexicon.alsoParticles.some((p) => t.surface.endsWith(p)) &&
        t.surface !== t.head &&
        !mentions.some((m) => m.terms.includes(i) && m.entity.type !== 'region'),
    );
  return also
    ? terms.filter((_, i) => mentions.some((m) => m.terms.includes(i) && m.entity.type === 'region'))
    : undefined;
}

/**
 * `이랜서 일본 법인은 도쿄에 있어?`: a place to check against a subject the article places nowhere. A
 * place that names something (`the Tokyo stock exchange`, `도쿄 증시`) is no place asked.
 */
function unplacedPlace(res: Resolution): Term[] | undefined {
  const { engine, terms, mentions } = res.ask;
  const isPlace = (t: Term) =>
    [t.head, ...t.forms].some((w) => engine.lexicon.places.includes(w.toLowerCase())) &&
    terms[terms.indexOf(t) + 1]?.role !== 'topic';
  // A place that is a country of its own (`Singapore`) is checked against the country the facts name.
  const isCity = (t: Term) => isPlace(t) && !countryByName().has(compactKey(t.head));
  const placed = (f: SourcedFact) => {
    const text = `${f.text.ko} ${f.text.en}`.toLowerCase();
    return engine.lexicon.places.some((p) => text.includes(p));
  };
  const subjectsPlaced = () =>
    mentions
      .filter((m) => m.required && m.entity.type !== 'region')
      .every((m) => (engine.kb.factsByEntity.get(m.entity.id) ?? []).some(placed));
  return res.content.some(isCity) && !subjectsPlaced() ? res.content.filter(isCity) : undefined;
}

const byContent = (x: Scored, y: Scored) => y.contentHits - x.contentHits || y.score - x.score;

/**
 * The fact that states the claim, whoever it is about: not one about another country's thing, nor one
 * about what is set apart alone (`일본 말고 … 있어?`), nor a group's figure for one of them alone
 * (`MS 일본 투자액만 따로 나와?`).
 */
function claimFact(res: Resolution, ofSubjects = false): Scored | undefined {
  const { ask } = res;
  const { engine, excludedIds, mentionedIds, mentions } = ask;
  const subjects = mentions.filter((m) => m.required && m.entity.type !== 'region');
  const setApartOnly = (fact: SourcedFact) =>
    [...excludedIds].some((id) => fact.entities.includes(id)) &&
    !fact.entities.some((id) => !mentionedIds.has(id) && engine.kb.entities.get(id)?.type === 'region');
  return [...res.found.scored]
    .filter((s) => !res.constrained.belongsElsewhere(s.fact) && !setApartOnly(s.fact))
    .filter((s) => !ask.understanding.alone || mentions.length === 0 || res.constrained.groupOf(s.fact) <= 1)
    .filter(
      (s) =>
        !ofSubjects || (subjects.length > 0 && subjects.every((m) => s.fact.entities.includes(m.entity.id))),
    )
    .sort(byContent)[0];
}

/**
 * The claim is another's (`리벨리온도 상장 준비 중이야?`: 올거나이즈 is): when the article says nothing of
 * the kind about the subject, it does not cover the question; it says whose it is.
 */
function claimOfAnother(res: Resolution): Answer | undefined {
  const { ask, content } = res;
  const { engine, mentions, mentionedIds } = ask;
  const claim = claimFact(res);
  const subjects = mentions.filter((m) => m.required);
  if (!claim || claim.contentHits === 0 || subjects.every((m) => claim.fact.entities.includes(m.entity.id)))
    return undefined;
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
  if (!unrelated) return undefined;
  // (named without `too`, `업스테이지가 상장 준비한다는 게 사실이야?`, the claim gives it another's deed: no, and whose)
  // (a plan asked, `리벨리온 상장 계획 있어?`, is a question, not a claim: the article is only silent on it)
  const too = unrelated.terms.some((i) => nameAlso(engine, ask.terms[i]!.surface));
  const { hearsayEndings, quotativeEndings, backgroundMarkers } = engine.lexicon;
  const claimed = [
    ...hearsayEndings,
    ...quotativeEndings,
    ...backgroundMarkers,
    ...engine.lexicon.claimClauses,
  ];
  const claims = ask.terms.some((t) => closedBy(t.surface, claimed));
  // (nor one named as who did it, `상장 준비 중인 회사가 리벨리온이야?`: no, and who did)
  const at = Math.max(...unrelated.terms);
  // (in English the name first, then what it is said to be: `Is Rebellions the one preparing an IPO?`)
  const next = ask.terms.slice(at + 1).find((t) => t.surface !== 'the' && t.role !== 'predicate');
  const { itemNouns } = engine.lexicon.referring;
  const identified =
    (!ask.terms.slice(at + 1).some((t) => t.role === 'topic' || t.role === 'predicate') &&
      ask.terms.slice(0, at).some((t) => readsAs(t, engine.lexicon.companyNouns))) ||
    (ask.understanding.language === 'en' &&
      !!next &&
      (readsAs(next, engine.lexicon.companyNouns) || itemNouns.has(next.surface)));
  // (one named as who did it needs only one word that tells the deed: `the one preparing an IPO`)
  const another = !too && (claims || identified) ? doneByAnother(res, identified ? 1 : 2) : undefined;
  if (another)
    return claimAnswer(
      ask,
      [another.fact, ...another.more],
      { kind: 'no', correction: another.lead },
      another.lead,
    );
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

/**
 * What the article says of the claim, from the fact that states most of it about its subject: no, with
 * its own figure, place, name or statement, when it says otherwise; yes, when what the claim has and
 * the fact does not is only a way of putting it; otherwise that it does not say it, with what it does
 * say.
 */
function whatItSays(res: Resolution): Answer {
  const { ask, content } = res;
  const { owned } = res.constrained;
  const answer = (fact: SourcedFact, verdict: Verdict, lead: Lead, more: SourcedFact[] = []): Answer =>
    claimAnswer(ask, [fact, ...more], verdict, lead);
  const other = otherEntity(res);
  if (other)
    return answer(other.facts[0]!, { kind: 'no', correction: other.lead }, other.lead, other.facts.slice(1));
  const only = onlyAnother(res);
  if (only) return answer(only.fact, { kind: 'no', correction: only.lead }, only.lead);
  // (what the article only says of another: no, and who, where the one named has nothing to set it right)
  const partialOr = (missing: readonly string[]) => {
    const another = doneByAnother(res);
    return another
      ? answer(another.fact, { kind: 'no', correction: another.lead }, another.lead, another.more)
      : res.partial(missing);
  };
  // (of the facts about the claim's subjects, when there are some)
  const claim = claimFact(res, true) ?? claimFact(res);
  // (a country's own thing in the slot where the fact has another, `중국은 자율주행이 세계 최고`: no, what it says)
  if (claim && owned && !claim.words.has(owned.head))
    return replacedInSlot(res, claim, owned)
      ? answer(claim.fact, { kind: 'no' }, { kind: 'statement' })
      : res.missingOr([owned]);
  // (`채널톡은 일본 법인 이미 세웠지?` where the fact says it is under way: no, what it says)
  if (claim && otherAspect(res, claim)) return answer(claim.fact, { kind: 'no' }, { kind: 'statement' });
  if (!claim || claim.contentHits * 2 < content.length || !aboutSubjects(res, claim.fact)) {
    const onTopic = topicFact(res);
    if (onTopic) return answer(onTopic.fact, { kind: 'no' }, { kind: 'statement' }, whoseClaim(res, onTopic));
    const point = pointStated(res);
    if (point) return answer(point.fact, { kind: 'no' }, { kind: 'statement' }, whoseClaim(res, point));
    if (claim && claim.contentHits * 2 >= content.length) return partialOr(content.map((t) => t.head));
    const another = doneByAnother(res);
    if (another)
      return answer(another.fact, { kind: 'no', correction: another.lead }, another.lead, another.more);
    return res.missingOr(content);
  }
  const correction = contradiction(res, claim);
  if (correction) return answer(claim.fact, { kind: 'no', correction }, correction);
  // (a year or number the article gives nothing for: it is silent on the claim)
  if (
    !numbersAgree(
      ask.engine,
      claim.fact,
      ask.numbers.filter((n) => /^[0-9]+$/.test(n)),
      ask.understanding.amounts,
    )
  )
    return partialOr(content.map((t) => t.head));
  if (saysTheOpposite(res, claim.fact)) return answer(claim.fact, { kind: 'no' }, { kind: 'statement' });
  // (`해외 VC 투자 2023년엔 늘었지?`: the fact gives the figure, another of the same says it fell: no)
  const opposite = oppositeStated(res, claim.contentHits);
  if (opposite) return answer(opposite.fact, { kind: 'no' }, { kind: 'statement' });
  const missing = content.filter((t) => !claim.words.has(t.head));
  if (missing.every((t) => !saysSomethingElse(res, t)))
    return answer(claim.fact, { kind: 'yes' }, { kind: 'statement' });
  // (`일본이 법인세 깎아주고 데이터센터 보조금도 준다던데`: two claims in one, the rest of it another fact's of the
  // same subjects, all of it: yes, both)
  const second =
    missing.length >= 2
      ? res.found.scored.find(
          (s) => s !== claim && aboutSubjects(res, s.fact) && missing.every((t) => s.words.has(t.head)),
        )
      : undefined;
  if (second) return answer(claim.fact, { kind: 'yes' }, { kind: 'statement' }, [second.fact]);
  if (sameTopicOtherWord(res, claim, missing))
    return answer(claim.fact, { kind: 'no' }, { kind: 'statement' }, whoseClaim(res, claim));
  // What the claim has and the fact lacks is said in the article's own words elsewhere (`관심`): what
  // the fact says. A detail the article never gives (`시부야`, `코스닥`, `직원`) it is silent on.
  if (missing.every((t) => !aDetailNeverGiven(res, t) && !t.common))
    return answer(claim.fact, { kind: 'says' }, { kind: 'statement' });
  // `원전 기반 전력망`, `코스닥 상장`, where the fact says `재생에너지 기반`, `증시 상장`: no, what it says.
  if (missing.some((t) => replacedInSlot(res, claim, t)))
    return answer(claim.fact, { kind: 'no' }, { kind: 'statement' });
  const point = pointStated(res);
  if (point) return answer(point.fact, { kind: 'no' }, { kind: 'statement' }, whoseClaim(res, point));
  return partialOr(missing.map((t) => t.head));
}

/** A noun that names a doing (`설립`, `상장`): what is done, not the point it is done on. */
const isVerbalNoun = (engine: Engine, t: Term) =>
  engine.lexicon.knows(`${t.head}하다`) || readVerb(engine.lexicon.grammar, `${t.head}하다`).length > 0;

/** How many facts a word may be in and still name one point of the article (`보조금`, `전력망`). */
const POINT_FACTS = 3;

/**
 * `일본 보조금은 반도체 공장 지을 때 주는 거라며?`, `일본은 원전으로 전력망 늘린다며?`: the claim is on a point
 * the article makes of its subject in one or two facts (a word few facts use: `보조금`, `전력망`), with a
 * detail of its own where the article gives another: no, what the article says on that point.
 */
function pointStated(res: Resolution): Scored | undefined {
  const { ask, content } = res;
  const { engine } = ask;
  // (in Korean, of a subject named, with no figure of its own; not `이랜서도 …`, what another does too)
  // (nor what is set apart, `구글 말고 … 또 있어?`, which asks for others)
  if (
    ask.understanding.language !== 'ko' ||
    ask.numbers.length > 0 ||
    ask.excludedIds.size > 0 ||
    !ask.mentions.some((m) => m.required)
  )
    return undefined;
  if (ask.terms.some((t) => nameAlso(engine, t.surface))) return undefined;
  const isPlace = (t: Term) => engine.lexicon.places.includes(t.head.toLowerCase());
  const rare = (t: Term) =>
    t.role === 'topic' &&
    t.head.length >= 2 &&
    !t.common &&
    !isPlace(t) &&
    !isVerbalNoun(engine, t) &&
    engine.facts.share(t.head) * engine.kb.facts.size <= POINT_FACTS;
  const on = [...res.found.scored]
    .filter((s) => aboutSubjects(res, s.fact) && !res.constrained.belongsElsewhere(s.fact))
    .filter((s) => {
      // (said in the fact's own words, not matched by a typo or a word of the same set)
      const text = textOf(engine, s.fact).text.toLowerCase();
      return content.some((t) => rare(t) && s.words.has(t.head) && text.includes(t.head));
    })
    .sort(byContent)[0];
  if (!on) return undefined;
  // (the detail is a thing named, not a doing: `바뀐거임?` asks whether it changed)
  const detail = content.filter((t) => !on.words.has(t.head));
  const named = (t: Term) =>
    t.role === 'topic' && !/^[0-9]/.test(t.head) && !isVerbalForm(t.surface, engine.lexicon);
  // (a where of its own the article never names, `시부야에`, is a detail it is silent on)
  const elsewhere = (t: Term) =>
    engine.lexicon.particles.place.some((p) => t.surface === `${t.head}${p}`) &&
    !knowsWord(engine, t.head, false);
  // (nor is one of the alternatives offered, `그로스시장임 프라임시장임?`, a detail claimed: a choice asked)
  return detail.length > 0 &&
    detail.every(named) &&
    !detail.some(elsewhere) &&
    !detail.some((t) => t.alternative)
    ? on
    : undefined;
}

/**
 * The claim puts its own word where the fact has another, before the same word (`원전 기반` where the
 * fact says `재생에너지 기반`, `중소벤처기업부 자료` where it says `예산정책처 자료`).
 */
function replacedInSlot(res: Resolution, claim: Scored, t: Term): boolean {
  const { terms } = res.ask;
  const next = terms[terms.indexOf(t) + 1];
  if (!next || !claim.words.has(next.head) || !isHangulWord(t.head)) return false;
  // (or before a verb the fact says in a word of its set: `공장 지을 때` where it says `데이터센터 건설 시`)
  const ways =
    next.role === 'topic'
      ? [next.head]
      : next.role === 'predicate'
        ? [next.head, ...next.synonyms].filter((w) => isHangulWord(w) && w.length >= 2)
        : [];
  const words = claim.fact.text.ko.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && ways.some((x) => w.startsWith(x)));
  const before = at > 0 ? words[at - 1]!.replace(/[^가-힣A-Za-z0-9]/g, '') : '';
  return before.length >= 2 && !before.startsWith(t.head) && !t.head.startsWith(before);
}

/**
 * `리벨리온이 본사를 일본으로 옮겼다며?`: no fact of the subject says the claim, but one speaks of the
 * same thing (a presence abroad: `도쿄에 첫 해외법인을 설립했다`) in other words: what it says instead.
 */
function topicFact(res: Resolution): Scored | undefined {
  const { engine, mentions } = res.ask;
  const subjects = mentions.filter((m) => m.required && m.entity.type !== 'region');
  if (subjects.length === 0) return undefined;
  const topics = claimTopics(engine, res.content);
  if (topics.length === 0) return undefined;
  return res.found.scored.find(
    (s) =>
      subjects.every((m) => s.fact.entities.includes(m.entity.id)) &&
      topics.every((topic) => topic.pattern.test(textOf(engine, s.fact).text)),
  );
}

/**
 * A detail of the claim that the article never gives: an everyday noun (`직원`), a number, a Korean
 * noun or a name it never uses (`시부야`, `Shibuya`). An English word of its own (`interested`) is a
 * paraphrase.
 */
function aDetailNeverGiven(res: Resolution, t: Term): boolean {
  if (t.common || /^[0-9]/.test(t.head)) return true;
  if (knowsWord(res.ask.engine, t.head, false)) return false;
  return isHangulWord(t.head) || !isEnglishWord(t.head);
}

/** The fact is about every entity the claim is about. */
const aboutSubjects = (res: Resolution, fact: SourcedFact) =>
  res.ask.mentions.every((m) => !m.required || fact.entities.includes(m.entity.id));

/**
 * A word of the claim the fact does not have that says something else than the fact: a word the
 * article uses elsewhere (`본사` where the fact says `오피스`), an everyday noun, a number. A quantity in
 * words (`대부분`) is checked as a figure, not as a word.
 */
function saysSomethingElse(res: Resolution, t: Term): boolean {
  const { lexicon } = res.ask.engine;
  const forms = [t.head, t.surface, ...t.forms];
  if (forms.some((w) => lexicon.claimModifiers.has(w))) return false;
  if (lexicon.quantities.some((q) => forms.includes(q.join(' ')))) return false;
  // (a Korean noun the article never uses, or a name, is a detail of its own: `시부야`)
  return (
    t.common ||
    /^[0-9]/.test(t.head) ||
    knowsWord(res.ask.engine, t.head, false) ||
    (t.role === 'topic' && aDetailNeverGiven(res, t))
  );
}

/**
 * `박우진 대표가 올거나이즈 대표죠?`, `이랜서 대표가 박성현 아니었나`: the claim puts its subject with an
 * entity where the article has another of the same kind (이랜서, 박우진): that one, and the fact saying so.
 */
/**
 * `이랜서 내년부터 일본 프로젝트 한다며`: a time said relatively (`내년`) where the fact about the same
 * gives another (`다음 달부터`): no, what it says.
 */
function otherTime(res: Resolution): Answer | undefined {
  const { ask } = res;
  const { relativeTimes } = ask.engine.lexicon;
  const asked = res.content.filter((t) => res.relative(t));
  if (asked.length === 0) return undefined;
  const times = relativeTimes.map((p) => p.join(' ')).filter((p) => hasHangul(p));
  const saidIn = (fact: SourcedFact) => times.filter((p) => ` ${fact.text.ko} `.includes(` ${p}`));
  // (the fact about the claim's subject that says the rest of it, with a time of its own)
  const claim = res.found.scored.find(
    (s) => s.contentHits >= 1 && aboutSubjects(res, s.fact) && saidIn(s.fact).length > 0,
  );
  if (!claim) return undefined;
  const said = saidIn(claim.fact);
  if (asked.some((t) => said.some((p) => p === t.head || t.forms.includes(p)))) return undefined;
  return claimAnswer(ask, [claim.fact], { kind: 'no' }, { kind: 'statement' });
}

function pairedOtherwise(res: Resolution): Answer | undefined {
  const { engine } = res.ask;
  // (`이랜서 고객사 중에 노무라증권 있음?`: that one is among another's the article is silent on)
  if (engine.lexicon.membershipWords.test(res.ask.text)) return undefined;
  const other = otherEntity(res);
  if (!other) return undefined;
  return claimAnswer(res.ask, other.facts, { kind: 'no', correction: other.lead }, other.lead);
}

function otherEntity(res: Resolution): { facts: SourcedFact[]; lead: Lead } | undefined {
  const { engine, mentions } = res.ask;
  const subjects = mentions.filter((m) => m.required && m.entity.type !== 'region');
  if (subjects.length !== 2) return undefined;
  // Each side, with what the article pairs it with instead: `이창수 … 리벨리온 대표 맞죠?` is told both
  // that 이창수 heads 올거나이즈 and that 리벨리온's CEO is 박성현.
  const facts: SourcedFact[] = [];
  const instead: Entity[] = [];
  for (const [subject, other] of [subjects, [...subjects].reverse()] as const) {
    const fact = res.found.scored.find(
      (s) =>
        s.fact.entities.includes(subject!.entity.id) &&
        !s.fact.entities.includes(other!.entity.id) &&
        (res.content.length === 0 || s.contentHits > 0),
    )?.fact;
    const entities = fact?.entities
      .map((id) => engine.kb.entities.get(id))
      .filter((e): e is Entity => !!e && e.type === other!.entity.type && e.id !== subject!.entity.id);
    if (!fact || !entities || entities.length === 0 || facts.includes(fact)) continue;
    facts.push(fact);
    // (the one the fact is about, when it names it first: `올거나이즈는 노무라증권, SMBC 등을 고객으로`)
    const first = entities.filter((e) => fact.text.ko.startsWith(e.name.ko));
    instead.push(...(first.length > 0 ? first : entities).filter((e) => !instead.includes(e)));
  }
  return facts.length > 0 ? { facts, lead: { kind: 'entities', entities: instead } } : undefined;
}

/** The fact's amounts of money, where the claim gives one of them in another currency (`450억 달러` for 450억 엔). */
function inOtherCurrency(res: Resolution, claim: Scored): Figure[] | undefined {
  const { ask } = res;
  const digits = ask.numbers.filter((n) => /^[0-9]+$/.test(n));
  const currencies = claim.fact.figures.filter((f) => figureInUnit(f.unit, 'money'));
  const unit = isCurrency(ask.unit) ? ask.unit : currencyClaimed(ask);
  const other =
    digits.length > 0 &&
    !!unit &&
    currencies.some((f) => digits.some((d) => String(f.value).startsWith(d))) &&
    !currencies.some((f) => figureInUnit(f.unit, unit));
  return other ? currencies : undefined;
}

/** The currency typed after a number the claim gives (`450억 달러라던데`): its word, with what closes it. */
function currencyClaimed(ask: Resolution['ask']): Unit | undefined {
  const { unitWords } = ask.engine.lexicon;
  // (longest first: `엔화` before `엔`)
  const words = [...unitWords.keys()]
    .filter((w) => isCurrency(unitWords.get(w)) && hasHangul(w))
    .sort((a, b) => b.length - a.length);
  for (const [i, t] of ask.terms.entries()) {
    if (i === 0 || !ask.terms.slice(Math.max(0, i - 2), i).some((b) => /^[0-9]+$/.test(b.head))) continue;
    const word = words.find((w) => t.surface.startsWith(w));
    if (word) return unitWords.get(word);
  }
  return undefined;
}

/**
 * Where the article says otherwise than the claim (`1000억 엔이라며?`, `moved to Singapore?`): its own
 * figure, of the unit the claim gives, or its own place; nothing when it only does not say the same. A
 * year the article gives no figure for is no contradiction (it is silent on it), unless the claim is
 * of a deadline.
 */
function contradiction(res: Resolution, claim: Scored): Lead | undefined {
  const { ask } = res;
  const { engine } = ask;
  const digits = ask.numbers.filter((n) => /^[0-9]+$/.test(n));
  // `450억 달러 맞아?`, `450억 달러라던데`: the article's figure in another currency.
  const currencies = inOtherCurrency(res, claim);
  if (currencies) return { kind: 'figures', figures: currencies };
  // (`매출 절반이 일본이라던데`: a share in words against the article's percentage)
  const shares = ask.terms.flatMap((t) => {
    const value = [t.head, ...t.forms]
      .map((w) => engine.lexicon.quantityPercents.get(w))
      .find((v) => v !== undefined);
    return value === undefined ? [] : [value];
  });
  const percents = claim.fact.figures.filter((f) => f.unit === 'percent');
  if (
    shares.length > 0 &&
    percents.length > 0 &&
    shares.every((v) => percents.every((f) => Math.abs(f.value - v) > v / 8))
  )
    return { kind: 'figures', figures: percents };
  // (a year the fact has is no contradiction: `2021년 … 2조였어?` disagrees in its amount)
  const disagreeing = digits.filter(
    (d) => !numbersAgree(engine, claim.fact, [d], ask.understanding.amounts, false, true),
  );
  if (disagreeing.length > 0) {
    const year = disagreeing.some((n) => /^(19|20)[0-9]{2}$/.test(n));
    const figures = year
      ? claim.fact.figures.filter((f) => f.qualifier === 'until' || f.unit === 'year')
      : claim.fact.figures.filter(
          (f) => f.unit !== 'year' && f.unit !== 'count' && figureInUnit(f.unit, ask.unit),
        );
    const ofYears = ofYearsAsked(figures, ask.numbers);
    return ofYears.length > 0 ? { kind: 'figures', figures: ofYears } : undefined;
  }
  if (claimedPlaces(res, claim.fact).length === 0) return undefined;
  const places = placesIn(engine, claim.fact, ask.mentionedIds, false);
  return places.length > 0 ? { kind: 'places', places } : undefined;
}

/**
 * `이랜서 41만 명에 일본 기업 50여 곳이랑 협력한다던데 맞아?`: two figures claimed, each given by a fact of
 * the claim's subjects, and every other word the claim has said by one of them (or of nothing else): yes,
 * with both facts.
 */
function figuresOfTwoFacts(res: Resolution): Answer | undefined {
  const { ask, content } = res;
  const digits = ask.numbers.filter((n) => /^[0-9]+$/.test(n));
  if (digits.length < 2) return undefined;
  const first = res.found.scored.find(
    (s) => aboutSubjects(res, s.fact) && digits.some((d) => givesNumber(res, s, d)),
  );
  const others = first ? numbersElsewhere(res, first, digits) : undefined;
  if (!first || !others) return undefined;
  const facts = [first, ...others];
  if (!content.every((t) => facts.some((s) => s.words.has(t.head)) || !saysSomethingElse(res, t)))
    return undefined;
  return claimAnswer(
    ask,
    facts.map((s) => s.fact),
    { kind: 'yes' },
    { kind: 'statement' },
  );
}

/**
 * The facts about the claim's subjects that give the numbers its fact does not (a claim of two figures,
 * each of its own fact); none when one of them no fact gives, or when the fact gives none of them.
 */
function numbersElsewhere(res: Resolution, claim: Scored, digits: readonly string[]): Scored[] | undefined {
  const own = digits.filter((d) => givesNumber(res, claim, d));
  if (own.length === 0 || own.length === digits.length) return undefined;
  const out: Scored[] = [];
  for (const d of digits.filter((n) => !own.includes(n))) {
    const other = res.found.scored.find(
      (s) => s !== claim && aboutSubjects(res, s.fact) && givesNumber(res, s, d),
    );
    if (!other) return undefined;
    if (!out.includes(other)) out.push(other);
  }
  return out;
}

/** The fact gives a number claimed, as a claim is checked (an amount said roughly agrees with one near it). */
const givesNumber = (res: Resolution, s: Scored, digits: string): boolean =>
  numbersAgree(res.ask.engine, s.fact, [digits], res.ask.understanding.amounts, false, true);

/** A fact about the claim's subjects, of as much of it, that says the opposite of what it claims. */
function oppositeStated(res: Resolution, hits: number): Scored | undefined {
  return res.found.scored.find(
    (s) => s.contentHits >= hits && aboutSubjects(res, s.fact) && saysTheOpposite(res, s.fact),
  );
}

/**
 * `VC 투자액은 2021년 이후로 늘어났다는 거죠?`: a change claimed in words the article never uses, where a
 * fact on the same says the opposite change: no, what it says (not that the article is silent).
 */
function changeOtherwise(res: Resolution): Answer | undefined {
  const opposite = oppositeStated(res, Math.max(1, res.content.length - 1));
  return opposite ? claimAnswer(res.ask, [opposite.fact], { kind: 'no' }, { kind: 'statement' }) : undefined;
}

/** `늘었지?` where the fact says `줄었다`: the claim says the opposite of the fact. */
function saysTheOpposite(res: Resolution, fact: SourcedFact): boolean {
  const { ask } = res;
  const question = ask.text;
  const text = ask.understanding.language === 'ko' ? fact.text.ko : fact.text.en;
  return ask.engine.lexicon.opposites.some(
    ([a, b]) =>
      (a.test(question) && b.test(text) && !a.test(text)) ||
      (b.test(question) && a.test(text) && !b.test(text)),
  );
}

/**
 * The claim says, of a thing the fact speaks of (a presence abroad, a listing, a stage), another thing
 * than the fact does (`본사` where it says `법인`, `이미` where it says `추진 중`): it says otherwise.
 */
function sameTopicOtherWord(res: Resolution, claim: Scored, missing: readonly Term[]): boolean {
  const { engine } = res.ask;
  const text = textOf(engine, claim.fact).text;
  return claimTopics(engine, missing).some((topic) => topic.pattern.test(text));
}

/**
 * `AI Act 미국이 세계 최초로 만든 거 맞지?`: what only one can be (the first, the only) the article gives
 * to another of the same kind (the EU): no, and whom it gives it to.
 */
function onlyAnother(res: Resolution): { fact: SourcedFact; lead: Lead } | undefined {
  const { ask, content } = res;
  const { exclusiveWords } = ask.engine.lexicon;
  const subject = ask.mentions.find((m) => m.required && !m.background)?.entity;
  if (!subject || !exclusiveWords.test(ask.text) || content.length < 2) return undefined;
  const fact = res.found.scored.find(
    (s) =>
      s.contentHits >= content.length - 1 &&
      !s.fact.entities.includes(subject.id) &&
      exclusiveWords.test(`${s.fact.text.ko} ${s.fact.text.en}`),
  )?.fact;
  const others = fact?.entities
    .flatMap((id) => ask.engine.kb.entities.get(id) ?? [])
    .filter((e) => e.type === subject.type);
  return fact && others && others.length > 0
    ? { fact, lead: { kind: 'entities', entities: others } }
    : undefined;
}

/**
 * `AI Act 미국에서 처음 만든 법이죠?`, `뤼튼이 도쿄에 오피스 연 거 아니었어?`, `업스테이지가 본사를 일본으로
 * 옮기고 상장까지 준비한다던데`: all the claim says, the article says of another of the same kind (the EU,
 * 업스테이지, 올거나이즈), and of the one named less: no, and who it was. One said `too` (`리벨리온도`)
 * claims nothing of the other, so the article is only silent on it.
 */
function doneByAnother(
  res: Resolution,
  tellingWords = 2,
): { fact: SourcedFact; lead: Lead; more: SourcedFact[] } | undefined {
  const { ask, content } = res;
  const { engine } = ask;
  const subjects = ask.mentions.filter((m) => m.required && !m.background);
  const subject = subjects.length === 1 ? subjects[0]! : undefined;
  const telling = content.filter((t) => !t.common && engine.facts.share(t.head) < COMMON_SHARE);
  if (!subject || telling.length < tellingWords || telling.length < content.length - 1) return undefined;
  if (subject.terms.some((i) => nameAlso(engine, ask.terms[i]!.surface))) return undefined;
  const { id, type } = subject.entity;
  const own = res.found.scored.filter((s) => s.fact.entities.includes(id));
  if (own.some((s) => s.contentHits >= content.length)) return undefined;
  // Of each other one of the kind, the facts about it that say some of the claim, best first.
  const others = new Map<string, Scored[]>();
  for (const s of res.found.scored.slice(0, 12)) {
    if (s.contentHits === 0 || s.fact.entities.includes(id)) continue;
    for (const other of s.fact.entities)
      if (!ask.mentionedIds.has(other) && engine.kb.entities.get(other)?.type === type)
        others.set(other, [...(others.get(other) ?? []), s]);
  }
  for (const [other, facts] of others) {
    const said = (t: Term) => facts.some((s) => s.words.has(t.head));
    const used = facts.filter(
      (s, i) => i === 0 || content.some((t) => s.words.has(t.head) && !facts[0]!.words.has(t.head)),
    );
    const entity = engine.kb.entities.get(other);
    if (!entity || !content.every(said) || used.length > 2) continue;
    // (and what the one named did: `뤼튼은 일본 시장 진출`, `중국은 국가 주도의 대규모 AI 투자`)
    const onPoint = own.find((s) => telling.some((t) => s.words.has(t.head)));
    const ownFact = onPoint?.fact ?? entityAnswerFacts(engine, subject.entity)[0]?.fact;
    return {
      fact: used[0]!.fact,
      lead: { kind: 'entities', entities: [entity] },
      more: [...used.slice(1).map((s) => s.fact), ...(ownFact ? [ownFact] : [])],
    };
  }
  return undefined;
}

/**
 * `글쓴이는 기업들이 해외로 나가는 걸 무조건 나쁘게 봐?`, `필자가 반대해?`: a claim of the author's stance is
 * answered by what the author says on it (the article's own words, no yes or no of ours): the author's
 * views that speak of what the claim is about.
 */
function authorsView(res: Resolution): Answer | undefined {
  const { ask, content } = res;
  const { engine } = ask;
  if (!ask.understanding.articleFields.has('author') || !ask.types.has('opinion')) return undefined;
  const telling = content.filter((t) => !t.common && engine.facts.share(t.head) < COMMON_SHARE);
  const views = res.found.scored.filter(
    (s) => s.fact.kind === 'opinion' && telling.some((t) => s.words.has(t.head)),
  );
  if (views.length === 0) return undefined;
  return claimAnswer(
    ask,
    views.slice(0, 3).map((s) => s.fact),
    { kind: 'says' },
    { kind: 'statement' },
  );
}

/**
 * `186억 달러 발표한 곳에 오픈AI도 들어가?`, `…구글도 포함돼?`: one claimed to be among those a figure the
 * question gives is the article's for, which it names all of: yes or no, and who they are.
 */
function closedGroup(res: Resolution): Answer | undefined {
  const { ask } = res;
  const { engine } = ask;
  const unknown = namesNotKnown(ask);
  const claimed = ask.mentions
    .filter((m) => m.required && m.entity.type !== 'region')
    .map((m) => m.entity.id);
  // (`구글 혼자 186억달러?` claims it is one's alone: `groupsFigure`)
  if (unknown.length + claimed.length !== 1 || ask.understanding.alone) return undefined;
  // (or, asked whether it is among them, `미국 빅테크에 마소도 포함임?`, a fact naming it among others that
  // says what the group is: yes; what is not named among such a group, the article may only leave out)
  const member = engine.lexicon.membershipWords.test(ask.text);
  // (one never named, of a country's group, `중국 기업 중에 딥시크도?`: a group of that country)
  const regions = ask.mentions.filter((m) => !m.background && m.entity.type === 'region');
  const placed = (fact: SourcedFact) =>
    unknown.length === 0 || regions.every((m) => fact.entities.includes(m.entity.id));
  const group = res.found.scored.find(
    (s) =>
      res.constrained.groupOf(s.fact) > 1 &&
      placed(s.fact) &&
      (givesFigureAsked(ask, s.fact) ||
        (member && s.contentHits >= 2 && claimed.every((id) => s.fact.entities.includes(id)))),
  )?.fact;
  if (!group) return undefined;
  const among = claimed.some((id) => group.entities.includes(id));
  const lead: Lead = { kind: 'entities', entities: partiesOf(engine, group) };
  // (one the article never names, `메타도 있지?`: whom it does name; of the others it says nothing)
  const verdict: Verdict = among
    ? { kind: 'yes' }
    : unknown.length > 0
      ? { kind: 'says' }
      : { kind: 'no', correction: lead };
  return claimAnswer(ask, [group], verdict, lead);
}

/**
 * `빅테크 중에 메타도 있지?`, `186억 달러 발표한 곳에 애플도 끼어 있지?`: one the article never names, claimed
 * to be among a group it names: whom the article names in it. Anything else with a name it does not know
 * is no question of the article.
 */
export function unknownAmong(reading: Reading): Answer | undefined {
  const { engine, understanding } = reading;
  if (!understanding.types.has('yesno') || !engine.lexicon.membershipWords.test(reading.text))
    return undefined;
  if (namesNotKnown(reading).length !== 1) return undefined;
  return closedGroup(resolve(completeAsk(reading)));
}

/**
 * `구글 혼자 186억달러 투자한다는 거임?`, `그거 MS 혼자 금액임?`: a figure the article gives for several
 * claimed of one of them alone: no, it is theirs together.
 */
export function groupsFigure(res: Resolution): Answer | undefined {
  const { ask } = res;
  const { engine } = ask;
  const subjects = ask.mentions.filter((m) => m.required && m.entity.type !== 'region');
  // (`구글 혼자 얼마 투자함?` asks the share, which the article does not give)
  const asksHowMuch = ask.terms.some(
    (t) => !t.background && [t.head, ...t.forms].some((w) => engine.lexicon.interrogatives.has(w)),
  );
  // (and `구글 단독 몫은?` what it is; `그거 MS 혼자 금액임?` claims it is the one's)
  const last =
    ask.text
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.replace(/[^\p{L}]+$/u, '') ?? '';
  const claims = ask.yesno || closesAsCopulaQuestion(last);
  if (!ask.understanding.alone || subjects.length !== 1 || asksHowMuch || !claims) return undefined;
  const [subject] = subjects;
  const group = res.found.scored.find(
    (s) =>
      s.fact.entities.includes(subject!.entity.id) &&
      res.constrained.groupOf(s.fact) > 1 &&
      (givesFigureAsked(ask, s.fact) || (ask.understanding.anaphora && s.fact.figures.length > 0)),
  )?.fact;
  if (!group) return undefined;
  const lead: Lead = { kind: 'entities', entities: partiesOf(engine, group) };
  return claimAnswer(ask, [group], { kind: 'no', correction: lead }, lead);
}

/**
 * `이랜서에 등록된 프리랜서가 14만 명이라고 기사에 나왔죠?`: a count claimed of what a fact about the one
 * named counts otherwise, in the same unit: no, the article's figure, whatever else the claim says.
 */
function figureOtherwise(res: Resolution): Answer | undefined {
  const { ask } = res;
  if (ask.unit !== 'people' && ask.unit !== 'organizations') return undefined;
  const named = ask.mentions.filter((m) => m.required).map((m) => m.entity.id);
  const claim = res.found.scored
    .slice(0, 5)
    .find(
      (s) =>
        s.contentHits > 0 &&
        named.every((id) => s.fact.entities.includes(id)) &&
        s.fact.figures.some((f) => figureInUnit(f.unit, ask.unit)),
    );
  const correction = claim ? contradiction(res, claim) : undefined;
  if (!claim || correction?.kind !== 'figures') return undefined;
  return claimAnswer(ask, [claim.fact], { kind: 'no', correction }, correction);
}

/** The figures of a fact in the unit asked (`원화로 30조` → its won), or all of its amounts when none is said. */
function figuresAsked(res: Resolution, fact: SourcedFact) {
  const { ask } = res;
  // (the currency of the figure claimed, `200억 달러 넘지?`, when no unit is asked)
  const currency = ask.terms
    .flatMap((t) => [t.head, ...t.forms].map((w) => ask.engine.lexicon.unitWords.get(w)))
    .find((u) => isCurrency(u));
  return fact.figures.filter((f) => figureInUnit(f.unit, ask.unit ?? currency));
}

/**
 * `빅테크 일본 투자 원화로 30조 넘지?`: a claim that a figure is at least so much, of a fact whose figures in
 * that unit are all less.
 */
function belowBound(res: Resolution, claim: Scored): boolean {
  const bounds = res.ask.understanding.atLeast;
  const figures = figuresAsked(res, claim.fact);
  return bounds.length > 0 && figures.length > 0 && !bounds.every((b) => figures.some((f) => f.value >= b));
}

/**
 * `예산정책처 자료는 2022년 기준 2318억원이라고 했던가`: the amount claimed is a figure the article gives for
 * another year: no, and the year it is of.
 */
function yearOtherwise(res: Resolution): Answer | undefined {
  const { ask } = res;
  const years = ask.terms
    .filter((t) => !t.background && /^(19|20)[0-9]{2}$/.test(t.head))
    .map((t) => Number(t.head));
  const { amounts } = ask.understanding;
  if (years.length !== 1 || amounts.length === 0) return undefined;
  const scored = res.found.scored.slice(0, 8);
  for (const s of scored) {
    const figure = s.fact.figures.find(
      (f) => f.year !== undefined && amounts.some((a) => a.value === f.value),
    );
    if (!figure) continue;
    if (figure.year === years[0]) return undefined;
    // (the year's own figure first, when the fact gives it: `2023년은 2318억 원`, then the one claimed)
    const own = [s, ...scored]
      .flatMap((o) => o.fact.figures)
      .find((f) => f.year === years[0] && f.unit === figure.unit && f.label.en === figure.label.en);
    const lead: Lead = { kind: 'figures', figures: own ? [own, figure] : [figure] };
    return claimAnswer(ask, [s.fact], { kind: 'no', correction: lead }, lead);
  }
  return undefined;
}

/** `…원화로 30조 넘지?`: no, the article's figure, smaller than the bound claimed. */
function boundOtherwise(res: Resolution): Answer | undefined {
  const { ask, best } = res;
  if (!best || !belowBound(res, best)) return undefined;
  const lead: Lead = { kind: 'figures', figures: figuresAsked(res, best.fact) };
  return claimAnswer(ask, [best.fact], { kind: 'no', correction: lead }, lead);
}

/** The claim denies (`규제를 전혀 안 하고`, `하나도 없이`) what the fact states without denying it. */
function deniesFact(res: Resolution, claim: Scored): boolean {
  const { negations } = res.ask.engine.lexicon;
  const denial = (w: string) => negations.words.has(w) || negations.endings.some((e) => w.endsWith(e));
  // (a word the fact has, denied just after it: `규제를 전혀 안 하고`, `규제 하나도 없이`)
  const { terms } = res.ask;
  const deniedHere = terms.some(
    (t, i) =>
      !t.background &&
      t.role === 'topic' &&
      !res.ask.mentionedTerm.has(i) &&
      claim.words.has(t.head) &&
      terms.slice(i + 1, i + 3).some((next) => !next.background && denial(next.surface)),
  );
  return (
    res.ask.understanding.language === 'ko' &&
    deniedHere &&
    !claim.fact.text.ko.split(/\s+/).some((w) => denial(w.replace(/[.,]$/, '')))
  );
}

/** `미국은 AI 규제를 전혀 안 하고 …?`: no, what the fact states. */
function denied(res: Resolution): Answer | undefined {
  const { ask, best } = res;
  if (!best || !deniesFact(res, best)) return undefined;
  return claimAnswer(ask, [best.fact], { kind: 'no' }, { kind: 'statement' });
}

/** The claim says done (`이미`) of what the fact says is under way (`추진 중`), or the other way round. */
function otherAspect(res: Resolution, claim: Scored): boolean {
  const { aspect } = res.ask.understanding;
  if (!aspect || !aboutSubjects(res, claim.fact)) return false;
  return res.ask.engine.lexicon.aspect.ongoingFact.test(claim.fact.text.ko) !== (aspect === 'ongoing');
}

/**
 * `리벨리온이 본사를 일본으로 옮겼다며?`: what another of the article's companies did, as claimed (올거나이즈
 * moved its headquarters), shown after what the subject did.
 */
function whoseClaim(res: Resolution, claim: Scored): SourcedFact[] {
  const { mentionedIds } = res.ask;
  const theirs = res.found.scored.find(
    (s) =>
      s !== claim &&
      s.contentHits === res.content.length &&
      s.contentHits > claim.contentHits &&
      !s.fact.entities.some(
        (id) => mentionedIds.has(id) && res.ask.engine.kb.entities.get(id)?.type !== 'region',
      ),
  );
  return theirs ? [theirs.fact] : [];
}

/** Places the claim puts its subject in that the fact does not name (`싱가포르`, `미국에`). */
function claimedPlaces(res: Resolution, fact: SourcedFact): string[] {
  const { engine, terms, mentions } = res.ask;
  const text = textOf(engine, fact).text.toLowerCase();
  const cities = res.content
    .filter((t) => [t.head, ...t.forms].some((w) => engine.lexicon.places.includes(w.toLowerCase())))
    .map((t) => t.head)
    .filter((p) => !text.includes(p.toLowerCase()));
  const regions = mentions
    .filter(
      (m) =>
        m.entity.type === 'region' &&
        !m.background &&
        !fact.entities.includes(m.entity.id) &&
        m.terms.some((i) => engine.lexicon.placeParticles.some((p) => terms[i]!.surface.endsWith(p))),
    )
    .map((m) => m.entity.name.ko);
  return [...cities, ...regions];
}

/**
 * A word of the question that is a person's Korean name but for one syllable (`이창호` for 이창수): the
 * question names someone else, or misspells them; either way no yes.
 */
export function misnamed(ask: Ask): boolean {
  const people = [...ask.engine.kb.entities.values()].filter((e) => e.type === 'person');
  const oneOff = (word: string, name: string) =>
    word.length === name.length &&
    word !== name &&
    [...word].filter((c, i) => c !== name[i]).length === 1 &&
    word[0] === name[0];
  return ask.terms.some(
    (t) => !t.background && people.some((p) => oneOff(t.head, p.name.ko) || oneOff(t.surface, p.name.ko)),
  );
}
