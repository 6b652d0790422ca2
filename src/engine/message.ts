/**
 * Two questions in one message (`본사는 어디로 옮겼고 대표 고객은 누구야`, `Who is its CEO and where is
 * its first office?`, `왜 몰려? 그리고 투자액은 얼마?`): each answered on its own, the second with the
 * names of the first when it has none, and the facts given together. Only when both are answered;
 * otherwise the message is read as one question.
 */
import { understand } from '../language/understand.ts';
import { isHangulWord } from '../search/normalize.ts';
import { findMentions, vocabularyOf } from './mentions.ts';
import { answerQuestion } from './pipeline.ts';
import type { Answer, Engine } from './types.ts';

export function answerMessage(engine: Engine, text: string): Answer {
  return twoQuestions(engine, text) ?? answerQuestion(engine, text);
}

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
