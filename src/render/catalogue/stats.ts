/**
 * What `/stats` says, one catalogue per language. A new language is a new file whose object
 * satisfies `StatsText`; the compiler then says what it is missing.
 */
import type { QuestionSource } from '../../metrics/recent.ts';
import type { ReplyLanguage } from '../payload.ts';
import { en } from './stats.en.ts';
import { ko } from './stats.ko.ts';

export interface StatsText {
  /** The command as Discord lists it (the English name is the command's name). */
  readonly command: { readonly name: string; readonly description: string };
  /** Told to a user who is not an admin. */
  readonly refusal: string;
  readonly title: string;
  readonly uptime: string;
  readonly serversAndShards: string;
  serversAndShardsValue(guilds: number, shards: number): string;
  /** The questions field's name: the last 24 hours, or since start when the bot is younger. */
  questions(window: { readonly sinceStart: boolean; readonly durationMs: number }): string;
  questionsValue(totals: {
    readonly found: number;
    readonly notFound: number;
    readonly error: number;
  }): string;
  readonly sources: Readonly<Record<QuestionSource, string>>;
  readonly answerTime: string;
  answerTimeValue(p50: string, p99: string): string;
  readonly noAnswersYet: string;
  readonly knowledge: string;
  knowledgeValue(counts: {
    readonly articles: number;
    readonly entities: number;
    readonly facts: number;
    readonly passages: number;
  }): string;
  /** Before a Discord timestamp: "loaded <t:…>". */
  readonly loadedAt: string;
  readonly lastReload: string;
  readonly noReload: string;
  reloadOk(factsBefore: number, factsAfter: number): string;
  reloadRejected(errors: number): string;
  shards(ids: readonly number[]): string;
  /** A footer when some shards did not answer: their figures are missing. */
  missingShards(ids: readonly number[]): string;
  duration(ms: number): string;
  milliseconds(ms: number): string;
}

export const STATS_TEXT: Readonly<Record<ReplyLanguage, StatsText>> = { ko, en };
