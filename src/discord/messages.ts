/**
 * Messages: a mention of the bot, a DM, or a reply to one of the bot's answers is a question (a reply
 * is asked with the context of the answer it replies to); a post in an auto-answer channel may get an
 * answer; anything else is not the bot's business.
 */
import type { Message } from 'discord.js';
import { type AnswerReply, answerFreeText } from '../answering.ts';
import { withoutFiles } from '../charts/attach.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { questionLanguage } from '../render/payload.ts';
import { renderNotice } from '../render/render.ts';
import { autoAnswer, autoAnswerQuestions } from './auto-answer.ts';
import type { CommandContext } from './command.ts';
import { apiErrorFields, failMessage } from './errors.ts';
import { mayReplyToBot, type RepliedTo, repliedTo } from './follow-up.ts';
import type { RateLimiter } from './rate-limit.ts';
import { canAttachFiles, toMessageOptions } from './respond.ts';

export interface MessageHandling {
  readonly context: CommandContext;
  /** The per-user limit on questions (mentions, DMs, replies and auto-answer alike). */
  readonly limiter: RateLimiter;
  readonly autoAnswerChannels: ReadonlySet<string>;
  /** Exactly once: false for a message already handled (a delivery Discord repeated). */
  readonly firstTime: (message: Message) => boolean;
}

/** Handles one message inside the error boundary. Never rejects. */
export async function handleMessage(message: Message, handling: MessageHandling): Promise<void> {
  try {
    await onMessage(message, handling);
  } catch (error) {
    await failMessage(message, error, handling.context.logger);
  } finally {
    handling.context.monitoring.settled(message);
  }
}

async function onMessage(message: Message, handling: MessageHandling): Promise<void> {
  const { context, limiter, autoAnswerChannels } = handling;
  const botId = message.client.user?.id;
  if (message.author.bot || message.webhookId || !botId) return;
  const inDm = message.channel.isDMBased();
  // Only a direct mention of the bot counts: not @everyone, @here or a role it has.
  const mentioned = message.mentions.users.has(botId);
  let replied: RepliedTo | undefined;
  if (!inDm && !mentioned) {
    // A reply to the bot with its ping turned off mentions nobody (Discord then sends its text only
    // with the Message Content intent): it is asked all the same.
    replied = mayReplyToBot(message, botId) ? await readReply(message, botId, context) : undefined;
    if (!replied?.toBot) {
      // Not asked: only a post in an auto-answer channel may get an answer.
      if (autoAnswerQuestions(message, autoAnswerChannels).length === 0) return;
      if (!handling.firstTime(message)) return;
      await autoAnswer(message, context, limiter, autoAnswerChannels);
      return;
    }
  }
  if (!handling.firstTime(message)) return;
  const question = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
  const verdict = limiter.check(message.author.id);
  if (verdict !== 'allow') context.monitoring.metrics.rateLimited(verdict);
  if (verdict === 'drop') return;
  if (verdict === 'notify') {
    await message.reply(toMessageOptions(slowDown(question, context)));
    return;
  }
  replied ??= await readReply(message, botId, context);
  const asked = context.monitoring.questionAsked(message, inDm ? 'dm' : 'mention');
  // A message carries no user locale, and a server's is `en-US` unless it is a Community server:
  // the question's own language decides (Hangul → Korean, otherwise English).
  const previous = replied?.previous;
  const result = await answerFreeText(context.service.engine, question, {
    locale: null,
    source: 'mention',
    previous,
    feedback: context.feedback !== undefined,
    charts: context.config.CHARTS,
    onChartError: (error) => context.logger.warn('chart.failed', { error }),
  });
  if (!result.found)
    void context.misses?.record('mention', askedAs(result, question, previous), message.author.id);
  context.logger.debug('message.question', {
    id: message.id,
    dm: inDm,
    length: question.length,
    followUp: previous !== undefined,
  });
  const { reply } = result;
  await message.reply(toMessageOptions(canAttachFiles(message) ? reply : withoutFiles(reply)));
  asked.answered(result.found ? 'found' : 'not-found');
}

/** What a reply replies to; one that cannot be read (deleted, no access) is asked on its own. */
function readReply(message: Message, botId: string, context: CommandContext): Promise<RepliedTo | undefined> {
  return repliedTo(message, botId, (error) =>
    context.logger.debug('message.reference_unavailable', { id: message.id, ...apiErrorFields(error) }),
  );
}

/** The question as the engine asked it when it continued an answer (`매출은?` → `리벨리온 매출은?`). */
function askedAs(result: AnswerReply, question: string, previous: string | undefined): string {
  const [only, ...more] = result.asked;
  return previous !== undefined && only !== undefined && more.length === 0 ? only : question;
}

/** "Too many questions at once", in the question's language (a message carries no user locale). */
function slowDown(question: string, context: CommandContext) {
  const text = catalogue(questionLanguage(question, null)).notice;
  return renderNotice(text.slowDownTitle, text.slowDown(context.config.RATE_LIMIT_WINDOW_SECONDS), {
    ephemeral: false,
  });
}
