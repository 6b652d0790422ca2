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

let englishWords: ReadonlySet<string> | undefined;

/**
 * Ordinary English words (the `word-list` package: lower-case dictionary words, no proper names). A
 * Latin word of a question that is neither in the knowledge base nor here is a name: Samsung, Naver.
 */
export function isEnglishWord(word: string): boolean {
  if (!englishWords) {
    englishWords = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  }
  return englishWords.has(word);
}
