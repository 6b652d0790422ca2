import { disassemble, getChoseong, romanize } from 'es-hangul';

const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]|\u034F|\uFE0F|[\uFE00-\uFE0E]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Anything that is not a letter, a digit or Hangul (incl. compatibility jamo) separates words. */
const SEPARATOR = /[^\p{L}\p{N}]+/gu;
/** The same for text of only ASCII and Hangul (nearly all of it), without Unicode property lookups. */
const ASCII_HANGUL_ONLY = /^[\t\n\r -~\uAC00-\uD7A3\u3131-\u318E]*$/;
const ASCII_SEPARATOR = /[^a-z0-9\uAC00-\uD7A3\u3131-\u318E]+/g;
/** Runs of one script: a word like `파인더스AI` or `2032년` is also two words. */
const SCRIPT_RUN =
  /[\uAC00-\uD7A3\u3131-\u318E]+|[a-z]+|[0-9]+(?:\.[0-9]+)?|[^\uAC00-\uD7A3\u3131-\u318Ea-z0-9]+/g;

/** Leading consonants U+1100–U+1112 and vowels U+1161–U+1175, with their compatibility letters. */
const COMPATIBILITY_JAMO = new Map<string, string>([
  ...[...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'].map(
    (c, i) => [String.fromCharCode(0x1100 + i), c] as [string, string],
  ),
  ...[...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'].map(
    (c, i) => [String.fromCharCode(0x1161 + i), c] as [string, string],
  ),
]);
const CONJOINING_JAMO = /[\u1100-\u1112\u1161-\u1175]/g;

const POSSESSIVE = /(\p{L})['’]s(?!\p{L})/gu;
const AMPERSAND_WORD = /(\p{L})&(\p{L})/gu;
const SINGLE_SCRIPT = /^(?:[\uAC00-\uD7A3\u3131-\u318E]+|[a-z]+|[0-9]+)$/;
const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]+$/;
const HANGUL_ANY = /[\uAC00-\uD7A3\u3131-\u318E]/;
const CONSONANTS_ONLY = /^[\u3131-\u314E]+$/;
const LATIN = /^[a-z]+$/;

/** NFKC, lower case, invisible characters dropped, punctuation turned into spaces. */
export function normalizeText(input: string): string {
  // Text of only ASCII and Hangul (nearly all text) is already NFKC and holds nothing invisible: the
  // fast path skips the passes that cannot change it. Same result, a fraction of the cost.
  if (ASCII_HANGUL_ONLY.test(input)) return foldWords(input.toLowerCase(), ASCII_SEPARATOR);
  const text = input
    .replace(LONE_SURROGATE, ' ')
    .normalize('NFKC')
    // NFKC turns compatibility jamo (ㄹㅂㄹㅇ, and half-width ﾩﾲﾩﾷ) into conjoining ones; a
    // conjoining jamo left on its own is typed as a letter, so it goes back to the compatibility form.
    .replace(CONJOINING_JAMO, (jamo) => COMPATIBILITY_JAMO.get(jamo) ?? jamo)
    .replace(INVISIBLE, '')
    .toLowerCase();
  return foldWords(text, SEPARATOR);
}

function foldWords(input: string, separator: RegExp): string {
  let text = input;
  // `Allganize's` → `allganize`; `M&A` → `ma`, one word as the article means it.
  if (text.includes("'") || text.includes('’')) text = text.replace(POSSESSIVE, '$1');
  if (text.includes('&')) text = text.replace(AMPERSAND_WORD, '$1$2');
  return text.replace(separator, ' ').trim();
}

/** A name folded for exact comparison: `Channel Talk`, `channel-talk` and `channeltalk` are one key. */
export function compactKey(input: string): string {
  return normalizeText(input).replace(/ /g, '');
}

/** Words of a normalised text, each split further where the script changes (`2032년` → `2032`, `년`). */
export function tokenize(normalized: string): string[] {
  const out: string[] = [];
  for (const word of normalized.split(' ')) {
    if (!word) continue;
    if (SINGLE_SCRIPT.test(word)) {
      out.push(word);
      continue;
    }
    const runs = word.match(SCRIPT_RUN) ?? [word];
    out.push(...runs);
  }
  return out;
}

