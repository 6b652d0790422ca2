import { z } from 'zod';

/**
 * The shape of one knowledge file (one article). Cross-references (ids unique, references resolve,
 * aliases not shared) are checked by the loader, which sees every file at once.
 */

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const Id = z
  .string()
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens (e.g. "rebellions")');

export const LocalizedText = z
  .object({
    ko: nonEmpty.describe('Korean text'),
    en: nonEmpty.describe('English text'),
  })
  .strict();

export const EntityType = z.enum(['company', 'person', 'region', 'organization']);

export const FigureUnit = z.enum([
  'percent',
  'KRW',
  'JPY',
  'USD',
  'year',
  'people',
  'organizations',
  'companies',
  'count',
]);

export const Figure = z
  .object({
    value: z.number().finite(),
    unit: FigureUnit,
    year: z.number().int().min(1900).max(2100).optional().describe('the year the figure refers to'),
    qualifier: z
      .enum(['exact', 'approx', 'max', 'min', 'until'])
      .default('exact')
      .describe('"approx" for 약/여, "max" for 최대, "until" for deadlines'),
    label: LocalizedText.describe('what the figure measures'),
  })
  .strict();

export const FactKind = z.enum([
  'profile',
  'japan-move',
  'quote',
  'policy',
  'statistic',
  'reason',
  'reaction',
  'comparison',
  'trend',
  'opinion',
]);

export const Passage = z
  .object({
    id: Id,
    section: LocalizedText.optional().describe('the article heading the passage stands under'),
    kind: z.enum(['title', 'heading', 'paragraph', 'table-row']),
    text: nonEmpty.describe('the passage verbatim, as in the article'),
    en: nonEmpty.describe('an English translation'),
  })
  .strict();

export const Entity = z
  .object({
    id: Id,
    type: EntityType,
    name: LocalizedText,
    aliases: z.array(nonEmpty).default([]).describe('other names people really use (not typos)'),
    summary: LocalizedText.describe('what it is / does, one sentence'),
    role: LocalizedText.optional().describe('for people: their position'),
    affiliation: Id.optional().describe('for people: the entity id of their company'),
    code: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional()
      .describe('for regions: ISO 3166 / EU code'),
    pinned: z.boolean().default(false).describe('listed when autocomplete has an empty query'),
  })
  .strict();

export const Fact = z
  .object({
    id: Id,
    kind: FactKind,
    text: LocalizedText,
    entities: z.array(Id).min(1, 'a fact must be about at least one entity'),
    figures: z.array(Figure).default([]),
    keywords: z.array(nonEmpty).default([]).describe('topic words a question about this fact may use'),
    speaker: Id.optional().describe('for quotes: the entity id of the person speaking'),
    source: Id.describe('the id of the passage this fact comes from'),
  })
  .strict();

export const ComparisonRow = z
  .object({
    id: Id,
    aspect: LocalizedText,
    values: z.array(z.object({ entity: Id, text: LocalizedText }).strict()).min(2),
    source: Id,
  })
  .strict();

export const Comparison = z
  .object({
    id: Id,
    title: LocalizedText,
    entities: z.array(Id).min(2),
    rows: z.array(ComparisonRow).min(1),
  })
  .strict();

export const LexiconSet = z
  .object({
    words: z
      .array(nonEmpty)
      .min(2, 'a set needs at least two words')
      .describe(
        'words and phrases that mean the same in questions about this article (verbs in dictionary form: 세우다)',
      ),
    note: z.string().optional().describe('why these mean the same here, for the next editor'),
  })
  .strict();

/** One line of a summary, in both languages, citing the passage it sums up. */
export const SummaryLine = z
  .object({
    text: LocalizedText,
    source: Id.describe('the id of the passage this line sums up'),
  })
  .strict();

/** Three to five lines that sum up an article or a section. */
export const Summary = z
  .array(SummaryLine)
  .min(1, 'a summary needs at least one line')
  .max(5, 'a summary has at most five lines');

export const Article = z
  .object({
    id: Id,
    title: LocalizedText,
    author: nonEmpty,
    date: z.iso.date(),
    category: LocalizedText,
    url: z.url().optional(),
    summary: Summary.optional().describe("an editor's summary of the whole article, three to five lines"),
  })
  .strict();

/**
 * A part of the article under one heading (or a part with none, such as the author's conclusion): the
 * passages it holds, the words people use for it, and an editor's summary of it.
 */
export const Section = z
  .object({
    id: Id,
    title: LocalizedText,
    passages: z.array(Id).min(1, 'a section holds at least one passage'),
    keywords: z.array(nonEmpty).default([]).describe('words a question about this section may use'),
    summary: Summary.optional().describe("an editor's summary of the section, one to five lines"),
  })
  .strict();

export const KnowledgeFile = z
  .object({
    $schema: z.string().optional(),
    article: Article,
    passages: z.array(Passage).min(1),
    entities: z.array(Entity),
    facts: z.array(Fact),
    comparisons: z.array(Comparison).default([]),
    sections: z.array(Section).default([]).describe('the parts of the article, each with its summary'),
    lexicon: z
      .array(LexiconSet)
      .default([])
      .describe("the article's own words for question understanding: sets of equivalent words"),
  })
  .strict();

export type LocalizedText = z.infer<typeof LocalizedText>;
export type EntityType = z.infer<typeof EntityType>;
export type FigureUnit = z.infer<typeof FigureUnit>;
export type Figure = z.infer<typeof Figure>;
export type FactKind = z.infer<typeof FactKind>;
export type Passage = z.infer<typeof Passage>;
export type Entity = z.infer<typeof Entity>;
export type Fact = z.infer<typeof Fact>;
export type ComparisonRow = z.infer<typeof ComparisonRow>;
export type Comparison = z.infer<typeof Comparison>;
export type Article = z.infer<typeof Article>;
export type SummaryLine = z.infer<typeof SummaryLine>;
export type Section = z.infer<typeof Section>;
export type LexiconSet = z.infer<typeof LexiconSet>;
export type KnowledgeFile = z.infer<typeof KnowledgeFile>;

/** The JSON Schema that editors use to validate knowledge files as admins type. */
export function knowledgeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(KnowledgeFile, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
