/** The article's units of text, and the names found in them so far (by `compactKey`). */
import type { EntityType } from '../knowledge/schema.ts';
import { isEnglishWord } from '../language/names.ts';
import { compactKey } from '../search/normalize.ts';
import { bare, endsLatinWord, isHangul, startsWord } from './korean.ts';
import { importWords } from './words.ts';

/**
 * How a candidate was found, for the editor: a country's name, a person before a title, the
 * organisation beside them, a company described (`스타트업 X`) or said to be one (`X는 … 기업이다`),
 * listed with companies (`A, B 등 기업`), in a table's company column, the source of a report
 * (`X에 따르면`), a Latin name, a name in quotes.
 */
export type FoundBy =
  | 'country'
  | 'person'
  | 'beside-person'
  | 'described'
  | 'said-company'
  | 'listed'
  | 'table'
  | 'source'
  | 'latin'
  | 'quoted';

/** A sentence, heading or table row of the article. */
export interface TextUnit {
  /** Where it stands (`p4.1`); profiles are reported by it. */
  readonly key: string;
  readonly text: string;
  readonly kind: 'title' | 'heading' | 'paragraph' | 'table-row';
  /** Table rows: the text of the table's first row, and whether this row is it. */
  readonly tableHeader?: string;
  readonly isHeader?: boolean;
  /** Table rows whose cells are known: the first cell. */
  readonly firstCell?: string;
}

export interface Candidate {
  readonly name: string;
  type: EntityType;
  /** How it was found, for the editor (`person before 대표`). */
  found: FoundBy;
  readonly aliases: Set<string>;
  en?: string;
  code?: string;
  role?: string;
  /** People: the key of their organisation's candidate. */
  organization?: string;
}

/** What the article names, found by pattern, keyed by `compactKey` of the name. */
export class Candidates {
  readonly byKey = new Map<string, Candidate>();

  add(name: string, type: EntityType, found: FoundBy): Candidate | undefined {
    const clean = name.trim();
    const key = compactKey(clean);
    if (key.length < 2 || !isNameLike(clean)) return undefined;
    const existing = this.byKey.get(key) ?? this.byAlias(key);
    if (existing) {
      // Evidence that it is a person or a company outranks a guess from its looks.
      if (existing.type === 'organization' && (type === 'company' || type === 'person')) {
        existing.type = type;
        existing.found = found;
      }
      return existing;
    }
    const candidate: Candidate = { name: clean, type, found, aliases: new Set() };
    this.byKey.set(key, candidate);
    return candidate;
  }

  get(name: string): Candidate | undefined {
    const key = compactKey(name);
    return this.byKey.get(key) ?? this.byAlias(key);
  }

  private byAlias(key: string): Candidate | undefined {
    for (const candidate of this.byKey.values())
      if ([...candidate.aliases].some((a) => compactKey(a) === key)) return candidate;
    return undefined;
  }
}

/** Not a name: empty, a number, a generic abbreviation (AI, CEO), an ordinary English word. */
function isNameLike(name: string): boolean {
  if (!/[가-힣A-Za-z]/.test(name) || /^\d/.test(name)) return false;
  if (importWords().genericNames.includes(name)) return false;
  if (/^[a-z]+$/.test(name)) return false;
  return !(/^[A-Za-z]+$/.test(name) && name.length > 3 && isEnglishWord(name.toLowerCase()));
}

/**
 * Where `name` is written in `text` as a name: at the start of a word (Korean particles and words
 * written on may follow: `리벨리온이`, `이랜서일본`), or as a whole Latin word (`MS`, not `MSCI`).
 */
export function occurrences(
  text: string,
  name: string,
  namesAt: (rest: string) => boolean = () => false,
): number[] {
  const found: number[] = [];
  const latin = /[A-Za-z0-9]$/.test(name);
  const exactCase = /^[A-Z0-9&.]+$/.test(name) && name.length <= 4;
  const haystack = exactCase ? text : text.toLowerCase();
  const needle = exactCase ? name : name.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    // (or written on after a plural, where the text lost its formatting: `스타트업들일본으로`)
    if (!startsWord(text, at) && !(isHangul(name) && name.length >= 2 && text[at - 1] === '들')) continue;
    if (latin && !endsLatinWord(text, end)) continue;
    // A Korean name must not be the start of a longer Korean word that is not it plus a particle
    // (`인도` in `인도적`): what follows is a particle, or the next word written on (`이랜서일본`).
    if (!latin && isHangul(name) && /[가-힣]/.test(text[end] ?? '')) {
      const rest = /^[가-힣]+/.exec(text.slice(end))![0];
      const suffix = importWords().nameSuffixes.find((s) => rest.startsWith(s));
      const particle = (word: string) => bare(`${name}${word}`) === name;
      if (
        !particle(rest) &&
        !(suffix && (rest === suffix || particle(rest.slice(suffix.length)))) &&
        !namesAt(rest)
      )
        continue;
    }
    found.push(at);
  }
  return found;
}
