import { type Catalogue, catalogue } from '../i18n/catalogue.ts';
import type { Figure } from '../knowledge/schema.ts';
import type { ReplyLanguage } from './payload.ts';

export { koreanAmount } from '../i18n/numbers.ts';

/** A figure as a reader of the article would write it: `최대 450억 엔`, `about KRW 442.8 billion`. */
export function formatFigure(figure: Figure, language: ReplyLanguage): string {
  const words = catalogue(language).figure;
  const amount = figureAmount(figure, words);
  const { unit, qualifier } = figure;
  if (qualifier === 'exact') return amount;
  if (qualifier === 'approx' && words.approxInAmount(unit)) return amount;
  return words.qualified[qualifier](amount);
}

/** The amount in its unit, before what the article says of it (약, 최대, 까지). */
function figureAmount({ value, unit, qualifier }: Figure, words: Catalogue['figure']): string {
  switch (unit) {
    case 'KRW':
    case 'JPY':
    case 'USD':
      return words.money(value, unit);
    case 'percent':
      return words.percent(value);
    case 'year':
      return words.year(value);
    default:
      return words.count(value, unit, qualifier === 'approx');
  }
}

/**
 * `최대 30% (법인세 감면율)`, `2318억 원 (2023)`; in English with the figure as the article writes it
 * (`USD 18.6 billion (total …; 186억 달러)`).
 */
export function describeFigure(figure: Figure, language: ReplyLanguage): string {
  const year = figure.year !== undefined && figure.unit !== 'year' ? `, ${figure.year}` : '';
  const written = writtenInKorean(figure, language);
  return `${formatFigure(figure, language)} (${figure.label[language]}${year}${written ? `; ${written}` : ''})`;
}

/**
 * A figure in the lead of an answer. In English, an amount the article writes in Korean units (억, 만)
 * is also given as the article writes it, `USD 18.6 billion (186억 달러)`, for a reader who checks it
 * against the Korean text.
 */
export function leadFigure(figure: Figure, language: ReplyLanguage): string {
  const said = formatFigure(figure, language);
  const written = writtenInKorean(figure, language);
  return written ? `${said} (${written})` : said;
}

/** The figure as the article writes it, when an English reply says it otherwise (`186억 달러`). */
function writtenInKorean(figure: Figure, language: ReplyLanguage): string | undefined {
  if (language === 'ko' || figure.unit === 'percent' || figure.unit === 'year') return undefined;
  const written = formatFigure(figure, 'ko');
  return written === formatFigure(figure, language) ? undefined : written;
}
