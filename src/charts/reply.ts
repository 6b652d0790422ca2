import { catalogue } from '../i18n/catalogue.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { formatFigure } from '../render/format.ts';
import { DISCORD_LIMITS, fitReply, truncate } from '../render/limits.ts';
import type { ReplyLanguage, ReplyPayload } from '../render/payload.ts';
import { COLORS, renderNotice } from '../render/render.ts';
import { withChartImage } from './attach.ts';
import { chartBook } from './book.ts';
import { chartData, seriesChoiceName } from './chart-data.ts';
import type { ChartSeries } from './series.ts';

export interface ChartReply {
  /** False when nothing matched what was typed (or charts are off). */
  readonly found: boolean;
  readonly reply: ReplyPayload;
}

/**
 * `/chart`: with a series (its id from autocomplete, or a name typed), that chart; with nothing, the
 * list of every chartable series.
 */
export async function chartReply(
  kb: KnowledgeBase,
  typed: string | null | undefined,
  language: ReplyLanguage,
  options: { charts?: boolean } = {},
): Promise<ChartReply> {
  const text = catalogue(language).chart;
  if (options.charts === false)
    return { found: false, reply: renderNotice(text.listTitle, text.off, { color: COLORS.about }) };
  const book = chartBook(kb);
  const query = typed?.trim() ?? '';
  if (!query) return { found: book.series.length > 0, reply: renderList(book.series, language) };
  const series = book.get(query) ?? book.search(query, 1)[0];
  if (!series)
    return {
      found: false,
      reply: renderNotice(text.listTitle, text.unknownSeries(truncate(query, 100)), {
        color: COLORS.notFound,
      }),
    };
  return {
    found: true,
    reply: withChartImage(renderSeries(kb, series, language), await book.image(series, language)),
  };
}

function renderList(series: readonly ChartSeries[], language: ReplyLanguage): ReplyPayload {
  const text = catalogue(language).chart;
  if (series.length === 0) return renderNotice(text.listTitle, text.listEmpty, { color: COLORS.about });
  const lines: string[] = [];
  let length = text.listIntro(series.length).length + 2;
  for (const [i, s] of series.entries()) {
    const line = `• ${seriesChoiceName(s, language)}`;
    const more = text.listMore(series.length - i);
    if (length + line.length + 1 + more.length + 1 > DISCORD_LIMITS.embedDescription) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return fitReply({
    embeds: [
      {
        title: text.listTitle,
        description: `${text.listIntro(series.length)}\n\n${lines.join('\n')}`,
        color: COLORS.facts,
      },
    ],
    components: [],
    allowedMentions: { parse: [] },
  });
}

/** One series: its figures as text (what the chart shows, for those who cannot see it) and the source. */
function renderSeries(kb: KnowledgeBase, series: ChartSeries, language: ReplyLanguage): ReplyPayload {
  const data = chartData(series, kb, language);
  const text = catalogue(language).chart;
  const figures = series.points.map((p, i) => `• ${data.labels[i]}: **${formatFigure(p.figure, language)}**`);
  return fitReply({
    embeds: [
      {
        title: seriesChoiceName(series, language),
        description: `${data.subtitle}\n\n${figures.join('\n')}\n\n-# ${data.source}`,
        color: COLORS.facts,
        fields: [],
        footer: { text: `${text.seriesTitle} · ${series.id}` },
      },
    ],
    components: [],
    allowedMentions: { parse: [] },
  });
}
