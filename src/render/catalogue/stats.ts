/**
 * What `/stats` says is the `stats` section of the catalogue (`catalogue(language).stats`, in
 * src/i18n). These names stay for the command's registration, which reads both languages at once.
 */
import { type Catalogue, catalogue } from '../../i18n/catalogue.ts';
import type { ReplyLanguage } from '../payload.ts';

export type StatsText = Catalogue['stats'];

export const STATS_TEXT: Readonly<Record<ReplyLanguage, StatsText>> = {
  ko: catalogue('ko').stats,
  en: catalogue('en').stats,
};
