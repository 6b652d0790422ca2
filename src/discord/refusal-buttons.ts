/**
 * The buttons under a reply that did not answer: "did you mean" suggestions (the entity's card in
 * place of the miss). Like every button of the bot's, they carry what they need (`suggest:<id>`), so
 * they work after a restart and on any shard.
 */
import type { MessageComponentInteraction } from 'discord.js';
import { replyToQuestion } from '../answering.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { replyLanguage } from '../render/payload.ts';
import { SUGGESTION_PREFIX } from '../render/render.ts';
import { type CommandContext, UserError } from './command.ts';
import { toInteractionOptions } from './respond.ts';

/**
 * A suggestion button or select menu (`suggest:<id>`, or an entity id as the menu's value). Returns
 * false for any other component.
 */
export async function handleRefusalComponent(
  interaction: MessageComponentInteraction,
  context: CommandContext,
): Promise<boolean> {
  const raw = interaction.isStringSelectMenu() ? interaction.values[0] : interaction.customId;
  if (!raw || (!interaction.isStringSelectMenu() && !raw.startsWith(SUGGESTION_PREFIX))) return false;
  const entityId = raw.startsWith(SUGGESTION_PREFIX) ? raw.slice(SUGGESTION_PREFIX.length) : raw;
  await answerSuggested(interaction, entityId, context);
  return true;
}

/** A "did you mean" button: answers with the entity it names, in place of the miss. */
async function answerSuggested(
  interaction: MessageComponentInteraction,
  entityId: string,
  context: CommandContext,
): Promise<void> {
  const language = replyLanguage(interaction.locale);
  const { found, reply } = await replyToQuestion(
    context.service.engine,
    { kind: 'entity', id: entityId },
    language,
    {
      charts: context.config.CHARTS,
      onChartError: (error) => context.logger.warn('chart.failed', { error }),
    },
  );
  if (!found) throw new UserError(catalogue(language).notice.entryGone);
  const { flags: _keep, ...update } = toInteractionOptions(reply);
  await interaction.update({ ...update, components: [] });
}