export const isHangulWord = (word: string): boolean => HANGUL_SYLLABLE.test(word);
export const hasHangul = (word: string): boolean => HANGUL_ANY.test(word);
export const isLatinWord = (word: string): boolean => LATIN.test(word);
/** `ㄹㅂㄹㅇ`: a query typed as initial consonants only. */
export const isChoseongQuery = (word: string): boolean => word.length >= 2 && CONSONANTS_ONLY.test(word);

/** Jamo form used for typo-tolerant comparison: one wrong vowel is one edit, not a whole syllable. */
export function jamo(word: string): string {
  return hasHangul(word) ? disassemble(word) : word;
}

export function choseong(word: string): string {
  return getChoseong(word);
}

/** Latin transcription of Hangul (Revised Romanisation), so `ribellion` finds 리벨리온. */
export function romanized(word: string): string {
  if (!hasHangul(word)) return word;
  try {
    return romanize(word)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  } catch {
    return '';
  }
}

/**
 * Korean particles (josa), longest first. Only stripped when at least two syllables are left, and the
 * unstripped word is always tried too, so names ending in such a syllable still match.
 */
const PARTICLES = [
  '에서부터',
  '으로부터',
  '이라는',
  '이라고',
  '에서는',
  '에서도',
  '에게서',
  '한테서',
  '으로는',
  '으로도',
  '까지는',
  '까지도',
  '부터는',
  '이랑',
  '에서',
  '에게',
  '한테',
  '으로',
  '까지',
  '부터',
  '보다',
  '처럼',
  '마다',
  '께서',
  '라는',
  '라고',
  '이나',
  '이며',
  '이고',
  '이야',
  '이에요',
  '예요',
  '에는',
  '에도',
  '와는',
  '과는',
  '로는',
  '로도',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '랑',
  '나',
  '야',
].sort((a, b) => b.length - a.length);

/** Stems of a Korean word with a particle removed (`리벨리온은` → `리벨리온`); empty for other words. */
export function stripParticles(word: string): string[] {
  if (!isHangulWord(word) || word.length < 3) return [];
  const stems: string[] = [];
  for (const particle of PARTICLES) {
    // A one-syllable stem is more often a word of its own (`주가` is not `주` + `가`).
    if (word.length - particle.length >= 2 && word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length);
      if (!stems.includes(stem)) stems.push(stem);
      if (stems.length >= 2) break;
    }
  }
  return stems;
}

/** Bounded Damerau–Levenshtein distance; returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return Math.min(prev[n]!, max + 1);
}

const SYLLABLES = 0xac00;
/** Vowel indexes (ㅏ ㅐ ㅓ ㅕ ㅗ ㅘ ㅙ ㅚ ㅜ ㅝ ㅣ), and the final ㅆ of the past. */
const [A, AE, EO, YEO, O, WA, WAE, OE, U, WO, I] = [0, 1, 4, 6, 8, 9, 10, 11, 13, 14, 20];
const SS = 20;
/** A past syllable's vowel, and the stem vowel it was contracted from (`섰` ← 서, `웠` ← 우, `렸` ← 리). */
const UNCONTRACTED: ReadonlyMap<number, number> = new Map([
  [A, A],
  [AE, AE],
  [EO, EO],
  [YEO, I],
  [WA, O],
  [WAE, OE],
  [WO, U],
]);
const HIEUT = 18;

/**
 * A verb of the text in its past, contracted (`앞섰지만`, `옮겼다`, `세웠다`, `했다`), as its stem (`앞서`, `옮기`,
 * `세우`, `하`), so that a question's stem finds it; of two syllables or more.
 */
export function pastStem(word: string): string[] {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i) - SYLLABLES;
    if (code < 0 || code > 11171 || code % 28 !== SS) continue;
    const cho = Math.floor(code / 588);
    const jung = Math.floor((code % 588) / 28);
    // (했 is 하 + 였)
    const vowel = cho === HIEUT && jung === AE ? A : UNCONTRACTED.get(jung);
    if (vowel === undefined) continue;
    return [word.slice(0, i) + String.fromCharCode(SYLLABLES + cho * 588 + vowel * 28)];
  }
  return [];
}

/** Latin letters in capitals standing alone (`IT`, `VC`), lower-cased: the acronyms a Korean text types. */
export function acronymsIn(text: string): string[] {
  return [...text.matchAll(/(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])/g)].map((m) => m[0].toLowerCase());
}
