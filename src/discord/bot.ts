import {
  type AutocompleteInteraction,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  type Message,
  type MessageComponentInteraction,
  Partials,
  RESTEvents,
  type WebSocketShard,
  WebSocketShardEvents,
} from 'discord.js';
import { answerFreeText, replyToQuestion } from '../answering.ts';
import { withoutFiles } from '../charts/attach.ts';
import { warmChartRenderer } from '../charts/book.ts';
import type { Config } from '../config.ts';
import type { FeedbackLog } from '../feedback/log.ts';
import type { Logger } from '../logger.ts';
import { Monitoring } from '../metrics/monitoring.ts';
import type { MissLog } from '../misses.ts';
import { questionLanguage, replyLanguage } from '../render/payload.ts';
import { renderNotice, SUGGESTION_PREFIX } from '../render/render.ts';
import type { KnowledgeService } from '../service.ts';
import { autoAnswer, autoAnswerQuestions } from './auto-answer.ts';
import { handleAnswerButton } from './buttons.ts';
import { reloadAndLog, shardInfo } from './cluster.ts';
import {
  type AnyCommand,
  type CommandContext,
  isMessageCommand,
  loadCommands,
  UserError,
} from './command.ts';
import { RecentIds } from './dedupe.ts';
import { RateLimiter } from './rate-limit.ts';
import { canAttachFiles, sendReply, toInteractionOptions, toMessageOptions } from './respond.ts';

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
 * Discord errors after which the interaction cannot be answered any more: 10062 Unknown interaction
 * (its token expired or is unknown) and 40060 already acknowledged (another process, or a duplicate
 * delivery, answered it). Another reply would fail the same way, or contradict the answer given.
 */
const UNANSWERABLE = new Set([10062, 40060]);

