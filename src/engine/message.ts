/**
 * A message as people write it: one question, or several (`본사는 어디로 옮겼고 대표 고객은 누구야`, `Who is
 * its CEO and where is its first office?`, `1) … 2) …`), each answered in its place; a part that leans
 * on the one before it (`…누구야? 언제 세웠어?`) is asked with what that one named.
 */

import type { Entity } from '../knowledge/schema.ts';
import type { SourcedFact } from '../knowledge/types.ts';
import { verbStemOf, withoutStrayLetters } from '../language/korean.ts';
import { closedByRequest, sentencesIn, type Term } from '../language/understand.ts';
import { compactKey, hasHangul } from '../search/normalize.ts';
import { completeAsk, readQuestion } from './ask.ts';
import { cite } from './cards.ts';
import { contextLine, contextReadings, lineParts, listCarried, NAMED } from './context.ts';
import { COMMON_SHARE } from './gate.ts';
import { describedCompanyRole, oneCompany } from './hops.ts';
import type { Mention } from './mentions.ts';
import { answerQuestion } from './pipeline.ts';
import { unknownNamesAsked } from './scope.ts';
import { ratioAsked, sizeAsked, sizeCompared, sizeSides } from './size.ts';
import { askingSentences, comparedAfterJoin, type MessageParts, messageParts, states } from './split.ts';
import { type Answer, answerFound, type Engine, notFoundAnswer } from './types.ts';
import { isBusiness, placeElsewhere, readsAs } from './words.ts';

/** An answer and the question it answers, each part made whole: what a reply to it continues from. */
export interface AnsweredMessage {
  readonly answer: Answer;
  /**
   * The question each part was asked as, in order, with what its answer named (`이창수 그분 어느 회사
   * 대표예요? → 올거나이즈`): the last is what a reply to the answer leans on.
   */
  readonly asked: readonly string[];
}

export function answerMessage(engine: Engine, typed: string, previous?: string): AnsweredMessage {
  const text = withoutStrayLetters(typed);
  const { parts, ofEachThing } = messageParts(engine, text);
  // (`the CEO of the company that moved …` names its company by what it did, and points at no earlier answer)
  // (or, replying to an answer that named several, one of them so described: `그중에서 본사를 아예 일본으로 옮긴
  // 회사 대표는 누구인가요?` after the CEOs)
  // (only then: a reply to an answer that named none is not so read)
  const before = previous === undefined ? undefined : lineParts(previous).answered;
  const role = parts.length <= 1 && before?.length !== 0 ? roleOfDescribed(engine, text) : undefined;
  if (role && (!before || lineParts(role.asked[0]!).answered.some((n) => before.includes(n)))) return role;
  // (a later part may point at what the first one asks of: `고령화 얘기 한 대표 누구고, 그 회사 …`)
  const unclear = previous ? undefined : referentMissing(engine, text, parts.length > 1 ? parts[0]! : text);
  if (unclear) return { answer: unclear, asked: [text] };
  const picked = previous ? undefined : pickedFromBefore(engine, text);
  if (picked) return picked;
  // (`빅테크 투자액이랑 비교하면 어느 쪽이 커?` after a figure: what was asked, and the thing named, each)
  const against = previous && parts.length <= 1 ? comparedWithBefore(engine, text, previous) : undefined;
  if (against)
    return withSize(
      engine,
      text,
      answerParts(engine, text, { parts: against, ofEachThing: false }, undefined, previous, true),
    );
  const member = previous && parts.length <= 1 ? memberOfBefore(engine, text, previous) : undefined;
  if (member) return member;
  const same = previous && parts.length <= 1 ? sameStateAsBefore(engine, text, previous) : undefined;
  if (same) return same;
  // (`몇 배 차이야?` after two amounts set against each other: the same two, by how many times)
  const again = previous && parts.length <= 1 ? ratioOfBefore(engine, text, previous) : undefined;
  if (again) return again;
  if (parts.length <= 1) return whole(engine, parts[0] ?? text, previous);
  return withSize(engine, text, answerParts(engine, text, { parts, ofEachThing }, previous, previous));
}

/** Two amounts answered apart, where the message asks which is larger (or smaller): which one, said first. */
function withSize(engine: Engine, text: string, made: AnsweredMessage): AnsweredMessage {
  const { answer } = made;
  if (answer.kind !== 'multi' || answer.parts.length !== 2) return made;
  const asked = sizeAsked(engine, text);
  const compared = asked ? sizeCompared(answer.parts, asked) : undefined;
  const size = compared && sizeSides(engine, text)?.claimed ? { ...compared, claimed: true } : compared;
  // (a reply leans on both amounts set against each other, not on the last: `how many times bigger?`)
  return size ? { answer: { ...answer, size }, asked: [...made.asked.slice(0, -1), text] } : made;
}

/**
 * The parts of a message answered one after the other, each leaning on the one before (the first on
 * `before`; none, `apart`); when none is found, the message as a whole after `previous`.
 */
