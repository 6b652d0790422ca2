/**
 * `npm run bench:bot [-- --json] [--scenario real|synthetic|both] [--interactions N] [--mentions N]
 *                    [--votes N] [--charts N] [--burst N] [--facts N]`
 *
 * A load benchmark (not a test) of the REAL bot: `createBot` with the real commands and a real
 * `KNOWLEDGE_DIR`, logged into the local Discord stand-in (gateway + REST on 127.0.0.1) with the real
 * discord.js client. The stand-in runs in a child process (this file with `--standin-child`), so the
 * bot's event loop holds the bot alone; the two talk over IPC to start, run and stop.
 *
 * Per scenario: 1,000 interactions (`/company` with names, typos and initials, `/policy`, `/ask`,
 * autocomplete, `/compare`, `/about`) and 1,000 mentions (guild mentions and DMs, spread over enough
 * users that the per-user rate limit never applies), plus 300 presses of the 👍/👎 buttons under
 * answers and 100 `/chart` commands (PNG uploads), dispatched in bursts of 50 as fast as the
 * gateway sends them; the next burst starts once every reply of the last one arrived. Measured: every
 * event answered (lost ones fail the run), the time from dispatch to the stand-in receiving the reply
 * request (p50/p99), the bot's event-loop stalls, and the stand-in's violations. The article runs
 * twice, with charts on and off (`CHARTS=off`), to compare the cost of attachments. See
 * bench/README.md.
 *
 * With `METRICS_PORT` set (and `METRICS_HOST`), the bot runs with its monitoring served as in
 * production; the stand-in's process scrapes `/metrics` every second during the run, as a busy
 * Prometheus would, and the bot's question counter must match the questions sent.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Events, type RateLimitData, RESTEvents } from 'discord.js';
import { chartBook } from '../src/charts/book.ts';
import { loadConfig } from '../src/config.ts';
import { parseInput } from '../src/console/parse.ts';
import { createBot } from '../src/discord/bot.ts';
import { loadCommands } from '../src/discord/command.ts';
import { feedbackCustomId } from '../src/feedback/buttons.ts';
import { FeedbackLog } from '../src/feedback/log.ts';
import type { Entity } from '../src/knowledge/schema.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { createLogger } from '../src/logger.ts';
import { Monitoring } from '../src/metrics/monitoring.ts';
import { type MonitoringServer, startMonitoringServer } from '../src/metrics/server.ts';
import { MissLog } from '../src/misses.ts';
import { createKnowledgeService } from '../src/service.ts';
import { standinClientOptions } from '../test/discord/client.ts';
import { DiscordStandin, ROUTES } from '../test/discord/standin.ts';
import { isRecord } from '../test/discord/validation.ts';
import { loadQuestionCases, type QuestionCase } from '../test/questions/cases.ts';
import { metricValue, readExposition } from '../test/support/prometheus.ts';
import { machine, percentile, round } from './machine.ts';
import { autocompleteQueries, freeTextQueries } from './queries.ts';
import { generateKnowledge, Random, REAL_ARTICLE_NAMES, writeKnowledgeFiles } from './synth-lib.ts';

const SELF = fileURLToPath(import.meta.url);
const REPO = path.resolve(path.dirname(SELF), '..');
const REAL_DIR = path.join(REPO, 'knowledge');
const SEED = 20250404;
const DEFAULTS = {
  interactions: 1000,
  mentions: 1000,
  votes: 300,
  charts: 100,
  burst: 50,
  facts: 50_000,
} as const;
/** Upper bound on any count option, so that a run stays bounded. */
const MAX_EVENTS = 20_000;
/** Untimed events sent first (JIT, caches, the first DM channels), from their own users. */
const WARMUP = { interactions: 40, mentions: 10 } as const;
/** A burst whose replies have not all arrived by then is given up: the missing ones are lost. */
const BURST_TIMEOUT_MS = 30_000;
/** Hard limit on one scenario's run (the stand-in process is killed after it). */
const RUN_TIMEOUT_MS = 10 * 60_000;
/** Discord's deadline for an interaction's initial response (the stand-in's check is off here). */
const DISCORD_DEADLINE_MS = 3000;
/** `monitorEventLoopDelay` sampling interval. */
const LOOP_RESOLUTION_MS = 1;
/** How often the stand-in's process scrapes `/metrics` during a run (METRICS_PORT set). */
const SCRAPE_INTERVAL_MS = 1000;
const CHANNELS = ['general', 'random', 'questions', 'talk'] as const;
const THROTTLE_TITLES = new Set(['잠시만요', 'One moment']);
const NOT_FOUND_TITLES = new Set(['기사에서 찾지 못했어요', 'Not covered by the article']);

const log = (message: string) => process.stderr.write(`${message}\n`);

type Json = Record<string, unknown>;
type EventKind =
  | 'company'
  | 'policy'
  | 'ask'
  | 'autocomplete'
  | 'compare'
  | 'about'
  | 'chart'
  | 'vote'
  | 'mention'
  | 'dm';
/** The events the bot counts as questions (`bot_questions_total`): not autocomplete, /about, /chart or votes. */
const QUESTION_KINDS: ReadonlySet<EventKind> = new Set([
  'company',
  'policy',
  'ask',
  'compare',
  'mention',
  'dm',
]);
const KINDS: readonly EventKind[] = [
  'company',
  'policy',
  'ask',
  'autocomplete',
  'compare',
  'about',
  'chart',
  'vote',
  'mention',
  'dm',
];

/** One event the stand-in dispatches: an interaction, a guild mention or a DM. */
interface PlannedEvent {
  readonly kind: EventKind;
  /** What a user would see typed, for reports of lost events. */
  readonly label: string;
  readonly user: string;
  readonly locale?: string;
  readonly dm?: boolean;
  readonly channel?: string;
  readonly command?: string;
  readonly options?: Json[];
  readonly focused?: string;
  readonly content?: string;
  /** For a button press: its custom id. */
  readonly customId?: string;
}

