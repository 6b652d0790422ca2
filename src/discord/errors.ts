/**
 * The one error boundary: what the user is told when handling an interaction or a message fails, and
 * what the log says. A `UserError` is shown as it is; anything else gets a generic notice, and its
 * details go only to the log.
 */
import { DiscordAPIError, HTTPError, type Interaction, type Message } from 'discord.js';
import { catalogue } from '../i18n/catalogue.ts';
import type { Logger } from '../logger.ts';
import { questionLanguage, type ReplyLanguage, type ReplyPayload, replyLanguage } from '../render/payload.ts';
import { renderNotice } from '../render/render.ts';
import { UserError } from './command.ts';
import { sendReply, toMessageOptions } from './respond.ts';

/**
 * Discord errors after which the interaction cannot be answered any more: 10062 Unknown interaction
 * (its token expired or is unknown) and 40060 already acknowledged (another process, or a duplicate
 * delivery, answered it). Another reply would fail the same way, or contradict the answer given.
 */
const UNANSWERABLE = new Set([10062, 40060]);

/** "Something went wrong", in the user's language. */
export function genericError(language: ReplyLanguage, options: { ephemeral?: boolean } = {}): ReplyPayload {
  const text = catalogue(language).notice;
  return renderNotice(text.errorTitle, text.error, options);
}

/** Logs a failed interaction and tells the user, as the interaction's state allows. */
export async function failInteraction(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  const language = replyLanguage(interaction.locale);
  if (error instanceof UserError) {
    logger.info('interaction.user_error', {
      id: interaction.id,
      user: interaction.user.id,
      reason: error.message,
    });
  } else {
    logger.error('interaction.failed', {
      id: interaction.id,
      type: interaction.type,
      ...apiErrorFields(error),
      error: asError(error),
    });
  }
  if (error instanceof DiscordAPIError && typeof error.code === 'number' && UNANSWERABLE.has(error.code))
    return;
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    return;
  }
  if (!interaction.isRepliable()) return;
  const payload =
    error instanceof UserError
      ? renderNotice(catalogue(language).notice.userErrorTitle, error.message)
      : genericError(language);
  try {
    if (
      interaction.isChatInputCommand() ||
      interaction.isMessageComponent() ||
      interaction.isMessageContextMenuCommand()
    )
      await sendReply(interaction, payload);
  } catch (replyError) {
    logger.warn('interaction.error_reply_failed', { id: interaction.id, error: asError(replyError) });
  }
}

/** Logs a message that could not be answered and replies with the generic notice, in its language. */
export async function failMessage(message: Message, error: unknown, logger: Logger): Promise<void> {
  logger.error('message.failed', { id: message.id, ...apiErrorFields(error), error: asError(error) });
  // In the language the answer would have had: the question's.
  const notice = genericError(questionLanguage(message.content, null), { ephemeral: false });
  await message.reply(toMessageOptions(notice)).catch((replyError: unknown) =>
    logger.warn('message.error_reply_failed', {
      id: message.id,
      ...apiErrorFields(replyError),
      error: asError(replyError),
    }),
  );
}

/** Discord's JSON error code and the HTTP status of a failed REST call, for the log. */
export function apiErrorFields(error: unknown): { code?: number | string; status?: number } {
  if (error instanceof DiscordAPIError) return { code: error.code, status: error.status };
  if (error instanceof HTTPError) return { status: error.status };
  return {};
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
