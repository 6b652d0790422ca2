import type { Answer } from '../engine/engine.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { ReplyLanguage, ReplyPayload } from '../render/payload.ts';
import { type ChartImage, chartBook, chartForAnswer } from './book.ts';

/** The payload with the chart as its first embed's image, the PNG attached. */
export function withChartImage(payload: ReplyPayload, image: ChartImage): ReplyPayload {
  const [first, ...rest] = payload.embeds;
  if (!first) return payload;
  return {
    ...payload,
    embeds: [{ ...first, image: { url: `attachment://${image.file.name}` } }, ...rest],
    files: [...(payload.files ?? []).filter((f) => f.name !== image.file.name), image.file],
  };
}

/**
 * Adds the chart of the answer's figures, when they form a series. A chart that cannot be drawn is
 * left out (and reported to `onError`): the answer itself never fails for want of a picture.
 */
export async function attachChart(
  kb: KnowledgeBase,
  answer: Answer,
  payload: ReplyPayload,
  language: ReplyLanguage,
  onError?: (error: unknown) => void,
): Promise<ReplyPayload> {
  const series = chartForAnswer(kb, answer);
  if (!series) return payload;
  try {
    return withChartImage(payload, await chartBook(kb).image(series, language));
  } catch (error) {
    onError?.(error);
    return payload;
  }
}

/**
 * The payload without its attached files (and the embed images that showed them): for a channel
 * where the bot may not attach files. The answer itself is whole without its picture.
 */
export function withoutFiles(payload: ReplyPayload): ReplyPayload {
  if (!payload.files?.length) return payload;
  const { files: _dropped, ...rest } = payload;
  return {
    ...rest,
    embeds: payload.embeds.map(({ image, ...embed }) =>
      image?.url.startsWith('attachment://') ? embed : { ...embed, ...(image ? { image } : {}) },
    ),
  };
}
