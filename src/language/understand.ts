import { assemble, canBeJongseong, getJongseong, hasBatchim, removeLastCharacter } from 'es-hangul';
import { acronymsIn, hasHangul, isLatinWord, normalizeText, tokenize } from '../search/normalize.ts';
import {
  closedBy,
  closesOn,
  conjugationStems,
  consonantSlips,
  endsInM,
  isHangulSyllables,
  nounStems,
  readLightVerb,
  readVerb,
  sinoKoreanNumber,
  vowelSlips,
} from './korean.ts';
import {
  type ArticleField,
  englishBases,
  type KindType,
  type Lexicon,
  type Phrase,
  type QuestionType,
  type Unit,
} from './lexicon.ts';
import { isEnglishWord, mostlyEnglish } from './names.ts';
import { romanizedAsHangul } from './romanized.ts';

/** What the language layer needs to know of the knowledge base (the engine provides it). */
export interface Vocabulary {
  /** The facts use this very word. */
  hasWord(word: string): boolean;
  /** A word of the question matches something in the facts (exactly, as a prefix, or by a typo). */
  knows(word: string): boolean;
  /** The word (or words) spell an entity's name exactly. */
  isName(text: string): boolean;
  /** The word is a keyword of several words written as one (`일본법인`), not a word of the text. */
  isJoinedKeyword(word: string): boolean;
  /** The word is an entity's name or a close typo of one (`뤼튼테크놀러지스`). */
  resemblesName(word: string): boolean;
  /** The one word of the facts these initial consonants spell (`ㅂㅈㄱ` → 보조금), if one. */
  /** The word of the facts these initials spell, read by the words `around` them when several do. */
  spelledBy(initials: string, around?: readonly string[]): string | undefined;
}

export type TermRole =
  /** What the question is about: searched, and it must be matched for an answer. */
  | 'topic'
  /** A verb (`세웠어`, `relocated`): searched, counts when it matches, never against. */
  | 'predicate'
  /** A question word (`누구`, `얼마`, `why`): says what kind of answer; searched only when the facts use it. */
  | 'question'
  /** Words with no topic (`좀`, `알려줘`, `the`). */
  | 'filler';

export interface Term {
  /** The token as normalised (`리벨리온은`). */
  readonly surface: string;
  /** The form the question means (`리벨리온`, `진출`, `세우다`, `relocate`). */
  readonly head: string;
  /** The head's other readings (as typed, without a particle, a verb's stem, a compound's parts). */
  readonly forms: readonly string[];
  /** Words the lexicon says mean the same (`세우다` → 설립, 차리다, establish). */
  readonly synonyms: readonly string[];
  readonly role: TermRole;
  /** In a sentence of background before the question (`요즘 … 간다던데`). */
  readonly background: boolean;
  /** Marked as the topic or subject (`은/는/이/가/도`): what the question is about. */
  readonly subject: boolean;
  /** The lexicon knows the word (a general or article word): not an unknown name. */
  readonly lexical: boolean;
  /** An everyday noun (`직원`, `주가`): it means itself, never a typo of a word of the facts. */
  readonly common: boolean;
  /** Typed as one word with the next term (`사카나` + `ai` in `사카나AI`). */
  readonly joinedToNext: boolean;
  /** Set apart from what is asked (`일본 말고`, `besides Rebellions`). */
  readonly excluded: boolean;
  /** Written with a capital inside a sentence (`Did Meta …`): a name, as English writes names. */
  /** In a sentence before the last, closed by a question mark (`사카나AI 요즘 어때? 투자 얼마 받았음`). */
  readonly questioned: boolean;
  /** One of the alternatives offered (`직원이야 프리랜서야?`, `staff or freelancers?`): one of them is asked. */
  readonly alternative: boolean;
  readonly capitalised: boolean;
}

export interface Understanding {
  readonly language: 'ko' | 'en';
  readonly terms: readonly Term[];
  /** What kind of answer the question asks for; empty for a plain topic (`리벨리온 도쿄`). */
  readonly types: ReadonlySet<QuestionType>;
  /** The unit a how-much question asks in (`몇 명` → people, `몇 퍼` → percent). */
  readonly unit: Unit | undefined;
  /**
   * Which term a how-many question counts (`인재` in `인재 몇 명`, `startups` in `how many startups`), or
   * what a share is of (`what percentage of Korean AI startups`).
   */
  readonly counted: number | undefined;
  /** The question speaks of the article itself (`이 글`, `기사`, `article`) and of these of its fields. */
  readonly articleFields: ReadonlySet<ArticleField>;
  /** It refers back to something named before (`거기`, `그 회사`, `they`). */
  readonly anaphora: boolean;
  /**
   * A language the article is not written in, asked to read or write something in (`일본어로 어떻게 읽어요`,
   * `how do you say it in Japanese`): the word for it, as typed.
   */
  readonly otherLanguage: string | undefined;
  /** Numbers in the question (`2024`, `50`). */
  /**
   * Amounts the question gives (`1조 가까이`, `4400억`, `41만`, `10개 중 7개`, `18.6 billion`), their
   * value and the digits written for them: the article's figure may be said roughly.
   */
  readonly amounts: readonly Amount[];
  readonly numbers: readonly string[];
  /** Figures the answer must reach (`40만 넘게`, `more than 400k`, `수십만`): lower bounds. */
  readonly atLeast: readonly number[];
  /** A where-question asks for a city (`어느 도시`), which a country does not answer. */
  readonly city: boolean;
  /** What ought to be done is asked (`뭘 해야 한다는 거야`, `what should Korea do`). */
  readonly ought: boolean;
  /** A when-question asks when something starts (`언제부터`) or ends (`언제까지`). */
  readonly timeBound: 'start' | 'end' | undefined;
  /** One of a group by itself (`구글 혼자`, `on its own`): a figure of the group does not answer. */
  readonly alone: boolean;
  /** About the future (`옮길까?`, `Will … ?`): only a plan the article states can answer it. */
  readonly speculative: boolean;
  /** It asks of what is under way (`세우는 중인`) or already done (`이미 세운`). */
  readonly aspect: 'ongoing' | 'done' | undefined;
  /** It asks where a figure comes from (`Where's that data from?`): its source, one of the article's bodies. */
  readonly source: boolean;
  /** It asks where in the article something is said (`몇 번째 문단이야`, `어느 소제목 밑에 나와`, `which section`). */
  readonly whereInArticle: boolean;
  /** The end of the article the question names where it asks (`글 마지막에`, `기사 첫머리에`). */
  readonly articlePart: 'start' | 'end' | undefined;
  /** The answer is asked to carry its figures (`include key numbers`, `숫자 포함해서`), which ask nothing else. */
  readonly withFigures: boolean;
  /** Amounts offered as guesses, one of which is asked (`41만? 14만?`): one agreeing is enough. */
  readonly guesses: boolean;
}

/** Question types that ask for something (who, when, how much …): a question with one is no yes-or-no. */
const WH_TYPES: readonly QuestionType[] = [
  'person',
  'time',
  'amount',
  'place',
  'reason',
  'which',
  'profile',
  'name',
];
const asksWh = (types: ReadonlySet<QuestionType>) => WH_TYPES.some((t) => types.has(t));

/** Units of money in one currency (`원화로`, `in yen`). */
export const isCurrency = (unit: Unit | undefined) => unit === 'won' || unit === 'yen' || unit === 'dollar';

interface Token {
  surface: string;
  keys: string[];
  background: boolean;
  /** Which part of the message it is in: a sentence, or a clause closed by a background ending. */
  part: number;
  /** The word it was typed in: `사카나AI` is one word of two tokens. */
  word: number;
}

/** Korean number sizes (십, 백, 천, 만, 억, 조) and what follows them (`억엔이에요` → 엔이에요). */
const MAGNITUDE = /^[십백천만억조]*(.*)$/;

/** The unit a word names, itself or without its copula (`엔`, `조원이에요` → 원). */
export function unitIn(word: string, lexicon: Lexicon): Unit | undefined {
  if (!word) return undefined;
  return (
    lexicon.unitWords.get(word) ??
    nounStems(lexicon.grammar, word)
      .map((stem) => lexicon.unitWords.get(stem))
      .find(Boolean)
  );
}

/** The last syllable of a Korean word after a past or a copula (`였쥐`, `맞죵`, `거죵`), where a closing ending goes. */
const CHAT_ENDING = /(?<=^|\s)([가-힣]*(?:[았었였했겠있맞거이]))([가-힣])(?=[\s?!.~,]|$)/gu;

/** A span of years written short (`21~23년`, `21년-23년`). */
/** Years written short with slashes, three or more (`21/22/23`): not a date (`4/4`). */
const LISTED_SHORT_YEARS = /(?<![\d./])[0-3]\d(?:\/[0-3]\d){2,}(?:\s*년)?(?![\d/])/g;
/** Years written short one after another, the last with `년` (`21, 22, 23년`, `21 23년`), or three running on (`21 22 23`). */
const LISTED_SHORT_YEARS_SPACED = /(?<![\d.,~\-–])(?:[12]\d(?:\s*[,，]\s*|\s+)){1,5}[12]\d\s*년/g;
const RUNNING_SHORT_YEARS = /(?<![\d.,~\-–])[12]\d(?:\s*[,，]?\s+[12]\d){2,5}(?![\d.%])/g;
const SHORT_YEARS = /(?<![\d.])'?(\d{2})\s*년?\s*[~\-–]\s*'?(\d{2})\s*년/g;

/** Every year of a short span, in full (`21~23년` → `2021년 2022년 2023년`); a span that is none as it is. */
function yearsBetween(from: number, to: number): string {
  if (to <= from || to - from > 10) return `${from}~${to}년`;
  return Array.from({ length: to - from + 1 }, (_, i) => `${2000 + from + i}년`).join(' ');
}

/** Years written short, in full (`21`, `23` → `2021년 2023년`). */
const fullYears = (years: readonly string[]) => years.map((y) => `20${y}년`).join(' ');

const MAX_QUESTION_LENGTH = 500;

/** An amount offered as a guess, closed by a question mark (`41만?`); two or more are alternatives. */
const GUESSED_AMOUNT = /(?:^|\s)[0-9][0-9.,]*\s*[^\s0-9?？]{0,3}[?？]/g;

/** `include key numbers`, `숫자 포함해서`: the request that the answer carry figures, and the text without it. */
function figuresRequested(text: string, lexicon: Lexicon): { withFigures: boolean; typed: string } {
  const withFigures = text.search(lexicon.figuresWanted) >= 0;
  return { withFigures, typed: withFigures ? text.replace(lexicon.figuresWanted, ' ') : text };
}
const MAX_WORD_LENGTH = 40;

/**
 * The question as typed, written out: capitals that name the US, contractions and chat spellings,
 * playful endings, the per cent sign, years written short.
 */