function answerParts(
  engine: Engine,
  text: string,
  { parts, ofEachThing }: MessageParts,
  before: string | undefined,
  previous: string | undefined,
  apart = false,
): AnsweredMessage {
  const answered: AnsweredPart[] = [];
  const asked: string[] = [];
  let leaning = true;
  for (const part of parts) {
    // (a part after one the article has nothing on leans on it as it is: `…총리 이름 나와? 누구야?`)
    // (two things set side by side, `apart`, lean on nothing)
    const made = answerInContext(engine, part, apart ? undefined : before, leaning);
    const { question } = made;
    // (a part made whole from one the article has nothing on has nothing either: `24년 투자액도 나와? 얼마임`)
    const answer: Answer =
      !leaning &&
      answerFound(made.answer) &&
      ((question !== part && onlyAsks(engine, part)) || (!apart && confirmsAlongside(engine, part)))
        ? notFoundAnswer(part)
        : made.answer;
    leaning = answerFound(answer);
    const own = question === part && answer.kind === 'facts' && answer.verdict !== undefined;
    answered.push({ question: part, answer, ...(own ? { own } : {}) });
    // (the next part leans on this one's own sentence, not on the background before it: `우리 동아리에서 '…' 주제로
    // 찬성 측 맡았어. … 법인세 감면은 최대 몇 %고 기한이 언제까지야?`)
    before = contextLine(engine, ownSentence(engine, question), answer);
    asked.push(before);
  }
  if (!answered.some((p) => answerFound(p.answer))) return whole(engine, text, previous);
  if (ofEachThing) asked[asked.length - 1] = text;
  // (a part that only states, `…핵심이 잘 안 잡히네요.`, `…자료 모으는중임.`, is a remark, not a question the
  // article does not cover: left out when another part is answered)
  const remark = (p: AnsweredPart) => !answerFound(p.answer) && states(engine, p.question);
  const kept = answered.flatMap((p, i) => (remark(p) ? [] : [i]));
  return givenOnce(
    text,
    kept.map((i) => answered[i]!),
    kept.map((i) => asked[i]!),
  );
}

type AnsweredPart = Extract<Answer, { kind: 'multi' }>['parts'][number];

/** A part's last sentence, when the sentences before it name nothing of the article's the last does not. */
function ownSentence(engine: Engine, question: string): string {
  const sentences = sentencesIn(question, engine.lexicon);
  if (sentences.length < 2) return question;
  const last = sentences.at(-1)!;
  const named = (text: string) => {
    const reading = readQuestion(engine, text);
    return reading ? completeAsk(reading).mentions.map((m) => m.entity.id) : [];
  };
  const own = new Set(named(last));
  return named(sentences.slice(0, -1).join(' ')).every((id) => own.has(id)) ? last : question;
}

/**
 * `빅테크 일본 투자액이랑 비교하면 어느 쪽이 커?` after `2023년 글로벌 VC 국내 투자액 얼마야?`: one thing
 * named to set against what was asked before (in words of its own, two at least): the question before
 * and the thing named, each asked.
 */
function comparedWithBefore(engine: Engine, text: string, previous: string): string[] | undefined {
  const question = previous.split(NAMED)[0]!.trim();
  // (what the thing named names of its own, no number: `vs 2021?` names a year only)
  const topicsOf = (named: string) =>
    (readQuestion(engine, named)?.terms ?? []).filter((t) => t.role === 'topic' && !/^[0-9]+$/.test(t.head))
      .length;
  // (`vs the big tech investment?`: the thing set against what was asked, opening the follow-up; a year set
  // against, `vs 2021?`, is the same question of that year, made whole as such)
  const opening = text.trim();
  const against = engine.lexicon.referring.setAgainst.find((w) => opening.toLowerCase().startsWith(`${w} `));
  if (against) {
    const named = opening.slice(against.length).trim();
    return question && topicsOf(named) > 0 ? [question, named] : undefined;
  }
  if (!hasHangul(text)) return undefined;
  const compared = comparedAfterJoin(engine, opening.split(/\s+/), true);
  if (!compared || compared.asking !== compared.join + 1 || topicsOf(compared.named) < 2) return undefined;
  return question ? [question, compared.named] : undefined;
}

/**
 * The parts of a message answered, each with the line a reply leans on; two questions the same fact
 * answers (`DX랑 AX 각각 뭐야?`) give it once, with what else each found.
 */
function givenOnce(
  text: string,
  answered: readonly AnsweredPart[],
  asked: readonly string[],
): AnsweredMessage {
  const kept: { part: AnsweredPart; asked: string }[] = [];
  answered.forEach((part, i) => {
    const same = kept.find((k) => sameAnswer(k.part.answer, part.answer));
    if (!same) kept.push({ part, asked: asked[i]! });
    else same.part = { ...same.part, answer: withFactsOf(same.part.answer, part.answer) };
  });
  const last = asked.at(-1)!;
  if (kept.length === 1) return { answer: kept[0]!.part.answer, asked: [last] };
  return {
    answer: { kind: 'multi', question: text, parts: kept.map((k) => k.part) },
    asked: kept.map((k, i) => (i === kept.length - 1 ? last : k.asked)),
  };
}

/**
 * Two answers that say the same: the same fact first, the same verdict, the same lead (not one fact read
 * for its figure and then for its year, `몇 % 깎아줘? 그리고 그거 언제까지?`).
 */
