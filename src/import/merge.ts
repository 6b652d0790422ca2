/**
 * Re-importing an article keeps what an editor did to its draft: an item whose draft mark the editor
 * removed, or whose content they changed, stays as they left it, and so does anything they added;
 * what the importer made and nobody touched is made anew. Items kept this way bring along what they
 * refer to (the passage a fact cites, an entity it is about) when the new draft lacks it.
 */
import type { ParsedKnowledgeFileSource } from '../knowledge/schema.ts';

type File = ParsedKnowledgeFileSource;

interface Item {
  readonly draft?: boolean | undefined;
}

/** The same content, whatever the order of its fields. */
function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sorted(v)]),
    );
  return value;
}

/** An editor's item: reviewed (no draft mark), changed since the importer made it, or added. */
const editorial = <T extends Item>(old: T, fresh: T | undefined) =>
  old.draft !== true || fresh === undefined || !sameContent(old, fresh);

/**
 * The new list with the editor's items of the old one in their place (by key); the editor's items
 * the new list lacks are kept too, after it. Generated items nobody touched that the importer no
 * longer makes are dropped.
 */
function mergeList<T extends Item>(
  old: readonly T[],
  fresh: readonly T[],
  key: (item: T) => string,
): { items: T[]; kept: number } {
  const oldByKey = new Map(old.map((item) => [key(item), item]));
  const freshKeys = new Set(fresh.map(key));
  let kept = 0;
  const items = fresh.map((item) => {
    const previous = oldByKey.get(key(item));
    if (previous && editorial(previous, item)) {
      kept++;
      return previous;
    }
    return item;
  });
  for (const item of old)
    if (!freshKeys.has(key(item)) && item.draft !== true) {
      kept++;
      items.push(item);
    }
  return { items, kept };
}

export interface Merged {
  readonly file: File;
  /** How many of the editor's items were kept. */
  readonly kept: number;
}

/** The new draft, keeping what the editor did to the old one. */
export function mergeDraft(old: File, fresh: File): Merged {
  const id = (item: { id: string }) => item.id;
  const passages = mergeList(old.passages, fresh.passages, id);
  const entities = mergeList(old.entities, fresh.entities, id);
  const facts = mergeList(old.facts, fresh.facts, id);
  const sections = mergeList(old.sections, fresh.sections, id);
  const comparisons = mergeList(old.comparisons, fresh.comparisons, id);
  const lexicon = mergeList(old.lexicon, fresh.lexicon, (set) => set.words.join('\u0000'));
  const articleKept = editorial(old.article, fresh.article);
  // What a kept item refers to stays too, as the old file had it.
  const passageIds = new Set(passages.items.map((p) => p.id));
  const entityIds = new Set(entities.items.map((e) => e.id));
  const referenced = {
    passages: new Set([
      ...facts.items.map((f) => f.source),
      ...sections.items.flatMap((s) => [...s.passages, ...(s.summary ?? []).map((l) => l.source)]),
      ...comparisons.items.flatMap((c) => c.rows.map((r) => r.source)),
      ...((articleKept ? old : fresh).article.summary ?? []).map((l) => l.source),
    ]),
    entities: new Set([
      ...facts.items.flatMap((f) => [...f.entities, ...(f.speaker ? [f.speaker] : [])]),
      ...comparisons.items.flatMap((c) => c.entities),
      ...entities.items.flatMap((e) => (e.affiliation ? [e.affiliation] : [])),
    ]),
  };
  for (const p of old.passages)
    if (referenced.passages.has(p.id) && !passageIds.has(p.id)) passages.items.push(p);
  for (const e of old.entities)
    if (referenced.entities.has(e.id) && !entityIds.has(e.id)) entities.items.push(e);
  const kept =
    passages.kept +
    entities.kept +
    facts.kept +
    sections.kept +
    comparisons.kept +
    lexicon.kept +
    (articleKept ? 1 : 0);
  return {
    file: {
      ...fresh,
      article: articleKept ? old.article : fresh.article,
      passages: passages.items,
      entities: entities.items,
      facts: facts.items,
      sections: sections.items,
      comparisons: comparisons.items,
      lexicon: lexicon.items,
    },
    kept,
  };
}