function expandedText(raw: string, lexicon: Lexicon, language: 'ko' | 'en'): string {
  return (
    countriesSpelledOut(raw, lexicon)
      // `US`, `U.S.` in capitals is the country, not the pronoun `us`.
      .replace(/\bU\.?S\.?(?=\s|[,?!']|$)/g, 'USA')
      .toLowerCase()
      // `3년치`, `5개년`: a span of so many years, as it is said with 동안
      .replace(
        lexicon.durations.spans,
        (_, count: string, unit: string) => `${count}${lexicon.durations.spanUnits.get(unit)}`,
      )
      .replace(/[’‘]/g, "'")
      // `who's`, `wat`, `govt`: contractions and chat spellings, written out.
      .replace(/\b[a-z]+(?:'[a-z]+)?\b/g, (w) => lexicon.englishContractions.get(w) ?? w)
      // `누구였쥐`, `맞죵`: a closing ending spelled in play, as the ending it plays on.
      .replace(CHAT_ENDING, (word: string, stem: string, ending: string) =>
        lexicon.koreanChatEndings.has(ending) ? stem + lexicon.koreanChatEndings.get(ending) : word,
      )
      // (`누구얌`, `어디얏`: after a question word too)
      .replace(
        lexicon.questionChatEnding,
        (_, asked: string, ending: string) => asked + lexicon.koreanChatEndings.get(ending),
      )
      // `절반정도`: a quantity apart from the word of roughness typed onto it.
      .replace(lexicon.roughQuantity, '$1 $2')
      // `설명해줄수있어?`: the bound noun of ability apart from the verbs it is typed onto (after ㄹ).
      .replace(lexicon.canDo, (glued: string, before: string) =>
        getJongseong(before) === 'ㄹ' ? `${before} ${glued.slice(1).trim()} ` : glued,
      )
      // `두 줄 요약 가능?`: whether it can be done asks for it to be done.
      .replace(lexicon.abilityAsked, '')
      // `몇 %`: the sign is a word of its own, which punctuation would lose.
      // (a particle or ending typed after it stays on it in Korean: `50%면`, `70%가`)
      .replace(/%([\uAC00-\uD7A3])?/g, (_, glued: string | undefined) =>
        language === 'ko'
          ? ` ${lexicon.percentSpelled.ko}${glued ?? ' '}`
          : ` ${lexicon.percentSpelled.en} ${glued ?? ''}`,
      )
      // `21~23년`, `'23년`: years written short, in full.
      .replace(SHORT_YEARS, (_, from: string, to: string) => yearsBetween(Number(from), Number(to)))
      .replace(/'(\d{2})\s*년/g, '20$1년')
      // `21/22/23`: three or more years written short, one after another.
      // (the last closed by `년` or not: `21/22/23년`)
      .replace(LISTED_SHORT_YEARS, (years: string) => fullYears(years.match(/[0-9]{2}/g)!))
      // `21, 22, 23년`: years written short, the last closed by `년`; `21 22 23`: running on, year by year.
      .replace(LISTED_SHORT_YEARS_SPACED, (years: string) => fullYears(years.match(/[0-9]{2}/g)!))
      .replace(RUNNING_SHORT_YEARS, (years: string) => {
        const each = years.match(/[0-9]{2}/g)!;
        return each.every((y, i) => i === 0 || Number(y) === Number(each[i - 1]) + 1)
          ? fullYears(each)
          : years;
      })
      // `세번째`: the number apart from its ordinal, as in `세 번째`.
      .replace(lexicon.ordinalRunTogether, '$1$2 $3')
      // `3년치`: three years' worth, which is three years.
      .replace(/(\d+)\s*(년|개월|달)치/g, '$1$2')
  );
}

/**
 * `미 EU 중 AI 정책`, `한 일 차이`: a country's first syllable alone, in a run of countries where another is
 * written so too, is that country (not `EU 중 어디`, among them, `사례 중 미국`, nor `일 끝나고`).
 */
function countriesSpelledOut(text: string, lexicon: Lexicon): string {
  const { names, alongside } = lexicon.countryInitials;
  const words = text.split(' ');
  const bare = (w: string) => w.replace(/[,?!.]+$/u, '');
  const initial = (w: string) => names.has(bare(w));
  const country = (w: string) => initial(w) || alongside.has(bare(w).toLowerCase());
  let start = 0;
  while (start < words.length) {
    let end = start;
    while (end < words.length && country(words[end]!)) end++;
    const run = words.slice(start, end);
    const initials = run.filter(initial).length;
    if (run.length >= 2 && initials >= 2)
      for (let i = start; i < end; i++)
        if (initial(words[i]!)) words[i] = words[i]!.replace(bare(words[i]!), names.get(bare(words[i]!))!);
    start = Math.max(end, start + 1);
  }
  return words.join(' ');
}

/** One of the token's forms is a word that asks (`누구`, `어디`, `what`). */
const asksByWord = (token: Token, lexicon: Lexicon): boolean =>
  token.keys.some((k) => lexicon.interrogatives.has(k));

/** A question word said twice, `뭐뭐야`, `어디어디`: it asks what they all are. */
const askedTwice = (state: ReadingState): boolean =>
  state.tokens.some((t, i) => state.roles[i] === 'question' && /^([가-힣]{1,2})\1/.test(t.surface));

/** The message as typed, without what only accompanies it: an aside at its end, a kind offered in brackets. */
function asTyped(text: string, lexicon: Lexicon, vocabulary: Vocabulary): string {
  const bare = withoutKindOffered(withoutAside(text.slice(0, MAX_QUESTION_LENGTH)), lexicon);
  return latinUnglued(bare, lexicon, vocabulary);
}

/**
 * Reads a question as people type it: chat endings, conjugated and irregular verbs, words run
 * together, question words and units, background before the question, words that refer back.
 */
export function understand(text: string, lexicon: Lexicon, vocabulary: Vocabulary): Understanding {
  const whole = asTyped(withAddendum(text, lexicon), lexicon, vocabulary);
  const { withFigures, typed } = figuresRequested(whole, lexicon);
  // (`…14만 아님? 확인좀`: a closing request that asks nothing of its own leaves the question before it last)
  const raw = romanizedRead(withoutClosingRequest(typed, lexicon), lexicon, vocabulary);
  const language = hasHangul(raw) && !mostlyEnglish(raw) ? 'ko' : 'en';
  const expanded = expandedText(raw, lexicon, language);
  // Sentences: the last one asks; the ones before it are background. In chat, laughter or tears after a
  // closing ending end one too (`물어보셔서요 ㅠ 리벨리온이 …`).
  const sentences = sentencesIn(expanded, lexicon);
  const bounds = lowerBounds(expanded, lexicon);
  const tokens = tokensOf(sentences, lexicon, vocabulary);
  joinSplitWords(tokens, lexicon, vocabulary);
  markBackgroundClauses(tokens, lexicon);
  const remarks = remarkAfterQuestion(tokens, sentences, lexicon, vocabulary);
  const state: ReadingState = {
    tokens,
    lexicon,
    vocabulary,
    language,
    types: new Set(),
    articleFields: new Set(),
    roles: tokens.map(() => undefined),
    forms: tokens.map(() => []),
    heads: tokens.map(() => undefined),
    relativeAt: new Map(),
    excluded: new Set(),
    asides: new Set(),
    ought: false,
    unit: undefined,
    earlierTypes: [],
    yesNoAt: [],
    referringParts: new Set(),
    phraseStarts: new Set(),
    source: false,
    whereInArticle: false,
    articlePart: undefined,
    itemCounts: new Set(),
    countCloses: false,
    // (`글쓴이 한국 IT에 대해선 어떻게 평가해?`: in a Korean message only)
    acronyms: new Set(language === 'ko' ? acronymsIn(whole) : []),
  };
  const spans = durationsIn(tokens, lexicon);
  for (const i of spans) state.roles[i] = 'filler';
  readQuestionWords(state);
  readFieldAsked(state);
  readShouldAsked(state);
  const chosen = readChoiceAsked(state) || readStandingAsked(state);
  readLinesAsked(state);
  readForSomeTime(state);
  readHeardBefore(state);
  readTeller(state);
  readWhatItDid(state);
  readArticleWordsAndAnaphora(state);
  readRelativeTimes(state);
  readExclusions(state);
  readEquivalentWords(state);
  readFillers(state, bounds.digits);
  readSummaryFocus(state);
  readSummaryOfQuestion(state);
  readStandpoint(state);
  readObligation(state);
  readHowFar(state);
  readOrigin(state);
  readBeneficiary(state);
  readAskerNeed(state);
  readOwnWriting(state);
  readWhichCompany(state);
  readTitleAsked(state, raw);
  readCountedList(state);
  readMeasureAsked(state);
  readUnitNamed(state);
  readKindAsked(state, raw);
  const aspect = readAspect(state);
  yesNoOnlyBefore(state, sentences);
  if (!asksWh(state.types) && !askedTwice(state) && !state.countCloses && !chosen)
    readYesNo(state, raw, bounds.values.length > 0, remarks);
  readFigureGuess(state, raw);
  const asking = sentences.flatMap((sentence, s) => (/[?？]\s*$/.test(sentence.trim()) ? [s * 100] : []));
  readSourceData(state);
  readStanceAsked(state);
  const terms = termsOf(state, capitalisedWords(raw), asking, sentences.length);
  if (asksCountries(state, terms)) state.types.add('list');
  readWhichPlaceOrPerson(state);
  readEligibility(state);
  const counted = readAmountAsked(state, terms);
  const background = settleBackground(state, terms, { remarks, asking, sentences: sentences.length });
  return {
    language,
    terms: background.terms,
    types: state.types,
    unit: state.unit,
    counted,
    articleFields: state.articleFields,
    anaphora: background.anaphora,
    otherLanguage: otherLanguageAsked(tokens, lexicon, asking, whole),
    atLeast: bounds.values,
    amounts: amountsIn(text, lexicon),
    numbers: numbersGiven(state, background.terms, bounds.digits, spans),
    aspect,
    source: state.source,
    whereInArticle: state.whereInArticle,
    articlePart: state.articlePart,
    withFigures,
    guesses: (whole.match(GUESSED_AMOUNT) ?? []).length >= 2,
    city: tokens.some((t) => t.keys.some((k) => lexicon.cityWords.has(k))),
    ought: state.ought,
    alone: tokens.some((_, i) => lexicon.aloneWords.some((phrase) => matchesAt(tokens, i, phrase))),
    speculative: speculates(state, background.terms),
    timeBound: state.types.has('time')
      ? lexicon.timeBounds.find(({ phrase }) =>
          tokens.some((_, i) => !tokens[i]!.background && matchesAt(tokens, i, phrase)),
        )?.bound
      : undefined,
  };
}

/** The question guesses at what is to come (`앞으로 더 늘까?`), of the question, not of what is said before it. */
function speculates(state: ReadingState, terms: readonly Term[]): boolean {
  const { tokens, lexicon, language } = state;
  return tokens.some(
    (t, i) =>
      // (not of what is said before it: `… 일본 가지 ㅋㅋ 근데 …`)
      (!terms[i]?.background &&
        lexicon.speculationWords.some(
          (phrase) => matchesAt(tokens, i, phrase) && !goingTo(state, i, phrase),
        ) &&
        // (`announced they will invest`: what was said of the future is reported, not guessed)
        !tokens.slice(0, i).some((b) => lexicon.englishGrammar.reportingVerbs.has(b.surface)) &&
        // (`결국 … 얼마였다고?`: what was, asked in the past, is no guess about the future; `결국 상장
        // 성공했어?` asks of an outcome the article may not have seen)
        !(language === 'ko' && !state.types.has('yesno') && PAST.test(tokens.at(-1)?.surface ?? ''))) ||
      (isHangulSyllables(t.surface) &&
        lexicon.speculationEndings.some((e) => t.surface.length > e.length && t.surface.endsWith(e))),
  );
}

/**
 * A word that ends as a verb does (`손잡는다는`, `준비하는데가`, `얹어주는`, `뜻인지도`), with or without a
 * particle after it: a predicate, neither a subject nor a name.
 */
export function isVerbalForm(word: string, lexicon: Lexicon): boolean {
  if (!isHangulSyllables(word)) return false;
  const forms = [
    word,
    ...lexicon.grammar.nounEndings.filter((e) => word.endsWith(e)).map((e) => word.slice(0, -e.length)),
  ];
  return forms.some((form) => lexicon.verbalEndings.some((e) => form.length > e.length && form.endsWith(e)));
}

/** What the stages of reading a question learn of it, word by word. */
interface ReadingState {
  readonly tokens: readonly Token[];
  readonly lexicon: Lexicon;
  readonly vocabulary: Vocabulary;
  readonly language: 'ko' | 'en';
  readonly types: Set<QuestionType>;
  readonly articleFields: Set<ArticleField>;
  /** Each token's role, once a stage has decided it. */
  readonly roles: (TermRole | undefined)[];
  /** Words of the lexicon's sets each token stands for. */
  readonly forms: string[][];
  /** A head decided by a phrase (`기사 나온 뒤에`). */
  readonly heads: (string | undefined)[];
  /** Tokens that begin a time relative to now, with the lexicon's phrase. */
  readonly relativeAt: Map<number, string>;
  /** Tokens set apart (`일본 말고`). */
  readonly excluded: Set<number>;
  /** Tokens said aside, background wherever they stand (`창업자 관점에서`). */
  readonly asides: Set<number>;
  /** What ought to be done is asked. */
  ought: boolean;
  /** Latin words typed in capitals in a Korean message (`한국 IT`): acronyms, no English word (`it`). */
  readonly acronyms: ReadonlySet<string>;
  unit: Unit | undefined;
  /** Question words in a sentence before the last: they ask only if the last one asks nothing. */
  readonly earlierTypes: { type: QuestionType; part: number }[];
  /** Where words that ask yes or no were read (`사실`, `맞아`). */
  readonly yesNoAt: number[];
  /** Parts of the message with a word that refers back (`거기`, `they`). */
  readonly referringParts: Set<number>;
  /** Tokens that begin a phrase of several words from a set of equivalent words. */
  readonly phraseStarts: Set<number>;
  /** A where-question about a figure's origin: its source (set while reading which one). */
  source: boolean;
  /** Where in the article something is said is asked (set while reading which one). */
  whereInArticle: boolean;
  /** The end of the article named beside it (`글 마지막에`, `기사 첫머리`). */
  articlePart: 'start' | 'end' | undefined;
  /** Numbers that say how many items are asked for (`3개`, `세 가지`): no figure of the answer. */
  readonly itemCounts: Set<number>;
  /** The message ends on how many items it asks for (`투자 분야 3개`): a request, no yes-or-no. */
  countCloses: boolean;
}

/**
 * `대표 이르ㅁ`: a last syllable's final consonant typed apart, as a phone keyboard leaves it when typing is
 * fast: the word with it put back, when that is a word the lexicon or the article knows (`정리ㄱ` stays apart).
 */
function finalTypedApart(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string | undefined {
  const typed = /^(.*[가-힣])([ㄱ-ㅎ])$/.exec(word);
  if (!typed || hasBatchim(typed[1]!.slice(-1)) || !canBeJongseong(typed[2]!)) return undefined;
  const whole = assemble([typed[1]!, typed[2]!]);
  const known = (w: string) => lexicon.knows(w) || vocabulary.knows(w);
  return known(whole) || nounStems(lexicon.grammar, whole).some(known) ? whole : undefined;
}

/** A message's sentences, as the lexicon ends them (`.`, `?`, a line break, laughter after a closing). */
export const sentencesIn = (text: string, lexicon: Lexicon): string[] =>
  text.split(lexicon.sentenceEnd).filter((s) => s.trim());

/** Words a short closing sentence may have to be a request's addendum (`투자 숫자랑 같이`). */
const ADDENDUM_WORDS = 5;

/**
 * `한국 AI 산업 현황 부분 요약좀. 투자 숫자랑 같이`: a short last sentence that ends on a word adding to a
 * request before it, neither asking by a question mark, is the request's: one sentence.
 */
function withAddendum(text: string, lexicon: Lexicon): string {
  const [before, last] = sentencesIn(text, lexicon).slice(-2);
  if (!before || !last || [before, last].some((s) => /[?？]\s*$/.test(s))) return text;
  const words = last
    .trim()
    .replace(/[.!~]+$/, '')
    .split(/\s+/);
  if (words.length > ADDENDUM_WORDS || !lexicon.addenda.has(words.at(-1)!.toLowerCase())) return text;
  const at = text.lastIndexOf(last);
  return `${text
    .slice(0, at)
    .trimEnd()
    .replace(/[.!~]+$/, '')} ${text.slice(at)}`;
}

/**
 * `알려주세욬`, `뭐얔`: laughter typed onto a last syllable that had no final consonant, as a phone keyboard
 * joins it, is no part of the word (few words end on ㅋ; one the lexicon or the article knows is kept).
 */
function laughterOnLastSyllable(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string {
  if (!isHangulSyllables(word) || getJongseong(word.at(-1)!) !== 'ㅋ') return word;
  if (lexicon.knows(word) || vocabulary.knows(word)) return word;
  return removeLastCharacter(word);
}

/** The message's words as tokens: typed onto words, numbers in words, runs of words split, typos mended. */
function tokensOf(sentences: readonly string[], lexicon: Lexicon, vocabulary: Vocabulary): Token[] {
  const tokens: Token[] = [];
  let typed = 0;
  sentences.forEach((sentence, s) => {
    const typedWords = normalizeText(sentence).split(' ');
    // (initials are read by the words of their sentence: `보조금 ㅊㄷ 얼마` spells 최대, not 차등)
    const around = typedWords.filter(isHangulSyllables);
    for (const typedWord of typedWords) {
      // `불렸냐ㅋㅋ`, `정리ㄱㄱ`: laughter and chat letters typed onto a word are not part of it (but a
      // final consonant typed apart, `이르ㅁ`, is the word's: 이름).
      const letters = finalTypedApart(typedWord, lexicon, vocabulary) ?? typedWord;
      const word = spelledOut(
        laughterOnLastSyllable(letters.replace(/(?<=[가-힣a-z0-9])[ㄱ-ㅎㅏ-ㅣ]+$/, ''), lexicon, vocabulary),
        lexicon,
        vocabulary,
        around,
      );
      // `이천삼십이년까지` → `2032년까지`: a number in words, as the article writes numbers.
      const written = (isHangulSyllables(word) && sinoKoreanNumber(word)) || word;
      const words = splitUnitAfterNumber(tokenize(written), lexicon, vocabulary)
        .flatMap((w) =>
          initialsApart(w, lexicon, vocabulary).map((x) => spelledOut(x, lexicon, vocabulary, around)),
        )
        .flatMap((w) => splitDependentNoun(w, lexicon))
        .flatMap((w) => splitGlued(w, lexicon, vocabulary))
        .flatMap((w) => positionApart(w, lexicon, vocabulary));
      typed++;
      words.forEach((word, w) => {
        if (word.length > MAX_WORD_LENGTH) return;
        // `21년` is 2021: a year written with two digits, as people do.
        const year =
          /^[0-9]{2}$/.test(word) && /^년/.test(words[w + 1] ?? '')
            ? `20${word}`
            : numberWord(word, words[w + 1], lexicon);
        const pieces =
          lexicon.abbreviations.get(year) ??
          segment(slipFixed(year, lexicon, vocabulary), lexicon, vocabulary);
        for (const piece of pieces)
          tokens.push({
            surface: piece,
            keys: lexicon.lemmaKeys(piece),
            background: s < sentences.length - 1,
            part: s * 100,
            word: typed,
          });
      });
    }
  });
  return tokens;
}

/** Question words and phrases (`누구`, `어느 회사`, `how much`), the longest phrase first, and units. */
function readQuestionWords(state: ReadingState): void {
  const { tokens, lexicon, types, roles } = state;
  for (let i = 0; i < tokens.length; i++) {
    for (const { type, phrase } of lexicon.questionPhrasesStartingWith(tokens[i]!.keys)) {
      if (!matchesAt(tokens, i, phrase)) continue;
      // (`listing` on a stock market, `listed` companies: a list is asked for with the word itself)
      if (type === 'list' && /^[a-z]+$/.test(tokens[i]!.surface) && tokens[i]!.surface !== phrase[0])
        continue;
      // (`전체 매출`: the whole of a measure, bare before it, is its total, not a list)
      if (
        type === 'list' &&
        phrase.length === 1 &&
        tokens[i]!.surface === phrase[0] &&
        tokens[i + 1]?.keys.some((k) => lexicon.measureNouns.has(k))
      )
        continue;
      // (`hey all`: a greeting to everyone, no list)
      if (type === 'list' && state.lexicon.greetings.has(tokens[i - 1]?.surface ?? '')) continue;
      // (a word that ends a filler of two, `at all`, asks nothing)
      if (phrase.length === 1 && lexicon.fillers.has(`${tokens[i - 1]?.surface} ${tokens[i]!.surface}`))
        continue;
      // (`명단에 있음?`: a name list with a particle of place says where one is, it asks no name; nor
      // does a list so before a name it describes, `목록에 있던 업스테이지는`)
      const word = tokens[i]!.surface;
      const describesName = () => !!tokens[i + 2]?.keys.some((w) => state.vocabulary.isName(w));
      if (
        (type === 'name' || (type === 'list' && describesName())) &&
        phrase.length === 1 &&
        lexicon.particles.place.some((p) => word === `${phrase[0]}${p}`)
      )
        continue;
      // (`are named as its clients`: a passive that says what the article mentions, no name asked)
      if (
        type === 'name' &&
        lexicon.englishGrammar.beVerbs.has(tokens[i - 1]?.surface ?? '') &&
        word !== phrase[0]
      )
        continue;
      // (`소개된 부분`: a passive describing the noun after it, no request to introduce)
      if (
        phrase.length === 1 &&
        word !== phrase[0] &&
        lexicon.koreanEndings.passive.some((e) => word.endsWith(e))
      )
        continue;
      // (`일본에서 뭐하는 중임`: what it is doing now, not what it is)
      if (type === 'profile' && lexicon.aspect.ongoing.some((p) => matchesAt(tokens, i + phrase.length, p)))
        continue;
      // Within one sentence: `회사임? 이름만 …` is no `회사 이름`.
      if (tokens[i + phrase.length - 1]!.part !== tokens[i]!.part) continue;
      // `이름만 들어봄`: only heard the name, which is not asking it.
      const next = tokens[i + phrase.length];
      if (tokens[i]!.surface.endsWith('만') && next?.keys.some((k) => lexicon.heardVerbs.has(k))) continue;
      // In a sentence before the last, it asks only if the last one asks nothing (`…? names pls`).
      if (tokens[i]!.background && type !== 'yesno') state.earlierTypes.push({ type, part: tokens[i]!.part });
      else types.add(type);
      if (type === 'yesno') state.yesNoAt.push(i);
      for (let j = i; j < i + phrase.length; j++) roles[j] ??= 'question';
      break;
    }
    readCount(state, i);
  }
  // `the author's main recommendation`, `the main reasons`: emphasis before what asks is no word to find.
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.surface ?? '';
    const asksOrNothing =
      roles[i + 1] === 'question' || lexicon.fillers.has(next) || lexicon.should.english.has(next);
    if (lexicon.emphasis.has(t.surface) && roles[i] === undefined && asksOrNothing) roles[i] = 'filler';
  });
  // `until when does Japan's tax cut last?`: a verb of lasting that closes a question of when.
  const closing = tokens.at(-1);
  if (closing && types.has('time') && lexicon.lastingVerbs.has(closing.surface))
    roles[tokens.length - 1] ??= 'filler';
  // `CEO 다`, `사람 이름 다`: a message closed by `다` after a noun asks for all of them.
  const [before, last] = tokens.slice(-2);
  if (
    last &&
    before &&
    !last.background &&
    lexicon.listClosing.has(last.surface) &&
    !isVerbalForm(before.surface, lexicon)
  ) {
    types.add('list');
    roles[tokens.length - 1] ??= 'question';
  }
}

/**
 * `한국 정부는 뭘 해야 한다는 거야?`, `what should Korea do?`: what ought to be done is someone's view (the
 * author's, `…해야 한다고 말한다`), when nothing else is asked.
 */
function readShouldAsked(state: ReadingState): void {
  const { tokens, lexicon, types } = state;
  const { endings, followedBy, english } = lexicon.should;
  const should = tokens.some((t, i) => {
    const ending = endings.find((e) => t.surface.includes(e));
    if (!ending) return false;
    const after =
      t.surface.slice(t.surface.indexOf(ending) + ending.length) || (tokens[i + 1]?.surface ?? '');
    // (not the asker's own need, `자료 만들어야 해서`, `알아야 하는데`)
    return (
      followedBy.some((w) => after.startsWith(w)) && !lexicon.should.notClosing.some((e) => after.endsWith(e))
    );
  });
  // (`뭐 하자는 건데`: a proposal quoted, whose verb is the asking, no word to find)
  const proposal = tokens.findIndex((t) => lexicon.should.proposes.some((p) => t.surface.startsWith(p)));
  if (proposal >= 0) state.roles[proposal] = 'filler';
  // (`한국의 과제는?`: what is to be done, named by a noun, no word to find)
  // (of a name just before it: not the asker's own, `이번 주 과제로 이 기사를 읽고 있어요`)
  const named = (t: Token | undefined) =>
    !!t &&
    [t.surface, t.surface.replace(/['’]s$/, ''), ...nounStems(lexicon.grammar, t.surface)].some((w) =>
      state.vocabulary.isName(w),
    );
  const task = tokens.findIndex(
    (t, i) =>
      named(tokens[i - 1]) &&
      [t.surface.toLowerCase(), ...nounStems(lexicon.grammar, t.surface)].some((w) =>
        lexicon.should.nouns.has(w),
      ),
  );
  if (task >= 0) state.roles[task] = 'filler';
  state.ought =
    should || proposal >= 0 || task >= 0 || tokens.some((t) => english.has(t.surface.toLowerCase()));
  if (!state.ought) return;
  // (a task named, `한국 과제는 뭐라고 해?`, asks the view whatever word asks it)
  if ([...types].every((t) => t === 'profile' || (task >= 0 && t === 'said'))) types.add('opinion');
  // (who ought to do it, `한국 정부는`, is the country the view is of, no word to find)
  tokens.forEach((t, i) => {
    if ([t.surface, ...nounStems(lexicon.grammar, t.surface)].some((w) => lexicon.should.agents.has(w)))
      state.roles[i] ??= 'filler';
  });
}

/**
 * `세계 최고 수준인 분야 어디야`, `어떤 분야`, `업종이 뭐야`: which field the fact names, not a place nor a
 * company; the word for a field is the kind asked, not a word the fact must use.
 */
function readFieldAsked(state: ReadingState): void {
  const { tokens, lexicon, types, roles } = state;
  readWhereInArticle(state);
  tokens.forEach((token, i) => {
    const which = !!tokens[i - 1]?.keys.some((k) => lexicon.interrogativeDeterminers.has(k));
    // (`어떤 경우에 나와`, `in what case`: the condition asked, which the fact says its own way: `건설 시`)
    if (which && token.keys.some((k) => lexicon.conditionWords.has(k))) roles[i] = 'filler';
    if (token.background || !token.keys.some((k) => lexicon.fieldWords.has(k))) return;
    const where = !!tokens[i + 1]?.keys.some((k) => lexicon.wherePronouns.has(k));
    // (`업종이 뭐야`, `뭐하는 회사야 섹터만`: of a company, what it does says its field)
    const what = !!tokens[i + 1]?.keys.some((k) => lexicon.interrogatives.has(k)) || types.has('profile');
    if (!where && !which && !what) return;
    roles[i] = 'filler';
    if (where) {
      types.delete('place');
      types.delete('which');
    }
  });
}

/**
 * `디지털 전환이랑 AI 전환 중에 어디서 앞섰어`, `미국이랑 EU 중 어디가`: a place word after a choice among
 * those named asks which of them, not where nor yes or no: the fact that tells them apart answers.
 */
function readChoiceAsked(state: ReadingState): boolean {
  const { tokens, lexicon, types, roles } = state;
  const chosen = tokens.some(
    (token, i) =>
      !token.background &&
      lexicon.particles.choice.includes(token.surface) &&
      roles[i + 1] === 'question' &&
      [...lexicon.wherePronouns].some((w) => tokens[i + 1]!.surface.startsWith(w)),
  );
  if (chosen) types.delete('place');
  return chosen;
}

/**
 * `한국은 어디서 뒤처진대`, `중국 AI 어디서 세계 최고`: where one stands ahead or behind is a field, no place
 * (unless something was set up there): the fact that says it answers, as a which among those named does.
 */
function readStandingAsked(state: ReadingState): boolean {
  const { tokens, lexicon, types } = state;
  const standing = tokens.some((t) => !t.background && t.keys.some((k) => lexicon.standingVerbs.has(k)));
  const sited = tokens.some((t) => t.keys.some((k) => lexicon.sitingVerbs.has(k)));
  if (!standing || sited || !types.has('place')) return false;
  types.delete('place');
  return true;
}

/**
 * `…말이 사실인지 모르겠어요. … 일본의 어떤 점을 장점으로 꼽았다고 했나요?`: a word of yes or no in a sentence
 * before the last, not itself asked, when the last asks which (`어떤`, `무슨`), says what the asker wonders;
 * the last asks.
 */
function yesNoOnlyBefore(state: ReadingState, sentences: readonly string[]): void {
  const { tokens, lexicon, types } = state;
  // (a sentence before that asks it, `ㄹㅇ 바뀐거임? 지금은 뭐가 되고 있다는데`, asks it)
  const wonders = (i: number) =>
    tokens[i]!.background && !/[?？]\s*$/.test(sentences[tokens[i]!.part / 100] ?? '');
  if (!types.has('yesno') || !state.yesNoAt.every(wonders)) return;
  const asks = tokens.some((t) => !t.background && asksByWord(t, lexicon));
  if (asks) types.delete('yesno');
}

/** `is wrtn going to japan?`: `going to` before a place or a name is going there, no guess of the future. */
function goingTo(state: ReadingState, at: number, phrase: Phrase): boolean {
  const { tokens, lexicon, vocabulary } = state;
  const next = tokens[at + phrase.length];
  return (
    lexicon.particles.placeBefore.includes(phrase.at(-1) ?? '') && !!next && vocabulary.isName(next.surface)
  );
}

/** `필자는 … 어케 봄 긍정? 부정?`: which way a view leans, asked of it, is the kind of answer, no word to find. */
function readStanceAsked(state: ReadingState): void {
  // (a view: one asked, or the author's, whose words are views)
  if (!state.types.has('opinion') && !state.articleFields.has('author')) return;
  fillersWhere(state, (token) => token.keys.some((k) => state.lexicon.stanceWords.has(k)));
}

/** `VC 투자랑 인프라 문제 위주로`: what a summary dwells on is what it is of; the word that says so asks nothing. */
function readSummaryFocus(state: ReadingState): void {
  if (!state.types.has('summary')) return;
  fillersWhere(state, (token) => state.lexicon.summaryFocus.has(token.surface));
}

/** What a question put in a clause asks that a summary of its subject would not say. */
const SUMMARY_OF_ONE: ReadonlySet<QuestionType> = new Set(['reason', 'person', 'place', 'time', 'amount']);

/**
 * `왜 일본을 골랐다고 했는지 한 줄로 정리 가능해요?`, `뭘 해야 한다고 했는지 정리해주세요`: a question put in a
 * clause (a word that asks, then a verb closed by `-는지`) is what a summary asked of it must say: that question
 * is asked, and the words that ask a summary only say how to answer it.
 */
function readSummaryOfQuestion(state: ReadingState): void {
  const { tokens, lexicon, types, roles } = state;
  if (!types.has('summary') || state.language !== 'ko') return;
  // (a word that asks for one thing, `왜`, `누구`, `언제`: not what something is or how, `뭐라고 하는지
  // 요약`, `어떤 식으로 진출했는지 정리`, which a summary answers; or what ought to be done, `뭘 해야 한다고`)
  const one = (t: Token) =>
    lexicon
      .questionPhrasesStartingWith(t.keys)
      .some((q) => q.phrase.length === 1 && SUMMARY_OF_ONE.has(q.type) && t.keys.includes(q.phrase[0]!));
  const asks = tokens.findIndex(
    (t) => !t.background && t.keys.some((k) => lexicon.interrogatives.has(k)) && (one(t) || state.ought),
  );
  if (asks < 0) return;
  const clause = tokens.findIndex(
    (t, i) =>
      i > asks &&
      t.part === tokens[asks]!.part &&
      lexicon.summaryOfQuestion.some((e) => t.surface.length > e.length && t.surface.endsWith(e)),
  );
  if (clause < 0) return;
  const sums = (t: Token) => lexicon.questionPhrasesStartingWith(t.keys).some((q) => q.type === 'summary');
  const lines = (i: number) => startsLines(lexicon, `${tokens[i]!.surface}${tokens[i + 1]?.surface ?? ''}`);
  // (in several lines, `왜 일본 가는지 3줄 요약`: the reasons summed up, each a line)
  const count = (word: string) =>
    Number(/^[0-9]+$/.test(word) ? word : (lexicon.summaryLineNumbers.get(word) ?? 1));
  if (tokens.some((t, i) => lines(i) && count(t.surface) > 1)) return;
  types.delete('summary');
  tokens.forEach((t, i) => {
    if (i <= clause || roles[i] !== 'question') return;
    if (sums(t) || lines(i) || (i > 0 && lines(i - 1) && roles[i - 1] === 'filler')) roles[i] = 'filler';
  });
}

/** The tokens that say only the form or the kind of answer: fillers, no word to find. */
function fillersWhere(state: ReadingState, is: (token: Token) => boolean): void {
  state.tokens.forEach((token, i) => {
    if (is(token)) state.roles[i] = 'filler';
  });
}

/** The text opens on how many lines are asked (`3줄`, `한 문단`). */
const startsLines = (lexicon: Lexicon, text: string): boolean =>
  lexicon.summaryLines.some((p) => p.exec(text)?.index === 0);

/** `3줄로`, `세 문장으로`: in how many lines, which asks for a summary. */
function readLinesAsked(state: ReadingState): void {
  const { tokens, lexicon, types, roles } = state;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next || token.background) return;
    // (or so many for each, `한 줄씩`, when nothing is compared: `한 줄씩 비교해줘` is a comparison)
    const inForm =
      closedBy(next.surface, lexicon.particles.means) ||
      (closedBy(next.surface, lexicon.linesEach) && !types.has('compare'));
    // (English says so without a particle: `1 line`, `give me 2 lines on …`, `3 bullets`)
    const english =
      isLatinWord(next.surface) &&
      lexicon.summaryLines.some((p) => p.test(`${token.surface} ${next.surface}`));
    // (a length the answer may take, `한두 줄이면 됩니다`, after something else asked: no summary of it)
    const enough = closedBy(next.surface, lexicon.linesEnough);
    const lines = startsLines(lexicon, `${token.surface}${next.surface}`);
    if (enough && lines && [...types].some((t) => t !== 'summary')) {
      roles[i] = 'filler';
      roles[i + 1] = 'filler';
      return;
    }
    if (!english && (!(inForm || enough) || !lines)) return;
    types.add('summary');
    roles[i] = 'question';
    roles[i + 1] = 'question';
  });
}

/** `몇명`, `몇퍼`, `몇 개`, `몇억엔`: how many, and in what; a unit after the question word is its. */
function readCount(state: ReadingState, i: number): void {
  const { tokens, lexicon, vocabulary, roles } = state;
  const token = tokens[i]!;
  const counted = token.surface.startsWith(lexicon.countWord)
    ? MAGNITUDE.exec(token.surface.slice(lexicon.countWord.length))
    : null;
  const unitHere =
    // (`원인` is a word of its own, not 원 with a copula)
    // (nor with a particle: `원인은`)
    ([token.surface, ...nounStems(lexicon.grammar, token.surface)].some(
      (w) => w.length >= 2 && lexicon.knows(w) && !lexicon.unitWords.has(w),
    )
      ? undefined
      : token.keys.map((k) => lexicon.unitWords.get(k)).find(Boolean)) ??
    (counted ? unitIn(counted[1]!, lexicon) : undefined);
  // (`450억 엔이면 달러로 얼마`: the currency of the amount given, another asked after it, is not the one asked)
  const given =
    isCurrency(unitHere) &&
    closedBy(token.surface, lexicon.conditionalEndings) &&
    tokens.slice(i + 1).some((t) => t.keys.some((k) => isCurrency(lexicon.unitWords.get(k))));
  if (given) return;
  if (counted && token.surface.length <= 6) {
    state.types.add('amount');
    roles[i] = 'question';
    // `몇조`, `몇억`: sizes of money.
    if (!unitHere && /[억조]/.test(token.surface)) state.unit ??= 'money';
  }
  // `몇 조 엔`, `몇 조원이에요`: the size and unit after the question word belong to the question.
  const rest = MAGNITUDE.exec(token.surface)?.[1] ?? token.surface;
  if (rest.length < token.surface.length && roles[i - 1] === 'question') {
    roles[i] = 'question';
    // `몇 조야`: a size of money when no unit follows it.
    state.unit ??= unitIn(rest, lexicon) ?? (/^[억조]/.test(token.surface) ? 'money' : undefined);
  }
  // A currency to count in (`한국돈으로`, `원화로`) is a unit wherever it stands.
  const currency =
    isCurrency(unitHere) &&
    token.surface.length >= 2 &&
    // `in yen`, `in won`: asked in it, even when the facts use the word.
    (!vocabulary.hasWord(token.surface) ||
      tokens[i - 1]?.surface === 'in' ||
      (tokens[i - 2]?.surface === 'in' && lexicon.demonyms.has(tokens[i - 1]!.surface)));
  if (unitHere && (currency || roles[i] === 'question' || roles[i - 1] === 'question')) {
    state.unit ??= unitHere;
    roles[i] ??= 'question';
  }
  // `14만 명이라고?`, `50곳이죠?`: the unit of a figure claimed, after its number (and size).
  const counts = unitHere === 'people' || unitHere === 'organizations';
  const number = (at: number) => /^[0-9]+$/.test(tokens[at]?.surface ?? '');
  const sized = (at: number) => {
    const size = tokens[at]?.surface ?? '';
    return size !== '' && MAGNITUDE.exec(size)?.[1] === '' && number(at - 1);
  };
  if (counts && (number(i - 1) || sized(i - 1))) state.unit ??= unitHere;
}

/** A word for where in the article (`마지막`, `end`) just before or after a word for it is filler. */
function readArticlePart(state: ReadingState, at: number, length: number): void {
  const { tokens, roles } = state;
  for (let i = Math.max(0, at - 3); i <= Math.min(tokens.length - 1, at + length + 1); i++)
    for (const part of state.lexicon.articleParts) {
      if (!matchesAt(tokens, i, part)) continue;
      for (let j = i; j < i + part.length; j++) roles[j] ??= 'filler';
      state.articlePart ??= state.lexicon.articleEnds.get(part.join(' '));
    }
}

/** Words for the article itself (`이 글`, `기사`, `article`) and words that refer back (`거기`, `they`). */
function readArticleWordsAndAnaphora(state: ReadingState): void {
  // (what the answer is for, `…요약 ㄱㄱ 발표에 쓸거`, first: its words are not the article's fields)
  readPurpose(state);
  const { tokens, lexicon, roles } = state;
  // (the words of a longer phrase are no shorter one of their own: `이 글 쓴 사람` is the author, not the article)
  let coveredUntil = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (state.asides.has(i)) continue;
    const matched = lexicon.articlePhrases.filter(({ phrase }) => matchesAt(tokens, i, phrase));
    const longest = Math.max(0, ...matched.map(({ phrase }) => phrase.length));
    for (const { field, phrase } of matched) {
      if (i < coveredUntil || (phrase.length < longest && longest > 2)) continue;
      state.articleFields.add(field);
      // (`what time`, `time stamp`: words that together ask when it was posted)
      if (field === 'date' && phrase.length > 1)
        for (let j = i; j < i + phrase.length; j++) roles[j] ??= 'question';
      // `글 마지막에`, `글쓴이 마지막에`, `the end of the article`: where in it, said beside the article or
      // its author, asks nothing
      if (field === 'article' || field === 'author') readArticlePart(state, i, phrase.length);
    }
    if (longest > 2) coveredUntil = Math.max(coveredUntil, i + longest);
    for (const phrase of lexicon.anaphora) {
      // (`한국 IT`: an acronym typed in capitals points at nothing)
      if (!matchesAt(tokens, i, phrase) || state.acronyms.has(tokens[i]!.surface)) continue;
      // (`does it say`, `does it mention`: it is the article, not something said before)
      if (
        isSubjectThing(tokens[i]!.surface, lexicon) &&
        tokens[i + 1]?.keys.some((k) => lexicon.articleSayVerbs.has(k))
      )
        continue;
      // (nor the pronoun of a phrase that asks which, nor one's own after it: `the one that moved its HQ`,
      // `which company moved its HQ`)
      if (phrase.length === 1 && state.roles[i] === 'question') continue;
      const ofAsked =
        lexicon.englishGrammar.ownPronouns.has(tokens[i]!.surface) &&
        state.types.has('which') &&
        tokens.some((t, j) => j < i && t.part === tokens[i]!.part && state.roles[j] === 'question');
      if (ofAsked) continue;
      // In the question (decided below, once it is known which parts ask).
      state.referringParts.add(tokens[i]!.part);
      for (let j = i; j < i + phrase.length; j++) roles[j] ??= 'filler';
    }
  }
}

/** `it`: a word that points back at a thing and can be a verb's subject (not `that`, nor `he`). */
export function isSubjectThing(word: string, lexicon: Lexicon): boolean {
  return lexicon.englishGrammar.subjectPronouns.has(word) && lexicon.referring.thing.test(word);
}

/** A time relative to now (`작년`, `last year`) is asked about: the article must say it. */
function readRelativeTimes(state: ReadingState): void {
  const { tokens, lexicon, roles, heads } = state;
  for (let i = 0; i < tokens.length; i++) {
    const phrase = lexicon.relativeTimes.find((p) => matchesAt(tokens, i, p));
    if (!phrase) continue;
    // (`원래 뭐하는 회사`: what it basically is, no time asked of; `원래 뭐 하던 사람`, what one did then)
    const former = phrase.length === 1 && lexicon.formerTimes.words.has(phrase[0]!);
    // (in its own sentence: `… 제공한다고 했던 것 같은데` after it says what was said, not done then)
    const then = tokens.some(
      (t) => !t.background && t.part === tokens[i]!.part && lexicon.formerTimes.doneThen.has(t.surface),
    );
    if (former && !then && !['place', 'time', 'amount', 'person'].some((t) => state.types.has(t as never))) {
      roles[i] = 'filler';
      continue;
    }
    // A phrase is named as typed (`기사 나온 뒤에`), and read as the lexicon's.
    heads[i] =
      phrase.length === 1
        ? phrase[0]!
        : tokens
            .slice(i, i + phrase.length)
            .map((t) => t.surface)
            .join(' ');
    state.relativeAt.set(i, phrase.join(' '));
    roles[i] = 'topic';
    for (let j = i + 1; j < i + phrase.length; j++) roles[j] = 'filler';
  }
}

/** `일본 말고 …`, `besides Rebellions, …`: that one is set apart. */
function readExclusions(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  for (let i = 0; i < tokens.length; i++) {
    const after = lexicon.excludeAfter.find((p) => matchesAt(tokens, i, p));
    if (after && i > 0) {
      // (what is set apart is the thing, past the words that make it one: `세금 깎아주는 거 말고` → 세금)
      let at = i - 1;
      while (
        at > 0 &&
        (lexicon.dependentNouns.has(tokens[at]!.surface) ||
          readVerb(lexicon.grammar, tokens[at]!.surface).length > 0)
      )
        at--;
      state.excluded.add(at);
      // (and the names joined to it: `구글이랑 마소 말고`, `MS랑 구글 말고`, the particle apart from a Latin name)
      for (let k = at - 1; k >= 0; k--) {
        const word = tokens[k]!.surface;
        const apart = k > 0 && lexicon.nounJoinEndings.includes(word);
        if (apart && state.vocabulary.isName(tokens[k - 1]!.surface)) state.excluded.add(--k);
        else if (joinedName(state, word)) state.excluded.add(k);
        else break;
      }
      for (let j = i; j < i + after.length; j++) roles[j] = 'filler';
    }
    // (`한국이 아니라 어느 나라`: the subject denied is set apart)
    const denied = tokens[i - 1]?.surface ?? '';
    if (
      lexicon.excludeNotSubject.has(tokens[i]!.surface) &&
      lexicon.particles.subject.some((p) => denied.length > p.length && denied.endsWith(p)) &&
      state.vocabulary.isName(denied.slice(0, -1))
    ) {
      state.excluded.add(i - 1);
      roles[i] = 'filler';
    }
    const before = lexicon.excludeBefore.find((p) => matchesAt(tokens, i, p));
    if (before && i + before.length < tokens.length) {
      state.excluded.add(i + before.length);
      // (and the names joined after it: `besides Korea and Japan`)
      for (let k = i + before.length + 1; k + 1 < tokens.length; k += 2) {
        const joined = lexicon.questionJoinWords.includes(tokens[k]!.surface.toLowerCase());
        if (!joined || !state.vocabulary.isName(tokens[k + 1]!.surface)) break;
        state.excluded.add(k + 1);
      }
      for (let j = i; j < i + before.length; j++) roles[j] = 'filler';
    }
  }
}

/** A name with a particle that joins it to the next (`구글이랑`, `MS와`). */
function joinedName(state: ReadingState, word: string): boolean {
  const ending = state.lexicon.nounJoinEndings.find((e) => word.length > e.length && word.endsWith(e));
  return !!ending && state.vocabulary.isName(word.slice(0, -ending.length));
}

/** Equivalent words: a phrase of a set at this position stands for every word of the set. */
function readEquivalentWords(state: ReadingState): void {
  const { tokens, lexicon, vocabulary, roles, forms } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (roles[i] === 'filler') continue;
    for (const index of lexicon.setsStartingWith(tokens[i]!.keys)) {
      const set = lexicon.sets[index]!;
      // A phrase never swallows a name after its first word (`heading to Japan` keeps Japan); the longest
      // one that matches is read (`set up shop`, not `set up`).
      const matched = set
        .filter(
          (phrase) =>
            matchesAt(tokens, i, phrase) &&
            tokens.slice(i + 1, i + phrase.length).every((t) => !vocabulary.isName(t.surface)),
        )
        .reduce<Phrase | undefined>((a, b) => (!a || b.length > a.length ? b : a), undefined);
      if (!matched) continue;
      for (let j = i + 1; j < i + matched.length; j++) roles[j] ??= 'filler';
      if (matched.length > 1) state.phraseStarts.add(i);
      for (const phrase of set) forms[i]!.push(...searchForms(phrase));
    }
  }
}

/** `리드용으로`, `슬라이드용`: a noun and 용, the noun no word of the article's, says what the answer is for. */
function usedFor(surface: string, lexicon: Lexicon, vocabulary: Vocabulary): boolean {
  const noun = lexicon.usedFor.exec(surface)?.[1];
  return (
    noun !== undefined &&
    !vocabulary.hasWord(surface) &&
    !vocabulary.hasWord(noun) &&
    !vocabulary.isName(noun) &&
    !vocabulary.resemblesName(noun)
  );
}

/** Words that say nothing of what is asked: fillers, chat noise, units of numbers, lone particles. */
function readFillers(state: ReadingState, boundDigits: ReadonlySet<string>): void {
  const { tokens, roles } = state;
  // (several words that say nothing together: `쓰여 있었지`, `bullet points`)
  for (let i = 0; i < tokens.length; i++)
    for (const phrase of state.lexicon.fillerPhrases)
      if (matchesAt(tokens, i, phrase) && roles.slice(i, i + phrase.length).every((r) => !r))
        for (let j = i; j < i + phrase.length; j++) roles[j] = 'filler';
  // (not the first word of a phrase of the lexicon's: `in the process of` means pursuing)
  for (let i = 0; i < tokens.length; i++)
    if (!roles[i] && !state.phraseStarts.has(i) && isFiller(state, i, boundDigits)) roles[i] = 'filler';
}

/**
 * `for our JP guildmate: what share …`, `… in english for jun?`: whom the message is for, words the
 * article does not know after `for` (and a possessive), at the start of a sentence or closing one, are
 * said aside.
 */
function readBeneficiary(state: ReadingState): void {
  const { tokens, lexicon, roles, vocabulary } = state;
  const { beneficiary, possessives } = lexicon.englishGrammar;
  const unknown = (t: Token) =>
    !vocabulary.hasWord(t.surface) && !vocabulary.isName(t.surface) && !t.keys.some((k) => lexicon.knows(k));
  tokens.forEach((token, i) => {
    if (!beneficiary.has(token.surface) || roles[i] === 'question') return;
    let end = i + 1;
    while (possessives.has(tokens[end]?.surface ?? '') && tokens[end]!.part === token.part) end++;
    const from = end;
    // (after the asker's possessive, a longer phrase, which may hold the article's words)
    const owned = from > i + 1 && lexicon.selfWords.has(tokens[i + 1]!.surface);
    while (
      end < tokens.length &&
      end - from < (owned ? 4 : 3) &&
      tokens[end]!.part === token.part &&
      (/^[a-z]+$/.test(tokens[end]!.surface) || (owned && vocabulary.hasWord(tokens[end]!.surface))) &&
      roles[end] !== 'question'
    )
      end++;
    const opens = i === 0 || tokens[i - 1]!.part !== token.part;
    const closes = end === tokens.length || tokens[end]!.part !== token.part || roles[end] === 'question';
    // (not the article's own words: `why does that matter for the AI startups?`; but the asker's own, `for
    // my boss`, `for our Tokyo-based recruiting partner`, are the asker's whatever words they are)
    const phrase = tokens.slice(from, end);
    if (
      phrase.length === 0 ||
      !(owned || (phrase.some(unknown) && !phrase.some((t) => vocabulary.hasWord(t.surface)))) ||
      !(opens || closes)
    )
      return;
    roles[i] = 'filler';
    for (let j = i + 1; j < end; j++) {
      roles[j] = 'filler';
      state.asides.add(j);
    }
  });
}

/**
 * `올거나이즈 대표 성함 자막에 넣어야 돼서 누구야`, `보고서에 붙일 거라서 핵심만 정리해`: what the asker must or
 * will do (the verb of must closed by `돼서`, a verb closed by `거라서`, and the words it takes with a
 * particle of place, means or object before it) is why they ask, no part of it.
 */
function readObligation(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  const { place, means, object } = lexicon.particles;
  const taken = [...place, ...means, ...object];
  tokens.forEach((token, i) => {
    const { words, after, afterVerb, since } = lexicon.obligedBecause;
    // (`본사까지 일본으로 옮겼다길래 뭐하는 덴지 궁금해짐`: what made the asker wonder, from the start of its
    // sentence; not a clause that asks, `뭘 해줬길래`, nor one that closes the sentence, `어떤 고객사 잡았길래?`)
    const clause = tokens.filter((t, j) => j <= i && t.part === token.part);
    const wonders =
      tokens[i + 1]?.part === token.part &&
      since.some((e) => token.surface.endsWith(e) && token.surface.length > e.length) &&
      !clause.some((t) => asksByWord(t, lexicon));
    if (wonders) {
      for (let j = i; j >= 0 && tokens[j]!.part === token.part; j--) {
        roles[j] = 'filler';
        state.asides.add(j);
      }
      return;
    }
    const before = tokens[i - 1]?.surface ?? '';
    const obliged = words.has(token.surface) && after.some((e) => before.endsWith(e));
    // (`붙일 거라서`: what the asker will do with the answer)
    const intended =
      i > 0 && afterVerb.has(token.surface) && verbBeforeNoun(tokens[i - 1]!, lexicon, state.vocabulary);
    if (i === 0 || !(obliged || intended)) return;
    // (`출처 어디로 돼 있어? 각주 달아야 해서`: a sentence of its own, all of it)
    const whole =
      tokens[i + 1]?.part !== token.part &&
      !tokens.some((t, j) => t.part === token.part && asks(state, t, j));
    for (
      let j = i;
      j >= 0 &&
      (j >= i - 1 || closedBy(tokens[j]!.surface, taken) || (whole && tokens[j]!.part === token.part));
      j--
    ) {
      roles[j] = 'filler';
      state.asides.add(j);
    }
  });
}

/** Whether a token asks: a question word, or an interrogative. */
const asks = (state: ReadingState, token: Token, i: number) =>
  state.roles[i] === 'question' || token.keys.some((k) => state.lexicon.interrogatives.has(k));

/**
 * `CEO name? hangul pls, need to search slack`, `… bc I need it for class`: the asker's need (one of
 * `needs`, after a word of reason and a subject pronoun, to the end of its sentence, asking nothing), after
 * what is asked, says why they ask; none of it is part of the question.
 */
function readAskerNeed(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  const { needs, reasonOpeners, subjectPronouns } = lexicon.englishGrammar;
  const need = tokens.findIndex((t, i) => i > 0 && needs.has(t.surface));
  if (need < 0) return;
  let start = need;
  while (start > 0 && subjectPronouns.has(tokens[start - 1]!.surface)) start--;
  while (start > 0 && reasonOpeners.has(tokens[start - 1]!.surface)) start--;
  const { part } = tokens[need]!;
  const span = tokens.flatMap((t, i) => (i >= start && t.part === part ? [i] : []));
  if (span.some((i) => asks(state, tokens[i]!, i))) return;
  // (after what is asked: `I need the CEO's name` asks it)
  if (!tokens.some((_, i) => i < start && roles[i] !== 'filler')) return;
  for (const i of span) {
    roles[i] = 'filler';
    state.asides.add(i);
  }
}

/**
 * `…나온다고 PPT에 적었는데 괜찮죠?`, `…나와 있죠? 슬라이드에 그렇게 적었어요`: where the asker wrote the claim,
 * and whether that will do, are no part of the question; the claim before is what is checked.
 */
function readOwnWriting(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  const { documents, verbs, confirm } = lexicon.ownWriting;
  const { place } = lexicon.particles;
  tokens.forEach((token, i) => {
    if (i === 0 || !token.keys.some((k) => documents.has(k))) return;
    // (the particle typed on, `슬라이드에`, or after a Latin word as a token of its own, `PPT에`)
    let at = i;
    if (!closedBy(token.surface, place)) {
      if (!place.includes(tokens[i + 1]?.surface ?? '')) return;
      at = i + 1;
    }
    if (tokens[at + 1] && lexicon.fillers.has(tokens[at + 1]!.surface)) at++;
    const verb = tokens[at + 1];
    if (!verb || !verbs.some((v) => verb.surface.startsWith(v))) return;
    let end = at + 1;
    if (tokens[end + 1]?.keys.some((k) => confirm.has(k))) end++;
    for (let j = i; j <= end; j++) {
      roles[j] = 'filler';
      state.asides.add(j);
    }
  });
}

/** Question types asked by a word that is itself a request (`정리좀`, `요약`, `목록`). */
const SUMMING: ReadonlySet<QuestionType> = new Set(['summary', 'list']);

/**
 * `작성일이랑 작성자 알려줘 메모에 출처 달게`: after a request, a verb closed by `게` says what the answer is
 * for; it and the words after the request are no part of the question.
 */
function readPurpose(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  const last = tokens.length - 1;
  const closing = tokens[last];
  if (
    !closing ||
    !isHangulSyllables(closing.surface) ||
    closing.keys.some((k) => lexicon.interrogatives.has(k))
  )
    return;
  const ending = lexicon.obligedBecause.purpose.find(
    (e) => closing.surface.length > e.length && closing.surface.endsWith(e),
  );
  // (a verb: one the lexicon knows, or a word the article does not use, `달게`)
  const verb =
    readVerb(lexicon.grammar, closing.surface).length > 0 || !state.vocabulary.hasWord(closing.surface);
  if (!(ending && verb) && !willDo(state, last) && !forUseOrDoing(state, last)) return;
  // (or a word that asks a summary or a list, `정리좀`, `요약 ㄱ`)
  const sums = (t: Token) =>
    lexicon.questionPhrasesStartingWith(t.keys).some((q) => q.phrase.length === 1 && SUMMING.has(q.type));
  const request = tokens.findLastIndex(
    (t, i) => i < last && t.part === closing.part && (closedByRequest(t.surface, lexicon) || sums(t)),
  );
  if (request < 0) return;
  for (let j = request + 1; j <= last; j++) {
    roles[j] = 'filler';
    state.asides.add(j);
  }
}

/** `발표 도입부에 쓸거`, `보고서에 넣을 거야`: the message closes on what the asker will do (a verb in ㄹ and 거). */
function willDo(state: ReadingState, last: number): boolean {
  const { surface } = state.tokens[last]!;
  const noun = state.lexicon.obligedBecause.willDo.find((e) => surface.endsWith(e));
  if (noun === undefined) return false;
  const before =
    surface.length > noun.length ? surface.slice(0, -noun.length) : (state.tokens[last - 1]?.surface ?? '');
  return before.length > 0 && isHangulSyllables(before) && closesOn(before.at(-1), 'l');
}

/**
 * `케이스 발표용임`, `퀴즈 정답지 만드는중`: the message closes on what the answer is for (a noun and 용) or on
 * what the asker is doing now (a verb and 중).
 */
function forUseOrDoing(state: ReadingState, last: number): boolean {
  const { surface } = state.tokens[last]!;
  const { forUse, doingNow } = state.lexicon.obligedBecause;
  const use = forUse.find((e) => surface.length > e.length + 1 && surface.endsWith(e));
  if (use) return isHangulSyllables(surface);
  const now = doingNow.find((e) => surface.endsWith(e));
  if (now === undefined) return false;
  const before =
    surface.length > now.length ? surface.slice(0, -now.length) : (state.tokens[last - 1]?.surface ?? '');
  return before.length > 1 && isHangulSyllables(before) && readVerb(state.lexicon.grammar, before).length > 0;
}

/**
 * `법인세 감면은 누가 받아?`, `누구한테 적용돼?`: who, with a verb of getting what is offered right after it, asks
 * whom the offer is for (a kind of company), not a person.
 */
function readEligibility(state: ReadingState): void {
  const { tokens, lexicon, roles, types } = state;
  if (!types.has('person')) return;
  const gets = tokens.some(
    (t, i) =>
      roles[i] === 'question' &&
      [t.surface, ...t.keys].some((k) => lexicon.eligibility.askers.has(k)) &&
      !!tokens[i + 1]?.keys.some((k) => lexicon.eligibility.verbs.has(k)),
  );
  if (!gets) return;
  types.delete('person');
  types.add('which');
}

/**
 * `한국 출신 AI 회사`: a word for where something comes from, after a name and before the noun it describes,
 * describes the answer; it asks nothing of its own.
 */
function readOrigin(state: ReadingState): void {
  const { tokens, lexicon, roles, vocabulary } = state;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next || i === 0 || !token.keys.some((k) => lexicon.originWords.has(k))) return;
    if (!vocabulary.isName(tokens[i - 1]!.surface) || roles[i + 1] === 'question') return;
    roles[i] = 'filler';
  });
}

