import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import { isEnglishWord } from '../language/names.ts';

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
  /** Files sent with the message (charts); an embed shows one as `attachment://<name>`. */
  files?: ReplyFile[];
}

/**
 * A file sent with a reply. As JSON (the console's `--json`) it shows what it is and its size, not
 * its bytes.
 */
export class ReplyFile {
  constructor(
    readonly name: string,
    /** Alt text, for screen readers and when the image does not load. */
    readonly description: string,
    readonly contentType: string,
    readonly data: Buffer,
  ) {}

  toJSON(): { name: string; description: string; contentType: string; bytes: number } {
    return {
      name: this.name,
      description: this.description,
      contentType: this.contentType,
      bytes: this.data.byteLength,
    };
  }
}

/** `MessageFlags.Ephemeral`: only the user who asked sees the reply. */
export const EPHEMERAL = 1 << 6;

/** The languages replies are written in; Discord locales map onto these. */
export type ReplyLanguage = 'ko' | 'en';

/** Korean by default; English for English Discord locales (`en-US`, `en-GB`). */
export function replyLanguage(locale: string | undefined | null): ReplyLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'ko';
}

/**
 * The language to answer free text in (mentions, `/ask`, DMs): the language it is written in. Hangul
 * is answered in Korean and English in English, whatever the user's Discord language; Korean written
 * in Latin letters (`rebellions daepyo nugu`) in the user's Discord language when Discord sends one,
 * and in English otherwise. A server's language does not decide: most servers keep the default `en-US`.
 */
export function questionLanguage(text: string, locale: string | undefined | null): ReplyLanguage {
  if (/[\uAC00-\uD7A3\u3131-\u318E]/.test(text)) return 'ko';
  if (isEnglish(text)) return 'en';
  return locale ? replyLanguage(locale) : 'en';
}

/** Words of English that show a text is written in it. */
const ENGLISH_MARKERS = new Set(
  'the a an is are was were do does did what who whom whose where when why how which of in on to for from and or with about this that it its their they has have had can will would should much many'.split(
    ' ',
  ),
);

/**
 * Latin text that is English, not Korean in Latin letters: it has English's little words, or most of
 * its words are English words.
 */
function isEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  if (words.length === 0) return false;
  if (words.some((w) => ENGLISH_MARKERS.has(w))) return true;
  return words.filter((w) => w.length > 1 && isEnglishWord(w)).length * 2 >= words.length;
}
