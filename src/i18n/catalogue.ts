import type { Computed } from '../engine/types.ts';
import type { FoundBy } from '../import/candidates.ts';
import type { ReviewNote } from '../import/draft.ts';
import type { ImportProblem } from '../import/problems.ts';
import type { ImportSummary } from '../import/run.ts';
import type { FactKind, Figure, FigureUnit } from '../knowledge/schema.ts';
import type { KnowledgeCounts } from '../knowledge/types.ts';
import type { ListKind } from '../language/lexicon.ts';
import type { QuestionSource } from '../metrics/recent.ts';
import type { ReplyLanguage } from '../render/payload.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

/**
 * What the bot says, one file per language: answers, refusals, cards, notices, charts, feedback, the
 * message menu, `/misses`, `/reload`, `/stats`, figures. A new language is a new file that must
 * satisfy this type.
 */
export interface Catalogue {
  readonly chart: {
    /** An x-axis label for a year: `2021년`, `2021`. */
    year(year: number): string;
    /** The line under the title: what the series is about and its unit. */
    subtitle(subjects: readonly string[], unit: string): string;
    /** The line under the chart: who reported it and where the article says so. */
    source(reporters: readonly string[], article: string, paragraphs: readonly string[]): string;
    /** The attachment's alt text: the whole chart as a sentence. */
    altText(title: string, subjects: readonly string[], points: readonly string[], source: string): string;
    /** `/chart` and autocomplete: a series by name, with the years it spans. */
    choice(title: string, subjects: readonly string[], span: string): string;
    readonly listTitle: string;
    listIntro(count: number): string;
    listMore(count: number): string;
    readonly listEmpty: string;
    unknownSeries(typed: string): string;
    readonly off: string;
    readonly seriesTitle: string;
  };
  readonly units: {
    readonly percent: string;
    readonly people: string;
    readonly organizations: string;
    readonly companies: string;
    /** A currency amount scaled for the axis: `억 원`, `KRW billion`. */
    money(currency: 'KRW' | 'JPY' | 'USD', scale: 1 | 1e4 | 1e6 | 1e8 | 1e9 | 1e12): string;
  };
  readonly feedback: {
    readonly helpful: string;
    readonly notHelpful: string;
    readonly thanksHelpful: string;
    readonly thanksNotHelpful: string;
    readonly alreadyVoted: string;
    readonly off: string;
  };
  readonly askMessage: {
    readonly postButton: string;
    readonly noTextTitle: string;
    readonly noText: string;
    readonly posted: string;
  };
  /** How an answer is said: its first line, yes or no, the question it answers, its evidence. */
  readonly answer: {
    readonly yes: string;
    readonly no: string;
    /** A no, with what the article says instead: `아니요 — 기사에 따르면 도쿄`. */
    accordingTo(what: string): string;
    /** A table's row as the article writes it. */
    tableSays(row: string): string;
    /** Neither yes nor no: what the article says of the claim, in its words. */
    says(what: string): string;
    /** The question as the bot understood it, under the answer (what a reply continues from). */
    asked(question: string): string;
    /** A person with their role: `박성현 (리벨리온 대표)`. */
    /** `박성현 (리벨리온 대표)`; in English with the name as the article writes it: `Park Sung-hyun (박성현, CEO of Rebellions)`. */
    personWithRole(name: string, role: string, written: string): string;
    /** A figure of a series, with its year (`2021년 9895억 원`). */
    figureOfYear(year: number, figure: string): string;
    /** Where a quote stands: `문단 p4 · 섹션`; `translated` for a passage shown in translation. */
    paragraph(id: string, section: string | undefined, translated: boolean): string;
    /** The article's own (Korean) sentence, under a translated quote: `Korean original: “…”`. */
    original(sentence: string): string;
    /** A passage quoted whole because it says what the question asks, word for word. */
    readonly fromPassage: string;
    /** A part of a message with several questions that the article does not answer. */
    readonly partNotCovered: string;
    /** A sum or a change worked out from the article's figures: `7577억 원 감소 (76.6%)`, `합계 1조 8310억 원`. */
    computed(op: Computed['op'], value: string, percent: number | undefined, year?: number): string;
    /** Which of two amounts is the larger (or smaller) asked: `더 큰 쪽: **빅테크 투자액** — A > B`. */
    sizeLine(asked: 'larger' | 'smaller', name: string, mine: string, theirs: string): string;
    /** How many times the larger is the smaller, after the size line: `약 61.5배`. */
    ratio(times: string): string;
    /** `요약: 한국 AI 산업의 위기`. */
    summaryTitle(of: string): string;
    /** The title of a summary of the whole article, whose own title the footer gives. */
    readonly articleSummaryTitle: string;
    /** `회사 8곳`, `Companies (8)`. */
    listTitle(kind: ListKind, count: number): string;
    /** `리벨리온 vs 업스테이지`. */
    compareTitle(names: readonly string[]): string;
    /** A side of a comparison the article says nothing of on the point asked. */
    readonly sideNotSaid: string;
    /** A question that refers back with nothing to refer to: which one it means. */
    clarifyTitle(person: boolean): string;
    readonly clarify: string;
  };
  /** An entity's card, the comparison table, the article's own fields, `/about`. */
  readonly card: {
    readonly kinds: Readonly<Record<FactKind, string>>;
    readonly figures: string;
    readonly sources: string;
    readonly people: string;
    readonly company: string;
    readonly policy: string;
    readonly aspect: string;
    readonly articleTitle: string;
    readonly fields: Readonly<Record<'date' | 'author' | 'title' | 'category', string>>;
    readonly aboutTitle: string;
    aboutIntro(articles: string): string;
    readonly knowledge: string;
    counts(c: KnowledgeCounts): string;
    readonly howToAsk: string;
    readonly howToAskExamples: string;
  };
  /** What the bot says when the article does not answer. */
  readonly refusal: {
    readonly notFoundTitle: string;
    readonly partialTitle: string;
    readonly saysInstead: string;
    readonly didYouMean: string;
    /** `기사는 리벨리온에 대해 “매출”을 말하지 않아요.` */
    notSaid(subject: string, what: string | undefined): string;
    /** `그건 올거나이즈에 대한 내용이에요.` */
    saidOf(owners: string): string;
    /** `기사에는 구글, MS, AWS를 합친 수치만 나와요.` */
    onlyTogether(owners: string): string;
    /** The kind of answer missing, when no word of the question names it. */
    readonly kinds: Readonly<Record<'person' | 'time' | 'amount' | 'place' | 'which' | 'profile', string>>;
    unknownCompany(query: string): string;
    unknownPolicy(query: string): string;
    readonly noComparison: string;
    notCovered(query: string): string;
    readonly emptyQuestion: string;
    unknownNames(names: readonly string[]): string;
  };
  /** Notices: a command that does not exist, an error, a wait. */
  readonly notice: {
    readonly unknownCommandTitle: string;
    unknownCommand(typed: string, list: string): string;
    readonly userErrorTitle: string;
    readonly errorTitle: string;
    readonly error: string;
    /** Too many questions from one user: ask again after the window. */
    readonly slowDownTitle: string;
    slowDown(seconds: number): string;
    /** A button naming an entity the knowledge base no longer has (since a reload). */
    readonly entryGone: string;
    /** A "which one do you mean?" button whose message no longer shows its question. */
    readonly questionGone: string;
  };
  readonly misses: {
    readonly notFoundTitle: string;
    readonly notHelpfulTitle: string;
    readonly notHelpfulEmpty: string;
    readonly notHelpfulOff: string;
    readonly notHelpfulFooter: string;
    votes(up: number, down: number, voters: number): string;
    times(count: number, users: number): string;
    readonly shown: string;
    /** The miss log is turned off (`MISS_LOG=off`). */
    readonly notFoundOff: string;
    readonly notFoundEmpty: string;
    readonly notFoundFooter: string;
  };
  /** `/import` and `npm run kb:import`: what was added, what to review, what went wrong. */
  readonly import: {
    readonly doneTitle: string;
    readonly failedTitle: string;
    /** `문단 45 · 사실 61 · 수치 12 · 항목 24 (새로 24, 기존 0) · 섹션 11`. */
    added(summary: ImportSummary): string;
    readonly addedField: string;
    readonly reviewField: string;
    /** How many items are drafts, and how to list them. */
    review(summary: ImportSummary): string;
    readonly candidatesField: string;
    foundBy(how: FoundBy | 'known' | 'kept'): string;
    note(note: ReviewNote): string;
    unlinked(count: number): string;
    /** The file was there before: replaced, or re-imported keeping the editor's items. */
    previous(summary: ImportSummary): string | undefined;
    problem(problem: ImportProblem): string;
    readonly refused: string;
    /** `/import` needs exactly one of a file and a URL. */
    readonly oneSource: string;
    readonly reloadField: string;
  };
  /** The line under an answer in Korean to a question in English: the article is not translated. */
  readonly untranslated: string;
  /** `/reload`: the counts before → after and what changed, or the errors; per shard when sharded. */
  readonly reload: {
    readonly doneTitle: string;
    readonly rejectedTitle: string;
    readonly entities: string;
    readonly facts: string;
    /** The words of a diff: `**항목** 추가 2 · 삭제 0 · 변경 1`. */
    readonly added: string;
    readonly removed: string;
    readonly changed: string;
    /** After the errors shown: how many are not. */
    moreErrors(count: number): string;
    /** What keeps answering after a rejected reload. */
    stillServing(counts: string): string;
    shard(id: number): string;
    /** A shard that was not reloaded because it did not answer in time, or could not be asked. */
    readonly noAnswer: Readonly<Record<'timeout' | 'error', string>>;
    /** A shard that rejected the reload: how many errors, and what it keeps serving. */
    shardRejected(errors: number, serving: string): string;
    /** The field that lists one shard's errors. */
    shardErrors(shard: string): string;
    allShardsReloaded(count: number): string;
    /**
     * The title when shards failed: `failed` names them (`all` when every shard did); `keeping` when
     * each failure was a rejection, so the previous knowledge base is known to keep serving.
     */
    shardsFailed(failed: readonly string[], all: boolean, keeping: boolean): string;
  };
  /** A figure in words, as a reader of the article would write it: `최대 450억 엔`, `about KRW 442.8 billion`. */
  readonly figure: {
    money(value: number, currency: 'KRW' | 'JPY' | 'USD'): string;
    percent(value: number): string;
    year(value: number): string;
    /** People, organisations, companies, or a bare count; `approx` when the article says 약 or 여. */
    count(value: number, unit: 'people' | 'organizations' | 'companies' | 'count', approx: boolean): string;
    /** What the article says of the amount: `약 …`, `최대 …`, `최소 …`, `…까지`. */
    readonly qualified: Readonly<Record<Exclude<Figure['qualifier'], 'exact'>, (amount: string) => string>>;
    /**
     * Whether an approximate amount in this unit goes without the `approx` words: Korean says it in
     * the count itself (`41만여 명`), and puts no 약 before a year or a bare count either.
     */
    approxInAmount(unit: FigureUnit): boolean;
  };
  /** How a chart writes its numbers and labels. */
  readonly chartStyle: {
    /** A value on the axis or over a bar, with at most two decimals: `9,895`, `4.5`. */
    number(value: number): string;
    /** A title or bar label as it starts a line: English capitalises it, Korean has no case. */
    label(text: string): string;
    /** Characters per line of a bar label: a Hangul syllable is about twice as wide as a Latin letter. */
    readonly labelWidth: number;
  };
  /** `/stats`, for admins: uptime, servers and shards, the last 24 hours, the knowledge base. */
  readonly stats: {
    /** The command as Discord lists it (the English name is the command's name). */
    readonly command: { readonly name: string; readonly description: string };
    /** Told to a user who is not an admin. */
    readonly refusal: string;
    readonly title: string;
    readonly uptime: string;
    readonly serversAndShards: string;
    serversAndShardsValue(guilds: number, shards: number): string;
    /** The questions field's name: the last 24 hours, or since start when the bot is younger. */
    questions(window: { readonly sinceStart: boolean; readonly durationMs: number }): string;
    questionsValue(totals: {
      readonly found: number;
      readonly notFound: number;
      readonly error: number;
    }): string;
    readonly sources: Readonly<Record<QuestionSource, string>>;
    readonly answerTime: string;
    answerTimeValue(p50: string, p99: string): string;
    readonly noAnswersYet: string;
    readonly knowledge: string;
    knowledgeValue(counts: {
      readonly articles: number;
      readonly entities: number;
      readonly facts: number;
      readonly passages: number;
    }): string;
    /** Before a Discord timestamp: "loaded <t:…>". */
    readonly loadedAt: string;
    readonly lastReload: string;
    readonly noReload: string;
    reloadOk(factsBefore: number, factsAfter: number): string;
    reloadRejected(errors: number): string;
    shards(ids: readonly number[]): string;
    /** A footer when some shards did not answer: their figures are missing. */
    missingShards(ids: readonly number[]): string;
    duration(ms: number): string;
    milliseconds(ms: number): string;
  };
}

const CATALOGUES: Record<ReplyLanguage, Catalogue> = { ko, en };

export function catalogue(language: ReplyLanguage): Catalogue {
  return CATALOGUES[language];
}