/** `어디까지 갔어?`, `어디까지 진행했는지`: how far along it is, which its stage answers; no place asked. */
function readHowFar(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  const { words, verbs } = lexicon.howFar;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next || !words.some((w) => token.surface.startsWith(w))) return;
    if (!next.keys.some((k) => verbs.has(k))) return;
    roles[i] = 'filler';
    roles[i + 1] = 'filler';
    state.types.delete('place');
  });
}

/**
 * `창업자 관점에서`, `정책 연구하는 입장에서 보면`, `from an investor's perspective`: whose eyes the question
 * is asked through is no part of what is asked. The word is a filler; who holds it (up to three words
 * before, but a name of the article's: `리벨리온 입장에서`) is background, and so is `보면` after it.
 */
function readStandpoint(state: ReadingState): void {
  const { tokens, lexicon, roles, vocabulary } = state;
  tokens.forEach((token, i) => {
    const word = [...lexicon.standpoints.words].find((w) => token.surface.startsWith(w));
    const korean = word !== undefined && lexicon.standpoints.particles.has(token.surface.slice(word.length));
    const from = tokens.slice(Math.max(0, i - 4), i).findIndex((t) => t.surface === 'from');
    const english = lexicon.standpoints.words.has(token.surface) && from >= 0;
    if (!korean && !english) return;
    // (`기업 입장에서는 당연한 선택`: the article's own words for whose eyes, which it answers)
    const holder = tokens[i - 1];
    if (word && vocabulary.hasWord(word) && holder?.keys.some((k) => vocabulary.hasWord(k))) return;
    roles[i] = 'filler';
    // (`누구 입장에서 장점이래`: whose eyes asked is the party the fact says it of, no person asked for)
    if (korean && roles[i - 1] === 'question') state.types.delete('person');
    const start = english ? Math.max(0, i - 4) + from : Math.max(0, i - 3);
    for (let j = i - 1; j >= start && tokens[j]!.part === token.part; j--) {
      if (vocabulary.isName(tokens[j]!.surface) || roles[j] === 'question') break;
      state.asides.add(j);
    }
    if (korean && lexicon.standpoints.after.has(tokens[i + 1]?.surface ?? '')) roles[i + 1] = 'filler';
  });
}

