/**
 * Creates a real discord.js `Client` connected to a DiscordStandin.
 *
 * REST goes to `standin.restUrl` (the `rest.api` option); the gateway URL comes from the
 * stand-in's `GET /gateway/bot`, exactly as in production.
 */
import { once } from 'node:events';
import { Client, type ClientOptions, Events, GatewayIntentBits, Partials } from 'discord.js';
import { type Config, loadConfig } from '../../src/config.ts';
import { type Bot, type BotOptions, createBot } from '../../src/discord/bot.ts';
import type { AnyCommand } from '../../src/discord/command.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import type { DiscordStandin } from './standin.ts';

export const DEFAULT_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

export const DEFAULT_PARTIALS = [Partials.Channel];

export interface TestClientOptions {
  intents?: ClientOptions['intents'];
  partials?: ClientOptions['partials'];
  /** Extra/overriding client options (merged shallowly; `rest` and `ws` are merged one level deeper). */
  clientOptions?: Partial<ClientOptions>;
  /**
   * Skip @discordjs/ws's identify throttle (it waits up to ~6.5 s between IDENTIFYs of a shard,
   * which a re-identify after INVALID_SESSION would hit). Default true.
   */
  fastIdentify?: boolean;
  /** Attach your handlers before login (so no early event is missed). */
  setup?: (client: Client) => void;
  /** Token to log in with. Default: the stand-in's token. */
  token?: string;
  timeoutMs?: number;
}

export interface TestClient {
  client: Client<true>;
  destroy(): Promise<void>;
}

/**
 * The client options that point a discord.js `Client` at the stand-in: REST `api` (the gateway URL
 * then comes from `GET /gateway/bot`) and, unless `fastIdentify` is false, no identify throttle.
 * For a client built elsewhere (e.g. the product bot's `createBot({ clientOptions })`).
 */
export function standinClientOptions(
  standin: DiscordStandin,
  options: { fastIdentify?: boolean; base?: Partial<ClientOptions> } = {},
): Partial<ClientOptions> & Pick<ClientOptions, 'rest' | 'ws'> {
  const base = options.base ?? {};
  return {
    rest: { ...base.rest, api: standin.restUrl },
    ws: {
      ...base.ws,
      ...(options.fastIdentify === false
        ? {}
        : { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) }),
    },
  };
}

/** Logs a discord.js client into the stand-in and resolves once it is ready (guilds cached). */
export async function createTestClient(
  standin: DiscordStandin,
  options: TestClientOptions = {},
): Promise<TestClient> {
  const extra = options.clientOptions ?? {};
  const client = new Client({
    ...extra,
    intents: options.intents ?? DEFAULT_INTENTS,
    partials: options.partials ?? DEFAULT_PARTIALS,
    ...standinClientOptions(standin, { fastIdentify: options.fastIdentify !== false, base: extra }),
  });
  options.setup?.(client);

  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const ready = once(client, Events.ClientReady, { signal: controller.signal });
  const closed = once(client, Events.ShardDisconnect, { signal: controller.signal }).then(([event]) => {
    throw new Error(`gateway closed the connection (code ${(event as { code: number }).code})`);
  });
  const timedOut = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () =>
      reject(new Error(`discord.js client was not ready within ${timeoutMs} ms`)),
    );
  });
  const settled = Promise.race([ready, closed, timedOut]);
  settled.catch(() => {});
  try {
    await Promise.race([client.login(options.token ?? standin.botToken), timedOut]);
    await settled;
  } catch (error) {
    await client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return {
    client: client as Client<true>,
    destroy: () => client.destroy(),
  };
}

/**
 * Starts the product bot against the stand-in, waits until it is ready, and registers its commands
 * in the stand-in's guild as the deploy script would (so interactions carry the registered command
 * ids, and the registration is validated against Discord's spec).
 */
export async function startAndRegister(
  bot: Bot,
  commands: ReadonlyMap<string, AnyCommand>,
  standin: DiscordStandin,
): Promise<void> {
  const ready = once(bot.client, Events.ClientReady);
  await bot.start();
  await ready;
  const application = bot.client.application;
  if (!application) throw new Error('no application after ready');
  await application.commands.set(
    [...commands.values()].map((c) => c.data),
    standin.guildId(),
  );
}

/** The product bot, pointed at the stand-in, started and its commands registered (`startAndRegister`). */
export async function startBotOnStandin(
  standin: DiscordStandin,
  options: Omit<BotOptions, 'clientOptions'> & { commands: ReadonlyMap<string, AnyCommand> },
): Promise<Bot> {
  const bot = await createBot({ ...options, clientOptions: standinClientOptions(standin) });
  await startAndRegister(bot, options.commands, standin);
  return bot;
}

/**
 * The product's configuration for a bot talking to the stand-in: its token and REST URL, then
 * `env` (as the environment would give it; no `.env` file is read). Throws on a bad value.
 */
export function standinConfig(
  standin: DiscordStandin,
  env: Record<string, string>,
  token = standin.botToken,
): Config {
  const result = loadConfig(
    { DISCORD_TOKEN: token, DISCORD_API_URL: standin.restUrl, LOG_LEVEL: 'debug', ...env },
    { dotenv: false },
  );
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
}

/** The product's logger at debug level, in JSON, writing into `lines` (the token redacted). */
export function collectingLogger(lines: string[], token: string): Logger {
  return createLogger({
    level: 'debug',
    format: 'json',
    secrets: [token],
    write: (line) => lines.push(line),
  });
}
