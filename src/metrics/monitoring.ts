/**
 * One process's monitoring: the Prometheus metrics, the 24-hour window `/stats` reads, the gateway
 * state `/healthz` reads, and the knowledge base in service. The bot feeds it as things happen
 * (questions, interactions, duplicates, the rate limit); it watches the discord.js client itself
 * (gateway states and close codes, REST 429s and 5xx, interaction acknowledgements) and the
 * knowledge service (reloads).
 *
 * Under a ShardingManager each shard process has one and opens no port: the manager asks each for
 * `snapshot()` over the sharding IPC (`client.monitoringSnapshot`) and serves one endpoint.
 */
import {
  type Client,
  Events,
  type Interaction,
  type Message,
  RESTEvents,
  type WebSocketShard,
  WebSocketShardEvents,
} from 'discord.js';
import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import { countKnowledge } from '../knowledge/loader.ts';
import type { KnowledgeService } from '../service.ts';
import { assessHealth, type HealthReport, type ShardHealth } from './health.ts';
import { BotMetrics, type GatewayStatus, type InteractionKind } from './metrics.ts';
import { type QuestionSource, RecentAnswers } from './recent.ts';
import type { LastReload, StatsSnapshot } from './stats.ts';

export type { FeedbackVote, QuestionOutcome, QuestionSource } from './metrics.ts';

/** What a shard process hands its ShardingManager for one scrape; plain JSON. */
export interface ProcessSnapshot {
  readonly health: HealthReport;
  readonly metrics: ReadonlyArray<MetricObjectWithValues<MetricValue<string>>>;
}

declare module 'discord.js' {
  interface Client {
    /** Installed by the bot's monitoring: this process's health and metrics, for the ShardingManager. */
    monitoringSnapshot?: () => Promise<ProcessSnapshot>;
  }
}

/** The callback of an interaction's first response: `/interactions/{id}/{token}/callback`. */
const CALLBACK_PATH = /^\/interactions\/(\d+)\/[^/]+\/callback/;

export interface MonitoringOptions {
  /** Also collect Node's process metrics (memory, CPU, event-loop lag, GC): when they are served. */
  readonly processMetrics?: boolean;
  /** Clock for the 24-hour window (tests). */
  readonly now?: () => number;
}

export class Monitoring {
  readonly metrics: BotMetrics;
  private readonly recent: RecentAnswers;
  private readonly now: () => number;
  private readonly startedAt: number;
  private service: KnowledgeService | undefined;
  private client: Client | undefined;
  private clientReady = false;
  private readonly gateway = new Map<number, { status: GatewayStatus; closeCode?: number }>();
  private readonly lastClose = new Map<number, number>();
  private readonly awaitingAck = new Map<
    string,
    { interaction: Interaction; kind: InteractionKind; receivedAt: number }
  >();
  // By the event object, not its id: a repeat delivery is another object, and settling it must not
  // close the question its first delivery is still answering.
  private readonly asked = new WeakMap<object, { source: QuestionSource; askedAt: number }>();
  private lastReload: LastReload | null = null;

