/**
 * `importArticle`: a file, an attachment or a URL made into a draft knowledge file in a knowledge
 * folder, validated with the rest of the folder before anything is written. A curated file is never
 * overwritten without `replace`; a draft is re-imported keeping what an editor did to it.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadKnowledgeBase } from '../knowledge/loader.ts';
import { type EntityType, KnowledgeFileSource, type ParsedKnowledgeFileSource } from '../knowledge/schema.ts';
import type { FoundBy } from './candidates.ts';
import type { ArticleDocument } from './document.ts';
import { buildDraft, type KnownKnowledge, type ReviewNote } from './draft.ts';
import { shortSlug, slugify } from './entities.ts';
import { type FetchedPage, type FetchPolicy, FetchRefused, fetchPage } from './fetch.ts';
import { readHtml } from './html.ts';
import { mergeDraft } from './merge.ts';
import { ImportError } from './problems.ts';
import { decodeText, formatOfName, formatOfType, type SourceFormat, sniffFormat } from './source.ts';
import { readText } from './text.ts';

export type ImportSource =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly path: string }
  /** A file's name and bytes. */
  | {
      readonly kind: 'bytes';
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly contentType?: string;
    }
  /** A Discord attachment: where Discord keeps it, its name and size; fetched like a URL. */
  | { readonly kind: 'attachment'; readonly url: string; readonly name: string; readonly size: number };

export interface ImportRequest {
  readonly source: ImportSource;
  /** The knowledge folder the draft is written to (created when missing). */
  readonly dir: string;
  /** The article id (made into a slug); default: from the title. */
  readonly id?: string | undefined;
  /** Overwrite an existing file of that id, curated or draft, without keeping anything of it. */
  readonly replace?: boolean | undefined;
  /** How URLs are fetched (and the largest page). */
  readonly fetch?: FetchPolicy | undefined;
  /** The largest file accepted. Default 5 MB. */
  readonly maxFileBytes?: number | undefined;
  /** The day a missing date stands in for (YYYY-MM-DD); default today. */
  readonly today?: string | undefined;
}

/** What an import added, and what an editor should look at. */
export interface ImportSummary {
  readonly id: string;
  readonly title: string;
  /** The file written, as given (inside `dir`). */
  readonly file: string;
  readonly passages: number;
  readonly facts: number;
  readonly figures: number;
  readonly entities: {
    readonly created: number;
    readonly reused: number;
    readonly byType: Record<EntityType, number>;
  };
  readonly sections: number;
  readonly comparisons: number;
  readonly lexicon: number;
  /** Items marked draft, for an editor to review. */
  readonly drafts: number;
  /** The new entities and how each was found. */
  readonly candidates: readonly {
    readonly id: string;
    readonly name: string;
    readonly type: EntityType;
    readonly found: FoundBy | 'known' | 'kept';
  }[];
  readonly notes: readonly ReviewNote[];
  /** Sentences that name nothing the draft knows: kept as passages only. */
  readonly unlinked: number;
  /** The file existed: `replaced` it, or re-imported the draft keeping `kept` of the editor's items. */
  readonly previous: 'none' | 'replaced' | 'merged';
  readonly kept: number;
}

async function fetchOrRefuse(url: string, policy: FetchPolicy | undefined): Promise<FetchedPage> {
  try {
    return await fetchPage(url, policy);
  } catch (error) {
    if (error instanceof FetchRefused)
      throw new ImportError({ kind: 'fetch', reason: error.reason, detail: error.detail });
    throw error;
  }
}

async function readSource(
  request: ImportRequest,
): Promise<{ text: string; format: SourceFormat; url?: string; name: string }> {
  const { source } = request;
  const limit = request.maxFileBytes ?? 5 * 1024 * 1024;
  if (source.kind === 'url') {
    const page = await fetchOrRefuse(source.url, request.fetch);
    const text = decodeText(page.body, page.charset);
    if (text === undefined) throw new ImportError({ kind: 'not-text' });
    const format = formatOfType(page.type) ?? sniffFormat(text);
    return {
      text,
      format: format === 'text' && sniffFormat(text) === 'html' ? 'html' : format,
      url: page.url,
      name: new URL(page.url).pathname,
    };
  }
  let bytes: Uint8Array;
  let name: string;
  let contentType: string | undefined;
  if (source.kind === 'attachment') {
    ({ name } = source);
    if (!formatOfName(name)) throw new ImportError({ kind: 'unsupported', what: name });
    if (source.size > limit) throw new ImportError({ kind: 'too-large', bytes: source.size, limit });
    const page = await fetchOrRefuse(source.url, { ...request.fetch, maxBytes: limit, types: 'any' });
    bytes = page.body;
  } else if (source.kind === 'file') {
    name = path.basename(source.path);
    const info = await stat(source.path).catch(() => undefined);
    if (!info?.isFile()) throw new ImportError({ kind: 'unreadable', path: source.path });
    if (info.size > limit) throw new ImportError({ kind: 'too-large', bytes: info.size, limit });
    bytes = await readFile(source.path).catch(() => {
      throw new ImportError({ kind: 'unreadable', path: source.path });
    });
  } else {
    ({ name, bytes, contentType } = source);
    if (bytes.byteLength > limit)
      throw new ImportError({ kind: 'too-large', bytes: bytes.byteLength, limit });
  }
  const byName = formatOfName(name);
  const byType = contentType ? formatOfType(contentType.split(';')[0]!.trim()) : undefined;
  if (!byName && /\.[A-Za-z0-9]+$/.test(name) && !byType)
    throw new ImportError({ kind: 'unsupported', what: name });
  const text = decodeText(bytes);
  if (text === undefined || text.includes('\u0000')) throw new ImportError({ kind: 'not-text' });
  const format = byName ?? byType ?? sniffFormat(text);
  return { text, format: format === 'text' && sniffFormat(text) === 'html' ? 'html' : format, name };
}

