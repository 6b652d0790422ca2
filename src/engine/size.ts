/**
 * Which of two amounts is larger (`빅테크 일본 투자액이랑 일본 데이터센터 보조금 중에 뭐가 더 커?`): each is
 * asked apart, then the two are set against each other by the figure each answer leads with; in won where
 * their currencies differ, as the article gives each amount in won beside it.
 */
import type { Figure } from '../knowledge/schema.ts';
import { verbStemOf } from '../language/korean.ts';
import { type Term, understand } from '../language/understand.ts';
import { hasHangul } from '../search/normalize.ts';
import { figureInUnit } from './fit.ts';
import { vocabularyOf } from './mentions.ts';
import type { Answer, Engine, SizeCompared } from './types.ts';
import { knowsWord } from './words.ts';

/** Whether the message asks which is larger or which is smaller: a word for more or less, with one that picks. */
export function sizeAsked(engine: Engine, text: string): SizeCompared['asked'] | undefined {
  const words = engine.lexicon.sizeAsked;
  const { terms } = understand(text, engine.lexicon, vocabularyOf(engine));
  const bare = (surface: string) => surface.replace(/[?？!.~,]+$/, '').toLowerCase();
  const picks = terms.some(
    (t) =>
      words.more.has(t.head) ||
      words.choice.has(t.head) ||
      words.choice.has(bare(t.surface)) ||
      setAgainst(engine, bare(t.surface)),
  );
  // (`몇 배`, `how many times`: how many times the larger is the smaller)
  if (!picks) return ratioAsked(engine, text) ? 'larger' : undefined;
  // (as read, or as typed: `작아요`)
  const forms = (t: Term) => [t.head, bare(t.surface)];
  const says = (set: ReadonlySet<string>) =>
    terms.some((t) => !t.background && forms(t).some((w) => set.has(w)));
  if (says(words.larger)) return 'larger';
  if (says(words.smaller)) return 'smaller';
  return undefined;
}

/** `보조금보다`, `than`: the word sets one amount against another (in Korean, typed onto the second). */
function setAgainst(engine: Engine, word: string): boolean {
  const { than } = engine.lexicon.sizeAsked;
  return than.some((w) => word === w || (word.length > w.length && word.endsWith(w) && hasHangul(w)));
}

/**
 * The two amounts a message sets against each other, and whether it claims the first is the one asked:
 * `빅테크 투자가 데이터센터 보조금보다 커?`, `is the subsidy bigger than the big tech investment?` (claimed),
 * `which is bigger, the data center subsidy or the big tech investment?`, `A는 B의 몇 배야?` (not).
 */
export function sizeSides(engine: Engine, text: string): Sides | undefined {
  // (a word of size typed somewhere, before the message is read: most have none)
  const { larger, smaller, ratio } = engine.lexicon.sizeAsked;
  const lower = text.toLowerCase();
  // (a verb by its stem, however it ends: `많았던` of 많다)
  const typed = (w: string) => lower.includes(verbStemOf(w));
  if (![...larger].some(typed) && ![...smaller].some(typed) && !ratio.some(typed)) return undefined;
  if (!sizeAsked(engine, text)) return undefined;
  const words = text
    .trim()
    .replace(/[?？!.~]+$/, '')
    .split(/\s+/);
  const { or, copulas, of } = engine.lexicon.sizeAsked;
  const ratioed = ratioAsked(engine, text);
  // (`A는 B의 몇 배야?`: the second side ends on the word that owns the ratio)
  const owner = ratioed ? words.findIndex((w, i) => i > 0 && startsRatio(engine, words.slice(i + 1))) : -1;
  if (owner > 0 && of.some((e) => words[owner]!.endsWith(e)))
    return subjectAndOther(engine, words, owner, of, false);
  const at = words.findIndex((w) => larger.has(bare(w)) || smaller.has(bare(w)));
  if (at < 0) return undefined;
  // (`A가 B보다 커?`: the first side ends on its subject, the second on the word set against)
  const than = words.findIndex((w, i) => i < at && setAgainst(engine, bare(w)) && hasHangul(w));
  if (than > 0) return subjectAndOther(engine, words, than, engine.lexicon.sizeAsked.than, !ratioed);
  // (`is A bigger than B?`, `how many times bigger is A than B?`)
  const after = words.findIndex((w, i) => i > at && setAgainst(engine, bare(w)));
  if (after > at) {
    const [from, to] = after === at + 1 ? [0, at] : [at + 1, after];
    const first = words.slice(from, to);
    const found = sides(
      copulas.has(first[0]?.toLowerCase() ?? '') ? first.slice(1) : first,
      words.slice(after + 1),
    );
    return found && { sides: found, claimed: !ratioed };
  }
  // (`which is bigger, A or B?`: the first after the word for more, or after a colon or comma that follows it)
  const split = words.findIndex((w, i) => i > at && or.has(w.toLowerCase()));
  if (split < 0) return undefined;
  const mark = words.findIndex((w, i) => i >= at && i < split && /[,:]$/.test(w));
  const found = sides(words.slice(mark >= 0 ? mark + 1 : at + 1, split), words.slice(split + 1));
  return found && { sides: found, claimed: false };
}