/** An adverb made of a noun of two syllables or more (`결과적으로`, `전반적으로`). */
const isAdverb = (word: string, lexicon: Lexicon) =>
  // (not one that asks something: `결론적으로` the conclusion, `개인적으로` an opinion)
  !lexicon.adverbEndings.meaningful.has(word) &&
  ((isHangulSyllables(word) &&
    lexicon.adverbEndings.words.some((e) => word.length >= e.length + 2 && word.endsWith(e))) ||
    // (`so aggressively`, `eagerly`: how, in English, of a word the article does not use)
    (/^[a-z]{7,}$/.test(word) && lexicon.adverbEndings.english.some((e) => word.endsWith(e))));

/**
 * The numbers a question gives, to be found in the answer: not those of the background (`3학년인데 …` says
 * who asks, nothing of the answer), a lower bound's, a span's or a count of items asked; and amounts in
 * words (`절반`, `half`), checked like a number.
 */
function numbersGiven(
  state: ReadingState,
  terms: readonly Term[],
  boundDigits: ReadonlySet<string>,
  spans: ReadonlySet<number>,
): string[] {
  const { tokens, lexicon } = state;
  return [
    ...tokens
      .filter(
        (t, i) =>
          /^[0-9]+$/.test(t.surface) &&
          !boundDigits.has(t.surface) &&
          !spans.has(i) &&
          !state.itemCounts.has(i) &&
          !terms[i]?.background,
      )
      .map((t) => t.surface),
    ...tokens.flatMap((t) => t.keys.filter((k) => lexicon.quantities.some((q) => q.join(' ') === k))),
  ];
}

function isFiller(state: ReadingState, i: number, boundDigits: ReadonlySet<string>): boolean {
  const { tokens, lexicon, vocabulary, forms } = state;
  const token = tokens[i]!;
  if (state.acronyms.has(token.surface)) return false;
  return (
    // `결과적으로`: how it is said, unless the article says it so (`상대적으로 쉽다`).
    (isAdverb(token.surface, lexicon) && !vocabulary.hasWord(token.surface)) ||
    (token.keys.some((k) => lexicon.fillers.has(k) || lexicon.companyNouns.has(k)) &&
      // `나이가` is 나이, not the filler 나.
      !token.keys.some((k) => lexicon.commonNouns.has(k)) &&
      // A word the facts use stays a word, unless it is a filler verb's form (`있는`, `하는`).
      (!vocabulary.hasWord(token.surface) ||
        token.keys.some((k) => k.endsWith('다') && k !== token.surface && lexicon.fillers.has(k)))) ||
    (isLatinWord(token.surface) && token.surface.length === 1) ||
    // (an English filler closing its sentence, `who wrote it again?`, even one the facts use: `once again`;
    // in Korean a word that asks again with only fillers after it, `대표 이름 다시 한번만`)
    (isLatinWord(token.surface) &&
      lexicon.fillers.has(token.surface) &&
      (i === tokens.length - 1 || tokens[i + 1]!.part !== token.part)) ||
    (isHangulSyllables(token.surface) &&
      lexicon.fillers.has(token.surface) &&
      lexicon.referring.again.test(token.surface) &&
      i > 0 &&
      tokens
        .slice(i + 1)
        .every((t) => t.part === token.part && t.keys.some((k) => lexicon.fillers.has(k)))) ||
    // `Korean won`: a people's name before a currency names the currency, not the country.
    (lexicon.demonyms.has(token.surface) &&
      !!tokens[i + 1]?.keys.some((k) => isCurrency(lexicon.unitWords.get(k)))) ||
    // `같이 일하는 데 몇 군데`: a one-syllable word for a party after a verb says who, not what.
    (token.surface.length === 1 &&
      lexicon.partyNouns.has(token.surface) &&
      !!tokens[i - 1] &&
      isPredicate(tokens[i - 1]!, lexicon, vocabulary)) ||
    // `어떤 단계야?`, `what stage`: a stage asked with which is what the fact says it is doing.
    // (not one done something to, `어떤 단계를 건너뛰어`: what is done is of it)
    (token.keys.some((k) => lexicon.stageWords.has(k)) &&
      !!tokens[i - 1]?.keys.some((k) => lexicon.interrogatives.has(k)) &&
      !closedBy(token.surface, lexicon.particles.object)) ||
    // `소제목 그대로`, `어떤 맥락으로`, `발언을 인용해`: of the article's text, which its passage shows.
    token.keys.some((k) => lexicon.textWords.has(k)) ||
    // `지금`, `요즘`, `now`: when it is asked, which the article's present answers.
    lexicon.nowWords.some((phrase) => phrase.length === 1 && token.keys.includes(phrase[0]!)) ||
    // `리드용으로`: what the answer is for, a noun the article does not use.
    usedFor(token.surface, lexicon, vocabulary) ||
    // `AI 반도체 스타트업이라고 소개된 회사`: a word of mention after what it is called says how the article
    // presents it, not a profile asked.
    (token.keys.some((k) => lexicon.mentionVerbs.has(k)) &&
      isHangulSyllables(token.surface) &&
      closedBy(tokens[i - 1]?.surface ?? '', lexicon.quotativeEndings)) ||
    // `법인이든 오피스든`: either, it does not matter which; neither narrows what is asked.
    regardless(tokens, i, lexicon) ||
    // Laughter, tears and chat noise (`ㅋㅋㅋ`, `ㅠㅠ`, `ㄷㄷ`, `lol`) say nothing.
    LAUGHTER.test(token.surface) ||
    /^([ㄱ-ㅎㅏ-ㅣ])\1*$/.test(token.surface) ||
    // (a token's keys hold its surface, and the placeholder an ending was typed onto: `뭐시기였는데`)
    token.keys.some((k) => lexicon.chatNoise.has(k)) ||
    // `How much have they invested`, `which companies have`: `have` after what asks is tense, not having.
    (lexicon.englishGrammar.perfect.has(token.surface) &&
      tokens.slice(0, i).some((t) => ENGLISH_QUESTION_WORD.test(t.surface)) &&
      !!tokens[i + 1] &&
      !lexicon.englishGrammar.objectDeterminers.has(tokens[i + 1]!.surface)) ||
    // `the two countries`: a number in words that counts what is named, not a figure.
    lexicon.numberWords.has(token.surface) ||
    // `40만 넘게`: a bound, checked against the figures, not a word to find.
    boundDigits.has(token.surface) ||
    // One syllable on its own says little, unless the lexicon counts it a word of a set (`칩`).
    (isHangulSyllables(token.surface) &&
      token.surface.length === 1 &&
      !vocabulary.hasWord(token.surface) &&
      forms[i]!.length === 0) ||
    // The unit of a number (`41만명`, `2318억원`): the number is the word.
    (/^[0-9]/.test(tokens[i - 1]?.surface ?? '') && lexicon.grammar.numberUnit.test(token.surface)) ||
    // A particle on its own, split off a Latin word or a number (`AI에서` → `ai`, `에서`).
    lexicon.grammar.nounEndings.includes(token.surface)
  );
}

/** The word and one beside it are each closed by an ending that says it does not matter which (`…이든 …든`). */
function regardless(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const closed = (t: Token | undefined) =>
    !!t &&
    isHangulSyllables(t.surface) &&
    lexicon.regardlessEndings.some((e) => t.surface.length > e.length + 1 && t.surface.endsWith(e));
  return closed(tokens[i]) && (closed(tokens[i - 1]) || closed(tokens[i + 1]));
}

/**
 * `빅테크 일본 투자 총액 알려줘`, `보조금 액수 좀`: a request with no question word, for a noun that is
 * measured (`총액`, `투자액`, `감면율`), asks how much.
 */
/** `얼마나 쉬운지 수치로 나와있어?`, `숫자로 보여줘`: asked in figures, a figure is what answers. */
function askedInFigures(state: ReadingState): boolean {
  const { tokens, lexicon, roles } = state;
  const figures = lexicon.listKinds.get('figures');
  return (
    state.language === 'ko' &&
    tokens.some(
      (t, i) =>
        !t.background &&
        roles[i] !== 'question' &&
        closedBy(t.surface, lexicon.particles.means) &&
        t.keys.some((k) => figures?.has(k)),
    )
  );
}

function readMeasureAsked(state: ReadingState): void {
  const { tokens, lexicon, roles, types } = state;
  if (askedInFigures(state)) types.add('amount');
  if (types.size > 0 || state.language !== 'ko') return;
  const asked = tokens.findLastIndex((_, i) => roles[i] !== 'filler');
  const last = tokens[asked];
  if (!last) return;
  // (`개발자 수 알려줘`: the count of a noun, its word for count read as a filler)
  const counted =
    roles[asked] !== 'predicate' && lexicon.countNouns.has(tokens[asked + 1]?.surface ?? '') && asked + 1;
  const measured =
    counted !== false ||
    last.keys.some(
      (k) =>
        lexicon.measureNouns.has(k) ||
        lexicon.unitSuffixes.some((u) => k.length > u.suffix.length && k.endsWith(u.suffix)),
    );
  const requested = tokens
    .slice(counted === false ? asked + 1 : counted + 1)
    .some((t) => lexicon.requestEndings.some((e) => t.surface.endsWith(e)));
  if (measured && requested) types.add('amount');
}

/**
 * `리벨리온 첫 해외법인 위치?`, `올거나이즈 상장 시점 알려줘`, `Allganize HQ location?`: no question word, the
 * last word a noun that names the kind of answer (where, when), closed by a question mark or a request.
 */
function readKindAsked(state: ReadingState, raw: string): void {
  const { tokens, lexicon, roles, types } = state;
  // (`what is the subsidy amount`: `what is` asks what the last noun says, here an amount)
  const profileOnly = types.size === 1 && types.has('profile');
  const asked = tokens.findLastIndex((_, i) => roles[i] !== 'filler');
  const kindLast = !!tokens[asked]?.keys.some((k) => isKindNoun(k.toLowerCase(), lexicon));
  if (types.size > 0 && !profileOnly) {
    if (kindLast) readKindJoined(state, asked);
    return;
  }
  const last = tokens[asked];
  if (!last || last.background) return;
  // (or a message of nouns alone, typed to the bot as a search: `리벨리온 첫 해외법인 위치`)
  const nounsAlone =
    state.language === 'ko' &&
    tokens.length >= 2 &&
    tokens.every((t, i) => roles[i] !== 'predicate' && !t.background);
  const requested =
    profileOnly ||
    nounsAlone ||
    /[?？]\s*$/.test(raw.trim()) ||
    tokens.slice(asked + 1).some((t) => lexicon.requestEndings.some((e) => t.surface.endsWith(e)));
  if (!requested) return;
  // (a word of its own, `위치`, `시점`: not the bound `데` of `어떤데`)
  for (const kind of profileOnly ? (['place', 'time', 'amount'] as const) : (['place', 'time'] as const))
    if (namesKind(last.keys, kind, lexicon)) {
      types.add(kind);
      types.delete('profile');
    }
  if (types.size > 0) readKindJoined(state, asked);
}

/** One of a word's forms, of two letters or more, names this kind of answer (`위치` where, `기한` when). */
const namesKind = (keys: readonly string[], kind: KindType, lexicon: Lexicon) =>
  keys.some((k) => k.length >= 2 && lexicon.kindNouns.get(kind)?.has(k.toLowerCase()));

/**
 * `감면율이랑 기한`, `위치랑 시기`: the noun joined to the kind asked last names a kind asked too (a rate asks
 * a share in percent).
 */
function readKindJoined(state: ReadingState, asked: number): void {
  const { tokens, lexicon, types } = state;
  const joined = tokens[asked - 1];
  if (!joined || joined.background || !closedBy(joined.surface, lexicon.particles.with)) return;
  const stems = joined.keys.filter((k) => k.length >= 2 && k !== joined.surface);
  for (const kind of ['place', 'time', 'amount'] as const)
    if (namesKind(stems, kind, lexicon)) types.add(kind);
  const rate = stems.some(
    (k) =>
      lexicon.unitWords.get(k) === 'percent' ||
      lexicon.rateEndings.some((e) => k.length > e.length && k.endsWith(e)),
  );
  if (rate) {
    types.add('amount');
    state.unit ??= 'percent';
  }
}

/**
 * `몇 년째 돈줄 말라서`: `몇` before a span that goes on (`년째`, `달째`) says for how long, asking nothing.
 */
function readForSomeTime(state: ReadingState): void {
  const { tokens, roles, types } = state;
  let asks = false;
  tokens.forEach((t, i) => {
    if (roles[i] !== 'question') return;
    const next = tokens[i + 1]?.surface ?? '';
    if (
      t.surface === state.lexicon.countWord &&
      state.lexicon.koreanEndings.spans.some((s) => next.startsWith(s))
    ) {
      roles[i] = 'filler';
      roles[i + 1] = 'filler';
    } else asks = true;
  });
  if (!asks && tokens.some((t) => t.surface === state.lexicon.countWord)) types.delete('amount');
}

/** A word in Japanese kana or Chinese characters: a language the article is not written in. */
const FOREIGN_SCRIPT_WORD = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]+/u;

/**
 * `税金 일본어로 어떻게 읽어요?`, `그 회사명 일본어로는 가타카나 어떻게 써요?`, `how do you say it in Japanese`:
 * something asked to be read, said or written in a language the article is not written in (the language
 * in Korean with a particle of means, in English after `in`, and a verb of reading or writing in the message).
 */
function otherLanguageAsked(
  tokens: readonly Token[],
  lexicon: Lexicon,
  asking: readonly number[],
  typed: string,
): string | undefined {
  const { languages, verbs } = lexicon.otherLanguages;
  const inWord = lexicon.englishGrammar.inWords;
  const sentence = (t: Token) => Math.floor(t.part / 100);
  // (in a sentence that asks, not one that tells: `일본어로는 デジタル… 이런 식으로 말하던데`)
  const asks = (t: Token) => !t.background || asking.includes(sentence(t) * 100);
  const at = tokens.findIndex(
    (t, i) =>
      asks(t) &&
      (nounStems(lexicon.grammar, t.surface).some(
        (stem) => languages.has(stem) && lexicon.particles.means.some((p) => t.surface.startsWith(stem + p)),
      ) ||
        (languages.has(t.surface) && inWord.has(tokens[i - 1]?.surface ?? ''))),
  );
  const verb = tokens.some(
    (t) => at >= 0 && sentence(t) === sentence(tokens[at]!) && t.keys.some((k) => verbs.has(k)),
  );
  if (verb) return tokens[at]!.surface;
  // (or a word written in its script, `東京 발음 토쿄가 맞아?`, with a verb of reading in a sentence that
  // asks: how it is read is asked)
  const written = typed.match(FOREIGN_SCRIPT_WORD)?.[0];
  const reads = tokens.some((t) => asks(t) && t.keys.some((k) => verbs.has(k)));
  return written && reads ? written : undefined;
}

/**
 * `근거로 숫자 몇 개 들었던데, 2021년부터 연도별로 얼마였는지 정리 좀`: a clause in the past closed by a
 * background ending reports what the asker heard or saw, when a clause after it asks; its question words
 * (`몇 개`: a few) ask nothing.
 */
function readHeardBefore(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  const parts = [...new Set(tokens.map((t) => t.part))];
  for (const part of parts.slice(0, -1)) {
    const at = tokens.flatMap((t, i) => (t.part === part ? [i] : []));
    const closing = tokens[at.at(-1)!]!;
    const past = PAST.test(closing.surface.slice(0, -2));
    if (!past || !closesAsBackground(closing, lexicon)) continue;
    const later = tokens.some((t, i) => t.part > part && roles[i] === 'question');
    if (!later) continue;
    for (const i of at) {
      if (roles[i] !== 'question') continue;
      roles[i] = 'filler';
      // (nor its counter the unit asked in)
      if (tokens[i]!.keys.some((k) => lexicon.unitWords.get(k) === state.unit)) state.unit = undefined;
    }
  }
}

/**
 * `이랜서가 100만명 보유했다고 상대팀이 그러던데 기사랑 맞아?`: after a clause that quotes a claim, the one or two
 * words before a verb of saying name who told it; they and the verb are no part of what is asked.
 */
function readTeller(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  const { quoteEndings, sayingVerbs } = lexicon.tellers;
  const says = (t: Token) => sayingVerbs.some((v) => t.surface.startsWith(v));
  tokens.forEach((token, i) => {
    if (!closedBy(token.surface, quoteEndings)) return;
    const verb = tokens.findIndex((t, j) => j > i + 1 && j <= i + 3 && says(t));
    // (the teller named with a particle of the one who does: `상대팀이`, `친구가`)
    const teller = tokens.slice(i + 1, verb);
    if (verb < 0 || !teller.some((t) => lexicon.subjectParticles.some((p) => t.surface.endsWith(p)))) return;
    for (let j = i + 1; j <= verb; j++) {
      roles[j] = 'filler';
      state.asides.add(j);
    }
  });
}

/**
 * `What did Allganize do in Japan?`, `What did Upstage open?`, `what does the article say Wrtn did?`: what
 * it did, as `올거나이즈 일본에서 뭐 했어?` asks, not what it is (`what does Allganize do`).
 */
function readWhatItDid(state: ReadingState): void {
  const { tokens, types, roles } = state;
  if (state.language !== 'en' || !types.has('profile')) return;
  const at = tokens.findIndex(
    (t, i) => t.surface === 'what' && /^(did|has|have)$/.test(tokens[i + 1]?.surface ?? ''),
  );
  // (or the deed closing what the article is asked to say: `what does the article say Wrtn did?`)
  const said = tokens.findIndex((t) => t.surface === 'what');
  const closing = tokens.findLastIndex((t) => /^(did|done)$/.test(t.surface));
  const deedSaid = said >= 0 && closing > said + 2 && closing >= tokens.length - 3;
  if (at < 0 && !deedSaid) return;
  types.delete('profile');
  for (const i of at >= 0 ? [at, at + 1] : [said, closing]) roles[i] = 'filler';
}

/**
 * `세우는 중인 회사`, `이미 세운 곳`, `planning to`: whether what is asked of is under way or already done.
 * The words that say so ask nothing else.
 */
function readAspect(state: ReadingState): 'ongoing' | 'done' | undefined {
  const { tokens, lexicon, roles } = state;
  const found = new Set<'ongoing' | 'done'>();
  for (const [kind, phrases] of [
    ['ongoing', lexicon.aspect.ongoing],
    ['done', lexicon.aspect.done],
  ] as const)
    for (let i = 0; i < tokens.length; i++)
      for (const phrase of phrases) {
        // (a word of its own, `중인`, not one that holds it, `중국`)
        if (!matchesAt(tokens, i, phrase) || (phrase.length === 1 && tokens[i]!.surface !== phrase[0]))
          continue;
        found.add(kind);
        if (phrase.length === 1 && isHangulSyllables(phrase[0]!)) roles[i] = 'filler';
      }
  // (`이미 있음? 아님 아직 계획임?` offers both: neither is asked)
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * `추진 중인 회사 세 군데 알려줘`, `대표 두 명`: a list asked by how many items it has. The count and its
 * counter say how many, nothing of what is asked; `몇 군데` asks how many.
 */
function readCountedList(state: ReadingState): void {
  readGroupCounted(state);
  const { tokens, lexicon, roles, types } = state;
  // (`두 나라가 어떻게 달라요`, `the two countries differ`: the two compared; `세 가지 이유 요약해줘`: the
  // three summed up, not listed)
  if (types.has('amount') || types.has('compare')) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const count = tokens[i]!.surface;
    const small = isSmallCount(count, lexicon);
    const counter = tokens[i + 1]!;
    if (!small || !counter.keys.some((k) => lexicon.itemCounters.has(k))) continue;
    const generic = lexicon.genericCounters.has(counter.surface);
    // (`미국 투자 분야 3개`: so many items, closing the message, are what it asks for)
    const closes = tokens
      .slice(i + 2)
      .every((t, j) => t.background || !/^(topic|predicate)$/.test(roles[i + 2 + j] ?? ''));
    if (!types.has('summary') && !generic) types.add('list');
    if (closes) state.countCloses = true;
    state.itemCounts.add(i);
    roles[i] = 'filler';
    // (a counted word that asks keeps asking: `the 3 reasons` asks why, as `the reasons` does)
    if (roles[i + 1] !== 'question') roles[i + 1] = 'filler';
  }
}

