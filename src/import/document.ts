/**
 * An article as read from a page or a file, before anything is made of it: its metadata and its
 * blocks in reading order. Every reader (HTML, Markdown, plain text) produces this.
 */

export interface DocumentBlock {
  readonly kind: 'heading' | 'paragraph' | 'table-row';
  /** The text as the article has it (whitespace collapsed). */
  readonly text: string;
  /** Headings: 1 is the highest level. */
  readonly level?: number;
  /** Table rows: the cells, when the source keeps them apart (HTML, Markdown, tab-separated text). */
  readonly cells?: readonly string[];
  /** Table rows: which table of the article (0, 1, …) the row belongs to. */
  readonly table?: number;
  /** Table rows: the table's first row, which names its columns. */
  readonly header?: boolean;
}

export interface ArticleDocument {
  readonly title: string;
  readonly author?: string | undefined;
  /** ISO date (YYYY-MM-DD). */
  readonly date?: string | undefined;
  /** The date (and time) as the article prints it (`2025. 4. 4. 00:08`). */
  readonly dateline?: string | undefined;
  readonly category?: string | undefined;
  /** Where it was fetched from (URL imports). */
  readonly url?: string | undefined;
  readonly blocks: readonly DocumentBlock[];
}

/** Whitespace runs (including no-break spaces) as one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** A date written out: year, month and day, separated by dots, dashes, slashes or 년 and 월. */
const WRITTEN_DATE = /((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})/;

/** A date as an article prints it, with the time when it gives one (`2025. 4. 4. 00:08`, `2025-04-04 09:30`). */
export const DATELINE = new RegExp(`${WRITTEN_DATE.source}\\s*[.일]?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?`);

/**
 * A date as people write it (`2025. 4. 4.`, `2025-04-04`, `2025년 4월 4일`, ISO timestamps) as
 * `YYYY-MM-DD`, or undefined.
 */
export function isoDate(text: string): string | undefined {
  const match = WRITTEN_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
