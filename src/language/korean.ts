/**
 * Korean word forms. A verb is found in any conjugation by generating, from its dictionary form, the
 * stems its conjugations start with (세우다 → 세우, 세운, 세울, 세움, 세워, 세웠; 열다 → 여, 연, 열어,
 * 열었; 다르다 → 달라, 달랐), then reading what follows as an ending from the lexicon's list. This is
 * the dictionary-driven way Korean analysers work (a table of surface stems, then endings), kept to
 * the rules of regular and irregular conjugation; the words themselves are data.
 */

import { getJongseong } from 'es-hangul';

const BASE = 0xac00;
const LAST = 0xd7a3;

// Vowel (jungseong) and final (jongseong) indices used by the rules below.
const V = {
  a: 0,
  ae: 1,
  eo: 4,
  e: 5,
  yeo: 6,
  o: 8,
  wa: 9,
  wae: 10,
  oe: 11,
  yo: 12,
  u: 13,
  wo: 14,
  wi: 16,
  eu: 18,
  ui: 19,
  i: 20,
} as const;
const F = { none: 0, n: 4, d: 7, l: 8, m: 16, b: 17, s: 19, ss: 20 } as const;
const CHO_IEUNG = 11;
const CHO_RIEUL = 5;
const CHO_HIEUH = 18;

interface Syllable {
  readonly cho: number;
  readonly jung: number;
  readonly jong: number;
}

function syllable(char: string | undefined): Syllable | undefined {
  if (!char) return undefined;
  const code = char.charCodeAt(0);
  if (code < BASE || code > LAST) return undefined;
  const offset = code - BASE;
  return { cho: Math.floor(offset / 588), jung: Math.floor((offset % 588) / 28), jong: offset % 28 };
}

/** The syllable closes on the final ㄴ (`건`, `옮긴`) or ㄹ (`할`), as a verb does before a noun. */
export const closesOn = (char: string | undefined, final: 'n' | 'l'): boolean =>
  syllable(char)?.jong === F[final];

/** `물` for 묻: the stem of a ㄷ-irregular verb as it is before a vowel. */
function dToL(dictionary: string, stem: string): boolean {
  const [a, b] = [syllable(dictionary.at(-1)), syllable(stem.at(-1))];
  return (
    dictionary.length === stem.length &&
    dictionary.slice(0, -1) === stem.slice(0, -1) &&
    !!a &&
    !!b &&
    a.cho === b.cho &&
    a.jung === b.jung &&
    a.jong === JONG_D &&
    b.jong === JONG_L
  );
}

/** Final consonants by their index: ㄷ and ㄹ. */
const JONG_D = 7;
const JONG_L = 8;

function compose(cho: number, jung: number, jong: number): string {
  return String.fromCharCode(BASE + cho * 588 + jung * 28 + jong);
}

const withFinal = (s: Syllable, jong: number) => compose(s.cho, s.jung, jong);

/** 아 after a bright vowel (ㅏ, ㅗ, ㅑ), 어 otherwise. */
const bright = (jung: number) => jung === V.a || jung === V.o || jung === 2;

/**
 * The 아/어 form of a verb stem (the infinitive every past tense and most chat endings are built on),
 * with its contractions and irregular forms: 세우 → 세워, 차리 → 차려, 하 → 해, 다르 → 달라, 쓰 → 써,
 * 쉽 → 쉬워, 깎 → 깎아. Irregular verbs give their regular form too: the ending decides.
 */
