import type { Article, Comparison, Entity, EntityType, Fact, Passage, Section } from './schema.ts';

/** A passage together with the article it belongs to. */
export interface SourcedPassage extends Passage {
  readonly articleId: string;
}

/** A fact together with the article it was read from. */
export interface SourcedFact extends Fact {
  readonly articleId: string;
}

export interface KnowledgeArticle extends Article {
  /** The knowledge file it was loaded from, relative to the knowledge folder. */
  readonly file: string;
  readonly passages: readonly Passage[];
  /** Its parts, in article order, each with the passages it holds. */
  readonly sections: readonly Section[];
}

/** An immutable snapshot of every knowledge file in a folder, with its references resolved. */
export interface KnowledgeBase {
  readonly dir: string;
  readonly loadedAt: Date;
  readonly articles: readonly KnowledgeArticle[];
  readonly entities: ReadonlyMap<string, Entity>;
  readonly facts: ReadonlyMap<string, SourcedFact>;
  readonly comparisons: readonly (Comparison & { readonly articleId: string })[];
  /** The articles' own sets of equivalent words (each set's words as written), for question understanding. */
  readonly lexicon: readonly (readonly string[])[];
  /** Facts about each entity id, in file order. */
  readonly factsByEntity: ReadonlyMap<string, readonly SourcedFact[]>;
  passage(articleId: string, passageId: string): SourcedPassage | undefined;
  article(articleId: string): KnowledgeArticle | undefined;
  entitiesOfType(type: EntityType): readonly Entity[];
}

export interface KnowledgeCounts {
  readonly articles: number;
  readonly entities: number;
  readonly facts: number;
  readonly passages: number;
}

/** One problem in one knowledge file: `file: path: message`. */
export interface KnowledgeError {
  /** Path of the file relative to the knowledge folder's parent, e.g. `knowledge/x.json`, or the folder. */
  readonly file: string;
  /** JSON path inside the file, e.g. `facts[12].source`; empty for whole-file problems. */
  readonly path: string;
  readonly message: string;
}

export type LoadResult =
  | { readonly ok: true; readonly kb: KnowledgeBase }
  | { readonly ok: false; readonly errors: readonly KnowledgeError[] };