/** A small count of things, in digits or a number word (`3`, `세`): two to nine. */
const isSmallCount = (count: string, lexicon: Lexicon): boolean =>
  /^[2-9]$/.test(count) || (lexicon.summaryLineNumbers.get(count) ?? 0) >= 2;

/**
 * `빅테크 3사 일본 투자 총액 얼마임`: a small count of the companies named (`3사`, `세 곳`) in a question of
 * an amount describes the group; it is no figure of the answer's.
 */
function readGroupCounted(state: ReadingState): void {
  const { tokens, lexicon, roles, types } = state;
  if (!types.has('amount') || types.has('yesno')) return;
  const asks = tokens.some((_, i) => roles[i] === 'question');
  for (let i = 0; asks && i + 1 < tokens.length; i++) {
    const count = tokens[i]!.surface;
    const small = isSmallCount(count, lexicon);
    // (the counter joined to what follows, `빅테크 3사랑 투자 총액`: 3사 and)
    const next = tokens[i + 1]!;
    const joined = lexicon.nounJoinEndings.some(
      (e) => next.surface.endsWith(e) && lexicon.groupCounters.has(next.surface.slice(0, -e.length)),
    );
    if (!small || !(joined || next.keys.some((k) => lexicon.groupCounters.has(k)))) continue;
    state.itemCounts.add(i);
    roles[i] = 'filler';
    roles[i + 1] = 'filler';
  }
}

/**
 * `거래하는 한국 회사는?` (a question ending on a word for company), `빅테크는 어디야?`, `회사 누구`:
 * which company.
 */
function readWhichCompany(state: ReadingState): void {
  const { tokens, lexicon, roles, types, vocabulary } = state;
  const isCompanyNoun = (token: Token | undefined) =>
    !!token?.keys.some((k) => lexicon.companyNouns.has(k) || lexicon.companyRoles.has(k));
  const lastToken = tokens.at(-1);
  // (nor one that says what a company named is, `이랜서는 뭐 보유한 회사예요?`, `그 회사는 … 회사야?`: the
  // company is its subject, and what it is is asked)
  const topicMarked = (token: Token) =>
    lexicon.particles.topic.some((p) => token.surface.length > p.length + 1 && token.surface.endsWith(p));
  const named = (i: number) =>
    vocabulary.isName(tokens[i]!.surface) ||
    nounStems(lexicon.grammar, tokens[i]!.surface).some((stem) => vocabulary.isName(stem)) ||
    (isCompanyNoun(tokens[i]) &&
      lexicon.anaphora.some(
        (phrase) => i >= phrase.length - 1 && matchesAt(tokens, i - phrase.length + 1, phrase),
      ));
  const describesNamed = tokens.slice(0, -1).some((t, i) => topicMarked(t) && named(i));
  // (not one closed by a copula that seeks agreement: `노무라증권은 리벨리온 고객이지?` asks yes or no)
  if (
    !describesNamed &&
    lastToken &&
    roles[tokens.length - 1] !== 'question' &&
    isCompanyNoun(lastToken) &&
    !lexicon.koreanEndings.agreement.some((e) => lastToken.surface.endsWith(e)) &&
    nounStems(lexicon.grammar, lastToken.surface).length > 0
  )
    types.add('which');
  tokens.forEach((token, i) => {
    const asks =
      roles[i] === 'question' &&
      token.keys.some((k) => lexicon.askingAfterCompany.some((w) => k.startsWith(w)));
    // `회사 대표는 누구`: the company's CEO is asked for, not which company.
    const titled = !!tokens[i - 1]?.keys.some((k) => lexicon.titleWords.has(k));
    // (or with what was heard of it between: `프리랜서 플랫폼 회사도 일본 간다던데 어디야`)
    const company = tokens.slice(0, i).findLastIndex((t) => isCompanyNoun(t));
    const heardBetween =
      company >= 0 && company < i - 2 && tokens.slice(company + 1, i).every((t) => t.background);
    // (or how many of them and which among them: `기업 50곳 중에 구체적으로 어디어디야`)
    const between = company >= 0 ? tokens.slice(company + 1, i) : [];
    const choosing = (t: Token) => t.keys.some((k) => lexicon.particles.choice.includes(k));
    const among =
      between.some(choosing) &&
      between.every(
        (t) =>
          /^[0-9]+$/.test(t.surface) ||
          choosing(t) ||
          t.keys.some(
            (k) => lexicon.fillers.has(k) || lexicon.itemCounters.has(k) || lexicon.genericCounters.has(k),
          ),
      );
    // (a company noun said of the name before it asks no company: `올거나이즈 라는 회사는 본사를 어디로`)
    const at = isCompanyNoun(tokens[i - 1]) ? i - 1 : isCompanyNoun(tokens[i - 2]) ? i - 2 : -1;
    const quoting = (t: Token | undefined) => lexicon.apposition.some((e) => t?.surface.endsWith(e));
    const link = lexicon.apposition.includes(tokens[at - 1]?.surface ?? '') ? at - 2 : at - 1;
    const apposed = at > 0 && link >= 0 && quoting(tokens[at - 1]) && named(link);
    if (asks && !titled && ((at >= 0 && !apposed) || heardBetween || among)) {
      types.add('which');
      types.delete('place');
    }
  });
  readWhichKindAfterWords(state);
  // (`출처 기관 이름이 뭐야`, `그 회사 이름`: the name of a kind of company asks which, and the kind is no word the
  // fact must say)
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next || roles[i] === 'question' || !isCompanyNoun(token)) return;
    if (!next.keys.some((k) => lexicon.nameNouns.has(k))) return;
    // (not of a company named: `리벨리온 고객사 이름` asks its clients, which the article may not name)
    if (tokens.some((t) => vocabulary.isName(t.surface) || t.keys.some((k) => vocabulary.isName(k)))) return;
    roles[i] = 'filler';
    types.add('which');
  });
}

/**
 * `이랜서 대표는?`, `올거나이즈 CEO?`: a name, then the word for a role in it, closed by a question mark with
 * nothing else said, asks who holds the role.
 */
function readTitleAsked(state: ReadingState, raw: string): void {
  const { tokens, lexicon, roles, types, vocabulary } = state;
  const last = tokens.length - 1;
  const title = tokens[last];
  // (two words and nothing else: not `according to the Allganize CEO?`, which says whose words)
  if (types.size > 0 || last !== 1 || !title || title.background || roles.some((r) => r === 'question'))
    return;
  if (!/[?？]\s*$/.test(raw)) return;
  // (the word alone or with its topic particle: `대표는?`, not closed as a claim, `…올거나이즈 대표죠?`)
  const word = title.surface.toLowerCase();
  const particle = lexicon.particles.topic.find((p) => word.length > p.length && word.endsWith(p));
  const stem = particle ? word.slice(0, -particle.length) : word;
  if (!lexicon.titleWords.has(stem)) return;
  const before = tokens[last - 1]!;
  const named = [before.surface, ...before.keys, ...nounStems(lexicon.grammar, before.surface)].some((w) =>
    vocabulary.isName(w),
  );
  if (named) types.add('person');
}

/**
 * `which korean startup opened a tokyo office?`, `which Korean AI company …`: in English, the company noun
 * up to two words after `which` is the kind asked, as in `which startup`, no word the fact must say.
 */
function readWhichKindAfterWords(state: ReadingState): void {
  const { tokens, lexicon, roles, types } = state;
  if (state.language !== 'en') return;
  // (one company, not a role of one, `Which Japanese clients does Allganize have?` asks for its clients, nor
  // several, `which Korean startups …` asks a list, whose kind the noun is)
  const isCompanyNoun = (token: Token) =>
    !ENGLISH_PLURAL.test(token.surface) && token.keys.some((k) => lexicon.companyNouns.has(k));
  const surfaces = tokens.map((t) => t.surface);
  tokens.forEach((token, i) => {
    if (!isCompanyNoun(token)) return;
    // (a word or two between: right after it, `which startup`, the phrase asks so already)
    const asker = kindAskerBefore(surfaces, roles, i, lexicon);
    if (asker === undefined || i - asker < 2 || tokens[asker]!.part !== token.part) return;
    if (tokens.slice(asker + 1, i).some(isCompanyNoun)) return;
    roles[i] = 'question';
    types.add('which');
  });
}

/**
 * `which korean startup`, `Which Korean startups does the table list …`: the English word that asks which of
 * a kind (`which`, `what`), at most three words before the one at `i`, with no word between that asks.
 */
export function kindAskerBefore(
  surfaces: readonly string[],
  roles: readonly (TermRole | undefined)[],
  i: number,
  lexicon: Lexicon,
): number | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--)
    if (roles[j] === 'question') return lexicon.englishGrammar.kindAskers.has(surfaces[j]!) ? j : undefined;
  return undefined;
}

/** A question with no question word that asks for a confirmation (`갔어?`, `세웠다며?`, `Did …`): yes or no. */
/** (`bounded`: the message gives a figure the answer must reach, `50만 명 넘어?`) */
function readYesNo(
  state: ReadingState,
  typed: string,
  bounded = false,
  remarks: ReadonlySet<number> = new Set(),
): void {
  const raw = withoutTrailingLaughter(typed);
  const { tokens, lexicon, vocabulary, roles, language } = state;
  const first = tokens[0]?.surface;
  const interrogative = tokens.some((t) => asksByWord(t, lexicon));
  // `Did …?`, or a statement asked with a question mark (`Japan is cutting it by half?`).
  // (`and China?`, `Allganize?`: only a name asks about it, not whether something is so)
  const onlyNames = tokens.every(
    (t, i) =>
      roles[i] === 'filler' ||
      /^(and|or|so|then|what|about)$/.test(t.surface) ||
      vocabulary.isName(t.surface),
  );
  // (nor a noun or two, `revenue?`, `Allganize revenue?`: what it is, asked; a figure offered is a claim)
  const brief =
    tokens.filter(
      (t, i) =>
        roles[i] !== 'filler' &&
        !vocabulary.isName(t.surface) &&
        !vocabulary.resemblesName(t.surface) &&
        !lexicon.demonyms.has(t.surface),
    ).length <= 2 && !tokens.some((t) => /[0-9]/.test(t.surface));
  if (
    language === 'en' &&
    first &&
    (/^(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)$/.test(first) ||
      (/[?？]\s*$/.test(raw) && !interrogative && !onlyNames && !brief))
  )
    state.types.add('yesno');
  // The last word closes it as a question: a verb (`갔어`, `세웠다며`), a noun with a copula that
  // asks (`대표죠`, `맞지`), or `거죠`/`거야` after a verb (`나오는 거죠`).
  // (what closes the question, before an aside of the asker's, `…나와 있죠? 슬라이드에 그렇게 적었어요`, or a
  // remark after it, `…투자액은요? 표로 만들 거라 두 해 다 필요해요`)
  const skipped = new Set([...state.asides, ...tokens.flatMap((t, i) => (remarks.has(t.part) ? [i] : []))]);
  const last = lastSaid(tokens, lexicon, skipped);
  const closing = tokens[last];
  const asksAtEnd =
    closing !== undefined &&
    ((roles[last] === undefined && endsAsQuestion(closing, lexicon, vocabulary)) ||
      // `관심 있어?`, `나와?`: a plain verb that closes the question counts too.
      (roles[last] === 'filler' && readVerb(lexicon.grammar, closing.surface).length > 0) ||
      // `50만 명 넘어?`: a figure claimed to be reached, asked.
      (bounded && /[?？]\s*$/.test(raw) && readVerb(lexicon.grammar, closing.surface).length > 0) ||
      // (not a word that ends so, `분야`: the field, not 분 with a copula)
      (COPULA_QUESTION.test(closing.surface) && !wordOfItsOwn(closing.surface, lexicon, vocabulary)) ||
      // `2030년까지지?`: a figure closed by a copula that asks.
      (roles[last] === 'filler' && /(지|죠|이지|임)$/.test(closing.surface) && /[?？]\s*$/.test(raw)) ||
      // (`2030년까지던가`: a closing that asks by itself)
      (roles[last] === 'filler' && closedBy(closing.surface, lexicon.figureAskingClosings)) ||
      // `이랜서 대표지?`: a word of the article's closed by 지, asked.
      (/[지죠]$/.test(closing.surface) &&
        /[?？]\s*$/.test(raw) &&
        vocabulary.hasWord(closing.surface.slice(0, -1))) ||
      // `본사 옮긴 거?`: a deed made a noun, asked; `상장 준비중이라고?`: what is said, asked back.
      (/[?？]\s*$/.test(raw) &&
        ((lexicon.dependentNouns.has(closing.surface) &&
          readVerb(lexicon.grammar, tokens[last - 1]?.surface ?? '').length > 0) ||
          (roles[last] === 'filler' && closedBy(closing.surface, lexicon.quotativeEndings)))));
  // (`설명해 줘`, `알려줄 수 있어?`: a request asks for what it names, not whether it is so)
  if (language === 'ko' && asksAtEnd && !interrogative && !closedByRequest(raw, lexicon))
    state.types.add('yesno');
}

/**
 * `일본 말고 같이 언급된 나라 어디였지?`: a word for a country just before where, and nothing else asked but
 * names: which countries, a list of them.
 */
function asksCountries(state: ReadingState, terms: readonly Term[]): boolean {
  const { lexicon, vocabulary } = state;
  const at = terms.findIndex(
    (t) => !t.background && [t.head, ...t.forms].some((w) => lexicon.countryKinds.has(w)),
  );
  const where = terms[at + 1];
  if (at < 0 || where?.role !== 'question' || !lexicon.wherePronouns.has(where.head)) return false;
  return terms.every(
    (t, i) =>
      i === at ||
      i === at + 1 ||
      t.background ||
      t.excluded ||
      (t.role !== 'topic' && t.role !== 'predicate') ||
      vocabulary.isName(t.head),
  );
}

/** Laughter and tears typed as jamo (`ㅋㅋㅋ`, `ㅠㅠ`): they say nothing, and close no question. */
const LAUGHTER = /^[ㅋㅎㅠㅜ]+$/;

/** (a question mark before laughter or tears still closes the question: `간다고? ㅋㅋ`) */
const withoutTrailingLaughter = (text: string) => text.replace(/[\sㅋㅎㅠㅜ]+$/u, '');

/** The last word that is not laughter, tears or chat noise (`간다고? ㅋㅋ`). */
function lastSaid(
  tokens: readonly Token[],
  lexicon: Lexicon,
  asides: ReadonlySet<number> = new Set(),
): number {
  return tokens.findLastIndex(
    (t, i) => !LAUGHTER.test(t.surface) && !lexicon.chatNoise.has(t.surface) && !asides.has(i),
  );
}

/** The message closes with a request (`설명해 줘`, `알려줄 수 있어?`), which asks for what it names. */
export function closedByRequest(raw: string, lexicon: Lexicon): boolean {
  const closingWords = raw.replace(/[\s?？!.~]+/g, '');
  // (`하나만 대봐`, unasked: do it; `나쁘게 봐?` asks what someone thinks)
  const unasked =
    !/[?？]\s*$/.test(raw) && lexicon.unaskedRequestEndings.some((e) => closingWords.endsWith(e));
  return unasked || lexicon.requestEndings.some((e) => closingWords.endsWith(e));
}

/** A noun that names the kind of answer asked for (`기한`, `위치`, `금액`). */
function isKindNoun(word: string, lexicon: Lexicon): boolean {
  return [...lexicon.kindNouns.values()].some((set) => set.has(word));
}

/**
 * `보조금 최대 1000억 엔?`, `감면율은 40%?`, `기한은 2035년?`: a figure offered last and asked, with no
 * question word, is a guess to check (a noun that names the kind, `기한`, is what the guess is of).
 */
function readFigureGuess(state: ReadingState, typed: string): void {
  const raw = withoutTrailingLaughter(typed);
  const { tokens, lexicon, roles, language } = state;
  if (language !== 'ko' || !/[?？]\s*$/.test(raw) || closedByRequest(raw, lexicon)) return;
  const last = lastSaid(tokens, lexicon);
  const number = tokens.findLastIndex((t) => /^[0-9]/.test(t.surface));
  const kindNoun = (k: string) => isKindNoun(k, lexicon);
  // (closed by the figure and its unit: not `70%는 봤는데 금액은?`, which asks for the amount)
  const unitsOnly = tokens
    .slice(number + 1, last + 1)
    .every(
      (t, j) =>
        !t.keys.some(kindNoun) &&
        (roles[number + 1 + j] === 'filler' || t.keys.some((k) => lexicon.unitWords.has(k))),
    );
  const asking = tokens.some((t) => t.keys.some((k) => lexicon.interrogatives.has(k) && !kindNoun(k)));
  if (number < 0 || !unitsOnly || asking) return;
  state.types.add('yesno');
  state.types.delete('time');
  state.types.delete('amount');
}

/** `And the won equivalent?`: a currency after a determiner asks the figure in it (not the verb it spells). */
function readUnitNamed(state: ReadingState): void {
  const { tokens, lexicon, roles } = state;
  tokens.forEach((token, i) => {
    const unit = lexicon.unitWords.get(token.surface);
    if (!unit || !isCurrency(unit) || (roles[i] !== undefined && roles[i] !== 'topic')) return;
    // (`in our won`, or the currency before a word for converting that closes the message)
    // (closing the message, as a follow-up asks it: `원화 환산은?`, not `원화 환산은 본문이랑 표에 똑같아?`)
    const converted =
      i + 2 === tokens.length && !!tokens[i + 1]?.keys.some((k) => lexicon.conversionWords.has(k));
    if (
      !converted &&
      (roles[i] !== undefined || !lexicon.englishGrammar.possessives.has(tokens[i - 1]?.surface ?? ''))
    )
      return;
    roles[i] = 'question';
    // (the word for converting asks nothing of its own)
    if (converted) roles[i + 1] = 'filler';
    state.unit ??= unit;
    state.types.add('amount');
  });
}

/** `ilbon jeongbu ga … myeot %`: Korean typed in Latin letters, read back in Hangul (see romanized.ts). */
function romanizedRead(text: string, lexicon: Lexicon, vocabulary: Vocabulary): string {
  if (!/[a-z]{2}/i.test(text)) return text;
  const grammar = lexicon.grammar;
  const knownWord = (w: string) => vocabulary.hasWord(w) || lexicon.knows(w) || vocabulary.isName(w);
  const known = (w: string) =>
    knownWord(w) ||
    lexicon.interrogatives.has(w) ||
    grammar.nounEndings.includes(w) ||
    readVerb(grammar, w).length > 0 ||
    nounStems(grammar, w).some((s) => s.length >= 2 && knownWord(s));
  const romanizable = (w: string) => !isEnglishWord(w) && !vocabulary.isName(w) && !lexicon.knows(w);
  const typed = text.split(/\s+/);
  const parts = typed.map((w) => /^([^0-9a-z]*)([0-9]*[a-z]+)([^0-9a-z]*)$/i.exec(w));
  const words = parts.map((m, i) => (m ? m[2]! : typed[i]!));
  const read = romanizedAsHangul(words, known, romanizable, (w) => grammar.nounEndings.includes(w));
  if (read.length === words.length && read.every((w, i) => w === words[i])) return text;
  // (a particle joined onto the word before leaves one word fewer: the marks around each stay with it)
  if (read.length !== words.length) return read.join(' ') + (parts.at(-1)?.[3] ?? '');
  return read.map((w, i) => `${parts[i]?.[1] ?? ''}${w}${parts[i]?.[3] ?? ''}`).join(' ');
}

/**
 * `외국vc 국내투자액`: Latin letters run onto a Korean word are a word of their own, unless the whole is a name
 * (`파인더스AI`).
 */
function latinUnglued(text: string, lexicon: Lexicon, vocabulary: Vocabulary): string {
  // (of a Korean word the lexicon or the facts know: `사카나AI` is a name the article never gives, as typed)
  const known = (word: string) => lexicon.knows(word) || vocabulary.hasWord(word);
  return text.replace(
    /(?<=^|\s)([가-힣]{2,})([A-Za-z]{2,})(?=$|[\s?？!.,])/gu,
    (whole, hangul: string, latin: string) =>
      vocabulary.isName(whole) || vocabulary.resemblesName(whole) || !known(hangul)
        ? whole
        : `${hangul} ${latin}`,
  );
}

/** `… 카테고리 알려줘 (영상 설명란 출처용)`: words in brackets closing the message, asking nothing, are an aside. */
function withoutAside(text: string): string {
  const aside = /\s*[(（][^()（）?？]{1,40}[)）]\s*$/u.exec(text);
  return aside && aside.index >= 4 ? text.slice(0, aside.index) : text;
}

/**
 * `어떤 나라(지역)들 나와?`: another word for the kind, offered in brackets inside a word, is no part of it
 * (a name in brackets stays: `현지(일본) 증시`).
 */
function withoutKindOffered(text: string, lexicon: Lexicon): string {
  const kind = (word: string) => [...lexicon.listKinds.values()].some((words) => words.has(word));
  return text.replace(/(?<=[가-힣])[(（]([가-힣]{1,4})[)）](?=[가-힣])/gu, (whole, word: string) =>
    kind(word) ? '' : whole,
  );
}

/** The message without a last sentence that is only a request (`확인좀`, `알려줘`) after a question. */
function withoutClosingRequest(text: string, lexicon: Lexicon): string {
  const asked = /^(.*[?？])\s+([^?？]+)$/su.exec(text.trim());
  if (!asked) return text;
  const closing = asked[2]!.replace(/[\s!.~ㅠㅜㅋㅎ]+/g, '');
  return closing.length > 0 &&
    lexicon.requestEndings.some(
      (e) => closing === e || lexicon.koreanEndings.polite.some((p) => closing === `${e}${p}`),
    )
    ? asked[1]!
    : text;
}

/** A word known as it is (`분야`) that is no shorter known word with an ending (`중심이지` is 중심 + 이지). */
function wordOfItsOwn(word: string, lexicon: Lexicon, vocabulary: Vocabulary): boolean {
  const known = (w: string) => vocabulary.hasWord(w) || lexicon.knows(w);
  return known(word) && !nounStems(lexicon.grammar, word).some((s) => s.length >= 2 && known(s));
}

