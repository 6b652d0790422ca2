/**
 * The bot's Prometheus metrics, defined once with prom-client, each behind a typed method, so that a
 * call site says what happened (`questionAnswered('mention', 'found', 0.04)`) and cannot misspell a
 * label. Every instance has its own registry: two bots in one process (tests) never share figures.
 * What each metric means is listed in the README ("Monitoring").
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { QUESTION_OUTCOMES, QUESTION_SOURCES, type QuestionOutcome, type QuestionSource } from './recent.ts';

export type { QuestionOutcome, QuestionSource } from './recent.ts';

/** A user's vote on an answer (issue #10's feedback buttons). */
export const FEEDBACK_VOTES = ['up', 'down'] as const;
export type FeedbackVote = (typeof FEEDBACK_VOTES)[number];

/** How an interaction is classified for its acknowledgement time. */
export type InteractionKind = 'command' | 'autocomplete' | 'component' | 'modal';

/** A gateway connection's state, as `/healthz` and `bot_gateway_status` report it. */
export const GATEWAY_STATUSES = ['starting', 'ready', 'reconnecting', 'disconnected'] as const;
export type GatewayStatus = (typeof GATEWAY_STATUSES)[number];

export type DuplicateKind = 'interaction' | 'message';

/** Values read when Prometheus scrapes, rather than counted as they happen. */
export interface MetricSources {
  /** The knowledge base in service, or undefined while none is loaded. */
  knowledge():
    | { articles: number; entities: number; facts: number; passages: number; loadedAt: Date }
    | undefined;
  /** Per shard of this process: its gateway state and heartbeat round trip (ms, or undefined before one). */
  gateway(): ReadonlyArray<{ shard: number; status: GatewayStatus; pingMs: number | undefined }>;
  /** Servers this process's shards are in. */
  guilds(): number | undefined;
}

// Seconds. Answers: an engine lookup is ~1 ms, a reply's REST round trip tens of ms, and Discord's
// global REST limit can hold a mention reply for a second or more.
const ANSWER_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// Discord closes the window for an interaction's first response at 3 s.
const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

export class BotMetrics {
  readonly registry = new Registry();
  private readonly questions: Counter<'source' | 'outcome'>;
  private readonly answerSeconds: Histogram<'source'>;
  private readonly ackSeconds: Histogram<'kind'>;
  private readonly reloads: Counter<'result'>;
  private readonly gatewayCloses: Counter<'shard' | 'code'>;
  private readonly restRateLimited: Counter<'route' | 'global'>;
  private readonly restServerErrors: Counter<'route' | 'status'>;
  private readonly rateLimitedUsers: Counter;
  private readonly rateLimitedDropped: Counter;
  private readonly feedbackVotes: Counter<'vote'>;
  private readonly duplicates: Counter<'kind'>;