function sameAnswer(a: Answer, b: Answer): boolean {
  // (a summary, a list or a table given whole, the same whatever part asked it: `기사 구조가 어떻게 돼?
  // 섹션별로 뭐 다루는지 알려줘`)
  const given = (answer: Answer) => JSON.stringify({ ...answer, question: undefined });
  if (a.kind !== 'facts' && a.kind !== 'not-found' && a.kind !== 'partial') return given(a) === given(b);
  if (a.kind !== 'facts' || b.kind !== 'facts') return false;
  return (
    a.facts[0]?.fact.id === b.facts[0]?.fact.id &&
    a.verdict?.kind === b.verdict?.kind &&
    JSON.stringify(a.lead) === JSON.stringify(b.lead)
  );
}

/** The answer with the facts of another that says the same added after its own. */
function withFactsOf(a: Answer, b: Answer): Answer {
  if (a.kind !== 'facts' || b.kind !== 'facts') return a;
  const more = b.facts.filter((f) => !a.facts.some((g) => g.fact.id === f.fact.id));
  return { ...a, facts: [...a.facts, ...more] };
}

/**
 * `…이유를 세 가지로 정리했던데, 첫 번째가 뭐였죠?`: one of the items the message named before, picked by
 * its place; asked as a reply to what it named.
 */
function pickedFromBefore(engine: Engine, text: string): AnsweredMessage | undefined {
  const found = engine.lexicon.referring.ordinal.pattern.exec(text);
  if (!found || found.index === 0) return undefined;
  const before = text.slice(0, found.index).replace(/[\s,，]+$/u, '');
  const pick = text.slice(found.index);
  // (the items named in a clause said before, `…정리했던데`; not a noun the ordinal counts, `두 번째 회사`)
  if (before.length < 4 || !onlyAsks(engine, pick.slice(found[0].length))) return undefined;
  const named = answerInContext(engine, before, undefined);
  if (!answerFound(named.answer)) return undefined;
  const made = answerInContext(engine, pick, contextLine(engine, named.question, named.answer));
  return answerFound(made.answer)
    ? { answer: made.answer, asked: [contextLine(engine, made.question, made.answer)] }
    : undefined;
}

/** Words of its own, not the question's before, that make a follow-up describe a group of its own. */
const OWN_GROUP = 2;

/**
 * `아까 그거 중에 오픈AI도 있었어요?` after an answer that named several; `그 발표한 데에 오픈AI도 들어가?` after a
 * question that did: whether one more, named with `도`, is among them. Yes or no, with the answer before
 * (asked again), which names them.
 */
function memberOfBefore(engine: Engine, text: string, previous: string): AnsweredMessage | undefined {
  const reading = readQuestion(engine, text);
  if (
    !reading ||
    [...reading.understanding.types].some((t) => t !== 'yesno') ||
    !reading.understanding.types.size
  )
    return undefined;
  const named = reading.mentions.filter((m) => !m.background && isBusiness(m.entity.type));
  // (the particle typed on, `업스테이지도`, or after Latin letters as a word of its own, `오픈AI도`)
  const { alsoParticles } = engine.lexicon;
  const last = named.length === 1 ? Math.max(...named[0]!.terms) : -1;
  const word = reading.terms[last]?.surface ?? '';
  const also =
    alsoParticles.some((p) => word.length > p.length && word.endsWith(p)) ||
    alsoParticles.includes(reading.terms[last + 1]?.surface ?? '');
  // (closed by a verb of being among, not one of its own: `아마존도 일본에 투자했어?` asks that)
  const closing = reading.terms.at(-1);
  const among = (t: Term, verbs: ReadonlySet<string>) =>
    [t.head, t.surface, ...t.forms].some((w) => verbs.has(w));
  if (!closing || !among(closing, engine.lexicon.memberVerbs)) return undefined;
  // (without `도`, only a verb that says nothing but being among: `아마존은 안껴있음?`)
  if (!also && !among(closing, engine.lexicon.memberOnlyVerbs)) return undefined;
  const { question, answered } = lineParts(previous);
  // (a group of its own described, `AWS도 일본 투자 발표한 데 들어가?` after the reasons big tech chose Japan:
  // asked as it is)
  const nameTerms = new Set(named.flatMap((m) => m.terms));
  const ownWords = reading.terms.filter(
    (t, i) =>
      !nameTerms.has(i) &&
      t !== closing &&
      (t.role === 'topic' || t.role === 'predicate') &&
      ![t.head, ...t.forms].some((w) => question.includes(verbStemOf(w))),
  );
  if (ownWords.length >= OWN_GROUP) return undefined;
  const fromAnswer = answered.flatMap((name) => engine.entities.exactMatches(name).slice(0, 1));
  const before = readQuestion(engine, question);
  const fromQuestion = (before?.mentions ?? []).filter((m) => isBusiness(m.entity.type)).map((m) => m.entity);
  const group = [fromAnswer, fromQuestion].find((g) => g.length >= 2 && g.every((e) => isBusiness(e.type)));
  if (!group) return undefined;
  const again = answerInContext(engine, question, undefined);
  if (again.answer.kind !== 'facts') return undefined;
  const one = group.some((e) => e.id === named[0]!.entity.id);
  const lead = { kind: 'entities', entities: group } as const;
  const answer: Answer = {
    ...again.answer,
    question: text,
    lead,
    verdict: one ? { kind: 'yes' } : { kind: 'no', correction: lead },
  };
  return { answer, asked: [contextLine(engine, question, again.answer)] };
}

