import type { Comparison, Entity, Figure, LocalizedText } from '../knowledge/schema.ts';
import type { KnowledgeArticle, KnowledgeBase, SourcedFact, SourcedPassage } from '../knowledge/types.ts';
import type { Lexicon, ListKind } from '../language/lexicon.ts';
import type { EntityIndex } from '../search/entity-index.ts';
import type { FactIndex } from '../search/fact-index.ts';

/** What a user asked for, whichever way they asked (slash command, mention, console). */
export type Question =
  | { readonly kind: 'company'; readonly query: string }
  | { readonly kind: 'policy'; readonly query: string }
  | { readonly kind: 'entity'; readonly id: string }
  | { readonly kind: 'compare' }
  | { readonly kind: 'about' }
  /**
   * Free text; `previous` is the question (as the engine asked it) of the answer this one replies to,
   * which a follow-up leans on (`거기 대표는?`).
   */
  | { readonly kind: 'ask'; readonly text: string; readonly previous?: string };

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
      /** The facts that answer, best first: the evidence under the lead. */
      readonly facts: readonly CitedFact[];
      /** What was asked, said first: the person, the figure, the place, the companies. */
      readonly lead: Lead;
      /** A yes-or-no question: whether the article says so, and what it says instead when not. */
      readonly verdict?: Verdict;
    }
  /**
   * No fact fits, but a passage of the article covers the question word for word: the passage,
   * quoted (the facts are the first source, the article's own text the second).
   */
  | {
      readonly kind: 'passage';
      readonly question: string;
      readonly passage: SourcedPassage;
      /** The sentence of it that holds words quoted from memory: it leads. */
      readonly sentence?: string;
    }
  /** A question about the article itself: its date, author, title or category. */
  | {
      readonly kind: 'article';
      readonly article: KnowledgeArticle;
      readonly field: 'date' | 'author' | 'title' | 'category';
      /** A claim about it (`이 글 2024년에 쓴 거지?`): whether the article's own says so. */
      readonly verdict?: 'yes' | 'no';
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
      /** Those the article gives the figure for only together (`AWS 투자액` → 구글, MS, AWS). */
      readonly together?: readonly Entity[];
    }
  /**
   * A summary of the article, a section of it, an entity or a topic: a few lines, each citing the
   * passage it sums up.
   */
  | {
      readonly kind: 'summary';
      readonly question: string;
      readonly scope: 'article' | 'section' | 'entity' | 'topic';
      readonly title: LocalizedText;
      readonly lines: readonly SummaryItem[];
    }
  /** Every item of a kind the question asks for, in article order, each with where the article says so. */
  | {
      readonly kind: 'list';
      readonly question: string;
      /** What the items are (companies, people, figures, reasons …). */
      readonly of: ListKind;
      readonly items: readonly ListItem[];
    }
  /** Two things side by side on the point compared, each with the facts that say it. */
  | {
      readonly kind: 'compare';
      readonly question: string;
      readonly sides: readonly CompareSide[];
      /** Of two years of a figure, how much it changed (or what they add up to), as asked. */
      readonly computed?: Computed;
    }
  /**
   * A question that refers back (`그럼 거기 대표는?`) with nothing to refer to: which one it means, of
   * the entities of the kind it speaks of; choosing one asks the question of it. Not an answer.
   */
  | {
      readonly kind: 'clarify';
      readonly question: string;
      readonly choices: readonly Entity[];
    }
  /** Several questions in one message, each answered (or not) in its place. */
  | {
      readonly kind: 'multi';
      readonly question: string;
      readonly parts: readonly {
        readonly question: string;
        readonly answer: Answer;
        /** A yes-or-no of its own, about something the part names itself (`노무라도 고객임?`). */
        readonly own?: boolean;
      }[];
      /** Of two amounts, which is larger (or smaller), as asked: said above the parts. */
      readonly size?: SizeCompared;
    }
  | {
      readonly kind: 'not-found';
      readonly asked: 'company' | 'policy' | 'entity' | 'ask' | 'compare';
      readonly query: string;
      readonly suggestions: readonly Entity[];
      /** Names in the question that the article does not mention (`삼성전자`, `France`). */
      readonly unknown?: readonly string[];
    };

/** A line of a summary: what it says, and the passage it sums up. */
export interface SummaryItem {
  readonly text: LocalizedText;
  readonly passage: SourcedPassage | undefined;
}

/** An item of a list: its name, what the article says of it, and where. */
export interface ListItem {
  readonly label: LocalizedText;
  readonly detail: LocalizedText | undefined;
  readonly passage: SourcedPassage | undefined;
  /** Of a list of figures or years: what the item gives, to name in the list's title. */
  readonly figures?: readonly Figure[];
}

