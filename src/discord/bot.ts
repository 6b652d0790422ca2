import { Client, type ClientOptions, Events, GatewayIntentBits, Partials } from 'discord.js';
import { warmChartRenderer } from '../charts/book.ts';
import type { Config } from '../config.ts';
import type { FeedbackLog } from '../feedback/log.ts';
import type { Logger } from '../logger.ts';
import { Monitoring } from '../metrics/monitoring.ts';
import type { MissLog } from '../misses.ts';
import type { KnowledgeService } from '../service.ts';
import { reloadAndLog, shardInfo } from './cluster.ts';
import { type AnyCommand, type CommandContext, loadCommands } from './command.ts';
import { logConnection } from './connection-log.ts';
import { RecentIds } from './dedupe.ts';
import { InFlight } from './in-flight.ts';
import { handleInteraction } from './interactions.ts';
import { handleMessage, type MessageHandling } from './messages.ts';
import { RateLimiter } from './rate-limit.ts';

export { toMessageOptions } from './respond.ts';

/**
 * Intents the bot asks for. No privileged intent: Discord delivers the content of messages that
 * mention the bot, and of DMs, without Message Content.
 */
export const BOT_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
] as const;

/**
 * The intents for a configuration: auto-answer reads messages that do not mention the bot, which
 * takes the privileged Message Content intent; without auto-answer channels it is never asked for.
 */
export function botIntents(config: Pick<Config, 'AUTO_ANSWER_CHANNEL_IDS'>): GatewayIntentBits[] {
  return config.AUTO_ANSWER_CHANNEL_IDS.length > 0
    ? [...BOT_INTENTS, GatewayIntentBits.MessageContent]
    : [...BOT_INTENTS];
}

export interface BotOptions {
  readonly config: Config;
  readonly service: KnowledgeService;
  readonly logger: Logger;
  readonly commands?: ReadonlyMap<string, AnyCommand>;
  readonly misses?: MissLog;
  /** Metrics, health and `/stats` figures; one is made when not given (then nothing serves it). */
  readonly monitoring?: Monitoring;
  /** Where 👍/👎 are recorded; without it answers carry no feedback buttons. */
  readonly feedback?: FeedbackLog;
  /** Extra discord.js client options (e.g. `rest.api` for a proxy or a local stand-in). */
  readonly clientOptions?: Partial<ClientOptions>;
}

export interface Bot {
  readonly client: Client;
  start(): Promise<void>;
  /** Stops taking new work, waits (bounded) for replies in flight, and closes the connection. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * The bot: a discord.js client wired to the handlers (interactions, messages), the reload hook `/reload`
 * calls on every shard, the connection's log and the monitoring. Nothing is sent before `start()`.
 */
export async function createBot(options: BotOptions): Promise<Bot> {
  const { config, service, logger } = options;
  const commands = options.commands ?? (await loadCommands());
  const monitoring = options.monitoring ?? new Monitoring();
  const context: CommandContext = {
    config,
    service,
    logger,
    misses: options.misses,
    monitoring,
    feedback: options.feedback,
  };
  const client = new Client({
    intents: botIntents(config),
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // A number: that many shards (under a ShardingManager this process runs the one in SHARDS).
    ...(typeof config.SHARD_COUNT === 'number' ? { shardCount: config.SHARD_COUNT } : {}),
    ...options.clientOptions,
    ...(config.DISCORD_API_URL
      ? { rest: { ...options.clientOptions?.rest, api: config.DISCORD_API_URL } }
      : {}),
  });
  monitoring.watchKnowledge(service);
  monitoring.attach(client);
  const work = new InFlight();
  const limiter = new RateLimiter(config.RATE_LIMIT_COUNT, config.RATE_LIMIT_WINDOW_SECONDS * 1000);
  listen(client, context, commands, work, limiter);
  // What `/reload` calls on every shard (through the ShardingManager), and on this one alone.
  client.reloadKnowledge = (request) => reloadAndLog(service, logger, request, shardInfo(client)?.ids[0]);
  logConnection(client, logger, () => !work.accepting);
  client.once(Events.ClientReady, (ready) =>
    logger.info('bot.ready', {
      user: ready.user.tag,
      guilds: ready.guilds.cache.size,
      commands: commands.size,
      ...(ready.shard ? { shards: ready.shard.ids, shardCount: ready.shard.count } : {}),
    }),
  );
  const sweep = setInterval(() => limiter.sweep(), 60_000);
  sweep.unref();

  return {
    client,
    async start() {
      if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
      // The chart renderer loads while the bot connects; answers go out without charts should it fail.
      const warm = config.CHARTS
        ? warmChartRenderer().catch((error: unknown) => logger.warn('chart.renderer_failed', { error }))
        : undefined;
      await client.login(config.DISCORD_TOKEN);
      await warm;
    },
    async stop({ timeoutMs = 5000 } = {}) {
      work.close();
      clearInterval(sweep);
      await work.drain(timeoutMs, (inFlight) => logger.info('bot.draining', { inFlight }));
      await client.destroy();
      logger.info('bot.stopped');
    },
  };
}

/**
 * Interactions and messages, each handled once (Discord may deliver an event again: a replay, a retry)
 * and tracked for a graceful stop.
 */
function listen(
  client: Client,
  context: CommandContext,
  commands: ReadonlyMap<string, AnyCommand>,
  work: InFlight,
  limiter: RateLimiter,
): void {
  const handled = { interactions: new RecentIds(), messages: new RecentIds() };
  const duplicate = (kind: 'interaction' | 'message', id: string) => {
    context.logger.debug(`${kind}.duplicate`, { id });
    context.monitoring.metrics.duplicate(kind);
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (!handled.interactions.firstTime(interaction.id)) return duplicate('interaction', interaction.id);
    work.track(() => handleInteraction(interaction, commands, context));
  });
  const handling: MessageHandling = {
    context,
    limiter,
    autoAnswerChannels: new Set(context.config.AUTO_ANSWER_CHANNEL_IDS),
    firstTime: (message) => {
      if (handled.messages.firstTime(message.id)) return true;
      duplicate('message', message.id);
      return false;
    },
  };
  client.on(Events.MessageCreate, (message) => work.track(() => handleMessage(message, handling)));
}