/**
 * `같은 상태인 데 또 어디?` after `채널톡 일본 법인 있음?`: the other companies the article says the same of as of
 * the one the answer before was about (`피처링은 일본 법인 설립을 추진 중이다.`), by name.
 */
function sameStateAsBefore(engine: Engine, text: string, previous: string): AnsweredMessage | undefined {
  const lower = text.toLowerCase();
  if (!engine.lexicon.sameState.some((w) => lower.includes(w))) return undefined;
  const question = previous.split(NAMED)[0]!.trim();
  const before = answerInContext(engine, question, undefined).answer;
  const fact = before.kind === 'facts' ? before.facts[0]?.fact : undefined;
  const said = fact && saidOfOne(engine, fact);
  if (!fact || !said) return undefined;
  // (each fact read once: what it says of whom)
  const others = engine.facts.facts.flatMap((f) => {
    const of = f === fact ? undefined : saidOfOne(engine, f);
    const entity = of?.rest === said.rest ? engine.kb.entities.get(of.id) : undefined;
    return entity ? [{ fact: f, entity }] : [];
  });
  if (others.length === 0) return undefined;
  const answer: Answer = {
    kind: 'facts',
    question: text,
    facts: others.map((o) => cite(engine, o.fact)),
    lead: { kind: 'entities', entities: others.map((o) => o.entity) },
  };
  return { answer, asked: [contextLine(engine, text, answer)] };
}

/** A fact that says something of one company, opening on its name: the company, and what it says of it. */
function saidOfOne(engine: Engine, fact: SourcedFact): { id: string; rest: string } | undefined {
  const [id] = fact.entities;
  const entity = id ? engine.kb.entities.get(id) : undefined;
  if (!entity || entity.type !== 'company' || !fact.text.ko.startsWith(entity.name.ko)) return undefined;
  const after = fact.text.ko.slice(entity.name.ko.length);
  const particle = engine.lexicon.particles.topic.find((p) => after.startsWith(`${p} `));
  return particle ? { id: entity.id, rest: after.slice(particle.length).trim() } : undefined;
}

/** How many times, asked alone after two amounts set against each other: that comparison again. */
function ratioOfBefore(engine: Engine, text: string, previous: string): AnsweredMessage | undefined {
  if (!ratioAsked(engine, text) || sizeSides(engine, text)) return undefined;
  const question = previous.split(NAMED)[0]!.trim();
  if (!sizeAsked(engine, question)) return undefined;
  const made = answerMessage(engine, question);
  return made.answer.kind === 'multi' && made.answer.size ? made : undefined;
}

/**
 * `노무라증권을 고객으로 둔 회사의 대표 이름`: which company the words describe, then the role in it asked of the
 * one company found, by its name; none when they describe no one company.
 */
function roleOfDescribed(engine: Engine, text: string): AnsweredMessage | undefined {
  const hop = describedCompanyRole(engine, text);
  if (!hop) return undefined;
  const company = oneCompany(answerInContext(engine, hop.which, undefined).answer);
  if (!company) return undefined;
  const question = hop.role(hasHangul(hop.which) ? company.name.ko : company.name.en);
  const { answer } = answerInContext(engine, question, undefined);
  if (!answerFound(answer) || answer.kind !== 'facts') return undefined;
  return { answer: { ...answer, question: text }, asked: [contextLine(engine, question, answer)] };
}

/**
 * `일본 법인세 감면 받으려면 조건이 뭐야? 매출 기준 같은거 있어?`: a yes-or-no part that names nothing of its
 * own, after one the article has nothing on, asks whether that has more to it, which the article has not
 * either (not answered with what its words alone happen to match, `올거나이즈 … 매출의 약 70%`).
 */
function confirmsAlongside(engine: Engine, part: string): boolean {
  const reading = readQuestion(engine, part);
  const { types } = reading?.understanding ?? { types: new Set() };
  return !!reading && reading.mentions.length === 0 && types.has('yesno') && types.size === 1;
}

/** A part that only asks (`얼마임`, `누구야?`): a question word and nothing it asks it of. */
function onlyAsks(engine: Engine, part: string): boolean {
  const reading = readQuestion(engine, part);
  return !!reading && reading.terms.every((t) => t.role === 'question' || t.role === 'filler');
}

