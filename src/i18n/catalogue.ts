import type { FoundBy } from '../import/candidates.ts';
import type { ReviewNote } from '../import/draft.ts';
import type { ImportProblem } from '../import/problems.ts';
import type { ImportSummary } from '../import/run.ts';
import type { ReplyLanguage } from '../render/payload.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

/**
 * What the bot says about charts, feedback, the message menu and `/misses`, one file per language.
 * A new language is a new file that must satisfy this type.
 */
export interface Catalogue {
  readonly chart: {
    /** An x-axis label for a year: `2021년`, `2021`. */
    year(year: number): string;
    /** The line under the title: what the series is about and its unit. */
    subtitle(subjects: readonly string[], unit: string): string;
    /** The line under the chart: who reported it and where the article says so. */
    source(reporters: readonly string[], article: string, paragraphs: readonly string[]): string;
    /** The attachment's alt text: the whole chart as a sentence. */
    altText(title: string, subjects: readonly string[], points: readonly string[], source: string): string;
    /** `/chart` and autocomplete: a series by name, with the years it spans. */
    choice(title: string, subjects: readonly string[], span: string): string;
    readonly listTitle: string;
    listIntro(count: number): string;
    listMore(count: number): string;
    readonly listEmpty: string;
    unknownSeries(typed: string): string;
    readonly off: string;
    readonly seriesTitle: string;
  };
  readonly units: {
    readonly percent: string;
    readonly people: string;
    readonly organizations: string;
    readonly companies: string;
    /** A currency amount scaled for the axis: `억 원`, `KRW billion`. */
    money(currency: 'KRW' | 'JPY' | 'USD', scale: 1 | 1e4 | 1e6 | 1e8 | 1e9 | 1e12): string;
  };
  readonly feedback: {
    readonly helpful: string;
    readonly notHelpful: string;
    readonly thanksHelpful: string;
    readonly thanksNotHelpful: string;
    readonly alreadyVoted: string;
    readonly off: string;
  };
  readonly askMessage: {
    readonly postButton: string;
    readonly noTextTitle: string;
    readonly noText: string;
    readonly posted: string;
  };
  readonly misses: {
    readonly notFoundTitle: string;
    readonly notHelpfulTitle: string;
    readonly notHelpfulEmpty: string;
    readonly notHelpfulOff: string;
    readonly notHelpfulFooter: string;
    votes(up: number, down: number, voters: number): string;
    times(count: number, users: number): string;
    readonly shown: string;
  };
  /** `/import` and `npm run kb:import`: what was added, what to review, what went wrong. */
  readonly import: {
    readonly doneTitle: string;
    readonly failedTitle: string;
    /** `문단 45 · 사실 61 · 수치 12 · 항목 24 (새로 24, 기존 0) · 섹션 11`. */
    added(summary: ImportSummary): string;
    readonly addedField: string;
    readonly reviewField: string;
    /** How many items are drafts, and how to list them. */
    review(summary: ImportSummary): string;
    readonly candidatesField: string;
    foundBy(how: FoundBy | 'known' | 'kept'): string;
    note(note: ReviewNote): string;
    unlinked(count: number): string;
    /** The file was there before: replaced, or re-imported keeping the editor's items. */
    previous(summary: ImportSummary): string | undefined;
    problem(problem: ImportProblem): string;
    readonly refused: string;
    /** `/import` needs exactly one of a file and a URL. */
    readonly oneSource: string;
    readonly reloadField: string;
  };
  /** The line under an answer in Korean to a question in English: the article is not translated. */
  readonly untranslated: string;
}

const CATALOGUES: Record<ReplyLanguage, Catalogue> = { ko, en };

export function catalogue(language: ReplyLanguage): Catalogue {
  return CATALOGUES[language];
}
