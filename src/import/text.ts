/**
 * Plain text and Markdown as an `ArticleDocument`: the title, the author and date line, the category
 * line above the title, the headings, the paragraphs and the table rows.
 *
 * Text copied from a blog or news page keeps a layout of its own: a category line, the title, a line
 * with the author and the date (`editor6141 2025. 4. 4. 00:08`), headings marked with symbols (`◎`,
 * `○`, `■`) or written as short lines without a full stop, and tables whose rows are consecutive short
 * lines. Markdown adds `#` headings, `|` tables, lists and front matter.
 */
import { type ArticleDocument, collapseSpace, DATELINE, type DocumentBlock, isoDate } from './document.ts';

/** Symbols that open a heading; the first one an article uses is its top level. */
const HEADING_MARKS = '◎○●■□▶▷◆◇▣◉★☆◈▪▫►';
const MARKED = new RegExp(`^([${HEADING_MARKS}])\\s*(.*)$`, 'u');
/** A heading is short; a marked line longer than this is a paragraph with a bullet. */
const MAX_HEADING = 80;
/** A table cell or row written as a line is short too. */
const MAX_ROW = 100;
/** Ends like a sentence: a full stop, a question or exclamation mark, an ellipsis, a closing quote after one. */
const SENTENCE_END = /[.!?。…？！]["'”’)]?$/u;

type Line = string;

interface Metadata {
  title?: string;
  author?: string;
  date?: string;
  dateline?: string;
  category?: string;
}

/** Reads plain text (`markdown` false) or Markdown. */
export function readText(input: string, options: { markdown: boolean }): ArticleDocument {
  let text = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  const meta: Metadata = {};
  if (options.markdown) text = readFrontMatter(text, meta);
  const groups = lineGroups(text, options.markdown);
  const blocks: DocumentBlock[] = [];
  const levels: string[] = [];
  let tables = 0;
  for (const group of groups) {
    const read = readGroup(group, options.markdown, levels, tables);
    if (read.some((b) => b.kind === 'table-row')) tables++;
    blocks.push(...read);
  }
  const body = takeMetadata(blocks, meta, options.markdown);
  return {
    title: meta.title ?? '',
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.dateline ? { dateline: meta.dateline } : {}),
    ...(meta.category ? { category: meta.category } : {}),
    blocks: body,
  };
}

/** `---` front matter with `title:`, `author:`, `date:`, `category:` lines. */
function readFrontMatter(text: string, meta: Metadata): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return text;
  for (const line of match[1]!.split('\n')) {
    const field = /^(\w+)\s*:\s*["']?(.*?)["']?\s*$/.exec(line);
    if (!field?.[2]) continue;
    const [key, value] = [field[1]!.toLowerCase(), field[2]];
    if (key === 'title') meta.title = value;
    else if (key === 'author') meta.author = value;
    else if (key === 'date') meta.date = isoDate(value);
    else if (key === 'category' || key === 'categories') meta.category = value;
  }
  return text.slice(match[0].length);
}

/** Lines grouped by blank lines; in Markdown a heading line is a group of its own. */
function lineGroups(text: string, markdown: boolean): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      close();
      continue;
    }
    if (markdown && /^#{1,6}\s/.test(line.trimStart())) {
      close();
      groups.push([line.trim()]);
      continue;
    }
    current.push(line.trimStart());
  }
  close();
  return groups;
}

/** Markdown's inline marks (emphasis, code, links, images) taken off, the words kept. */
function plainMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(.+?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

const looksLikeRow = (line: string) =>
  line.length <= MAX_ROW && !SENTENCE_END.test(line) && !MARKED.test(line);

function readGroup(group: Line[], markdown: boolean, levels: string[], table: number): DocumentBlock[] {
  const clean = (line: string) => collapseSpace(markdown ? plainMarkdown(line) : line);
  const first = group[0]!;
  if (markdown) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(first);
    if (heading) return [{ kind: 'heading', text: clean(heading[2]!), level: heading[1]!.length }];
    if (group.every((l) => l.startsWith('|'))) return pipeTable(group, table, clean);
    if (group.every((l) => /^([-*+]|\d+[.)])\s/.test(l)))
      return group.map((l) => ({ kind: 'paragraph', text: clean(l.replace(/^([-*+]|\d+[.)])\s+/, '')) }));
    if (group.every((l) => l.startsWith('>')))
      return [{ kind: 'paragraph', text: clean(group.map((l) => l.replace(/^>\s?/, '')).join(' ')) }];
  }
  if (group.length >= 2 && group.every((l) => l.includes('\t'))) {
    return group.map((l, i) => ({
      kind: 'table-row',
      text: clean(l.replace(/\t+/g, ' ')),
      cells: l.split(/\t+/).map(clean),
      table,
      header: i === 0,
    }));
  }
  if (group.length >= 2 && group.every(looksLikeRow))
    return group
      .map(clean)
      .filter(Boolean)
      .map((text, i) => ({ kind: 'table-row', text, table, header: i === 0 }));
  if (group.length === 1) return [singleLine(clean(first), levels)];
  return [{ kind: 'paragraph', text: clean(group.join(' ')) }];
}

