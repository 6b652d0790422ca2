import Fuse from 'fuse.js';
import type { Entity, EntityType } from '../knowledge/schema.ts';
import {
  choseong,
  compactKey,
  editDistance,
  hasHangul,
  isChoseongQuery,
  isHangulWord,
  jamo,
  romanized,
  stripParticles,
} from './normalize.ts';
import { Vocabulary } from './vocabulary.ts';

export type NameTier = 'exact' | 'initials' | 'prefix' | 'fuzzy';

export interface NameMatch {
  readonly entity: Entity;
  readonly tier: NameTier;
  /** 0..1, higher is closer. */
  readonly score: number;
  /** The name or alias that matched, as written in the knowledge base. */
  readonly matched: string;
}

interface NameKey {
  readonly entity: number;
  /** The name as written, for display. */
  readonly display: string;
  /** Compact key (`channeltalk`), its jamo form and, for Hangul names, its romanisation. */
  readonly key: string;
  readonly jamo: string;
  readonly latin: string;
}

const TIER_RANK: Record<NameTier, number> = { exact: 0, initials: 1, prefix: 2, fuzzy: 3 };

/** Fuse's own cut-off for the candidates it returns; the edit distance decides after that. */
const FUSE_THRESHOLD = 0.45;
/** A fuzzy match at least this close resolves a name; one edit more is only suggested. */
const RESOLVE_SCORE = 0.75;
const SUGGEST_SCORE = 0.5;

/**
 * Typos a name of this many jamo/letters may carry and still resolve. A name spelled in Latin letters
 * by ear carries two in eight letters (`Olganize` for Allganize).
 */
function nameEdits(length: number, latin = false): number {
  if (length >= (latin ? 8 : 10)) return 2;
  return length >= 4 ? 1 : 0;
}

/**
 * Names and aliases of every entity, resolved in tiers: exact (any spelling, spacing or case),
 * initial consonants (`ㄹㅂㄹㅇ`), prefix/substring, then fuzzy. The fuzzy tier ranks with fuse.js,
 * over the few names that share jamo trigrams with the query, so its cost does not grow with the
 * knowledge base.
 */
/** Initials long enough to be read with one slipped (shorter ones would spell too many names). */
const MIN_FUZZY_INITIALS = 5;
const FUZZY_INITIALS_DISCOUNT = 0.9;

export class EntityIndex {
  private readonly entities: Entity[];
  private readonly keys: NameKey[] = [];
  private readonly exact = new Map<string, Set<number>>();
  /** Initial consonants of Hangul names (`ㄹㅂㄹㅇ`), and the entities each belongs to. */
  private readonly initialsVocabulary = new Vocabulary();
  private readonly initialsOwners: number[][] = [];
  private readonly vocabulary = new Vocabulary();
  /** Vocabulary term id → the name keys spelled that way. */
  private readonly keysByTerm: number[][] = [];

  constructor(entities: Iterable<Entity>) {
    this.entities = [...entities];
    this.entities.forEach((entity, index) => {
      const names = [
        entity.name.ko,
        entity.name.en,
        ...entity.aliases,
        ...(entity.code ? [entity.code] : []),
      ];
      for (const display of names) {
        const key = compactKey(display);
        if (!key) continue;
        const latin = hasHangul(key) ? romanized(key) : key;
        const nameKey: NameKey = { entity: index, display, key, jamo: jamo(key), latin };
        const keyIndex = this.keys.push(nameKey) - 1;
        for (const spelling of new Set([key, latin])) {
          if (!spelling) continue;
          addTo(this.exact, spelling, index);
          const term = this.vocabulary.add(spelling);
          const list = this.keysByTerm[term];
          if (list) list.push(keyIndex);
          else this.keysByTerm[term] = [keyIndex];
        }
        if (isHangulWord(key) && key.length >= 2) {
          const term = this.initialsVocabulary.add(choseong(key));
          const owners = this.initialsOwners[term];
          if (!owners) this.initialsOwners[term] = [index];
          else if (!owners.includes(index)) owners.push(index);
        }
      }
    });
    this.vocabulary.freeze();
    this.initialsVocabulary.freeze();
  }

  get size(): number {
    return this.entities.length;
  }

  /** Exact spellings only (used to spot names inside free text). */
  exactMatches(word: string): Entity[] {
    const ids = this.exact.get(compactKey(word));
    return ids ? [...ids].map((i) => this.entities[i]!) : [];
  }