interface StandinInit {
  readonly token: string;
  readonly users: readonly string[];
}

interface ViolationSummary {
  readonly kind: string;
  readonly request: string;
  readonly schema: string;
  readonly issues: readonly string[];
}

interface RunReport {
  readonly sent: number;
  readonly answered: number;
  readonly samples: readonly { kind: EventKind; ms: number }[];
  readonly lost: readonly { kind: EventKind; label: string }[];
  /** Interactions answered later than Discord's 3 s deadline (they would fail on Discord). */
  readonly overDeadline: number;
  /** Replies that were the rate limiter's notice rather than an answer. */
  readonly throttled: number;
  readonly notFound: number;
  readonly emptyChoices: number;
  /** A second reply to the same event. */
  readonly duplicates: number;
  /** Reply requests the stand-in answered with a non-2xx status. */
  readonly failedRequests: number;
  readonly wallMs: number;
  readonly requests: number;
  /** All of the stand-in's violations so far (command registration and warm-up included). */
  readonly violations: readonly ViolationSummary[];
  readonly standinLoopMaxMs: number;
  readonly standinElu: number;
  /** `/metrics` scrapes during the run, and how many failed (METRICS_PORT set). */
  readonly scrapes: number;
  readonly scrapeFailures: number;
}

type ParentMessage =
  | { type: 'init'; init: StandinInit }
  | { type: 'run'; events: PlannedEvent[]; burst: number; label: string; metricsUrl?: string }
  | { type: 'stop' };

type ChildMessage =
  | { type: 'ready'; restUrl: string; guildId: string }
  | { type: 'progress'; label: string; done: number; total: number }
  | { type: 'report'; report: RunReport }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

// ---------------------------------------------------------------------------------------------
// Small helpers

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `global.gc`, exposed at run time when node was not started with --expose-gc. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

// ---------------------------------------------------------------------------------------------
// The events

interface Pools {
  readonly caseCompanies: readonly string[];
  readonly casePolicies: readonly string[];
  readonly caseQuestions: readonly string[];
  readonly companies: readonly Entity[];
  readonly regions: readonly Entity[];
  /** What users type into autocomplete: name fragments, initials, typos (bench/queries.ts). */
  readonly fragments: readonly string[];
  /** Questions built from the knowledge base's own facts, and uncovered ones (bench/queries.ts). */
  readonly questions: readonly string[];
  /** Ids of the knowledge base's chartable series (`/chart`). */
  readonly series: readonly string[];
}

/**
 * Half of the inputs come from the project's question set (the article's names with typos,
 * particles, initials, romanised; real questions, covered or not), half from the loaded knowledge
 * base itself, so that with synthetic facts loaded the load also hits the synthetic entities.
 */
function pools(kb: KnowledgeBase, cases: readonly QuestionCase[]): Pools {
  const questions = cases.flatMap((c) => {
    const parsed = parseInput(c.input);
    return parsed.kind === 'question' ? [parsed.question] : [];
  });
  const fits = (text: string, max: number) => text.trim().length > 0 && text.length <= max;
  const nonEmpty = <T>(name: string, items: readonly T[]): readonly T[] => {
    if (items.length === 0) throw new Error(`no ${name} to build events from`);
    return items;
  };
  return {
    caseCompanies: nonEmpty(
      'company cases',
      questions.flatMap((q) => (q.kind === 'company' && fits(q.query, 100) ? [q.query] : [])),
    ),
    casePolicies: nonEmpty(
      'policy cases',
      questions.flatMap((q) => (q.kind === 'policy' && fits(q.query, 100) ? [q.query] : [])),
    ),
    caseQuestions: nonEmpty(
      'free-text cases',
      questions.flatMap((q) => (q.kind === 'ask' && fits(q.text, 500) ? [q.text] : [])),
    ),
    companies: nonEmpty('companies', kb.entitiesOfType('company')),
    regions: nonEmpty('regions', kb.entitiesOfType('region')),
    fragments: autocompleteQueries(kb, 400, SEED),
    questions: freeTextQueries(kb, 400, SEED + 1),
    series: chartBook(kb)
      .series.slice(0, 50)
      .map((s) => s.id),
  };
}

const INTERACTION_MIX: readonly (readonly [EventKind, number])[] = [
  ['company', 0.25],
  ['policy', 0.1],
  ['ask', 0.25],
  ['autocomplete', 0.25],
  ['compare', 0.075],
  ['about', 0.075],
];

const str = (name: string, value: string, focused = false): Json =>
  focused ? { name, type: 3, value, focused: true } : { name, type: 3, value };

/**
 * `interactions` interactions in the mix above and `mentions` mentions (70% in guild channels, 30%
 * in DMs), shuffled together. Mentions are spread round-robin over `users` users, so none of them
 * asks more than `ceil(mentions / users)` times.
 */
