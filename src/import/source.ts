/**
 * What an import reads: a file, an attachment's bytes or a URL, as text in a known format. The
 * format comes from the file's extension or the page's content type (sniffed when neither says).
 */
import { ARTICLE_TYPES } from './fetch.ts';

export type SourceFormat = 'html' | 'markdown' | 'text';

const EXTENSIONS: Record<string, SourceFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

/** The format a file name's extension says (`.md` → markdown), or undefined for another extension. */
export function formatOfName(name: string): SourceFormat | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

/** The format a media type says, or undefined when it is no article's type. */
export function formatOfType(type: string): SourceFormat | undefined {
  if (!ARTICLE_TYPES.includes(type)) return undefined;
  if (type.includes('html')) return 'html';
  return type.includes('markdown') ? 'markdown' : 'text';
}

/** HTML looks like HTML even without the word: a file of text that opens with a tag. */
export function sniffFormat(text: string): SourceFormat {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<meta)/i.test(text) ? 'html' : 'text';
}

/**
 * Bytes as text: the declared charset, else the one an HTML page declares in its first kilobytes,
 * else UTF-8. Undefined when the bytes are not text in that encoding (or it is unknown).
 */
export function decodeText(bytes: Uint8Array, charset?: string): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const declared = charset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    const text = new TextDecoder(declared.toLowerCase(), { fatal: true }).decode(bytes);
    return text.replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