/** The two sides of a comparison, and whether the message claims the first is the one asked. */
interface Sides {
  readonly sides: [string, string];
  readonly claimed: boolean;
}

const bare = (w: string) => w.replace(/[?？!.~,:]+$/, '').toLowerCase();

const sides = (a: string[], b: string[]) =>
  a.length > 0 && b.length > 0 ? ([a.join(' '), b.join(' ')] as [string, string]) : undefined;

/**
 * `빅테크 투자가 | 데이터센터 보조금보다`, `빅테크 투자액은 | 데이터센터 보조금의`: the first side up to its subject
 * (its particle dropped where the word is known without it), the second up to the word at `end`, without the
 * `endings` that mark it.
 */
function subjectAndOther(
  engine: Engine,
  words: readonly string[],
  end: number,
  endings: readonly string[],
  claimed: boolean,
): Sides | undefined {
  const { subjectEndings } = engine.lexicon.sizeAsked;
  const subject = words
    .slice(0, end)
    .findLastIndex((w) => subjectEndings.some((e) => w.length > e.length && w.endsWith(e)));
  if (subject < 0) return undefined;
  const ending = subjectEndings.find((e) => words[subject]!.endsWith(e))!;
  const stem = words[subject]!.slice(0, -ending.length);
  const first = [...words.slice(0, subject), knowsWord(engine, stem, true) ? stem : words[subject]!];
  const marked = endings.find((e) => bare(words[end]!).endsWith(e))!;
  const second = [...words.slice(subject + 1, end), bare(words[end]!).slice(0, -marked.length)];
  const found = sides(first, second);
  return found && { sides: found, claimed };
}

/** `몇 배`, `how many times`: the message asks how many times one amount is the other. */
export function ratioAsked(engine: Engine, text: string): boolean {
  const lower = text.toLowerCase();
  return engine.lexicon.sizeAsked.ratio.some((phrase) => lower.includes(phrase));
}

/** The words open on the phrase that asks a ratio (`몇 배야`). */
function startsRatio(engine: Engine, words: readonly string[]): boolean {
  const opening = words.join(' ').toLowerCase();
  return engine.lexicon.sizeAsked.ratio.some((phrase) => opening.startsWith(phrase));
}

/** The amount an answer leads with (or its fact's first), and the same amount in won when the fact gives it. */
function amountOf(answer: Answer): SizeCompared['amounts'][number] | undefined {
  if (answer.kind !== 'facts') return undefined;
  const fact = answer.facts[0]?.fact;
  if (!fact) return undefined;
  const counted = (f: Figure) => f.unit !== 'year';
  const led = answer.lead.kind === 'figures' ? answer.lead.figures.find(counted) : undefined;
  const figure = led ?? fact.figures.find(counted);
  if (!figure) return undefined;
  const won =
    figure.unit === 'KRW'
      ? figure
      : figureInUnit(figure.unit, 'money')
        ? fact.figures.find((f) => f.unit === 'KRW' && f.year === figure.year)
        : undefined;
  return won ? { figure, won } : { figure };
}

/**
 * Of two parts answered, the one whose amount is the one asked (the larger or the smaller): of the same
 * unit by value, of two currencies by their amounts in won; none when the two cannot be set side by side.
 */
export function sizeCompared(
  parts: readonly { readonly answer: Answer }[],
  asked: SizeCompared['asked'],
): SizeCompared | undefined {
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => amountOf(p.answer));
  if (!a || !b) return undefined;
  const same = a.figure.unit === b.figure.unit;
  const money = figureInUnit(a.figure.unit, 'money') && figureInUnit(b.figure.unit, 'money');
  const [x, y] = same ? [a.figure.value, b.figure.value] : money ? [a.won?.value, b.won?.value] : [];
  if (x === undefined || y === undefined || x === y) return undefined;
  const larger = x > y ? 0 : 1;
  const ratio = Math.max(x, y) / Math.min(x, y);
  return { asked, part: asked === 'larger' ? larger : 1 - larger, amounts: [a, b], ratio };
}
