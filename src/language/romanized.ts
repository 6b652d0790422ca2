/**
 * Korean typed in Latin letters, the way a keyboard without Hangul types it (`ilbon jeongbu ga`,
 * `junggug eun eotteon gisul`): each word read back into Hangul by the Revised Romanization and its common
 * variants, keeping the reading that makes a word the caller knows.
 */

const INITIALS: readonly (readonly [string, number])[] = [
  ['kk', 1],
  ['tt', 4],
  ['pp', 8],
  ['ss', 10],
  ['jj', 13],
  ['ch', 14],
  ['g', 0],
  ['n', 2],
  ['d', 3],
  ['r', 5],
  ['l', 5],
  ['m', 6],
  ['b', 7],
  ['s', 9],
  ['j', 12],
  ['k', 15],
  ['t', 16],
  ['p', 17],
  ['h', 18],
];

/** The vowels, longest spelling first. */
const VOWELS: readonly (readonly [string, number])[] = [
  ['yae', 3],
  ['yeo', 6],
  ['wae', 10],
  ['ae', 1],
  ['ya', 2],
  ['eo', 4],
  ['ye', 7],
  ['wa', 9],
  ['oe', 11],
  ['yo', 12],
  ['wo', 14],
  ['we', 15],
  ['wi', 16],
  ['yu', 17],
  ['eu', 18],
  ['ui', 19],
  ['a', 0],
  ['e', 5],
  ['o', 8],
  ['u', 13],
  ['i', 20],
];

/**
 * Final consonants: a spelling may stand for several (`t` for ㄷ, ㅅ, ㅈ, ㅊ, ㅌ as in 몇, 것), and a final
 * sounded onto the vowel after it is spelled as that syllable's (`yeoreosseo` is 열었어).
 */
const FINALS: readonly (readonly [string, readonly number[]])[] = [
  ['ng', [21]],
  ['ch', [23]],
  ['r', [8]],
  ['j', [22]],
  ['h', [27]],
  ['kk', [2]],
  ['ss', [20]],
  ['k', [1, 24, 2]],
  ['g', [1]],
  ['n', [4]],
  ['t', [7, 19, 22, 23, 25]],
  ['d', [7]],
  ['l', [8]],
  ['m', [16]],
  ['p', [17, 26]],
  ['b', [17]],
  ['s', [19]],
];

/** How many readings of one word are tried, at most. */
const MAX_READINGS = 64;

/** The Hangul readings of a romanized word, every way its letters split into syllables. */
export function hangulReadings(word: string): string[] {
  const out: string[] = [];
  const walk = (at: number, built: string) => {
    if (out.length >= MAX_READINGS) return;
    if (at === word.length) {
      if (built) out.push(built);
      return;
    }
    for (const [initial, i] of [...INITIALS, ['', 11] as const]) {
      if (!word.startsWith(initial, at)) continue;
      const afterInitial = at + initial.length;
      for (const [vowel, v] of VOWELS) {
        if (!word.startsWith(vowel, afterInitial)) continue;
        const afterVowel = afterInitial + vowel.length;
        const syllable = (final: number) => String.fromCharCode(0xac00 + (i * 21 + v) * 28 + final);
        walk(afterVowel, built + syllable(0));
        for (const [spelled, finals] of FINALS)
          if (word.startsWith(spelled, afterVowel))
            for (const final of finals) walk(afterVowel + spelled.length, built + syllable(final));
      }
    }
  };
  if (/^[a-z]+$/.test(word)) walk(0, '');
  return out;
}

/**
 * The message's romanized Korean words in Hangul, when one reads as a word the caller knows (`jeongbu`):
 * those, the others as they read, and a particle after one of them typed onto it (`junggug eun` → 중국은).
 */
export function romanizedAsHangul(
  words: readonly string[],
  known: (hangul: string) => boolean,
  romanizable: (word: string) => boolean,
  isEnding: (hangul: string) => boolean,
): string[] {
  const readingsOf = (typed: string) => {
    const [, digits = '', letters = ''] = /^([0-9]*)([a-z]*)$/.exec(typed.toLowerCase()) ?? [];
    if (letters.length === 0 || !romanizable(letters)) return { digits, readings: [] };
    // (one letter only as a particle: `eodi e`)
    return { digits, readings: hangulReadings(letters).filter((h) => letters.length > 1 || isEnding(h)) };
  };
  const read = words.map((typed) => {
    const { digits, readings } = readingsOf(typed);
    const reading = readings.find(known);
    return reading === undefined ? undefined : digits + reading;
  });
  if (!read.some((r) => r !== undefined && !isEnding(r))) return [...words];
  // (then a word that reads as nothing known is Korean too, spelled as it reads: `eolmaeosseo`)
  read.forEach((r, i) => {
    const { digits, readings } = readingsOf(words[i]!);
    if (r === undefined && readings.length > 0 && words[i]!.length > 2) read[i] = digits + readings[0];
  });
  const out: string[] = [];
  read.forEach((hangul, i) => {
    if (hangul !== undefined && isEnding(hangul) && read[i - 1] !== undefined && out.length > 0)
      out[out.length - 1] += hangul;
    else out.push(hangul ?? words[i]!);
  });
  return out;
}
