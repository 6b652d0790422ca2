import {
  type AttachmentPayload,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  type Message,
  type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction,
  PermissionFlagsBits,
  type PermissionsBitField,
} from 'discord.js';
import { answerFreeText, replyToQuestion } from '../answering.ts';
import { type Question, suggestNames } from '../engine/engine.ts';
import type { Entity, EntityType } from '../knowledge/schema.ts';
import { DISCORD_LIMITS, fitReply, truncate } from '../render/limits.ts';
import {
  EPHEMERAL,
  type ReplyFile,
  type ReplyLanguage,
  type ReplyPayload,
  replyLanguage,
} from '../render/payload.ts';
import type { CommandContext } from './command.ts';

type Repliable =
  | ChatInputCommandInteraction
  | MessageComponentInteraction
  | MessageContextMenuCommandInteraction;

/** Attachments as discord.js uploads them (multipart, one part per file). */
export const toAttachments = (files: readonly ReplyFile[] | undefined): AttachmentPayload[] =>
  (files ?? []).map((f) => ({ attachment: f.data, name: f.name, description: f.description }));

/** The payload as discord.js takes it for an interaction reply. */
export function toInteractionOptions(payload: ReplyPayload): InteractionReplyOptions {
  const options: InteractionReplyOptions = {
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
  };
  if (payload.content !== undefined) options.content = payload.content;
  if (payload.flags !== undefined) options.flags = payload.flags as InteractionReplyOptions['flags'];
  if (payload.files?.length) options.files = toAttachments(payload.files);
  return options;
}

/**
 * Whether the bot may attach files (charts) where a message was sent: always in DMs; in a server,
 * when its permissions there include Attach Files (invites before charts did not ask for it).
 */
export function canAttachFiles(message: Message): boolean {
  if (!message.inGuild()) return true;
  const me = message.guild.members.me;
  if (!me) return false;
  // A thread whose parent is not cached has no known permissions (discord.js returns null despite
  // its types): then no file.
  const permissions: Readonly<PermissionsBitField> | null = message.channel.permissionsFor(me);
  return permissions?.has(PermissionFlagsBits.AttachFiles) ?? false;
}

/** A reply to a message: never ephemeral (messages cannot be), never pinging the author. */
export function toMessageOptions(payload: ReplyPayload) {
  const fitted = fitReply(payload);
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    embeds: fitted.embeds,
    components: fitted.components,
    ...(fitted.files?.length ? { files: toAttachments(fitted.files) } : {}),
    allowedMentions: { parse: [] as [], repliedUser: false },
  };
}

/** Replies, edits the deferred reply, or follows up, whichever the interaction's state allows. */
export async function sendReply(interaction: Repliable, payload: ReplyPayload): Promise<void> {
  const options = toInteractionOptions(payload);
  if (interaction.deferred && !interaction.replied) {
    const { flags: _ignored, ...edit } = options;
    await interaction.editReply(edit);
  } else if (interaction.replied) await interaction.followUp(options);
  else await interaction.reply(options);
}

/**
 * Applies the answer commands' common options: `hide` (only the asker sees the reply) and `mention`
 * (a user the answer is aimed at: the one ping the reply may carry).
 */
export function withAudience(payload: ReplyPayload, interaction: ChatInputCommandInteraction): ReplyPayload {
  const hide = interaction.options.getBoolean('hide') ?? false;
  const target = interaction.options.getUser('mention');
  const out: ReplyPayload = { ...payload, allowedMentions: { parse: [] } };
  if (hide) out.flags = (out.flags ?? 0) | EPHEMERAL;
  // A miss stays private: there is nothing to aim at anyone.
  if (target && (out.flags ?? 0) === 0) {
    out.content = `<@${target.id}>`;
    out.allowedMentions = { parse: [], users: [target.id] };
  }
  return fitReply(out);
}

/** Answers a question for the interaction's user, in their language, with the common options. */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  question: Question,
  context: CommandContext,
): Promise<void> {
  // `/about` tells how to ask; it is not a question about the article.
  const asked =
    question.kind === 'about' ? undefined : context.monitoring.questionAsked(interaction, 'slash');
  const engine = context.service.engine;
  const charts = {
    charts: context.config.CHARTS,
    onChartError: (error: unknown) => context.logger.warn('chart.failed', { error }),
  };
  const { found, reply } =
    question.kind === 'ask'
      ? await answerFreeText(engine, question.text, {
          ...charts,
          locale: interaction.locale,
          source: 'ask',
          feedback: context.feedback !== undefined,
        })
      : await replyToQuestion(engine, question, replyLanguage(interaction.locale), charts);
  if (!found && 'query' in question)
    void context.misses?.record(question.kind, question.query, interaction.user.id);
  if (!found && question.kind === 'ask')
    void context.misses?.record('ask', question.text, interaction.user.id);
  await sendReply(interaction, withAudience(reply, interaction));
  asked?.answered(found ? 'found' : 'not-found');
}

/** Autocomplete choices for an entity option: tiers, at most 25, names and values of 1–100 characters. */
export async function autocompleteEntities(
  interaction: AutocompleteInteraction,
  type: EntityType,
  context: CommandContext,
): Promise<void> {
  const typed = String(interaction.options.getFocused() ?? '');
  const language = replyLanguage(interaction.locale);
  const entities = suggestNames(
    context.service.engine,
    type,
    typed.slice(0, 200),
    DISCORD_LIMITS.autocompleteChoices,
  );
  const choices = entities
    .filter((e) => e.id.length <= DISCORD_LIMITS.choiceValue)
    .map((e) => ({ name: choiceName(e, language), value: e.id }));
  await interaction.respond(choices);
}

/** An entity as an autocomplete choice shows it: the name in the user's language first. */
export function choiceName(entity: Entity, language: ReplyLanguage): string {
  const [first, second] =
    language === 'ko' ? [entity.name.ko, entity.name.en] : [entity.name.en, entity.name.ko];
  return truncate(first === second ? first : `${first} · ${second}`, DISCORD_LIMITS.choiceName);
}

/** Admins: Manage Server, or listed in ADMIN_USER_IDS / ADMIN_ROLE_IDS. */
export function isAdmin(interaction: Interaction, context: CommandContext): boolean {
  if (context.config.ADMIN_USER_IDS.includes(interaction.user.id)) return true;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = interaction.member?.roles;
  if (!roles) return false;
  const ids = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return ids.some((id) => context.config.ADMIN_ROLE_IDS.includes(id));
}