  constructor(options: MonitoringOptions = {}) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.recent = new RecentAnswers(this.now);
    this.metrics = new BotMetrics(
      {
        knowledge: () => {
          const service = this.service;
          if (!service) return undefined;
          return { ...countKnowledge(service.engine.kb), loadedAt: service.loadedAt };
        },
        gateway: () =>
          [...this.gateway].map(([shard, state]) => {
            const ping = this.client?.ws.shards.get(shard)?.ping;
            return {
              shard,
              status: state.status,
              pingMs: ping !== undefined && ping >= 0 ? ping : undefined,
            };
          }),
        guilds: () => (this.clientReady ? this.client?.guilds.cache.size : undefined),
      },
      { processMetrics: options.processMetrics ?? false },
    );
  }

  // ---------------------------------------------------------------- what the bot reports

  /**
   * The event (an interaction or a message) asks a question from `source`: it is timed from now.
   * Call `answered` once the answer is sent; a question still unanswered when its handler is
   * `settled` (it threw) counts as an error.
   */
  questionAsked(
    event: Interaction | Message,
    source: QuestionSource,
  ): { answered(outcome: 'found' | 'not-found'): void } {
    this.asked.set(event, { source, askedAt: performance.now() });
    return {
      answered: (outcome) => {
        const question = this.asked.get(event);
        if (!question) return;
        this.asked.delete(event);
        const ms = performance.now() - question.askedAt;
        this.metrics.question(question.source, outcome, ms / 1000);
        this.recent.record(question.source, outcome, ms);
      },
    };
  }

  /** The event's handler is done: what it left open is closed (an unanswered question is an error). */
  settled(event: Interaction | Message): void {
    if (this.awaitingAck.get(event.id)?.interaction === event) this.awaitingAck.delete(event.id);
    const question = this.asked.get(event);
    if (!question) return;
    this.asked.delete(event);
    this.metrics.question(question.source, 'error');
    this.recent.record(question.source, 'error');
  }

  /**
   * An interaction has arrived: its first response is timed from now (it is seen on the REST
   * response to its callback). Call `settled(interaction)` when its handler is done.
   */
  interactionReceived(interaction: Interaction): void {
    const kind: InteractionKind = interaction.isAutocomplete()
      ? 'autocomplete'
      : interaction.isMessageComponent()
        ? 'component'
        : interaction.isModalSubmit()
          ? 'modal'
          : 'command';
    this.awaitingAck.set(interaction.id, { interaction, kind, receivedAt: performance.now() });
  }

  // ---------------------------------------------------------------- what it watches itself

  /** Follows the knowledge base in service and its reloads. */
  watchKnowledge(service: KnowledgeService): void {
    if (this.service === service) return;
    this.service = service;
    service.onReload((result) => {
      this.metrics.reload(result.ok);
      this.lastReload = result.ok
        ? { at: this.now(), ok: true, factsBefore: result.before.facts, factsAfter: result.after.facts }
        : { at: this.now(), ok: false, errors: result.errors.length };
    });
  }

  /** Follows the client's gateway connections and REST responses, and installs the shard hooks. */
  attach(client: Client): void {
    if (this.client === client) return;
    this.client = client;
    const util = client.shard;
    // Under a ShardingManager, every figure says which shard process it is from.
    if (util) this.metrics.registry.setDefaultLabels({ shard: util.ids.join(',') });
    client.monitoringSnapshot = () => this.snapshot();
    client.statsSnapshot = () => this.statsSnapshot();

    const watched = new WeakSet<WebSocketShard>();
    client.once(Events.ClientReady, () => {
      this.clientReady = true;
    });
    client.on(Events.ShardReady, (shard) => {
      const ws = client.ws.shards.get(shard);
      if (ws && !watched.has(ws)) {
        watched.add(ws);
        ws.on(WebSocketShardEvents.Close, (event) => {
          this.lastClose.set(shard, event.code);
          this.metrics.gatewayClosed(shard, event.code);
        });
      }
      this.gateway.set(shard, { status: 'ready' });
    });
    client.on(Events.ShardResume, (shard) => this.gateway.set(shard, { status: 'ready' }));
    client.on(Events.ShardReconnecting, (shard) => {
      const closeCode = this.lastClose.get(shard);
      this.gateway.set(shard, { status: 'reconnecting', ...(closeCode === undefined ? {} : { closeCode }) });
    });
    client.on(Events.ShardDisconnect, (event, shard) =>
      this.gateway.set(shard, { status: 'disconnected', closeCode: event.code }),
    );
    client.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status === 429) {
        this.metrics.restRateLimit(request.route, response.headers.get('x-ratelimit-global') === 'true');
        return;
      }
      if (response.status >= 500) {
        this.metrics.restServerError(request.route, response.status);
        return;
      }
      if (response.status >= 300) return;
      // Only the id is read from the path; the interaction's token never leaves it.
      const id = CALLBACK_PATH.exec(request.path)?.[1];
      const pending = id === undefined ? undefined : this.awaitingAck.get(id);
      if (!pending || id === undefined) return;
      this.awaitingAck.delete(id);
      this.metrics.interactionAcknowledged(pending.kind, (performance.now() - pending.receivedAt) / 1000);
    });
  }

  // ---------------------------------------------------------------- what it tells

  health(): HealthReport {
    const service = this.service;
    const shards: ShardHealth[] = [...this.gateway]
      .map(([shard, state]) => ({ shard, ...state }))
      .sort((a, b) => a.shard - b.shard);
    return assessHealth({
      started: this.clientReady,
      shards,
      knowledge: service && {
        articles: service.engine.kb.articles.length,
        facts: service.engine.kb.facts.size,
        loadedAt: service.loadedAt.toISOString(),
      },
    });
  }

  /** The Prometheus text format, and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.metrics.registry.contentType, body: await this.metrics.registry.metrics() };
  }

  async snapshot(): Promise<ProcessSnapshot> {
    return { health: this.health(), metrics: await this.metrics.registry.getMetricsAsJSON() };
  }

  statsSnapshot(): StatsSnapshot {
    const client = this.client;
    const service = this.service;
    return {
      shards: client?.shard?.ids ?? (client ? [...client.ws.shards.keys()] : []),
      uptimeMs: this.now() - this.startedAt,
      guilds: client?.guilds.cache.size ?? 0,
      window: this.recent.snapshot(),
      knowledge: service
        ? { ...countKnowledge(service.engine.kb), loadedAt: service.loadedAt.getTime() }
        : null,
      lastReload: this.lastReload,
    };
  }
}