/** The message as one question (made whole by what it replies to). */
function whole(engine: Engine, text: string, previous: string | undefined): AnsweredMessage {
  // (`빅테크 일본 투자 발표액 168억달러던데 생각보다 적네`, `…옮겼다던데 다 떠나네`: a claim made in
  // passing, then a remark on it, is the claim asked; so is one before a question the article has
  // nothing on, `…2030년까지라던데 금방 끝나는거 아님?`)
  const claims = claimBefore(engine, text);
  const last = (text.trim().split(/\s+/).at(-1) ?? '').replace(/[?？!.~ㅋㅎㅠㅜ]+$/u, '');
  const remark = engine.lexicon.remarkEndings.some((e) => last.length > e.length && last.endsWith(e));
  // (not when what follows asks something of its own the article may not answer: `…냈다는데 거기 대표
  // 누구임` is refused, not answered with what it said in passing)
  // (nor unless the claim gives a figure to check: `…2030년까지라던데 금방 끝나는거 아님?`; the message is
  // read for what it asks only when there is such a claim)
  // (or a place the article does not give, which the question then asks about: `…오사카에 법인 세웠다던데
  // 오사카 어디쯤이에요?` rests on the claim, which the article's place corrects)
  const rest = claims.length > 0 ? text.slice(claims[0]!.length - 1) : '';
  const checkable = claims.filter((c) => /[0-9]/.test(c) || placeRestedOn(engine, c, rest));
  const asksOwn = () =>
    [...(readQuestion(engine, text)?.understanding.types ?? [])].some(
      (t) => t !== 'yesno' && t !== 'compare',
    );
  const confirms = !remark && confirmsClaim(engine, text, claims);
  const readings =
    remark || confirms
      ? [...claims, text]
      : checkable.length > 0 && !asksOwn()
        ? [text, ...checkable]
        : [text];
  // (a figure guessed after the question, `몇 개 기업이랑 협력한다 했지? 40개?`: the question, if the guess
  // finds nothing; the answer gives the article's figure)
  // (or a word or two guessed, `무슨 회사임? 소프트웨어 쪽?`: the question, whose answer says what it is;
  // not a place guessed for where, `어디 있어? 오사카?`, which the article not giving is why it was refused)
  const guessed = GUESS_AFTER.exec(text)?.[1] ?? wordsGuessedBefore(engine, text);
  if (guessed) readings.push(guessed);
  // (a question, then a sentence that asks nothing the article may answer, `…오사카에 냈다는데 맞지? 간사이쪽
  // 데이터센터 노린건가`: the question, if the whole finds nothing)
  // (not one that narrows it: `…얼마야? 글로벌 말고 국내 VC`)
  // (or a request, then what the asker will do with the answer: `기사 요약 부탁드립니다. 발제문 앞부분에 쓸 거라
  // 5문장 정도로요.`)
  const asking = askingSentences(engine, text);
  const asks = /[?？]\s*$/u.test(asking) || closedByRequest(asking, engine.lexicon);
  if (asking !== text && asks && !narrows(engine, text.slice(asking.length))) readings.push(asking);
  let chosen: { question: string; answer: Answer } | undefined;
  for (const reading of readings) {
    const tried = answerInContext(engine, reading, previous);
    chosen ??= tried;
    // (`한국 AI 기본법 통과됐다는데 기사에 그 얘기 있어?`: whether the article says what was claimed is not
    // a yes from a fact that says none of the claim's own words)
    if (confirms && reading === text && yesToNoneOf(engine, claims[0]!, tried.answer)) continue;
    if (answerFound(tried.answer)) {
      chosen = tried;
      break;
    }
  }
  // (the last sentence, asking, read alone when its answer says every word of it and the whole's does not:
  // `…거기서 AI 스타트업 인턴 노려볼까 생각중임. 근데 기사에서 일본 AI 수요 급증하는 이유 뭐라 했음?`)
  // (only after sentences that ask nothing: `…맞지? 그리고 본사도 일본이야?` asks both)
  const sentences = sentencesIn(text, engine.lexicon);
  const closing = sentences.at(-1) ?? text;
  const alone =
    closing !== text &&
    (/[?？]\s*$/u.test(closing) || closedByRequest(closing, engine.lexicon)) &&
    sentences.slice(0, -1).every((s) => !/[?？]/.test(s));
  const whole = chosen!.question === text && alone;
  const { question, answer } = whole ? ownWordsFirst(engine, closing, chosen!, true) : chosen!;
  const line = listCarried(engine, text, previous, contextLine(engine, question, answer));
  // (`올거나이즈 전체매출 50%가 일본에서 나온다던데 고객사는 어디어디야?`: a claim in passing the article
  // contradicts is set right first, then the question is answered)
  const wrong =
    checkable.length > 0 && answerFound(answer) && asksOwn()
      ? contradicted(engine, checkable[0]!)
      : undefined;
  if (wrong)
    return givenOnce(
      text,
      [
        { question: checkable[0]!, answer: wrong },
        { question, answer },
      ],
      [line, line],
    );
  return { answer, asked: [line] };
}

/** A claim made in passing, when the article says otherwise: its answer, no with the article's own. */
function contradicted(engine: Engine, claim: string): Answer | undefined {
  const { answer } = answerInContext(engine, claim, undefined);
  return answer.kind === 'facts' && answer.verdict?.kind === 'no' && answer.verdict.correction
    ? answer
    : undefined;
}

