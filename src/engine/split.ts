/**
 * Where one message asks several things: numbered items (`1) … 2) …`), question marks between
 * questions, a clause closed by a joining ending (`…누구고 …얼마야`, `…했는지랑`), a joining word before an
 * English question word (`… and where …`), a comma between two questions. A part must ask something;
 * otherwise the message is one question.
 */
import { understand } from '../language/understand.ts';
import { isHangulWord } from '../search/normalize.ts';
import { vocabularyOf } from './mentions.ts';
import type { Engine } from './types.ts';

const MAX_PARTS = 4;
/** Endings that quote (`얼마라고`, `한다고`, `뭐냐고`): no clause of its own. */
const QUOTATIVE = /(라고|다고|냐고|자고|하고)$/;
/** Verbs that go on from a `-고` form (`하고 있어`, `알고 싶어`): one clause. */
const AUXILIARY = /^(있|없|싶|계시|계신|말|나서|난)/;

const insideBrackets = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

export function splitMessage(engine: Engine, text: string): string[] {
  const asks = (part: string) => partAsks(engine, part);
  const numbered = numberedItems(text);
  if (numbered && numbered.length >= 2 && numbered.every(asks)) return numbered.slice(0, MAX_PARTS);
  return splitParts(engine, text, MAX_PARTS, asks);
}

/**
 * A part asks something: a question word, or a yes-or-no closed by a question mark; not a clause closed
 * as background (`186억 달러라던데`).
 */
function partAsks(engine: Engine, part: string): boolean {
  const last = (part.trim().split(/\s+/).at(-1) ?? '').replace(/[?？!.~]+$/, '');
  if (engine.lexicon.backgroundMarkers.some((m) => last.length > m.length && last.endsWith(m))) return false;
  const { types, terms } = understand(part, engine.lexicon, vocabularyOf(engine));
  if ([...types].some((t) => t !== 'yesno' && t !== 'compare')) return true;
  // (`일본 매출 비중은?`, `and the US?`: closed by a question mark, it asks about what it names; a bare
  // noun offered as a guess, `홋카이도?`, `그로스 시장?`, belongs to the question before it)
  const content = terms.filter((t) => t.role === 'topic' || t.role === 'predicate');
  const guess =
    isHangulWord(part.replace(/[^가-힣]/g, '').slice(0, 1)) &&
    content.length <= 2 &&
    content.every((t) => t.role === 'topic') &&
    !/(은|는|요)[?？]\s*$/.test(part.trim());
  return /[?？]\s*$/.test(part.trim()) && content.length > 0 && !guess;
}

/** `1) … 2) …`, `1. … 2. …`, `① … ②`: the items, their numbers left off. */
function numberedItems(text: string): string[] | undefined {
  const marker = /(?:^|\s)(?:\(?[1-9][).]|[①②③④⑤])\s*/g;
  const starts = [...text.matchAll(marker)];
  if (starts.length < 2) return undefined;
  return starts
    .map((m, i) => text.slice(m.index + m[0].length, starts[i + 1]?.index ?? text.length).trim())
    .filter((item) => item.length > 0);
}

function splitParts(engine: Engine, text: string, room: number, asks: (part: string) => boolean): string[] {
  if (room <= 1) return [text];
  const split = candidates(engine, text).find(
    ([a, b]) => a.length >= 4 && b.length >= 2 && asks(a) && asks(b),
  );
  if (!split) return [text];
  return [split[0], ...splitParts(engine, split[1], room - 1, asks)];
}

/** Every place the message could be cut in two, in reading order of preference. */
function candidates(engine: Engine, text: string): [string, string][] {
  const out: [string, string][] = [];
  const { questionJoinWords: joiners } = engine.lexicon;
  const dropJoiner = (rest: string) => {
    const words = rest.split(/\s+/);
    return (joiners.includes(words[0]!.toLowerCase().replace(/,$/, '')) ? words.slice(1) : words).join(' ');
  };
  const sentences = text.split(/(?<=[?？])\s+/).filter((s) => s.trim());
  for (let i = 1; i < sentences.length; i++)
    out.push([sentences.slice(0, i).join(' '), dropJoiner(sentences.slice(i).join(' '))]);
  const words = text.split(/\s+/);
  const upTo = (i: number) => words.slice(0, i).join(' ').replace(/,$/, '');
  words.forEach((word, i) => {
    if (i === 0 || i === words.length - 1) return;
    if (joinsClause(engine, word, words[i + 1]!)) out.push([upTo(i + 1), words.slice(i + 1).join(' ')]);
    // `Who is its CEO and where …`: a joining word before a question word.
    if (joiners.includes(word.toLowerCase()) && /^(what|who|where|when|why|how|which)$/i.test(words[i + 1]!))
      out.push([upTo(i), words.slice(i + 1).join(' ')]);
    // `EU가 만든 법 이름 뭐야, 중국은 …`: a comma between two questions (not inside brackets).
    else if (
      word.endsWith(',') &&
      !insideBrackets(upTo(i + 1)) &&
      asksOwn(engine, words.slice(i + 1).join(' '))
    )
      out.push([upTo(i + 1), dropJoiner(words.slice(i + 1).join(' '))]);
  });
  return out;
}

/** After a comma, a question of its own asks with a question word (`, 중국은 어떤 분야에서 …`), unlike a list. */
function asksOwn(engine: Engine, text: string): boolean {
  const { types } = understand(text, engine.lexicon, vocabularyOf(engine));
  return [...types].some((t) => t !== 'yesno' && t !== 'compare');
}

/**
 * `…옮겼고 대표 고객은 누구야`: a clause closed by a joining ending, then the next question; not a
 * quotation (`얼마라고`, `한다고`), nor a verb going on (`투자하고 있어`).
 */
function joinsClause(engine: Engine, word: string, next: string): boolean {
  const bare = word.replace(/,$/, '');
  if (!isHangulWord(bare.slice(-1)) || QUOTATIVE.test(bare) || AUXILIARY.test(next)) return false;
  return engine.lexicon.questionJoinEndings.some((e) => bare.length > e.length && bare.endsWith(e));
}
