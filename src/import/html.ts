/**
 * A web page as an `ArticleDocument`: the main content as Firefox's Reader View finds it
 * (`@mozilla/readability` on a linkedom DOM), and the title, author and date from the page's metadata
 * (`og:` and `article:` tags, JSON-LD), falling back on what Readability found. Navigation, ads,
 * comments and scripts stay out. Text comes from the DOM (`textContent`), never from stripping tags.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { type ArticleDocument, collapseSpace, type DocumentBlock, isoDate } from './document.ts';

/** The little of the DOM this module reads (linkedom implements it). */
interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: Iterable<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

interface DomDocument {
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** The fields of schema.org's Article (and NewsArticle, BlogPosting …) this module reads. */
const Person = z.union([z.string(), z.object({ name: z.string().optional() }).loose()]);
const JsonLdArticle = z
  .object({
    '@type': z.union([z.string(), z.array(z.string())]).optional(),
    headline: z.string().optional(),
    name: z.string().optional(),
    datePublished: z.string().optional(),
    author: z.union([Person, z.array(Person)]).optional(),
    articleSection: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .loose();
type JsonLdArticle = z.infer<typeof JsonLdArticle>;

const ARTICLE_TYPES = /Article|BlogPosting|Report|Posting/;

function jsonLdArticles(document: DomDocument): JsonLdArticle[] {
  const found: JsonLdArticle[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const parsed = JsonLdArticle.safeParse(value);
      const type = parsed.success ? [parsed.data['@type'] ?? []].flat().join(' ') : '';
      if (parsed.success && ARTICLE_TYPES.test(type)) found.push(parsed.data);
      if ('@graph' in value) visit(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem: the other metadata still counts.
    }
  }
  return found;
}

function meta(document: DomDocument, ...names: string[]): string | undefined {
  for (const name of names) {
    const element =
      document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`);
    const content = collapseSpace(element?.getAttribute('content') ?? '');
    if (content) return content;
  }
  return undefined;
}

const personName = (author: JsonLdArticle['author']): string | undefined => {
  const first = [author ?? []].flat()[0];
  return typeof first === 'string' ? first : first?.name;
};

interface PageMetadata {
  title?: string | undefined;
  author?: string | undefined;
  date?: string | undefined;
  category?: string | undefined;
}

function pageMetadata(document: DomDocument): PageMetadata {
  const [ld] = jsonLdArticles(document);
  const date = meta(document, 'article:published_time', 'og:article:published_time', 'date', 'pubdate');
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const author = meta(document, 'article:author', 'author', 'og:article:author') ?? personName(ld?.author);
  return {
    title: meta(document, 'og:title', 'twitter:title') ?? ld?.headline ?? ld?.name,
    // `article:author` is often a profile URL; a name is wanted.
    author: author && !/^https?:/.test(author) ? author : personName(ld?.author),
    date: isoDate(date ?? ld?.datePublished ?? time ?? ''),
    category: meta(document, 'article:section') ?? [ld?.articleSection ?? []].flat()[0],
  };
}

const HEADING = /^H([1-6])$/;
const TEXT_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DD', 'DT']);
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'DL',
  'FIGURE',
  'HEADER',
  'SPAN',
]);

/** The blocks of Readability's content, in reading order. */
function contentBlocks(root: DomElement, title: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let tables = 0;
  const walk = (element: DomElement) => {
    const tag = element.tagName.toUpperCase();
    const heading = HEADING.exec(tag);
    const text = () => collapseSpace(element.textContent ?? '');
    if (heading) {
      if (text() && text() !== title)
        blocks.push({ kind: 'heading', text: text(), level: Number(heading[1]) });
    } else if (tag === 'TABLE') {
      const table = tables++;
      let first = true;
      for (const row of element.querySelectorAll('tr')) {
        const cells = [...row.children].map((c) => collapseSpace(c.textContent ?? ''));
        if (cells.every((c) => !c)) continue;
        blocks.push({
          kind: 'table-row',
          text: cells.filter(Boolean).join(' '),
          cells,
          table,
          header: first,
        });
        first = false;
      }
    } else if (TEXT_BLOCKS.has(tag) && ![...element.children].some((c) => isBlock(c))) {
      if (text()) blocks.push({ kind: 'paragraph', text: text() });
    } else if (CONTAINERS.has(tag) || TEXT_BLOCKS.has(tag) || [...element.children].some((c) => isBlock(c))) {
      for (const child of element.children) walk(child);
    } else if (text()) blocks.push({ kind: 'paragraph', text: text() });
  };
  walk(root);
  return blocks;
}

function isBlock(element: DomElement): boolean {
  const tag = element.tagName.toUpperCase();
  return HEADING.test(tag) || tag === 'TABLE' || TEXT_BLOCKS.has(tag) || CONTAINERS.has(tag);
}

/** Reads a page. Undefined when the page has no article that Reader View would show. */
export function readHtml(html: string, url?: string): ArticleDocument | undefined {
  const document: DomDocument = parseHTML(html).document;
  const metadata = pageMetadata(document);
  const readable = new Readability<DomElement>(parseHTML(html).document, {
    serializer: (node) => node,
    charThreshold: 200,
  }).parse();
  if (!readable?.content) return undefined;
  const title = collapseSpace(metadata.title ?? readable.title ?? document.title ?? '');
  const blocks = contentBlocks(readable.content, title);
  // A page of links and buttons (Readability finds something in any page) has no article.
  if (!blocks.some((b) => (b.kind === 'paragraph' && b.text.length >= 20) || b.kind === 'table-row'))
    return undefined;
  return {
    title,
    author: metadata.author ?? (readable.byline ? collapseSpace(readable.byline) : undefined),
    date: metadata.date ?? isoDate(readable.publishedTime ?? ''),
    category: metadata.category,
    ...(url ? { url } : {}),
    blocks,
  };
}