/** A yes whose fact says none of the claim's own words (what it names and words most facts use aside). */
function yesToNoneOf(engine: Engine, claim: string, answer: Answer): boolean {
  if (answer.kind !== 'facts' || answer.verdict?.kind !== 'yes') return false;
  const reading = readQuestion(engine, claim);
  if (!reading) return false;
  const named = new Set(completeAsk(reading).mentions.flatMap((m) => m.terms));
  const own = reading.terms.filter(
    (t, i) =>
      !named.has(i) &&
      (t.role === 'topic' || t.role === 'predicate') &&
      !/^[0-9]+$/.test(t.head) &&
      // (a word most facts use, `AI`, says nothing of the claim)
      engine.facts.share(t.head) < COMMON_SHARE,
  );
  const fact = answer.facts[0]?.fact;
  if (!fact || own.length === 0) return false;
  return wordsSaid(own, `${fact.text.ko} ${fact.text.en}`, (t) => [t.head, t.surface, ...t.forms]) === 0;
}

/** A place the lexicon knows and the facts do not, named in the claim and again in what follows it. */
function placeRestedOn(engine: Engine, claim: string, rest: string): boolean {
  const places = (text: string) =>
    text
      .toLowerCase()
      .split(/[\s?？!.,]+/)
      .flatMap((w) => placeElsewhere(engine, w) ?? []);
  const after = new Set(places(rest));
  return places(claim).some((p) => after.has(p));
}

/** Words after a question that set something apart (`글로벌 말고`) or open on a word that joins another ask. */
function narrows(engine: Engine, words: string): boolean {
  // (or asks more, opened by a word that joins: `…나왔어요? 그리고 연평균 성장률도 있으면 같이요`)
  const opening = words.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (engine.lexicon.standaloneJoinWords.has(opening)) return true;
  const reading = readQuestion(engine, words);
  // (a thing set apart, not a form of the answer: `조 단위 말고`, `영어 말고`)
  return !!reading && reading.terms.some((t) => t.excluded && t.role === 'topic');
}

/**
 * `…오사카에 첫 해외법인을 냈다고 하시던데, 오사카 맞나요?`: after a claim, a question whether it is so that
 * asks nothing the claim did not say: the claim is what is asked.
 */
function confirmsClaim(engine: Engine, text: string, claims: readonly string[]): boolean {
  const claim = claims[0];
  if (!claim) return false;
  const said = claim
    .replace(/[?？]$/u, '')
    .trim()
    .split(/\s+/).length;
  const rest = text.trim().split(/\s+/).slice(said).join(' ');
  const reading = readQuestion(engine, rest);
  // (whether it is so, and nothing else asked)
  const types = reading?.understanding.types;
  if (!reading || !types?.has('yesno') || types.size !== 1) return false;
  return reading.terms.every(
    (t) =>
      t.background ||
      t.role === 'filler' ||
      t.role === 'question' ||
      claim.includes(t.surface.replace(/[?？,.]+$/u, '')) ||
      claim.includes(t.head),
  );
}

/** A question, then a figure offered as a guess in a sentence of its own (`…했지? 40개?`, `…얼마였더라, 100억엔?`). */
const GUESS_AFTER = /^(.*\S[?？,])\s*[0-9][0-9.,]*\s*[^\s0-9?？]{0,3}[?？]\s*$/u;

/** A question, then a word or two offered as a guess in a sentence of its own (`…무슨 회사임? 소프트웨어 쪽?`). */
const WORDS_GUESSED_AFTER = /^(.*\S[?？])\s*[^\s?？]{1,8}(?:\s[^\s?？]{1,8})?[?？]\s*$/u;

/** The question before a word or two guessed, unless it asks where (the place guessed is what it lacks). */
function wordsGuessedBefore(engine: Engine, text: string): string | undefined {
  const question = WORDS_GUESSED_AFTER.exec(text)?.[1];
  if (!question || readQuestion(engine, question)?.understanding.types.has('place')) return undefined;
  return question;
}

/**
 * What a message claims before a remark on it: the words up to the last one closed by a background
 * ending (`…168억달러던데`, `…2030년까지라던데`, `…밖에 안되는데`), asked whether it is so, as said and
 * without the ending that made it background (`…옮겼다던데?`, `…168억달러?`).
 */
function claimBefore(engine: Engine, text: string): string[] {
  const words = text.trim().split(/\s+/);
  const bare = (w: string) => w.replace(/[?？!.~,ㅋㅎㅠㅜ]+$/u, '');
  const markerOf = (w: string) =>
    engine.lexicon.backgroundMarkers.find((m) => bare(w).length > m.length && bare(w).endsWith(m));
  const at = words.findLastIndex((w, i) => i < words.length - 1 && markerOf(w) !== undefined);
  if (at <= 0) return [];
  const said = words.slice(0, at + 1).map(bare);
  const closing = said.at(-1)!;
  const stripped = closing.slice(0, -markerOf(closing)!.length);
  return [`${said.join(' ')}?`, `${[...said.slice(0, -1), stripped].join(' ')}?`];
}

/**
 * A question asked after another: as made whole with what it leans on; if the article has nothing on
 * that, with only the names it leans on (what was carried over may be put another way in the article).
 */