/** Each token as a term: its role, the form it means, its other forms and the words of its sets. */
function termsOf(
  state: ReadingState,
  capitalised: ReadonlySet<string>,
  asking: readonly number[],
  sentenceCount: number,
): Term[] {
  const { tokens, lexicon, vocabulary, roles, forms, heads } = state;
  const alternatives = alternativesOffered(tokens, state.language, state.lexicon);
  return tokens.map((token, i) => {
    const next = tokens[i + 1];
    // (`큰 거래?`, `큰 건데`: a noun of the deed, 거 or 건, with an ending run into it)
    const beforeDependent =
      !!next &&
      (next.keys.some((k) => lexicon.dependentNouns.has(k)) ||
        (next.surface.length <= 3 &&
          lexicon.verbNouns.has(next.surface[0]!) &&
          isHangulSyllables(next.surface)));
    const role =
      roles[i] ??
      (!token.keys.some((k) => lexicon.commonNouns.has(k)) &&
      (isPredicate(token, lexicon, vocabulary) ||
        (beforeDependent &&
          (verbBeforeNoun(token, lexicon, vocabulary) ||
            // (one syllable that reads as a verb: `큰 거`, `간 거`)
            (token.surface.length === 1 && readVerb(lexicon.grammar, token.surface).length > 0))) ||
        englishVerbAfterAuxiliary(state, i, capitalised))
        ? 'predicate'
        : 'topic');
    const head = heads[i] ?? headOf(token, lexicon, vocabulary);
    const relative = state.relativeAt.get(i);
    const all = new Set<string>([
      ...token.keys.flatMap(searchFormOf),
      ...compoundParts(head, lexicon, vocabulary),
      ...(relative !== undefined ? [relative] : []),
    ]);
    const synonyms = new Set(forms[i]!.filter((f) => !all.has(f) && f !== head));
    // `투자액 얼마`: the noun says in what the figure is.
    if (role === 'topic' && !state.unit && isHangulSyllables(head))
      state.unit = lexicon.unitSuffixes.find(
        (u) => head.length > u.suffix.length && head.endsWith(u.suffix),
      )?.unit;
    all.delete(head);
    all.delete(token.surface);
    return {
      surface: token.surface,
      head,
      forms: [...all].filter((f) => f.length > 0),
      synonyms: [...synonyms].filter((f) => f.length > 0),
      role,
      background: token.background,
      subject:
        isHangulSyllables(token.surface) &&
        lexicon.subjectParticles.some(
          (p) => token.surface.length > p.length + 1 && token.surface.endsWith(p),
        ) &&
        nounStems(lexicon.grammar, token.surface).length > 0,
      // Known to the lexicon as a word (`나이가` is not the filler `나`); an everyday noun stays unknown
      // to the article.
      lexical:
        heads[i] === undefined &&
        !lexicon.commonNouns.has(head) &&
        (token.keys.some((k) => lexicon.knows(k) && !(k.length < head.length && lexicon.fillers.has(k))) ||
          forms[i]!.length > 0),
      common: lexicon.commonNouns.has(head),
      joinedToNext: tokens[i + 1]?.word === token.word,
      excluded: state.excluded.has(i),
      capitalised: capitalised.has(token.surface),
      alternative: alternatives.has(i),
      questioned:
        asking.includes(Math.floor(token.part / 100) * 100) && token.part < (sentenceCount - 1) * 100,
    };
  });
}

/**
 * `올거나이즈 고객사 얘기 몇 번째 문단이야?`, `어느 소제목 밑에 나와?`, `which paragraph talks about the tax cut?`:
 * where in the article something is said, not a place, an ordinal or a choice. The words that ask it are
 * no words to find; a question word of its own (`보조금 얼마고 어느 문단에 나와`) still asks.
 */
function readWhereInArticle(state: ReadingState): boolean {
  const { tokens, lexicon, roles, types } = state;
  const said = (t: Token, word: string) => t.surface.toLowerCase() === word || t.keys.includes(word);
  const at = new Set<number>();
  tokens.forEach((_, i) => {
    for (const phrase of lexicon.whereInArticle)
      if (i + phrase.length <= tokens.length && phrase.every((w, j) => said(tokens[i + j]!, w)))
        for (let j = 0; j < phrase.length; j++) at.add(i + j);
  });
  if (at.size === 0) return false;
  state.whereInArticle = true;
  const asking = tokens.some((_, i) => roles[i] === 'question' && !at.has(i));
  // (the phrase's `어디` asks no place: `보조금 얼마고 글 어디에 나와` asks the amount and where it is said)
  const ownPlace = tokens.some(
    (t, i) => roles[i] === 'question' && !at.has(i) && t.keys.some((k) => lexicon.wherePronouns.has(k)),
  );
  if (!ownPlace) types.delete('place');
  for (const i of at) roles[i] = 'filler';
  if (!asking) {
    for (const type of ['place', 'which', 'amount'] as const) types.delete(type);
    if (state.unit === 'ordinal') state.unit = undefined;
  }
  return true;
}

/**
 * `Where's that data from?`, `그 통계 어디서 나온 거야?`, `출처 조사 기관은?`: where a figure comes from (a word
 * for data, and one for coming from, or a word for data right after the question word: `어느 통계`) is its
 * source, which of the article's organisations gives it.
 */
function asksSource(state: ReadingState): boolean {
  const { tokens, lexicon, roles, types } = state;
  const { data, from } = lexicon.sourceWords;
  const has = (words: ReadonlySet<string>) => tokens.some((t) => t.keys.some((k) => words.has(k)));
  const whichData = tokens.some(
    (_, i) => roles[i] === 'question' && !!tokens[i + 1]?.keys.some((k) => data.has(k)),
  );
  // (`Whose data is it based on?`: whose, of data, is its source too)
  // (`what's the name of the office that provided the numbers?`: its name, of the one that gave them)
  const asking =
    types.has('place') || ((types.has('person') || types.has('name')) && has(from)) || types.has('which');
  return asking && has(data) && (has(from) || whichData);
}

/**
 * `출처 조사 기관은?`: a question of where a figure comes from is read as one here, before its terms are, and
 * the words for the data (`조사`, `통계`) say what has a source, not what the fact says.
 */
function readSourceData(state: ReadingState): void {
  const { tokens, lexicon, roles, vocabulary } = state;
  // (`국회 예산정책처 자료에서 2022년 수치가 얼마`: a word for data right after a name says whose figures are
  // meant, no word the fact must have)
  tokens.forEach((t, i) => {
    if (i === 0 || roles[i] === 'question' || !isHangulSyllables(t.surface)) return;
    // (the word itself, with its particle, in Korean: not one part of another, `데이터센터`, nor `data center`)
    const data = [t.surface, ...nounStems(lexicon.grammar, t.surface)].some((w) =>
      lexicon.sourceWords.data.has(w),
    );
    const before = tokens[i - 1]!.surface;
    const named = () =>
      vocabulary.isName(before) || nounStems(lexicon.grammar, before).some((w) => vocabulary.isName(w));
    if (data && named()) roles[i] = 'filler';
  });
  if (state.whereInArticle || !asksSource(state)) return;
  state.source = true;
  const { data, pointers } = lexicon.sourceWords;
  // (not data pointed at, `그 통계 출처가 어디예요?`: that names what was said before)
  tokens.forEach((t, i) => {
    if (
      roles[i] !== 'question' &&
      t.keys.some((k) => data.has(k)) &&
      !pointers.has(tokens[i - 1]?.surface ?? '')
    )
      roles[i] = 'filler';
  });
}

/** `which Japanese city`, `어느 일본 도시`: a place is asked for, not a company; `어느 회사 대표`, a person. */
function readWhichPlaceOrPerson(state: ReadingState): void {
  const { tokens, lexicon, roles, types } = state;
  if (state.whereInArticle) return;
  // `Where's that data from?`, `그 통계 어디서 나온 거야?`: where a figure comes from is its source, which
  // of the article's organisations gives it.
  if (state.source) {
    types.delete('place');
    types.delete('person');
    types.add('which');
    return;
  }
  if (!types.has('which')) return;
  tokens.forEach((token, i) => {
    if (roles[i] !== 'question' || !token.keys.some((k) => lexicon.interrogatives.has(k))) return;
    const next = tokens.slice(i + 1, i + 4);
    const place = next.find((t) =>
      t.keys.some((k) => lexicon.cityWords.has(k) || lexicon.countryWords.has(k)),
    );
    // `which US president`, `어느 회사 대표`: a person is asked for.
    const person = next.find((t) =>
      t.keys.some((k) => lexicon.personNouns.has(k) || lexicon.titleWords.has(k)),
    );
    // (`which stage is Japan skipping?`: a stage is what the fact says is done, no one of a kind)
    if (tokens[i + 1]?.keys.some((k) => lexicon.stageWords.has(k))) types.delete('which');
    if (!place && !person) return;
    types.delete('which');
    types.add(person ? 'person' : 'place');
  });
}

/**
 * The noun a how-much question asks of (`매출 얼마`, `인재 몇 명`, `how many startups`): it says in what
 * the figure is, and a count must be of it. Whether the article gives a figure asks for it; a currency
 * asks an amount; `몇 년` asks when. Returns the term counted.
 */
function readAmountAsked(state: ReadingState, terms: readonly Term[]): number | undefined {
  const { tokens, lexicon, vocabulary, roles, types, language } = state;
  let counted: number | undefined;
  const isName = (word: string) => vocabulary.isName(word) || lexicon.demonyms.has(word);
  const isCompanyNoun = (t: Token) => t.keys.some((k) => lexicon.companyNouns.has(k));
  const noun = types.has('amount')
    ? amountNoun(tokens, terms, roles, language, isName, isCompanyNoun)
    : undefined;
  if (noun !== undefined) {
    const keys = [terms[noun]!.head, ...tokens[noun]!.keys];
    // `how much of its revenue`, `매출 중 얼마나`: a part of it, not an amount in its unit.
    const partOf =
      language === 'en'
        ? tokens.slice(0, noun).some((t) => t.surface === 'of')
        : lexicon.particles.choice.includes(tokens[noun + 1]?.surface ?? '');
    if (!partOf)
      state.unit ??= keys.map((k) => lexicon.measureNouns.get(k) ?? lexicon.unitWords.get(k)).find(Boolean);
    const many = language === 'en' && tokens.some((t) => t.surface === 'many');
    const counts = state.unit === 'people' || state.unit === 'organizations' || state.unit === 'count';
    if (counts || many || (partOf && state.unit === 'percent')) counted = noun;
  }
  // `MS 투자액만 따로 나와?`: whether the article gives a figure (no figure of its own to check) asks for it.
  const closing = tokens.at(-1);
  if (
    types.has('yesno') &&
    !asksWh(types) &&
    state.unit !== undefined &&
    state.unit !== 'year' &&
    !tokens.some((t) => /^[0-9]/.test(t.surface)) &&
    closing?.keys.some((k) => lexicon.givenVerbs.has(k))
  ) {
    types.delete('yesno');
    types.add('amount');
  }
  // `in yen or won`: an amount in a currency is asked for; not when a claim gives it (`1000억 엔이라며?`).
  // (a figure given with no question word is claimed, whatever closes it: `1000억 엔이라며?`)
  const claimsFigure = !asksWh(types) && tokens.some((t) => /^[0-9]/.test(t.surface));
  if (isCurrency(state.unit) && !claimsFigure) types.add('amount');
  // `몇 년`, `몇 년도`: a year is asked for, which is a when-question.
  // (`얼마나 중요한지`, `얼마나 앞서`: how much so, in words, not a figure)
  const degree = tokens.findIndex((t) => lexicon.degreeAsked.words.has(t.surface));
  const quality = readVerb(lexicon.grammar, tokens[degree + 1]?.surface ?? '').map((r) => r.lemma);
  if (
    degree >= 0 &&
    quality.some((l) => lexicon.degreeAsked.qualities.has(l)) &&
    state.unit === undefined &&
    !askedInFigures(state)
  )
    types.delete('amount');
  // (a year given in a guess, `기한은 2035년?`, is the guess, not a year asked for)
  if (state.unit === 'year') {
    types.delete('amount');
    if (!(types.has('yesno') && tokens.some((t) => /^[0-9]/.test(t.surface)))) types.add('time');
    state.unit = undefined;
  }
  return counted;
}

/**
 * Which parts of the message are background and which ask. Background only stands beside a question:
 * when the last part asks nothing of its own (`… 회사 있었지? 어디였더라`), the part before it belongs to
 * the question too …
 */
function settleBackground(
  state: ReadingState,
  terms: readonly Term[],
  message: { remarks: ReadonlySet<number>; asking: readonly number[]; sentences: number },
): { terms: Term[]; anaphora: boolean } {
  const { tokens, lexicon, vocabulary, types } = state;
  const { remarks } = message;
  const parts = [...new Set(tokens.filter((t) => !remarks.has(t.part)).map((t) => t.part))].sort(
    (a, b) => a - b,
  );
  let question = parts.length - 1;
  const asks = (from: number) =>
    terms.some((t, i) => tokens[i]!.part >= parts[from]! && (t.role === 'topic' || t.role === 'predicate'));
  // … unless it refers back to what the part before names (`… 면접 본대. 거기 대표 이름 뭐야?`): then
  // that part stays background, its names help pick the answer.
  while (question > 0 && !asks(question) && !state.referringParts.has(parts[question]!)) question--;
  const firstAsked = firstQuestionAsked(state, terms, parts, message);
  const asked = firstAsked === undefined ? parts[question]! : Math.min(parts[question]!, firstAsked);
  const cutoff = offeredBefore(state, parts, asked) ?? asked;
  // A part taken into the question only for the name it gives (`리벨리온 이름은 많이 들어봤는데 정확히
  // 뭐하는 회사임`): the name is asked about; the rest of it stays background.
  const lastPart = parts.at(-1)!;
  // (`협력사 30곳이라던데 맞아?`: after it a last part that only confirms, `맞아`, `진짜?`: all it says but
  // the word that closes it is claimed, and checked)
  const confirms = (t: Token) =>
    lexicon.questionPhrasesStartingWith(t.keys).some((q) => q.type === 'yesno' && q.phrase.length === 1);
  const onlyConfirms = tokens.filter((t) => t.part === lastPart && !LAUGHTER.test(t.surface)).every(confirms);
  const nameOnly = new Set(
    parts.filter(
      (part) =>
        part >= cutoff &&
        part < lastPart &&
        firstAsked === undefined &&
        // a clause closed as background (`…들어봤는데`), not a sentence of its own
        closesAsBackground(tokens.filter((t) => t.part === part).at(-1), lexicon) &&
        tokens.some((t) => t.part === part && vocabulary.isName(t.surface)),
    ),
  );
  const read = terms.map((t, i) => {
    const part = tokens[i]!.part;
    const background =
      part < cutoff ||
      remarks.has(part) ||
      state.asides.has(i) ||
      (nameOnly.has(part) &&
        !vocabulary.isName(tokens[i]!.surface) &&
        !vocabulary.isName(t.head) &&
        !(onlyConfirms && tokens[i + 1]?.part === part));
    return { ...t, background };
  });
  for (const { type, part } of state.earlierTypes)
    if (part >= cutoff && !nameOnly.has(part) && !remarks.has(part)) types.add(type);
  const anaphora = [...state.referringParts].some((part) => part >= cutoff);
  if (asksWh(types) && state.earlierTypes.some(({ part }) => part >= cutoff)) types.delete('yesno');
  // A statement that ends on a background ending (`186억 엔이라던데`) asks whether it is so.
  // (not a question word closed so, `뭐였더라` asks what it was, nor one it asks with: `어떤 분야에서 세계
  // 최고라는데?` asks which)
  const lastAsks = tokens.some(
    (t, i) =>
      (i === tokens.length - 1 || !read[i]!.background) &&
      t.keys.some((k) => lexicon.interrogatives.has(k)) &&
      !lexicon.indefiniteBefore.has(tokens[i + 1]?.surface ?? ''),
  );
  if (remarks.size === 0 && !lastAsks && closesAsBackground(tokens.at(-1), lexicon)) types.add('yesno');
  return { terms: read, anaphora };
}

/**
 * `일본이랑 한국 중에 AI 도입이 어디가 더 빠르냐로 얘기가 붙었는데요. 어느 쪽이 더 앞서 있다고 하나요?`: a
 * choice asked of nothing named (`어느 쪽이`, `which one`) picks among the things the part just before offers
 * to choose from (two names or more, and a word of choice): that part is asked too. Its start, or none.
 */
function offeredBefore(state: ReadingState, parts: readonly number[], cutoff: number): number | undefined {
  const { tokens, lexicon, vocabulary } = state;
  const before = parts[parts.indexOf(cutoff) - 1];
  if (before === undefined) return undefined;
  const choice = (t: Token) => t.keys.some((k) => lexicon.sizeAsked.choice.has(k));
  const asking = tokens.filter((t) => t.part >= cutoff);
  if (!asking.some(choice) || asking.some((t) => vocabulary.isName(t.surface))) return undefined;
  const offering = tokens.filter((t) => t.part === before);
  const name = (t: Token) => vocabulary.isName(t.surface) || t.keys.some((k) => vocabulary.isName(k));
  if (offering.filter(name).length < 2 || !offering.some(choice)) return undefined;
  // (what the part says before the first name, `점심 먹다가`, stays background)
  const first = tokens.indexOf(offering.find(name)!);
  for (let i = tokens.indexOf(offering[0]!); i < first; i++) state.asides.add(i);
  return before;
}

/**
 * Several questions in one message (`주소 어디임? 도쿄임?`): from the first one on, all are asked. A
 * question and then a qualifier after it (`일본 VC 투자액은 얼마예요? 한국이랑 비교해서`, `…얼마였어? 글로벌
 * VC 말고`): the qualifier belongs to the question, it does not make it background. Qualified, the question
 * is the asking sentence's last clause: a clause closed as background before it (`투자자 입장에서
 * 궁금한데, …`) stays background.
 */
function firstQuestionAsked(
  state: ReadingState,
  terms: readonly Term[],
  parts: readonly number[],
  message: { asking: readonly number[]; sentences: number },
): number | undefined {
  const { tokens, roles } = state;
  const { asking } = message;
  const qualified =
    asking.length === 1 &&
    asking[0]! < (message.sentences - 1) * 100 &&
    // (it asks something, or what follows names only what it asks of: `2022년 수치는요? 글로벌 VC 투자액`)
    (state.earlierTypes.some(({ part }) => Math.floor(part / 100) * 100 === asking[0]) ||
      terms.every((t, i) => tokens[i]!.part <= asking[0]! + 99 || t.role !== 'predicate')) &&
    !tokens.some((t, i) => roles[i] === 'question' && t.part > asking[0]! + 99);
  return asking.length >= 2
    ? asking[0]!
    : qualified
      ? Math.max(...parts.filter((p) => Math.floor(p / 100) * 100 === asking[0]))
      : undefined;
}

/**
 * The noun a how-much question asks of: in Korean the word before the question word (`인재 몇 명`), or
 * after it when the count describes it (`몇 명의 프리랜서`); in English the head of the words after
 * `how much`/`how many` (`how many Korean AI startups` → startups).
 */
/** An English noun in the plural (`reasons`, `developers`): what `how many` counts. */
const ENGLISH_PLURAL = /^[a-z]{4,}s$/;

function amountNoun(
  tokens: readonly Token[],
  terms: readonly Term[],
  roles: readonly (TermRole | undefined)[],
  language: 'ko' | 'en',
  isName: (word: string) => boolean,
  isCompanyNoun: (token: Token) => boolean,
): number | undefined {
  const asked = roles.findIndex((r, i) => r === 'question' && !tokens[i]!.background);
  if (asked < 0) return undefined;
  let last = asked;
  while (roles[last + 1] === 'question') last++;
  if (language === 'en') {
    // `what percentage of Korean AI startups`, `of Allganize's revenue`: the whole the share is of,
    // past names, peoples and short words that qualify it.
    if (tokens[last + 1]?.surface === 'of') {
      for (let i = last + 2; i < Math.min(terms.length, last + 6); i++) {
        const term = terms[i]!;
        const surface = tokens[i]!.surface;
        if (term.role === 'filler' || surface.length <= 2 || isName(surface)) continue;
        return term.role === 'topic' ? i : undefined;
      }
      return undefined;
    }
    // `how many reasons`: the noun counted is itself a question word (why).
    if (last > asked && ENGLISH_PLURAL.test(tokens[last]!.surface)) return last;
    const start = last + 1;
    // (`how much total revenue does …`: the last of the nouns after it is the one measured)
    let head: number | undefined;
    for (let i = start; i < Math.min(terms.length, start + 4); i++) {
      const term = terms[i]!;
      if (term.role !== 'topic') return head;
      if (ENGLISH_PLURAL.test(term.surface) || (i === start && terms[i + 1]?.role !== 'topic')) return i;
      head = i;
    }
    return undefined;
  }
  if (tokens[last]!.surface.endsWith('의') && terms[last + 1]?.role === 'topic') return last + 1;
  for (let i = asked - 1; i >= 0; i--) {
    // Past `총`, `연` (`연 매출 총 얼마`): a syllable that qualifies the figure.
    const surface = tokens[i]!.surface;
    // (`협력 준비 중인 곳이 몇 개`: places, or companies, are counted, when what describes them closes on a
    // word that asks nothing, `중인`, past which the noun is the clause's, not what is counted)
    if (
      terms[i]!.role === 'filler' &&
      i === asked - 1 &&
      isCompanyNoun(tokens[i]!) &&
      terms[i - 1]?.role === 'filler'
    )
      return i;
    if (terms[i]!.role === 'filler' || (isHangulSyllables(surface) && surface.length === 1)) continue;
    return terms[i]!.role === 'topic' && !tokens[i]!.background ? i : undefined;
  }
  return undefined;
}

/** Whether `phrase` is at `tokens[i…]`, each of its words one of a token's readings. */
function matchesAt(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  if (phrase.length === 0 || i + phrase.length > tokens.length) return false;
  // A plain loop: this runs for every word against every phrase of several lists. A lexicon verb
  // matches its conjugations through the token's keys (`알려 주다` and `알려줘` are read alike).
  for (let j = 0; j < phrase.length; j++) if (!tokens[i + j]!.keys.includes(phrase[j]!)) return false;
  return true;
}

/** How a lexicon word is looked for in the facts: a verb by its stem (세우다 → 세우; 거래하다 → 거래). */
function searchForms(phrase: Phrase): string[] {
  if (phrase.length > 1) return [phrase.join('')];
  return searchFormOf(phrase[0]!);
}

function searchFormOf(word: string): string[] {
  if (isHangulSyllables(word) && word.length >= 3 && word.endsWith('하다')) return [word.slice(0, -2)];
  if (isHangulSyllables(word) && word.length >= 2 && word.endsWith('다')) {
    const stem = word.slice(0, -1);
    // (and as the facts write it, the stem closed by an ending or run into one: 바라다 → 바란다, 바랄,
    // 바랍니다; 세우다 → 세워, 세웠다; not the noun in ㅁ, 바람)
    const written = conjugationStems(word).filter((form) => form.length >= stem.length && !endsInM(form));
    return stem.length >= 2 ? [stem, ...written.filter((form) => form !== stem)] : [];
  }
  return [word];
}

/**
 * A noun the facts do not use, as two they do (`규제법` → 규제, 법; `매출액` → 매출): the parts are
 * searched for it.
 */
