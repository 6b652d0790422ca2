/**
 * An article read from a page or a file (`ArticleDocument`) made into a draft knowledge file: the
 * passages verbatim, the entities it names, one fact per sentence, its sections with their summaries,
 * its tables as comparisons, and the terms it writes with an abbreviation as lexicon sets. Everything
 * generated is marked `draft`, and nothing is translated: the loader fills the English from the Korean.
 */
import type { Entity, EntityType, KnowledgeFileSource } from '../knowledge/schema.ts';
import { splitSentences } from '../knowledge/sentences.ts';
import { summarize } from '../knowledge/summarize.ts';
import type { FoundBy } from './candidates.ts';
import type { ArticleDocument, DocumentBlock } from './document.ts';
import { type FoundEntities, findEntities, type TextUnit } from './entities.ts';
import { type FactUnit, makeFacts } from './facts.ts';

type PassageSource = KnowledgeFileSource['passages'][number];
type EntitySource = KnowledgeFileSource['entities'][number];
type SectionSource = NonNullable<KnowledgeFileSource['sections']>[number];
type ComparisonSource = NonNullable<KnowledgeFileSource['comparisons']>[number];

/** What the rest of the knowledge base already holds: its entities, and the ids in use. */
export interface KnownKnowledge {
  readonly entities: readonly Entity[];
  readonly entityIds: ReadonlySet<string>;
  readonly factIds: ReadonlySet<string>;
  readonly comparisonIds: ReadonlySet<string>;
}

/** What an editor should check besides the draft marks: metadata the article did not give. */
export type ReviewNote =
  | { readonly kind: 'no-author' }
  | { readonly kind: 'no-date'; readonly date: string }
  | { readonly kind: 'no-category' };

export interface DraftResult {
  readonly file: KnowledgeFileSource;
  readonly review: readonly ReviewNote[];
  /** Entities of the knowledge base the draft refers to (reused, not redefined). */
  readonly reused: readonly string[];
  /** How each new entity was found, by id. */
  readonly found: ReadonlyMap<string, FoundBy | 'known'>;
  /** Sentences that name no entity, kept as passages only. */
  readonly unlinked: number;
}

interface PassagePlan {
  readonly passage: PassageSource;
  readonly block: DocumentBlock | undefined;
  /** The headings above it, nearest first. */
  readonly headings: readonly string[];
}

/** The passages: the title, then every block, each under the heading it stands under. */
function planPassages(doc: ArticleDocument): PassagePlan[] {
  const plans: PassagePlan[] = [
    {
      passage: { id: 'p1', kind: 'title', text: doc.title, section: { ko: doc.title }, draft: true },
      block: undefined,
      headings: [],
    },
  ];
  const open: { level: number; text: string }[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      const level = block.level ?? 1;
      while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
      open.push({ level, text: block.text });
    }
    const under = open.at(block.kind === 'heading' ? -2 : -1)?.text ?? doc.title;
    plans.push({
      passage: {
        id: `p${plans.length + 1}`,
        kind: block.kind,
        text: block.text,
        section: { ko: block.kind === 'heading' ? block.text : under },
        draft: true,
      },
      block,
      headings: [...open].reverse().map((h) => h.text),
    });
  }
  return plans;
}

/** The units entities and facts are read from: each sentence, heading and table row. */
function planUnits(plans: readonly PassagePlan[]): FactUnit[] {
  const headers = new Map<number, DocumentBlock>();
  const units: FactUnit[] = [];
  for (const { passage, block, headings } of plans) {
    const base = { passage: passage.id, headings };
    if (passage.kind === 'paragraph') {
      splitSentences(passage.text).forEach((text, i) => {
        units.push({ ...base, key: `${passage.id}.${i + 1}`, text, kind: 'paragraph' });
      });
      continue;
    }
    if (passage.kind === 'table-row' && block?.table !== undefined) {
      if (block.header) headers.set(block.table, block);
      const header = headers.get(block.table);
      units.push({
        ...base,
        key: passage.id,
        text: passage.text,
        kind: 'table-row',
        ...(header ? { tableHeader: header.text } : {}),
        isHeader: block.header === true,
        ...(block.cells?.[0] ? { firstCell: block.cells[0] } : {}),
      });
      continue;
    }
    units.push({ ...base, key: passage.id, text: passage.text, kind: passage.kind });
  }
  return units;
}