function answerInContext(
  engine: Engine,
  text: string,
  previous: string | undefined,
  fallBack = true,
): { question: string; answer: Answer } {
  const readings = contextReadings(engine, text, previous).slice(0, fallBack ? undefined : 1);
  let first: { question: string; answer: Answer } | undefined;
  const carried =
    readings.length > 1 ? carriedCompanies(engine, readings[0]!, text, previous) : new Set<string>();
  // (the reply itself names it: not one read into `그 회사들`)
  const names = (entity: Entity) => {
    const own = readQuestion(engine, text);
    return !!own && completeAsk(own).mentions.some((m) => m.entity.id === entity.id);
  };
  for (const question of readings) {
    const answer = answerQuestion(engine, question);
    // (`일본 법인 어디에 세웠대` after Elancer's CEO: not another company's, read without Elancer)
    const found =
      answerFound(answer) && (first === undefined || !answeredOfOther(engine, question, answer, carried));
    if (found) return ownWordsFirst(engine, text, { question, answer });
    // (`구글만 따로 하면?` after the big tech figure: the article gives it only for them together, which
    // is the answer; a looser reading would drop what was asked)
    if (!first && answer.kind === 'partial' && (answer.together ?? []).length > 0 && names(answer.entity))
      return { question, answer };
    first ??= { question, answer };
  }
  // (`프리랜서 사십만 넘게 데리고 있는 회사 사장 누구야`, asked on its own: found nothing at all, and of no
  // name the article does not know; a company described, not named, asked of by name)
  const refused = first?.answer;
  const question =
    !previous && refused?.kind === 'not-found' && (refused.unknown ?? []).length === 0
      ? describedCompany(engine, readings[0]!)
      : undefined;
  if (question) {
    const answer = answerQuestion(engine, question);
    if (answerFound(answer)) return { question, answer };
  }
  return first!;
}

/** The companies a follow-up made whole is about that it does not name itself. */
function carriedCompanies(
  engine: Engine,
  whole: string,
  text: string,
  previous: string | undefined,
): Set<string> {
  const own = readQuestion(engine, text);
  // (not one that asks which, `본사 옮긴 데는?`: another may be meant)
  if (!own || own.understanding.types.has('which')) return new Set();
  const named = new Set(completeAsk(own).mentions.map((m) => m.entity.id));
  const companies = (said: string | undefined, withApart = false) => {
    const read = said ? readQuestion(engine, said) : undefined;
    // (those set apart too, `MS랑 구글 말고 …`: `걔네` may mean them with the one answered)
    const apart = (withApart ? (read?.terms ?? []) : [])
      .filter((t) => t.excluded)
      .flatMap((t) => engine.entities.exactMatches(compactKey(t.head)));
    return [...(read ? completeAsk(read).mentions.map((m) => m.entity) : []), ...apart]
      .filter((entity) => entity.type === 'company' && !named.has(entity.id))
      .map((entity) => entity.id);
  };
  // (one that points back, `걔네가 …`, `they`, may mean any the turn before named, asked or answered)
  const before = own.understanding.anaphora ? companies(previous?.replace(NAMED, ' '), true) : [];
  return new Set([...companies(whole), ...before]);
}

/**
 * A later reading that left out the companies carried over, answered of another company only: the
 * conversation is about those, so its answer is no answer.
 */
function answeredOfOther(engine: Engine, question: string, answer: Answer, carried: ReadonlySet<string>) {
  if (carried.size === 0 || answer.kind !== 'facts') return false;
  const reading = readQuestion(engine, question);
  if ((reading ? completeAsk(reading).mentions : []).some((m) => carried.has(m.entity.id))) return false;
  // (`…이랑 빅테크 일본 투자 총액`: companies the question speaks of itself, pointing at none before)
  const { companyNouns } = engine.lexicon;
  const ownCompanies = reading?.terms.some(
    (t) => !t.background && t.role === 'topic' && readsAs(t, companyNouns),
  );
  if (ownCompanies && !reading?.understanding.anaphora) return false;
  const companies = answer.facts.flatMap((f) =>
    f.fact.entities.filter((id) => engine.kb.entities.get(id)?.type === 'company'),
  );
  return companies.length > 0 && !companies.some((id) => carried.has(id));
}

/** How many of a question's words a company's description must say, and more than any other's. */
const DESCRIBED_WORDS = 2;

/**
 * `프리랜서 사십만 넘게 데리고 있는 회사 사장 누구야`: a question that names no one and speaks of a company
 * (`회사`, `startup`): the company whose description and facts say most of its other words (two at least,
 * more than any other's); the question after the words for the company, asked of it by name.
 */
