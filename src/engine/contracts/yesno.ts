/**
 * Yes or no (`채널톡도 일본 갔어?`, `업스테이지가 본사를 옮겼다며?`, `…50% 맞아?`): the article's own
 * statement answers; when the question's claim is not quite it, what the article does say, about the
 * subject and about whatever the claim belongs to. About the future, only a plan the article states.
 */
import type { SourcedFact } from '../../knowledge/types.ts';
import { readLightVerb } from '../../language/korean.ts';
import type { Term } from '../../language/understand.ts';
import { isHangulWord } from '../../search/normalize.ts';
import { cite, entityAnswerFacts } from '../cards.ts';
import type { Resolution } from '../resolution.ts';
import type { Scored } from '../retrieve.ts';
import type { Answer } from '../types.ts';
import { claimTopics, knowsWord, numbersAgree, textOf } from '../words.ts';

const MAX_ANSWER_FACTS = 3;

/**
 * About the future (`옮길까?`, `Will … extend …?`, `몇 개나 더 늘어날까?`): only a plan the article
 * states answers it, as a yes or no, or as a figure or date in Korean.
 */
export function speculation(res: Resolution): Answer | undefined {
  const { ask, best } = res;
  const types = ask.types;
  const predicts =
    ask.yesno || (ask.understanding.language === 'ko' && (types.has('amount') || types.has('time')));
  if (
    predicts &&
    ask.understanding.speculative &&
    !(best && ask.engine.lexicon.answerWords.plan.test(textOf(ask.engine, best.fact).text))
  )
    return res.missingOr(res.content);
  return undefined;
}

/** A country the claim places it in must be the fact's (`올거나이즈 미국 법인도 있어?`). */
const placedIn = (res: Resolution, fact: SourcedFact) =>
  res.ask.mentions.every(
    (m) => m.background || m.entity.type !== 'region' || fact.entities.includes(m.entity.id),
  );

/**
 * The answer to a yes-or-no question the article does not confirm as asked; undefined when it confirms
 * it (every topic word matched, and something of the question beyond the names did).
 */
export function unconfirmedClaim(res: Resolution): Answer | undefined {
  const { ask, best, content } = res;
  if (!ask.yesno) return undefined;
  const confirmed =
    best &&
    best.contentHits >= content.length &&
    placedIn(res, best.fact) &&
    (best.contentHits > 0 || res.found.foregroundWords.some((t) => best.words.has(t.head))) &&
    numbersAgree(ask.engine, best.fact, ask.numbers);
  if (confirmed) return undefined;
  // The article's own sentence may say exactly what the facts do not.
  return res.passage() ?? nothingEitherWay(res) ?? claimOfAnother(res) ?? whatItSays(res);
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
  const placed = (f: SourcedFact) => {
    const text = `${f.text.ko} ${f.text.en}`.toLowerCase();
    return engine.lexicon.places.some((p) => text.includes(p));
  };
  const subjectsPlaced = () =>
    mentions
      .filter((m) => m.required && m.entity.type !== 'region')
      .every((m) => (engine.kb.factsByEntity.get(m.entity.id) ?? []).some(placed));
  return res.content.some(isPlace) && !subjectsPlaced() ? res.content.filter(isPlace) : undefined;
}

const byContent = (x: Scored, y: Scored) => y.contentHits - x.contentHits || y.score - x.score;

/**
 * The fact that states the claim, whoever it is about: not one about another country's thing, nor one
 * about what is set apart alone (`일본 말고 … 있어?`), nor a group's figure for one of them alone
 * (`MS 일본 투자액만 따로 나와?`).
 */
function claimFact(res: Resolution): Scored | undefined {
  const { ask } = res;
  const { engine, excludedIds, mentionedIds, mentions } = ask;
  const setApartOnly = (fact: SourcedFact) =>
    [...excludedIds].some((id) => fact.entities.includes(id)) &&
    !fact.entities.some((id) => !mentionedIds.has(id) && engine.kb.entities.get(id)?.type === 'region');
  return [...res.found.scored]
    .filter((s) => !res.constrained.belongsElsewhere(s.fact) && !setApartOnly(s.fact))
    .filter((s) => !ask.understanding.alone || mentions.length === 0 || res.constrained.groupOf(s.fact) <= 1)
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

/** What the article does say, about the claim and about each subject; or that it does not cover it. */
function whatItSays(res: Resolution): Answer {
  const { ask, content } = res;
  const claim = claimFact(res);
  const own = ask.mentions
    .filter((m) => m.required)
    .map((m) => res.found.scored.filter((s) => s.fact.entities.includes(m.entity.id)).sort(byContent)[0]);
  const facts = [claim, ...own]
    .filter((s): s is Scored => s !== undefined && (s.contentHits > 0 || own.includes(s)))
    .filter((s, i, all) => all.findIndex((o) => o.fact.id === s.fact.id) === i);
  const { owned } = res.constrained;
  if (owned && !facts.some((s) => s.words.has(owned.head))) return res.missingOr([owned]);
  if (claim && claim.contentHits * 2 >= content.length && facts.length > 0)
    return {
      kind: 'facts',
      question: ask.text,
      facts: facts.slice(0, MAX_ANSWER_FACTS).map((s) => cite(ask.engine, s.fact)),
      lead: [],
      premise: true,
    };
  return res.missingOr(content);
}