function entitySources(found: FoundEntities, units: readonly TextUnit[]): EntitySource[] {
  return found.created.map((e) => {
    // What it is, until an editor says better: the first sentence that names it.
    const first =
      units.find((u) => u.kind !== 'title' && found.mentions(u.text).includes(e.id))?.text ?? e.ko;
    return {
      id: e.id,
      type: e.type,
      name: { ko: e.ko, ...(e.en ? { en: e.en } : {}) },
      aliases: [...e.aliases],
      summary: { ko: first },
      ...(e.role ? { role: { ko: e.role } } : {}),
      ...(e.affiliation ? { affiliation: e.affiliation } : {}),
      ...(e.code ? { code: e.code } : {}),
      pinned: e.type === 'company',
      draft: true,
    };
  });
}

/** One section per heading: the heading and what follows it, down to the next heading as high. */
function sectionSources(plans: readonly PassagePlan[]): SectionSource[] {
  const sections: SectionSource[] = [];
  plans.forEach((plan, i) => {
    if (plan.passage.kind !== 'heading') return;
    const level = plan.block?.level ?? 1;
    const inside = [plan];
    for (const next of plans.slice(i + 1)) {
      if (next.passage.kind === 'heading' && (next.block?.level ?? 1) <= level) break;
      inside.push(next);
    }
    const lines = summarize(inside.map((p) => p.passage));
    sections.push({
      id: `section-${sections.length + 1}`,
      title: { ko: plan.passage.text },
      passages: inside.map((p) => p.passage.id),
      keywords: [],
      ...(lines.length > 0
        ? { summary: lines.map((l) => ({ text: { ko: l.text }, source: l.source })) }
        : {}),
      draft: true,
    });
  });
  return sections;
}

/** A table whose columns are entities (`구분 | 한국 | 일본`), when its cells are known: a comparison. */
function comparisonSources(
  plans: readonly PassagePlan[],
  found: FoundEntities,
  articleId: string,
  taken: ReadonlySet<string>,
): ComparisonSource[] {
  const tables = new Map<number, PassagePlan[]>();
  for (const plan of plans) {
    const table = plan.block?.table;
    if (table === undefined || plan.passage.kind !== 'table-row') continue;
    tables.set(table, [...(tables.get(table) ?? []), plan]);
  }
  const comparisons: ComparisonSource[] = [];
  for (const [table, rows] of tables) {
    const [header, ...body] = rows;
    const cells = header?.block?.cells;
    if (!header || !cells || cells.length < 3 || body.length === 0) continue;
    const columns = cells.slice(1).map((c) => found.mentions(c)[0]);
    if (columns.some((c) => c === undefined) || new Set(columns).size !== columns.length) continue;
    if (!body.every((r) => r.block?.cells?.length === cells.length)) continue;
    const id = `${articleId.slice(0, 50)}-table-${table + 1}`;
    if (taken.has(id)) continue;
    comparisons.push({
      id,
      title: { ko: header.headings[0] ?? cells.join(' · ') },
      entities: columns.flatMap((c) => (c ? [c] : [])),
      rows: body.map((r, i) => ({
        id: `row-${i + 1}`,
        aspect: { ko: r.block!.cells![0]! || `${i + 1}` },
        values: r
          .block!.cells!.slice(1)
          .map((text, k) => ({ entity: columns[k]!, text: { ko: text || '—' } })),
        source: r.passage.id,
      })),
      draft: true,
    });
  }
  return comparisons;
}