function readDocument(text: string, format: SourceFormat, url?: string): ArticleDocument {
  const doc = format === 'html' ? readHtml(text, url) : readText(text, { markdown: format === 'markdown' });
  if (!doc?.title || !doc.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'table-row'))
    throw new ImportError({ kind: 'no-article' });
  return url && !doc.url ? { ...doc, url } : doc;
}

/** An id from a title or a name: a slug, cut at a hyphen to at most 48 characters. */
export function articleId(text: string): string {
  return shortSlug(slugify(text));
}

/** The knowledge folder as it is without the file being imported: what the draft can reuse. */
async function knownKnowledge(
  dir: string,
  name: string,
): Promise<KnownKnowledge & { articleFiles: Map<string, string> }> {
  const empty = {
    entities: [],
    entityIds: new Set<string>(),
    factIds: new Set<string>(),
    comparisonIds: new Set<string>(),
    articleFiles: new Map<string, string>(),
  };
  const others = await loadKnowledgeBase(dir, { pending: { name, text: undefined } });
  if (!others.ok) {
    // An empty or missing folder has nothing to reuse; a broken one must be fixed first.
    const nothing = others.errors.every(
      (e) => e.path === '' && /contains no knowledge files|does not exist/.test(e.message),
    );
    if (nothing) return empty;
    throw new ImportError({ kind: 'folder-invalid', errors: others.errors });
  }
  const { kb } = others;
  return {
    entities: [...kb.entities.values()],
    entityIds: new Set(kb.entities.keys()),
    factIds: new Set(kb.facts.keys()),
    comparisonIds: new Set(kb.comparisons.map((c) => c.id)),
    articleFiles: new Map(kb.articles.map((a) => [a.id, a.file])),
  };
}

/** The file already in the folder under that name: parsed, or `invalid`, or absent. */
async function previousFile(file: string): Promise<ParsedKnowledgeFileSource | 'invalid' | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = KnowledgeFileSource.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** Imports one article; throws `ImportError` for anything the user can fix. */
export async function importArticle(request: ImportRequest): Promise<ImportSummary> {
  const source = await readSource(request);
  const doc = readDocument(source.text, source.format, source.url);
  const id =
    request.id !== undefined ? articleId(request.id) : articleId(doc.title) || articleId(source.name);
  if (!/^[a-z0-9]/.test(id)) throw new ImportError({ kind: 'bad-id', id: request.id ?? doc.title });
  const name = `${id}.json`;
  const file = path.join(request.dir, name);
  const known = await knownKnowledge(request.dir, name);
  const holder = known.articleFiles.get(id);
  if (holder) throw new ImportError({ kind: 'id-taken', id, file: holder });
  const previous = await previousFile(file);
  if (
    previous !== undefined &&
    !request.replace &&
    (previous === 'invalid' || previous.article.draft !== true)
  )
    throw new ImportError({ kind: 'exists', file });
  const today = request.today ?? new Date().toISOString().slice(0, 10);
  const draft = buildDraft(doc, { id, known, today });
  const fresh = KnowledgeFileSource.parse(draft.file);
  const merged =
    previous !== undefined && previous !== 'invalid' && !request.replace
      ? mergeDraft(previous, fresh)
      : undefined;
  const result = merged?.file ?? fresh;
  const text = `${JSON.stringify(result, null, 2)}\n`;
  try {
    await mkdir(request.dir, { recursive: true });
  } catch {
    throw new ImportError({ kind: 'write', file });
  }
  // The folder as it will be: the draft with every other file, checked before anything is written.
  const check = await loadKnowledgeBase(request.dir, { pending: { name, text } });
  if (!check.ok) throw new ImportError({ kind: 'draft-invalid', errors: check.errors });
  await writeAtomically(request.dir, name, text);
  return summarize(result, draft, {
    id,
    file,
    previous: merged ? 'merged' : previous === undefined ? 'none' : 'replaced',
    kept: merged?.kept ?? 0,
  });
}

async function writeAtomically(dir: string, name: string, text: string): Promise<void> {
  const file = path.join(dir, name);
  const temporary = path.join(dir, `.${name}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new ImportError({ kind: 'write', file });
  }
}

function summarize(
  file: ParsedKnowledgeFileSource,
  draft: ReturnType<typeof buildDraft>,
  where: Pick<ImportSummary, 'id' | 'file' | 'previous' | 'kept'>,
): ImportSummary {
  const byType: Record<EntityType, number> = { company: 0, person: 0, region: 0, organization: 0 };
  for (const e of file.entities) byType[e.type]++;
  const drafts = [
    file.article,
    ...file.passages,
    ...file.entities,
    ...file.facts,
    ...file.sections,
    ...file.comparisons,
    ...file.lexicon,
  ].filter((i) => i.draft === true).length;
  return {
    ...where,
    title: file.article.title.ko,
    passages: file.passages.length,
    facts: file.facts.length,
    figures: file.facts.reduce((sum, f) => sum + f.figures.length, 0),
    entities: { created: file.entities.length, reused: draft.reused.length, byType },
    sections: file.sections.length,
    comparisons: file.comparisons.length,
    lexicon: file.lexicon.length,
    drafts,
    candidates: file.entities
      .filter((e) => e.draft === true)
      .map((e) => ({
        id: e.id,
        name: e.name.ko,
        type: e.type,
        found: draft.found.get(e.id) ?? 'kept',
      })),
    notes: draft.review,
    unlinked: draft.unlinked,
  };
}
