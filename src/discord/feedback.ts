import type { ButtonInteraction } from 'discord.js';
import { type FeedbackButton, resolveReferences } from '../feedback/buttons.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { EPHEMERAL, type ReplyPayload, replyLanguage } from '../render/payload.ts';
import type { CommandContext } from './command.ts';
import { sendReply } from './respond.ts';

/** A short private note to the one who pressed a button. */
export function privateNote(content: string): ReplyPayload {
  return { content, embeds: [], components: [], allowedMentions: { parse: [] }, flags: EPHEMERAL };
}

/**
 * 👍 / 👎 under an answer: recorded once per person per answer (the answer being the message the
 * buttons are on), with the question and what was shown for a 👎. Everything needed comes from the
 * button's `custom_id` and the message id, so a vote works after a restart, and a deleted answer
 * leaves nothing behind.
 */
export async function recordVote(
  interaction: ButtonInteraction,
  button: FeedbackButton,
  context: CommandContext,
): Promise<void> {
  const text = catalogue(replyLanguage(interaction.locale)).feedback;
  if (!context.feedback) {
    await sendReply(interaction, privateNote(text.off));
    return;
  }
  const outcome = await context.feedback.vote({
    vote: button.vote,
    source: button.source,
    messageId: interaction.message.id,
    userId: interaction.user.id,
    ...(button.vote === 'down'
      ? { question: button.question, shown: resolveReferences(context.service.engine.kb, button.shown) }
      : {}),
  });
  context.logger.info('feedback.vote', {
    id: interaction.id,
    vote: button.vote,
    source: button.source,
    duplicate: outcome === 'duplicate',
  });
  // A vote counted once: a second press by the same person is not another vote.
  if (outcome !== 'duplicate') context.monitoring.metrics.feedbackVote(button.vote);
  const note =
    outcome === 'duplicate'
      ? text.alreadyVoted
      : button.vote === 'up'
        ? text.thanksHelpful
        : text.thanksNotHelpful;
  await sendReply(interaction, privateNote(note));
}
