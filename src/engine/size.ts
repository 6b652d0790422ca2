/**
 * Which of two amounts is larger (`빅테크 일본 투자액이랑 일본 데이터센터 보조금 중에 뭐가 더 커?`): each is
 * asked apart, then the two are set against each other by the figure each answer leads with; in won where
 * their currencies differ, as the article gives each amount in won beside it.
 */
import type { Figure } from '../knowledge/schema.ts';
import { type Term, understand } from '../language/understand.ts';
import { figureInUnit } from './fit.ts';
import { vocabularyOf } from './mentions.ts';
import type { Answer, Engine, SizeCompared } from './types.ts';

/** Whether the message asks which is larger or which is smaller: a word for more or less, with one that picks. */
export function sizeAsked(engine: Engine, text: string): SizeCompared['asked'] | undefined {
  const words = engine.lexicon.sizeAsked;
  const { terms } = understand(text, engine.lexicon, vocabularyOf(engine));
  const bare = (surface: string) => surface.replace(/[?？!.~,]+$/, '').toLowerCase();
  const picks = terms.some(
    (t) => words.more.has(t.head) || words.choice.has(t.head) || words.choice.has(bare(t.surface)),
  );
  if (!picks) return undefined;
  // (as read, or as typed: `작아요`)
  const forms = (t: Term) => [t.head, bare(t.surface)];
  const says = (set: ReadonlySet<string>) =>
    terms.some((t) => !t.background && forms(t).some((w) => set.has(w)));
  if (says(words.larger)) return 'larger';
  if (says(words.smaller)) return 'smaller';
  return undefined;
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
  return { asked, part: asked === 'larger' ? larger : 1 - larger, amounts: [a, b] };
}
