import type { ButtonInteraction } from 'discord.js';
import { parseFeedbackCustomId } from '../feedback/buttons.ts';
import { parsePostCustomId, postAnswerPublicly } from './ask-message.ts';
import type { CommandContext } from './command.ts';
import { recordVote } from './feedback.ts';

/**
 * The buttons under answers: 👍/👎, and "post to channel" under a private answer from the message
 * menu. Returns false for a button that is not one of them.
 */
export async function handleAnswerButton(
  interaction: ButtonInteraction,
  context: CommandContext,
): Promise<boolean> {
  const vote = parseFeedbackCustomId(interaction.customId);
  if (vote) {
    await recordVote(interaction, vote, context);
    return true;
  }
  const post = parsePostCustomId(interaction.customId);
  if (post) {
    await postAnswerPublicly(interaction, post, context);
    return true;
  }
  return false;
}
