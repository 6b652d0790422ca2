/**
 * From a question to the reply a user sees, with its chart and, for free text, its feedback buttons.
 * Every front end answers through here: slash commands, mentions and DMs, the message menu,
 * auto-answer and the console.
 */
import { attachChart } from './charts/attach.ts';
import { NAMED } from './engine/context.ts';
import {
  type Answer,
  answer,
  answerFound,
  answerMessage,
  type Engine,
  type Question,
} from './engine/engine.ts';
import { feedbackRow, type QuestionSource } from './feedback/buttons.ts';
import { catalogue } from './i18n/catalogue.ts';
import { fitReply } from './render/limits.ts';
import { questionLanguage, type ReplyLanguage, type ReplyPayload } from './render/payload.ts';
import { renderAnswer } from './render/render.ts';

export type { QuestionSource } from './feedback/buttons.ts';

export interface AnswerReply {
  readonly answer: Answer;
  /** Free text: the question each part was asked as (a follow-up made whole), what a reply continues from. */
  readonly asked: readonly string[];
  /** False when the knowledge base holds no answer. */
  readonly found: boolean;
  readonly language: ReplyLanguage;
  readonly reply: ReplyPayload;
}

export interface ReplyOptions {
  /** Attach a chart when the answer's figures form a series (default true; `CHARTS=off`). */
  readonly charts?: boolean;
  /** A chart that could not be drawn (the answer goes out without it). */
  readonly onChartError?: (error: unknown) => void;
}

/**
 * Answers a question in `language`: the rendered answer, with its chart. An answer in English from an
 * article nobody has translated yet (an imported draft) is written in Korean, the article's own
 * words, with a line saying so.
 */
export async function replyToQuestion(
  engine: Engine,
  question: Question,
  language: ReplyLanguage,
  options: ReplyOptions = {},
): Promise<AnswerReply> {
  const { answer: result, asked } =
    question.kind === 'ask'
      ? answerMessage(engine, question.text, question.previous)
      : { answer: answer(engine, question), asked: [] };
  const untranslated = language === 'en' && fromUntranslated(engine, result);
  const written: ReplyLanguage = untranslated ? 'ko' : language;
  let reply = renderAnswer(engine, result, written, { asked });
  if (untranslated) reply = withNote(reply, catalogue(language).untranslated);
  if (options.charts !== false)
    reply = await attachChart(engine.kb, result, reply, written, options.onChartError);
  return { answer: result, asked, found: answerFound(result), language: written, reply };
}

/** Whether the answer quotes an article whose English is missing (filled from its Korean). */
function fromUntranslated(engine: Engine, result: Answer): boolean {
  const untranslated = (articleId: string) => engine.kb.article(articleId)?.translated === false;
  switch (result.kind) {
    case 'entity':
    case 'facts':
    case 'partial':
      return result.facts.some((f) => untranslated(f.fact.articleId));
    case 'passage':
      return untranslated(result.passage.articleId);
    case 'article':
      return !result.article.translated;
    case 'comparison':
      return untranslated(result.comparison.articleId);
    case 'summary':
      return result.lines.some((l) => l.passage !== undefined && untranslated(l.passage.articleId));
    case 'list':
      return result.items.some((i) => i.passage !== undefined && untranslated(i.passage.articleId));
    case 'compare':
      return result.sides.some((side) => side.facts.some((f) => untranslated(f.fact.articleId)));
    case 'multi':
      return result.parts.some((p) => fromUntranslated(engine, p.answer));
    case 'about':
    case 'not-found':
    case 'clarify':
      return false;
  }
}

/** A line of small print above the answer. */
function withNote(reply: ReplyPayload, note: string): ReplyPayload {
  const content = reply.content ? `${reply.content}\n-# ${note}` : `-# ${note}`;
  return fitReply({ ...reply, content });
}

export interface FreeTextOptions extends ReplyOptions {
  /** The asker's Discord locale (`ko`, `en-US`), when known. */
  readonly locale?: string | null | undefined;
  /** Where the question was asked; the feedback buttons carry it. */
  readonly source: QuestionSource;
  /** 👍/👎 under a found answer (default true; off when feedback is not recorded). */
  readonly feedback?: boolean;
  /** The question (as the engine asked it) of the bot's answer this message replies to. */
  readonly previous?: string | undefined;
}

/**
 * Free text, wherever it was typed: `/ask`, a mention or DM, a message picked from the message menu,
 * a post in an auto-answer channel, the console. One path, so all of them answer alike.
 */
export async function answerFreeText(
  engine: Engine,
  text: string,
  options: FreeTextOptions,
): Promise<AnswerReply> {
  const question = withoutDiscordMarkup(text);
  const result = await replyToQuestion(
    engine,
    options.previous
      ? { kind: 'ask', text: question, previous: options.previous }
      : { kind: 'ask', text: question },
    // Free text is answered in the language it is written in (Hangul → Korean), else the user's.
    questionLanguage(question, options.locale),
    options,
  );
  if (!result.found || options.feedback === false) return result;
  // A follow-up is recorded as it was asked, made whole (`리벨리온 매출은?`, not `매출은?`), without what its
  // answer named (`→ 박성현`).
  const [whole, ...more] = result.asked;
  const recorded =
    options.previous && whole !== undefined && more.length === 0 ? whole.split(NAMED)[0]!.trim() : question;
  const row = feedbackRow(result.answer, recorded, options.source, result.language);
  return { ...result, reply: fitReply({ ...result.reply, components: [...result.reply.components, row] }) };
}

/** User, role and channel mentions and custom emoji are markup, not words of a question. */
export function withoutDiscordMarkup(text: string): string {
  return text
    .replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
