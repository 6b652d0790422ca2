import { editDistance, jamo } from './normalize.ts';

export type MatchTier = 'exact' | 'prefix' | 'fuzzy';

export interface TermMatch {
  readonly term: number;
  readonly tier: MatchTier;
  /** 1 for an exact match, less for prefixes and typos. */
  readonly quality: number;
}

/** How many jamo/letter edits a word of this length may carry and still match. */
export function allowedEdits(length: number): number {
  if (length >= 12) return 2;
  if (length >= 5) return 1;
  return 0;
}

const PAD_START = '\u0001';
const PAD_END = '\u0002';

function trigrams(form: string): string[] {
  const padded = `${PAD_START}${form}${PAD_END}`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

/**
 * A set of words compared in jamo form, so `리벨리언` is one edit from `리벨리온`. Lookups cost
 * what the query touches, not what the vocabulary holds: a hash for exact words, binary search over
 * sorted forms for prefixes, and a trigram index that picks the few candidates worth an edit distance.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly forms: string[] = [];
  private readonly formIds = new Map<string, number[]>();
  private sorted: number[] = [];
  private readonly grams = new Map<string, number[]>();
  /** Scratch trigram counts by word id, all zero between calls (lookups are synchronous). */
  private counts = new Uint16Array(0);
  private frozen = false;

  get size(): number {
    return this.terms.length;
  }

  /** Adds a word (already normalised) and returns its id; adding it again returns the same id. */
  add(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    if (this.frozen) throw new Error('vocabulary is frozen');
    const id = this.terms.length;
    const form = jamo(term);
    this.ids.set(term, id);
    this.terms.push(term);
    this.forms.push(form);
    const same = this.formIds.get(form);
    if (same) same.push(id);
    else this.formIds.set(form, [id]);
    return id;
  }

  /** Builds the prefix and trigram structures; call once after the last `add`. */
  freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    this.sorted = this.terms.map((_, i) => i).sort((a, b) => compare(this.forms[a]!, this.forms[b]!));
    this.counts = new Uint16Array(this.terms.length);
    for (const [form, ids] of this.formIds) {
      if (form.length < 4) continue;
      for (const gram of new Set(trigrams(form))) {
        const list = this.grams.get(gram);
        if (list) list.push(...ids);
        else this.grams.set(gram, [...ids]);
      }
    }
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /**
   * Words that contain `query` past their start (`테크놀로지` in `뤼튼테크놀로지스`): the words holding
   * every trigram of the query, checked. Queries under three jamo/letters find nothing here.
   */
  containing(query: string, limit: number): number[] {
    const form = jamo(query);
    if (form.length < 3) return [];
    const lists: number[][] = [];
    for (let i = 0; i + 3 <= form.length; i++) {
      const list = this.grams.get(form.slice(i, i + 3));
      if (!list) return [];
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    const out: number[] = [];
    for (const id of new Set(lists[0])) {
      const candidate = this.forms[id]!;
      if (candidate.indexOf(form) > 0) out.push(id);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Up to `limit` words sharing the most jamo trigrams with `query`: the ones worth a closer look. */
  candidates(query: string, limit: number): number[] {
    const form = jamo(query);
    if (form.length < 3) return [];
    // A short word shares few trigrams with its typos (`koera`/`korea` share one).
    const minimum = form.length <= 6 ? 1 : 2;
    const shared: [number, number][] = [];
    this.countShared(trigrams(form), (id, count) => {
      if (count >= minimum) shared.push([id, count]);
    });
    return shared
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }

  /** Calls `visit` once for every word sharing trigrams with `grams`, with how many it shares. */
  private countShared(grams: readonly string[], visit: (id: number, count: number) => void): void {
    const { counts } = this;
    const touched: number[] = [];
    for (const gram of new Set(grams)) {
      const list = this.grams.get(gram);
      if (!list) continue;
      for (const id of list) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = counts[id]! + 1;
      }
    }
    for (const id of touched) {
      const count = counts[id]!;
      counts[id] = 0;
      visit(id, count);
    }
  }

  /** Exact word, then words it begins (when `prefix` is allowed), then words within the allowed edits. */
  match(
    query: string,
    options: {
      prefix?: boolean;
      /** Prefixes by whole syllables only (`법인` → `법인세`, but `주` not → `중국`). */
      wholeSyllables?: boolean;
      fuzzy?: boolean;
      maxPrefix?: number;
      maxFuzzy?: number;
    } = {},
  ): TermMatch[] {
    const { prefix = true, wholeSyllables = false, fuzzy = true, maxPrefix = 64, maxFuzzy = 16 } = options;
    const out: TermMatch[] = [];
    const seen = new Set<number>();
    const push = (term: number, tier: MatchTier, quality: number) => {
      if (seen.has(term)) return;
      seen.add(term);
      out.push({ term, tier, quality });
    };
    const form = jamo(query);
    for (const id of this.formIds.get(form) ?? []) push(id, 'exact', 1);
    if (prefix && form.length >= 2) {
      let count = 0;
      for (
        let i = lowerBound(this.sorted, this.forms, form);
        i < this.sorted.length && count < maxPrefix;
        i++
      ) {
        const id = this.sorted[i]!;
        const candidate = this.forms[id]!;
        if (!candidate.startsWith(form)) break;
        if (candidate.length === form.length) continue;
        if (wholeSyllables && !this.terms[id]!.startsWith(query)) continue;
        count++;
        // The more of the word the query covers, the more it is worth.
        push(id, 'prefix', 0.55 + 0.35 * (form.length / candidate.length));
      }
    }
    const edits = allowedEdits(form.length);
    if (fuzzy && edits > 0) {
      const grams = trigrams(form);
      const needed = grams.length - 3 * edits;
      if (needed > 0) {
        const close: number[] = [];
        this.countShared(grams, (id, count) => {
          if (count >= needed && !seen.has(id)) close.push(id);
        });
        const candidates: { id: number; distance: number }[] = [];
        for (const id of close) {
          const distance = editDistance(form, this.forms[id]!, edits);
          if (distance <= edits) candidates.push({ id, distance });
        }
        candidates.sort((a, b) => a.distance - b.distance || a.id - b.id);
        for (const { id, distance } of candidates.slice(0, maxFuzzy))
          push(id, 'fuzzy', 0.8 - (0.25 * distance) / edits);
      }
    }
    return out;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound(sorted: readonly number[], forms: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (forms[sorted[mid]!]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
