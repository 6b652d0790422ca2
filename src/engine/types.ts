import type { Comparison, Entity } from '../knowledge/schema.ts';
import type { KnowledgeArticle, KnowledgeBase, SourcedFact, SourcedPassage } from '../knowledge/types.ts';
import type { Lexicon } from '../language/lexicon.ts';
import type { EntityIndex } from '../search/entity-index.ts';
import type { FactIndex } from '../search/fact-index.ts';

/** What a user asked for, whichever way they asked (slash command, mention, console). */
export type Question =
  | { readonly kind: 'company'; readonly query: string }
  | { readonly kind: 'policy'; readonly query: string }
  | { readonly kind: 'entity'; readonly id: string }
  | { readonly kind: 'compare' }
  | { readonly kind: 'about' }
  | { readonly kind: 'ask'; readonly text: string };

export interface CitedFact {
  readonly fact: SourcedFact;
  readonly passage: SourcedPassage | undefined;
}

export type Answer =
  | {
      readonly kind: 'entity';
      readonly entity: Entity;
      /** Facts about the entity, most telling first. */
      readonly facts: readonly CitedFact[];
      /** People of a company, or the company of a person. */
      readonly related: readonly Entity[];
    }
  | { readonly kind: 'comparison'; readonly comparison: Comparison & { readonly articleId: string } }
  | { readonly kind: 'about' }
  | {
      readonly kind: 'facts';
      readonly question: string;
      readonly facts: readonly CitedFact[];
      /** What a which- or who-question asks for, named first (`올거나이즈`, `박성현`). */
      readonly lead: readonly Entity[];
      /** A yes-or-no question whose claim the facts do not confirm as asked: what the article says. */
      readonly premise: boolean;
    }
  /**
   * No fact fits, but a passage of the article covers the question word for word: the passage,
   * quoted (the facts are the first source, the article's own text the second).
   */
  | { readonly kind: 'passage'; readonly question: string; readonly passage: SourcedPassage }
  /** A question about the article itself: its date, author, title or category. */
  | {
      readonly kind: 'article';
      readonly article: KnowledgeArticle;
      readonly field: 'date' | 'author' | 'title' | 'category';
    }
  /**
   * The article knows what the question is about but not what it asks (`리벨리온 작년 매출`): what is
   * missing, and what the article does say about it. Not an answer.
   */
  | {
      readonly kind: 'partial';
      readonly entity: Entity;
      /** The question's words (or kinds of answer) the article has nothing on. */
      readonly missing: readonly string[];
      readonly facts: readonly CitedFact[];
      /** Whom the article does say it of (`리벨리온도 상장 준비 중이야?` → 올거나이즈). */
      readonly saidOf?: readonly Entity[];
    }
  | {
      readonly kind: 'not-found';
      readonly asked: 'company' | 'policy' | 'entity' | 'ask' | 'compare';
      readonly query: string;
      readonly suggestions: readonly Entity[];
      /** Names in the question that the article does not mention (`삼성전자`, `France`). */
      readonly unknown?: readonly string[];
    };

export const answerFound = (answer: Answer): boolean =>
  answer.kind !== 'not-found' && answer.kind !== 'partial';

/** A knowledge base and the indexes built from it; immutable, swapped whole on reload. */
export interface Engine {
  readonly kb: KnowledgeBase;
  readonly entities: EntityIndex;
  readonly facts: FactIndex;
  /** The general word lists with the articles' own: how questions are understood. */
  readonly lexicon: Lexicon;
}
