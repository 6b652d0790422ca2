/**
 * Messages: a mention of the bot or a DM is a question; a post in an auto-answer channel may get an
 * answer; anything else is not the bot's business.
 */
import type { Message } from 'discord.js';
import { answerFreeText } from '../answering.ts';
import { withoutFiles } from '../charts/attach.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { questionLanguage } from '../render/payload.ts';
import { renderNotice } from '../render/render.ts';
import { autoAnswer, autoAnswerQuestions } from './auto-answer.ts';
import type { CommandContext } from './command.ts';
import { failMessage } from './errors.ts';
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
  if (!inDm && !mentioned) {
    // Not asked: only a post in an auto-answer channel may get an answer.
    if (autoAnswerQuestions(message, autoAnswerChannels).length === 0) return;
    if (!handling.firstTime(message)) return;
    await autoAnswer(message, context, limiter, autoAnswerChannels);
    return;
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
  const asked = context.monitoring.questionAsked(message, inDm ? 'dm' : 'mention');
  // A message carries no user locale, and a server's is `en-US` unless it is a Community server:
  // the question's own language decides (Hangul → Korean, otherwise English).
  const result = await answerFreeText(context.service.engine, question, {
    locale: null,
    source: 'mention',
    feedback: context.feedback !== undefined,
    charts: context.config.CHARTS,
    onChartError: (error) => context.logger.warn('chart.failed', { error }),
  });
  if (!result.found) void context.misses?.record('mention', question, message.author.id);
  context.logger.debug('message.question', {
    id: message.id,
    dm: inDm,
    length: question.length,
  });
  const { reply } = result;
  await message.reply(toMessageOptions(canAttachFiles(message) ? reply : withoutFiles(reply)));
  asked.answered(result.found ? 'found' : 'not-found');
}

/** "Too many questions at once", in the question's language (a message carries no user locale). */
function slowDown(question: string, context: CommandContext) {
  const text = catalogue(questionLanguage(question, null)).notice;
  return renderNotice(text.slowDownTitle, text.slowDown(context.config.RATE_LIMIT_WINDOW_SECONDS), {
    ephemeral: false,
  });
}