function planEvents(
  p: Pools,
  options: {
    interactions: number;
    mentions: number;
    votes: number;
    charts: number;
    users: readonly string[];
    seed: number;
  },
): PlannedEvent[] {
  const draw = new Random(options.seed);
  const { users } = options;
  const kinds: EventKind[] = [];
  for (const [kind, share] of INTERACTION_MIX) {
    for (let i = 0; i < Math.floor(options.interactions * share); i++) kinds.push(kind);
  }
  while (kinds.length < options.interactions) kinds.push('ask');
  const name = (e: Entity) => (draw.chance(0.7) ? e.name.ko : e.name.en);
  const hide = (): Json[] => (draw.chance(0.1) ? [{ name: 'hide', type: 5, value: true }] : []);

  const events: PlannedEvent[] = draw.shuffle(kinds).map((kind, i) => {
    const context = {
      user: users[i % users.length]!,
      locale: draw.chance(0.7) ? 'ko' : 'en-US',
      dm: draw.chance(0.1),
    };
    switch (kind) {
      case 'company': {
        const value = draw.chance(0.5)
          ? draw.pick(p.caseCompanies)
          : draw.chance(0.5)
            ? name(draw.pick(p.companies))
            : draw.pick(p.fragments);
        return {
          kind,
          ...context,
          command: 'company',
          options: [str('name', value), ...hide()],
          label: `/company ${value}`,
        };
      }
      case 'policy': {
        const value = draw.chance(0.5) ? draw.pick(p.casePolicies) : name(draw.pick(p.regions));
        return {
          kind,
          ...context,
          command: 'policy',
          options: [str('country', value), ...hide()],
          label: `/policy ${value}`,
        };
      }
      case 'ask': {
        const value = draw.chance(0.5) ? draw.pick(p.caseQuestions) : draw.pick(p.questions);
        return {
          kind,
          ...context,
          command: 'ask',
          options: [str('question', value), ...hide()],
          label: `/ask ${value}`,
        };
      }
      case 'autocomplete': {
        if (draw.chance(0.8)) {
          const value = draw.pick(p.fragments);
          return {
            kind,
            ...context,
            command: 'company',
            options: [str('name', value, true)],
            focused: 'name',
            label: `autocomplete /company ${value}`,
          };
        }
        const region = name(draw.pick(p.regions));
        const value = [...region].slice(0, draw.chance(0.5) ? 1 : 2).join('');
        return {
          kind,
          ...context,
          command: 'policy',
          options: [str('country', value, true)],
          focused: 'country',
          label: `autocomplete /policy ${value}`,
        };
      }
      default:
        return {
          kind,
          ...context,
          command: kind,
          options: kind === 'about' ? hide() : [],
          label: `/${kind}`,
        };
    }
  });

  for (let i = 0; i < options.mentions; i++) {
    const content = draw.chance(0.5) ? draw.pick(p.caseQuestions) : draw.pick(p.questions);
    const user = users[i % users.length]!;
    events.push(
      draw.chance(0.3)
        ? { kind: 'dm', user, dm: true, content, label: `DM ${content}` }
        : {
            kind: 'mention',
            user,
            channel: CHANNELS[i % CHANNELS.length]!,
            content,
            label: `@bot ${content}`,
          },
    );
  }
  // 👍/👎 under answers (each press on an answer of its own, as most presses are).
  for (let i = 0; i < options.votes; i++) {
    const question = draw.chance(0.5) ? draw.pick(p.caseQuestions) : draw.pick(p.questions);
    const vote = draw.chance(0.7) ? 'up' : 'down';
    events.push({
      kind: 'vote',
      user: users[i % users.length]!,
      locale: draw.chance(0.7) ? 'ko' : 'en-US',
      customId: feedbackCustomId({ vote, source: draw.chance(0.5) ? 'ask' : 'mention', shown: [], question }),
      label: `${vote === 'up' ? '👍' : '👎'} ${question}`,
    });
  }
  // `/chart`: a series (a PNG upload), or the list of them.
  for (let i = 0; i < options.charts; i++) {
    const series = p.series.length > 0 && draw.chance(0.8) ? draw.pick(p.series) : '';
    events.push({
      kind: 'chart',
      user: users[i % users.length]!,
      locale: draw.chance(0.7) ? 'ko' : 'en-US',
      command: 'chart',
      options: series ? [str('series', series)] : [],
      label: `/chart ${series}`,
    });
  }
  return draw.shuffle(events);
}

// ---------------------------------------------------------------------------------------------
// Child process: the stand-in and the load generator

async function childMain(): Promise<void> {
  let standin: DiscordStandin | undefined;
  let stopping = false;
  const send = (message: ChildMessage) => process.send?.(message);

  const stop = async () => {
    stopping = true;
    await standin?.stop();
    standin = undefined;
  };
  // The parent went away without saying stop: do not outlive it.
  process.on('disconnect', () => {
    if (!stopping) void stop().finally(() => process.exit(1));
  });

  const handle = async (message: ParentMessage) => {
    switch (message.type) {
      case 'init': {
        const { users, token } = message.init;
        standin = await new DiscordStandin({
          token,
          // Slow answers are counted against the 3 s deadline here, not failed by the stand-in.
          interactionResponseDeadlineMs: null,
          users: users.map((username) => ({ username })),
          guilds: [
            {
              name: 'Bench Guild',
              preferredLocale: 'ko',
              channels: CHANNELS.map((name) => ({ name })),
              members: [...users],
            },
          ],
        }).start();
        send({ type: 'ready', restUrl: standin.restUrl, guildId: standin.guildId() });
        return;
      }
      case 'run': {
        if (!standin) throw new Error('run before init');
        const report = await runEvents(
          standin,
          message.events,
          message.burst,
          (done) => send({ type: 'progress', label: message.label, done, total: message.events.length }),
          message.metricsUrl,
        );
        send({ type: 'report', report });
        return;
      }
      case 'stop':
        await stop();
        send({ type: 'stopped' });
        process.disconnect();
        return;
    }
  };
  process.on('message', (message: ParentMessage) => {
    handle(message).catch((error: unknown) => send({ type: 'error', message: errorText(error) }));
  });
}

interface Tracked {
  readonly event: PlannedEvent;
  readonly sentAt: number;
  answeredAt?: number;
}