function describedCompany(engine: Engine, question: string): string | undefined {
  const reading = readQuestion(engine, question);
  if (!reading || completeAsk(reading).mentions.some((m) => m.entity.type !== 'region')) return undefined;
  const { companyNouns } = engine.lexicon;
  const isCompany = (t: Term) => [t.head, t.surface].some((w) => companyNouns.has(w));
  const noun = reading.terms.findLast(isCompany);
  if (!noun) return undefined;
  const words = reading.terms.filter(
    (t) =>
      !t.background &&
      reading.terms.indexOf(t) < reading.terms.indexOf(noun) &&
      (t.role === 'topic' || t.role === 'predicate') &&
      !isCompany(t) &&
      !/^[0-9]+$/.test(t.head),
  );
  const english = !hasHangul(question);
  // (as written, or a word of its set: `칩` where the article says `반도체`)
  const forms = (t: Term) => [t.head, t.surface, ...t.forms, ...t.synonyms].filter((w) => w.length >= 2);
  const says = (id: string, summary: string) => {
    const facts = (engine.kb.factsByEntity.get(id) ?? []).map((f) => (english ? f.text.en : f.text.ko));
    return wordsSaid(words, [summary, ...facts].join(' '), forms);
  };
  const ranked = engine.kb
    .entitiesOfType('company')
    .map((e) => ({ e, n: says(e.id, english ? e.summary.en : e.summary.ko) }))
    .sort((a, b) => b.n - a.n);
  const [best, second] = ranked;
  if (!best || best.n < DESCRIBED_WORDS || best.n === second?.n) return undefined;
  // (the question after the words for the company, asked of its name: `이랜서 사장 누구야`)
  const at = question.lastIndexOf(noun.surface);
  const rest = at >= 0 ? question.slice(at).replace(/^\S*\s*/, '') : question;
  return `${english ? best.e.name.en : best.e.name.ko} ${rest}`.trim();
}

/** How many words of its own a follow-up must have to be read alone, when the facts say them all. */
const OWN_WORDS = 2;

/**
 * `변화 속도 적응 못하면 어케 된다고?` after a question of 박성현: the follow-up read alone, when the fact
 * answering it says every word of its own and the fact answering it made whole says fewer (what it
 * carried over, a name, outweighed its own words).
 */
function ownWordsFirst(
  engine: Engine,
  text: string,
  made: { question: string; answer: Answer },
  named = false,
): { question: string; answer: Answer } {
  if (made.question === text || made.answer.kind !== 'facts') return made;
  const reading = readQuestion(engine, text);
  const own = (reading?.terms ?? []).filter(
    (t) => !t.background && (t.role === 'topic' || t.role === 'predicate'),
  );
  // (of a message's asking sentence, `named`, what it names is its own too)
  const names = !named && reading && completeAsk(reading).mentions.length > 0;
  if (own.length < OWN_WORDS || names) return made;
  const says = (answer: Answer) => {
    const fact = answer.kind === 'facts' ? answer.facts[0]?.fact : undefined;
    return fact
      ? wordsSaid(own, `${fact.text.ko} ${fact.text.en}`, (t) => [t.head, t.surface, ...t.forms])
      : 0;
  };
  const alone = answerQuestion(engine, text);
  return answerFound(alone) && says(alone) === own.length && says(made.answer) < own.length
    ? { question: text, answer: alone }
    : made;
}

/** How many of the words a text says, each in one of its forms (a verb by its stem: `따라가다` in `따라가지`). */
function wordsSaid(words: readonly Term[], text: string, forms: (t: Term) => readonly string[]): number {
  const written = text.toLowerCase();
  return words.filter((t) => forms(t).some((w) => written.includes(verbStemOf(w).toLowerCase()))).length;
}

/** How many entities a question with nothing to refer to offers to choose from. */
const MAX_CHOICES = 5;

/**
 * `그럼 거기 대표는?` sent on its own: it refers back (거기, 그 회사, 그 사람, they) and names nothing it
 * could refer to; rather than a guess, which one it means, of the kind it speaks of (a person for 그
 * 사람 and he or she, else a company). Of a message of several parts, the first: a later one may point at
 * what the first asks of.
 */
function referentMissing(engine: Engine, text: string, first: string): Answer | undefined {
  // (English `it`, `its`, `they` mostly refer within the question: `devs on its books`)
  const { referring } = engine.lexicon;
  if (!referring.namedOrPerson.test(first)) return undefined;
  const reading = readQuestion(engine, first);
  if (!reading?.understanding.anaphora) return undefined;
  // (it may point at what it says before, `…표 있잖아 거기서`, or at the company it describes, `41만
  // 프리랜서 보유한 그 회사`)
  if (reading.terms.some((t) => t.background) || unknownNamesAsked(reading).length > 0) return undefined;
  const { mentions } = completeAsk(reading);
  if (mentions.some((m) => m.entity.type !== 'region')) return undefined;
  // (`일본에서 AI 도입 빠른 이유랑 거기서 성공한 한국회사`: there, a place named before it)
  const pointer = referring.place.exec(first);
  const at = (i: number) => {
    const surface = reading.terms[i]?.surface;
    return surface ? first.toLowerCase().indexOf(surface) : -1;
  };
  const placeBefore = (m: Mention, before: number) =>
    m.entity.type === 'region' && m.terms.some((i) => at(i) >= 0 && at(i) < before);
  if (pointer && mentions.some((m) => placeBefore(m, pointer.index))) return undefined;
  const person = referring.person.test(first);
  // (`what did the writer think? is she happy …`: a person pointed at, the author named before)
  if (person && reading.understanding.articleFields.has('author')) return undefined;
  const all = engine.kb.entitiesOfType(person ? 'person' : 'company');
  const pinned = all.filter((e) => e.pinned);
  const choices = (pinned.length > 0 ? pinned : all).slice(0, MAX_CHOICES);
  return choices.length > 0 ? { kind: 'clarify', question: text, choices } : undefined;
}