  /**
   * Ranked matches for what a user typed, best first, at most `limit`. `minScore` drops weak fuzzy
   * matches; `type` restricts to one kind of entity.
   */
  search(query: string, options: { type?: EntityType; limit?: number; fuzzy?: boolean } = {}): NameMatch[] {
    const { type, limit = 25, fuzzy = true } = options;
    const key = compactKey(query);
    if (!key) return [];
    const best = new Map<number, NameMatch>();
    const offer = (entityIndex: number, tier: NameTier, score: number, matched: string) => {
      const entity = this.entities[entityIndex]!;
      if (type && entity.type !== type) return;
      const previous = best.get(entityIndex);
      if (
        !previous ||
        TIER_RANK[tier] < TIER_RANK[previous.tier] ||
        (tier === previous.tier && score > previous.score)
      )
        best.set(entityIndex, { entity, tier, score, matched });
    };

    const variants = [key, ...stripParticles(key)];
    for (const [i, variant] of variants.entries()) {
      // A stripped particle is a guess: it ranks just under the word as typed.
      const discount = i === 0 ? 1 : 0.97;
      for (const id of this.exact.get(variant) ?? [])
        offer(id, 'exact', discount, this.displayFor(id, variant));
      if (isChoseongQuery(variant)) {
        let matches = this.initialsVocabulary.match(variant, { fuzzy: false, maxPrefix: limit * 2 });
        // Five initials or more, one of them slipped (`ㅇㄹㄴㅇㅈ` for 올거나이즈): still that name.
        if (matches.length === 0 && variant.length >= MIN_FUZZY_INITIALS)
          matches = this.initialsVocabulary
            .match(variant, { prefix: false, maxFuzzy: 1 })
            .map((m) => ({ ...m, quality: m.quality * FUZZY_INITIALS_DISCOUNT }));
        for (const match of matches) {
          const score = match.tier === 'exact' ? 0.95 : match.quality;
          for (const id of this.initialsOwners[match.term] ?? [])
            offer(id, 'initials', score, this.entities[id]!.name.ko);
        }
      }
      for (const match of this.vocabulary.match(variant, { fuzzy: false })) {
        if (match.tier !== 'prefix') continue;
        for (const k of this.keysByTerm[match.term] ?? []) {
          const nameKey = this.keys[k]!;
          offer(nameKey.entity, 'prefix', match.quality * discount, nameKey.display);
        }
      }
      // Substring: `테크놀로지스` in `뤼튼테크놀로지스`, `talk` in `channeltalk`.
      if (variant.length >= 2 && (hasHangul(variant) ? variant.length >= 2 : variant.length >= 3)) {
        for (const term of this.vocabulary.containing(variant, limit * 4)) {
          for (const k of this.keysByTerm[term] ?? []) {
            const nameKey = this.keys[k]!;
            const length = Math.max(nameKey.key.length, this.vocabulary.term(term).length);
            offer(
              nameKey.entity,
              'prefix',
              (0.45 + 0.35 * (variant.length / length)) * discount,
              nameKey.display,
            );
          }
        }
      }
    }
    // Typos are the last tier: only when no name starts with, contains or spells what was typed.
    if (fuzzy && best.size === 0) this.fuzzyInto(variants, offer);

    return [...best.values()]
      .sort(
        (a, b) =>
          TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
          b.score - a.score ||
          Number(b.entity.pinned) - Number(a.entity.pinned) ||
          a.entity.name.ko.localeCompare(b.entity.name.ko, 'ko'),
      )
      .slice(0, limit);
  }

  /** The best match if it is confident, and otherwise up to three genuinely close suggestions. */
  resolve(query: string, type?: EntityType): { match?: NameMatch; suggestions: NameMatch[] } {
    const matches = this.search(query, type ? { type, limit: 8 } : { limit: 8 });
    const top = matches[0];
    if (top && (top.tier !== 'fuzzy' || top.score >= RESOLVE_SCORE) && isConfident(top, query))
      return { match: top, suggestions: [] };
    return { suggestions: matches.filter((m) => m.score >= SUGGEST_SCORE).slice(0, 3) };
  }

  private displayFor(entityIndex: number, spelling: string): string {
    const key = this.keys.find(
      (k) => k.entity === entityIndex && (k.key === spelling || k.latin === spelling),
    );
    return key?.display ?? this.entities[entityIndex]!.name.ko;
  }

  private fuzzyInto(
    variants: readonly string[],
    offer: (entity: number, tier: NameTier, score: number, matched: string) => void,
  ) {
    const candidateKeys = new Set<number>();
    for (const variant of variants) {
      for (const term of this.vocabulary.candidates(variant, 48)) {
        for (const k of this.keysByTerm[term] ?? []) candidateKeys.add(k);
      }
    }
    if (candidateKeys.size === 0) return;
    const records = [...candidateKeys].map((k) => this.keys[k]!);
    const fuse = new Fuse(records, {
      keys: ['jamo', 'latin'],
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: FUSE_THRESHOLD,
      shouldSort: true,
    });
    for (const variant of variants) {
      const pattern = jamo(variant);
      for (const result of fuse.search(pattern, { limit: 16 })) {
        // Fuse finds the query inside longer names too; what counts as a typo is the edit distance
        // of the whole name, in jamo (one wrong vowel = one edit) or in Latin letters.
        const record = result.item;
        const edits = Math.min(
          editDistance(pattern, record.jamo, 3),
          record.latin ? editDistance(variant, record.latin, 3) : 3,
        );
        const length = Math.max(pattern.length, record.jamo.length);
        const allowed = nameEdits(pattern.length, /^[a-z0-9 .&-]+$/i.test(variant));
        if (edits > allowed + 1) continue;
        const score = edits <= allowed ? 1 - edits / length : Math.min(0.7, 1 - edits / length);
        offer(record.entity, 'fuzzy', score, record.display);
      }
    }
  }
}

/** A one-letter or two-letter query only resolves exactly; longer ones may resolve by prefix or typo. */
function isConfident(match: NameMatch, query: string): boolean {
  if (match.tier === 'exact' || match.tier === 'initials') return true;
  const key = compactKey(query);
  return hasHangul(key) ? key.length >= 2 : key.length >= 3;
}

function addTo(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
