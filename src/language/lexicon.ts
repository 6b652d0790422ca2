import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { normalizeText, tokenize } from '../search/normalize.ts';
import {
  buildVerbTable,
  isHangulSyllables,
  type KoreanGrammar,
  nounStems,
  readLightVerb,
  readVerb,
} from './korean.ts';

/** Kinds of answer a question word asks for. */
export const QUESTION_TYPES = [
  'person',
  'time',
  'amount',
  'reason',
  'place',
  'which',
  'name',
  'profile',
  'compare',
  'opinion',
  'said',
  'yesno',
  'summary',
  'list',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const UNITS = [
  'percent',
  'people',
  'organizations',
  'money',
  'won',
  'yen',
  'dollar',
  'year',
  'ordinal',
  'count',
  'ratio',
] as const;
export type Unit = (typeof UNITS)[number];

export const ARTICLE_FIELDS = ['article', 'date', 'author', 'title', 'category'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

const words = z.array(z.string().min(1));
const GeneralLexicon = z
  .object({
    $comment: z.string().optional(),
    questionWords: z.record(z.enum(QUESTION_TYPES), words),
    units: z.record(z.enum(UNITS), words),
    articleWords: z.record(z.enum(ARTICLE_FIELDS), words),
    articleParts: z
      .object({ $comment: z.string().optional(), start: words, end: words, other: words })
      .strict(),
    textWords: z.object({
      $comment: z.string().optional(),
      words,
      sentences: words,
      first: words,
      last: words,
      closes: words,
      opens: words,
    }),
    requestEndings: words,
    unaskedRequestEndings: z.object({ $comment: z.string().optional(), words }).strict(),
    abilityAsked: z.object({ $comment: z.string().optional(), after: words, words }).strict(),
    canDo: z.object({ $comment: z.string().optional(), noun: z.string(), verbs: words }).strict(),
    percentSpelled: z.object({ $comment: z.string().optional(), ko: z.string(), en: z.string() }).strict(),
    usedFor: z.object({ $comment: z.string().optional(), suffix: z.string(), particles: words }).strict(),
    synonyms: z.array(words.min(2)),
    backgroundMarkers: words,
    backgroundClosers: z.object({ $comment: z.string().optional(), words }).strict(),
    obligedBecause: z.object({
      $comment: z.string().optional(),
      words,
      after: words,
      afterVerb: words,
      purpose: words,
      willDo: words,
      forUse: words,
      doingNow: words,
      since: words,
    }),
    ownWriting: z.object({ $comment: z.string(), documents: words, verbs: words, confirm: words }).strict(),
    anaphora: words,
    nounsInDa: z.object({ $comment: z.string(), words }).strict(),
    fillers: words,
    nowWords: words,
    selfWords: words,
    narration: z.object({ $comment: z.string(), openers: words, pastVerbs: words }).strict(),
    numberUnits: z.object({
      $comment: z.string().optional(),
      sizes: words,
      counters: words,
      units: words,
      particles: words,
      closings: words,
      asking: words,
    }),
    fieldWords: z.object({ $comment: z.string().optional(), words }),
    degreeAsked: z.object({ $comment: z.string().optional(), words, qualities: words }),
    sectorWords: z.object({
      $comment: z.string().optional(),
      groups: z.array(z.object({ words, inNames: words })),
    }),
    adverbEndings: z.object({ $comment: z.string().optional(), words, english: words, meaningful: words }),
    standpoints: z.object({ $comment: z.string().optional(), words, after: words, particles: words }),
    englishGrammar: z.object({
      $comment: z.string().optional(),
      auxiliaries: words,
      subjectPronouns: words,
      reportingVerbs: words,
      perfect: words,
      objectDeterminers: words,
      beVerbs: words,
      beneficiary: words,
      possessives: words,
      kindAskers: words,
      needs: words,
      reasonOpeners: words,
      ownPronouns: words,
      inWords: words,
    }),
    koreanEndings: z.object({
      $comment: z.string().optional(),
      contractedCopula: words,
      agreement: words,
      reason: words,
      exclamative: words,
      spans: words,
      passive: words,
      polite: words,
    }),
    stageWords: words,
    gluedQuestionWords: z.object({ $comment: z.string(), words }).strict(),
    chatNoise: words,
    laughterAfterClosing: z
      .object({ $comment: z.string(), syllables: words, letters: words, turns: words })
      .strict(),
    chatSeparators: words,
    listClosing: words,
    lastingVerbs: z.object({ $comment: z.string(), words }).strict(),
    emphasis: z.object({ $comment: z.string(), words }).strict(),
    memberVerbs: z.object({ $comment: z.string(), words, only: words }).strict(),
    exclamations: z.object({ $comment: z.string().optional(), words }),
    outsideNames: words,
    places: words,
    pluralMarker: z.object({ $comment: z.string().optional(), marker: z.string().min(1) }).strict(),
    namePlaceParticle: z.object({ $comment: z.string(), particle: z.string().min(1) }).strict(),
    yearSpan: z.object({ $comment: z.string(), between: words }).strict(),
    otherLanguages: z.object({ $comment: z.string(), languages: words, verbs: words }).strict(),
    companyNouns: words,
    partyNouns: words,
    companyRoles: words,
    sayingWords: words,
    personNamed: z.object({ $comment: z.string().optional(), words }),
    appealWords: z.object({ $comment: z.string().optional(), words }),
    destinationVerbs: z.object({ $comment: z.string().optional(), words }),
    sitingVerbs: z.object({ $comment: z.string().optional(), words }),
    standingVerbs: z.object({ $comment: z.string(), words }).strict(),
    roughly: z.object({ $comment: z.string().optional(), before: words, after: words }),
    quotePointers: z.object({ $comment: z.string().optional(), words }),
    recipients: z.object({ $comment: z.string().optional(), verbs: words, receivers: words, said: words }),
    orEndings: z.object({ $comment: z.string().optional(), words, standalone: words, regardless: words }),
    apposition: z.object({ $comment: z.string().optional(), words }),
    promiseEndings: z.object({ $comment: z.string().optional(), words }),
    originWords: z.object({ $comment: z.string().optional(), words }),
    sameState: z.object({ $comment: z.string().optional(), words }),
    nameNouns: z.object({ $comment: z.string().optional(), words }),
    conversionWords: z.object({ $comment: z.string().optional(), words }),
    positionNouns: z.object({ $comment: z.string().optional(), words }),
    eligibility: z.object({ $comment: z.string().optional(), askers: words, verbs: words }),
    describedRole: z.object({
      $comment: z.string().optional(),
      of: words,
      titles: words,
      relatives: words,
      which: z.object({ ko: z.string(), en: z.string() }),
    }),
    intentClosings: z.object({ $comment: z.string().optional(), words, asking: words }),
    howFar: z.object({ $comment: z.string().optional(), words, verbs: words }),
    relativeWhen: z.object({ $comment: z.string().optional(), words, after: words, before: words }),
    institutionWords: words,
    lowerBounds: z.object({ after: words, before: words }).strict(),
    durations: z
      .object({
        $comment: z.string().optional(),
        units: words,
        after: words,
        within: words,
        before: words,
        spans: z.record(z.string(), z.string()),
      })
      .strict(),
    questionJoiners: z
      .object({
        enumerators: words,
        framing: words,
        words,
        endings: words,
        openWords: words,
        nounEndings: words,
        preambles: words,
        quotative: words,
        goingOn: words,
        doneWith: words,
        standalone: words,
        requestJoined: z.record(z.string(), z.string()),
      })
      .strict(),
    verbNouns: words,
    boundNouns: words,
    personNouns: words,
    unitSuffixes: z.partialRecord(z.enum(UNITS), words),
    measureNouns: z.partialRecord(z.enum(UNITS), words),
    countNouns: words,
    explainWords: z.object({ $comment: z.string().optional(), words }).strict(),
    givenVerbs: words,
    organizationEndings: words,
    wherePronouns: words,
    heardVerbs: words,
    remarkEndings: words,
    guessEndings: z.object({ $comment: z.string(), words }).strict(),
    placeParticles: words,
    alsoParticles: words,
    stackedParticles: z.object({ $comment: z.string(), last: words, first: words, copulas: words }).strict(),
    hearsayEndings: words,
    claimClauses: z.object({ $comment: z.string().optional(), words }).strict(),
    summaryFocus: z.object({ $comment: z.string().optional(), words }).strict(),
    addenda: z.object({ $comment: z.string().optional(), words }).strict(),
    countryInitials: z
      .object({
        $comment: z.string().optional(),
        initials: z.record(z.string(), z.string()),
        alongside: words,
      })
      .strict(),
    intentOpeners: z.object({ $comment: z.string().optional(), words }).strict(),
    stanceWords: z.object({ $comment: z.string().optional(), words }).strict(),
    narrowKinds: z.object({ $comment: z.string().optional(), words }).strict(),
    arithmetic: z
      .object({
        $comment: z.string(),
        sum: words,
        change: words,
        most: words,
        extremes: z.object({ max: words, min: words }),
      })
      .strict(),
    sizeAsked: z
      .object({
        $comment: z.string(),
        larger: words,
        smaller: words,
        more: words,
        choice: words,
        than: words,
        or: words,
        subjectEndings: words,
        copulas: words,
        ratio: words,
        of: words,
      })
      .strict(),
    pointingBack: z.object({ $comment: z.string().optional(), words }).strict(),
    identityAskers: z.object({ $comment: z.string().optional(), words }).strict(),
    measureWords: z
      .object({ $comment: z.string().optional(), forms: z.record(z.string(), z.string()) })
      .strict(),
    tellers: z.object({ $comment: z.string().optional(), quoteEndings: words, sayingVerbs: words }).strict(),
    relativeTimes: words,
    formerTimes: z.object({ $comment: z.string().optional(), words, doneThen: words }).strict(),
    cityWords: words,
    countryWords: words,
    topics: z.array(words.min(2)),
    opposites: z.array(z.tuple([words.min(1), words.min(1)])),
    claimModifiers: words,
    viewWords: words,
    pairPointers: words,
    universalWords: words,
    seriesWords: words,
    timeBounds: z.object({ start: words, end: words }).strict(),
    abbreviations: z.record(z.string(), z.string()),
    borrowedWords: z.object({ $comment: z.string().optional(), words: z.record(z.string(), z.string()) }),
    aloneWords: words,
    whereInArticle: z.object({ $comment: z.string().optional(), phrases: words }).strict(),
    eachWords: words,
    conditionalEndings: words,
    deedAsked: z
      .object({
        $comment: z.string(),
        asking: words,
        did: words,
        didOpening: words,
        thing: words,
        fused: words,
      })
      .strict(),
    exclusiveWords: z.object({ $comment: z.string().optional(), words }),
    membershipWords: z.object({ $comment: z.string().optional(), words }),
    nameForms: z.object({ $comment: z.string().optional(), words }),
    dependentNouns: words,
    demonyms: z.record(z.string(), z.string()),
    commonNouns: words,
    kindNouns: z
      .object({
        $comment: z.string().optional(),
        place: words,
        person: words,
        time: words,
        amount: words,
      })
      .strict(),
    rateEndings: z.object({ $comment: z.string(), words }).strict(),
    verbalEndings: words,
    mentionVerbs: words,
    articleSayVerbs: words,
    activityWords: words,
    startupWords: words,
    referring: z
      .object({
        $comment: z.string().optional(),
        person: words,
        personPronouns: words,
        company: words,
        companyPronouns: words,
        companyPossessives: words,
        companyPlural: words,
        idioms: words,
        country: words,
        placePointers: words,
        paragraphBefore: words,
        paragraphAfter: words,
        partPointers: words,
        rowBefore: words,
        rowAfter: words,
        otherSide: words,
        others: words,
        thing: words,
        answer: words,
        statement: words,
        ordinals: z.record(z.string(), z.number().int()),
        sumUp: z.object({ ko: z.string(), en: z.string() }),
        setApart: z.object({ ko: z.string(), en: z.string(), joinKo: z.string(), joinEn: z.string() }),
        groupCounted: z
          .object({
            $comment: z.string().optional(),
            counts: z.record(z.string(), z.number().int()),
            nouns: words,
            after: words,
            before: words,
          })
          .strict(),
        partNamed: z.object({ ko: z.string(), en: z.string() }),
        whereAsked: z.object({ ko: z.string(), en: z.string() }),
        setAgainst: words,
        article: z.object({ ko: z.string(), en: z.string() }),
        itemNouns: words,
        degree: words,
        degreeQualities: words,
        yearAfter: words,
        yearBetween: words,
        seriesEnd: words,
        yearBefore: words,
        yearsAfter: words,
        yearsBefore: words,
        itemAfter: words,
        itemBefore: words,
        challenge: words,
        again: words,
        againAsking: words,
      })
      .strict(),
    alongsideWords: z.object({ $comment: z.string().optional(), words }).strict(),
    togetherWords: words,
    countedItems: z.object({ $comment: z.string().optional(), generic: words, counters: words }),
    describedAs: z.object({ $comment: z.string().optional(), words }).strict(),
    conclusionWords: z.object({ $comment: z.string().optional(), words }).strict(),
    collectiveNouns: z.object({ $comment: z.string().optional(), words }).strict(),
    countryKinds: z.object({ $comment: z.string().optional(), words }).strict(),
    negations: z.object({ $comment: z.string().optional(), words, endings: words }).strict(),
    tableWords: z.object({ $comment: z.string().optional(), words }).strict(),
    bodyWords: z.object({ $comment: z.string().optional(), words }).strict(),
    conditionWords: z.object({ $comment: z.string().optional(), words }).strict(),
    allTables: z.object({ $comment: z.string().optional(), words }).strict(),
    means: z
      .object({ $comment: z.string().optional(), words, markers: words, how: words, growing: words })
      .strict(),
    groupCounters: z.object({ $comment: z.string().optional(), words }).strict(),
    should: z
      .object({
        $comment: z.string().optional(),
        endings: words,
        followedBy: words,
        english: words,
        markers: words,
        notClosing: words,
        agents: words,
        proposes: words,
        nouns: words,
      })
      .strict(),
    sectionWords: z
      .object({ $comment: z.string().optional(), words, outline: words, besides: words })
      .strict(),
    stepWords: z.object({ $comment: z.string().optional(), words, notBefore: words }).strict(),
    sourceWords: z.object({ $comment: z.string().optional(), data: words, pointers: words, from: words }),
    aspect: z.object({ $comment: z.string().optional(), ongoing: words, done: words, ongoingFacts: words }),
    figuresWanted: z
      .object({
        $comment: z.string().optional(),
        include: words,
        key: words,
        figures: words,
        particles: words,
      })
      .strict(),
    summaryLines: z
      .object({
        $comment: z.string().optional(),
        numbers: z.record(z.string(), z.number().int().min(1)),
        lines: words,
        paragraphs: words,
        each: words,
        enough: words,
      })
      .strict(),
    listKinds: z
      .object({
        $comment: z.string().optional(),
        companies: words,
        people: words,
        countries: words,
        figures: words,
        years: words,
        reasons: words,
        measures: words,
        rows: words,
      })
      .strict(),
    answerWords: z
      .object({
        $comment: z.string().optional(),
        time: words,
        start: words,
        end: words,
        reason: words,
        ordinal: words,
        plan: words,
        companyClass: words,
      })
      .strict(),
    titleWords: words,
    subjectParticles: words,
    countWord: z.string().min(1),
    askingAfterCompany: words,
    policyWords: words,
    articleTopicWords: words,
    interrogatives: words,
    sayingQuoted: z.object({ $comment: z.string().optional(), endings: words, nouns: words }).strict(),
    summaryOfQuestion: z.object({ $comment: z.string().optional(), endings: words }).strict(),
    interrogativeDeterminers: words,
    indefiniteBefore: z.object({ $comment: z.string().optional(), words }),
    greetings: z.object({ $comment: z.string().optional(), words }),
    particles: z
      .object({
        $comment: z.string().optional(),
        place: words,
        placeBefore: words,
        comparedWith: words,
        recipient: words,
        means: words,
        like: words,
        choice: words,
        with: words,
        shortened: z.record(z.string(), z.string()),
        paired: words,
        topic: words,
        subject: words,
        object: words,
        only: words,
      })
      .strict(),
    causes: z.object({ $comment: z.string().optional(), claim: words, fact: words }),
    initialQuestionWords: z.record(z.string(), z.string()),
    quantities: words,
    quantityPercents: z.record(z.string(), z.union([z.number(), z.string()])),
    numberWords: z.record(z.string(), z.string().regex(/^[0-9]+$/)),
    exclusion: z
      .object({ $comment: z.string().optional(), after: words, before: words, notSubject: words })
      .strict(),
    speculation: z.object({ endings: words, words }).strict(),
    closingEndings: z.object({ $comment: z.string().optional(), words }).strict(),
    statementEndings: z.object({ $comment: z.string().optional(), words }).strict(),
    joiningAfterPast: z.object({ $comment: z.string().optional(), words }).strict(),
    verbEndings: words,
    nounEndings: words,
    lightVerbs: words,
    honorificCopula: z
      .object({ $comment: z.string().optional(), forms: z.record(z.string(), z.string()) })
      .strict(),
    auxiliaryVerbs: words,
    englishIrregular: z.record(z.string(), z.string()),
    englishContractions: z.record(z.string(), z.string()),
    koreanChatEndings: z.record(z.string(), z.string()),
  })
  .strict();
type GeneralLexicon = z.infer<typeof GeneralLexicon>;

/** The general word lists, validated once: a broken list is a bug, reported with its path. */
export function loadGeneralLexicon(): GeneralLexicon {
  const url = new URL('./lexicon.json', import.meta.url);
  const parsed = GeneralLexicon.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `src/language/lexicon.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** A word or phrase of a list, as the tokens a question would hold (`테크 공룡` → [`테크`, `공룡`]). */
export type Phrase = readonly string[];

function phrase(text: string): Phrase {
  return tokenize(normalizeText(text));
}

/**
 * The lexicon a snapshot answers with: the general lists merged with the articles' own sets, and the
 * grammar built from them. Built once per knowledge snapshot (a reload picks up new words).
 */
export class Lexicon {
  readonly grammar: KoreanGrammar;
  /** Each set of equivalent words, as phrases; a phrase's first token indexes it. */
  readonly sets: readonly (readonly Phrase[])[];
  private readonly setsByToken = new Map<string, number[]>();
  /** Question words and phrases by their first word, longest first: a question looks up only the
   * phrases that can start at a word. */
  private readonly questionsByFirstWord = new Map<string, { type: QuestionType; phrase: Phrase }[]>();
  readonly unitWords: ReadonlyMap<string, Unit>;
  readonly articlePhrases: readonly { readonly field: ArticleField; readonly phrase: Phrase }[];
  /** Where in the article (`마지막`, `끝부분`, `end`): beside a word for the article, they ask nothing. */
  articleParts!: readonly Phrase[];
  /** Words for the article's beginning (`첫머리`) and end (`마지막`), by the end they name. */
  articleEnds!: ReadonlyMap<string, 'start' | 'end'>;
  /** Words for the article's own text (`소제목`, `맥락`, `인용`, `wording`): they ask nothing to find. */
  textWords!: ReadonlySet<string>;
  /** Words for a sentence or paragraph of the article (`문장`, `문단`, `sentence`). */
  sentenceWords!: ReadonlySet<string>;
  /** Words for the first and the last of the article's sentences or paragraphs. */
  firstLast!: {
    readonly first: readonly Phrase[];
    readonly last: readonly Phrase[];
    /** Verbs for how the article begins (`시작하다`, `start`). */
    readonly opens: ReadonlySet<string>;
    /** Verbs for how the article ends (`끝나다`, `end`). */
    readonly closes: ReadonlySet<string>;
  };
  /** How a request closes (`알려줘`, `설명해 주세요`, `알려줄 수 있어?`): it asks for something, not yes or no. */
  readonly requestEndings: readonly string[];
  /** Endings that close a request only when no question mark follows (`하나만 대봐`, not `나쁘게 봐?`). */
  unaskedRequestEndings!: readonly string[];
  /** `두 줄 요약 가능?`: whether what the bot does can be done, after the word for it (the word that asks so). */
  abilityAsked!: RegExp;
  /** A quantity with the word of roughness typed onto it (`절반정도`): the two. */
  roughQuantity!: RegExp;
  /** The bound noun of ability typed onto the verbs around it (`설명해줄수있어`): its verb before, its noun. */
  canDo!: RegExp;
  /** The percent sign written out as a word, in each language. */
  percentSpelled!: { readonly ko: string; readonly en: string };
  /** `기업들`, `나라들이`: a Korean noun typed with the plural marker after its Hangul. */
  koreanPlural!: RegExp;
  /** The short particle of place a name takes in speech (`일본서`, `도쿄서`), only after a name. */
  namePlaceParticle!: string;
  /** Words between two years that make a span of them (`부터`, `to`, `~`). */
  yearSpanWords!: readonly string[];
  /** Languages the article is not written in, and the verbs that ask something be read or written in one. */
  otherLanguages!: { readonly languages: ReadonlySet<string>; readonly verbs: ReadonlySet<string> };
  /** `리드용으로`: a noun and what closes it when it says what the answer is for (the noun is group 1). */
  usedFor!: RegExp;
  readonly fillers: ReadonlySet<string>;
  /** The fillers of several words (`쓰여 있다`, `bullet points`), matched across words as typed. */
  readonly fillerPhrases: readonly Phrase[];
  /** `지금`, `요즘`, `now`: the time of asking, which the article's present answers; never a word to find. */
  readonly nowWords: readonly Phrase[];
  /** The asker speaking of themselves (`저는`, `우리 회사`, `I'm`): what they describe is theirs. */
  readonly selfWords: ReadonlySet<string>;
  /**
   * How an English sentence tells of the asker rather than asking: the discourse words it may open on
   * (`ok so`), and the past verbs whose subject, the asker, is left out (`Saw a post saying …`).
   */
  readonly narrationOpeners: ReadonlySet<string>;
  readonly narrationPastVerbs: ReadonlySet<string>;
  /** Words for a field or area (`분야`, `sector`), asked with where or which. */
  readonly fieldWords: ReadonlySet<string>;
  /** `얼마나` before a quality (`중요한지`, `앞서`, `빠르게`): how much so, which words answer, no figure. */
  readonly degreeAsked: { readonly words: ReadonlySet<string>; readonly qualities: ReadonlySet<string> };
  /** A sector (`금융`, `financial`) and what a name of that sector carries (`은행`, `증권`, `Bank`). */
  readonly sectorWords: ReadonlyMap<string, readonly string[]>;
  /** Endings that make an adverb of a noun (`결과적으로`). */
  readonly adverbEndings: {
    readonly words: readonly string[];
    readonly english: readonly string[];
    readonly meaningful: ReadonlySet<string>;
  };
  /** Whose eyes a question is asked through (`관점`, `입장`, `perspective`). */
  readonly standpoints: {
    readonly words: ReadonlySet<string>;
    readonly after: ReadonlySet<string>;
    /** What follows the word when it says whose eyes (`관점에서`, `입장으로서`). */
    readonly particles: ReadonlySet<string>;
  };
  /** English words a question's grammar turns on (auxiliaries, subject pronouns, reporting verbs …). */
  readonly englishGrammar: { readonly [K in keyof EnglishGrammar]: ReadonlySet<string> };
  /** Korean endings a question's grammar turns on (agreement, a reason for asking, a span). */
  /** How long something took (`2년 만에`, `in two years`): the unit, and the words after or before it. */
  readonly durations: {
    readonly units: ReadonlySet<string>;
    readonly after: ReadonlySet<string>;
    /** Within so long (`30초 안에`): a span after a number of a unit, never after a year. */
    readonly within: ReadonlySet<string>;
    readonly before: ReadonlySet<string>;
    /** Typed onto a number, a span by itself (`3년치`, `5개년`): the number, then what it is said as. */
    readonly spans: RegExp;
    readonly spanUnits: ReadonlyMap<string, string>;
  };
  readonly koreanEndings: {
    readonly agreement: readonly string[];
    readonly reason: readonly string[];
    /** A remark on what was just said (`적네`, `많구나`): a reaction, before or after the question. */
    readonly exclamative: readonly string[];
    readonly spans: readonly string[];
    /** A passive that describes the noun after it (`소개된 부분`), no request. */
    readonly passive: readonly string[];
    /** What makes a request polite, typed onto it (`확인좀요`). */
    readonly polite: readonly string[];
  };
  /** `어떤 단계`, `what stage`: asked with which, what the fact says it is doing answers it. */
  readonly stageWords: ReadonlySet<string>;
  /** A question word a noun may be typed onto (`최대몇퍼임`): at a word's start, and after two syllables or more. */
  readonly gluedAsking: { readonly at: RegExp; readonly after: RegExp };
  readonly backgroundMarkers: readonly string[];
  /** Words that close a clause of background alone (`중요할 텐데,`, `B2B라서`). */
  backgroundClosers!: ReadonlySet<string>;
  /** `넣어야 돼서`: after a verb of must (`-야`), the asker's reason, closing a clause of background. */
  obligedBecause!: {
    readonly words: ReadonlySet<string>;
    readonly after: readonly string[];
    readonly afterVerb: ReadonlySet<string>;
    readonly purpose: readonly string[];
    readonly willDo: readonly string[];
    /** What a noun closed so is for (`발표용임`): the use the answer is for. */
    readonly forUse: readonly string[];
    /** What closes a verb the asker is doing now (`만드는중`, `만드는 중이에요`). */
    readonly doingNow: readonly string[];
    /** Endings of a verb that say what made the asker wonder (`옮겼다길래`): the clause up to it. */
    readonly since: readonly string[];
  };
  /** Where the asker wrote what they ask to check (`PPT에 적었는데`), and whether it will do (`괜찮죠`). */
  ownWriting!: {
    readonly documents: ReadonlySet<string>;
    readonly verbs: readonly string[];
    readonly confirm: ReadonlySet<string>;
  };
  readonly anaphora: readonly Phrase[];
  readonly outsideNames: ReadonlySet<string>;
  /** Cities and areas (`도쿄`, `Tokyo`): a fact naming one answers a where-question. */
  readonly places: readonly string[];
  /** Words for a company (`회사`, `빅테크`, `firm`): `회사는 어디야?` asks which one. */
  readonly companyNouns: ReadonlySet<string>;
  /** Endings of a noun that say in what a figure is (`투자액` → money, `감면율` → percent). */
  readonly unitSuffixes: readonly { readonly unit: Unit; readonly suffix: string }[];
  /** Nouns measured in a unit (`매출` in money): a how-much question asked of one is asked in it. */
  readonly measureNouns: ReadonlyMap<string, Unit>;
  /** `개발자 수 알려줘`: after a noun, how many of it (a count in whatever unit the facts give). */
  readonly countNouns: ReadonlySet<string>;
  /** `설명해줘`, `explain`: a fact that is only a heading is explained by the part it heads. */
  readonly explainWords: ReadonlySet<string>;
  /** Verbs that ask whether the article gives something (`나와?`, `mentioned?`): a figure's, it is asked for. */
  readonly givenVerbs: ReadonlySet<string>;
  /** How the names of bodies end (`협회`, `진흥원`): such a name the article does not know is outside it. */
  readonly organizationEndings: readonly string[];
  /** Where as a word of its own (`어디`, `어디어디`), not before a noun. */
  readonly wherePronouns: ReadonlySet<string>;
  /** Verbs of having heard or known of something (`이름만 들어봄`): the name is not asked. */
  readonly heardVerbs: ReadonlySet<string>;
  /** Endings that close a statement, not a question (`놀랍네`, `들어봄`): a remark after the question. */
  readonly remarkEndings: readonly string[];
  /** Endings that close a noun as the asker's guess (`판교였나`, `도쿄인가`): a claim, not a remark. */
  readonly guessEndings: readonly string[];
  /** Particles that place something in a country or make it the country's (`미국으로`, `중국의`). */
  readonly placeParticles: readonly string[];
  /** Particles that add to what the article says (`법인도`, `미국에도`): also, as well. */
  readonly alsoParticles: readonly string[];
  /** Endings that report what one heard (`간다던데`, `세웠다는데`): background, even before where. */
  readonly hearsayEndings: readonly string[];
  /** `준비한다는 게 사실이야?`: a clause that reports a claim, whose truth is asked (see lexicon.json). */
  claimClauses!: readonly string[];
  /** What a summary is to dwell on (`위주로`, `중심으로`): a form of the answer, no word of what is asked. */
  summaryFocus!: ReadonlySet<string>;
  /** Words a short sentence after a request ends on to add to it (`투자 숫자랑 같이`): read with the request. */
  addenda!: ReadonlySet<string>;
  /** `미 EU 중`: a country's first syllable alone, beside other countries, and what it stands for. */
  countryInitials!: { readonly names: ReadonlyMap<string, string>; readonly alongside: ReadonlySet<string> };
  /** `want to compare w Japan`: an English sentence opened so, with no subject, tells what the asker means to do. */
  intentOpeners!: ReadonlySet<string>;
  /** Which way a view leans, offered as the answer's kind (`긍정? 부정?`): no word the view must use. */
  stanceWords!: ReadonlySet<string>;
  /** Words for some things of a list's kind (`빅테크`): those the facts that use the word name. */
  narrowKinds!: ReadonlySet<string>;
  /** Words that ask what a series of figures adds up to, or how much it changed. */
  arithmetic!: {
    readonly sum: ReadonlySet<string>;
    readonly change: ReadonlySet<string>;
    readonly most: ReadonlySet<string>;
    readonly max: ReadonlySet<string>;
    readonly min: ReadonlySet<string>;
  };
  /** Words that ask which of two amounts is larger or smaller, and the words that pick one. */
  sizeAsked!: {
    readonly larger: ReadonlySet<string>;
    readonly smaller: ReadonlySet<string>;
    readonly more: ReadonlySet<string>;
    readonly choice: ReadonlySet<string>;
    readonly than: readonly string[];
    readonly or: ReadonlySet<string>;
    readonly subjectEndings: readonly string[];
    readonly copulas: ReadonlySet<string>;
    readonly ratio: readonly string[];
    readonly of: readonly string[];
  };
  /** Words a fact opens with that point to what its passage said just before (`이런`, `these`). */
  pointingBack!: ReadonlySet<string>;
  /** English words that ask only what or who something is (`what is Upstage?`): its card answers. */
  identityAskers!: ReadonlySet<string>;
  /** A measure's noun typed whole onto what it measures, and its short form (`투자금액` → 투자액). */
  measureForms!: ReadonlyMap<string, string>;
  /** Who told the asker a claim (`…보유했다고 상대팀이 그러던데`): the endings that quote it, the verbs that say it. */
  tellers!: { readonly quoteEndings: readonly string[]; readonly sayingVerbs: readonly string[] };
  /** Times relative to now (`작년`, `last year`): the article, dated, must say them to answer. */
  readonly relativeTimes: readonly Phrase[];
  /**
   * Relative times that ask of then only with a place, time, figure or person (`원래 본사 어디였어`), or
   * with what was done then (`doneThen`: `원래 뭐 하던 사람`).
   */
  readonly formerTimes: { readonly words: ReadonlySet<string>; readonly doneThen: ReadonlySet<string> };
  /** Words asking for a city (`도시`): a country does not answer them. */
  readonly cityWords: ReadonlySet<string>;
  /** Words for a country (`나라`, `country`): after `which`, a place is asked for. */
  readonly countryWords: ReadonlySet<string>;
  /** Words for a company that may be any party (`데`, `곳`): a which-question with them may ask for a country. */
  readonly partyNouns: ReadonlySet<string>;
  /** Companies by the part they play (`고객사`, `파트너`): `고객사는 어디` asks which company. */
  readonly companyRoles: ReadonlySet<string>;
  /** Words for something said (`말`, `발언`): who said it asks for a person, not a company that did something. */
  sayingWords!: ReadonlySet<string>;
  /** `말한 사람은 구체적으로 누구`: who is asked as a person named, not the crowd the article says it of. */
  personNamed!: ReadonlySet<string>;
  /** `일본이 왜 그렇게 인기가 많아?`, `매력적인 이유`: what draws people to a thing, which its reasons answer. */
  appealWords!: ReadonlySet<string>;
  /**
   * `엔딩 내레이션은 글쓴이 의견으로 마무리하려고 해.`: a sentence closed by what the asker means to do, no
   * question of its own; unless what they want is to know (`asking`, the verb before: `알고 싶어`).
   */
  intentClosings!: { readonly words: readonly string[]; readonly asking: ReadonlySet<string> };
  /** `진출했거나 준비 중인`: the ending that offers the verb as one of two, either of which will do. */
  orEndings!: readonly string[];
  /** Endings of two words side by side that say it does not matter which (`법인이든 오피스든`). */
  regardlessEndings!: readonly string[];
  /** Words between two things offered for the answer to pick from (`아니면`, `or`). */
  orWords!: ReadonlySet<string>;
  /** What joins a name to the word for its kind (`올거나이즈 라는 회사`). */
  apposition!: readonly string[];
  /** What closes a verb as the asker's promise (`물어볼게요`). */
  promiseEndings!: readonly string[];
  /** A word that says where something comes from (`한국 출신 AI 회사`). */
  originWords!: ReadonlySet<string>;
  /** A follow-up asking which others are where the one just answered is (`같은 상태인 데 또 어디?`). */
  sameState!: readonly string[];
  /** Words for the name of a thing (`이름`), after a word for a kind of company. */
  nameNouns!: ReadonlySet<string>;
  /** Words for converting an amount, after a currency's name (`원화 환산`). */
  conversionWords!: ReadonlySet<string>;
  /** Words for inside or outside of a place typed onto its name (`일본내`). */
  positionNouns!: readonly string[];
  /** Verbs of getting something offered, asked with who (`누가 받아?`): the kind it is for is asked. */
  eligibility!: { readonly askers: ReadonlySet<string>; readonly verbs: ReadonlySet<string> };
  /** A role asked of a company described by what it did: `of`, the clause's opening words, `which`. */
  describedRole!: {
    readonly of: ReadonlySet<string>;
    /** English words for the head of a company, besides the lexicon's titles (`boss`). */
    readonly titles: ReadonlySet<string>;
    readonly relatives: ReadonlySet<string>;
    readonly which: { readonly ko: string; readonly en: string };
  };
  /** `인재 일본 가는거`: verbs of going somewhere; a country before one is where, no subject. */
  destinationVerbs!: ReadonlySet<string>;
  /** Verbs of setting something up somewhere (`세우다`, `개설하다`, `open`): where, with one, is a place. */
  sitingVerbs!: ReadonlySet<string>;
  /** Verbs of standing ahead or behind (`앞서다`, `뒤처지다`, `lead`): where, with one, is in what field. */
  standingVerbs!: ReadonlySet<string>;
  /** Words that say a figure is rough (`약`, `about` before it; `가까이`, `쯤` after it). */
  roughly!: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Words that point at words just typed as a quotation (`이 말`, `this line`). */
  quotePointers!: readonly string[];
  /** Who received something (`실제로 받은 회사`, `how many companies got it`): its verbs, who, and what a fact says. */
  recipients!: {
    readonly verbs: readonly string[];
    readonly receivers: ReadonlySet<string>;
    readonly said: readonly string[];
  };
  /** `어디까지 갔어?`: how far along something is (a word of place and a verb of going on), no place asked. */
  howFar!: { readonly words: readonly string[]; readonly verbs: ReadonlySet<string> };
  /**
   * A time a fact gives in words (`다음 달`, `next month`), with the particles of start or end after it in
   * Korean (`부터`) and the words before it in English (`from`): what a when is answered with when no year is.
   */
  relativeWhen!: {
    readonly words: readonly string[];
    readonly after: readonly string[];
    readonly before: readonly string[];
  };
  /** A country's institutions (`정부`, `government`): `한국 정부` is Korea's, not Japan's. */
  readonly institutionWords: ReadonlySet<string>;
  /** `40만 넘게`, `more than 400k`: a figure the answer must reach (the word after it, the words before). */
  readonly lowerBoundAfter: RegExp;
  readonly lowerBoundBefore: RegExp;
  /** What joins two questions in one message (`그리고`, `and`; `…옮겼고`, `…했는지랑`). */
  readonly questionJoinWords: readonly string[];
  /** Of those, the ones that part two questions wherever they stand between them (`대표 누구 + 본사 어디야`). */
  readonly standaloneJoinWords: ReadonlySet<string>;
  readonly questionJoinEndings: readonly string[];
  /**
   * A request joined to what follows (`말해주고`, `알려주시고`), by its joining ending and the closing one
   * it stands for (`주고` → `줘`): what follows without a verb of its own is asked with it.
   */
  requestJoined!: ReadonlyMap<string, string>;
  /** Words that ask without saying the kind of answer (`뭐`, `어때`, `알려줘`): a part of a message that has one asks. */
  readonly openQuestionWords: ReadonlySet<string>;
  /** Endings that join two nouns (`투자액이랑`, `비중과`): two things asked with one verb. */
  readonly nounJoinEndings: readonly string[];
  /** Words for what a company does in general (`사업`, `근황`, `news`): no part of it asked for a summary. */
  readonly activityWords: ReadonlySet<string>;
  /** Words for a start-up (`스타트업`, `startups`): a company, not any business the article names. */
  readonly startupWords: ReadonlySet<string>;
  /** Words that point back (`그 회사`, `그분`, `he`), ask of the year after or before, or ask again. */
  readonly referring: Referring;
  /** A figure's words that say it is several companies' together (`총액`, `combined`). */
  readonly together: RegExp;
  /** Named alongside another (`같이 묶여있는`, `listed with`), as lemmas: the others of the same fact. */
  readonly alongside: readonly Phrase[];
  /** `3줄`, `세 줄로`, `in two sentences`: how many lines a summary is asked in (Korean first). */
  summaryLines!: readonly RegExp[];
  /** Endings of a verb that put a question in a clause (`골랐는지`): a summary asked of it answers that question. */
  summaryOfQuestion!: readonly string[];
  /** Closings typed onto a figure that ask of it, question mark or not (`2030년까지던가`). */
  figureAskingClosings!: readonly string[];
  /** Words said from memory without quotation marks: the endings that quote them, the words for a saying. */
  sayingQuoted!: { readonly endings: readonly string[]; readonly nouns: readonly string[] };
  /** A request that the answer carry its figures (`include key numbers`, `숫자 포함해서`). */
  figuresWanted!: RegExp;
  /** Words for figures (`수치`, `숫자`, `numbers`): what a question asks when it asks figures. */
  figureWords!: ReadonlySet<string>;
  /** After a number of lines, `씩`, `each`: so many lines for each thing, not for the whole summary. */
  linesEach!: readonly string[];
  /** Words for a paragraph among those for a line (`한 문단으로`): each holds several lines. */
  linesParagraphs!: readonly string[];
  /** `한두 줄이면 돼요`: a length the answer may take, not a summary asked (see lexicon.json). */
  linesEnough!: readonly string[];
  /** A number run together with its ordinal (`세번째`), read apart (`세 번째`). */
  ordinalRunTogether!: RegExp;
  /** Words for a conclusion (`결론`, `bottom line`): of a part summed up briefly, its last lines. */
  conclusionWords!: ReadonlySet<string>;
  /** Words for a body of people or things (`풀`, `pool`): a count of one counts its members, named before it. */
  collectiveNouns!: ReadonlySet<string>;
  /** Words for any country (`나라`, `country`), not a kind of them (`선진국`). */
  countryKinds!: ReadonlySet<string>;
  /** Words that deny what they are said of (`안`, `없이`): standing alone, or closing a word. */
  negations!: { readonly words: ReadonlySet<string>; readonly endings: readonly string[] };
  /** Words for a table of the article (`표`, `table`): one asked for whole is its rows. */
  tableWords!: ReadonlySet<string>;
  /** `본문에는`, `in the body`: the article's running text, as against its tables (see lexicon.json). */
  bodyWords!: ReadonlySet<string>;
  /** `경우`, `조건`: after `어떤`, the condition asked, not a word the fact must use (see lexicon.json). */
  conditionWords!: ReadonlySet<string>;
  /** `표 두 개`, `both tables`: all of the article's tables at once. */
  allTables!: RegExp;
  /** `어떤 방식으로`, `how is it growing`: the means asked; `통해`, `through`: a fact that says them. */
  means!: {
    readonly words: RegExp;
    readonly markers: readonly string[];
    /** `어떻게 그렇게 빨리 컸어?`: how, and a word of growing later in the message, words between them or not. */
    readonly howGrowing: RegExp;
  };
  /** Counters of companies (`3사`, `세 곳`). */
  groupCounters!: ReadonlySet<string>;
  /** `해야 한다`, `should`: what ought to be done, asked (see lexicon.json). */
  should!: {
    readonly endings: readonly string[];
    readonly followedBy: readonly string[];
    readonly english: ReadonlySet<string>;
    readonly markers: readonly string[];
    readonly notClosing: readonly string[];
    readonly agents: ReadonlySet<string>;
    readonly proposes: readonly string[];
    /** Nouns for what ought to be done (`과제`, `challenges`): asked, someone's view of it is asked. */
    readonly nouns: ReadonlySet<string>;
  };
  /** Words for a part of the article under its heading (`섹션`, `소제목`): its title leads the answer. */
  sectionWords!: ReadonlySet<string>;
  /** `목차`, `섹션별로`, `what are the sections`: the article's parts asked together, in order. */
  outlineAsked!: RegExp;
  /** The words an outline question may have besides (`구조`, `순서대로`, `cover`): none asks of a fact. */
  outlineBesides!: ReadonlySet<string>;
  /** `DX 다음 단계`: a word for the step after (or before) something, which says where, not what. */
  stepWords!: { readonly words: ReadonlySet<string>; readonly notBefore: ReadonlySet<string> };
  /** Words that count the items of a list asked by its size (`세 군데`, `두 명`, `three companies`). */
  readonly itemCounters: ReadonlySet<string>;
  /** Counters that say nothing of what is counted (`개`): no list of their own. */
  readonly genericCounters: ReadonlySet<string>;
  /** Verbs of what something is called or likened to (`불리다`): `나라로 불리던` names no kind of item. */
  readonly callingVerbs: ReadonlySet<string>;
  /** A word for data and a word for coming from: together they ask a figure's source, not a place. */
  sourceWords!: {
    readonly data: ReadonlySet<string>;
    /** `그 통계`, `these numbers`: data pointed at, which names what was said before. */
    readonly pointers: ReadonlySet<string>;
    readonly from: ReadonlySet<string>;
  };
  /** Words that ask of what is under way or already done; and how a fact says it is under way. */
  readonly aspect: {
    readonly ongoing: readonly Phrase[];
    readonly done: readonly Phrase[];
    readonly ongoingFact: RegExp;
  };
  summaryLineNumbers!: ReadonlyMap<string, number>;
  /** What opens a message of several questions (`two things:`, `두 가지`). */
  readonly manyQuestionsPreambles: readonly string[];
  /** Endings that close a sentence as a statement (`힘듭니다`, `새롭네요`). */
  statementEndings!: readonly string[];
  /** Words that set a quoted question to be answered (`'…냐' 물으면 뭐라고 답해?`, `if asked "…"`). */
  readonly framing: RegExp;
  /** Words that number the questions of a message (`첫째,`, `second,`): a mark, no part of the question. */
  readonly enumerators: RegExp;
  /** Endings that quote (`얼마라고`, `한다고`): no clause of its own. */
  readonly quotativeEndings: readonly string[];
  /** Verbs that go on from a `-고` form (`하고 있어`, `알고 싶어`): one clause. */
  readonly goingOnVerbs: readonly string[];
  /** Verbs done with someone (`협력해`, `손잡고`): a noun joined by `랑` before one is whom with, no second question. */
  doneWithVerbs!: readonly string[];
  /** Nouns typed onto a verb (`옮긴거`, `지을때`). */
  readonly verbNouns: ReadonlySet<string>;
  /** Words for a person (`대통령`, `president`): after `which`, a person is asked for. */
  readonly personNouns: ReadonlySet<string>;
  /**
   * Subjects a claim can be about (a presence abroad, a listing, revenue, clients …): words that are
   * not the same but speak of the same thing (`본사를 옮겼다` and `오피스를 열었다`).
   */
  readonly topics: readonly { readonly words: readonly string[]; readonly pattern: RegExp }[];
  /**
   * Words that say the opposite of each other (`늘었다` and `줄었다`, `led` and `lagged`): a claim with one
   * where the fact has the other says otherwise.
   */
  readonly opposites: readonly (readonly [RegExp, RegExp])[];
  /** Words that make a claim stronger without changing it (`더`, `아예`, `too`): no word it differs by. */
  readonly claimModifiers: ReadonlySet<string>;
  /** Words that ask for someone's view (`평가`, `see`): of the author, they ask nothing more than the view. */
  viewWords!: ReadonlySet<string>;
  /** Words that point at two things said before (`두 회사`, `both`): the sides of a comparison. */
  pairPointers!: readonly string[];
  /** Words that claim a thing of every one (`모든`, `아무`, `every`): of companies, against a class named. */
  universalWords!: ReadonlySet<string>;
  /** Words that ask for a figure over the years (`연도별`, `추이`): every year the facts give. */
  seriesWords!: ReadonlySet<string>;
  /** Which end of a period a when-question asks for (`언제부터` → start, `언제까지` → end). */
  readonly timeBounds: readonly { readonly bound: 'start' | 'end'; readonly phrase: Phrase }[];
  /** Words that stand for several (`한일` → 한국 일본). */
  readonly abbreviations: ReadonlyMap<string, readonly string[]>;
  /** `혼자`, `on its own`: the question is about one of a group by itself. */
  readonly aloneWords: readonly Phrase[];
  /** `몇 번째 문단`, `어느 소제목 밑`, `which section`: where in the article is asked (see lexicon.json). */
  readonly whereInArticle: readonly Phrase[];
  /** `미국, EU, 중국 AI 정책 각각`: what is asked is asked of each name on its own. */
  eachWords!: ReadonlySet<string>;
  /** Endings that give a condition (`엔이면`, `원이라면`): an amount so closed is given, not asked. */
  conditionalEndings!: readonly string[];
  /** What a company did, asked: a word that asks what, a past form of doing, a word for the thing done. */
  deedAsked!: {
    readonly asking: ReadonlySet<string>;
    readonly did: ReadonlySet<string>;
    readonly didOpening: readonly string[];
    readonly thing: ReadonlySet<string>;
    /** Doing typed onto the word that asks (`뭐함`, `뭐했음`): what follows the asking word. */
    readonly fused: readonly string[];
  };
  /** What only one can be (`세계 최초`, `the first`): given to another, a claim is answered no. */
  exclusiveWords!: RegExp;
  /** A claim that one is among several (`중에`, `among`): others named is no answer to it. */
  membershipWords!: RegExp;
  /** A name asked in another form (`약자`, `한글로`, `stand for`): its names answer it. */
  nameForms!: RegExp;
  /** Nouns that follow a verb (`내린 게`, `만든 거`): the word before them is a verb. */
  readonly dependentNouns: ReadonlySet<string>;
  /** `Korean` → korea, `일본인` → 일본: a people's name stands for its country. */
  readonly demonyms: ReadonlyMap<string, string>;
  /**
   * Everyday nouns that a question may ask about and an article seldom covers (`직원`, `주가`, `revenue`):
   * a word in this list is that word, not a typo of another (`직원` is not `지원`).
   */
  readonly commonNouns: ReadonlySet<string>;
  /**
   * Nouns that name the kind of answer asked for (`위치` where, `성함` who, `시기` when, `수치` how much):
   * a fact of that kind answers them without saying the word.
   */
  kindNouns!: ReadonlyMap<KindType, ReadonlySet<string>>;
  /** Endings of a noun that names a rate (`감면율`, `성장률`): a share, asked in percent. */
  rateEndings!: readonly string[];
  /** What a list asks for, by the noun it asks with (`회사 전부`, `이유 다`, `all the figures`). */
  listKinds!: ReadonlyMap<ListKind, ReadonlySet<string>>;
  /** Verbs of being in the article (`나오다`, `언급되다`, `mentioned`): they say nothing of what is listed. */
  mentionVerbs!: ReadonlySet<string>;
  /** English verbs of what an article says (`does it say`): their subject `it` is the article. */
  articleSayVerbs!: ReadonlySet<string>;
  /** Chat noise (`ㄷㄷ`, `ㅇㅋ`, `lol`): never a word of the question, never a name. */
  chatNoise!: ReadonlySet<string>;
  /**
   * Where a message's sentences end: a full stop or question mark, a line break, laughter or tears typed
   * after a closing ending (`물어보셔서요 ㅠ 리벨리온이 …`), a comma before `I'm` in English.
   */
  sentenceEnd!: RegExp;
  /** Chat noise that closes what comes before (`ㅇㅇ`: yes, and then): between questions, a comma. */
  chatSeparators!: ReadonlySet<string>;
  /** A word that closes a message after a noun to ask for all of them (`CEO 다`, `사람 이름 다`). */
  listClosing!: ReadonlySet<string>;
  /** English verbs of lasting that close a question of until when (`does the tax cut last?`). */
  lastingVerbs!: ReadonlySet<string>;
  /** English words of emphasis before what is asked (`main` in `the author's main recommendation`). */
  emphasis!: ReadonlySet<string>;
  /** Verbs that ask whether one is among others (`들어가`, `있었어요`, `포함돼`). */
  memberVerbs!: ReadonlySet<string>;
  /** Of them, those that say nothing but being among (`끼다`, `포함되다`), not `있다`. */
  memberOnlyVerbs!: ReadonlySet<string>;
  /** Endings that close a sentence as an exclamation (`옮긴거구나`, `빠르네요`). */
  exclamations!: readonly string[];
  /** Endings that make an unknown word a verb's form (`손잡는다는`, `준비하는데`): no name. */
  readonly verbalEndings: readonly string[];
  /** What a fact's text says it is: a time, a start or an end, a reason, an ordinal, a plan, companies. */
  readonly answerWords: Readonly<Record<AnswerWords, RegExp>>;
  /** Words after a name that make it a person's or company's (`토스 대표`, `손정의 회장`). */
  readonly titleWords: ReadonlySet<string>;
  /** Particles that mark a noun as the topic or subject (`은`, `는`, `이`, `가`, `도` …). */
  readonly subjectParticles: readonly string[];
  /** The word that asks how many (`몇`), written before a size and a unit (`몇억엔`). */
  readonly countWord: string;
  /** Question words that, after a word for a company, ask which company (`회사 어디`, `기업 누구`). */
  readonly askingAfterCompany: readonly string[];
  /** Words that ask for a region's policy as a whole (`미국 AI 정책`). */
  readonly policyWords: ReadonlySet<string>;
  /** Words that name the article itself or its parts (`제목`, `date`). */
  readonly articleTopicWords: ReadonlySet<string>;
  /** Question words, also those that ask nothing in particular (`뭐야`): a question with one is no yes-or-no. */
  readonly interrogatives: ReadonlySet<string>;
  /** Question words that stand before a noun (`어떤 식`, `무슨 회사`), sometimes typed glued to it. */
  readonly interrogativeDeterminers: ReadonlySet<string>;
  /** Words after a question word that make it an indefinite (`얼마 안 남았잖아`). */
  readonly indefiniteBefore: ReadonlySet<string>;
  /** Words that greet a channel (`hey all`): `all` after them asks for no list. */
  readonly greetings: ReadonlySet<string>;
  /** Particles of place (`표에`) and of what something is measured against (`한국보다`). */
  readonly particles: {
    readonly place: readonly string[];
    /** English words before a word that say where (`in the article`, `per the post`). */
    readonly placeBefore: readonly string[];
    readonly comparedWith: readonly string[];
    readonly recipient: readonly string[];
    /** Of the means or form (`세 줄로`, `영어로`). */
    readonly means: readonly string[];
    /** Of what something is likened to (`올거나이즈처럼`): the standard, not the subject. */
    readonly like: readonly string[];
    /** A choice among those named (`미국이랑 EU 중에`): one of them is the answer, countries too. */
    readonly choice: readonly string[];
    /** Of what goes along (`회사랑 같이`): after the kind asked, what each item is given with. */
    readonly with: readonly string[];
    /** Shortened after a pointing word, whole after a name (`거기서` → `일본에서`). */
    readonly shortened: Readonly<Record<string, string>>;
    /** Particles whose form follows the word before (`은/는`): fitted to a name put in (`거기는` → `중국은`). */
    readonly paired: readonly string[];
    /** Of the topic (`이랜서는`): what the sentence says something of. */
    readonly topic: readonly string[];
    /** Of the one who does (`기업들이 꼽은`): the subject of the verb after it. */
    readonly subject: readonly string[];
    /** Of the only one (`지사만`; in English the word before, `only`): none other of its kind. */
    readonly only: readonly string[];
    /** Of what is done to (`자막에 넣어야`, `법인을 세운`): the object of the verb after it. */
    readonly object: readonly string[];
  };
  /** How a claim gives a cause (`때문`), and how a fact does (`로 인한`). */
  readonly causes: { readonly claim: readonly string[]; readonly fact: readonly string[] };
  /** Question words typed as initial consonants (`ㅇㄷ` → 어디). */
  readonly initialQuestionWords: ReadonlyMap<string, string>;
  /** `일본 말고` (the word before), `besides Rebellions` (the word after): not what is asked for. */
  readonly excludeAfter: readonly Phrase[];
  /** `한국이 아니라`: a word closed by the subject particle before one of these is set apart. */
  excludeNotSubject!: ReadonlySet<string>;
  readonly excludeBefore: readonly Phrase[];
  /** Numbers written as words (`three` → 3). */
  readonly numberWords: ReadonlyMap<string, string>;
  /** Amounts in words (`절반`, `대부분`, `half`): a figure to check, like a number. */
  readonly quantities: readonly Phrase[];
  /** A share said in words, as a percentage (`절반` 50). */
  readonly quantityPercents: ReadonlyMap<string, number>;
  /** What makes a question about the future (`옮길까`, `will`, `결국`): the article, dated, cannot answer it. */
  readonly speculationEndings: readonly string[];
  readonly speculationWords: readonly Phrase[];
  readonly englishIrregular: ReadonlyMap<string, string>;
  readonly englishContractions: ReadonlyMap<string, string>;
  /** Playful spellings of a closing ending (`쥐` for `지`), by the ending they play on. */
  readonly koreanChatEndings: ReadonlyMap<string, string>;
  /** A question word closed by an ending spelled in play (`누구얌`, `어디얏`): the word and its ending. */
  questionChatEnding!: RegExp;
  /** Every word of every list: a word the lexicon knows is not an unknown name. */
  private readonly known = new Set<string>();

  constructor(general: GeneralLexicon, articleSets: readonly (readonly string[])[] = []) {
    this.englishIrregular = new Map(Object.entries(general.englishIrregular));
    this.englishContractions = new Map(Object.entries(general.englishContractions));
    this.koreanChatEndings = mapOf(general.koreanChatEndings);
    this.koreanEndings = general.koreanEndings;
    const allSets = [...general.synonyms, ...articleSets];
    const verbs = collectWords(general, allSets, this.known);
    this.grammar = grammarOf(general, verbs);
    this.sets = mergeSets(allSets);
    // (before the phrases: a token's keys read a clause made a noun by these endings, `뭘 했는지는`)
    this.verbalEndings = byLength(general.verbalEndings);
    this.indexPhrases(general);
    this.articlePhrases = articlePhrasesOf(general.articleWords);
    this.unitWords = unitsOf(general.units);
    this.readArticleText(general);
    this.requestEndings = byLength(general.requestEndings.map((e) => e.replace(/ /g, '')));
    this.fillers = new Set(general.fillers.map((w) => phrase(w).join(' ')));
    this.fillerPhrases = general.fillers.map(phrase).filter((p) => p.length > 1);
    this.nowWords = general.nowWords.map(phrase);
    this.selfWords = new Set(general.selfWords);
    this.narrationOpeners = new Set(general.narration.openers);
    this.narrationPastVerbs = new Set(general.narration.pastVerbs);
    ({
      adverbEndings: this.adverbEndings,
      standpoints: this.standpoints,
      formerTimes: this.formerTimes,
      fieldWords: this.fieldWords,
      sectorWords: this.sectorWords,
      degreeAsked: this.degreeAsked,
    } = asidesOf(general));
    this.englishGrammar = englishGrammarOf(general.englishGrammar);
    this.durations = durationWords(general.durations);
    this.stageWords = new Set(general.stageWords);
    this.gluedAsking = gluedAskingPatterns(general.gluedQuestionWords.words);
    this.backgroundMarkers = byLength(general.backgroundMarkers);
    this.anaphora = general.anaphora.map(phrase);
    this.places = general.places.map((p) => p.toLowerCase());
    this.companyNouns = new Set(general.companyNouns);
    this.unitSuffixes = unitSuffixesOf(general.unitSuffixes);
    this.measureNouns = unitsOf(general.measureNouns);
    this.countNouns = new Set(general.countNouns);
    this.explainWords = new Set(general.explainWords.words);
    this.givenVerbs = new Set(general.givenVerbs);
    this.organizationEndings = general.organizationEndings;
    this.wherePronouns = new Set(general.wherePronouns);
    this.heardVerbs = new Set(general.heardVerbs);
    this.remarkEndings = general.remarkEndings;
    this.guessEndings = general.guessEndings.words;
    this.placeParticles = general.placeParticles;
    this.alsoParticles = general.alsoParticles;
    this.hearsayEndings = general.hearsayEndings;
    this.relativeTimes = general.relativeTimes.map(phrase);
    this.cityWords = new Set(general.cityWords);
    this.countryWords = new Set(general.countryWords);
    this.partyNouns = new Set(general.partyNouns);
    this.companyRoles = new Set(general.companyRoles);
    this.institutionWords = new Set(general.institutionWords);
    [this.lowerBoundAfter, this.lowerBoundBefore] = lowerBoundPatterns(general.lowerBounds);
    this.questionJoinWords = general.questionJoiners.words;
    this.standaloneJoinWords = new Set(general.questionJoiners.standalone);
    this.questionJoinEndings = general.questionJoiners.endings;
    this.requestJoined = new Map(
      Object.entries(general.questionJoiners.requestJoined).sort((a, b) => b[0].length - a[0].length),
    );
    this.openQuestionWords = new Set(general.questionJoiners.openWords);
    this.nounJoinEndings = general.questionJoiners.nounEndings;
    this.activityWords = new Set(general.activityWords);
    this.startupWords = new Set(general.startupWords);
    this.referring = referringPatterns(general.referring, general.nounEndings, general.summaryLines.numbers);
    this.together = phrasePattern(general.togetherWords);
    this.alongside = general.alongsideWords.words.map(phrase);
    this.readSummaryLines(general);
    this.readObligedBecause(general);
    this.itemCounters = new Set(general.countedItems.counters);
    this.genericCounters = new Set(general.countedItems.generic);
    this.aspect = aspectWords(general.aspect);
    this.callingVerbs = new Set(general.describedAs.words);
    this.manyQuestionsPreambles = general.questionJoiners.preambles;
    this.framing = phrasePattern(general.questionJoiners.framing);
    this.enumerators = enumeratorPattern(general.questionJoiners.enumerators);
    this.quotativeEndings = general.questionJoiners.quotative;
    this.goingOnVerbs = general.questionJoiners.goingOn;
    this.verbNouns = new Set(general.verbNouns);
    this.personNouns = new Set(general.personNouns);
    this.topics = general.topics.map((words) => ({ words, pattern: wordsPattern(words) }));
    this.opposites = general.opposites.map(([a, b]) => [oppositePattern(a), oppositePattern(b)] as const);
    this.claimModifiers = new Set(general.claimModifiers);
    this.abbreviations = typedOtherwise(general);
    this.aloneWords = general.aloneWords.map(phrase);
    this.whereInArticle = general.whereInArticle.phrases.map(phrase);
    this.readClaimsAndDeeds(general);
    this.dependentNouns = new Set(general.dependentNouns);
    this.demonyms = new Map(Object.entries(general.demonyms));
    this.commonNouns = new Set(general.commonNouns);
    this.readKinds(general);
    this.readChatAndSaying(general);
    this.answerWords = answerWordPatterns(general.answerWords);
    this.titleWords = new Set(general.titleWords);
    this.subjectParticles = general.subjectParticles;
    this.countWord = general.countWord;
    this.askingAfterCompany = general.askingAfterCompany;
    this.policyWords = new Set(general.policyWords);
    this.articleTopicWords = new Set(general.articleTopicWords);
    this.interrogatives = new Set(general.interrogatives);
    this.interrogativeDeterminers = new Set(general.interrogativeDeterminers);
    this.indefiniteBefore = new Set(general.indefiniteBefore.words);
    this.greetings = new Set(general.greetings.words);
    this.particles = general.particles;
    this.causes = { claim: general.causes.claim, fact: general.causes.fact };
    this.initialQuestionWords = mapOf(general.initialQuestionWords);
    this.quantities = general.quantities.map(phrase);
    this.quantityPercents = numbersOf(general.quantityPercents);
    this.numberWords = new Map(Object.entries(general.numberWords));
    this.excludeAfter = general.exclusion.after.map(phrase);
    this.excludeBefore = general.exclusion.before.map(phrase);
    this.speculationEndings = general.speculation.endings;
    this.speculationWords = general.speculation.words.map(phrase);
    this.timeBounds = timeBoundPhrases(general.timeBounds);
    this.outsideNames = new Set(general.outsideNames.map((w) => normalizeText(w).replace(/ /g, '')));
  }

  /** The kinds of answer and of list a noun asks for, and the endings of a rate. */
  private readKinds(general: GeneralLexicon): void {
    this.kindNouns = wordSets<KindType>(general.kindNouns, (w) => w.toLowerCase());
    this.rateEndings = general.rateEndings.words;
    this.listKinds = wordSets<ListKind>(general.listKinds, (w) => w);
  }

  /** What the asker must or will do, or what made them wonder: why they ask, no part of the question. */
  private readObligedBecause(general: GeneralLexicon): void {
    const { words, after, afterVerb, purpose, willDo, forUse, doingNow, since } = general.obligedBecause;
    this.obligedBecause = {
      words: new Set(words),
      after,
      afterVerb: new Set(afterVerb),
      purpose,
      willDo,
      forUse,
      doingNow,
      since,
    };
    const { documents, verbs: writing, confirm } = general.ownWriting;
    this.ownWriting = { documents: new Set(documents), verbs: writing, confirm: new Set(confirm) };
  }

  /** Chat noise and what parts questions, and the verbs of mentioning and of what the article says. */
  /** What is asked of each, of a condition, of a deed; what a claim says only one is, or one among several. */
  private readClaimsAndDeeds(general: GeneralLexicon): void {
    this.eachWords = new Set(general.eachWords);
    this.conditionalEndings = general.conditionalEndings;
    this.deedAsked = {
      asking: new Set(general.deedAsked.asking),
      did: new Set(general.deedAsked.did),
      didOpening: general.deedAsked.didOpening,
      thing: new Set(general.deedAsked.thing),
      fused: general.deedAsked.fused,
    };
    this.exclusiveWords = phrasePattern(general.exclusiveWords.words);
    this.membershipWords = phrasePattern(general.membershipWords.words);
    this.nameForms = phrasePattern(general.nameForms.words);
    this.viewWords = new Set(general.viewWords);
    this.pairPointers = general.pairPointers;
    this.universalWords = new Set(general.universalWords);
    this.seriesWords = new Set(general.seriesWords);
    this.excludeNotSubject = new Set(general.exclusion.notSubject);
  }

  private readChatAndSaying(general: GeneralLexicon): void {
    this.doneWithVerbs = general.questionJoiners.doneWith;
    this.chatNoise = new Set(general.chatNoise);
    this.backgroundClosers = new Set(general.backgroundClosers.words);
    this.unaskedRequestEndings = general.unaskedRequestEndings.words;
    this.sourceWords = {
      data: new Set(general.sourceWords.data),
      pointers: new Set(general.sourceWords.pointers),
      from: new Set(general.sourceWords.from),
    };
    this.koreanPlural = new RegExp(`^[\\uAC00-\\uD7A3]+${general.pluralMarker.marker}`, 'u');
    this.namePlaceParticle = general.namePlaceParticle.particle;
    this.yearSpanWords = general.yearSpan.between;
    this.otherLanguages = {
      languages: new Set(general.otherLanguages.languages),
      verbs: new Set(general.otherLanguages.verbs),
    };
    const { suffix, particles } = general.usedFor;
    this.usedFor = new RegExp(`^([\\uAC00-\\uD7A3]{2,})${suffix}(?:${particles.join('|')})?$`, 'u');
    this.percentSpelled = { ko: general.percentSpelled.ko, en: general.percentSpelled.en };
    this.canDo = new RegExp(
      `([\\uAC00-\\uD7A3])${general.canDo.noun}\\s*(?=(?:${general.canDo.verbs.join('|')}))`,
      'gu',
    );
    const { after, words } = general.abilityAsked;
    this.abilityAsked = new RegExp(
      `(?<=(?:^|\\s)(?:${after.join('|')}))\\s*(?:${words.join('|')})(?=[\\s?？!.~]|$)`,
      'gu',
    );
    this.chatSeparators = new Set(general.chatSeparators);
    this.listClosing = new Set(general.listClosing);
    this.lastingVerbs = new Set(general.lastingVerbs.words);
    this.emphasis = new Set(general.emphasis.words);
    this.memberVerbs = new Set(general.memberVerbs.words);
    this.memberOnlyVerbs = new Set(general.memberVerbs.only);
    this.exclamations = general.exclamations.words;
    this.mentionVerbs = new Set(general.mentionVerbs);
    this.articleSayVerbs = new Set(general.articleSayVerbs);
    const asking = [...general.interrogatives].filter(korean).sort((a, b) => b.length - a.length);
    const endings = Object.keys(general.koreanChatEndings).join('|');
    this.questionChatEnding = new RegExp(`(?<=^|\\s)(${asking.join('|')})(${endings})(?=[\\s?!.~,]|$)`, 'gu');
    this.claimClauses = general.claimClauses.words;
    this.summaryFocus = new Set(general.summaryFocus.words);
    this.addenda = new Set(general.addenda.words);
    const { initials, alongside } = general.countryInitials;
    this.countryInitials = {
      names: new Map(Object.entries(initials)),
      alongside: new Set([...alongside, ...Object.values(initials)]),
    };
    this.intentOpeners = new Set(general.intentOpeners.words);
    this.stanceWords = new Set(general.stanceWords.words);
    this.narrowKinds = new Set(general.narrowKinds.words);
    this.arithmetic = {
      sum: new Set(general.arithmetic.sum),
      change: new Set(general.arithmetic.change),
      most: new Set(general.arithmetic.most),
      max: new Set(general.arithmetic.extremes.max),
      min: new Set(general.arithmetic.extremes.min),
    };
    const size = general.sizeAsked;
    this.sizeAsked = {
      larger: new Set(size.larger),
      smaller: new Set(size.smaller),
      more: new Set(size.more),
      choice: new Set(size.choice),
      than: size.than,
      or: new Set(size.or),
      subjectEndings: size.subjectEndings,
      copulas: new Set(size.copulas),
      ratio: size.ratio,
      of: size.of,
    };
    this.pointingBack = new Set(general.pointingBack.words);
    this.identityAskers = new Set(general.identityAskers.words);
    this.measureForms = new Map(Object.entries(general.measureWords.forms));
    this.tellers = { quoteEndings: general.tellers.quoteEndings, sayingVerbs: general.tellers.sayingVerbs };
    const closing = general.laughterAfterClosing.syllables.join('');
    const turns = general.laughterAfterClosing.turns.join('|');
    const laughs = general.laughterAfterClosing.letters.join('');
    this.sentenceEnd = new RegExp(
      `(?<=[.?!。？！\u2026])\\s+|(?<=[\\uAC00-\\uD7A3][${closing}][ \\t]*[${laughs}]+)\\s+|(?<=[${laughs}]{2,})\\s+(?=(?:${turns})\\s)|\\n+|(?<=[A-Za-z]),\\s+(?=[Ii](?:['’]m|['’]ve|\\s))`,
      'u',
    );
  }

  /** The words for the article's own text and its parts, and for kinds of things a question counts or asks. */
  private readArticleText(general: GeneralLexicon): void {
    const { start, end, other } = general.articleParts;
    this.articleParts = [...start, ...end, ...other].map(phrase);
    this.articleEnds = new Map([
      ...start.map((w) => [phrase(w).join(' '), 'start'] as const),
      ...end.map((w) => [phrase(w).join(' '), 'end'] as const),
    ]);
    this.textWords = new Set(general.textWords.words);
    this.sentenceWords = new Set(general.textWords.sentences);
    this.firstLast = {
      first: general.textWords.first.map(phrase),
      last: general.textWords.last.map(phrase),
      opens: new Set(general.textWords.opens),
      closes: new Set(general.textWords.closes),
    };
    this.collectiveNouns = new Set(general.collectiveNouns.words);
    this.countryKinds = new Set(general.countryKinds.words);
    this.negations = { words: new Set(general.negations.words), endings: general.negations.endings };
    this.sayingWords = new Set(general.sayingWords);
    this.personNamed = new Set(general.personNamed.words);
    this.appealWords = new Set(general.appealWords.words);
    this.relativeWhen = general.relativeWhen;
    this.destinationVerbs = new Set(general.destinationVerbs.words);
    this.sitingVerbs = new Set(general.sitingVerbs.words);
    this.standingVerbs = new Set(general.standingVerbs.words);
    this.roughly = { before: general.roughly.before, after: general.roughly.after };
    // (`절반정도`: a quantity with the word of roughness typed onto it)
    const hangul = (list: readonly string[]) => list.filter(isHangulSyllables).join('|');
    this.roughQuantity = new RegExp(
      `(${hangul(general.quantities)})(${hangul(general.roughly.after)})`,
      'gu',
    );
    this.quotePointers = general.quotePointers.words;
    this.recipients = {
      verbs: general.recipients.verbs,
      receivers: new Set([...general.recipients.receivers, ...general.companyNouns]),
      said: general.recipients.said,
    };
    this.orEndings = general.orEndings.words;
    this.regardlessEndings = general.orEndings.regardless;
    this.statementEndings = general.statementEndings.words;
    this.orWords = new Set(general.orEndings.standalone);
    this.apposition = general.apposition.words;
    this.promiseEndings = general.promiseEndings.words;
    this.originWords = new Set(general.originWords.words);
    this.sameState = general.sameState.words;
    this.nameNouns = new Set(general.nameNouns.words);
    this.conversionWords = new Set(general.conversionWords.words);
    this.positionNouns = general.positionNouns.words;
    this.eligibility = {
      askers: new Set(general.eligibility.askers),
      verbs: new Set(general.eligibility.verbs),
    };
    this.describedRole = {
      of: new Set(general.describedRole.of),
      titles: new Set(general.describedRole.titles),
      relatives: new Set(general.describedRole.relatives),
      which: general.describedRole.which,
    };
    this.intentClosings = {
      words: general.intentClosings.words,
      asking: new Set(general.intentClosings.asking),
    };
    this.howFar = { words: general.howFar.words, verbs: new Set(general.howFar.verbs) };
  }

  /** How a summary's lines are counted (`세 줄`, `한 줄씩`). */
  private readSummaryLines(general: GeneralLexicon): void {
    this.summaryLineNumbers = new Map(Object.entries(general.summaryLines.numbers));
    this.linesEach = general.summaryLines.each;
    this.linesParagraphs = general.summaryLines.paragraphs;
    this.linesEnough = general.summaryLines.enough;
    this.figureAskingClosings = general.numberUnits.asking;
    this.sayingQuoted = general.sayingQuoted;
    this.summaryOfQuestion = general.summaryOfQuestion.endings;
    this.summaryLines = summaryLinePatterns(general.summaryLines);
    this.figuresWanted = figuresWantedPattern(general.figuresWanted);
    this.figureWords = new Set(general.figuresWanted.figures);
    this.conclusionWords = new Set(general.conclusionWords.words);
    this.tableWords = new Set(general.tableWords.words);
    this.bodyWords = new Set(general.bodyWords.words);
    this.conditionWords = new Set(general.conditionWords.words);
    const { how, growing } = general.means;
    this.means = {
      words: phrasePattern(general.means.words),
      markers: general.means.markers,
      howGrowing: new RegExp(
        `(?:^|\\s)(?:${how.join('|')})\\s(?:\\S+\\s){0,3}(?:${growing.join('|')})`,
        'iu',
      ),
    };
    this.groupCounters = new Set(general.groupCounters.words);
    this.should = {
      ...general.should,
      english: new Set(general.should.english),
      agents: new Set(general.should.agents),
      nouns: new Set(general.should.nouns),
    };
    // (at a word's start: `대표들` is no `표들`)
    this.allTables = new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(general.allTables.words).source}`, 'iu');
    this.sectionWords = new Set(general.sectionWords.words);
    this.outlineAsked = phrasePattern(general.sectionWords.outline);
    this.outlineBesides = new Set(general.sectionWords.besides);
    this.stepWords = {
      words: new Set(general.stepWords.words),
      notBefore: new Set(general.stepWords.notBefore),
    };
    // (`세번째`: a number run together with its ordinal, `세 번째`; not the enumerators, `두번째로`)
    const numbers = Object.keys(general.summaryLines.numbers).filter(isHangulSyllables);
    const [ordinal = ''] = general.units.ordinal;
    // (the ordinal's longer forms, `번째로`, are the enumerators' and stay as typed)
    const longer = general.units.ordinal.filter((o) => o.length > ordinal.length && o.startsWith(ordinal));
    const enumerator = longer.map((o) => o.slice(ordinal.length)).join('|');
    this.ordinalRunTogether = new RegExp(
      `(^|[^가-힣])(${numbers.join('|')})(${ordinal})${enumerator ? `(?!${enumerator})` : ''}`,
      'g',
    );
  }

  /** The sets of equivalent words and the question phrases, by the first word that may start them. */
  private indexPhrases(general: GeneralLexicon): void {
    this.sets.forEach((set, index) => {
      for (const p of set) for (const key of this.lemmaKeys(p[0]!)) addTo(this.setsByToken, key, index);
    });
    for (const q of questionPhrases(general)) addTo(this.questionsByFirstWord, q.phrase[0]!, q);
  }

  /** The forms a token may stand for, as the lexicon writes words: itself, its noun, its verb's lemma. */
  lemmaKeys(token: string): string[] {
    const keys = new Set<string>([token]);
    if (isHangulSyllables(token)) {
      this.addVerbKeys(token, keys);
      // A one-syllable noun before a particle only when the lexicon has it (`데야`, `거예요`), and
      // never inside a word the lexicon lists (`법인` is not 법 + 인).
      for (const stem of nounStems(this.grammar, token)) {
        if (stem.length >= 2 || (this.known.has(stem) && !this.known.has(token))) keys.add(stem);
        // (a clause made a noun and closed by a particle, `뭘 했는지는`, `세웠는지도`: read as the clause)
        if (stem.length > 2 && this.verbalEndings.some((e) => stem.endsWith(e))) this.addVerbKeys(stem, keys);
      }
      // (`비교하면요`, `정리하면요`: a polite 요 typed onto any ending, read as the ending it follows)
      const polite = this.koreanEndings.polite.find((e) => token.length > e.length + 2 && token.endsWith(e));
      if (polite && keys.size === 2) this.addVerbKeys(token.slice(0, -polite.length), keys);
      const going = this.beforeDoingNow(token);
      if (going) this.addVerbKeys(going, keys);
    } else {
      const irregular = this.englishIrregular.get(token);
      if (irregular) keys.add(irregular);
      for (const base of englishBases(token)) keys.add(base);
    }
    return [...keys];
  }

  /** `바뀌는중`, `바뀌는중임`: the verb before 중 typed onto it, what is going on now. */
  beforeDoingNow(word: string): string | undefined {
    // (read while the lists are built too, before the endings are)
    const now = (this.obligedBecause?.doingNow ?? []).find(
      (e) => word.length > e.length + 1 && word.endsWith(e),
    );
    return now === undefined ? undefined : word.slice(0, -now.length);
  }

  /** A Hangul word's readings as a verb: its lemmas, and the noun of a light verb with and without 하다. */
  private addVerbKeys(word: string, keys: Set<string>): void {
    // A word the lexicon lists is that word (`감면` is not 가다 + 면).
    if (!this.known.has(word)) for (const reading of readVerb(this.grammar, word)) keys.add(reading.lemma);
    const light = readLightVerb(this.grammar, word);
    if (light?.noun) {
      keys.add(light.noun);
      keys.add(`${light.noun}하다`);
    }
  }

  /** Indexes of the sets a token's forms belong to (by the first token of a set's phrases). */
  setsStartingWith(keys: readonly string[]): number[] {
    const out = new Set<number>();
    for (const key of keys) for (const index of this.setsByToken.get(key) ?? []) out.add(index);
    return [...out];
  }

  /** Question phrases that may start at a word with these readings, longest first. */
  questionPhrasesStartingWith(
    keys: readonly string[],
  ): { readonly type: QuestionType; readonly phrase: Phrase }[] {
    const out = keys.flatMap((k) => this.questionsByFirstWord.get(k) ?? []);
    return out.length > 1 ? out.sort((a, b) => b.phrase.length - a.phrase.length) : out;
  }

  knows(word: string): boolean {
    return this.known.has(word);
  }
}

/** The kinds of thing a list asks for. */
export type ListKind =
  | 'companies'
  | 'people'
  | 'countries'
  | 'figures'
  | 'years'
  | 'reasons'
  | 'measures'
  | 'rows';

/** The question types whose answers are of a kind a noun can name (`위치`, `성함`, `시기`, `수치`). */
export type KindType = 'place' | 'person' | 'time' | 'amount';

export type AnswerWords = 'time' | 'start' | 'end' | 'reason' | 'ordinal' | 'plan' | 'companyClass';

/** What a follow-up's words point back at, and what they ask of what came before. */
export interface Referring {
  /** Set phrases with a word that points, that point at nothing (`on top of that`): a follow-up without them. */
  readonly idioms: RegExp;
  readonly person: RegExp;
  readonly company: RegExp;
  /** A possessive that points at the company asked about (`its CEO`), not one within a clause that describes another. */
  readonly companyPossessive: RegExp;
  /** A country pointed back at (`그 나라`, `that country`): the one the answer named. */
  readonly country: RegExp;
  readonly thing: RegExp;
  /** Words that point at the answer just given itself (`방금 거`, `what you just said`). */
  readonly answer: RegExp;
  /** What was said (`그 말`, `그렇게`, `that quote`): `누가 그 말 했어?` asks who said it. */
  readonly statement: RegExp;
  /** The paragraph before or after the one an answer quoted (`그 앞 문단에선 …`, `the next paragraph`). */
  readonly paragraphBefore: RegExp;
  readonly paragraphAfter: RegExp;
  /** The part of the article an answer came from (`그 대목에서`, `같은 문단에`, `in that section`). */
  readonly partPointers: RegExp;
  /** The item of a table's row before or after the one answered (`그 다음 회사는?`): rows only. */
  readonly rowBefore: RegExp;
  readonly rowAfter: RegExp;
  /** The other side of a comparison (`반대편은?`): the other country of the table. */
  readonly otherSide: RegExp;
  /** Others of a kind asked in a follow-up (`any other startups?`, `다른 회사는?`): not the ones before. */
  readonly others: RegExp;
  /** Words that point back at several companies (`걔네`, `그 회사들`, `those`): all the answer named. */
  readonly companies: RegExp;
  /** Words that point back at a place (`거기서`): the country the question before was about. */
  readonly place: RegExp;
  /** Which item of a list just given (`첫 번째`, `마지막`, `the last one`): 1 for the first, -1 for the last. */
  readonly ordinal: { readonly pattern: RegExp; readonly place: ReadonlyMap<string, number> };
  /** A question that asks for a summary of something (`{} 요약해줘`), in each language. */
  readonly sumUp: { readonly ko: string; readonly en: string };
  /** A group pointed at by how many are in it (`셋 중에`, `those three`): the count it says, if any. */
  readonly groupCounted: (text: string) => number | undefined;
  /** Others asked besides those before (`{} 말고 {}`): the phrase, and how names are joined in it. */
  readonly setApart: {
    readonly ko: string;
    readonly en: string;
    readonly joinKo: string;
    readonly joinEn: string;
  };
  /** How a part of the article is named in a question made whole (`{} 부분`, `the '{}' section`). */
  readonly partNamed: { readonly ko: string; readonly en: string };
  /** Where in the article, asked after a question made whole (`{} 글 어디에 나와?`, `{} where in the article?`). */
  readonly whereAsked: { readonly ko: string; readonly en: string };
  /** Words a follow-up opens on to set something against what was asked (`vs`, `compared to`). */
  readonly setAgainst: readonly string[];
  /** The article, named so that a follow-up is of it (`이 기사`). */
  readonly article: { readonly ko: string; readonly en: string };
  /** Nouns after an ordinal that only say an item is meant (`the second one`, `첫 번째 사람`). */
  readonly itemNouns: ReadonlySet<string>;
  /** Words that point at how what was just said is (`그렇게` in `왜 그렇게 많은데`): the word after says it again. */
  readonly degree: ReadonlySet<string>;
  /** What such a word may point at, by the stem it opens with: a size or a speed (`많은데`, `높은데`), not a deed (`성장했대`). */
  readonly degreeQualities: ReadonlySet<string>;
  /** The words (not the pronouns) for a person or a company: replaced by what they point at. */
  readonly named: RegExp;
  /** Those words and the personal pronouns: a question that may need to be asked which one it means. */
  readonly namedOrPerson: RegExp;
  /** `제일 최근 수치는?`, `and the trough?`: an end of a series of years, asked of the figure the year before was asked of. */
  readonly seriesEnd: RegExp;
  readonly yearAfter: RegExp;
  /** `중간 해는?`, `the year in between`: the year between the two the question before asked of. */
  readonly yearBetween: RegExp;
  readonly yearBefore: RegExp;
  /** `2년 전엔?`, `three years later`: so many years from the one before (the number's group). */
  readonly yearsAfter: RegExp;
  readonly yearsBefore: RegExp;
  /** Words after an item's name for the one after it (`업스테이지 다음은`) or before it (`앞은`). */
  /** `그거 확실해?`, `근거는?`, `are you sure?`: the answer before, asked to be shown again with its source. */
  readonly challenge: RegExp;
  readonly itemAfter: ReadonlySet<string>;
  readonly itemBefore: ReadonlySet<string>;
  /** The whole message asks the same again (`더 자세히`, `tell me more`). */
  readonly again: RegExp;
  /** Those words anywhere in a message (`the second one, can you go into more detail`). */
  readonly againWords: RegExp;
}

/** The words for the article and its parts (`기사`, `제목`, `글쓴이`), each with the field it names. */
function articlePhrasesOf(words: GeneralLexicon['articleWords']): Lexicon['articlePhrases'] {
  return Object.entries(words).flatMap(([field, list]) =>
    list.map((text) => ({ field: field as ArticleField, phrase: phrase(text) })),
  );
}

/** Endings that say a noun is a figure in a unit (`투자액` → money), each with its unit. */
function unitSuffixesOf(words: GeneralLexicon['unitSuffixes']): Lexicon['unitSuffixes'] {
  return Object.entries(words).flatMap(([unit, list]) =>
    list.map((suffix) => ({ unit: unit as Unit, suffix })),
  );
}

/** The Korean grammar the analyser reads with: verbs, light and auxiliary verbs, endings, bound nouns. */
function grammarOf(general: GeneralLexicon, verbs: ReadonlySet<string>): KoreanGrammar {
  return {
    verbs: buildVerbTable(verbs),
    lightVerbs: buildVerbTable(general.lightVerbs),
    honorificCopula: Object.entries(general.honorificCopula.forms).sort(([a], [b]) => b.length - a.length),
    auxiliaries: buildVerbTable(general.auxiliaryVerbs),
    verbEndings: new Set(general.verbEndings),
    // (and the stem alone: `주`, `가`)
    closingEndings: new Set(['', ...general.closingEndings.words]),
    joiningAfterPast: new Set(general.joiningAfterPast.words),
    nounEndings: byLength(general.nounEndings),
    boundNouns: general.boundNouns,
    stackedParticles: {
      also: general.alsoParticles,
      before: byLength(general.particles.with),
      last: general.stackedParticles.last,
      first: byLength([...general.particles.with, ...general.stackedParticles.first]),
      copulas: general.stackedParticles.copulas,
      only: general.particles.only.filter(isHangulSyllables),
    },
    contractedCopula: general.koreanEndings.contractedCopula,
    negations: general.negations.words,
    numberUnit: numberUnitPattern(general.numberUnits),
    amountUnit: amountUnitPattern(general.numberUnits),
  };
}

/** What may be typed onto a number (`만명`, `억원에`, `년까지지`): its size and counter or unit, a particle, a closing. */
function numberUnitPattern(words: GeneralLexicon['numberUnits']): RegExp {
  const any = (list: readonly string[]) => list.join('|');
  return new RegExp(
    `^(?:[${words.sizes.join('')}]+(?:${any(words.counters)})?|${any(words.units)})(?:${any(words.particles)})?(?:${any(words.closings)})?$`,
  );
}

/** What says a number is an amount when typed onto it (`억달러`, `만명`): a size, and its counter, no date unit. */
function amountUnitPattern(words: GeneralLexicon['numberUnits']): RegExp {
  const counters = words.counters.join('|');
  return new RegExp(`^[${words.sizes.join('')}]+(?:${counters})?$`);
}

/** A question word a noun is typed onto (`최대몇퍼임`): at a word's start, and after two syllables or more. */
function gluedAskingPatterns(words: readonly string[]): { at: RegExp; after: RegExp } {
  const glued = words.join('|');
  return { at: new RegExp(`^(${glued})`, 'u'), after: new RegExp(`^[\\uAC00-\\uD7A3]{2,}(${glued})`, 'u') };
}

/** How long something took (`2년 만에`): the units and the words after or before them, as sets. */
function durationWords(words: GeneralLexicon['durations']): Lexicon['durations'] {
  return {
    units: new Set(words.units),
    after: new Set(words.after),
    within: new Set(words.within),
    before: new Set(words.before),
    spans: new RegExp(`([0-9]+)\\s*(${Object.keys(words.spans).join('|')})(?=\\s|$|[?？.!,])`, 'gu'),
    spanUnits: new Map(Object.entries(words.spans)),
  };
}

/** The words that ask of what is under way or done, and how a fact says it is under way. */
function aspectWords(words: z.infer<typeof GeneralLexicon>['aspect']): Lexicon['aspect'] {
  return {
    ongoing: words.ongoing.map(phrase),
    done: words.done.map(phrase),
    ongoingFact: phrasePattern(words.ongoingFacts),
  };
}

/** Each word of lists by unit (`원`, `매출`), as it is normalised, with its unit. */
function unitsOf(lists: Partial<Record<Unit, readonly string[]>>): ReadonlyMap<string, Unit> {
  return new Map(
    Object.entries(lists).flatMap(([unit, list]) =>
      (list ?? []).map((w) => [normalizeText(w) || w, unit as Unit] as const),
    ),
  );
}

type EnglishGrammar = Omit<z.infer<typeof GeneralLexicon>['englishGrammar'], '$comment'>;

/** The English grammar words, each list as a set. */
function englishGrammarOf(lists: EnglishGrammar): Lexicon['englishGrammar'] {
  return {
    auxiliaries: new Set(lists.auxiliaries),
    subjectPronouns: new Set(lists.subjectPronouns),
    reportingVerbs: new Set(lists.reportingVerbs),
    perfect: new Set(lists.perfect),
    objectDeterminers: new Set(lists.objectDeterminers),
    beVerbs: new Set(lists.beVerbs),
    beneficiary: new Set(lists.beneficiary),
    possessives: new Set(lists.possessives),
    kindAskers: new Set(lists.kindAskers),
    needs: new Set(lists.needs),
    reasonOpeners: new Set(lists.reasonOpeners),
    ownPronouns: new Set(lists.ownPronouns),
    inWords: new Set(lists.inWords),
  };
}

/** The numbers of a map of words (its `$comment` aside). */
function numbersOf(map: Record<string, number | string>): ReadonlyMap<string, number> {
  return new Map(Object.entries(map).flatMap(([w, n]) => (typeof n === 'number' ? [[w, n] as const] : [])));
}

/** A word of the lexicon written in Hangul (a pattern takes the Korean as typed, the English as words). */
const korean = (w: string) => /[가-힣]/.test(w);

/** `include the key numbers`, `with numbers`, `핵심 숫자도 포함해서`, `수치 넣어서`: figures asked to be carried. */
function figuresWantedPattern(words: z.infer<typeof GeneralLexicon>['figuresWanted']): RegExp {
  const any = (list: readonly string[], hangul: boolean) =>
    list.filter((w) => korean(w) === hangul).join('|');
  const english = `\\b(?:${any(words.include, false)})\\.?\\s+(?:(?:${any(words.key, false)})\\s+)*(?:${any(words.figures, false)})\\b`;
  const hangul = `(?:(?:${any(words.key, true)})\\s*)?(?:${any(words.figures, true)})(?:${any(words.particles, true)})?\\s*(?:${any(words.include, true)})(?=[\\s,.?!]|$)`;
  return new RegExp(`${english}|${hangul}`, 'gi');
}

/** A number (or a number word) and a word for a line: the Korean one as typed, the English as words. */
function summaryLinePatterns(words: z.infer<typeof GeneralLexicon>['summaryLines']): RegExp[] {
  const alternatives = (list: readonly string[]) => list.join('|');
  const numbers = Object.keys(words.numbers);
  return [
    new RegExp(
      `(\\d|${alternatives(numbers.filter(korean))})\\s*(?:${alternatives(words.lines.filter(korean))})`,
    ),
    new RegExp(
      `\\b(\\d|${alternatives(numbers.filter((w) => !korean(w)))})\\s+(?:${alternatives(words.lines.filter((w) => !korean(w)))})\\b`,
      'i',
    ),
  ];
}

function referringPatterns(
  words: z.infer<typeof GeneralLexicon>['referring'],
  nounEndings: readonly string[],
  numbers: Readonly<Record<string, number>>,
): Referring {
  const again = phrasePattern(words.again).source;
  const asking = phrasePattern(words.againAsking).source;
  // (`몇 번째 문단이야?`: the phrase as a noun the question ends on)
  const ending = [...nounEndings].sort((x, y) => y.length - x.length).join('|');
  return {
    person: phrasePattern([...words.person, ...words.personPronouns]),
    company: phrasePattern([...words.company, ...words.companyPronouns, ...words.companyPlural]),
    companyPossessive: phrasePattern(words.companyPossessives),
    country: phrasePattern(words.country),
    thing: phrasePattern(words.thing),
    answer: phrasePattern(words.answer),
    otherSide: phrasePattern(words.otherSide),
    others: phrasePattern(words.others),
    paragraphBefore: phrasePattern(words.paragraphBefore),
    partPointers: phrasePattern(words.partPointers),
    paragraphAfter: phrasePattern(words.paragraphAfter),
    rowBefore: phrasePattern(words.rowBefore),
    rowAfter: phrasePattern(words.rowAfter),
    statement: phrasePattern(words.statement),
    companies: phrasePattern(words.companyPlural),
    idioms: new RegExp(phrasePattern(words.idioms).source, 'gi'),
    place: phrasePattern(words.placePointers),
    sumUp: words.sumUp,
    setApart: words.setApart,
    groupCounted: groupCountedIn(words.groupCounted),
    partNamed: words.partNamed,
    whereAsked: words.whereAsked,
    setAgainst: words.setAgainst,
    article: words.article,
    itemNouns: new Set(words.itemNouns),
    degree: new Set(words.degree),
    degreeQualities: new Set(words.degreeQualities),
    ordinal: {
      pattern: phrasePattern(Object.keys(words.ordinals)),
      place: new Map(Object.entries(words.ordinals).map(([w, n]) => [w.replace(/\s+/g, ''), n])),
    },
    named: phrasePattern([...words.person, ...words.company, ...words.country]),
    namedOrPerson: phrasePattern([...words.person, ...words.company, ...words.personPronouns]),
    yearAfter: phrasePattern(words.yearAfter),
    yearBetween: phrasePattern(words.yearBetween),
    seriesEnd: phrasePattern(words.seriesEnd),
    yearBefore: phrasePattern(words.yearBefore),
    yearsAfter: yearsApart(words.yearsAfter, numbers),
    yearsBefore: yearsApart(words.yearsBefore, numbers),
    challenge: new RegExp(
      `^\\s*(?:${phrasePattern(words.thing).source}\\s*)?(?:\\S+\\s+){0,3}?${phrasePattern(words.challenge).source}(?:${ending})?\\s*[?？.!]*\\s*$`,
      'i',
    ),
    itemAfter: new Set(words.itemAfter),
    itemBefore: new Set(words.itemBefore),
    again: new RegExp(`^\\s*${again}(\\s*${asking})*\\s*[?？.!]*\\s*$`, 'i'),
    againWords: new RegExp(again, 'gi'),
  };
}

/**
 * Any of the phrases in a text, the longest first: a Korean phrase with or without its spaces (`그 회사`,
 * `그회사`), an English one as whole words (`it` is not in `its`).
 */
/** Words typed for others: abbreviations (`한일`, `ㅇㄷ`) and Japanese words (`nihon`), as the words they stand for. */
function typedOtherwise(general: GeneralLexicon): ReadonlyMap<string, readonly string[]> {
  const words = { ...general.borrowedWords.words, ...general.abbreviations };
  return new Map(Object.entries(words).map(([k, v]) => [k, v.split(' ').filter(Boolean)]));
}

/** Words said aside from what is asked: adverbs made of nouns, whose eyes, what was so before. */
function asidesOf(
  general: GeneralLexicon,
): Pick<
  Lexicon,
  'adverbEndings' | 'standpoints' | 'formerTimes' | 'fieldWords' | 'sectorWords' | 'degreeAsked'
> {
  return {
    adverbEndings: {
      words: general.adverbEndings.words,
      english: general.adverbEndings.english,
      meaningful: new Set(general.adverbEndings.meaningful),
    },
    standpoints: {
      words: new Set(general.standpoints.words),
      after: new Set(general.standpoints.after),
      particles: new Set(general.standpoints.particles),
    },
    fieldWords: new Set(general.fieldWords.words),
    degreeAsked: {
      words: new Set(general.degreeAsked.words),
      qualities: new Set(general.degreeAsked.qualities),
    },
    sectorWords: new Map(
      general.sectorWords.groups.flatMap((g) =>
        g.words.map((w) => [w, g.inNames.map((n) => n.toLowerCase())] as const),
      ),
    ),
    formerTimes: {
      words: new Set(general.formerTimes.words),
      doneThen: new Set(general.formerTimes.doneThen),
    },
  };
}

/** A map of the lexicon's, its comment left out. */
function mapOf(record: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(record).filter(([key]) => !key.startsWith('$')));
}

/** Words that number the questions of a message, at its start or a sentence's, with the mark after them. */
function enumeratorPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<=^|[.?!。？！]\\s+)${phrasePattern(words).source}\\s*[,:.)]\\s*`, 'gi');
}

function answerWordPatterns(
  words: z.infer<typeof GeneralLexicon>['answerWords'],
): Record<AnswerWords, RegExp> {
  const { $comment: _, ...lists } = words;
  return Object.fromEntries(
    Object.entries(lists).map(([kind, list]) => [kind, wordsPattern(list as readonly string[])]),
  ) as Record<AnswerWords, RegExp>;
}

function timeBoundPhrases(
  bounds: z.infer<typeof GeneralLexicon>['timeBounds'],
): { readonly bound: 'start' | 'end'; readonly phrase: Phrase }[] {
  return (['start', 'end'] as const).flatMap((bound) =>
    bounds[bound].map((text) => ({ bound, phrase: phrase(text) })),
  );
}

/** The count a text points at a group by (`셋 중에`, `세 사람 중에`, `those three`), if any. */
function groupCountedIn(words: z.infer<typeof GeneralLexicon>['referring']['groupCounted']) {
  const counts = Object.keys(words.counts).join('|');
  const korean = new RegExp(
    `(?:^|\\s)(${counts})\\s*(?:(?:${words.nouns.join('|')})\\s*)?(?:${words.after.join('|')})(?=\\s|$|[?？.,!])`,
    'u',
  );
  const english = new RegExp(`\\b(?:${words.before.join('|')})\\s+(${counts})\\b`, 'i');
  return (text: string): number | undefined => {
    const found = korean.exec(text) ?? english.exec(text);
    return found ? words.counts[found[1]!.toLowerCase()] : undefined;
  };
}

function phrasePattern(list: readonly string[]): RegExp {
  const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const parts = w.split(/\s+/).map(escaped);
      return korean(w) ? parts.join('\\s*') : `\\b${parts.join('\\s+')}\\b`;
    });
  return new RegExp(`(?:${alternatives.join('|')})`, 'i');
}

