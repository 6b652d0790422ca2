import { splitSentences } from './sentences.ts';

/**
 * An extractive summary: the sentences of a list of passages that say most of what the others say,
 * quoted as they are, in article order, each citing its passage. Pure and synchronous.
 *
 * The ranking is TextRank (Mihalcea & Tarau, 2004): sentences are the nodes of a graph whose edges
 * weigh how much two sentences share (here character bigrams of their words, so that Korean particles
 * and endings do not hide a shared noun), and a sentence ranks high when sentences that rank high
 * resemble it. A small lead bias (news puts the gist first) breaks ties, and a sentence too close to
 * one already chosen is passed over.
 *
 * Used by the importer for a draft's summaries, and fit for summing up, at run time, an article that
 * has no editor's summary.
 */

/** A passage to sum up: its id (cited by each line) and its text. Headings and titles are skipped. */
export interface SummaryInput {
  readonly id: string;
  readonly text: string;
  readonly kind?: 'title' | 'heading' | 'paragraph' | 'table-row';
}

/** One line of a summary: a sentence as the article has it, and the passage it comes from. */
export interface ExtractedLine {
  readonly text: string;
  readonly source: string;
}

export interface SummarizeOptions {
  /** How many lines (1–5). Default: about the square root of the sentence count, at most 5. */
  readonly lines?: number;
}

interface Sentence {
  readonly text: string;
  readonly source: string;
  readonly order: number;
  readonly grams: ReadonlySet<string>;
}

const DAMPING = 0.85;
const ITERATIONS = 40;
/** Sentences closer than this to a chosen one add nothing. */
const REDUNDANT = 0.5;
/** Shorter than this, a sentence is a fragment (a caption, `여러분은?`), not a summary line. */
const MIN_CHARS = 12;

/** Character bigrams of each word (a one-letter word as itself), lower-cased. */
function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length === 1) grams.add(word);
    for (let i = 0; i + 1 < word.length; i++) grams.add(word.slice(i, i + 2));
  }
  return grams;
}

function similarity(a: Sentence, b: Sentence): number {
  if (a.grams.size < 2 || b.grams.size < 2) return 0;
  let shared = 0;
  for (const g of a.grams) if (b.grams.has(g)) shared++;
  return shared / (Math.log(a.grams.size) + Math.log(b.grams.size));
}

function overlap(a: Sentence, b: Sentence): number {
  let shared = 0;
  for (const g of a.grams) if (b.grams.has(g)) shared++;
  return shared / Math.max(1, Math.min(a.grams.size, b.grams.size));
}

/** TextRank scores, with a teleport vector that leans towards the first sentences. */
function rank(sentences: readonly Sentence[]): number[] {
  const n = sentences.length;
  const weights = sentences.map((a, i) => sentences.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const outgoing = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  const lead = sentences.map((s) => 1 / (1 + 0.1 * s.order));
  const leadTotal = lead.reduce((sum, w) => sum + w, 0);
  let scores = lead.map((w) => w / leadTotal);
  for (let round = 0; round < ITERATIONS; round++) {
    scores = sentences.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]![i]!;
        if (w > 0 && outgoing[j]! > 0) incoming += (w / outgoing[j]!) * scores[j]!;
      }
      return (1 - DAMPING) * (lead[i]! / leadTotal) + DAMPING * incoming;
    });
  }
  return scores;
}

/**
 * Sums up `passages` in 1–5 of their own sentences, in article order. Headings and titles are not
 * summed up, nor table rows beside prose; questions and fragments are not chosen. An empty list, or one with no sentence to quote, gives no lines.
 */
export function summarize(
  passages: readonly SummaryInput[],
  options: SummarizeOptions = {},
): ExtractedLine[] {
  const sentences: Sentence[] = [];
  // Table rows are quoted only where there is nothing else (a section that is a table).
  const prose = passages.some((p) => p.kind === undefined || p.kind === 'paragraph');
  for (const passage of passages) {
    if (passage.kind === 'title' || passage.kind === 'heading') continue;
    if (prose && passage.kind === 'table-row') continue;
    for (const text of splitSentences(passage.text))
      sentences.push({ text, source: passage.id, order: sentences.length, grams: bigrams(text) });
  }
  const quotable = (s: Sentence) => s.text.length >= MIN_CHARS && !/[?？]$/.test(s.text);
  if (!sentences.some(quotable)) return [];
  const wanted = Math.min(
    5,
    Math.max(1, Math.round(options.lines ?? Math.sqrt(sentences.filter(quotable).length))),
  );
  const scores = rank(sentences);
  const chosen: Sentence[] = [];
  const byScore = sentences
    .map((s, i) => ({ s, score: scores[i]! }))
    .sort((a, b) => b.score - a.score || a.s.order - b.s.order);
  for (const { s } of byScore) {
    if (chosen.length >= wanted) break;
    if (!quotable(s) || chosen.some((c) => overlap(c, s) > REDUNDANT)) continue;
    chosen.push(s);
  }
  return chosen.sort((a, b) => a.order - b.order).map((s) => ({ text: s.text, source: s.source }));
}