/** Dispatches one event; returns the interaction or message id its reply will carry. */
async function dispatch(standin: DiscordStandin, event: PlannedEvent): Promise<string> {
  // `until: () => true` settles at once: the helpers dispatch synchronously and we track replies here.
  const now = { until: () => true };
  const context = { user: event.user, locale: event.locale, ...(event.dm ? { dm: true } : {}) };
  switch (event.kind) {
    case 'mention':
    case 'dm':
      return standin.sendMessage({
        content: event.content ?? '',
        author: event.user,
        ...(event.dm ? { dm: true } : { mentionBot: true, channel: event.channel }),
      }).id;
    case 'vote':
      return (await standin.button({ customId: event.customId ?? '', ...context }, now)).id;
    case 'autocomplete':
      return (
        await standin.autocomplete(
          { name: event.command ?? '', options: event.options ?? [], focused: event.focused, ...context },
          now,
        )
      ).id;
    default:
      return (
        await standin.chatInput({ name: event.command ?? '', options: event.options ?? [], ...context }, now)
      ).id;
  }
}

/** The message body of a reply: interaction callback data, or the channel message itself. */
function replyBody(body: unknown): Json | undefined {
  if (!isRecord(body)) return undefined;
  return isRecord(body.data) ? body.data : body;
}

