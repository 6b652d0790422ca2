/** The importer's word lists (`words.json`), checked once when first used. */
import { createRequire } from 'node:module';
import { z } from 'zod';

const words = z.array(z.string().min(1));

const ImportWords = z
  .object({
    $comment: z.string().optional(),
    particles: words,
    /** Written on after a name without making another word of it: 일본행, 한국인, 일본 측. */
    nameSuffixes: words,
    titles: words,
    surnames: words,
    compoundSurnames: words,
    companyNouns: words,
    /** Ends of company names people leave off (`뤼튼테크놀로지스` is called `뤼튼`). */
    companySuffixes: words,
    genericNames: words,
    ambiguousCountryNames: words,
    extraRegions: z.array(
      z
        .object({
          code: z.string().regex(/^[A-Z]{2}$/),
          ko: z.string().min(1),
          en: z.string().min(1).optional(),
          aliases: words,
        })
        .strict(),
    ),
    sourceMarkers: words,
    quoteVerbs: words,
    opinionMarkers: words,
    policyWords: words,
    reasonWords: words,
    reactionWords: words,
    trendWords: words,
    comparisonWords: words,
    anaphora: words,
    /** Words a Korean article uses for Korea itself (국내, 우리나라): they link a sentence to it. */
    homeWords: words,
    /** Words that open a sentence without being its subject. */
    adverbs: words,
  })
  .strict();

export type ImportWords = z.infer<typeof ImportWords>;

let loaded: ImportWords | undefined;

export function importWords(): ImportWords {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const parsed = ImportWords.safeParse(require('./words.json'));
    if (!parsed.success)
      throw new Error(`src/import/words.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    loaded = parsed.data;
  }
  return loaded;
}
