import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { fillEnglish } from './english.ts';
import { type Entity, type KnowledgeFile, KnowledgeFileSource, type Passage } from './schema.ts';
import type {
  KnowledgeArticle,
  KnowledgeBase,
  KnowledgeCounts,
  KnowledgeError,
  LoadResult,
  SourcedFact,
  SourcedPassage,
} from './types.ts';

/** Knowledge files larger than this are refused before they are read into memory. */
export const MAX_KNOWLEDGE_FILE_BYTES = 20 * 1024 * 1024;

type Comparisons = KnowledgeBase['comparisons'];

interface ParsedFile {
  readonly file: string;
  readonly data: KnowledgeFile;
  /** False when some English text was missing and filled from the Korean. */
  readonly translated: boolean;
}

/** How to read a folder as it will be once a pending change is made. */
export interface LoadOptions {
  /**
   * A file about to be written (`text`) or left out (`text` undefined), read instead of what the
   * folder holds under that name: an import validates its draft with the rest of the folder this way
   * before it writes anything.
   */
  readonly pending?: { readonly name: string; readonly text: string | undefined };
}

/** Where an error is reported: relative to the working directory when the folder is inside it. */
function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** `facts[12].source` from zod's `['facts', 12, 'source']`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

export function formatKnowledgeError(error: KnowledgeError): string {
  return error.path ? `${error.file}: ${error.path}: ${error.message}` : `${error.file}: ${error.message}`;
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  let where: { line: number; column: number };
  if (lineCol) where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (position) where = lineAndColumn(text, Number(position[1]));
  else where = lineAndColumn(text, text.length);
  // V8 quotes a snippet of the input after the reason; keep only the reason.
  const reason = message
    .replace(/,? ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  return `invalid JSON at line ${where.line}, column ${where.column}: ${reason}`;
}

function zodIssueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'is required';
  return issue.message;
}

async function readKnowledgeFile(absolute: string, file: string, errors: KnowledgeError[]) {
  const info = await stat(absolute);
  if (!info.isFile()) {
    errors.push({ file, path: '', message: 'is not a regular file' });
    return undefined;
  }
  if (info.size > MAX_KNOWLEDGE_FILE_BYTES) {
    errors.push({
      file,
      path: '',
      message: `is ${(info.size / 1024 / 1024).toFixed(1)} MB; knowledge files may be at most ${MAX_KNOWLEDGE_FILE_BYTES / 1024 / 1024} MB`,
    });
    return undefined;
  }
  return parseKnowledgeBytes(await readFile(absolute), file, errors);
}

/** Checks one file's bytes: UTF-8 without BOM, JSON, the schema; English filled where missing. */
function parseKnowledgeBytes(
  bytes: Uint8Array,
  file: string,
  errors: KnowledgeError[],
): { data: KnowledgeFile; translated: boolean } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    errors.push({ file, path: '', message: 'starts with a byte-order mark; save it as UTF-8 without BOM' });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    errors.push({ file, path: '', message: 'is not valid UTF-8 text' });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push({ file, path: '', message: describeJsonError(text, error) });
    return undefined;
  }
  const parsed = KnowledgeFileSource.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.push({ file, path: jsonPath(issue.path), message: zodIssueMessage(issue) });
    }
    return undefined;
  }
  return fillEnglish(parsed.data);
}

/** Folds case, width and spacing so that `Channel Talk` and `channeltalk` count as one alias. */
function aliasKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}

