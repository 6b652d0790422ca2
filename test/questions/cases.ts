import { readFileSync } from 'node:fs';

/**
 * One case of the project's question set: what a user types, and what the reply must (or must not) hold.
 * The expected strings are written from the article, never from the engine's output.
 */
export interface QuestionCase {
  id: string;
  /** A slash command line (`/company 리벨리온`) or free text (what follows the bot's mention). */
  input: string;
  /** Discord locale of the asking user; Korean when absent. */
  locale?: string;
  tags: string[];
  expect: { found: true; contains: string[] } | { found: false };
}

export const QUESTION_TAGS = [
  'company',
  'policy',
  'ask',
  'exact',
  'typo',
  'particle',
  'initials',
  'romanised',
  'english',
  'spacing',
  'paraphrase',
  'uncovered',
  'unknown-name',
] as const;

const KNOWN_TAGS: ReadonlySet<string> = new Set(QUESTION_TAGS);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks one raw entry and returns it typed; throws naming the entry's index (and id when it has one). */
function toQuestionCase(raw: unknown, index: number): QuestionCase {
  const where = (id?: unknown) =>
    `questions.json: case #${index}${typeof id === 'string' && id ? ` (${JSON.stringify(id)})` : ''}`;
  if (!isRecord(raw)) throw new Error(`${where()}: expected an object`);
  const { id, input, locale, tags, expect } = raw;
  const fail = (message: string): never => {
    throw new Error(`${where(id)}: ${message}`);
  };

  if (typeof id !== 'string' || id.trim() === '') fail('"id" must be a non-empty string');
  if (typeof input !== 'string') fail('"input" must be a string (it may be empty)');
  if (locale !== undefined && (typeof locale !== 'string' || locale.trim() === ''))
    fail('"locale", when present, must be a non-empty string');
  if (!isStringArray(tags) || tags.length === 0) fail('"tags" must be a non-empty array of strings');
  for (const tag of tags as string[]) if (!KNOWN_TAGS.has(tag)) fail(`unknown tag ${JSON.stringify(tag)}`);
  if (!isRecord(expect)) fail('"expect" must be an object');
  const expected = expect as Record<string, unknown>;
  const allowedKeys = new Set(['id', 'input', 'locale', 'tags', 'expect']);
  for (const key of Object.keys(raw))
    if (!allowedKeys.has(key)) fail(`unexpected key ${JSON.stringify(key)}`);

  const base = {
    id: id as string,
    input: input as string,
    tags: [...(tags as string[])],
    ...(locale === undefined ? {} : { locale: locale as string }),
  };
  if (expected.found === true) {
    const { contains } = expected;
    if (!isStringArray(contains) || contains.length === 0)
      fail('"expect.contains" must be a non-empty array of strings when "expect.found" is true');
    if ((contains as string[]).some((s) => s.trim() === '')) fail('"expect.contains" holds an empty string');
    for (const key of Object.keys(expected))
      if (key !== 'found' && key !== 'contains') fail(`unexpected key "expect.${key}"`);
    return { ...base, expect: { found: true, contains: [...(contains as string[])] } };
  }
  if (expected.found === false) {
    for (const key of Object.keys(expected))
      if (key !== 'found') fail(`unexpected key "expect.${key}" (a found:false case expects nothing else)`);
    return { ...base, expect: { found: false } };
  }
  return fail('"expect.found" must be true or false');
}

/** Reads and checks `questions.json` beside this module. Ids must be unique. */
export function loadQuestionCases(): QuestionCase[] {
  const url = new URL('./questions.json', import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new Error(`questions.json: cannot read or parse ${url.pathname}: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new Error('questions.json: expected a JSON array of cases');
  const cases = raw.map((entry, index) => toQuestionCase(entry, index));
  const seen = new Map<string, number>();
  cases.forEach((c, index) => {
    const first = seen.get(c.id);
    if (first !== undefined)
      throw new Error(`questions.json: case #${index} reuses id ${JSON.stringify(c.id)} of case #${first}`);
    seen.set(c.id, index);
  });
  return cases;
}

/**
 * Korean spaces a figure and its unit either way (the article writes both `9895억원` and `2318억 원`, `50여개`
 * and `50여 개`), so spacing is no part of what a reply must say: whitespace is dropped on both sides.
 */
const normalizeForMatch = (text: string) => text.normalize('NFC').replace(/\s+/gu, '').toLowerCase();

/** Whether the reply holds the expected string: case-insensitive, whitespace ignored, NFC. */
export function replyMatches(replyText: string, expected: string): boolean {
  return normalizeForMatch(replyText).includes(normalizeForMatch(expected));
}