function compoundParts(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string[] {
  if (!isHangulSyllables(word) || word.length < 3 || vocabulary.hasWord(word) || lexicon.knows(word))
    return [];
  const known = (part: string) => vocabulary.hasWord(part) || lexicon.knows(part) || vocabulary.isName(part);
  for (let split = word.length - 1; split >= 2; split--) {
    const left = word.slice(0, split);
    const right = word.slice(split);
    if (known(left) && (right.length === 1 || known(right)))
      return right.length === 1 ? [left] : [left, right];
  }
  return [];
}

/** The form a token means: a noun without its particle, a verbal noun without its verb, a verb's lemma. */
function headOf(token: Token, lexicon: Lexicon, vocabulary: Vocabulary): string {
  const { surface } = token;
  const people = lexicon.demonyms.get(surface);
  if (people) return people;
  if (!isHangulSyllables(surface)) {
    const irregular = lexicon.englishIrregular.get(surface);
    if (irregular) return irregular;
    // `vcs` → vc: a plural the facts do not use, by the singular they do.
    if (!vocabulary.hasWord(surface))
      return (
        englishBases(surface).find((b) => vocabulary.hasWord(b)) ?? englishTypoFixed(surface, vocabulary)
      );
    return surface;
  }
  if (vocabulary.hasWord(surface) || vocabulary.isName(surface)) return surface;
  const light = readLightVerb(lexicon.grammar, surface);
  if (light?.noun && light.noun.length >= 2 && light.lemma !== '이다') return light.noun;
  const stems = nounStems(lexicon.grammar, surface).filter((s) => s.length >= 2);
  const known = stems.find((s) => vocabulary.hasWord(s) || vocabulary.isName(s) || lexicon.knows(s));
  if (known) return known;
  // (`일본서`, `한국서`: a name and the particle of place shortened, as people say it)
  const placed = surface.slice(0, -lexicon.namePlaceParticle.length);
  // (a name only: `보고서` is a report, not 보고 there)
  if (surface.endsWith(lexicon.namePlaceParticle) && placed.length >= 2 && vocabulary.isName(placed))
    return placed;
  // A word the lexicon lists is that word (`돈` is not 돌다 + ㄴ).
  if (lexicon.knows(surface) && !surface.endsWith('다')) return surface;
  const verb = readVerb(lexicon.grammar, surface)[0];
  if (verb) return verb.lemma;
  if (light?.noun && light.noun.length >= 2) return light.noun;
  // (`바뀌는중`, `바뀌는중임`: a verb before 중 typed onto it, what is going on now)
  const before = lexicon.beforeDoingNow(surface);
  const going = before === undefined ? undefined : readVerb(lexicon.grammar, before)[0];
  if (going) return going.lemma;
  return stems[0] ?? surface;
}

/** `내린 게`, `깨달은 거`: a word the facts do not use, ending as a verb before a noun (ㄴ, ㄹ, 는, 던). */
function verbBeforeNoun(token: Token, lexicon: Lexicon, vocabulary: Vocabulary): boolean {
  const { surface } = token;
  if (!isHangulSyllables(surface) || vocabulary.hasWord(surface) || surface.length < 2) return false;
  // A noun with a particle (`위기라는`) is a noun.
  if (nounStems(lexicon.grammar, surface).some((s) => vocabulary.hasWord(s) || lexicon.knows(s)))
    return false;
  return endsBeforeNoun(surface);
}

/** A verb before a noun ends in ㄴ or ㄹ (`옮긴`, `할`), or in 는/던. */
const endsBeforeNoun = (verb: string) =>
  closesOn(verb.at(-1), 'n') || closesOn(verb.at(-1), 'l') || /[는던]$/.test(verb);

/** Chat and polite endings that close a predicate, for verbs the lexicon does not list. */
/** A last word that closes a yes-or-no question: a verb (`갔어`, `세웠다며`, `추진 중이지`), not a bare noun. */
function endsAsQuestion(token: Token, lexicon: Lexicon, vocabulary: Vocabulary): boolean {
  const { surface } = token;
  if (!isHangulSyllables(surface) || vocabulary.hasWord(surface)) return false;
  if (readVerb(lexicon.grammar, surface).length > 0) return true;
  const light = readLightVerb(lexicon.grammar, surface);
  if (light) return true;
  return PREDICATE_END.test(surface) || isInfinitiveForm(surface) || CONNECTIVE_END.test(surface);
}

/** A noun closed by a copula that asks for a confirmation (`대표죠`, `거죠`, `맞지`, `거예요`). */
const COPULA_QUESTION =
  /[가-힣](죠|지요|이죠|인가요|인가|이냐|냐|이지|거지|거야|건가|건가요|거예요|거에요|맞아|맞지|맞나|맞죠|이야|야|예요|이에요|임|인감|이었나|였나|이었나요|였나요|이었지|였지|랬나|랬지|랬죠|랬나요|랬어)$/;

/** A word closed as a question by a copula (`금액임`, `몫이야`, `거지`): it asks whether it is so. */
export const closesAsCopulaQuestion = (word: string): boolean => COPULA_QUESTION.test(word);

/** Connective and nominal endings of verbs the lexicon does not list (`놓치면`, `늘리고`, `건너뛰고`). */
const CONNECTIVE_END = /[^\s](면|고|며|면서|니까|도록|게|기|기가|지만|려고|러|다며|라며|냐고|대|래)$/;

/** `받아`, `찾아요`, `먹었어`: a consonant-final syllable, then 아/어: a verb's 아/어 form. */
function isInfinitiveForm(word: string): boolean {
  const match = /([\uAC00-\uD7A3])(아|어|아요|어요|았어|었어|았나|었나|았지|었지)$/.exec(word);
  if (!match || match.index < 0 || word.length < 2) return false;
  return (match[1]!.charCodeAt(0) - 0xac00) % 28 !== 0;
}

const PREDICATE_END =
  /(었|았|였|했|됐|웠|렸|겼|졌|쳤|셨|갔|왔|냈|섰|켰|뒀|줬)(어|다|음|지|나|냐|니|대|래|고|는데|는데요|어요|나요|습니다|을까|던)?$|(는다|ㄴ다|한다|된다|한대|된대|하는|되는|하나|되나|할까|될까|하냐|되냐|했|됐|해요|돼요|해|돼|함|됨|려고|려는|겠어|겠다|ㄹ까|을까|는지|은지|인지|나요|니$|냐$)$/;

/** An English question word, contracted or not (`where's`). */
export const ENGLISH_QUESTION_WORD = /^(what|who|where|when|why|how|which)(['’]s|['’]re)?$/i;
/** A Korean closing word in the past (`얼마였다고`, `했어`, `됐지`). */
const PAST = /(었|았|였|했|됐|웠|셨)/;
/**
 * `Why did Park Sung-hyun choose Japan?`, `why did he pick it`: the word right after `did` (or `will`,
 * `can`) and its subject (a pronoun, or a name) is the verb, as `골랐어` is, not a topic, when it is a verb
 * in Korean too (its set holds one: `choose` with 고르다).
 */
function englishVerbAfterAuxiliary(
  state: ReadingState,
  i: number,
  capitalised: ReadonlySet<string>,
): boolean {
  const { tokens, lexicon, vocabulary, language } = state;
  if (language !== 'en' || i < 2) return false;
  const aux = tokens.findIndex((t, j) => j < i && lexicon.englishGrammar.auxiliaries.has(t.surface));
  if (aux < 0) return false;
  let j = aux + 1;
  if (lexicon.englishGrammar.subjectPronouns.has(tokens[j]?.surface ?? '')) j++;
  else
    while (j < i) {
      // (the longest name that starts here: `park sung hyun`)
      let end = i;
      while (end > j && !vocabulary.isName(wordsOf(tokens, j, end))) end--;
      if (end === j && !capitalised.has(tokens[j]!.surface)) break;
      j = Math.max(end, j + 1);
    }
  if (j !== i || j === aux + 1) return false;
  const { keys } = tokens[i]!;
  const noun = keys.some(
    (k) =>
      lexicon.commonNouns.has(k) ||
      lexicon.institutionWords.has(k) ||
      lexicon.personNouns.has(k) ||
      lexicon.companyNouns.has(k),
  );
  return (
    !noun &&
    !vocabulary.isName(tokens[i]!.surface) &&
    lexicon
      .setsStartingWith(keys)
      .some((index) => lexicon.sets[index]!.some((p) => p.length === 1 && /^[가-힣]+다$/.test(p[0]!)))
  );
}

const wordsOf = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.surface)
    .join(' ');

function isPredicate(token: Token, lexicon: Lexicon, vocabulary: Vocabulary): boolean {
  const { surface } = token;
  if (isHangulSyllables(surface)) {
    if (vocabulary.hasWord(surface)) return false;
    const light = readLightVerb(lexicon.grammar, surface);
    // A verbal noun with its verb (`진출했어`) is the topic: its noun is what is asked about.
    if (light?.noun && light.noun.length >= 2 && light.lemma !== '이다') return false;
    if (readVerb(lexicon.grammar, surface).length > 0) return true;
    // Two syllables ending as a verb before a noun (`도는`, `받은`): a one-syllable noun is rare.
    if (surface.length === 2 && /[는은던을]$/.test(surface)) return true;
    if (isInfinitiveForm(surface) && !vocabulary.hasWord(surface)) return true;
    // An ending that joins a verb to what follows (`놓치면`, `늘리고`), on a word the facts do not use.
    if (
      CONNECTIVE_END.test(surface) &&
      !vocabulary.knows(surface) &&
      nounStems(lexicon.grammar, surface).every((s) => !vocabulary.hasWord(s))
    )
      return true;
    return surface.length >= 2 && PREDICATE_END.test(surface);
  }
  return /^[a-z]{4,}(ing|ed)$/.test(surface) || lexicon.englishIrregular.has(surface);
}

/**
 * A word typed without its spaces (`리벨리온일본법인어디에세웠어`) as the words it is made of: names,
 * words of the facts and of the lexicon, with particles and endings kept on the word before them.
 */
function segment(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string[] {
  const short = shortMeasure(word, lexicon, vocabulary);
  if (short) return [short];
  // (a keyword of several words written as one, `정부지원`, reads as its words: the text has them apart)
  const joined = vocabulary.isJoinedKeyword(word);
  if (!isHangulSyllables(word) || word.length < 4) return [word];
  if ((vocabulary.hasWord(word) && !joined) || vocabulary.resemblesName(word) || lexicon.knows(word))
    return [word];
  // (chat's placeholder with its ending, `뭐시기였는데`, is one word: no question word before a noun)
  if (lexicon.lemmaKeys(word).some((k) => lexicon.chatNoise.has(k))) return [word];
  // (an adverb made of a noun, `결과적으로`, is one word)
  if (isAdverb(word, lexicon)) return [word];
  // A body's name (`한국벤처캐피탈협회`) is one name, whatever words it is made of.
  const bare = nounStems(lexicon.grammar, word).concat(word);
  if (bare.some((w) => lexicon.organizationEndings.some((e) => w.length >= e.length + 3 && w.endsWith(e))))
    return [word];
  const grammar = lexicon.grammar;
  // A known noun with its particle (`한국돈으로`) is one word.
  if (
    nounStems(grammar, word).some(
      (s) => s.length >= 2 && (vocabulary.hasWord(s) || lexicon.knows(s) || vocabulary.isName(s)),
    )
  )
    return [word];
  // A particle or copula after a noun; a verb's endings come with its reading (`세웠어` is one piece).
  const ending = (piece: string) => grammar.nounEndings.includes(piece);
  const known = (piece: string) =>
    (vocabulary.hasWord(piece) && !vocabulary.isJoinedKeyword(piece)) ||
    vocabulary.isName(piece) ||
    lexicon.knows(piece) ||
    readVerb(grammar, piece).length > 0 ||
    lightVerbOnKnownNoun(piece);
  const lightVerbOnKnownNoun = (piece: string) => {
    const light = readLightVerb(grammar, piece);
    return (
      !!light?.noun && light.lemma !== '이다' && (vocabulary.hasWord(light.noun) || lexicon.knows(light.noun))
    );
  };
  const n = word.length;
  // cost[i]: the cheapest reading of word[0, i); a known piece costs 1, an unknown syllable 3.
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(-1);
  const kind = new Array<'word' | 'ending' | 'unknown'>(n + 1).fill('unknown');
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 12); j < i; j++) {
      if (!Number.isFinite(cost[j]!)) continue;
      const piece = word.slice(j, i);
      let step: number;
      let pieceKind: 'word' | 'ending' | 'unknown';
      if (piece.length >= 2 && known(piece)) [step, pieceKind] = [1, 'word'];
      else if (j > 0 && ending(piece)) [step, pieceKind] = [1.2, 'ending'];
      else if (piece.length === 1) [step, pieceKind] = [3, 'unknown'];
      else continue;
      if (cost[j]! + step < cost[i]!) {
        cost[i] = cost[j]! + step;
        from[i] = j;
        kind[i] = pieceKind;
      }
    }
  }
  const pieces: { text: string; kind: 'word' | 'ending' | 'unknown' }[] = [];
  for (let i = n; i > 0; i = from[i]!) pieces.unshift({ text: word.slice(from[i]!, i), kind: kind[i]! });
  const out: string[] = [];
  let previous: 'word' | 'ending' | 'unknown' | undefined;
  for (const piece of pieces) {
    // Endings stay on their word; unknown syllables in a row are one unknown word.
    if (out.length > 0 && (piece.kind === 'ending' || (piece.kind === 'unknown' && previous === 'unknown')))
      out[out.length - 1] += piece.text;
    else out.push(piece.text);
    previous = piece.kind === 'ending' ? previous : piece.kind;
  }
  // Only a reading made of known words counts: a typo of a name (`업스태이지`) stays one word.
  const words = pieces.filter((p) => p.kind === 'word').length;
  const unknown = pieces.filter((p, i) => p.kind === 'unknown' && pieces[i - 1]?.kind !== 'unknown').length;
  // (four syllables ending in a noun for the kind of answer, `설립연도`, ask of that one thing: one word)
  const kindLast = n === 4 && isKindNoun(out.at(-1) ?? '', lexicon);
  // (a message typed with no spaces, `리벨리온이일본에낸법인이첫해외법인맞음`, has a syllable unknown here and there
  // among many words)
  const fewUnknown = unknown <= 1 || (words >= 4 && unknown * 2 <= words);
  return out.length > 1 && words >= 2 && fewUnknown && !kindLast ? out : [word];
}

/** `투자금액은` → 투자액은: a measure's noun typed whole onto what it measures, as the article writes it short. */
function shortMeasure(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string | undefined {
  if (!isHangulSyllables(word)) return undefined;
  for (const stem of [word, ...nounStems(lexicon.grammar, word)]) {
    for (const [whole, short] of lexicon.measureForms) {
      if (stem.length < whole.length + 2 || !stem.endsWith(whole)) continue;
      const written = stem.slice(0, -whole.length) + short;
      if (vocabulary.hasWord(written)) return written + word.slice(stem.length);
    }
  }
  return undefined;
}

/**
 * Words the facts write as one, typed with a space (`벤처 캐피털` → `벤처캐피털`, `데이터 센터이`):
 * joined, so the question asks for the word the article uses.
 */
function joinSplitWords(tokens: Token[], lexicon: Lexicon, vocabulary: Vocabulary): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.background !== b.background || !isHangulSyllables(a.surface) || !isHangulSyllables(b.surface))
      continue;
    if (vocabulary.hasWord(a.surface) && vocabulary.hasWord(b.surface)) continue;
    const joined = a.surface + b.surface;
    // The joined word, or its noun without a particle, must be more than the first word (`투자액 다`
    // is 투자액 and 다, not one word).
    const forms = [joined, ...nounStems(lexicon.grammar, joined)].filter((f) => f.length > a.surface.length);
    // A word of the text or a name; not a keyword the facts make of two words (`일본 시장`).
    // (or a unit the lexicon writes as one word: `한국 돈` → 한국돈, won)
    const joinable = (f: string) =>
      f.length >= 3 &&
      ((vocabulary.hasWord(f) && !vocabulary.isJoinedKeyword(f)) ||
        vocabulary.isName(f) ||
        lexicon.unitWords.has(f));
    if (!forms.some(joinable)) continue;
    tokens.splice(i, 2, { ...a, surface: joined, keys: lexicon.lemmaKeys(joined) });
  }
}

/**
 * Background before the question in one sentence (`… 일본 간다던데 그 중에 … 뭐라고 했어?`): the words
 * up to the last clause that ends in a background ending.
 */
function markBackgroundClauses(tokens: Token[], lexicon: Lexicon): void {
  let last = -1;
  let clause = 0;
  // (a sentence's last word closes the sentence, not a clause; laughter typed after it closes nothing:
  // `뭐였더라 ㅋㅋ 밥먹다 까먹음` asks by `뭐였더라` as `뭐였더라?` would)
  const closers = new Set(
    [...new Set(tokens.map((t) => t.part))].map((part) =>
      tokens.findLastIndex((t) => t.part === part && !LAUGHTER.test(t.surface)),
    ),
  );
  tokens.forEach((token, i) => {
    const sentenceEnds = closers.has(i);
    token.part += clause;
    if (i === tokens.length - 1 || sentenceEnds) return;
    // `잘하는데 어디야`: the bound noun 데 (the place that …) before where, not a clause closed by -는데.
    // (not hearsay: `간다던데 어디임` is background)
    const where =
      /데$/.test(token.surface) &&
      !lexicon.hearsayEndings.some((e) => token.surface.endsWith(e)) &&
      tokens[i + 1]!.keys.some((k) => lexicon.wherePronouns.has(k));
    // `궁금한데, …` typed as 궁금한 + 데: the connective, unless a where follows (`세운 데 어디`).
    const connective =
      token.surface === '데' &&
      i > 0 &&
      isHangulSyllables(tokens[i - 1]!.surface) &&
      !tokens[i + 1]!.keys.some((k) => lexicon.interrogatives.has(k) || lexicon.wherePronouns.has(k));
    // `헐 적네 2021년엔?`: a reaction to the answer before, opening the message: a short word closed as a
    // remark, no word of the lexicon's (`걔네` points back).
    const reaction =
      i <= 1 &&
      isHangulSyllables(token.surface) &&
      token.surface.length <= 3 &&
      !lexicon.knows(token.surface) &&
      !lexicon.anaphora.some((p) => p.length === 1 && token.keys.includes(p[0]!)) &&
      lexicon.koreanEndings.exclamative.some(
        (e) => token.surface.length > e.length && token.surface.endsWith(e),
      );
    if (
      (closesAsBackground(token, lexicon) && !where) ||
      connective ||
      reaction ||
      premised(tokens, i, lexicon)
    ) {
      last = i;
      clause++;
    }
  });
  // (a request closes what it asks: the clause after it is the asker's own, `…요약 좀 해줘 내일 토론
  // 준비하는데 시간없음`, and so is what closes the message unless it asks)
  const request = tokens.findLastIndex((t, i) => i < last && closedByRequest(t.surface, lexicon));
  const closing = tokens.slice(last + 1);
  const own = request >= 0 && closing.length > 0 && !closing.some((t) => asksByWord(t, lexicon));
  const [from, to] = own ? [request + 1, tokens.length] : [0, last + 1];
  for (let i = from; i < to; i++) tokens[i]!.background = true;
}

/**
 * `2년 만에`, `in two years`: how long something took, a number of years or months with a word of span
 * after it (or, in English, before it). Its tokens, which are no figure the answer must have.
 */
function durationsIn(tokens: readonly Token[], lexicon: Lexicon): Set<number> {
  const { units, after, within, before } = lexicon.durations;
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    // (`3년치`, `5개년`: a span by itself)
    if (!/^[0-9]+$/.test(t.surface) || !units.has(tokens[i + 1]?.surface ?? '')) return;
    const next = tokens[i + 2]?.surface ?? '';
    // (within a span, `30초 안에`; a year is a date: `2032년 안에`)
    const span = after.has(next) || (within.has(next) && t.surface.length < 4);
    if (span) for (const j of [i, i + 1, i + 2]) out.add(j);
    else if (before.has(tokens[i - 1]?.surface ?? '')) for (const j of [i - 1, i, i + 1]) out.add(j);
  });
  return out;
}

/**
 * Alternatives offered for the answer to pick from: two nouns each closed as a question by a copula
 * (`직원이야 프리랜서야?`), two verbs joined by `거나` (`진출했거나 준비 중인`, `진출했거나 진출 준비 중인`), or two
 * words either side of `or` (`staff or freelancers`).
 */
function alternativesOffered(tokens: readonly Token[], language: 'ko' | 'en', lexicon: Lexicon): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (a.background || b.background) continue;
    if (
      language === 'ko' &&
      lexicon.orEndings.some((e) => a.surface.length > e.length + 1 && a.surface.endsWith(e))
    ) {
      out.add(i);
      out.add(i + 1);
      // (`진출했거나 진출 준비 중인`: the same word again, and the one that tells the second apart)
      const again = a.keys.some((k) => b.keys.includes(k)) || a.surface.startsWith(b.surface);
      if (again && tokens[i + 2] && !tokens[i + 2]!.background) out.add(i + 2);
    }
    if (language === 'ko' && COPULA_QUESTION.test(a.surface) && COPULA_QUESTION.test(b.surface)) {
      out.add(i);
      out.add(i + 1);
    }
    if (lexicon.orWords.has(b.surface.toLowerCase()) && i + 2 < tokens.length && !tokens[i + 2]!.background) {
      out.add(i);
      out.add(i + 2);
    }
  }
  if (language === 'ko')
    for (const i of [...clausesOffered(tokens, lexicon), ...subjectsOffered(tokens, lexicon)]) out.add(i);
  return out;
}

/**
 * `AI 도입은 일본이 빨라 한국이 빨라?`: the same word closing the sentence and a clause before it, each after a
 * subject: the subjects are offered to pick from.
 */
function subjectsOffered(tokens: readonly Token[], lexicon: Lexicon): number[] {
  const last = tokens.length - 1;
  const closing = tokens[last];
  // (a noun closed as a question, `먼저야 … 먼저야`, offers the clauses: `clausesOffered`)
  if (!closing || closing.background || last < 3 || COPULA_QUESTION.test(closing.surface)) return [];
  const subject = (t: Token | undefined) =>
    !!t &&
    !t.background &&
    isHangulSyllables(t.surface) &&
    lexicon.subjectParticles.some((p) => t.surface.length > p.length && t.surface.endsWith(p));
  const again = tokens.findLastIndex((t, i) => i < last - 1 && t.surface === closing.surface);
  return again > 0 && subject(tokens[again - 1]) && subject(tokens[last - 1]) ? [again - 1, last - 1] : [];
}

/**
 * `이미 세운거야 아직 계획 단계야?`: two clauses of one sentence, each closed as a question by a copula, none
 * with a word that asks: the word that closes the first and the words of the second are the alternatives.
 */
