import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.ts';
import type { FeedbackLog } from '../feedback/log.ts';
import type { Logger } from '../logger.ts';
import type { Monitoring } from '../metrics/monitoring.ts';
import type { MissLog } from '../misses.ts';
import type { KnowledgeService } from '../service.ts';

/** What every command handler gets besides the interaction. */
export interface CommandContext {
  readonly service: KnowledgeService;
  readonly config: Config;
  readonly logger: Logger;
  /** Where misses are recorded for the knowledge base's keepers; absent when `MISS_LOG=off`. */
  readonly misses?: MissLog | undefined;
  /** Where questions are counted and timed (`timeQuestion`), and `/stats` reads its figures. */
  readonly monitoring: Monitoring;
  /** Where 👍/👎 are recorded; absent when `FEEDBACK_LOG=off` (answers then carry no buttons). */
  readonly feedback?: FeedbackLog | undefined;
}

/** One slash command: its registration JSON and its handlers. One file per command in `commands/`. */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

/** A message command (right-click a message → Apps): its registration JSON and its handler. */
export interface MessageCommand {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody & { type: ApplicationCommandType.Message };
  execute(interaction: MessageContextMenuCommandInteraction, context: CommandContext): Promise<void>;
}

/** Anything in `commands/`: slash commands and message commands. */
export type AnyCommand = Command | MessageCommand;

export const isMessageCommand = (command: AnyCommand): command is MessageCommand =>
  command.data.type === ApplicationCommandType.Message;

/** An expected failure the user caused; its message is shown to them (other errors are not). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isCommand(value: unknown): value is AnyCommand {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  const data = candidate.data as Record<string, unknown> | undefined;
  // Message commands: any name of 1–32 characters (spaces and capitals allowed), no description.
  if (data?.type === ApplicationCommandType.Message)
    return (
      typeof data.name === 'string' &&
      /^.{1,32}$/u.test(data.name) &&
      typeof candidate.execute === 'function' &&
      candidate.autocomplete === undefined
    );
  return (
    !!data &&
    typeof data.name === 'string' &&
    /^[-_\p{L}\p{N}]{1,32}$/u.test(data.name) &&
    typeof data.description === 'string' &&
    typeof candidate.execute === 'function' &&
    (candidate.autocomplete === undefined || typeof candidate.autocomplete === 'function')
  );
}

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/**
 * The registry: every module in `commands/` exporting a `Command` as `default`. Used by both the
 * dispatcher and the deploy script, so the two cannot drift. A module that is not a command, or two
 * commands with one name, is an error naming the file, not a silent omission.
 */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, AnyCommand>> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const commands = new Map<string, AnyCommand>();
  const problems: string[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
    const command = module.default;
    if (!isCommand(command)) {
      problems.push(`${file}: the default export is not a command ({ data, execute, autocomplete? })`);
      continue;
    }
    if (commands.has(command.data.name))
      problems.push(`${file}: a second command named "${command.data.name}"`);
    commands.set(command.data.name, command);
  }
  if (problems.length > 0) throw new Error(`commands/ has problems:\n${problems.join('\n')}`);
  return commands;
}
