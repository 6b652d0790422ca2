/**
 * The bot's Prometheus metrics, defined once with prom-client, each behind a typed method, so that a
 * call site says what happened (`questionAnswered('mention', 'found', 0.04)`) and cannot misspell a
 * label. Every instance has its own registry: two bots in one process (tests) never share figures.
 * What each metric means is listed in the README ("Monitoring").
 */
import {
  Counter,
  type CounterConfiguration,
  collectDefaultMetrics,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  Registry,
} from 'prom-client';
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
  private readonly answers: AnswerMetrics;
  private readonly reloads: Counter<'result'>;
  private readonly gatewayCloses: Counter<'shard' | 'code'>;
  private readonly rest: RestMetrics;
  private readonly rateLimits: RateLimitMetrics;
  private readonly feedbackVotes: Counter<'vote'>;
  private readonly duplicates: Counter<'kind'>;

  constructor(sources: MetricSources, options: { processMetrics?: boolean } = {}) {
    // Prometheus lists the metrics in the order they are defined here.
    this.answers = answerMetrics(this.registry);
    this.reloads = knowledgeMetrics(this.registry, sources);
    this.gatewayCloses = gatewayMetrics(this.registry, sources);
    this.rest = restMetrics(this.registry);
    this.rateLimits = rateLimitMetrics(this.registry);
    this.feedbackVotes = feedbackMetric(this.registry);
    this.duplicates = duplicateMetric(this.registry);
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** A question ended; `seconds` is how long its answer took (omitted for errors). */
  question(source: QuestionSource, outcome: QuestionOutcome, seconds?: number): void {
    this.answers.questions.inc({ source, outcome });
    if (seconds !== undefined) this.answers.answerSeconds.observe({ source }, seconds);
  }

  interactionAcknowledged(kind: InteractionKind, seconds: number): void {
    this.answers.ackSeconds.observe({ kind }, seconds);
  }

  reload(ok: boolean): void {
    this.reloads.inc({ result: ok ? 'ok' : 'failed' });
  }

  gatewayClosed(shard: number, code: number): void {
    this.gatewayCloses.inc({ shard, code });
  }

  restRateLimit(route: string, global: boolean): void {
    this.rest.rateLimited.inc({ route, global: String(global) });
  }

  restServerError(route: string, status: number): void {
    this.rest.serverErrors.inc({ route, status });
  }

  /** The per-user limit: `notify` holds a user back (they are told once), `drop` ignores a question. */
  rateLimited(verdict: 'notify' | 'drop'): void {
    if (verdict === 'notify') this.rateLimits.users.inc();
    else this.rateLimits.dropped.inc();
  }

  feedbackVote(vote: FeedbackVote): void {
    this.feedbackVotes.inc({ vote });
  }

  duplicate(kind: DuplicateKind): void {
    this.duplicates.inc({ kind });
  }
}

type Labels<T extends string> = Partial<Record<T, string | number>>;

/**
 * A counter whose given series exist from the start at 0, so that rate() and alerts work before the
 * first event.
 */
function counter<T extends string>(
  registry: Registry,
  config: Omit<CounterConfiguration<T>, 'registers'>,
  zeroes: readonly Labels<T>[] = [],
): Counter<T> {
  const metric = new Counter<T>({ ...config, registers: [registry] });
  for (const labels of zeroes) metric.inc(labels, 0);
  return metric;
}

/** A gauge read when Prometheus scrapes: cleared, then `read` sets what is there now. */
function scrapedGauge<T extends string>(
  registry: Registry,
  config: Omit<GaugeConfiguration<T>, 'registers' | 'collect'>,
  read: (gauge: Gauge<T>) => void,
): void {
  new Gauge<T>({
    ...config,
    registers: [registry],
    collect() {
      this.reset();
      read(this);
    },
  });
}

interface AnswerMetrics {
  readonly questions: Counter<'source' | 'outcome'>;
  readonly answerSeconds: Histogram<'source'>;
  readonly ackSeconds: Histogram<'kind'>;
}

/** Questions by source and outcome, how long their answers took, and how fast interactions were acknowledged. */
function answerMetrics(registry: Registry): AnswerMetrics {
  const questions = counter(
    registry,
    {
      name: 'bot_questions_total',
      help: 'Questions by where they came from and how they ended (found, not-found, error).',
      labelNames: ['source', 'outcome'],
    },
    QUESTION_SOURCES.flatMap((source) => QUESTION_OUTCOMES.map((outcome) => ({ source, outcome }))),
  );
  const answerSeconds = new Histogram({
    name: 'bot_answer_duration_seconds',
    help: 'From receiving a question to Discord accepting the answer (found or not found), in seconds.',
    labelNames: ['source'],
    buckets: ANSWER_BUCKETS,
    registers: [registry],
  });
  const ackSeconds = new Histogram({
    name: 'bot_interaction_ack_duration_seconds',
    help: "From receiving an interaction to Discord accepting its first response (reply, defer, update or autocomplete choices), in seconds. Discord's limit is 3 s.",
    labelNames: ['kind'],
    buckets: ACK_BUCKETS,
    registers: [registry],
  });
  return { questions, answerSeconds, ackSeconds };
}