/** Checks what one file cannot check alone: unique ids and references across the whole folder. */
function checkReferences(files: readonly ParsedFile[], errors: KnowledgeError[]): void {
  const entityOwner = new Map<string, string>();
  const entityTypes = new Map<string, Entity['type']>();
  const articleOwner = new Map<string, string>();
  const factOwner = new Map<string, string>();
  const comparisonOwner = new Map<string, string>();
  const aliasOwner = new Map<string, { entity: string; name: string }>();

  const claim = (owners: Map<string, string>, id: string, file: string, at: string, what: string) => {
    const first = owners.get(id);
    if (first !== undefined) {
      const where = first === file ? '' : ` in ${first}`;
      errors.push({ file, path: at, message: `duplicate ${what} id "${id}" (already used${where})` });
    } else owners.set(id, file);
  };

  for (const { file, data } of files) {
    claim(articleOwner, data.article.id, file, 'article.id', 'article');
    data.entities.forEach((entity, i) => {
      claim(entityOwner, entity.id, file, `entities[${i}].id`, 'entity');
      entityTypes.set(entity.id, entity.type);
      const names = [entity.name.ko, entity.name.en, ...entity.aliases];
      const seen = new Set<string>();
      names.forEach((name, j) => {
        const key = aliasKey(name);
        if (!key || seen.has(key)) return;
        seen.add(key);
        const owner = aliasOwner.get(key);
        const at =
          j === 0
            ? `entities[${i}].name.ko`
            : j === 1
              ? `entities[${i}].name.en`
              : `entities[${i}].aliases[${j - 2}]`;
        if (owner && owner.entity !== entity.id)
          errors.push({
            file,
            path: at,
            message: `name "${name}" is already used by entity "${owner.entity}" ("${owner.name}")`,
          });
        else aliasOwner.set(key, { entity: entity.id, name });
      });
    });
    data.facts.forEach((fact, i) => {
      claim(factOwner, fact.id, file, `facts[${i}].id`, 'fact');
    });
    data.comparisons.forEach((c, i) => {
      claim(comparisonOwner, c.id, file, `comparisons[${i}].id`, 'comparison');
    });
  }

  for (const { file, data } of files) {
    const passageIds = new Set<string>();
    data.passages.forEach((passage, i) => {
      if (passageIds.has(passage.id))
        errors.push({ file, path: `passages[${i}].id`, message: `duplicate passage id "${passage.id}"` });
      passageIds.add(passage.id);
    });
    const entity = (id: string, at: string, type?: Entity['type']) => {
      const actual = entityTypes.get(id);
      if (actual === undefined) errors.push({ file, path: at, message: `entity "${id}" does not exist` });
      else if (type && actual !== type)
        errors.push({ file, path: at, message: `entity "${id}" is a ${actual}, not a ${type}` });
    };
    const passage = (id: string, at: string) => {
      if (!passageIds.has(id)) errors.push({ file, path: at, message: `passage "${id}" does not exist` });
    };
    data.article.summary?.forEach((line, i) => {
      passage(line.source, `article.summary[${i}].source`);
    });
    const sectionIds = new Set<string>();
    data.sections.forEach((section, i) => {
      if (sectionIds.has(section.id))
        errors.push({ file, path: `sections[${i}].id`, message: `duplicate section id "${section.id}"` });
      sectionIds.add(section.id);
      section.passages.forEach((id, j) => {
        passage(id, `sections[${i}].passages[${j}]`);
      });
      section.summary?.forEach((line, j) => {
        passage(line.source, `sections[${i}].summary[${j}].source`);
      });
    });
    data.entities.forEach((e, i) => {
      if (e.affiliation !== undefined) entity(e.affiliation, `entities[${i}].affiliation`);
      if (e.country !== undefined) entity(e.country, `entities[${i}].country`, 'region');
    });
    data.facts.forEach((fact, i) => {
      fact.entities.forEach((id, j) => {
        entity(id, `facts[${i}].entities[${j}]`);
      });
      if (fact.speaker !== undefined) entity(fact.speaker, `facts[${i}].speaker`, 'person');
      passage(fact.source, `facts[${i}].source`);
    });
    data.comparisons.forEach((c, i) => {
      c.entities.forEach((id, j) => {
        entity(id, `comparisons[${i}].entities[${j}]`);
      });
      c.rows.forEach((row, r) => {
        passage(row.source, `comparisons[${i}].rows[${r}].source`);
        row.values.forEach((v, k) => {
          if (!c.entities.includes(v.entity))
            errors.push({
              file,
              path: `comparisons[${i}].rows[${r}].values[${k}].entity`,
              message: `entity "${v.entity}" is not one of the comparison's entities`,
            });
        });
      });
    });
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function buildSnapshot(dir: string, files: readonly ParsedFile[]): KnowledgeBase {
  const articles: KnowledgeArticle[] = [];
  const entities = new Map<string, Entity>();
  const facts = new Map<string, SourcedFact>();
  const factsByEntity = new Map<string, SourcedFact[]>();
  const passages = new Map<string, Map<string, Passage>>();
  const comparisons: Comparisons[number][] = [];
  const lexicon: string[][] = [];

  for (const { file, data, translated } of files) {
    const article = data.article;
    articles.push({
      ...article,
      file,
      passages: data.passages,
      sections: data.sections,
      translated,
      drafts: draftPaths(data),
    });
    passages.set(article.id, new Map(data.passages.map((p) => [p.id, p])));
    for (const entity of data.entities) entities.set(entity.id, entity);
    for (const fact of data.facts) {
      const sourced: SourcedFact = { ...fact, articleId: article.id };
      facts.set(fact.id, sourced);
      for (const id of fact.entities) {
        const list = factsByEntity.get(id);
        if (list) list.push(sourced);
        else factsByEntity.set(id, [sourced]);
      }
    }
    for (const comparison of data.comparisons) comparisons.push({ ...comparison, articleId: article.id });
    for (const set of data.lexicon) lexicon.push([...set.words]);
  }

  const byType = new Map<Entity['type'], Entity[]>();
  for (const entity of entities.values()) {
    const list = byType.get(entity.type);
    if (list) list.push(entity);
    else byType.set(entity.type, [entity]);
  }
  const passageCache = new Map<string, SourcedPassage>();

  const kb: KnowledgeBase = {
    dir,
    loadedAt: new Date(),
    articles,
    entities,
    facts,
    comparisons,
    lexicon,
    factsByEntity,
    passage(articleId, passageId) {
      const key = `${articleId}#${passageId}`;
      let found = passageCache.get(key);
      if (!found) {
        const passage = passages.get(articleId)?.get(passageId);
        if (!passage) return undefined;
        found = Object.freeze({ ...passage, articleId });
        passageCache.set(key, found);
      }
      return found;
    },
    article: (articleId) => articles.find((a) => a.id === articleId),
    entitiesOfType: (type) => byType.get(type) ?? [],
  };
  for (const part of [
    articles,
    comparisons,
    lexicon,
    [...entities.values()],
    [...facts.values()],
    [...byType.values()],
  ])
    deepFreeze(part);
  for (const list of factsByEntity.values()) Object.freeze(list);
  return Object.freeze(kb);
}

/**
 * Reads and validates every `*.json` file in `dir`. Either every file is valid and the result is a
 * complete, frozen snapshot, or the result lists every problem found (file, JSON path, message).
 */
export async function loadKnowledgeBase(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const absoluteDir = path.resolve(dir);
  const shownDir = displayPath(absoluteDir);
  const errors: KnowledgeError[] = [];

  let names: string[];
  try {
    const info = await stat(absoluteDir);
    if (!info.isDirectory())
      return { ok: false, errors: [{ file: shownDir, path: '', message: 'is not a folder' }] };
    names = (await readdir(absoluteDir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  } catch (error) {
    return { ok: false, errors: [{ file: shownDir, path: '', message: describeFsError(error, 'folder') }] };
  }
  const { pending } = options;
  if (pending) {
    names = names.filter((n) => n !== pending.name);
    if (pending.text !== undefined) names.push(pending.name);
  }
  names.sort();
  if (names.length === 0)
    return {
      ok: false,
      errors: [{ file: shownDir, path: '', message: 'contains no knowledge files (*.json)' }],
    };

  const files: ParsedFile[] = [];
  for (const name of names) {
    const absolute = path.join(absoluteDir, name);
    const file = displayPath(absolute);
    try {
      const data =
        pending?.text !== undefined && name === pending.name
          ? parseKnowledgeBytes(Buffer.from(pending.text), file, errors)
          : await readKnowledgeFile(absolute, file, errors);
      if (data) files.push({ file, ...data });
    } catch (error) {
      errors.push({ file, path: '', message: describeFsError(error, 'file') });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  checkReferences(files, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, kb: buildSnapshot(absoluteDir, files) };
}

/** JSON paths of the items an import generated and no editor has reviewed yet (`draft: true`). */
function draftPaths(data: KnowledgeFile): string[] {
  const paths: string[] = data.article.draft ? ['article'] : [];
  const lists = [
    ['passages', data.passages],
    ['entities', data.entities],
    ['facts', data.facts],
    ['sections', data.sections],
    ['comparisons', data.comparisons],
    ['lexicon', data.lexicon],
  ] as const;
  for (const [name, items] of lists)
    items.forEach((item: { readonly draft?: boolean | undefined }, i) => {
      if (item.draft) paths.push(`${name}[${i}]`);
    });
  return paths;
}

function describeFsError(error: unknown, what: 'file' | 'folder'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${what} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied reading the ${what}`;
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `could not be read (${code ?? 'unknown error'})`;
  }
}

export function countKnowledge(kb: KnowledgeBase): KnowledgeCounts {
  return {
    articles: kb.articles.length,
    entities: kb.entities.size,
    facts: kb.facts.size,
    passages: kb.articles.reduce((sum, a) => sum + a.passages.length, 0),
  };
}
