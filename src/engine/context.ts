/**
 * A question that leans on the one before it (in the same message, or the answer it replies to) made
 * whole: `대표는?` after `리벨리온 어디에 법인 세웠어?` asks `리벨리온 대표는?`; `2021년엔?` after `2023년
 * 글로벌 VC 투자액 얼마야?` asks the same of 2021; `왜?` asks why of what was just said.
 */
import { readQuestion } from './ask.ts';
import type { Mention } from './mentions.ts';
import { unknownNamesAsked } from './scope.ts';
import type { Engine } from './types.ts';

/** What a question is about and what it asks, as the engine read it. */
interface Shape {
  /** Its words as read, in order, each with what it is. */
  readonly words: readonly {
    readonly text: string;
    readonly kind: 'name' | 'number' | 'question' | 'word' | 'filler';
    readonly type?: string;
  }[];
  readonly refersBack: boolean;
}

function shapeOf(engine: Engine, text: string): Shape | undefined {
  const reading = readQuestion(engine, text);
  if (!reading) return undefined;
  const unknown = new Set(unknownNamesAsked(reading));
  const mentionAt = new Map<number, Mention>();
  for (const m of reading.mentions) for (const i of m.terms) mentionAt.set(i, m);
  const words = reading.terms.map((t, i) => {
    const mention = mentionAt.get(i);
    if (mention) return { text: t.surface, kind: 'name' as const, type: mention.entity.type };
    if (unknown.has(t.head)) return { text: t.surface, kind: 'name' as const, type: 'unknown' };
    if (/^[0-9]+$/.test(t.head))
      return {
        text: t.surface,
        kind: 'number' as const,
        type: /^(19|20)[0-9]{2}$/.test(t.head) ? 'year' : 'number',
      };
    if (t.role === 'question') return { text: t.surface, kind: 'question' as const };
    if (t.role === 'filler') return { text: t.surface, kind: 'filler' as const };
    return { text: t.surface, kind: 'word' as const };
  });
  return { words, refersBack: reading.understanding.anaphora };
}

/**
 * The question `text` means after `previous` (a question as the engine asked it): itself when it is
 * whole; the previous question about its new subject when it only names one (`미국은?`, `2021년엔?`);
 * with the previous question's subjects when it names none (`대표는?`, `거기 대표는?`); the previous
 * question's words with its own question word when it only asks (`왜?`, `언제까지?`).
 */
export function inContext(engine: Engine, text: string, previous: string | undefined): string {
  if (!previous) return text;
  const own = shapeOf(engine, text);
  const before = shapeOf(engine, previous);
  if (!own || !before) return text;
  const ownNames = own.words.filter((w) => w.kind === 'name' || w.kind === 'number');
  const substantive = own.words.filter((w) => w.kind === 'word');
  const asks = substantive.length > 0 || own.words.some((w) => w.kind === 'question');
  // Whole: it names what it is about (not only a country) and asks something of it (`근데 이랜서 대표는?`).
  if (ownNames.some((w) => w.kind === 'name' && w.type !== 'region') && asks && !own.refersBack) return text;
  // Only a new subject (`미국은?`, `and the US?`, `2021년엔?`): the same question of it.
  if (ownNames.length > 0 && substantive.length === 0 && !own.words.some((w) => w.kind === 'question'))
    return substituted(before, ownNames);
  const subjects = before.words.filter((w) => w.kind === 'name' || w.kind === 'number');
  // Only a question word (`왜?`, `언제까지?`, `얼마나?`): asked of what was just said.
  if (substantive.length === 0) {
    const said = before.words.filter((w) => w.kind === 'name' || w.kind === 'number' || w.kind === 'word');
    return [...said.map((w) => w.text), text].join(' ');
  }
  // Something asked of no one (`대표는?`, `거기 매출 비중은?`, `일본 매출 비중은?`): of what the question
  // before named, but for what it names itself.
  const named = new Set(ownNames.map((w) => w.type));
  const others = subjects.filter((w) => !named.has(w.type));
  // (the company it was about, not the country that only placed it: `올거나이즈 본사는 어디로 옮겼어`)
  const main = others.some((w) => w.type !== 'region') ? others.filter((w) => w.type !== 'region') : others;
  return [...main.map((w) => w.text), text].join(' ');
}

/** The previous question, its subject of the same kind replaced by the new one (or the new one added). */
function substituted(before: Shape, names: Shape['words']): string {
  const words = before.words.map((w) => w.text);
  const used = new Set<number>();
  const extra: string[] = [];
  for (const name of names) {
    const at = before.words.findIndex(
      (w, i) => !used.has(i) && (w.kind === 'name' || w.kind === 'number') && w.type === name.type,
    );
    if (at >= 0) {
      used.add(at);
      words[at] = name.text;
    } else extra.push(name.text);
  }
  return [...extra, ...words].join(' ');
}