/** Scrapes `url` every SCRAPE_INTERVAL_MS until stopped, like Prometheus; counts scrapes and failures. */
function scraper(url: string | undefined): { stop(): Promise<{ scrapes: number; failures: number }> } {
  let scrapes = 0;
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (url && running) {
      try {
        const response = await fetch(url);
        await response.text();
        if (response.status === 200) scrapes++;
        else failures++;
      } catch {
        failures++;
      }
      await new Promise((resolve) => setTimeout(resolve, SCRAPE_INTERVAL_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { scrapes, failures };
    },
  };
}

async function runEvents(
  standin: DiscordStandin,
  events: readonly PlannedEvent[],
  burst: number,
  progress: (done: number) => void,
  metricsUrl?: string,
): Promise<RunReport> {
  const tracked = new Map<string, Tracked>();
  let outstanding = new Set<string>();
  let cursor = standin.requests.length;
  const firstRequest = cursor;
  let throttled = 0;
  let notFound = 0;
  let emptyChoices = 0;
  let duplicates = 0;
  let failedRequests = 0;

  /** Reads the requests recorded since the last call; the stand-in records one once it has answered it. */
  const scan = () => {
    const now = performance.now();
    for (; cursor < standin.requests.length; cursor++) {
      const request = standin.requests[cursor]!;
      if (request.method !== 'POST') continue;
      let key: string | undefined;
      if (request.route === ROUTES.interactionCallback) key = request.interactionId;
      else if (
        request.route === ROUTES.channelMessages &&
        isRecord(request.body) &&
        isRecord(request.body.message_reference)
      )
        key = String(request.body.message_reference.message_id);
      const entry = key === undefined ? undefined : tracked.get(key);
      if (!entry || key === undefined) continue;
      if (request.status < 200 || request.status >= 300) {
        failedRequests++;
        continue;
      }
      if (entry.answeredAt !== undefined) {
        duplicates++;
        continue;
      }
      entry.answeredAt = now;
      outstanding.delete(key);
      const body = replyBody(request.body);
      const embeds = Array.isArray(body?.embeds) ? body.embeds : [];
      const title = isRecord(embeds[0]) ? embeds[0].title : undefined;
      if (typeof title === 'string' && THROTTLE_TITLES.has(title)) throttled++;
      if (typeof title === 'string' && NOT_FOUND_TITLES.has(title)) notFound++;
      if (entry.event.kind === 'autocomplete' && Array.isArray(body?.choices) && body.choices.length === 0)
        emptyChoices++;
    }
    return outstanding.size === 0 ? true : undefined;
  };

  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loop.enable();
  const elu = performance.eventLoopUtilization();
  const scraping = scraper(metricsUrl);
  const started = performance.now();
  for (let start = 0; start < events.length; start += burst) {
    outstanding = new Set();
    for (const event of events.slice(start, start + burst)) {
      const id = await dispatch(standin, event);
      tracked.set(id, { event, sentAt: performance.now() });
      outstanding.add(id);
    }
    try {
      await standin.until(scan, BURST_TIMEOUT_MS, () => `${outstanding.size} replies of a burst`);
    } catch {
      // Whatever is still outstanding is lost; the report names it.
    }
    const done = Math.min(events.length, start + burst);
    if (done % (burst * 10) === 0 || done === events.length) progress(done);
  }
  const wallMs = performance.now() - started;
  const scraped = await scraping.stop();
  scan();
  loop.disable();
  const utilisation = performance.eventLoopUtilization(elu).utilization;

  const samples: { kind: EventKind; ms: number }[] = [];
  const lost: { kind: EventKind; label: string }[] = [];
  let overDeadline = 0;
  for (const entry of tracked.values()) {
    if (entry.answeredAt === undefined) {
      lost.push({ kind: entry.event.kind, label: entry.event.label });
      continue;
    }
    const ms = entry.answeredAt - entry.sentAt;
    samples.push({ kind: entry.event.kind, ms });
    if (entry.event.kind !== 'mention' && entry.event.kind !== 'dm' && ms > DISCORD_DEADLINE_MS)
      overDeadline++;
  }
  return {
    sent: tracked.size,
    answered: samples.length,
    samples,
    lost,
    overDeadline,
    throttled,
    notFound,
    emptyChoices,
    duplicates,
    failedRequests,
    wallMs,
    requests: standin.requests.length - firstRequest,
    violations: standin.violations.map((v) => ({
      kind: v.kind,
      request: `${v.method} ${v.route}`,
      schema: v.schema,
      issues: v.issues.slice(0, 3).map((i) => `${i.path || '(root)'}: ${i.message}`),
    })),
    standinLoopMaxMs: loop.max / 1e6,
    standinElu: utilisation,
    scrapes: scraped.scrapes,
    scrapeFailures: scraped.failures,
  };
}

// ---------------------------------------------------------------------------------------------
// Parent: the bot

/** The stand-in's child process, driven one request/reply at a time. */
class StandinProcess {
  private waiting?: {
    type: ChildMessage['type'];
    resolve: (m: ChildMessage) => void;
    reject: (e: Error) => void;
  };
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'progress') {
        log(`  ${message.label}: ${message.done}/${message.total} events`);
        return;
      }
      const waiting = this.waiting;
      if (!waiting) return;
      if (message.type === 'error') waiting.reject(new Error(`stand-in process: ${message.message}`));
      else if (message.type === waiting.type) waiting.resolve(message);
    });
    this.exit = once(child, 'exit').then(([code, signal]) => {
      this.exited = true;
      this.waiting?.reject(new Error(`stand-in process exited (${code ?? signal})`));
    });
  }

  static start(): StandinProcess {
    // Same Node flags (tsx's loader); no stdout, so that --json output stays one object.
    const child = fork(SELF, ['--standin-child'], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    return new StandinProcess(child);
  }

  /** Sends a message and waits for the reply of type `type`. */
  request<T extends ChildMessage['type']>(
    message: ParentMessage,
    type: T,
    timeoutMs: number,
  ): Promise<Extract<ChildMessage, { type: T }>> {
    if (this.exited) return Promise.reject(new Error('stand-in process has exited'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error(`stand-in process: no ${type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = {
        type,
        resolve: (m) => {
          clearTimeout(timer);
          this.waiting = undefined;
          resolve(m as Extract<ChildMessage, { type: T }>);
        },
        reject: (e) => {
          clearTimeout(timer);
          this.waiting = undefined;
          reject(e);
        },
      };
      this.child.send(message);
    });
  }

  /** Stops the stand-in and waits for the process to end (killing it if it does not). */
  async close(): Promise<void> {
    if (!this.exited) {
      await this.request({ type: 'stop' }, 'stopped', 10_000).catch(() => undefined);
      const timer = setTimeout(() => this.child.kill(), 5000);
      await this.exit;
      clearTimeout(timer);
    }
  }
}

interface Scenario {
  readonly name: string;
  readonly knowledge: string;
  readonly dir: string;
  /** `CHARTS`: off runs the same events without attachments, for comparison. */
  readonly charts: boolean;
}

interface Settings {
  readonly interactions: number;
  readonly mentions: number;
  readonly votes: number;
  readonly charts: number;
  readonly burst: number;
}

interface KindStats {
  n: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

interface Result {
  scenario: string;
  facts: number;
  events: number;
  answered: number;
  lost: number;
  p50_ms: number;
  p99_ms: number;
  /** p50 of the interactions alone (the figure METRICS_PORT must not move by more than 5%). */
  interaction_p50_ms: number;
  /** p99 of interactions alone (commands, autocomplete, button presses): Discord's 3 s applies. */
  interaction_p99_ms: number;
  max_loop_stall_ms: number;
  loop_p99_ms: number;
  /** Extra detail beyond the table. */
  knowledge: string;
  entities: number;
  interactions: number;
  /** Charts on (`CHARTS`) in this scenario. */
  charts: boolean;
  mentions: number;
  users: number;
  max_ms: number;
  over_3s: number;
  violations: number;
  throttled: number;
  duplicates: number;
  failed_requests: number;
  not_found_replies: number;
  empty_autocomplete: number;
  bot_errors: number;
  bot_warnings: number;
  bot_elu: number;
  /** Requests discord.js REST held back during the run: Discord's global 50/s limit, or a bucket. */
  rest_global_waits: number;
  rest_bucket_waits: number;
  standin_loop_max_ms: number;
  standin_elu: number;
  wall_s: number;
  events_per_s: number;
  requests: number;
  by_kind: Partial<Record<EventKind, KindStats>>;
  lost_events: { kind: EventKind; label: string }[];
  violation_details: ViolationSummary[];
  bot_error_lines: string[];
  /** Whether the bot served its monitoring (METRICS_PORT) during the run. */
  metrics: boolean;
  scrapes: number;
  scrape_failures: number;
  /** `bot_questions_total` after the run, and the questions sent (warm-up included): they must agree. */
  questions_counted: number | null;
  questions_sent: number;
}

// A realistic-looking token (three dot-separated parts), unique per run. Never printed.
const token = () =>
  `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

async function runScenario(
  scenario: Scenario,
  settings: Settings,
  cases: readonly QuestionCase[],
  tmp: string,
  collect: () => void,
): Promise<Result> {
  log(`\n== ${scenario.name}: ${scenario.knowledge} ==`);
  const service = await createKnowledgeService({ dir: scenario.dir });
  const kb = service.engine.kb;
  log(
    `  loaded ${kb.facts.size.toLocaleString('en')} facts, ${kb.entities.size.toLocaleString('en')} entities`,
  );

  const secret = token();
  const env = {
    DISCORD_TOKEN: secret,
    KNOWLEDGE_DIR: scenario.dir,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    MISS_LOG: path.join(tmp, `misses-${scenario.name}.jsonl`),
    FEEDBACK_LOG: path.join(tmp, `feedback-${scenario.name}.jsonl`),
    CHARTS: scenario.charts ? 'on' : 'off',
    // Only the rate-limit and monitoring settings pass through from the environment (never .env,
    // never a real token).
    RATE_LIMIT_COUNT: process.env.RATE_LIMIT_COUNT,
    RATE_LIMIT_WINDOW_SECONDS: process.env.RATE_LIMIT_WINDOW_SECONDS,
    METRICS_PORT: process.env.METRICS_PORT,
    METRICS_HOST: process.env.METRICS_HOST,
  };
  const probe = loadConfig(env, { dotenv: false });
  if (!probe.ok) throw new Error(probe.problems.join('\n'));
  // Each user asks at most RATE_LIMIT_COUNT - 1 times in the whole run, so the limiter never applies.
  const perUser = Math.max(1, probe.config.RATE_LIMIT_COUNT - 1);
  const userCount = Math.max(20, Math.ceil(settings.mentions / perUser));
  const users = Array.from({ length: userCount }, (_, i) => `user-${String(i).padStart(4, '0')}`);
  const warmUsers = Array.from({ length: WARMUP.mentions }, (_, i) => `warm-${i}`);
  const p = pools(kb, cases);
  const warmup = planEvents(p, { ...WARMUP, votes: 5, charts: 5, users: warmUsers, seed: SEED + 7 });
  const events = planEvents(p, { ...settings, users, seed: SEED });

  const standin = StandinProcess.start();
  const logLines: string[] = [];
  let bot: Awaited<ReturnType<typeof createBot>> | undefined;
  let misses: MissLog | undefined;
  let monitoringServer: MonitoringServer | undefined;
  let feedback: FeedbackLog | undefined;
  try {
    const ready = await standin.request(
      { type: 'init', init: { token: secret, users: [...users, ...warmUsers] } },
      'ready',
      30_000,
    );
    const configResult = loadConfig({ ...env, DISCORD_API_URL: ready.restUrl }, { dotenv: false });
    if (!configResult.ok) throw new Error(configResult.problems.join('\n'));
    const { config } = configResult;
    const logger = createLogger({
      level: config.LOG_LEVEL,
      format: 'json',
      secrets: [secret],
      write: (line) => logLines.push(line),
    });
    misses = new MissLog(config.MISS_LOG);
    // As `src/main.ts` does it when METRICS_PORT is set.
    const monitoring =
      config.METRICS_PORT === undefined ? undefined : new Monitoring({ processMetrics: true });
    if (monitoring && config.METRICS_PORT !== undefined)
      monitoringServer = await startMonitoringServer(monitoring, {
        host: config.METRICS_HOST,
        port: config.METRICS_PORT,
        logger,
      });
    const metricsUrl = monitoringServer
      ? `http://${monitoringServer.host.includes(':') ? `[${monitoringServer.host}]` : monitoringServer.host}:${monitoringServer.port}/metrics`
      : undefined;
    feedback = new FeedbackLog(config.FEEDBACK_LOG);
    const commands = await loadCommands();
    bot = await createBot({
      config,
      service,
      logger,
      commands,
      misses,
      ...(monitoring ? { monitoring } : {}),
      feedback,
      // Only `restUrl` is read: the stand-in itself lives in the child process.
      clientOptions: standinClientOptions({ restUrl: ready.restUrl } as DiscordStandin),
    });
    const isReady = once(bot.client, Events.ClientReady);
    await bot.start();
    await isReady;
    // Registered as the deploy script would (validated by the stand-in against the spec).
    await bot.client.application?.commands.set(
      [...commands.values()].map((c) => c.data),
      ready.guildId,
    );

    const waits = { global: 0, bucket: 0 };
    bot.client.rest.on(RESTEvents.RateLimited, (info: RateLimitData) => {
      if (info.global) waits.global++;
      else waits.bucket++;
    });
    await standin.request(
      { type: 'run', events: warmup, burst: settings.burst, label: 'warm-up' },
      'report',
      RUN_TIMEOUT_MS,
    );
    waits.global = 0;
    waits.bucket = 0;
    collect();
    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    const elu = performance.eventLoopUtilization();
    loop.enable();
    const { report } = await standin.request(
      { type: 'run', events, burst: settings.burst, label: scenario.name, metricsUrl },
      'report',
      RUN_TIMEOUT_MS,
    );
    loop.disable();
    const botElu = performance.eventLoopUtilization(elu).utilization;
    const questionsSent = [...warmup, ...events].filter((e) => QUESTION_KINDS.has(e.kind)).length;
    const questionsCounted = metricsUrl
      ? metricValue(readExposition(await (await fetch(metricsUrl)).text()), 'bot_questions_total')
      : null;

    const all = report.samples.map((s) => s.ms);
    const byKind: Partial<Record<EventKind, KindStats>> = {};
    for (const kind of KINDS) {
      const ms = report.samples.filter((s) => s.kind === kind).map((s) => s.ms);
      if (ms.length === 0) continue;
      byKind[kind] = {
        n: ms.length,
        p50_ms: round(percentile(ms, 0.5), 2),
        p99_ms: round(percentile(ms, 0.99), 2),
        max_ms: round(Math.max(...ms), 2),
      };
    }
    const records = logLines.map((line) => JSON.parse(line) as Json);
    const errors = records.filter((r) => r.level === 'error');
    return {
      scenario: scenario.name,
      facts: kb.facts.size,
      events: report.sent,
      answered: report.answered,
      lost: report.lost.length,
      p50_ms: round(percentile(all, 0.5), 2),
      p99_ms: round(percentile(all, 0.99), 2),
      interaction_p50_ms: round(
        percentile(
          report.samples.filter((s) => s.kind !== 'mention' && s.kind !== 'dm').map((s) => s.ms),
          0.5,
        ),
        2,
      ),
      interaction_p99_ms: round(
        percentile(
          report.samples.filter((x) => x.kind !== 'mention' && x.kind !== 'dm').map((x) => x.ms),
          0.99,
        ),
        2,
      ),
      max_loop_stall_ms: round(loop.max / 1e6, 2),
      loop_p99_ms: round(loop.percentile(99) / 1e6, 2),
      knowledge: scenario.knowledge,
      entities: kb.entities.size,
      interactions: events.filter((e) => e.kind !== 'mention' && e.kind !== 'dm').length,
      charts: scenario.charts,
      mentions: events.filter((e) => e.kind === 'mention' || e.kind === 'dm').length,
      users: users.length,
      max_ms: round(Math.max(...all), 2),
      over_3s: report.overDeadline,
      violations: report.violations.length,
      throttled: report.throttled,
      duplicates: report.duplicates,
      failed_requests: report.failedRequests,
      not_found_replies: report.notFound,
      empty_autocomplete: report.emptyChoices,
      bot_errors: errors.length,
      bot_warnings: records.filter((r) => r.level === 'warn').length,
      bot_elu: round(botElu, 3),
      rest_global_waits: waits.global,
      rest_bucket_waits: waits.bucket,
      standin_loop_max_ms: round(report.standinLoopMaxMs, 2),
      standin_elu: round(report.standinElu, 3),
      wall_s: round(report.wallMs / 1000, 2),
      events_per_s: round(report.sent / (report.wallMs / 1000), 1),
      requests: report.requests,
      by_kind: byKind,
      lost_events: report.lost.slice(0, 20),
      violation_details: report.violations.slice(0, 20),
      bot_error_lines: errors.slice(0, 5).map((r) => JSON.stringify(r)),
      metrics: metricsUrl !== undefined,
      scrapes: report.scrapes,
      scrape_failures: report.scrapeFailures,
      questions_counted: questionsCounted,
      questions_sent: questionsSent,
    };
  } finally {
    await bot?.stop({ timeoutMs: 5000 });
    await monitoringServer?.close();
    await standin.close();
    // Let the miss and feedback logs finish their writes before the temporary folder goes.
    await misses?.top(1);
    await feedback?.summary(1);
  }
}

/** The real article plus `facts` synthetic facts, in a temporary folder. */
async function syntheticDir(tmp: string, facts: number): Promise<string> {
  const dir = path.join(tmp, `kb-${facts}`);
  const real = await createKnowledgeService({ dir: REAL_DIR });
  const realNames = [...real.engine.kb.entities.values()].flatMap((e) => [
    e.name.ko,
    e.name.en,
    ...e.aliases,
  ]);
  const started = performance.now();
  const files = generateKnowledge({
    facts,
    seed: SEED,
    reservedNames: [...new Set([...REAL_ARTICLE_NAMES, ...realNames])],
  });
  await writeKnowledgeFiles(files, dir);
  for (const name of await readdir(REAL_DIR)) {
    if (name.endsWith('.json')) await cp(path.join(REAL_DIR, name), path.join(dir, name));
  }
  log(
    `generated ${facts.toLocaleString('en')} synthetic facts (${files.length} files, seed ${SEED}) in ${(performance.now() - started).toFixed(0)} ms`,
  );
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Output

function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function table(results: readonly Result[]): string {
  return formatTable(
    [
      'scenario',
      'facts',
      'events',
      'answered',
      'lost',
      'p50_ms',
      'p99_ms',
      'ix_p50_ms',
      'ix_p99_ms',
      'max_loop_stall_ms',
      'loop_p99_ms',
      'over_3s',
      'violations',
    ],
    results.map((r) => [
      r.scenario,
      r.facts.toLocaleString('en'),
      r.events.toLocaleString('en'),
      r.answered.toLocaleString('en'),
      String(r.lost),
      r.p50_ms.toFixed(2),
      r.p99_ms.toFixed(2),
      r.interaction_p50_ms.toFixed(2),
      r.interaction_p99_ms.toFixed(2),
      r.max_loop_stall_ms.toFixed(2),
      r.loop_p99_ms.toFixed(2),
      String(r.over_3s),
      String(r.violations),
    ]),
  );
}

function kindTable(results: readonly Result[]): string {
  const rows = results.flatMap((r) =>
    KINDS.flatMap((kind) => {
      const s = r.by_kind[kind];
      return s
        ? [[r.scenario, kind, String(s.n), s.p50_ms.toFixed(2), s.p99_ms.toFixed(2), s.max_ms.toFixed(2)]]
        : [];
    }),
  );
  return formatTable(['scenario', 'kind', 'n', 'p50_ms', 'p99_ms', 'max_ms'], rows);
}

/** Why a scenario failed, if it did. Slow answers (over 3 s) are reported, not failed. */
function problems(r: Result): string[] {
  const out: string[] = [];
  if (r.lost > 0) {
    out.push(`${r.lost} of ${r.events} events got NO reply (lost):`);
    for (const e of r.lost_events) out.push(`    ${e.kind}: ${e.label}`);
  }
  if (r.violations > 0) {
    out.push(`${r.violations} stand-in violation(s):`);
    for (const v of r.violation_details)
      out.push(`    ${v.kind} ${v.request} (${v.schema}): ${v.issues.join('; ')}`);
  }
  if (r.throttled > 0) out.push(`${r.throttled} mention(s) answered with the rate-limit notice`);
  if (r.duplicates > 0) out.push(`${r.duplicates} event(s) answered more than once`);
  if (r.failed_requests > 0)
    out.push(`${r.failed_requests} reply request(s) refused by the stand-in (non-2xx)`);
  if (r.scrape_failures > 0) out.push(`${r.scrape_failures} /metrics scrape(s) failed during the run`);
  if (r.questions_counted !== null && r.questions_counted !== r.questions_sent)
    out.push(`bot_questions_total says ${r.questions_counted} questions; ${r.questions_sent} were sent`);
  if (r.bot_errors > 0) {
    out.push(`${r.bot_errors} error line(s) in the bot's log:`);
    for (const line of r.bot_error_lines) out.push(`    ${line}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main

function count(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min || n > MAX_EVENTS * 10)
    throw new Error(`--${name} must be an integer from ${min} to ${MAX_EVENTS * 10}`);
  return n;
}

const USAGE =
  'usage: npm run bench:bot [-- --json] [--scenario real|synthetic|both] [--interactions N] [--mentions N] [--votes N] [--charts N] [--burst N] [--facts N]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      scenario: { type: 'string', default: 'both' },
      interactions: { type: 'string' },
      mentions: { type: 'string' },
      votes: { type: 'string' },
      charts: { type: 'string' },
      burst: { type: 'string' },
      facts: { type: 'string' },
      'standin-child': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values['standin-child']) {
    await childMain();
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const settings: Settings = {
    interactions: count(values.interactions, 'interactions', DEFAULTS.interactions),
    mentions: count(values.mentions, 'mentions', DEFAULTS.mentions),
    votes: count(values.votes, 'votes', DEFAULTS.votes),
    charts: count(values.charts, 'charts', DEFAULTS.charts),
    burst: count(values.burst, 'burst', DEFAULTS.burst, 1),
  };
  if (settings.interactions > MAX_EVENTS || settings.mentions > MAX_EVENTS)
    throw new Error(`at most ${MAX_EVENTS} interactions and ${MAX_EVENTS} mentions`);
  if (settings.interactions + settings.mentions === 0) throw new Error('nothing to send');
  const facts = count(values.facts, 'facts', DEFAULTS.facts, 1);
  const scenario = values.scenario;
  if (!['real', 'synthetic', 'both'].includes(scenario)) throw new Error(USAGE);

  const startedAt = performance.now();
  const info = machine();
  const gc = collector();
  const collect = () => {
    gc();
    gc();
  };
  const cases = loadQuestionCases();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-bot-'));
  const results: Result[] = [];
  try {
    if (scenario !== 'synthetic')
      for (const charts of [true, false])
        results.push(
          await runScenario(
            {
              name: charts ? 'real' : 'real-nocharts',
              knowledge: `knowledge/ (the article)${charts ? '' : ', CHARTS=off'}`,
              dir: REAL_DIR,
              charts,
            },
            settings,
            cases,
            tmp,
            collect,
          ),
        );
    if (scenario !== 'real') {
      const dir = await syntheticDir(tmp, facts);
      results.push(
        await runScenario(
          {
            name: 'synthetic',
            knowledge: `knowledge/ merged with ${facts.toLocaleString('en')} synthetic facts (seed ${SEED})`,
            dir,
            charts: true,
          },
          settings,
          cases,
          tmp,
          collect,
        ),
      );
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const failures = results.map((r) => ({ scenario: r.scenario, problems: problems(r) }));
  const ok = failures.every((f) => f.problems.length === 0);
  const notes = [
    `per scenario: ${settings.interactions} interactions + ${settings.mentions} mentions (70% guild, 30% DM) + ${settings.votes} 👍/👎 presses + ${settings.charts} /chart, shuffled, in bursts of ${settings.burst}; the next burst starts when the last one is answered`,
    'real-nocharts: the same events with CHARTS=off (no attachments; /chart says charts are off); ix_p99_ms: interactions alone (commands, autocomplete, buttons)',
    `warm-up first (not timed): ${WARMUP.interactions} interactions + ${WARMUP.mentions} mentions from separate users`,
    'p50/p99: stand-in dispatching the event → stand-in having received (and answered) the reply request; interactions: the callback; mentions: the reply message; ix_p50_ms: interactions alone',
    `users: each asks at most RATE_LIMIT_COUNT - 1 times in the run (RATE_LIMIT_COUNT as configured, default 5), so the rate limiter never applies`,
    `the stand-in runs in a child process; max_loop_stall_ms / loop_p99_ms: monitorEventLoopDelay (resolution ${LOOP_RESOLUTION_MS} ms, the interval included) in the bot's process during the timed run`,
    `stand-in's 3 s interaction deadline off; over_3s counts interactions answered later than that (they would fail on Discord)`,
    "mention replies go through discord.js REST, which holds every bot to Discord's global 50 requests/s (interaction callbacks are exempt): mention times include that queue",
  ];

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({
        machine: info,
        settings: { ...settings, synthetic_facts: facts, warmup: WARMUP, burst_timeout_ms: BURST_TIMEOUT_MS },
        ok,
        results,
      })}\n`,
    );
  } else {
    console.log(
      `\nMachine: ${info.cpu}, ${info.cores} cores, ${info.memory_gb} GB, Node ${info.node}, ${info.platform}; load ${info.loadavg_at_start.join(' ')}\n`,
    );
    console.log(table(results));
    console.log('');
    console.log(kindTable(results));
    console.log('');
    for (const r of results)
      console.log(
        `- ${r.scenario}: ${r.knowledge}; ${r.users} users; ${r.wall_s} s (${r.events_per_s} events/s), ${r.requests} REST requests; REST waits: ${r.rest_global_waits} global, ${r.rest_bucket_waits} per bucket; bot ELU ${r.bot_elu}, stand-in ELU ${r.standin_elu}, stand-in loop max ${r.standin_loop_max_ms} ms; not-found replies ${r.not_found_replies}, empty autocompletes ${r.empty_autocomplete}; bot log: ${r.bot_errors} errors, ${r.bot_warnings} warnings; monitoring: ${r.metrics ? `served, ${r.scrapes} scrapes (${r.scrape_failures} failed), bot_questions_total ${r.questions_counted} of ${r.questions_sent} questions sent` : 'off (METRICS_PORT unset)'}`,
      );
    for (const line of notes) console.log(`- ${line}`);
    console.log(`\nTook ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
  }
  for (const f of failures) {
    if (f.problems.length === 0) continue;
    log(`\n!!! FAILED (${f.scenario}) !!!`);
    for (const line of f.problems) log(`!!! ${line}`);
  }
  if (!ok) process.exitCode = 1;

  // Everything is closed by now and the process ends by itself; if something still holds it open,
  // say what, and end anyway.
  const linger = setTimeout(() => {
    log(`!!! still open after the run: ${process.getActiveResourcesInfo().join(', ')}; exiting`);
    process.exit(process.exitCode ?? 1);
  }, 5000);
  linger.unref();
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
