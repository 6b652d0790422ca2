/**
 * What a figure the article gives for several years adds up to (`세 해 다 합치면 얼마야?`) or how much it
 * changed (`2021년 대비 2023년 얼마나 줄었어?`): worked out from the article's own figures of one series
 * (the same measure, in one unit, a year each), and always shown with them.
 */
import type { Figure } from '../knowledge/schema.ts';
import { verbStemOf } from '../language/korean.ts';
import type { Term } from '../language/understand.ts';
import type { Computed, Engine } from './types.ts';

/** Units a sum or a change is worked out in: amounts and counts, not shares or years. */
const COUNTED: ReadonlySet<Figure['unit']> = new Set([
  'KRW',
  'JPY',
  'USD',
  'people',
  'organizations',
  'companies',
]);

/** Whether the question asks what the figures add up to, how much they changed, or which is largest or smallest. */
export function arithmeticAsked(
  engine: Engine,
  terms: readonly Term[],
): Computed['op'] | 'change' | undefined {
  const { sum, change, most, max, min } = engine.lexicon.arithmetic;
  const says = (set: ReadonlySet<string>) =>
    terms.some((t) => !t.background && [t.head, t.surface.toLowerCase()].some((w) => set.has(w)));
  // (a word of size by its stem, however it ends: `많았던`, `적었던`)
  const stems = (set: ReadonlySet<string>) =>
    [...set].flatMap((w) => (verbStemOf(w) !== w ? [verbStemOf(w)] : []));
  const sized = (set: ReadonlySet<string>) =>
    says(set) || terms.some((t) => !t.background && stems(set).some((s) => t.surface.startsWith(s)));
  // (`가장 많았던 해`, `the most`, `the highest`: which year's figure is the largest or smallest)
  const { larger, smaller } = engine.lexicon.sizeAsked;
  if (says(min) || (says(most) && sized(smaller))) return 'min';
  if (
    says(max) ||
    (says(most) && (sized(larger) || terms.some((t) => /^[a-z]+$/.test(t.head) && most.has(t.head))))
  )
    return 'max';
  if (says(sum)) return 'sum';
  if (says(change)) return 'change';
  return undefined;
}

/** Percent of change shown to one decimal. */
const PERCENT_STEP = 10;

/**
 * The sum of a series' figures, or the change from its first year to its last; none unless the figures are
 * one series of two years or more.
 */
export function computedOf(
  asked: Computed['op'] | 'change',
  figures: readonly Figure[],
): Computed | undefined {
  const series = [...figures]
    .filter((f) => f.year !== undefined && COUNTED.has(f.unit))
    .sort((a, b) => a.year! - b.year!);
  const [first] = series;
  const last = series.at(-1);
  if (!first || !last || series.length < 2) return undefined;
  const oneSeries = series.every(
    (f, i) =>
      f.unit === first.unit && f.label.ko === first.label.ko && (i === 0 || f.year !== series[i - 1]!.year),
  );
  if (!oneSeries) return undefined;
  const result = (value: number, label: Figure['label']): Figure => ({
    value,
    unit: first.unit,
    qualifier: 'exact',
    label,
  });
  if (asked === 'max' || asked === 'min') {
    const pick = (a: Figure, b: Figure) =>
      (asked === 'max' ? b.value > a.value : b.value < a.value) ? b : a;
    return { op: asked, value: series.reduce(pick), of: series };
  }
  if (asked === 'sum') {
    const total = series.reduce((sum, f) => sum + f.value, 0);
    return { op: 'sum', value: result(total, first.label), of: series };
  }
  const difference = last.value - first.value;
  if (difference === 0 || first.value === 0) return undefined;
  const percent = Math.round((Math.abs(difference) / first.value) * 100 * PERCENT_STEP) / PERCENT_STEP;
  return {
    op: difference < 0 ? 'fall' : 'rise',
    value: result(Math.abs(difference), first.label),
    of: [first, last],
    percent,
  };
}