/** Reloads counted as they end; what the knowledge base holds and when it was loaded, read at scrape. */
function knowledgeMetrics(registry: Registry, sources: MetricSources): Counter<'result'> {
  const reloads = counter(
    registry,
    {
      name: 'bot_knowledge_reloads_total',
      help: 'Knowledge base reloads (/reload, SIGHUP, file watch): ok, or failed (the previous one kept serving).',
      labelNames: ['result'],
    },
    [{ result: 'ok' }, { result: 'failed' }],
  );
  scrapedGauge(
    registry,
    {
      name: 'bot_knowledge_items',
      help: 'What the knowledge base in service holds: articles, entities, facts, passages.',
      labelNames: ['kind'],
    },
    (gauge) => {
      const kb = sources.knowledge();
      if (!kb) return;
      for (const kind of ['articles', 'entities', 'facts', 'passages'] as const)
        gauge.set({ kind }, kb[kind]);
    },
  );
  scrapedGauge(
    registry,
    {
      name: 'bot_knowledge_loaded_timestamp_seconds',
      help: 'When the knowledge base in service was loaded (Unix time, seconds).',
    },
    (gauge) => {
      const kb = sources.knowledge();
      if (kb) gauge.set(kb.loadedAt.getTime() / 1000);
    },
  );
  return reloads;
}

/** Each shard's heartbeat and state (read at scrape), its closed connections, and the servers it is in. */
function gatewayMetrics(registry: Registry, sources: MetricSources): Counter<'shard' | 'code'> {
  scrapedGauge(
    registry,
    {
      name: 'bot_gateway_ping_seconds',
      help: "Each shard's last gateway heartbeat round trip, in seconds.",
      labelNames: ['shard'],
    },
    (gauge) => {
      for (const { shard, pingMs } of sources.gateway())
        if (pingMs !== undefined) gauge.set({ shard }, pingMs / 1000);
    },
  );
  scrapedGauge(
    registry,
    {
      name: 'bot_gateway_status',
      help: `Each shard's gateway connection: 1 for its current status (${GATEWAY_STATUSES.join(', ')}), 0 for the others.`,
      labelNames: ['shard', 'status'],
    },
    (gauge) => {
      for (const { shard, status: current } of sources.gateway())
        for (const status of GATEWAY_STATUSES) gauge.set({ shard, status }, status === current ? 1 : 0);
    },
  );
  const closes = counter(registry, {
    name: 'bot_gateway_closes_total',
    help: 'Gateway connections closed, by shard and close code (1006 abnormal, 4000-4014 Discord).',
    labelNames: ['shard', 'code'],
  });
  scrapedGauge(
    registry,
    { name: 'bot_guilds', help: 'Servers the bot is in (the shards of this process).' },
    (gauge) => {
      const guilds = sources.guilds();
      if (guilds !== undefined) gauge.set(guilds);
    },
  );
  return closes;
}

interface RestMetrics {
  readonly rateLimited: Counter<'route' | 'global'>;
  readonly serverErrors: Counter<'route' | 'status'>;
}

/** Discord's REST API answering 429 or 5xx (discord.js retries both). */
function restMetrics(registry: Registry): RestMetrics {
  return {
    rateLimited: counter(registry, {
      name: 'bot_rest_rate_limited_total',
      help: 'REST responses 429 (discord.js waits and retries), by route template and whether the limit was global.',
      labelNames: ['route', 'global'],
    }),
    serverErrors: counter(registry, {
      name: 'bot_rest_server_errors_total',
      help: 'REST responses 5xx (discord.js retries up to 3 times), by route template and status.',
      labelNames: ['route', 'status'],
    }),
  };
}

interface RateLimitMetrics {
  readonly users: Counter;
  readonly dropped: Counter;
}

/** The per-user question limit: users held back, and questions ignored afterwards. */
function rateLimitMetrics(registry: Registry): RateLimitMetrics {
  return {
    users: counter(registry, {
      name: 'bot_rate_limited_users_total',
      help: 'Users held back by the per-user question limit (RATE_LIMIT_*): one per hold, when they are told so.',
    }),
    dropped: counter(registry, {
      name: 'bot_rate_limited_messages_dropped_total',
      help: 'Questions ignored without a reply from users already told they are held back.',
    }),
  };
}

function feedbackMetric(registry: Registry): Counter<'vote'> {
  return counter(
    registry,
    { name: 'bot_feedback_votes_total', help: "Users' votes on answers (up or down).", labelNames: ['vote'] },
    FEEDBACK_VOTES.map((vote) => ({ vote })),
  );
}

function duplicateMetric(registry: Registry): Counter<'kind'> {
  return counter(
    registry,
    {
      name: 'bot_duplicate_events_total',
      help: 'Interactions and messages delivered again after they were handled, and ignored.',
      labelNames: ['kind'],
    },
    [{ kind: 'interaction' }, { kind: 'message' }],
  );
}
