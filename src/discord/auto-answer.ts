import { ChannelType, type Message } from 'discord.js';
import { answerFreeText } from '../answering.ts';
import { withoutFiles } from '../charts/attach.ts';
import type { CommandContext } from './command.ts';
import type { RateLimiter } from './rate-limit.ts';
import { canAttachFiles, toMessageOptions } from './respond.ts';

/**
 * What auto-answer would ask of a message, or nothing when the message is not one it answers: a new
 * post in a listed forum (its title and text), or a message in a listed text channel. A forum post's
 * first message has the id of the post's thread; later messages in the thread are replies, not posts.
 */
export function autoAnswerQuestions(message: Message, channelIds: ReadonlySet<string>): string[] {
  if (channelIds.size === 0 || message.author.bot || message.webhookId || !message.inGuild()) return [];
  const channel = message.channel;
  const content = message.content.trim();
  if (channel.isThread()) {
    if (!channel.parentId || !channelIds.has(channel.parentId) || message.id !== channel.id) return [];
    const title = channel.name.trim();
    // The post as a whole, then its title alone (often the question), then its text alone.
    return [...new Set([[title, content].filter(Boolean).join('\n'), title, content])].filter(Boolean);
  }
  const answerable = channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement;
  return answerable && channelIds.has(channel.id) && content ? [content] : [];
}

/**
 * Auto-answer (`AUTO_ANSWER_CHANNEL_IDS`): a new forum post or channel message that the article covers
 * gets an answer, in the post's thread or as a reply; anything else gets silence (no "not found" in a
 * channel where nobody asked the bot). Rate-limited per user with the mentions' limiter; over the
 * limit it stays silent too. Returns whether it answered.
 */
export async function autoAnswer(
  message: Message,
  context: CommandContext,
  limiter: RateLimiter,
  channelIds: ReadonlySet<string>,
): Promise<boolean> {
  const questions = autoAnswerQuestions(message, channelIds);
  if (questions.length === 0) return false;
  if (limiter.check(message.author.id) !== 'allow') {
    context.logger.debug('auto_answer.rate_limited', { id: message.id });
    return false;
  }
  const asked = context.monitoring.questionAsked(message, 'auto-answer');
  for (const question of questions) {
    // The post's own language decides, as for a mention (Hangul → Korean, otherwise English).
    const result = await answerFreeText(context.service.engine, question, {
      locale: null,
      source: 'auto-answer',
      feedback: context.feedback !== undefined,
      charts: context.config.CHARTS,
      onChartError: (error) => context.logger.warn('chart.failed', { error }),
    });
    if (!result.found) continue;
    context.logger.info('auto_answer.answered', {
      id: message.id,
      thread: message.channel.isThread(),
      length: question.length,
    });
    await message.reply(
      toMessageOptions(canAttachFiles(message) ? result.reply : withoutFiles(result.reply)),
    );
    asked.answered('found');
    return true;
  }
  context.logger.debug('auto_answer.silent', { id: message.id });
  asked.answered('not-found');
  return false;
}