export function infinitives(stem: string): string[] {
  const head = stem.slice(0, -1);
  const last = syllable(stem.at(-1));
  if (!last) return [];
  const out: string[] = [];
  if (last.jong !== F.none) {
    out.push(`${stem}${bright(last.jung) ? '아' : '어'}`);
    const open = withFinal(last, F.none);
    // ㅂ-irregular (쉽다 → 쉬워, 돕다 → 도와), ㄷ-irregular (듣다 → 들어), ㅅ-irregular (짓다 → 지어).
    if (last.jong === F.b) out.push(`${head}${open}${last.jung === V.o ? '와' : '워'}`);
    if (last.jong === F.d) out.push(`${head}${withFinal(last, F.l)}${bright(last.jung) ? '아' : '어'}`);
    if (last.jong === F.s) out.push(`${head}${open}${bright(last.jung) ? '아' : '어'}`);
    return out;
  }
  if (last.cho === CHO_HIEUH && last.jung === V.a) return [`${head}해`, `${head}하여`];
  switch (last.jung) {
    case V.o:
      out.push(`${head}${compose(last.cho, V.wa, F.none)}`);
      break;
    case V.u:
      out.push(`${head}${compose(last.cho, V.wo, F.none)}`);
      break;
    case V.i:
      out.push(`${head}${compose(last.cho, V.yeo, F.none)}`);
      break;
    case V.oe:
      out.push(`${head}${compose(last.cho, V.wae, F.none)}`);
      break;
    case V.eu: {
      const previous = syllable(head.at(-1));
      if (last.cho === CHO_RIEUL && previous && previous.jong === F.none) {
        // 르-irregular: 다르 → 달라, 오르 → 올라, 부르 → 불러.
        const ending = bright(previous.jung) ? '라' : '러';
        out.push(`${head.slice(0, -1)}${withFinal(previous, F.l)}${ending}`);
      }
      // ㅡ drops: 쓰 → 써, 크 → 커, 모으 → 모아.
      const vowel = previous && bright(previous.jung) ? V.a : V.eo;
      out.push(`${head}${compose(last.cho, vowel, F.none)}`);
      break;
    }
    case V.wi:
      // (and as chat contracts it: 바뀌어 → 바껴, 바꼈어)
      out.push(`${stem}어`, `${head}${compose(last.cho, V.yeo, F.none)}`);
      break;
    case V.ui:
      out.push(`${stem}어`);
      break;
    default:
      // ㅏ, ㅓ, ㅐ, ㅔ, ㅕ: the ending's vowel merges into the stem's (가 → 가, 내 → 내, 서 → 서).
      out.push(stem);
  }
  return out;
}

/**
 * Every form a conjugation of this verb starts with, longest first: the stem, its 아/어 form and
 * past (with ㅆ, and with ㅅ as chat often types it: 햇어), and the stem closed by ㄴ, ㄹ, ㅁ or ㅂ
 * (세운, 세울, 세움, 세웁니다); a stem in ㄹ also drops it (열다 → 여는, 연, 엽니다).
 */
