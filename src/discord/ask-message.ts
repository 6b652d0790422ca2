import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIComponentInMessageActionRow,
  APIEmbed,
  ButtonInteraction,
  Message,
  MessageContextMenuCommandInteraction,
} from 'discord.js';
import { answerFreeText, withoutDiscordMarkup } from '../answering.ts';
import { withChartImage } from '../charts/attach.ts';
import { chartBook } from '../charts/book.ts';
import { FEEDBACK_PREFIX } from '../feedback/buttons.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { DISCORD_LIMITS, fitReply } from '../render/limits.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload, replyLanguage } from '../render/payload.ts';
import { COLORS, renderNotice } from '../render/render.ts';
import type { CommandContext } from './command.ts';
import { sendReply, toInteractionOptions } from './respond.ts';

/** "Post to channel" under a private answer: `post:<language>:<author id, or - for nobody to aim at>`. */
export const POST_PREFIX = 'post:';

export interface PostButton {
  readonly language: ReplyLanguage;
  /** The user the public answer is aimed at (the target message's author), if any. */
  readonly authorId: string | undefined;
}

export const postCustomId = (post: PostButton) => `${POST_PREFIX}${post.language}:${post.authorId ?? '-'}`;

export function parsePostCustomId(customId: string): PostButton | undefined {
  const match = /^post:(ko|en):(\d{17,20}|-)$/.exec(customId);
  if (!match) return undefined;
  return { language: match[1] as ReplyLanguage, authorId: match[2] === '-' ? undefined : match[2] };
}

/**
 * "기사로 답하기" / "Ask the article" on a message: answers the message's text as `/ask` would,
 * privately, with a button to post the answer to the channel aimed at the message's author. Discord
 * puts the target message, text included, in the interaction: no Message Content intent needed.
 */
export async function answerTargetMessage(
  interaction: MessageContextMenuCommandInteraction,
  context: CommandContext,
): Promise<void> {
  const language = replyLanguage(interaction.locale);
  const target = interaction.targetMessage;
  const text = withoutDiscordMarkup(target.content ?? '');
  if (!text) {
    const words = catalogue(language).askMessage;
    await sendReply(interaction, renderNotice(words.noTextTitle, words.noText, { color: COLORS.about }));
    return;
  }
  context.logger.debug('interaction.context_menu', { id: interaction.id, length: text.length });
  const asked = context.monitoring.questionAsked(interaction, 'context-menu');
  const result = await answerFreeText(context.service.engine, text, {
    locale: interaction.locale,
    source: 'context-menu',
    feedback: context.feedback !== undefined,
    charts: context.config.CHARTS,
    onChartError: (error) => context.logger.warn('chart.failed', { error }),
  });
  if (!result.found) {
    void context.misses?.record('context-menu', text, interaction.user.id);
    await sendReply(interaction, { ...result.reply, flags: EPHEMERAL });
    asked.answered('not-found');
    return;
  }
  // Nobody to aim at: a bot's message, or the asker's own.
  const author = target.author;
  const authorId = author.bot || author.id === interaction.user.id ? undefined : author.id;
  const post: APIButtonComponentWithCustomId = {
    type: 2,
    style: 1,
    label: catalogue(result.language).askMessage.postButton,
    emoji: { name: '📣' },
    custom_id: postCustomId({ language: result.language, authorId }),
  };
  await sendReply(interaction, { ...withButton(result.reply, post), flags: EPHEMERAL });
  asked.answered('found');
}

/** Adds a button to the last row when there is room, else in a row of its own. */
function withButton(payload: ReplyPayload, button: APIButtonComponentWithCustomId): ReplyPayload {
  const rows = [...payload.components];
  const last = rows.at(-1);
  if (last && last.components.length < DISCORD_LIMITS.buttonsPerRow)
    rows[rows.length - 1] = { ...last, components: [...last.components, button] };
  else rows.push({ type: 1, components: [button] });
  return fitReply({ ...payload, components: rows });
}

/**
 * "Post to channel": the private answer, as the asker saw it (chart included), posted to the
 * channel with a mention of the message's author; the private copy loses the button, so it is posted
 * once.
 */
export async function postAnswerPublicly(
  interaction: ButtonInteraction,
  post: PostButton,
  context: CommandContext,
): Promise<void> {
  const source = interaction.message;
  const feedbackRows = feedbackRowsOf(source);
  let payload: ReplyPayload = {
    ...(post.authorId ? { content: `<@${post.authorId}>` } : {}),
    embeds: source.embeds.map((embed) => publicEmbed(embed.toJSON())),
    components: feedbackRows,
    allowedMentions: { parse: [], ...(post.authorId ? { users: [post.authorId] } : {}) },
  };
  const chart = chartOf(source);
  if (chart) {
    const book = chartBook(context.service.engine.kb);
    const series = book.get(chart);
    // A reload may have removed the series since: then the answer goes without its picture.
    if (series && context.config.CHARTS)
      payload = withChartImage(payload, await book.image(series, post.language));
  }
  await interaction.update({ components: feedbackRows });
  await interaction.followUp(toInteractionOptions(fitReply(payload)));
  context.logger.info('interaction.posted', { id: interaction.id, source: 'context-menu' });
}

/** The chart series a message shows, from its attachment's name (`chart-<series id>.png`). */
function chartOf(message: Message): string | undefined {
  for (const attachment of message.attachments.values()) {
    const match = /^chart-(.+)\.png$/.exec(attachment.name);
    if (match) return match[1];
  }
  return undefined;
}

/** An embed as the bot sent it, without what Discord added (CDN URLs of the private copy's image). */
function publicEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = {};
  if (embed.title !== undefined) out.title = embed.title;
  if (embed.description !== undefined) out.description = embed.description;
  if (embed.url !== undefined) out.url = embed.url;
  if (embed.color !== undefined) out.color = embed.color;
  if (embed.fields?.length)
    out.fields = embed.fields.map(({ name, value, inline }) => ({ name, value, inline }));
  if (embed.footer) out.footer = { text: embed.footer.text };
  if (embed.author) out.author = { name: embed.author.name };
  return out;
}

/** The 👍/👎 row of a message, as plain JSON. */
function feedbackRowsOf(message: Message): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (const row of message.components) {
    const json = row.toJSON();
    if (json.type !== 1) continue;
    const buttons: APIButtonComponentWithCustomId[] = [];
    for (const c of json.components) {
      if (c.type !== 2 || !('custom_id' in c) || !c.custom_id.startsWith(FEEDBACK_PREFIX)) continue;
      const button: APIButtonComponentWithCustomId = { type: 2, style: c.style, custom_id: c.custom_id };
      if (c.label !== undefined) button.label = c.label;
      if (c.emoji?.name) button.emoji = { name: c.emoji.name };
      buttons.push(button);
    }
    if (buttons.length > 0) rows.push({ type: 1, components: buttons });
  }
  return rows;
}
