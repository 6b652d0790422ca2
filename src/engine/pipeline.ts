/**
 * How a question becomes an answer:
 *
 *   read (terms, names) ─▶ scope (names the article does not know; the article itself)
 *     ─▶ words quoted from it, its outline, a summary, a list, a comparison of two things ─▶ complete (what it describes, what it asks) ─▶ answered without search (a card, a table)
 *     ─▶ resolve (find, constrain, prefer) ─▶ the type's contract (about the future, yes/no)
 *     ─▶ the gate (does the best fact cover it?) ─▶ the facts, what was asked for first (a heading
 *        asked to be explained: the part of the article it heads, summed up)
 */
import { type Ask, completeAsk, type Reading, readQuestion } from './ask.ts';
import { compareAnswer } from './contracts/compare.ts';
import { alternativesOffered, factsAnswer, saysOffered } from './contracts/facts.ts';
import { listAnswer } from './contracts/list.ts';
import { outlineAnswer } from './contracts/outline.ts';
import { crowdWhoSaid, placeAnswer, quoteAnswer, quotedWhoSaid, saidLoosely } from './contracts/quote.ts';
import { headingExplained, summaryAnswer } from './contracts/summary.ts';
import { namedRowAnswer, rowsAnswer, tableAnswer } from './contracts/table.ts';
import { groupsFigure, misnamed, speculation, unconfirmedClaim, unknownAmong } from './contracts/yesno.ts';
import { answerWithoutSearch } from './direct.ts';
import { namesOfCounted, nothingFits, receivedUnsaid, recipientsAsked, uncovered } from './gate.ts';
import { resolve } from './resolution.ts';
import { articleAnswer, unknownNamesAsked } from './scope.ts';
import { type Answer, answerFound, type Engine, notFoundAnswer } from './types.ts';

export function answerQuestion(engine: Engine, text: string): Answer {
  const reading = readQuestion(engine, text);
  if (!reading) return notFoundAnswer(text);
  // (what it asks, completed once, when first needed)
  let completed: Ask | undefined;
  const asked = () => (completed ??= completeAsk(reading));
  const unknown = unknownNamesAsked(reading);
  if (unknown.length > 0) return unknownAmong(reading) ?? notFoundAnswer(text, unknown);
  // (`일본어로 어떻게 읽어요?`: in a language the article is not written in)
  const language = reading.understanding.otherLanguage;
  if (language) return notFoundAnswer(text, [language]);
  // (`every CEO named in the article` lists; `who wrote the article` is the article's card)
  const whole =
    quoteAnswer(reading) ??
    outlineAnswer(reading) ??
    placeAnswer(reading) ??
    tableAnswer(reading) ??
    rowsAnswer(reading) ??
    namedRowAnswer(reading) ??
    listUnlessReceived(reading, asked) ??
    articleAnswer(reading) ??
    summaryAnswer(reading) ??
    compareAnswer(reading);
  if (whole) return whole;
  const ask = asked();
  const direct = answerWithoutSearch(ask);
  if (direct) return direct;
  const res = resolve(ask);
  // (a choice offered, `한국이야 일본이야?`, is no claim to confirm: the fact says which)
  const choices = alternativesOffered(res);
  const best = res.best;
  const choice = !!best && choices.length >= 2 && choices.some((i) => saysOffered(res, best, i));
  const contract =
    namesOfCounted(res) ??
    receivedUnsaid(res) ??
    speculation(res) ??
    (choice ? undefined : unconfirmedClaim(res));
  if (contract) return answerFound(contract) ? contract : (saidLoosely(reading) ?? contract);
  // (`그거 MS 혼자 금액임?`: a group's figure asked of one alone is theirs together)
  // (words said from memory, `… 가라는 말 있음?`: the passage that holds them, before a refusal)
  if (!res.best)
    return (
      groupsFigure(res) ??
      quotedWhoSaid(reading) ??
      crowdWhoSaid(res) ??
      saidLoosely(reading) ??
      nothingFits(res)
    );
  const uncoveredAnswer = uncovered(res, res.best);
  if (uncoveredAnswer)
    return quotedWhoSaid(reading) ?? crowdWhoSaid(res) ?? saidLoosely(reading) ?? uncoveredAnswer;
  // (`직원이야 프리랜서야?`: of alternatives offered, the fact says which; no yes to either)
  const offered = ask.terms.some((t) => t.alternative && !t.background);
  // (`올거나이즈 대표가 이창호였나요?`: a person named otherwise than the article names them is no yes; what the
  // article says, with its name)
  const verdict = misnamed(ask) ? ({ kind: 'says' } as const) : ({ kind: 'yes' } as const);
  const facts = factsAnswer(res, res.best, ask.yesno && !offered ? verdict : undefined);
  return headingExplained(reading, facts) ?? facts;
}

/**
 * A list, unless who received something is asked (`which companies actually got that money?`): no list of
 * those the article names says who got it.
 */
function listUnlessReceived(reading: Reading, asked: () => Ask): Answer | undefined {
  const list = listAnswer(reading);
  return list && recipientsAsked(asked()) < 0 ? list : undefined;
}