  constructor(sources: MetricSources, options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.questions = new Counter({
      name: 'bot_questions_total',
      help: 'Questions by where they came from and how they ended (found, not-found, error).',
      labelNames: ['source', 'outcome'],
      registers,
    });
    // Every series exists from the start at 0, so rate() and alerts work before the first question.
    for (const source of QUESTION_SOURCES)
      for (const outcome of QUESTION_OUTCOMES) this.questions.inc({ source, outcome }, 0);
    this.answerSeconds = new Histogram({
      name: 'bot_answer_duration_seconds',
      help: 'From receiving a question to Discord accepting the answer (found or not found), in seconds.',
      labelNames: ['source'],
      buckets: ANSWER_BUCKETS,
      registers,
    });
    this.ackSeconds = new Histogram({
      name: 'bot_interaction_ack_duration_seconds',
      help: "From receiving an interaction to Discord accepting its first response (reply, defer, update or autocomplete choices), in seconds. Discord's limit is 3 s.",
      labelNames: ['kind'],
      buckets: ACK_BUCKETS,
      registers,
    });
    this.reloads = new Counter({
      name: 'bot_knowledge_reloads_total',
      help: 'Knowledge base reloads (/reload, SIGHUP, file watch): ok, or failed (the previous one kept serving).',
      labelNames: ['result'],
      registers,
    });
    for (const result of ['ok', 'failed']) this.reloads.inc({ result }, 0);
    new Gauge({
      name: 'bot_knowledge_items',
      help: 'What the knowledge base in service holds: articles, entities, facts, passages.',
      labelNames: ['kind'],
      registers,
      collect() {
        this.reset();
        const kb = sources.knowledge();
        if (!kb) return;
        for (const kind of ['articles', 'entities', 'facts', 'passages'] as const)
          this.set({ kind }, kb[kind]);
      },
    });
    new Gauge({
      name: 'bot_knowledge_loaded_timestamp_seconds',
      help: 'When the knowledge base in service was loaded (Unix time, seconds).',
      registers,
      collect() {
        this.reset();
        const kb = sources.knowledge();
        if (kb) this.set(kb.loadedAt.getTime() / 1000);
      },
    });
    new Gauge({
      name: 'bot_gateway_ping_seconds',
      help: "Each shard's last gateway heartbeat round trip, in seconds.",
      labelNames: ['shard'],
      registers,
      collect() {
        this.reset();
        for (const { shard, pingMs } of sources.gateway())
          if (pingMs !== undefined) this.set({ shard }, pingMs / 1000);
      },
    });
    new Gauge({
      name: 'bot_gateway_status',
      help: `Each shard's gateway connection: 1 for its current status (${GATEWAY_STATUSES.join(', ')}), 0 for the others.`,
      labelNames: ['shard', 'status'],
      registers,
      collect() {
        this.reset();
        for (const { shard, status: current } of sources.gateway())
          for (const status of GATEWAY_STATUSES) this.set({ shard, status }, status === current ? 1 : 0);
      },
    });
    this.gatewayCloses = new Counter({
      name: 'bot_gateway_closes_total',
      help: 'Gateway connections closed, by shard and close code (1006 abnormal, 4000-4014 Discord).',
      labelNames: ['shard', 'code'],
      registers,
    });
    new Gauge({
      name: 'bot_guilds',
      help: 'Servers the bot is in (the shards of this process).',
      registers,
      collect() {
        this.reset();
        const guilds = sources.guilds();
        if (guilds !== undefined) this.set(guilds);
      },
    });
    this.restRateLimited = new Counter({
      name: 'bot_rest_rate_limited_total',
      help: 'REST responses 429 (discord.js waits and retries), by route template and whether the limit was global.',
      labelNames: ['route', 'global'],
      registers,
    });
    this.restServerErrors = new Counter({
      name: 'bot_rest_server_errors_total',
      help: 'REST responses 5xx (discord.js retries up to 3 times), by route template and status.',
      labelNames: ['route', 'status'],
      registers,
    });
    this.rateLimitedUsers = new Counter({
      name: 'bot_rate_limited_users_total',
      help: 'Users held back by the per-user question limit (RATE_LIMIT_*): one per hold, when they are told so.',
      registers,
    });
    this.rateLimitedDropped = new Counter({
      name: 'bot_rate_limited_messages_dropped_total',
      help: 'Questions ignored without a reply from users already told they are held back.',
      registers,
    });
    this.feedbackVotes = new Counter({
      name: 'bot_feedback_votes_total',
      help: "Users' votes on answers (up or down).",
      labelNames: ['vote'],
      registers,
    });
    for (const vote of FEEDBACK_VOTES) this.feedbackVotes.inc({ vote }, 0);
    this.duplicates = new Counter({
      name: 'bot_duplicate_events_total',
      help: 'Interactions and messages delivered again after they were handled, and ignored.',
      labelNames: ['kind'],
      registers,
    });
    for (const kind of ['interaction', 'message']) this.duplicates.inc({ kind }, 0);
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** A question ended; `seconds` is how long its answer took (omitted for errors). */
  question(source: QuestionSource, outcome: QuestionOutcome, seconds?: number): void {
    this.questions.inc({ source, outcome });
    if (seconds !== undefined) this.answerSeconds.observe({ source }, seconds);
  }

  interactionAcknowledged(kind: InteractionKind, seconds: number): void {
    this.ackSeconds.observe({ kind }, seconds);
  }

  reload(ok: boolean): void {
    this.reloads.inc({ result: ok ? 'ok' : 'failed' });
  }

  gatewayClosed(shard: number, code: number): void {
    this.gatewayCloses.inc({ shard, code });
  }

  restRateLimit(route: string, global: boolean): void {
    this.restRateLimited.inc({ route, global: String(global) });
  }

  restServerError(route: string, status: number): void {
    this.restServerErrors.inc({ route, status });
  }

  /** The per-user limit: `notify` holds a user back (they are told once), `drop` ignores a question. */
  rateLimited(verdict: 'notify' | 'drop'): void {
    if (verdict === 'notify') this.rateLimitedUsers.inc();
    else this.rateLimitedDropped.inc();
  }

  feedbackVote(vote: FeedbackVote): void {
    this.feedbackVotes.inc({ vote });
  }

  duplicate(kind: DuplicateKind): void {
    this.duplicates.inc({ kind });
  }
}
