import type { APIEmbed } from 'discord.js';
import { ReplyFile, type ReplyPayload } from './payload.ts';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** All embed text of one message together. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionDescription: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  attachments: 10,
  attachmentDescription: 1024,
} as const;

const ELLIPSIS = '…';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cuts `text` to at most `max` UTF-16 units, ending in `…`, never splitting a surrogate pair; lone
 * surrogates a user typed become U+FFFD, since Discord rejects text that is not valid Unicode.
 */
export function truncate(input: string, max: number): string {
  const text = input.replace(LONE_SURROGATE, '\uFFFD');
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - ELLIPSIS.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, Math.max(0, cut)).trimEnd()}${ELLIPSIS}`;
}

/** A non-empty single-line value for places Discord requires 1–N characters (field names, labels). */
export function nonEmpty(text: string | undefined, max: number, fallback = '\u200b'): string {
  const value = (text ?? '').trim();
  return value ? truncate(value, max) : fallback;
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, DISCORD_LIMITS.embedTitle);
  if (out.description !== undefined)
    out.description = truncate(out.description, DISCORD_LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, DISCORD_LIMITS.footerText) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, DISCORD_LIMITS.authorName) };
  if (out.fields)
    out.fields = out.fields.slice(0, DISCORD_LIMITS.embedFields).map((f) => ({
      ...f,
      name: nonEmpty(f.name, DISCORD_LIMITS.fieldName),
      value: nonEmpty(f.value, DISCORD_LIMITS.fieldValue),
    }));
  return out;
}

/** Shrinks embeds, last field first, until all of them fit in Discord's 6,000-character budget. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const total = () => embeds.reduce((sum, e) => sum + embedLength(e), 0);
  for (let i = embeds.length - 1; i >= 0 && total() > DISCORD_LIMITS.embedTotal; i--) {
    const embed = embeds[i]!;
    while (embed.fields && embed.fields.length > 0 && total() > DISCORD_LIMITS.embedTotal) embed.fields.pop();
    const excess = total() - DISCORD_LIMITS.embedTotal;
    if (excess > 0 && embed.description)
      embed.description = truncate(embed.description, Math.max(1, embed.description.length - excess));
    if (total() > DISCORD_LIMITS.embedTotal && i > 0) embeds.pop();
  }
  return embeds;
}

/**
 * The one place every reply passes through on its way to Discord: cuts every text to Discord's
 * limits and makes sure the reply pings nobody it should not.
 */
export function fitReply(payload: ReplyPayload): ReplyPayload {
  const embeds = fitTotal(payload.embeds.slice(0, DISCORD_LIMITS.embeds).map(clampEmbed));
  const components = payload.components.slice(0, DISCORD_LIMITS.actionRows).map((row) => ({
    ...row,
    components: row.components.slice(0, DISCORD_LIMITS.buttonsPerRow).map((component) => {
      const c = { ...component };
      if ('label' in c && c.label !== undefined) c.label = nonEmpty(c.label, DISCORD_LIMITS.buttonLabel, '…');
      if ('custom_id' in c) c.custom_id = c.custom_id.slice(0, DISCORD_LIMITS.customId);
      if ('options' in c)
        c.options = c.options.slice(0, DISCORD_LIMITS.selectOptions).map((o) => ({
          ...o,
          label: nonEmpty(o.label, DISCORD_LIMITS.selectOptionLabel, '…'),
          value: o.value.slice(0, DISCORD_LIMITS.selectOptionLabel),
          ...(o.description !== undefined
            ? { description: nonEmpty(o.description, DISCORD_LIMITS.selectOptionDescription, '…') }
            : {}),
        }));
      return c;
    }),
  }));
  const out: ReplyPayload = {
    embeds,
    components,
    allowedMentions: {
      parse: [],
      ...(payload.allowedMentions.users?.length
        ? { users: payload.allowedMentions.users.slice(0, 100) }
        : {}),
      ...(payload.allowedMentions.repliedUser !== undefined
        ? { repliedUser: payload.allowedMentions.repliedUser }
        : {}),
    },
  };
  if (payload.content !== undefined) out.content = truncate(payload.content, DISCORD_LIMITS.content);
  if (payload.flags !== undefined) out.flags = payload.flags;
  if (payload.files?.length)
    out.files = payload.files
      .slice(0, DISCORD_LIMITS.attachments)
      .map((f) =>
        f.description.length <= DISCORD_LIMITS.attachmentDescription
          ? f
          : new ReplyFile(
              f.name,
              truncate(f.description, DISCORD_LIMITS.attachmentDescription),
              f.contentType,
              f.data,
            ),
      );
  return out;
}
