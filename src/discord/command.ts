import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.ts';
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
}

/** One slash command: its registration JSON and its handlers. One file per command in `commands/`. */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

/** An expected failure the user caused; its message is shown to them (other errors are not). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isCommand(value: unknown): value is Command {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  const data = candidate.data as Record<string, unknown> | undefined;
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
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const commands = new Map<string, Command>();
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
