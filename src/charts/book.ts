import { type Answer, shownFacts } from '../engine/engine.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { ReplyFile, type ReplyLanguage } from '../render/payload.ts';
import { chartData, seriesChoiceName } from './chart-data.ts';
import { type ChartSeries, deriveSeries } from './series.ts';

/** A rendered chart, ready to attach. */
export interface ChartImage {
  readonly series: ChartSeries;
  readonly language: ReplyLanguage;
  readonly file: ReplyFile;
}

/**
 * PNGs kept per snapshot. One article has one or two series; a big synthetic knowledge base has
 * thousands, of which only the ones asked about are ever drawn, and the least recently used go first.
 */
export const MAX_CACHED_IMAGES = 256;

/**
 * The charts of one knowledge-base snapshot: its series (derived once) and their PNGs (rendered once
 * per series and language, then cached). A reload builds a new snapshot, hence a new book.
 */
export class ChartBook {
  readonly series: readonly ChartSeries[];
  private readonly byId = new Map<string, ChartSeries>();
  private readonly byFact = new Map<string, ChartSeries[]>();
  private readonly images = new Map<string, Promise<ChartImage>>();
  /** Each series' id and names in both languages, folded for matching; made on the first search. */
  private searchable?: { series: ChartSeries; names: string[] }[];

  constructor(readonly kb: KnowledgeBase) {
    this.series = deriveSeries(kb);
    for (const series of this.series) {
      this.byId.set(series.id, series);
      for (const fact of series.factIds) this.byFact.set(fact, [...(this.byFact.get(fact) ?? []), series]);
    }
  }

  get(id: string): ChartSeries | undefined {
    return this.byId.get(id);
  }

  /** The series to show beside these facts: the one with most bars, first in the knowledge base on ties. */
  forFacts(factIds: Iterable<string>): ChartSeries | undefined {
    let best: ChartSeries | undefined;
    for (const id of factIds)
      for (const series of this.byFact.get(id) ?? [])
        if (!best || series.points.length > best.points.length) best = series;
    return best;
  }

  /** Series whose id or name (in either language) matches what was typed: exact, prefix, then substring. */
  search(typed: string, limit: number): ChartSeries[] {
    const query = fold(typed);
    if (!query) return this.series.slice(0, limit);
    this.searchable ??= this.series.map((series) => ({
      series,
      names: [series.id, seriesChoiceName(series, 'ko'), seriesChoiceName(series, 'en')].map(fold),
    }));
    const tiers: ChartSeries[][] = [[], [], []];
    for (const { series, names } of this.searchable) {
      if (names.some((n) => n === query)) tiers[0]!.push(series);
      else if (names.some((n) => n.startsWith(query))) tiers[1]!.push(series);
      else if (names.some((n) => n.includes(query))) tiers[2]!.push(series);
    }
    return tiers.flat().slice(0, limit);
  }

  /** The series' PNG in a language: drawn on first use, then served from the cache. */
  image(series: ChartSeries, language: ReplyLanguage): Promise<ChartImage> {
    const key = `${series.id}\u0000${language}`;
    const cached = this.images.get(key);
    if (cached) {
      // Most recently used last.
      this.images.delete(key);
      this.images.set(key, cached);
      return cached;
    }
    const data = chartData(series, this.kb, language);
    // The renderer (Chart.js, Skia, the font) is loaded on the first chart, not at start-up.
    const image = import('./render.ts')
      .then(({ renderChartPng }) => renderChartPng(data))
      .then((png) => ({
        series,
        language,
        file: new ReplyFile(chartFileName(series), data.description, 'image/png', png),
      }));
    this.images.set(key, image);
    // A failed render is not kept: the next question tries again.
    image.catch(() => {
      if (this.images.get(key) === image) this.images.delete(key);
    });
    if (this.images.size > MAX_CACHED_IMAGES) {
      const oldest = this.images.keys().next().value;
      if (oldest !== undefined) this.images.delete(oldest);
    }
    return image;
  }
}

/**
 * Loads the renderer (Chart.js, Skia, the font) ahead of the first chart, so that the first answer with
 * a chart does not wait for it.
 */
export async function warmChartRenderer(): Promise<void> {
  (await import('./render.ts')).prepareRenderer();
}

export const chartFileName = (series: ChartSeries) => `chart-${series.id}.png`;

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const books = new WeakMap<KnowledgeBase, ChartBook>();

/** The chart book of a snapshot, made on first use (an old snapshot's book goes with it). */
export function chartBook(kb: KnowledgeBase): ChartBook {
  let book = books.get(kb);
  if (!book) {
    book = new ChartBook(kb);
    books.set(kb, book);
  }
  return book;
}

/** The facts an answer shows (an entity's card shows all of its facts). */
export function factsShown(answer: Answer): string[] {
  return shownFacts(answer).map((f) => f.fact.id);
}

/** The chart for an answer whose facts hold figures that form a series, if any. */
export function chartForAnswer(kb: KnowledgeBase, answer: Answer): ChartSeries | undefined {
  const facts = factsShown(answer);
  return facts.length > 0 ? chartBook(kb).forFacts(facts) : undefined;
}
