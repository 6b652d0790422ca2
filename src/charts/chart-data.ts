import { catalogue } from '../i18n/catalogue.ts';
import type { Figure } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { formatFigure } from '../render/format.ts';
import { truncate } from '../render/limits.ts';
import type { ReplyLanguage } from '../render/payload.ts';
import type { ChartSeries } from './series.ts';

/** Everything a chart shows, in the reply's language: what the renderer draws and the alt text says. */
export interface ChartData {
  readonly language: ReplyLanguage;
  readonly title: string;
  /** What the figures are about, and the unit of the axis. */
  readonly subtitle: string;
  /** One per bar. */
  readonly labels: readonly string[];
  /** The figures in the axis unit (`9895` for 9895억 원). */
  readonly values: readonly number[];
  /** Drawn on the bars: the value as the axis counts it, with `≈`, `≤`, `≥` for 약, 최대, 최소. */
  readonly valueLabels: readonly string[];
  readonly unit: string;
  /** Under the chart: who reported the figures and where the article says so. */
  readonly source: string;
  /** The attachment's alt text (at most 1,024 characters, Discord's limit). */
  readonly description: string;
}

/** Discord's limit on an attachment's description. */
export const DESCRIPTION_LIMIT = 1024;

const MONEY_SCALES: Record<ReplyLanguage, readonly (1 | 1e4 | 1e8 | 1e6 | 1e9 | 1e12)[]> = {
  // Korean counts in 만, 억, 조; English in thousands of thousands.
  ko: [1e12, 1e8, 1e4],
  en: [1e12, 1e9, 1e6],
};

const QUALIFIER_MARK: Partial<Record<Figure['qualifier'], string>> = { approx: '≈', max: '≤', min: '≥' };

/** The chart of a series in one language, from the knowledge base alone. Pure. */
export function chartData(series: ChartSeries, kb: KnowledgeBase, language: ReplyLanguage): ChartData {
  const text = catalogue(language);
  const style = text.chartStyle;
  const { scale, unit } = axisUnit(series, language);
  const values = series.points.map((p) => p.figure.value / scale);
  const labels = series.points.map((p) =>
    p.year !== undefined ? text.chart.year(p.year) : style.label(p.label[language]),
  );
  const title = style.label(series.title[language]);
  const subjects = series.subjects.map((e) => e.name[language]);
  const article = kb.article(series.articleId);
  const source = text.chart.source(
    series.reporters.map((e) => e.name[language]),
    article ? `${article.title[language]} (${article.date})` : series.articleId,
    series.passageIds,
  );
  const described = series.points.map((p, i) => `${labels[i]} ${formatFigure(p.figure, language)}`);
  return {
    language,
    title,
    subtitle: text.chart.subtitle(subjects, unit),
    labels,
    values,
    valueLabels: series.points.map(
      (p, i) => `${QUALIFIER_MARK[p.figure.qualifier] ?? ''}${style.number(values[i] ?? 0)}`,
    ),
    unit,
    source,
    description: truncate(text.chart.altText(title, subjects, described, source), DESCRIPTION_LIMIT),
  };
}

/** The unit the axis counts in: money in the largest scale the figures reach (억 원, KRW billion). */
function axisUnit(series: ChartSeries, language: ReplyLanguage): { scale: number; unit: string } {
  const units = catalogue(language).units;
  switch (series.unit) {
    case 'KRW':
    case 'JPY':
    case 'USD': {
      const largest = Math.max(...series.points.map((p) => Math.abs(p.figure.value)));
      const scale = MONEY_SCALES[language].find((s) => largest >= s) ?? 1;
      return { scale, unit: units.money(series.unit, scale) };
    }
    default:
      return { scale: 1, unit: units[series.unit] };
  }
}

/** How `/chart` and its autocomplete name a series: title, what it is about, the years it spans. */
export function seriesChoiceName(series: ChartSeries, language: ReplyLanguage): string {
  const years = series.points.flatMap((p) => (p.year === undefined ? [] : [p.year]));
  const span = years.length > 0 ? `${years[0]}–${years.at(-1)}` : '';
  const text = catalogue(language);
  return text.chart.choice(
    text.chartStyle.label(series.title[language]),
    series.subjects.map((e) => e.name[language]),
    span,
  );
}
