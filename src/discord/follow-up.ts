/**
 * Follow-up questions: a message that replies to one of the bot's answers is asked as a reply to it.
 * The answer carries its own context — the first line of its last embed's footer is the question it
 * answered, as the engine asked it (`↪ 리벨리온 일본 어디에 법인 세웠어?`) — so the bot keeps nothing in
 * memory: a follow-up works after a restart and on any shard, and a deleted answer leaves nothing behind.
 */
import { type Message, MessageReferenceType, MessageType } from 'discord.js';
import { catalogue } from '../i18n/catalogue.ts';

/** What `↪ <question>` starts with, in every language the bot answers in. */
const ASKED_MARKS = [...new Set((['ko', 'en'] as const).map((l) => catalogue(l).answer.asked('').trim()))];

/** The footer of an embed, as discord.js and the API both give it. */
interface WithFooter {
  readonly footer?: { readonly text: string } | null | undefined;
}

/**
 * The question an answer answered: its last embed's footer, first line, without the arrow. (With
 * several questions in one message there is one embed per part; a reply continues from the last.)
 */
export function questionOf(embeds: readonly WithFooter[]): string | undefined {
  const line = embeds.at(-1)?.footer?.text.split('\n', 1)[0]?.trim();
  if (!line) return undefined;
  const mark = ASKED_MARKS.find((m) => line.startsWith(m));
  const question = mark ? line.slice(mark.length).trim() : '';
  return question || undefined;
}

/** The message a reply replies to, as far as the bot is concerned. */
export interface RepliedTo {
  /** Whether it is one of the bot's own messages. */
  readonly toBot: boolean;
  /** The question the bot's answer answered, which the reply continues from. */
  readonly previous?: string | undefined;
}

/**
 * The id of the message `message` replies to: a reply, not a forward (which quotes) or a system message
 * that points at one (a pin, a thread's start).
 */
function referencedId(message: Message): string | undefined {
  const reference = message.reference;
  if (message.type !== MessageType.Reply || reference?.type === MessageReferenceType.Forward)
    return undefined;
  return reference?.messageId ?? undefined;
}

/**
 * Whether `message` may be a reply to the bot, so that it is worth reading what it replies to: it
 * replies to something, has words to ask, and Discord did not already say it replies to someone else.
 */
export function mayReplyToBot(message: Message, botId: string): boolean {
  if (!referencedId(message) || !message.content.trim()) return false;
  const replied = message.mentions.repliedUser;
  return !replied || replied.id === botId;
}

/**
 * What `message` replies to: the bot's answer and its question, someone else's message, or nothing
 * (not a reply, or one whose message was deleted or cannot be read: then it is asked on its own).
 * Discord usually sends the replied-to message along (discord.js caches it); otherwise it is fetched.
 */
export async function repliedTo(
  message: Message,
  botId: string,
  onUnavailable: (error: unknown) => void,
): Promise<RepliedTo | undefined> {
  if (!referencedId(message)) return undefined;
  const replied = message.mentions.repliedUser;
  if (replied && replied.id !== botId) return { toBot: false };
  let referenced: Message;
  try {
    referenced = await message.fetchReference();
  } catch (error) {
    onUnavailable(error);
    return undefined;
  }
  if (referenced.author.id !== botId) return { toBot: false };
  return { toBot: true, previous: questionOf(referenced.embeds) };
}
