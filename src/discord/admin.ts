import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { replyLanguage } from '../render/payload.ts';
import { type CommandContext, UserError } from './command.ts';
import { isAdmin } from './respond.ts';

/**
 * A command for admins: registered for members with Manage Server only, and not offered in DMs.
 * Server owners can change who sees it, so handlers also call `requireAdmin`.
 */
export function adminCommandBuilder(spec: {
  readonly name: { readonly en: string; readonly ko: string };
  readonly description: { readonly en: string; readonly ko: string };
}): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(spec.name.en)
    .setNameLocalizations({ ko: spec.name.ko })
    .setDescription(spec.description.en)
    .setDescriptionLocalizations({ ko: spec.description.ko })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild);
}

/** Refuses, with a message in the user's language, anyone who is not an admin. */
export function requireAdmin(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  refusal: { readonly en: string; readonly ko: string },
): void {
  if (!isAdmin(interaction, context)) throw new UserError(refusal[replyLanguage(interaction.locale)]);
}
