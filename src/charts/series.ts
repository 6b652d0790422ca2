import type { Entity, Figure, FigureUnit, LocalizedText } from '../knowledge/schema.ts';
import type { KnowledgeBase, SourcedFact } from '../knowledge/types.ts';

/** One bar: a figure of the knowledge base and what it stands for on the x-axis. */
export interface SeriesPoint {
  /** The year (`years` series), or what the amount measures (`amounts` series). */
  readonly year?: number;
  readonly label: LocalizedText;
  readonly figure: Figure;
  readonly factId: string;
}

/**
 * Figures that make a chart, read from the knowledge base: the same measure of the same things in
 * several years (`years`), or amounts of one unit that one fact sets side by side (`amounts`).
 */
export interface ChartSeries {
  /** Stable across reloads while the facts keep their ids: the autocomplete value of `/chart`. */
  readonly id: string;
  readonly kind: 'years' | 'amounts';
  readonly unit: ChartUnit;
  /** What is measured: the figures' label, or what the compared amounts have in common. */
  readonly title: LocalizedText;
  /** What the figures are about (companies, regions, people; organisations when nothing else). */
  readonly subjects: readonly Entity[];
  /** Organisations named by every fact of a series that is about something else: who reported it. */
  readonly reporters: readonly Entity[];
  readonly points: readonly SeriesPoint[];
  /** The facts the figures come from, in knowledge-base order. */
  readonly factIds: readonly string[];
  readonly articleId: string;
  /** The passages those facts cite, for the source line. */
  readonly passageIds: readonly string[];
}

/** Units a bar chart can show; a year or a bare count is not an amount. */
export type ChartUnit = Exclude<FigureUnit, 'year' | 'count'>;

const CHART_UNITS: ReadonlySet<FigureUnit> = new Set<FigureUnit>([
  'percent',
  'KRW',
  'JPY',
  'USD',
  'people',
  'organizations',
  'companies',
]);

/** More bars than this are no longer readable at Discord's embed size: the latest ones are kept. */
export const MAX_POINTS = 16;

const isChartUnit = (unit: FigureUnit): unit is ChartUnit => CHART_UNITS.has(unit);
/** A deadline (`2032년까지`) is a date, not an amount. */
const isChartable = (figure: Figure) => isChartUnit(figure.unit) && figure.qualifier !== 'until';
const NONE: readonly Figure[] = [];
const labelKey = (label: LocalizedText) => label.ko.replace(/\s+/g, ' ').trim().toLowerCase();

interface Draft {
  readonly kind: ChartSeries['kind'];
  readonly unit: ChartUnit;
  readonly title: LocalizedText;
  readonly entityIds: readonly string[];
  readonly points: SeriesPoint[];
  readonly facts: SourcedFact[];
  /** The fact the series is named after. */
  readonly namer: SourcedFact;
  /** Position of the series' first fact in the knowledge base: series are listed in this order. */
  readonly first: number;
}

/**
 * Every chartable series of a knowledge base, in the order their first fact appears. Pure: the same
 * knowledge base gives the same series.
 */