export function conjugationStems(lemma: string): string[] {
  if (!lemma.endsWith('다') || lemma.length < 2) return [];
  const stem = lemma.slice(0, -1);
  const head = stem.slice(0, -1);
  const last = syllable(stem.at(-1));
  if (!last) return [];
  const out = new Set<string>([stem]);
  const closable =
    last.jong === F.none ? last : last.jong === F.l ? withFinalSyllable(last, F.none) : undefined;
  if (last.jong === F.l) out.add(`${head}${withFinal(last, F.none)}`);
  if (closable) for (const jong of [F.n, F.l, F.m, F.b]) out.add(`${head}${withFinal(closable, jong)}`);
  // ㅂ-irregular before 은/을/음: 쉽다 → 쉬운, 쉬울, 쉬움.
  if (last.jong === F.b)
    for (const jong of [F.n, F.l, F.m])
      out.add(`${head}${withFinal(last, F.none)}${compose(CHO_IEUNG, V.u, jong)}`);
  // ㅅ-irregular before 으: 짓다 → 지으면, 지은, 지을, 지음.
  if (last.jong === F.s)
    for (const jong of [F.none, F.n, F.l, F.m])
      out.add(`${head}${withFinal(last, F.none)}${compose(CHO_IEUNG, V.eu, jong)}`);
  // A consonant stem takes 은/을/음 as a syllable of their own: 깎은 starts with the stem itself.
  for (const form of infinitives(stem)) {
    out.add(form);
    const end = syllable(form.at(-1));
    if (end && end.jong === F.none) {
      out.add(`${form.slice(0, -1)}${withFinal(end, F.ss)}`);
      out.add(`${form.slice(0, -1)}${withFinal(end, F.s)}`);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** A word whose last syllable closes in ㅁ (`바람`, `세움`): a verb's noun form, not its conjugation. */
export function endsInM(word: string): boolean {
  return syllable(word.at(-1))?.jong === F.m;
}

function withFinalSyllable(s: Syllable, jong: number): Syllable {
  return { cho: s.cho, jung: s.jung, jong };
}

export interface VerbTable {
  /** Surface stem → the dictionary forms it may come from. */
  readonly stems: ReadonlyMap<string, readonly string[]>;
  /** The stems that are a verb's 아/어 form (`해`, `줘`), on which auxiliaries build (`해줌`). */
  readonly infinitives: ReadonlySet<string>;
  readonly longest: number;
}

export function buildVerbTable(lemmas: Iterable<string>): VerbTable {
  const stems = new Map<string, string[]>();
  const infinitiveForms = new Set<string>();
  let longest = 0;
  for (const lemma of lemmas) {
    if (lemma.endsWith('다') && lemma.length >= 2)
      for (const form of infinitives(lemma.slice(0, -1))) infinitiveForms.add(form);
    for (const stem of conjugationStems(lemma)) {
      const list = stems.get(stem);
      if (list) {
        if (!list.includes(lemma)) list.push(lemma);
      } else stems.set(stem, [lemma]);
      longest = Math.max(longest, stem.length);
    }
  }
  return { stems, infinitives: infinitiveForms, longest };
}

export interface VerbReading {
  /** The dictionary form (세우다). */
  readonly lemma: string;
  /** What stood before the verb, for a light verb after a noun (`진출` in `진출했어`). */
  readonly noun?: string;
}

export interface KoreanGrammar {
  readonly verbs: VerbTable;
  /** Words that deny the verb they stand before, sometimes typed onto it (`안껴있음`). */
  readonly negations: readonly string[];
  readonly lightVerbs: VerbTable;
  /** The copula's polite past and its plain form (`셨` → `였`), longest first. */
  readonly honorificCopula: readonly (readonly [string, string])[];
  readonly auxiliaries: VerbTable;
  readonly verbEndings: ReadonlySet<string>;
  /** Endings that close a sentence: the only ones a one-syllable verb stem is read with. */
  readonly closingEndings: ReadonlySet<string>;
  /** Endings that join a past verb to what follows (`했고`, `갔는데`, `했던가`, `했다던데`). */
  readonly joiningAfterPast: ReadonlySet<string>;
  readonly nounEndings: readonly string[];
  /** Nouns written onto the noun before them that particles then follow (`쪽`, `들`). */
  readonly boundNouns: readonly string[];
  /** A particle of `also` written after one of `with` (`기관이랑도`, `회사하고도`): both come off. */
  readonly stackedParticles: {
    readonly also: readonly string[];
    readonly before: readonly string[];
    /** Particles after a first (`비율로라도`), and the first particles they come after. */
    readonly last: readonly string[];
    readonly first: readonly string[];
    /** A copula after `만` (`기업만이야`, `한국만이에요`): both come off. */
    readonly copulas: readonly string[];
    readonly only: readonly string[];
  };
  /** A copula contracted onto a noun ending in a vowel (`문젠데` for 문제인데): the endings after its ㄴ. */
  readonly contractedCopula: readonly string[];
  /** What follows a number typed onto it: size, counter or unit, particle, closing (`만명`, `억원에`). */
  readonly numberUnit: RegExp;
  /** A size and counter typed onto a number that make it an amount (`억달러`), no date unit. */
  readonly amountUnit: RegExp;
}

/** ㅆ as a syllable's final consonant: the past (`했`, `갔`, `왔`). */
const PAST_JONG = 20;

/** Whether `rest` is an ending, or an auxiliary verb with its ending (`줌` in `깎아줌`, `있어`). */
function isEnding(grammar: KoreanGrammar, rest: string, depth = 0): boolean {
  if (rest === '' || grammar.verbEndings.has(rest)) return true;
  if (depth > 1) return false;
  // The past of the past after a past stem (`했었죠`, `세웠었지`): 었 and an ending.
  if (rest.startsWith('었') && rest.length > 1 && isEnding(grammar, rest.slice(1), depth + 1)) return true;
  for (let length = Math.min(rest.length, grammar.auxiliaries.longest); length >= 1; length--) {
    if (
      grammar.auxiliaries.stems.has(rest.slice(0, length)) &&
      isEnding(grammar, rest.slice(length), depth + 1)
    )
      return true;
  }
  return false;
}

/** The verbs of the lexicon this word is a conjugation of (`세웠어` → 세우다), longest stem first. */
export function readVerb(grammar: KoreanGrammar, word: string): VerbReading[] {
  const out: VerbReading[] = [];
  for (let length = Math.min(word.length, grammar.verbs.longest); length >= 1; length--) {
    const lemmas = grammar.verbs.stems.get(word.slice(0, length));
    // A one-syllable stem (주, 가, 두) takes an ending that closes a sentence, and no auxiliary:
    // `주가는` is the noun 주가, not 주 + 가는; `감면` is not 가 + ㅁ + 면.
    const rest = word.slice(length);
    const stem = word.slice(0, length);
    // A consonant stem as the dictionary has it (`쏟`, `깎`) takes any ending; a vowel stem closed by
    // ㄴ/ㄹ/ㅁ (`감`, `간`) or bare (`주`) only one that closes the sentence, or an auxiliary after its
    // 아/어 form (`해줌`).
    const consonantStem = (lemmas ?? []).some(
      (l) => l.slice(0, -1) === stem && (syllable(stem)?.jong ?? 0) !== 0,
    );
    const endsWith = (ending: string) =>
      length > 1 || consonantStem
        ? isEnding(grammar, ending)
        : grammar.closingEndings.has(ending) ||
          // (`했었죠`: a past stem, 었 again, and an ending that closes the sentence)
          (ending.startsWith('었') && grammar.closingEndings.has(ending.slice(1))) ||
          // (`했고`, `갔지만`: a past stem, closed by ㅆ, joined to what follows)
          ((syllable(stem)?.jong ?? 0) === PAST_JONG && grammar.joiningAfterPast.has(ending)) ||
          (grammar.verbs.infinitives.has(stem) && isEnding(grammar, ending));
    // The honorific 시 before the ending (`되시나요`, `세우셨어요`): the same verb, said politely.
    const plain = rest.startsWith('시')
      ? rest.slice(1)
      : rest.startsWith('셨')
        ? `었${rest.slice(1)}`
        : undefined;
    // (not 아/어 alone after it: `아시아` is no 알다)
    const ends =
      endsWith(rest) ||
      (plain !== undefined && plain !== '' && !/^[아어]$/.test(plain) && isEnding(grammar, plain));
    if (!lemmas || !ends) continue;
    // (a ㄷ stem turned ㄹ before a vowel, `물` of 묻다, is never bare: `물` is water)
    if (rest === '' && lemmas.every((l) => dToL(l.slice(0, -1), stem))) continue;
    for (const lemma of lemmas) out.push({ lemma });
    if (out.length) break;
  }
  if (out.length > 0) return out;
  // (a denial typed onto the verb, `안껴있음`, `안나와`: the verb it denies, of two syllables at least)
  const denial = grammar.negations.find((n) => word.startsWith(n) && word.length >= n.length + 2);
  return denial ? readVerb(grammar, word.slice(denial.length)) : out;
}

/**
 * A noun with a light verb (`진출했어`, `감면해줌`, `설립됐대`, `누구임`): the noun, and the light
 * verb's lemma. The noun must be at least one syllable; the longest noun wins.
 */
export function readLightVerb(grammar: KoreanGrammar, word: string): VerbReading | undefined {
  for (let split = word.length - 1; split >= 1; split--) {
    const rest = word.slice(split);
    for (let length = Math.min(rest.length, grammar.lightVerbs.longest); length >= 1; length--) {
      const lemmas = grammar.lightVerbs.stems.get(rest.slice(0, length));
      if (lemmas && isEnding(grammar, rest.slice(length)))
        return { lemma: lemmas[0]!, noun: word.slice(0, split) };
    }
  }
  return honorificCopula(grammar, word);
}

/**
 * The copula said politely in the past (`누구셨죠`, `대표이셨나요`): read as it is said plainly
 * (`누구였죠`), the noun kept as typed. Only for a word that is no verb said so (`세우셨어요` is 세우다).
 */
function honorificCopula(grammar: KoreanGrammar, word: string): VerbReading | undefined {
  const forms = grammar.honorificCopula.filter(([polite]) => word.indexOf(polite, 1) > 0);
  if (forms.length === 0 || readVerb(grammar, word).length > 0) return undefined;
  for (const [polite, plain] of forms) {
    const at = word.indexOf(polite, 1);
    const noun = word.slice(0, at);
    for (let length = Math.min(plain.length, grammar.lightVerbs.longest); length >= 1; length--) {
      const lemmas = grammar.lightVerbs.stems.get(plain.slice(0, length));
      if (lemmas && isEnding(grammar, plain.slice(length) + word.slice(at + polite.length)))
        return { lemma: lemmas[0]!, noun };
    }
  }
  return undefined;
}

/** A noun with its particle or copula ending taken off (`리벨리온은`, `누구야`, `회사인가요`), longest first. */
export function nounStems(grammar: KoreanGrammar, word: string): string[] {
  const out: string[] = [];
  for (const ending of grammar.nounEndings) {
    if (word.length > ending.length && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      if (!out.includes(stem)) out.push(stem);
      // A particle after a bound noun or plural (`노무라쪽이랑`, `기업들에게`): both come off.
      const bound = grammar.boundNouns.find((b) => stem.length > b.length + 1 && stem.endsWith(b));
      if (bound && !out.includes(stem.slice(0, -bound.length))) out.push(stem.slice(0, -bound.length));
      const stacked = grammar.stackedParticles;
      const before = stacked.also.includes(ending)
        ? stacked.before
        : stacked.last.includes(ending)
          ? stacked.first
          : stacked.copulas.includes(ending)
            ? stacked.only
            : [];
      const first = before.find((p) => stem.length >= p.length + 2 && stem.endsWith(p));
      if (first && !out.includes(stem.slice(0, -first.length))) out.push(stem.slice(0, -first.length));
    }
  }
  const contracted = withoutContractedCopula(grammar, word);
  if (contracted && !out.includes(contracted)) out.push(contracted);
  return out;
}

/** `문젠데` → 문제: the noun before a copula contracted onto it, its last syllable without the ㄴ it took. */
function withoutContractedCopula(grammar: KoreanGrammar, word: string): string | undefined {
  const ending = grammar.contractedCopula.find((e) => word.length >= e.length + 2 && word.endsWith(e));
  if (!ending) return undefined;
  const stem = word.slice(0, -ending.length);
  const last = syllable(stem.at(-1));
  return last?.jong === F.n ? stem.slice(0, -1) + withFinal(last, F.none) : undefined;
}

export const isHangulSyllables = (word: string): boolean => /^[\uAC00-\uD7A3]+$/.test(word);

/** A verb's stem from its dictionary form (`옮기다` → 옮기); any other word as it is. */
export const verbStemOf = (word: string): string =>
  word.length >= 2 && word.endsWith('다') && isHangulSyllables(word) ? word.slice(0, -1) : word;

/** The word is closed by one of these endings or particles, with something before it (`표에`, `간다던데`). */
export const closedBy = (word: string, endings: readonly string[]): boolean =>
  endings.some((e) => word.length > e.length && word.endsWith(e));

const DIGITS: Readonly<Record<string, number>> = {
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  륙: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
const LARGE_UNITS = '만억조';
/** What may follow a number written in words: a counter, a unit or a size (`년`, `퍼센트`, `명`). */
const COUNTER = /^(년도|년|월|퍼센트|프로|퍼|명|개|곳|원|엔|달러|배|위|번째|차|%)/;

/**
 * A number written in Sino-Korean words, in the figures the article writes (`이천삼십이년` → `2032년`,
 * `사십만` → `40만`, `삼십퍼센트` → `30퍼센트`). Only a run with a place (십, 백, 천, 만 …) that a
 * counter follows, or of three syllables or more: `이` (this), `사` (buy) and `오만` stay words.
 */
export function sinoKoreanNumber(word: string): string | undefined {
  let end = 0;
  while (
    end < word.length &&
    (word[end]! in DIGITS || word[end]! in SMALL_UNITS || LARGE_UNITS.includes(word[end]!))
  )
    end++;
  const run = word.slice(0, end);
  const rest = word.slice(end);
  if (run.length < 2 || !/[십백천만억조]/.test(run)) return undefined;
  if (!COUNTER.test(rest) && (run.length < 3 || rest.length > 0)) return undefined;
  let out = '';
  let group = 0;
  let digit = 0;
  for (const ch of run) {
    if (ch in DIGITS) {
      if (digit) return undefined;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      group += (digit || 1) * SMALL_UNITS[ch]!;
      digit = 0;
    } else {
      const value = group + digit;
      if (value === 0 && ch !== '만') return undefined;
      out += `${value || 1}${ch}`;
      group = 0;
      digit = 0;
    }
  }
  const tail = group + digit;
  if (tail) out += String(tail);
  return out + rest;
}

/**
 * Vowels typed for one another in chat (a glide added or dropped: ㅏ/ㅑ, ㅓ/ㅕ, ㅗ/ㅛ, ㅜ/ㅠ; ㅛ/ㅠ; ㅐ/ㅔ/ㅒ/ㅖ; ㅢ/ㅣ; ㅙ/ㅚ/ㅞ):
 * `대퓨` → 대표, `투쟈` → 투자, `세게` → 세계.
 */
const VOWEL_SLIPS: Readonly<Record<number, readonly number[]>> = {
  0: [2],
  2: [0],
  4: [6],
  6: [4],
  8: [12],
  12: [8, 17],
  13: [17],
  17: [13, 12],
  1: [5, 3],
  5: [1, 7],
  3: [1, 7],
  7: [5, 3],
  // (ㅢ typed for ㅣ, ㅚ and ㅞ for ㅙ: `어듸` → 어디, `외그래` → 왜그래)
  19: [20],
  11: [10],
  15: [10],
  10: [11],
};

/**
 * Initial consonants typed for one another, plain, tense and aspirated (ㄱ/ㄲ/ㅋ, ㄷ/ㄸ/ㅌ, ㅂ/ㅃ/ㅍ, ㅅ/ㅆ,
 * ㅈ/ㅉ/ㅊ): `도꾜`, `도교` → 도쿄.
 */
const CONSONANT_SLIPS: readonly (readonly number[])[] = [
  [0, 1, 15],
  [3, 4, 16],
  [7, 8, 17],
  [9, 10],
  [12, 13, 14],
];

/** The word with one vowel typed as its neighbour (one change at a time). */
export function vowelSlips(word: string): string[] {
  return slips(word, (s) => (VOWEL_SLIPS[s.jung] ?? []).map((jung) => compose(s.cho, jung, s.jong)));
}

/** The word with one initial consonant typed as its plain, tense or aspirated neighbour. */
export function consonantSlips(word: string): string[] {
  return slips(word, (s) =>
    (CONSONANT_SLIPS.find((g) => g.includes(s.cho)) ?? [])
      .filter((cho) => cho !== s.cho)
      .map((cho) => compose(cho, s.jung, s.jong)),
  );
}

function slips(word: string, instead: (s: Syllable) => string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const s = syllable(word[i]);
    if (s) for (const typed of instead(s)) out.push(`${word.slice(0, i)}${typed}${word.slice(i + 1)}`);
  }
  return out;
}

/**
 * `얼마ㅓ야`, `누구ㅜ야`: a vowel alone, typed between two syllables of a word, is a slip of the keyboard (the
 * vowel struck once more without its consonant); it comes off. So does the final consonant of a syllable
 * struck again after it (`이름ㅁ머였지`). A letter alone elsewhere (`ㅠㅠ`, `좋다ㅜ`, `정리ㄱㄱ`) stays.
 */
export function withoutStrayLetters(text: string): string {
  return text
    .replace(/(?<=[\uac00-\ud7a3])[\u314f-\u3163](?=[\uac00-\ud7a3])/gu, '')
    .replace(
      /([\uac00-\ud7a3])([\u3131-\u314e])(?=[\uac00-\ud7a3])/gu,
      (all, before: string, letter: string) => (getJongseong(before) === letter ? before : all),
    );
}