/** A count of years (digits or a number word, its value in the first group) and a word for how far. */
function yearsApart(words: readonly string[], numbers: Readonly<Record<string, number>>): RegExp {
  const count = ['\\d{1,2}', ...Object.keys(numbers)].join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(${count})\\s*${phrasePattern(words).source}`, 'iu');
}

/** A pattern that finds any of the words in a text (case-insensitive; a year counts as a time word). */
function wordsPattern(list: readonly string[]): RegExp {
  const escaped = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(${escaped.join('|')})`, 'i');
}

/**
 * A side of a pair of opposites as a pattern: a Korean verb by its stem (`늘다` is found in `늘었`,
 * `줄어들다` in `줄어든`), an English word whole (`up` is not in `startups`).
 */
function oppositePattern(list: readonly string[]): RegExp {
  const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = list.map((w) =>
    korean(w) ? escaped(/다$/.test(w) && w.length >= 2 ? w.slice(0, -1) : w) : `\\b${escaped(w)}\\b`,
  );
  return new RegExp(`(${alternatives.join('|')})`, 'i');
}

/** Regular English inflections undone: `relocated` → relocate, relocat; `runs` → run; `subsidies` → subsidy. */
export function englishBases(word: string): string[] {
  const out: string[] = [];
  if (!/^[a-z]{3,}$/.test(word)) return out;
  if (word.length === 3 && !word.endsWith('s')) return out;
  if (word.endsWith('ies') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') && word.length > 4) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && word.length >= 3)
    out.push(word.slice(0, -1));
  if (word.endsWith('ed') && word.length > 4) {
    out.push(word.slice(0, -2), word.slice(0, -1));
    if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
    const stem = word.slice(0, -2);
    if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  if (word.endsWith('ing') && word.length > 5) {
    const stem = word.slice(0, -3);
    out.push(stem, `${stem}e`);
    if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Longest first: a longer ending or marker is tried before a shorter one that ends it. */
const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);

/**
 * Every word of the lists the analyser must know as words (sets, question and article words, fillers,
 * units, auxiliaries) into `known`; returns the verbs among them (dictionary forms, `…다`).
 */
function collectWords(
  general: GeneralLexicon,
  allSets: readonly (readonly string[])[],
  known: Set<string>,
): Set<string> {
  const verbs = new Set<string>();
  const nouns = new Set(general.nounsInDa.words);
  const collect = (text: string) => {
    for (const token of phrase(text)) {
      known.add(token);
      if (isHangulSyllables(token) && token.endsWith('다') && token.length >= 2 && !nouns.has(token))
        verbs.add(token);
    }
  };
  for (const set of allSets) set.forEach(collect);
  for (const list of Object.values(general.questionWords)) list.forEach(collect);
  for (const list of Object.values(general.articleWords)) list.forEach(collect);
  general.fillers.forEach(collect);
  for (const list of Object.values(general.units)) list.forEach(collect);
  general.auxiliaryVerbs.forEach(collect);
  general.alongsideWords.words.forEach(collect);
  // (`끝에`, `처음엔`: a word for where in the article, read past its particle)
  for (const list of [general.articleParts.start, general.articleParts.end, general.articleParts.other])
    list.forEach(collect);
  general.textWords.closes.forEach(collect);
  // (`첫번째는`: an ordinal is a word, not a name)
  Object.keys(general.referring.ordinals).forEach(collect);
  // (`행은요`: a word for an item, read past its particle)
  general.referring.itemNouns.forEach(collect);
  general.textWords.opens.forEach(collect);
  // (a share in words, `절반쯤`, is read past its endings too)
  Object.keys(general.quantityPercents)
    .filter((k) => k !== '$comment')
    .forEach(collect);
  // (the words of opposites, `많아지다`, `줄어들다`, are read in any conjugation too)
  for (const pair of general.opposites) for (const side of pair) side.forEach(collect);
  return verbs;
}

/** Sets that share a word are one set: equivalence is transitive. */
function mergeSets(allSets: readonly (readonly string[])[]): Phrase[][] {
  const merged: Phrase[][] = [];
  const owner = new Map<string, number>();
  for (const set of allSets) {
    const phrases = set.map(phrase).filter((p) => p.length > 0);
    const keys = phrases.map((p) => p.join(' '));
    const into = keys.map((k) => owner.get(k)).find((i) => i !== undefined);
    const target = into === undefined ? merged.push([]) - 1 : into;
    for (const [i, p] of phrases.entries()) {
      if (owner.has(keys[i]!)) continue;
      owner.set(keys[i]!, target);
      merged[target]!.push(p);
    }
  }
  return merged;
}

/** Question words and phrases as phrases, longest first. */
function questionPhrases(general: GeneralLexicon): { type: QuestionType; phrase: Phrase }[] {
  return Object.entries(general.questionWords)
    .flatMap(([type, list]) => list.map((text) => ({ type: type as QuestionType, phrase: phrase(text) })))
    .filter((q) => q.phrase.length > 0)
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

/** `40만 넘게` (the words after a number), `more than 400k` (the words before it). */
function lowerBoundPatterns(bounds: GeneralLexicon['lowerBounds']): [RegExp, RegExp] {
  const alternatives = (list: readonly string[]) =>
    byLength(list)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
  return [
    new RegExp(
      `(\\d[\\d,.]*)\\s*(천|만|억|조|k\\b)?\\s*(?:명|개|곳|개사|원|엔|달러)?\\s*(?:${alternatives(bounds.after)})`,
      'g',
    ),
    new RegExp(
      `(?:${alternatives(bounds.before)})\\s+\\$?(\\d[\\d,.]*)\\s*(k\\b|thousand|million|billion|trillion)?`,
      'g',
    ),
  ];
}

/** A list of word lists by kind (a `$comment` aside) as sets. */
function wordSets<K extends string>(
  lists: { readonly $comment?: string | undefined } & Record<string, unknown>,
  fold: (word: string) => string,
): ReadonlyMap<K, ReadonlySet<string>> {
  const { $comment: _, ...rest } = lists;
  return new Map(
    Object.entries(rest).map(([kind, list]) => [kind as K, new Set((list as readonly string[]).map(fold))]),
  );
}