export function deriveSeries(kb: KnowledgeBase): ChartSeries[] {
  const drafts: Draft[] = [];
  const byMeasure = new Map<string, { figures: { figure: Figure; fact: SourcedFact }[]; first: number }>();
  let order = 0;
  for (const fact of kb.facts.values()) {
    order++;
    // Most facts hold no figure, or one: nothing is allocated for them.
    const chartable = fact.figures.length > 0 ? fact.figures.filter(isChartable) : NONE;
    if (chartable.length === 0) continue;
    // The same measure of the same things across years, gathered over every fact.
    let entityKey: string | undefined;
    for (const figure of chartable) {
      if (figure.year === undefined) continue;
      entityKey ??= [...fact.entities].sort().join(',');
      const key = `${entityKey}|${figure.unit}|${labelKey(figure.label)}`;
      const group = byMeasure.get(key);
      if (group) group.figures.push({ figure, fact });
      else byMeasure.set(key, { figures: [{ figure, fact }], first: order });
    }
    if (chartable.length < 2) continue;
    // Amounts one fact compares: two or more figures of one unit, each measuring something else.
    const byUnit = new Map<ChartUnit, Figure[]>();
    for (const figure of chartable) {
      const unit = figure.unit as ChartUnit;
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), figure]);
    }
    for (const [unit, figures] of byUnit) {
      if (figures.length < 2 || new Set(figures.map((f) => labelKey(f.label))).size !== figures.length)
        continue;
      drafts.push({
        kind: 'amounts',
        unit,
        title: commonMeasure(figures.map((f) => f.label)),
        entityIds: fact.entities,
        points: figures.map((figure) => ({ label: figure.label, figure, factId: fact.id })),
        facts: [fact],
        namer: fact,
        first: order,
      });
    }
  }
  for (const { figures, first } of byMeasure.values()) {
    // One figure is a point, not a series (most measures in a big knowledge base).
    if (figures.length < 2) continue;
    const byYear = new Map<number, { figure: Figure; fact: SourcedFact }>();
    let conflict = false;
    for (const entry of figures) {
      const year = entry.figure.year!;
      const known = byYear.get(year);
      if (!known) byYear.set(year, entry);
      // Two different values for one year: the knowledge base contradicts itself; chart neither.
      else if (known.figure.value !== entry.figure.value) conflict = true;
    }
    if (conflict || byYear.size < 2) continue;
    const points = [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .slice(-MAX_POINTS)
      .map(([year, { figure, fact }]) => ({
        year,
        label: { ko: String(year), en: String(year) },
        figure,
        factId: fact.id,
      }));
    const facts = uniqueFacts(figures.map((f) => f.fact));
    const counts = new Map<string, number>();
    for (const p of points) counts.set(p.factId, (counts.get(p.factId) ?? 0) + 1);
    const namer = facts.reduce((best, f) =>
      (counts.get(f.id) ?? 0) > (counts.get(best.id) ?? 0) ? f : best,
    );
    const sample = figures[0]!;
    drafts.push({
      kind: 'years',
      unit: sample.figure.unit as ChartUnit,
      title: sample.figure.label,
      entityIds: sample.fact.entities,
      points,
      facts,
      namer,
      first,
    });
  }
  // Stable sort: among series starting at the same fact, the amounts (found first) come first.
  drafts.sort((a, b) => a.first - b.first);
  const ids = new Set<string>();
  return drafts.map((draft) => toSeries(kb, draft, uniqueId(draft.namer.id, ids)));
}

function uniqueFacts(facts: readonly SourcedFact[]): SourcedFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => !seen.has(f.id) && seen.add(f.id));
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function toSeries(kb: KnowledgeBase, draft: Draft, id: string): ChartSeries {
  const entities = draft.entityIds.flatMap((e) => {
    const entity = kb.entities.get(e);
    return entity ? [entity] : [];
  });
  const others = entities.filter((e) => e.type !== 'organization');
  const organisations = entities.filter((e) => e.type === 'organization');
  const passages: string[] = [];
  for (const fact of draft.facts) if (!passages.includes(fact.source)) passages.push(fact.source);
  return {
    id,
    kind: draft.kind,
    unit: draft.unit,
    title: draft.title,
    subjects: others.length > 0 ? others : organisations,
    reporters: others.length > 0 ? organisations : [],
    points: draft.points,
    factIds: draft.facts.map((f) => f.id),
    articleId: draft.namer.articleId,
    passageIds: passages,
  };
}

/**
 * What compared amounts measure in common: the words their labels end with (`A 법인세율`,
 * `B 법인세율` → `법인세율`), else all the labels.
 */
export function commonMeasure(labels: readonly LocalizedText[]): LocalizedText {
  const common = (texts: readonly string[]) => {
    const words = texts.map((t) => t.trim().split(/\s+/));
    const shared: string[] = [];
    for (let back = 1; ; back++) {
      const word = words[0]?.at(-back);
      if (!word || words.some((w) => w.length <= back - 1 || w.at(-back) !== word)) break;
      // Every label must keep a word of its own, else the labels are the same measure.
      if (words.some((w) => w.length === back)) break;
      shared.unshift(word);
    }
    return shared.length > 0 ? shared.join(' ') : texts.join(' · ');
  };
  return { ko: common(labels.map((l) => l.ko)), en: common(labels.map((l) => l.en)) };
}
