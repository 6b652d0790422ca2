/**
 * Interactions: slash and message commands, autocomplete, and the buttons under answers, each sent to
 * its handler inside the one error boundary.
 */
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import { handleAnswerButton } from './buttons.ts';
import { type AnyCommand, type CommandContext, isMessageCommand, UserError } from './command.ts';
import { failInteraction } from './errors.ts';
import { handleRefusalComponent } from './refusal-buttons.ts';

/** Handles one interaction: answers it, or tells the user what went wrong. Never rejects. */
export async function handleInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, AnyCommand>,
  context: CommandContext,
): Promise<void> {
  const { logger, monitoring } = context;
  monitoring.interactionReceived(interaction);
  try {
    await dispatch(interaction, commands, context);
  } catch (error) {
    await failInteraction(interaction, error, logger);
  } finally {
    monitoring.settled(interaction);
  }
}

async function dispatch(
  interaction: Interaction,
  commands: ReadonlyMap<string, AnyCommand>,
  context: CommandContext,
): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = commands.get(interaction.commandName);
    if (!command || isMessageCommand(command))
      throw new UserError(`Unknown command /${interaction.commandName}`);
    context.logger.debug('interaction.command', { id: interaction.id, command: interaction.commandName });
    await command.execute(interaction, context);
  } else if (interaction.isMessageContextMenuCommand()) {
    const command = commands.get(interaction.commandName);
    if (!command || !isMessageCommand(command))
      throw new UserError(`Unknown command ${interaction.commandName}`);
    context.logger.debug('interaction.command', { id: interaction.id, command: interaction.commandName });
    await command.execute(interaction, context);
  } else if (interaction.isAutocomplete()) {
    await autocomplete(interaction, commands, context);
  } else if (interaction.isButton() && (await handleAnswerButton(interaction, context))) {
    // 👍/👎 or "post to channel": handled.
  } else if (interaction.isMessageComponent()) {
    // "Did you mean" and "which one do you mean?"; any other component is not the bot's.
    await handleRefusalComponent(interaction, context);
  }
}

async function autocomplete(
  interaction: AutocompleteInteraction,
  commands: ReadonlyMap<string, AnyCommand>,
  context: CommandContext,
): Promise<void> {
  const command = commands.get(interaction.commandName);
  if (!command || isMessageCommand(command) || !command.autocomplete) return interaction.respond([]);
  await command.autocomplete(interaction, context);
}
