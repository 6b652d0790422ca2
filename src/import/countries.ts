/** Countries by their Korean and English names (i18n-iso-countries), and where an article names them. */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { type Candidates, occurrences, type TextUnit } from './candidates.ts';
import { importWords } from './words.ts';

interface Country {
  readonly code: string;
  readonly ko: string;
  readonly en: string;
  readonly aliases: readonly string[];
}

let countryList: readonly Country[] | undefined;

/** Every country with its Korean and English names; the article's extra names (한국, EU) first. */
export function countryNames(): readonly Country[] {
  if (countryList) return countryList;
  const require = createRequire(import.meta.url);
  countries.registerLocale(require('i18n-iso-countries/langs/ko.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const { extraRegions, ambiguousCountryNames } = importWords();
  const list: Country[] = [];
  const english = (code: string) => countries.getName(code, 'en', { select: 'all' }) ?? [];
  for (const extra of extraRegions) {
    const names = english(extra.code);
    list.push({
      code: extra.code,
      ko: extra.ko,
      en: extra.en ?? plainName(names) ?? extra.code,
      aliases: [...extra.aliases, ...names],
    });
  }
  for (const [code, koNames] of Object.entries(countries.getNames('ko', { select: 'all' }))) {
    if (list.some((c) => c.code === code)) continue;
    const ko = koNames.find((n) => !ambiguousCountryNames.includes(n));
    const names = english(code);
    const en = plainName(names);
    if (!ko || !en) continue;
    list.push({ code, ko, en, aliases: [...koNames.filter((n) => n !== ko), ...names] });
  }
  countryList = list;
  return list;
}

/** `United States` rather than `USA` or `United States of America`: the shortest plain name. */
function plainName(names: readonly string[]): string | undefined {
  const plain = names.filter((n) => !/[,.]/.test(n) && n !== n.toUpperCase());
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0];
}

export function findCountries(units: readonly TextUnit[], candidates: Candidates): void {
  const { ambiguousCountryNames } = importWords();
  for (const country of countryNames()) {
    const names = [country.ko, ...country.aliases].filter(
      (n) => n.length >= 2 && !ambiguousCountryNames.includes(n),
    );
    const named = units.some((u) => names.some((n) => occurrences(u.text, n).length > 0));
    if (!named) continue;
    const candidate = candidates.add(country.ko, 'region', 'country');
    if (!candidate) continue;
    candidate.code = country.code;
    candidate.en = country.en;
    for (const alias of country.aliases) if (alias !== country.en) candidate.aliases.add(alias);
  }
}
