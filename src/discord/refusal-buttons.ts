/**
 * The buttons under a reply that did not answer: "did you mean" suggestions (the entity's card in
 * place of the miss) and "which one do you mean?" (the question asked of the entity picked). Like every
 * button of the bot's, they carry what they need (`suggest:<id>`, `clarify:<id>` and the question in
 * the message's footer), so they work after a restart and on any shard.
 */
import { type ButtonInteraction, type MessageComponentInteraction, MessageFlags } from 'discord.js';
import { answerFreeText, replyToQuestion } from '../answering.ts';
import type { QuestionSource } from '../feedback/buttons.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { EPHEMERAL, replyLanguage } from '../render/payload.ts';
import { CLARIFY_PREFIX, SUGGESTION_PREFIX } from '../render/render.ts';
import { type CommandContext, UserError } from './command.ts';
import { questionOf } from './follow-up.ts';
import { toInteractionOptions } from './respond.ts';

/**
 * A suggestion button or select menu (`suggest:<id>`, or an entity id as the menu's value), or a
 * clarify button (`clarify:<id>`). Returns false for any other component.
 */
export async function handleRefusalComponent(
  interaction: MessageComponentInteraction,
  context: CommandContext,
): Promise<boolean> {
  if (interaction.isButton() && interaction.customId.startsWith(CLARIFY_PREFIX)) {
    await answerClarified(interaction, interaction.customId.slice(CLARIFY_PREFIX.length), context);
    return true;
  }
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

/**
 * "Which company do you mean?" — a question that referred back with nothing to refer to, and a button
 * per entity. Pressed, the question (the message's `↪` line) is asked as a reply to one about that
 * entity: `거기 대표는?` after `리벨리온` asks `리벨리온 거기 대표는?`.
 *
 * The answer takes the question's place, where the asker sees it: a private question (from `/ask`)
 * stays private; a public one (a reply to a mention or a DM) becomes the public answer. Someone else
 * pressing a button under another person's question gets the answer privately, and the question stays
 * for its asker.
 */
async function answerClarified(
  interaction: ButtonInteraction,
  entityId: string,
  context: CommandContext,
): Promise<void> {
  const language = replyLanguage(interaction.locale);
  const entity = context.service.engine.kb.entities.get(entityId);
  if (!entity) throw new UserError(catalogue(language).notice.entryGone);
  const message = interaction.message;
  const question = questionOf(message.embeds);
  if (!question) throw new UserError(catalogue(language).notice.questionGone);
  const ephemeral = message.flags.has(MessageFlags.Ephemeral);
  // From `/ask` (or the message menu) when an interaction made the message; else a reply to a message.
  const fromInteraction = ephemeral || message.interactionMetadata !== null;
  const source: QuestionSource = fromInteraction ? 'ask' : 'mention';
  const asked = context.monitoring.questionAsked(
    interaction,
    fromInteraction ? 'slash' : interaction.inGuild() ? 'mention' : 'dm',
  );
  const result = await answerFreeText(context.service.engine, question, {
    locale: interaction.locale,
    source,
    previous: entity.name.ko,
    feedback: context.feedback !== undefined,
    charts: context.config.CHARTS,
    onChartError: (error) => context.logger.warn('chart.failed', { error }),
  });
  if (!result.found)
    void context.misses?.record(source, result.asked.at(-1) ?? question, interaction.user.id);
  const asker = message.interactionMetadata?.user.id ?? message.mentions.repliedUser?.id;
  if (!ephemeral && asker !== undefined && asker !== interaction.user.id) {
    await interaction.reply(toInteractionOptions({ ...result.reply, flags: EPHEMERAL }));
  } else {
    const { flags: _keep, ...update } = toInteractionOptions(result.reply);
    await interaction.update(update);
  }
  context.logger.debug('interaction.clarified', { id: interaction.id, entity: entity.id });
  asked.answered(result.found ? 'found' : 'not-found');
}
