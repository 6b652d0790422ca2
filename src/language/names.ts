import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import wordListPath from 'word-list';
import { compactKey } from '../search/normalize.ts';

const require = createRequire(import.meta.url);

let countryNames: ReadonlyMap<string, string> | undefined;

/**
 * Country names in Korean and English (i18n-iso-countries, every official and short name), as
 * compact keys → ISO 3166 code. A question about a country the knowledge base does not hold is about
 * something the article does not cover.
 */
export function countryByName(): ReadonlyMap<string, string> {
  if (countryNames) return countryNames;
  const names = new Map<string, string>();
  for (const locale of ['ko', 'en'] as const) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
    for (const [code, list] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of list) {
        const key = compactKey(name);
        if (key.length >= 2 && !names.has(key)) names.set(key, code);
      }
    }
  }
  countryNames = names;
  return names;
}

/**
 * The word list as one sorted string and where each word starts: a few MB in two objects, rather than
 * 274,000 strings in a Set that every garbage collection would walk.
 */
let englishWords: { readonly text: string; readonly starts: Uint32Array } | undefined;

function loadEnglishWords(): { readonly text: string; readonly starts: Uint32Array } {
  const words = readFileSync(wordListPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const text = `${words.join('\n')}\n`;
  const starts = new Uint32Array(words.length + 1);
  let at = 0;
  words.forEach((word, i) => {
    starts[i] = at;
    at += word.length + 1;
  });
  starts[words.length] = at;
  return { text, starts };
}

/**
 * Ordinary English words (the `word-list` package: lower-case dictionary words, no proper names). A
 * Latin word of a question that is neither in the knowledge base nor here is a name: Samsung, Naver.
 */
export function isEnglishWord(word: string): boolean {
  englishWords ??= loadEnglishWords();
  const { text, starts } = englishWords;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const candidate = text.slice(starts[mid]!, starts[mid + 1]! - 1);
    if (candidate === word) return true;
    if (candidate < word) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** How many English words to each Korean one make a sentence English. */
const ENGLISH_SHARE = 2;

/**
 * `which company moved to Japan and is prepping 상장 there?`: a sentence of English with a Korean word or
 * two in it is read as English.
 */
export function mostlyEnglish(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const korean = words.filter((w) => /\p{Script=Hangul}/u.test(w)).length;
  const english = words.filter((w) => {
    const bare = w
      .replace(/[?.!,:;]+$/, '')
      .replace(/'.*$/, '')
      .toLowerCase();
    return /^[a-z]+$/.test(bare) && isEnglishWord(bare);
  }).length;
  return english >= 3 && english > ENGLISH_SHARE * korean;
}
