/** Small helpers for reading Korean words in running text: particles, word starts, personal names. */
import { importWords } from './words.ts';

/** Quotes, brackets and punctuation around a word. */
const EDGE_PUNCTUATION =
  /^[\s"'“”‘’「」『』<>《》〈〉()[\]{}.,!?;:·…]+|[\s"'“”‘’「」『』<>《》〈〉()[\]{}.,!?;:·…]+$/gu;

export const isHangul = (text: string): boolean => /^[가-힣]+$/.test(text);

let particlePattern: RegExp | undefined;

/** The word without its punctuation and particle (`리벨리온이` → 리벨리온); at least two letters stay. */
export function bare(token: string): string {
  const word = token.replace(EDGE_PUNCTUATION, '');
  if (!/[가-힣]$/.test(word)) return word;
  particlePattern ??= new RegExp(
    `(${[...importWords().particles].sort((a, b) => b.length - a.length).join('|')})$`,
  );
  const match = particlePattern.exec(word);
  if (!match) return word;
  const stem = word.slice(0, -match[1]!.length);
  return stem.replace(/[가-힣]/g, 'x').length >= 2 || /[A-Za-z0-9]/.test(stem) ? stem : word;
}

/** Whether the word carries a particle or ending after its stem. */
export const hasParticle = (token: string): boolean => bare(token) !== token.replace(EDGE_PUNCTUATION, '');

/** A Korean personal name: a surname and a one- or two-letter given name (`박성현`, `남궁민수`). */
export function looksLikePersonName(word: string): boolean {
  if (!isHangul(word)) return /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(word);
  const { surnames, compoundSurnames } = importWords();
  if (word.length === 4) return compoundSurnames.includes(word.slice(0, 2));
  return word.length === 3 && surnames.includes(word[0]!);
}

/** Whether position `at` of `text` starts a word (nothing but a space or punctuation before it). */
export function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  return /[\s"'“”‘’「」『』<>《》〈〉()[\]{}.,!?;:·…/]/u.test(text[at - 1]!);
}

/** Whether position `at` of `text` ends a Latin word (no letter or digit follows). */
export function endsLatinWord(text: string, at: number): boolean {
  return at >= text.length || !/[A-Za-z0-9]/.test(text[at]!);
}

/** The words of a text, as written (punctuation attached). */
export const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