function pipeTable(group: Line[], table: number, clean: (l: string) => string): DocumentBlock[] {
  const rows = group
    .filter((l) => !/^\|?[\s:|-]+\|?$/.test(l))
    .map((l) =>
      l
        .replace(/^\||\|$/g, '')
        .split('|')
        .map(clean),
    );
  return rows.map((cells, i) => ({
    kind: 'table-row',
    text: cells.filter(Boolean).join(' '),
    cells,
    table,
    header: i === 0,
  }));
}

/** One line on its own: a marked or short unpunctuated line is a heading, anything else a paragraph. */
function singleLine(line: string, levels: string[]): DocumentBlock {
  const marked = MARKED.exec(line);
  if (marked) {
    const [mark, rest] = [marked[1]!, collapseSpace(marked[2]!)];
    // A bullet before a paragraph (`○ 미국은 … 있어요. 특히 …`) is no heading.
    const sentences = rest.split(/(?<=[.!?])\s+/).length;
    if (rest.length > MAX_HEADING || sentences > 1) return { kind: 'paragraph', text: rest };
    if (!levels.includes(mark)) levels.push(mark);
    return { kind: 'heading', text: rest, level: levels.indexOf(mark) + 1 };
  }
  if (line.length <= MAX_HEADING && !SENTENCE_END.test(line) && !/[,，]$/.test(line))
    return { kind: 'heading', text: line, level: 1 };
  return { kind: 'paragraph', text: line };
}

/** An author and date line: `editor6141 2025. 4. 4. 00:08`, `2025-04-04 홍길동 기자`, `By Jane Doe`. */
function readByline(text: string): { author?: string; date?: string; dateline?: string } | undefined {
  if (text.length > 80) return undefined;
  const date = isoDate(text);
  // (as the article prints it, time and all: `2025. 4. 4. 00:08`)
  const printed = DATELINE.exec(text)?.[0].trim();
  const rest = collapseSpace(
    text
      .replace(DATELINE, ' ')
      .replace(/\d{1,2}:\d{2}(:\d{2})?/, ' ')
      .replace(/^(by|글|작성자|기자|written by)\s*[:：]?\s*/i, '')
      .replace(/\s*(기자|작성|입력|게시)$/, ''),
  );
  const author = rest && rest.split(' ').length <= 4 && !/[.!?]$/.test(rest) ? rest : undefined;
  if (date) return { date, ...(author ? { author } : {}), ...(printed ? { dateline: printed } : {}) };
  if (/^(by|글|작성자)\s*[:：]?\s+\S/i.test(text) && author) return { author };
  return undefined;
}

/** Takes the title, the category line and the byline off the front of the blocks. */
function takeMetadata(blocks: DocumentBlock[], meta: Metadata, markdown: boolean): DocumentBlock[] {
  const body = [...blocks];
  // The front matter's title written again as the first heading is not a heading of the body.
  if (markdown && meta.title && body[0]?.kind === 'heading' && body[0].text === meta.title) body.shift();
  if (markdown && !meta.title) {
    const h1 = body.findIndex((b) => b.kind === 'heading' && b.level === 1);
    if (h1 >= 0 && body.slice(0, h1).every((b) => b.kind !== 'paragraph')) {
      meta.title = body[h1]!.text;
      body.splice(h1, 1);
    }
  }
  // The byline is among the first few blocks; the title right above it, the category above that.
  const front = Math.min(body.length, 5);
  for (let i = 0; i < front; i++) {
    const byline = readByline(body[i]!.text);
    if (!byline || body[i]!.kind === 'paragraph') continue;
    meta.date ??= byline.date;
    meta.dateline ??= byline.dateline;
    meta.author ??= byline.author;
    body.splice(i, 1);
    if (!meta.title && i >= 1) {
      meta.title = body[i - 1]!.text;
      body.splice(i - 1, 1);
      if (i >= 2 && body[i - 2]!.kind === 'heading') {
        meta.category ??= body[i - 2]!.text;
        body.splice(i - 2, 1);
      }
    }
    break;
  }
  if (!meta.title && body[0]?.kind === 'heading') meta.title = body.shift()!.text;
  return body;
}