const GENERIC_ERROR = {
  ko: { title: '문제가 생겼어요', description: '답을 보내는 중에 오류가 났어요. 잠시 뒤에 다시 해 주세요.' },
  en: {
    title: 'Something went wrong',
    description: 'An error occurred while answering. Please try again in a moment.',
  },
};

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
  // Exactly once: an event Discord delivers again (a replay, a retry) is not answered again.
  const handled = { interactions: new RecentIds(), messages: new RecentIds() };
  const autoAnswerChannels = new Set(config.AUTO_ANSWER_CHANNEL_IDS);
  const limiter = new RateLimiter(config.RATE_LIMIT_COUNT, config.RATE_LIMIT_WINDOW_SECONDS * 1000);
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;

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

  const duplicate = (kind: 'interaction' | 'message', id: string) => {
    logger.debug(`${kind}.duplicate`, { id });
    monitoring.metrics.duplicate(kind);
  };

  /** Runs a handler inside the one error boundary, and keeps track of it for a graceful stop. */
  const track = (work: () => Promise<void>) => {
    if (!accepting) return;
    const run = work().finally(() => inFlight.delete(run));
    inFlight.add(run);
  };

  const failInteraction = async (interaction: Interaction, error: unknown) => {
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
        ? renderNotice(language === 'ko' ? '할 수 없어요' : "Can't do that", error.message)
        : renderNotice(GENERIC_ERROR[language].title, GENERIC_ERROR[language].description);
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
  };

  client.on(Events.InteractionCreate, (interaction) => {
    if (!handled.interactions.firstTime(interaction.id)) return duplicate('interaction', interaction.id);
    track(async () => {
      monitoring.interactionReceived(interaction);
      try {
        if (interaction.isChatInputCommand()) {
          const command = commands.get(interaction.commandName);
          if (!command || isMessageCommand(command))
            throw new UserError(`Unknown command /${interaction.commandName}`);
          logger.debug('interaction.command', { id: interaction.id, command: interaction.commandName });
          await command.execute(interaction, context);
        } else if (interaction.isMessageContextMenuCommand()) {
          const command = commands.get(interaction.commandName);
          if (!command || !isMessageCommand(command))
            throw new UserError(`Unknown command ${interaction.commandName}`);
          logger.debug('interaction.command', { id: interaction.id, command: interaction.commandName });
          await command.execute(interaction, context);
        } else if (interaction.isAutocomplete()) {
          await autocomplete(interaction);
        } else if (interaction.isButton() && (await handleAnswerButton(interaction, context))) {
          // 👍/👎 or "post to channel": handled.
        } else if (interaction.isMessageComponent()) {
          await component(interaction);
        }
      } catch (error) {
        await failInteraction(interaction, error);
      } finally {
        monitoring.settled(interaction);
      }
    });
  });

  const autocomplete = async (interaction: AutocompleteInteraction) => {
    const command = commands.get(interaction.commandName);
    if (!command || isMessageCommand(command) || !command.autocomplete) return interaction.respond([]);
    await command.autocomplete(interaction, context);
  };

  /** A "did you mean" button: answer with the entity it names, in place of the miss. */
  const component = async (interaction: MessageComponentInteraction) => {
    const raw = interaction.isStringSelectMenu() ? interaction.values[0] : interaction.customId;
    if (!raw || (!interaction.isStringSelectMenu() && !raw.startsWith(SUGGESTION_PREFIX))) return;
    const entityId = raw.startsWith(SUGGESTION_PREFIX) ? raw.slice(SUGGESTION_PREFIX.length) : raw;
    const language = replyLanguage(interaction.locale);
    const { found, reply } = await replyToQuestion(
      service.engine,
      { kind: 'entity', id: entityId },
      language,
      {
        charts: config.CHARTS,
        onChartError: (error) => logger.warn('chart.failed', { error }),
      },
    );
    if (!found)
      throw new UserError(
        language === 'ko'
          ? '그 항목은 이제 지식 베이스에 없어요.'
          : 'That entry is no longer in the knowledge base.',
      );
    const { flags: _keep, ...update } = toInteractionOptions(reply);
    await interaction.update({ ...update, components: [] });
  };

  client.on(Events.MessageCreate, (message) => {
    track(async () => {
      try {
        await onMessage(message);
      } catch (error) {
        logger.error('message.failed', { id: message.id, ...apiErrorFields(error), error: asError(error) });
        // In the language the answer would have had: the question's.
        const notice = GENERIC_ERROR[questionLanguage(message.content, null)];
        await message
          .reply(toMessageOptions(renderNotice(notice.title, notice.description, { ephemeral: false })))
          .catch((replyError: unknown) =>
            logger.warn('message.error_reply_failed', {
              id: message.id,
              ...apiErrorFields(replyError),
              error: asError(replyError),
            }),
          );
      } finally {
        monitoring.settled(message);
      }
    });
  });

  const onMessage = async (message: Message) => {
    if (message.author.bot || message.webhookId || !client.user) return;
    const botId = client.user.id;
    const inDm = message.channel.isDMBased();
    // Only a direct mention of the bot counts: not @everyone, @here or a role it has.
    const mentioned = message.mentions.users.has(botId);
    if (!inDm && !mentioned) {
      // Not asked: only a post in an auto-answer channel may get an answer.
      if (autoAnswerQuestions(message, autoAnswerChannels).length === 0) return;
      if (!handled.messages.firstTime(message.id)) return duplicate('message', message.id);
      await autoAnswer(message, context, limiter, autoAnswerChannels);
      return;
    }
    if (!handled.messages.firstTime(message.id)) return duplicate('message', message.id);
    const question = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
    const verdict = limiter.check(message.author.id);
    if (verdict !== 'allow') monitoring.metrics.rateLimited(verdict);
    if (verdict === 'drop') return;
    // A question is answered in its own language: Hangul in Korean, anything else in English (a
    // message carries no user locale, and a server's is `en-US` unless it is a Community server).
    const language = questionLanguage(question, null);
    if (verdict === 'notify') {
      await message.reply(
        toMessageOptions(
          renderNotice(
            language === 'ko' ? '잠시만요' : 'One moment',
            language === 'ko'
              ? `질문이 너무 빨라요. ${config.RATE_LIMIT_WINDOW_SECONDS}초 뒤에 다시 물어봐 주세요.`
              : `Too many questions at once. Please ask again in ${config.RATE_LIMIT_WINDOW_SECONDS} seconds.`,
            { ephemeral: false },
          ),
        ),
      );
      return;
    }
    const asked = monitoring.questionAsked(message, inDm ? 'dm' : 'mention');
    // A message carries no user locale, and a server's is `en-US` unless it is a Community server:
    // the question's own language decides (Hangul → Korean, otherwise English).
    const { found, reply } = await answerFreeText(service.engine, question, {
      locale: null,
      source: 'mention',
      feedback: options.feedback !== undefined,
      charts: config.CHARTS,
      onChartError: (error) => logger.warn('chart.failed', { error }),
    });
    if (!found) void options.misses?.record('mention', question, message.author.id);
    logger.debug('message.question', { id: message.id, dm: inDm, length: question.length });
    await message.reply(toMessageOptions(canAttachFiles(message) ? reply : withoutFiles(reply)));
    asked.answered(found ? 'found' : 'not-found');
  };

  // What `/reload` calls on every shard (through the ShardingManager), and on this one alone.
  client.reloadKnowledge = (request) => reloadAndLog(service, logger, request, shardInfo(client)?.ids[0]);

  client.on(Events.Error, (error) => logger.error('client.error', { error }));
  client.on(Events.Warn, (warning) => logger.warn('client.warn', { warning }));
  // discord.js waits out 429s and retries 5xx on its own, silently: each one is logged here. `route` is
  // the bucket's template (`/interactions/:id/:token/callback`): no interaction token reaches the log.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429) {
      const retryAfter = response.headers.get('retry-after');
      logger.warn('rest.rate_limited', {
        method: request.method.toUpperCase(),
        route: request.route,
        retryAfter: retryAfter === null ? undefined : Number(retryAfter),
        global: response.headers.get('x-ratelimit-global') === 'true',
        scope: response.headers.get('x-ratelimit-scope') ?? undefined,
      });
    } else if (response.status >= 500) {
      logger.warn('rest.server_error', {
        method: request.method.toUpperCase(),
        route: request.route,
        status: response.status,
        retries: request.retries,
      });
    }
  });
  // ShardDisconnect is only for closes discord.js gives up on; for the others it emits
  // ShardReconnecting, without the close code, right after the shard's own `close` event.
  const closeCodes = new Map<number, number>();
  const watchedShards = new WeakSet<WebSocketShard>();
  client.on(Events.ShardReady, (shard, unavailable) => {
    const ws = client.ws.shards.get(shard);
    if (ws && !watchedShards.has(ws)) {
      watchedShards.add(ws);
      ws.on(WebSocketShardEvents.Close, (event) => closeCodes.set(shard, event.code));
    }
    logger.info('gateway.ready', { shard, unavailableGuilds: unavailable?.size ?? 0 });
  });
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn('gateway.disconnect', { shard, code: event.code }),
  );
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway.resumed', { shard, replayed }));
  // discord.js reports the close of its own destroy() as "reconnecting" too: not worth a line then.
  client.on(Events.ShardReconnecting, (shard) => {
    const code = closeCodes.get(shard);
    closeCodes.delete(shard);
    if (accepting) logger.info('gateway.reconnecting', { shard, code });
  });
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
      accepting = false;
      clearInterval(sweep);
      const pending = [...inFlight];
      if (pending.length > 0) {
        logger.info('bot.draining', { inFlight: pending.length });
        // The bounded wait settles either way, so no timer or promise outlives stop().
        let timer: NodeJS.Timeout | undefined;
        let release = () => {};
        await Promise.race([
          Promise.allSettled(pending),
          new Promise<void>((resolve) => {
            release = resolve;
            timer = setTimeout(resolve, timeoutMs);
          }),
        ]);
        clearTimeout(timer);
        release();
      }
      await client.destroy();
      logger.info('bot.stopped');
    },
  };
}

/** Discord's JSON error code and the HTTP status of a failed REST call, for the log. */
function apiErrorFields(error: unknown): { code?: number | string; status?: number } {
  if (error instanceof DiscordAPIError) return { code: error.code, status: error.status };
  if (error instanceof HTTPError) return { status: error.status };
  return {};
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
