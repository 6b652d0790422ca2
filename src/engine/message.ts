/**
 * A message as people write it: one question, or several (`본사는 어디로 옮겼고 대표 고객은 누구야`, `Who is
 * its CEO and where is its first office?`, `1) … 2) …`), each answered in its place; a part that leans
 * on the one before it (`…누구야? 언제 세웠어?`) is asked with what that one named.
 */

import { inContext } from './context.ts';
import { answerQuestion } from './pipeline.ts';
import { splitMessage } from './split.ts';
import { type Answer, answerFound, type Engine } from './types.ts';

/** An answer and the question it answers, each part made whole: what a reply to it continues from. */
export interface AnsweredMessage {
  readonly answer: Answer;
  /** The question each part was asked as, in order; the last is what a follow-up leans on. */
  readonly asked: readonly string[];
}

export function answerMessage(engine: Engine, text: string, previous?: string): AnsweredMessage {
  const parts = splitMessage(engine, text);
  if (parts.length <= 1) {
    const asked = inContext(engine, text, previous);
    return { answer: answerQuestion(engine, asked), asked: [asked] };
  }
  const answered: { question: string; answer: Answer }[] = [];
  const asked: string[] = [];
  let before = previous;
  for (const part of parts) {
    const question = inContext(engine, part, before);
    const answer = answerQuestion(engine, question);
    const own = question === part && answer.kind === 'facts' && answer.verdict !== undefined;
    answered.push({ question: part, answer, ...(own ? { own } : {}) });
    asked.push(question);
    before = question;
  }
  if (!answered.some((p) => answerFound(p.answer))) {
    const whole = inContext(engine, text, previous);
    return { answer: answerQuestion(engine, whole), asked: [whole] };
  }
  return { answer: { kind: 'multi', question: text, parts: answered }, asked };
}