/**
 * A figure in a comparison row (`법인세 최대 30% 감면` in a Korea-vs-Japan table) is one side's: when
 * the article states the same figure elsewhere of one of the compared entities only, its label names
 * that entity (`일본의 법인세`), so that it is not given as the other side's.
 */
function attributeComparedFigures(
  facts: KnowledgeFileSource['facts'],
  nameOf: (id: string) => string | undefined,
): void {
  for (const fact of facts) {
    if (fact.kind !== 'comparison') continue;
    for (const figure of fact.figures ?? []) {
      const owners = new Set<string>();
      for (const other of facts) {
        if (other.kind === 'comparison') continue;
        if (!other.figures?.some((f) => f.value === figure.value && f.unit === figure.unit)) continue;
        const sides = other.entities.filter((id) => fact.entities.includes(id));
        if (sides.length === 1) owners.add(sides[0]!);
        else owners.add('');
      }
      const [owner] = owners;
      const name = owners.size === 1 && owner ? nameOf(owner) : undefined;
      if (name && !figure.label.ko.includes(name)) figure.label = { ko: `${name}의 ${figure.label.ko}` };
    }
  }
}

/** Builds the draft knowledge file of an article. `today` (YYYY-MM-DD) stands in for a missing date. */
export function buildDraft(
  doc: ArticleDocument,
  options: { id: string; known: KnownKnowledge; today: string },
): DraftResult {
  const review: ReviewNote[] = [];
  const plans = planPassages(doc);
  const units = planUnits(plans);
  const found = findEntities(units, options.known.entities, options.known.entityIds);
  const types = new Map<string, EntityType>([
    ...options.known.entities.map((e) => [e.id, e.type] as const),
    ...found.created.map((e) => [e.id, e.type] as const),
  ]);
  // A table row is about the entities its table's first row names (`구분 한국 일본`).
  const factUnits = units
    .filter((u) => u.kind === 'paragraph' || u.kind === 'heading' || (u.kind === 'table-row' && !u.isHeader))
    .map((u) => {
      const columns = u.tableHeader ? found.mentions(u.tableHeader) : [];
      return columns.length > 0 ? { ...u, columns } : u;
    });
  const { facts, unlinked } = makeFacts(factUnits, {
    articleId: options.id,
    entities: found,
    typeOf: (id) => types.get(id),
    takenIds: options.known.factIds,
  });
  attributeComparedFigures(
    facts,
    (id) =>
      found.created.find((e) => e.id === id)?.ko ?? options.known.entities.find((e) => e.id === id)?.name.ko,
  );
  const summary = summarize(
    plans.map((p) => p.passage),
    { lines: 5 },
  );
  if (!doc.author) review.push({ kind: 'no-author' });
  if (!doc.date) review.push({ kind: 'no-date', date: options.today });
  if (!doc.category) review.push({ kind: 'no-category' });
  const file: KnowledgeFileSource = {
    $schema: '../schema/knowledge.schema.json',
    article: {
      id: options.id,
      title: { ko: doc.title },
      author: doc.author ?? 'unknown',
      date: doc.date ?? options.today,
      ...(doc.dateline ? { dateline: doc.dateline } : {}),
      category: { ko: doc.category ?? '기타' },
      ...(doc.url ? { url: doc.url } : {}),
      ...(summary.length > 0
        ? { summary: summary.map((l) => ({ text: { ko: l.text }, source: l.source })) }
        : {}),
      draft: true,
    },
    passages: plans.map((p) => p.passage),
    entities: entitySources(found, units),
    facts,
    comparisons: comparisonSources(plans, found, options.id, options.known.comparisonIds),
    sections: sectionSources(plans),
    lexicon: found.terms.map((t) => ({
      words: [t.term, t.abbreviation],
      note: 'the article writes the term with its abbreviation',
      draft: true,
    })),
  };
  return {
    file,
    review,
    reused: found.reused,
    found: new Map(found.created.map((e) => [e.id, e.found])),
    unlinked,
  };
}
