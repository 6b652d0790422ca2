import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/**
 * A message exactly as handed to discord.js (`interaction.reply`, `message.reply`): plain JSON,
 * so the console prints what Discord users would see.
 */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: {
    parse: [];
    /** The only users a reply may ping: the one a user explicitly aimed the answer at. */
    users?: string[];
    repliedUser?: boolean;
  };
  flags?: number;
}

/** `MessageFlags.Ephemeral`: only the user who asked sees the reply. */
export const EPHEMERAL = 1 << 6;

/** The languages replies are written in; Discord locales map onto these. */
export type ReplyLanguage = 'ko' | 'en';

/** Korean by default; English for English Discord locales (`en-US`, `en-GB`). */
export function replyLanguage(locale: string | undefined | null): ReplyLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'ko';
}
