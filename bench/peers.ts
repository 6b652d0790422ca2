/**
 * The peers our engine is measured against: plain fuse.js and MiniSearch, each indexing the same
 * facts and entity names as ours, queried the way a bot would use them.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Entity, EntityType } from '../src/knowledge/schema.ts';
import type { KnowledgeBase, SourcedFact } from '../src/knowledge/types.ts';
import { normalizeText, stripParticles, tokenize } from '../src/search/normalize.ts';

/** What the benchmark needs of any search engine. */
export interface Peer {
  readonly name: 'fuse' | 'minisearch';
  /** Which configuration was built, e.g. `token search, threshold 0.4`. */
  readonly config: string;
  /** Autocomplete: entities of `type` for what has been typed, best first. */
  suggest(typed: string, type: EntityType, limit: number): Entity[];
  /** Free text: facts for a question, best first. */
  searchFacts(text: string, limit: number): SourcedFact[];
}

interface EntityDoc {
  readonly id: string;
  readonly type: EntityType;
  readonly ko: string;
  readonly en: string;
  readonly aliases: string;
}

/** A fact flattened into the fields a peer indexes, with the names of the entities it is about. */
interface FactDoc {
  readonly id: string;
  readonly names: string;
  readonly keywords: string;
  readonly ko: string;
  readonly en: string;
  readonly labels: string;
}

function entityDocs(kb: KnowledgeBase): EntityDoc[] {
  return [...kb.entities.values()].map((e) => ({
    id: e.id,
    type: e.type,
    ko: e.name.ko,
    en: e.name.en,
    aliases: [...e.aliases, ...(e.code ? [e.code] : [])].join(' \n '),
  }));
}

function factDocs(kb: KnowledgeBase): FactDoc[] {
  return [...kb.facts.values()].map((f) => ({
    id: f.id,
    names: f.entities
      .map((id) => kb.entities.get(id))
      .flatMap((e) => (e ? [e.name.ko, e.name.en, ...e.aliases] : []))
      .join(' \n '),
    keywords: f.keywords.join(' \n '),
    ko: f.text.ko,
    en: f.text.en,
    labels: f.figures.flatMap((g) => [g.label.ko, g.label.en]).join(' \n '),
  }));
}

// ---------------------------------------------------------------------------------------------
// A Korean-friendly tokenizer, offered to both peers (each is also tried without it).

/**
 * Words split on anything but letters and digits, split again where the script changes
 * (`파인더스ai` → `파인더스`, `ai`, and the whole word), plus each Korean word without a trailing
 * particle (`리벨리온은` → `리벨리온`).
 */
export function koreanTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeText(text).split(' ')) {
    if (!word) continue;
    const runs = tokenize(word);
    if (runs.length > 1) out.push(word);
    for (const run of runs) out.push(run, ...stripParticles(run));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// fuse.js

export interface FuseConfig {
  readonly useTokenSearch: boolean;
  readonly threshold: number;
  readonly koreanTokenizer: boolean;
}

export const FUSE_CONFIGS: readonly FuseConfig[] = [
  { useTokenSearch: false, threshold: 0.3, koreanTokenizer: false },
  { useTokenSearch: false, threshold: 0.4, koreanTokenizer: false },
  { useTokenSearch: false, threshold: 0.5, koreanTokenizer: false },
  { useTokenSearch: true, threshold: 0.3, koreanTokenizer: false },
  { useTokenSearch: true, threshold: 0.4, koreanTokenizer: false },
  { useTokenSearch: true, threshold: 0.5, koreanTokenizer: false },
  { useTokenSearch: true, threshold: 0.3, koreanTokenizer: true },
  { useTokenSearch: true, threshold: 0.4, koreanTokenizer: true },
];

export function describeFuseConfig(config: FuseConfig): string {
  const mode = config.useTokenSearch
    ? `useTokenSearch${config.koreanTokenizer ? ' + Korean tokenizer' : ''}`
    : 'classic (bitap)';
  return `${mode}, threshold ${config.threshold}, ignoreLocation`;
}

export function buildFuse(kb: KnowledgeBase, config: FuseConfig): Peer {
  const entities = [...kb.entities.values()];
  const facts = [...kb.facts.values()];
  const common: IFuseOptions<unknown> = {
    ignoreLocation: true,
    threshold: config.threshold,
    includeScore: true,
    useTokenSearch: config.useTokenSearch,
    ...(config.koreanTokenizer ? { tokenize: koreanTokens } : {}),
  };
  const entityIndex = new Fuse(entityDocs(kb), {
    ...common,
    keys: [
      { name: 'ko', weight: 1 },
      { name: 'en', weight: 1 },
      { name: 'aliases', weight: 1 },
    ],
  } as IFuseOptions<EntityDoc>);
  const factIndex = new Fuse(factDocs(kb), {
    ...common,
    // Names and keywords say what a fact is about; its sentence says more, and less precisely.
    keys: [
      { name: 'names', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'ko', weight: 1 },
      { name: 'en', weight: 1 },
      { name: 'labels', weight: 0.5 },
    ],
  } as IFuseOptions<FactDoc>);
  return {
    name: 'fuse',
    config: describeFuseConfig(config),
    suggest(typed, type, limit) {
      if (!typed.trim()) return [];
      const out: Entity[] = [];
      for (const result of entityIndex.search(typed)) {
        const entity = entities[result.refIndex]!;
        if (entity.type !== type) continue;
        out.push(entity);
        if (out.length >= limit) break;
      }
      return out;
    },
    searchFacts(text, limit) {
      if (!text.trim()) return [];
      return factIndex.search(text, { limit }).map((r) => facts[r.refIndex]!);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// MiniSearch

export interface MiniSearchConfig {
  readonly koreanTokenizer: boolean;
}

export const MINISEARCH_CONFIGS: readonly MiniSearchConfig[] = [
  { koreanTokenizer: false },
  { koreanTokenizer: true },
];

export function describeMiniSearchConfig(config: MiniSearchConfig): string {
  return `fuzzy 0.2, prefix, boosted fields, ${config.koreanTokenizer ? 'Korean tokenizer' : 'default tokenizer'}`;
}

export function buildMiniSearch(kb: KnowledgeBase, config: MiniSearchConfig): Peer {
  const entitiesById = kb.entities;
  const tokenizer = config.koreanTokenizer ? { tokenize: koreanTokens } : {};
  const entityIndex = new MiniSearch<EntityDoc>({
    fields: ['ko', 'en', 'aliases'],
    storeFields: ['type'],
    ...tokenizer,
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  entityIndex.addAll(entityDocs(kb));
  const factIndex = new MiniSearch<FactDoc>({
    fields: ['names', 'keywords', 'ko', 'en', 'labels'],
    ...tokenizer,
    searchOptions: {
      fuzzy: 0.2,
      prefix: true,
      boost: { names: 3, keywords: 2, ko: 1, en: 1, labels: 0.5 },
    },
  });
  factIndex.addAll(factDocs(kb));
  return {
    name: 'minisearch',
    config: describeMiniSearchConfig(config),
    suggest(typed, type, limit) {
      if (!typed.trim()) return [];
      return entityIndex
        .search(typed, { filter: (r) => r.type === type })
        .slice(0, limit)
        .map((r) => entitiesById.get(r.id as string)!);
    },
    searchFacts(text, limit) {
      if (!text.trim()) return [];
      return factIndex
        .search(text)
        .slice(0, limit)
        .map((r) => kb.facts.get(r.id as string)!);
    },
  };
}