function clausesOffered(tokens: readonly Token[], lexicon: Lexicon): number[] {
  const last = tokens.length - 1;
  const closing = tokens[last];
  if (!closing || closing.background || !COPULA_QUESTION.test(closing.surface)) return [];
  const first = tokens.findLastIndex(
    (t, i) => i < last - 1 && !t.background && t.part === closing.part && COPULA_QUESTION.test(t.surface),
  );
  if (first < 1 || tokens.slice(0, last + 1).some((t) => asksByWord(t, lexicon))) return [];
  // (a bound noun closed so, `세운 거야`, is the verb's before it)
  const word = tokens[first]!.surface.length <= 2 ? first - 1 : first;
  const second = tokens
    .slice(first + 1)
    .flatMap((t, j) => (lexicon.fillers.has(t.surface) ? [] : [first + 1 + j]));
  return second.length > 0 ? [word, ...second] : [];
}

/** `너무 큰데`, `좀 비싼데`: a sentence closed by -ㄴ데 run into the stem before it (데 written apart is a noun). */
function runsIntoNde(sentence: string): boolean {
  const said = withoutTrailingLaughter(sentence.trim().replace(/[.!~]+$/, ''));
  return said.length > 1 && said.endsWith('\uB370') && closesOn(said.at(-2), 'n');
}

/**
 * A remark after the question (`…몇만명이라고? ㅋㅋ 엄청많네`, `뭐하는 회사임? 이름만 들어봄`): a last
 * sentence with no question mark and no question word, closed as a statement, after one that asks.
 * Its tokens become background; the parts it makes up are returned.
 */
function remarkAfterQuestion(
  tokens: Token[],
  sentences: readonly string[],
  lexicon: Lexicon,
  vocabulary: Vocabulary,
): Set<number> {
  const remarks = new Set<number>();
  const last = sentences.length - 1;
  const asks = (sentence: string) => /[?？]\s*$/.test(sentence.trim());
  if (last < 1 || asks(sentences[last]!)) return remarks;
  const own = tokens.filter((t) => Math.floor(t.part / 100) === last);
  // (the asker on themselves, `tl;dr pls, I don't read Korean well`, after a sentence that asks
  // without a question mark)
  // (or, in English, a sentence with no subject opened by what the asker means to do: `want to compare w Japan`)
  const opening = own[0]?.surface.toLowerCase() ?? '';
  const self = lexicon.selfWords.has(opening) || lexicon.intentOpeners.has(opening);
  // (a sentence before that closes as a request asks too: `…투자액도 알려주세요. 추세 그래프 그리려고요`)
  // (laughter or tears after it close nothing: `기사 한줄요약 부탁드려요 ㅎㅎ 바빠서 다 못읽었어요`)
  const requested = (sentence: string) => {
    const bare = withoutTrailingLaughter(sentence.replace(/[\s.!~]+/g, ''));
    return lexicon.requestEndings.some((e) => bare.endsWith(e));
  };
  const earlierAsks =
    tokens.some(
      (t) => Math.floor(t.part / 100) < last && lexicon.questionPhrasesStartingWith(t.keys).length > 0,
    ) || sentences.slice(0, -1).some(requested);
  const closing = own.filter((t) => !LAUGHTER.test(t.surface)).at(-1);
  // (a remark, `엄청많네`, or why it was asked, `…얘기가 나와서요`, `…요즘 핫하던데`)
  const said = closing ? closing.surface.replace(/[.!~]+$/, '') : '';
  // (why it was asked may also follow a request that asks without a question mark: `…3개만 짧게ㅠㅠ
  // 뉴스레터에 넣어야됨`)
  const why = lexicon.koreanEndings.reason.some((e) => said.endsWith(e));
  // (or a remark closed so, `…불렸음 ㅋㅋㅋ 개웃기네`, after a sentence that asks by its question word)
  // (not after a sentence closed by a full stop, which told something: `누가 … 간다고 하더라. … 여러 곳이네.`)
  const remarked = closedBy(said, lexicon.remarkEndings) && !/[.。!]\s*$/.test(sentences[last - 1]!);
  // (a word neither a word nor a name of the article's, and none the lexicon knows but as a filler)
  const unnamed = (t: Token) => !vocabulary.hasWord(t.surface) && !vocabulary.isName(t.surface);
  const unknown = (t: Token) =>
    unnamed(t) && (lexicon.fillers.has(t.surface) || !t.keys.some((k) => lexicon.knows(k)));
  // (a word the lexicon knows only as a filler, `못읽었어요`, says nothing either)
  // (not a noun closed as a guess, `…어디였음? 판교였나`, and not one that asks more,
  // `그리고 연평균 성장률도 있으면 같이요`)
  const unheard =
    earlierAsks &&
    !closedBy(said, lexicon.guessEndings) &&
    !lexicon.standaloneJoinWords.has(own[0]?.surface.toLowerCase() ?? '') &&
    own.every((t) => unnamed(t) && t.keys.every((k) => lexicon.fillers.has(k) || !lexicon.knows(k)));
  if (!sentences.slice(0, -1).some(asks) && !((self || why || remarked || unheard) && earlierAsks))
    return remarks;
  const aside =
    lexicon.remarkEndings.some((e) => said.endsWith(e)) ||
    lexicon.backgroundMarkers.some((m) => said.length > m.length && said.endsWith(m)) ||
    // (or by the same ending after a stem it runs into, `너무 큰데`, `좀 비싼데`: -ㄴ데)
    runsIntoNde(sentences[last]!) ||
    why ||
    // (or the asker on themselves: `I'm new here and can't read Korean fast`)
    self ||
    // (or, in English or chat letters after a question mark, words none of which the article or the
    // lexicon knows but as chat: `not a native speaker sry`, `ㅇㅇ/ㄴㄴ로만`; a Korean word is read by its
    // ending, `판교였나` guesses)
    (sentences.slice(0, -1).some(asks) &&
      own.every((t) => (/^[a-z']+$/.test(t.surface) || /[ㄱ-ㅎ]/.test(t.surface)) && unknown(t))) ||
    // (after one that asks, with or without a question mark, a sentence of which neither the article nor
    // the lexicon knows a word tells of the asker: `…바빠서 다 못읽었어요`, `…맘카페에 올리게요`)
    unheard;
  if (!closing || !aside) return remarks;
  // (not one that asks, though closed so: `거기서 몇개 기업이랑 협력하는데`)
  const asking = (t: Token) =>
    t.keys.some((k) => lexicon.interrogatives.has(k)) ||
    [...lexicon.interrogatives].some((q) => isHangulSyllables(q) && t.surface.startsWith(q));
  if (own.some(asking)) return remarks;
  for (const t of own) {
    t.background = true;
    remarks.add(t.part);
  }
  return remarks;
}

/**
 * Latin words written with a capital inside a sentence (`Did Meta also …`), lower-cased: English
 * writes names so. Not when most words are capitalised (a title-cased question says nothing).
 */
function capitalisedWords(raw: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of raw.split(/(?<=[.?!。？！])\s+|\n+/)) {
    const words = sentence.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
    // In Korean, which has no capitals, a capitalised Latin word is a name wherever it stands (`Meta도`).
    if (/[가-힣]/.test(sentence)) {
      for (const w of words) if (/^[A-Z][a-z]/.test(w)) out.add(w.toLowerCase());
      continue;
    }
    const inside = words.slice(1);
    const capitals = inside.filter((w) => /^[A-Z][a-z]/.test(w));
    if (capitals.length * 2 > inside.length) continue;
    for (const w of capitals) out.add(w.toLowerCase());
  }
  // (`Sung-hyun`: each part of a name written with a hyphen is a word of it)
  for (const w of [...out]) for (const part of w.split(/[-'’]/)) if (part) out.add(part);
  return out;
}

/** `2022년글로벌VC`: the unit after a number is a word of its own, and so is what follows it. */
function splitUnitAfterNumber(words: string[], lexicon: Lexicon, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    const unit = i > 0 && /^[0-9]+$/.test(words[i - 1]!) ? /^(년도|년|월|만|억|조)(.{2,})$/.exec(word) : null;
    const rest = unit?.[2];
    // (not a unit with its particle and closing, `년까지던가`, which says nothing of its own)
    if (
      rest &&
      isHangulSyllables(rest) &&
      !lexicon.grammar.numberUnit.test(word) &&
      (vocabulary.hasWord(rest) || lexicon.knows(rest) || vocabulary.knows(rest) || rest.length >= 4)
    )
      out.push(unit[1]!, rest);
    else out.push(word);
  });
  return out;
}

/**
 * A word typed as its initial consonants (`ㅂㅈㄱ 최대 얼마야`, `고객사 ㅇㄷㅇㄷ?`), spelled out: a question
 * word the lexicon knows so, or the one word of the facts they spell. A name is left to the names.
 */
function spelledOut(
  word: string,
  lexicon: Lexicon,
  vocabulary: Vocabulary,
  around: readonly string[] = [],
): string {
  if (!/^[ㄱ-ㅎ]{2,}$/.test(word) || lexicon.chatNoise.has(word) || /^([ㄱ-ㅎ])\1+$/.test(word)) return word;
  const asked = lexicon.initialQuestionWords.get(word);
  if (asked) return asked;
  if (vocabulary.resemblesName(word)) return word;
  return vocabulary.spelledBy(word, around) ?? word;
}

/**
 * Words typed together that read apart: a word of the article and `말고`/`빼고` (`팩스말고`), or a
 * question word and the verb after it (`뭐있었지`, `어디갔어`).
 */
function splitGlued(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string[] {
  if (!isHangulSyllables(word) || word.length < 2) return [word];
  for (const [except] of lexicon.excludeAfter) {
    if (except === undefined || !word.endsWith(except)) continue;
    const rest = word.slice(0, -except.length);
    if (rest.length >= 2 && (vocabulary.hasWord(rest) || lexicon.knows(rest))) return [rest, except];
  }
  // (`세개`, `두가지`, `세가지만`: how many, and of what)
  for (let split = 1; split <= 2; split++) {
    const [count, counter] = [word.slice(0, split), word.slice(split)];
    if (
      lexicon.summaryLineNumbers.has(count) &&
      lexicon.lemmaKeys(counter).some((k) => lexicon.itemCounters.has(k))
    )
      return [count, counter];
  }
  // (`어떤식이야`, `무슨회사임`: a question word before a noun, typed without the space)
  for (const asked of lexicon.interrogativeDeterminers) {
    const noun = word.slice(asked.length);
    if (!word.startsWith(asked) || !noun || lexicon.interrogatives.has(word)) continue;
    const stems = [noun, ...nounStems(lexicon.grammar, noun)];
    if (stems.some((w) => lexicon.knows(w) || vocabulary.hasWord(w) || lexicon.fillers.has(w)))
      return [asked, noun];
  }
  // (`최대몇퍼임`, `대표누구야`: a noun before a question word, typed without the space)
  const glued = nounBeforeAsking(word, lexicon, vocabulary);
  if (glued) return glued;
  for (let split = 1; split <= 2; split++) {
    const [asked, verb] = [word.slice(0, split), word.slice(split)];
    // (`뭐했어`, `뭐하는`: the question word with its light verb reads as one word already)
    if (
      lexicon.interrogatives.has(asked) &&
      readVerb(lexicon.grammar, verb).length > 0 &&
      !lexicon.lemmaKeys(word).includes(asked)
    )
      return [asked, verb];
  }
  return [word];
}

/** `최대몇퍼임` → 최대 + 몇퍼임: a noun the lexicon or the article knows, then a question word. */
function nounBeforeAsking(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string[] | undefined {
  const known = (w: string) => lexicon.knows(w) || vocabulary.hasWord(w);
  if (!lexicon.gluedAsking.after.test(word) || known(word)) return undefined;
  // (what the words of the article and the lexicon part already, `최대몇퍼센트까지임`, they part)
  if (segment(word, lexicon, vocabulary).length > 1) return undefined;
  for (let split = word.length - 1; split >= 2; split--) {
    const [noun, rest] = [word.slice(0, split), word.slice(split)];
    if (!lexicon.gluedAsking.at.test(rest)) continue;
    if (known(noun) || nounStems(lexicon.grammar, noun).some(known)) return [noun, rest];
  }
  return undefined;
}

function splitDependentNoun(word: string, lexicon: Lexicon): string[] {
  if (!isHangulSyllables(word) || word.length < 2) return [word];
  // `중인데`, `있는데`: an ending that sets background, not a noun.
  if (lexicon.backgroundMarkers.some((m) => word.endsWith(m))) return [word];
  for (let i = word.length - 1; i >= 1; i--) {
    const noun = word.slice(i);
    const head = word[i]!;
    // `옮긴데 어디임`, `옮긴데는`: 데 (the place, the one) after a verb's past, as the last syllable or
    // before a particle.
    const party =
      lexicon.partyNouns.has(head) &&
      (i === word.length - 1 || lexicon.subjectParticles.includes(word.slice(i + 1)));
    if (!lexicon.verbNouns.has(head) && !party) continue;
    // (`물어볼게요`: the asker's promise, no bound noun)
    if (lexicon.promiseEndings.includes(noun)) continue;
    const after = noun.slice(1);
    // (`큰건데`: 건 is 거 with the copula run into it, so 데 is what is left of 인데)
    const copulaRunIn = closesOn(head, 'n');
    const contracted = (e: string) => copulaRunIn && e.length === after.length + 1 && e.endsWith(after);
    if (
      after &&
      !lexicon.grammar.nounEndings.includes(after) &&
      !lexicon.grammar.nounEndings.some(contracted)
    )
      continue;
    const verb = word.slice(0, i);
    if (!endsBeforeNoun(verb)) continue;
    const light = readLightVerb(lexicon.grammar, verb);
    const reads = readVerb(lexicon.grammar, verb).length > 0 || (!!light && light.lemma !== '이다');
    if (!reads && !(/[는던]$/.test(verb) && verb.length >= 2)) continue;
    return [verb, noun];
  }
  return [word];
}

/** `일본내`, `한국외`: a name with a word for inside or outside of it typed on, apart (`일본 내`). */
function positionApart(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string[] {
  const position = lexicon.positionNouns.find((p) => word.length > p.length + 1 && word.endsWith(p));
  const name = position ? word.slice(0, -position.length) : '';
  return position && isHangulSyllables(word) && vocabulary.isName(name) ? [name, position] : [word];
}

/** `ㅇㅅㅌㅇㅈ랑`, `ㄴㅁㄹ증권`: initial consonants with a particle or a known word typed onto them, apart. */
function initialsApart(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string[] {
  const typed = /^([ㄱ-ㅎ]{2,})([가-힣]+)$/.exec(word);
  if (!typed) return [word];
  const after = typed[2]!;
  const known =
    lexicon.grammar.nounEndings.includes(after) || vocabulary.hasWord(after) || lexicon.knows(after);
  return known ? [typed[1]!, after] : [word];
}

/**
 * A word nobody uses that is a word of the article or the lexicon with one vowel slipped (`대퓨` →
 * 대표, `투쟈액` → 투자액): that word. Words of two syllables or more only.
 */
function slipFixed(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string {
  if (!isHangulSyllables(word) || word.length < 2 || word.length > 8) return word;
  const known = (w: string) =>
    vocabulary.hasWord(w) ||
    vocabulary.isName(w) ||
    lexicon.knows(w) ||
    nounStems(lexicon.grammar, w).some((s) => s.length >= 2 && (vocabulary.hasWord(s) || lexicon.knows(s)));
  if (known(word) || readVerb(lexicon.grammar, word).length > 0) return word;
  // (a clause closed as background, `준비 중인데요`, is closed so as typed)
  if (lexicon.backgroundMarkers.some((m) => word.length > m.length && word.endsWith(m))) return word;
  // (a consonant typed plain, tense or aspirated only in a name, `도꾜` → 도쿄: in other words it makes
  // another word, `자리` → 짜리)
  const isName = (w: string) => vocabulary.isName(w) || lexicon.places.includes(w);
  const name = (w: string) => isName(w) || nounStems(lexicon.grammar, w).some(isName);
  return vowelSlips(word).find(known) ?? consonantSlips(word).find(name) ?? word;
}

/** Sizes after which even a small number in words is a figure (`one billion`, `three percent`). */
const SIZE_AFTER = /^(percent|billion|million|thousand|trillion|hundred)$/;

/**
 * A number written as a word is a figure to check (`fifty companies`), except one, two or three,
 * which mostly count what the question names (`the two countries`, `which three big tech companies`)
 * unless a size follows them.
 */
function numberWord(word: string, next: string | undefined, lexicon: Lexicon): string {
  const number = lexicon.numberWords.get(word);
  if (number === undefined) return word;
  if (Number(number) <= 3 && !(next && SIZE_AFTER.test(next))) return word;
  return number;
}

const MAGNITUDES: Readonly<Record<string, number>> = {
  십: 10,
  백: 100,
  천: 1e3,
  만: 1e4,
  억: 1e8,
  조: 1e12,
  k: 1e3,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/** `1조 2000억`, `4400억`, `41만`, `18.6 billion`, `400k`: a number and its magnitudes. */
const AMOUNT =
  /(\d+(?:[.,]\d+)*)\s*([십백천]?[조억만]|천|k\b|thousand|million|billion|trillion)(?:\s*(\d+(?:[.,]\d+)*)\s*([십백천]?[억만]|천))?/gi;
/** The amounts written in a text (`450억`, `27조 2700억`): each as written, and its first number. */
export function amountsWritten(text: string): { readonly digits: string; readonly written: string }[] {
  return [...text.matchAll(AMOUNT)].map((m) => ({ digits: m[1]!, written: m[0].trim() }));
}

/** A size, or a size of a size written as one word (`천억`, `십만`): the product of its sizes. */
const magnitudeOf = (word: string): number =>
  /^[십백천만억조]{2,}$/.test(word)
    ? [...word].reduce((product, size) => product * (MAGNITUDES[size] ?? 1), 1)
    : (MAGNITUDES[word.toLowerCase()] ?? 1);
/** `10개 중 7개`, `열에 일곱`-like shares written with digits: a percentage. */
const SHARE = /(\d+)\s*(?:개|곳|명)?\s*중(?:에|에서)?\s*(\d+)\s*(?:개|곳|명)?/g;

/** An amount the message gives: its value, the digits written for it, and whether it is said roughly. */
export interface Amount {
  readonly digits: readonly string[];
  readonly value: number;
  /** `1조 가까이`, `about 20조`, `10개 중 7개`: said roughly, near the figure is the figure. */
  readonly rough: boolean;
}

function amountsIn(text: string, lexicon: Lexicon): Amount[] {
  const out: Amount[] = [];
  const number = (n: string) => Number.parseFloat(n.replace(/,/g, ''));
  const { before, after } = lexicon.roughly;
  // (a word for roughly before it, `약`, `about`; after it, on its unit or next, `억엔쯤`, `달러 정도`)
  const rough = (at: number, end: number) => {
    const preceding = text.slice(0, at).trim().toLowerCase().split(/\s+/).at(-1) ?? '';
    const [attached = '', next = ''] = text.slice(end).toLowerCase().split(/\s+/);
    return before.includes(preceding) || after.some((w) => attached.includes(w) || next.startsWith(w));
  };
  for (const m of text.matchAll(AMOUNT)) {
    const value = number(m[1]!) * magnitudeOf(m[2]!) + (m[3] ? number(m[3]) * magnitudeOf(m[4]!) : 0);
    const digits = [m[1]!, m[3]].filter((d): d is string => !!d).flatMap((d) => d.split(/[,.]/));
    if (Number.isFinite(value)) out.push({ digits, value, rough: rough(m.index, m.index + m[0].length) });
  }
  for (const m of text.matchAll(SHARE)) {
    const whole = number(m[1]!);
    const part = number(m[2]!);
    if (whole > 0 && part <= whole)
      out.push({ digits: [m[1]!, m[2]!], value: (part / whole) * 100, rough: true });
  }
  return out;
}

/** `수십만`: an unstated number of tens of thousands, at least ten of them. */
const SOME = /(?<![가-힣])수(십|백|천)?(만|억|조)?/g;

/**
 * Lower bounds a figure must reach: `40만 넘게`, `100곳 이상`, `more than 400k`, `over 400,000`,
 * `수십만 명`. Their digits are no exact numbers to find.
 */
function lowerBounds(text: string, lexicon: Lexicon): { values: number[]; digits: Set<string> } {
  const values: number[] = [];
  const digits = new Set<string>();
  const add = (number: string, magnitude: string | undefined) => {
    const value = Number.parseFloat(number.replace(/,/g, '')) * (magnitude ? magnitudeOf(magnitude) : 1);
    if (!Number.isFinite(value)) return;
    values.push(value);
    for (const d of number.split(/[,.]/)) if (d) digits.add(d);
  };
  for (const m of text.matchAll(lexicon.lowerBoundAfter)) add(m[1]!, m[2]);
  for (const m of text.matchAll(lexicon.lowerBoundBefore)) add(m[1]!, m[2]);
  for (const m of text.matchAll(SOME)) {
    if (!m[1] && !m[2]) continue;
    values.push(magnitudeOf(`${m[1] ?? ''}${m[2] ?? ''}`));
  }
  return { values, digits };
}

/**
 * `올거나이즈 일본 매출 70퍼면 고객 누구누구임`: a figure made a condition, then a question of another kind (who,
 * which, where): what the question rests on, not what it asks. (Not before an amount asked, `450억 엔이면 달러로
 * 얼마야`, which converts the figure given.)
 */
function premised(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const token = tokens[i]!;
  // (the number, or its unit after it: `70퍼면` is read as 70 and 퍼면)
  const figure = /[0-9]/.test(token.surface) || /^[0-9]+$/.test(tokens[i - 1]?.surface ?? '');
  if (!figure || !closedBy(token.surface, lexicon.conditionalEndings)) return false;
  const after = tokens.slice(i + 1);
  const types = after.flatMap((t) => lexicon.questionPhrasesStartingWith(t.keys).map((q) => q.type));
  return (
    types.some((t) => t === 'person' || t === 'which' || t === 'place') &&
    !types.includes('amount') &&
    !after.some((t) => t.keys.some((k) => lexicon.unitWords.has(k)))
  );
}

/** A word that closes a clause as background (`들어봤는데`, `간다던데`, `중요할 텐데`). */
function closesAsBackground(token: Token | undefined, lexicon: Lexicon): boolean {
  return (
    !!token &&
    (lexicon.backgroundMarkers.some((m) => token.surface.length > m.length && token.surface.endsWith(m)) ||
      lexicon.backgroundClosers.has(token.surface))
  );
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * An English word nobody spells so, one letter from a word of the facts (`goverment` → government,
 * `investmnet` → investment): that word. Words of five letters or more that are no English word.
 */
function englishTypoFixed(word: string, vocabulary: Vocabulary): string {
  if (!/^[a-z]{5,20}$/.test(word) || isEnglishWord(word) || vocabulary.isName(word)) return word;
  const candidates = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    if (after) candidates.add(before + after.slice(1)); // a letter too many
    if (after.length > 1) candidates.add(before + after[1] + after[0] + after.slice(2)); // two swapped
    for (const letter of LETTERS) {
      candidates.add(before + letter + after); // a letter missing
      if (after) candidates.add(before + letter + after.slice(1)); // a letter wrong
    }
  }
  candidates.delete(word);
  return [...candidates].find((c) => vocabulary.hasWord(c)) ?? word;
}