/** One side of a comparison: its name, and what the article says of it on the point compared. */
export interface CompareSide {
  readonly name: LocalizedText;
  readonly facts: readonly CitedFact[];
  /** For two years of a figure: that year's figures, said first. */
  readonly figures?: readonly Figure[];
  /** Compared on no point of its own (`미국 EU 중국 AI 정책 차이`): what the side is, as the editors sum it up. */
  readonly summary?: LocalizedText;
}

/**
 * The first line of a found answer: only what was asked. Who and which name entities; how much and
 * when give figures; where gives places; anything else (why, what, what someone said) is said by the
 * answer's first fact.
 */
export type Lead =
  | { readonly kind: 'entities'; readonly entities: readonly Entity[] }
  | { readonly kind: 'figures'; readonly figures: readonly Figure[]; readonly computed?: Computed }
  | { readonly kind: 'places'; readonly places: readonly LocalizedText[] }
  /** A table's rows as the article writes them, when the table's wording is asked (`표에 뭐라고 돼 있어`). */
  | { readonly kind: 'wording'; readonly rows: readonly LocalizedText[] }
  /** The words of the fact that answer, when they are no figure (`다음 달부터`, `from next month`). */
  | { readonly kind: 'phrase'; readonly text: LocalizedText }
  | { readonly kind: 'statement' };

/** A sum or a change worked out from a series of the article's figures, and the figures it is of. */
export interface Computed {
  readonly op: 'sum' | 'fall' | 'rise' | 'max' | 'min';
  readonly value: Figure;
  readonly of: readonly Figure[];
  /** For a change: by how much of the first year's figure, in percent. */
  readonly percent?: number;
}

/** Which of two parts' amounts is the larger (or the smaller) asked, by the figure each answer leads with. */
export interface SizeCompared {
  readonly asked: 'larger' | 'smaller';
  /** The part whose amount is the one asked. */
  readonly part: number;
  /** Each part's amount, and the same amount in won where the article gives it (set against each other so
   * when their currencies differ). */
  readonly amounts: readonly { readonly figure: Figure; readonly won?: Figure }[];
  /** The message claims the first is the one asked (`A가 B보다 커?`): yes or no goes first. */
  readonly claimed?: boolean;
  /** How many times the larger amount is the smaller, by the values they were set against each other in. */
  readonly ratio: number;
}

/**
 * Yes, in the article's words; no, with what the article says instead (`아니요: 도쿄`); or, where the
 * article speaks of the claim in words of its own that neither confirm nor deny it, what it says.
 */
export interface Verdict {
  readonly kind: 'yes' | 'no' | 'says';
  /** For a no: the article's own figure, place or name where the claim had another. */
  readonly correction?: Lead;
}

/**
 * Whether the article answers. Several questions in one message are answered when one is; but a
 * yes-or-no about something of its own after a question the article does not answer only checks what
 * that one would have said (`리벨리온 고객사는 어디야? 노무라도 고객임?`).
 */
/** A question the article has nothing on: what was asked, names it does not know, entities it could ask of. */
export function notFoundAnswer(
  query: string,
  unknown: readonly string[] = [],
  suggestions: readonly Entity[] = [],
): Answer {
  return { kind: 'not-found', asked: 'ask', query, suggestions, unknown };
}

export const answerFound = (answer: Answer): boolean =>
  answer.kind === 'multi'
    ? answer.parts.some(
        (p, i) => answerFound(p.answer) && (i === 0 || answerFound(answer.parts[0]!.answer) || !p.own),
      )
    : answer.kind !== 'not-found' && answer.kind !== 'partial' && answer.kind !== 'clarify';

/** The facts an answer shows (every part's, for several questions): what feedback and charts refer to. */
export function shownFacts(answer: Answer): readonly CitedFact[] {
  switch (answer.kind) {
    case 'facts':
    case 'entity':
      return answer.facts;
    case 'multi':
      return answer.parts.flatMap((p) => shownFacts(p.answer));
    case 'compare':
      return answer.sides.flatMap((side) => side.facts);
    default:
      return [];
  }
}

/** A knowledge base and the indexes built from it; immutable, swapped whole on reload. */
export interface Engine {
  readonly kb: KnowledgeBase;
  readonly entities: EntityIndex;
  readonly facts: FactIndex;
  /** The general word lists with the articles' own: how questions are understood. */
  readonly lexicon: Lexicon;
}
