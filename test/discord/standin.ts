/**
 * A local stand-in for Discord's API v10 (REST + Gateway) that the real discord.js v14 `Client`
 * can log into. Every request body is validated against Discord's OpenAPI schemas
 * (`discord-api-spec`), faults can be injected, and everything is recorded for assertions.
 *
 * Usage (see standin.test.ts for more):
 *
 *   const standin = await new DiscordStandin({ heartbeatIntervalMs: 2000 }).start();
 *   const { client, destroy } = await createTestClient(standin, { setup: (c) => installBot(c) });
 *   const ix = await standin.chatInput({
 *     name: 'company',
 *     options: [{ name: 'name', type: 3, value: '리벨리온' }],
 *     locale: 'ko',
 *   });
 *   expect(ix.callback?.type).toBe(4);               // what the bot answered
 *   expect(ix.callback?.data?.embeds).toHaveLength(1);
 *   const msg = standin.sendMessage({ content: 'hi', mentionBot: true });
 *   const reply = await standin.waitForReplyTo(msg.id);
 *   standin.assertNoViolations();
 *   await destroy();
 *   await standin.stop();
 *
 * Nothing here logs; the bot token is never recorded (gateway payloads are redacted and the
 * `authorization` header is not kept).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIMessage, APIUser } from 'discord.js';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
} from 'discord.js';
import { WebSocketServer } from 'ws';
import { Gateway, type GatewayPayloadRecord } from './gateway.ts';
import {
  isRecord,
  type SimpleIssue,
  schemaRefFor,
  toDiscordErrors,
  validateBody,
  validateResponse,
} from './validation.ts';
import {
  type ChannelState,
  type Json,
  type StoredCommand,
  shardOfGuild,
  snowflake,
  World,
  type WorldSeed,
} from './world.ts';

export type { ConnectionRecord, DispatchRecord, GatewayPayloadRecord, ResumeRecord } from './gateway.ts';
export { GatewayOp } from './gateway.ts';
export type { GuildSeed, UserSeed, WorldSeed } from './world.ts';
export { shardOfGuild, snowflakeOnShard } from './world.ts';

/** Spec paths of the routes the stand-in serves (use with `failNext({ route })` and request filters). */
export const ROUTES = {
  gateway: '/gateway',
  gatewayBot: '/gateway/bot',
  currentUser: '/users/@me',
  user: '/users/{user_id}',
  currentUserChannels: '/users/@me/channels',
  currentApplication: '/applications/@me',
  oauth2CurrentApplication: '/oauth2/applications/@me',
  channel: '/channels/{channel_id}',
  channelMessages: '/channels/{channel_id}/messages',
  channelMessage: '/channels/{channel_id}/messages/{message_id}',
  channelTyping: '/channels/{channel_id}/typing',
  guild: '/guilds/{guild_id}',
  guildChannels: '/guilds/{guild_id}/channels',
  guildRoles: '/guilds/{guild_id}/roles',
  guildMember: '/guilds/{guild_id}/members/{user_id}',
  interactionCallback: '/interactions/{interaction_id}/{interaction_token}/callback',
  webhook: '/webhooks/{webhook_id}/{webhook_token}',
  webhookOriginal: '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
  webhookMessage: '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
  globalCommands: '/applications/{application_id}/commands',
  globalCommand: '/applications/{application_id}/commands/{command_id}',
  guildCommands: '/applications/{application_id}/guilds/{guild_id}/commands',
  guildCommand: '/applications/{application_id}/guilds/{guild_id}/commands/{command_id}',
} as const;

export type SpecRoute = (typeof ROUTES)[keyof typeof ROUTES];

export interface StandinOptions extends WorldSeed {
  /** Bot token the stand-in accepts (REST `Authorization: Bot <token>`, gateway IDENTIFY/RESUME). */
  token?: string;
  /** HELLO heartbeat_interval. Default 41250 ms like Discord; tests may use less. */
  heartbeatIntervalMs?: number;
  /**
   * Discord requires the initial interaction response within 3 s, else the callback fails with
   * 10062 Unknown interaction. `null` disables the check. Default 3000.
   */
  interactionResponseDeadlineMs?: number | null;
  /** Dispatch MESSAGE_CREATE/UPDATE for the bot's own (non-ephemeral) messages, as Discord does. Default true. */
  echoOwnMessages?: boolean;
  /** Default user for injected interactions/messages (id or username). Default: first seeded user. */
  defaultUser?: string;
  /**
   * Recommended shard count reported by `GET /gateway/bot` (what `shards: 'auto'` and a
   * ShardingManager with `totalShards: 'auto'` use). Default 1. The gateway accepts any
   * `[shard_id, num_shards]` in IDENTIFY and routes each guild's events to the shard that owns it.
   */
  shards?: number;
}

/** Which requests `holdNext` holds (same matching as FaultRule). */
export interface HoldRule {
  method?: string;
  /** A spec route from ROUTES (exact), or a RegExp tested against the request path. */
  route?: string | RegExp;
}

/** A request the stand-in has not answered yet (see `holdNext`). */
export interface HeldRequest {
  /** Resolves with the held request's method and path once it has arrived (before it is processed). */
  readonly arrived: Promise<{ method: string; path: string }>;
  /** Lets the request through: it is then processed and answered as usual. */
  release(): void;
}

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  /** Position in `requests` (use as a `since` mark). */
  index: number;
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  /** Matched spec route (see ROUTES) or null when unknown. */
  route: string | null;
  params: Record<string, string>;
  query: Record<string, string>;
  /** Request headers (lower-case), without `authorization`. */
  headers: Record<string, string>;
  /** Whether a valid `Authorization: Bot <token>` header was sent. */
  authenticated: boolean;
  /** Parsed JSON body (or `payload_json` of a multipart body); undefined when none. */
  body: unknown;
  files: RecordedFile[];
  status: number;
  response: unknown;
  /** Spec schema the body was validated against. */
  schema?: string;
  valid?: boolean;
  exceptionsApplied: string[];
  /** The injected fault that produced this response, if any. */
  fault?: FaultRule;
  /** Interaction this request belongs to (callback or webhook token routes). */
  interactionId?: string;
}

export interface Violation {
  /**
   * `schema`: the body does not match the spec; `protocol`: a documented rule beyond the schema;
   * `unsupported`: a route the stand-in does not emulate (answered 404); `internal`: a stand-in bug (500).
   */
  kind: 'schema' | 'protocol' | 'unsupported' | 'internal';
  /** The offending request (its `index`/`status` are set once the response was sent). */
  request: RecordedRequest;
  method: string;
  route: string;
  schema: string;
  issues: SimpleIssue[];
  rawIssues: unknown[];
  body: unknown;
}

export interface FaultRule {
  method?: string;
  /** A spec route from ROUTES (exact), or a RegExp tested against the request path. */
  route?: string | RegExp;
  /** HTTP status; default from `code` (e.g. 10062 -> 404) or 500. */
  status?: number;
  /** Discord JSON error code, e.g. 10062 Unknown interaction, 40060 already acknowledged. */
  code?: number;
  message?: string;
  /** For 429: seconds (body `retry_after`, `Retry-After` and `X-RateLimit-Reset-After`). Default 1. */
  retryAfter?: number;
  /** For 429: global rate limit (`X-RateLimit-Global`). */
  global?: boolean;
  /** For 429: `X-RateLimit-Scope`. Default `user` (or `global`). */
  scope?: 'user' | 'shared' | 'global';
  /** How many matching requests fail. Default 1. */
  times?: number;
  /** Number of requests this rule has answered. */
  hits?: number;
}

/** HTTP statuses and messages Discord uses for its JSON error codes. */
export const DISCORD_ERRORS: Readonly<Record<number, { status: number; message: string }>> = {
  0: { status: 400, message: 'General error' },
  10003: { status: 404, message: 'Unknown Channel' },
  10004: { status: 404, message: 'Unknown Guild' },
  10007: { status: 404, message: 'Unknown Member' },
  10008: { status: 404, message: 'Unknown Message' },
  10013: { status: 404, message: 'Unknown User' },
  10015: { status: 404, message: 'Unknown Webhook' },
  10062: { status: 404, message: 'Unknown interaction' },
  10063: { status: 404, message: 'Unknown application command' },
  40060: { status: 400, message: 'Interaction has already been acknowledged.' },
  50001: { status: 403, message: 'Missing Access' },
  50005: { status: 403, message: 'Cannot edit a message authored by another user' },
  50006: { status: 400, message: 'Cannot send an empty message' },
  50007: { status: 403, message: 'Cannot send messages to this user' },
  50013: { status: 403, message: 'Missing Permissions' },
  50035: { status: 400, message: 'Invalid Form Body' },
  50109: { status: 400, message: 'The request body contains invalid JSON.' },
};

export interface InteractionContextInput {
  /** Invoking user (id or username). Default: `defaultUser`. */
  user?: string;
  /** Invoke in the bot's DM instead of a guild channel. */
  dm?: boolean;
  /** Guild (id or name). Default: first guild. */
  guild?: string;
  /** Channel (id or name). Default: the guild's first channel. */
  channel?: string;
  /** User's client locale. Default `en-US`. */
  locale?: string;
  /** Guild's preferred locale. Default: the guild's configured locale. */
  guildLocale?: string;
  /** `member.permissions` override (default: computed from roles). */
  permissions?: bigint | string;
  /** `app_permissions` override (default: the bot's permissions, computed from roles). */
  appPermissions?: bigint | string;
}

export interface CommandInteractionInput extends InteractionContextInput {
  name: string;
  /** Raw interaction options (name/type/value, nested for subcommands). */
  options?: Json[];
  /** Command type (default chat input). */
  commandType?: ApplicationCommandType;
  /** Command id (default: the registered command's id, else a fresh snowflake). */
  commandId?: string;
  /** `data.resolved` (default: built for USER/ROLE/CHANNEL/MENTIONABLE option values). */
  resolved?: Json;
  /** `data.target_id` of a user or message command. */
  targetId?: string;
}

export interface MessageCommandInput extends InteractionContextInput {
  name: string;
  /** The message right-clicked (a stored message's id). */
  message: string;
}

export interface ForumPostInput {
  /** The forum channel (id or name). */
  forum: string;
  guild?: string;
  /** Author (id or username). Default: `defaultUser`. */
  author?: string;
  title: string;
  content: string;
}

export interface AutocompleteInput extends CommandInteractionInput {
  /** Name of the focused option (alternatively set `focused: true` on the option). */
  focused?: string;
}

export interface ComponentInteractionInput extends InteractionContextInput {
  customId: string;
  /** Default: string select when `values` is given, else button. */
  componentType?: ComponentType;
  values?: string[];
  /** Message carrying the component (id of a stored message, or an object). Default: synthesized. */
  message?: string | APIMessage;
}

export interface SettleOptions {
  /** Resolve when this holds (default: initial response received and, after a deferral, the reply edited). */
  until?: (interaction: InteractionHandle) => boolean;
  timeoutMs?: number;
}

export interface MessageInput {
  content: string;
  /** Author (id or username). Default: `defaultUser`. */
  author?: string;
  /** Guild channel (id or name). Default: the first guild's first channel. */
  channel?: string;
  guild?: string;
  /** Send in the DM between the author and the bot. */
  dm?: boolean;
  /** Prefix the content with a mention of the bot. */
  mentionBot?: boolean;
  /** Mentioned users (ids or usernames). Default: parsed from `<@id>` in the content. */
  mentions?: string[];
  /** Mentioned role ids. Default: parsed from `<@&id>`. */
  mentionRoles?: string[];
  /** Default: content contains @everyone or @here. */
  mentionEveryone?: boolean;
  /**
   * Id of the message this one replies to (a stored message, or one deleted since: then, as on Discord,
   * `referenced_message` is null).
   */
  replyTo?: string;
  /**
   * Whether the reply pings the author of the message it replies to (Discord's default, which the user
   * may turn off): they are then among the message's `mentions`. Default true.
   */
  replyPing?: boolean;
  /**
   * Whether MESSAGE_CREATE carries the replied-to message (`referenced_message`). Discord usually
   * sends it; without it a bot must fetch the message. Default true.
   */
  includeReferenced?: boolean;
  embeds?: Json[];
}

const LOADING_FLAG = 1 << 7;
const DEFAULT_TIMEOUT_MS = 5000;

/** A dispatched interaction and everything the bot did with it. */
export class InteractionHandle {
  /** The initial response (interaction callback), once acknowledged. */
  callback?: { type: number; data: Json | undefined; request: RecordedRequest };
  /** Current state of the `@original` response message. */
  original?: APIMessage;
  /** Follow-up messages (a follow-up that replaced a deferred reply is also here). */
  readonly followups: APIMessage[] = [];
  /** Edits through the interaction webhook. */
  readonly edits: Array<{ target: string; body: Json; message: APIMessage }> = [];
  /** Deleted message ids (`@original` resolved to its id). */
  readonly deleted: string[] = [];
  /** All REST requests that referenced this interaction (including failed ones). */
  readonly requests: RecordedRequest[] = [];
  readonly createdAt = Date.now();
  /** Set by `expireInteraction()` (or when the response deadline passed): callbacks get 10062. */
  expired = false;

  constructor(
    readonly id: string,
    readonly token: string,
    readonly type: InteractionType,
    readonly payload: Json,
    /** Message a component interaction came from (target of type 6/7 updates). */
    readonly sourceMessage: APIMessage | undefined,
    private readonly waiter: Waiter,
  ) {}

  get acknowledged(): boolean {
    return this.callback !== undefined;
  }

  /** Autocomplete choices sent with callback type 8. */
  get choices(): Json[] | undefined {
    const choices = this.callback?.data?.choices;
    return Array.isArray(choices) ? (choices as Json[]) : undefined;
  }

  /** Waits until `predicate(this)` holds. */
  waitFor(
    predicate: (interaction: InteractionHandle) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<this> {
    return this.waiter.until(
      () => (predicate(this) ? this : undefined),
      timeoutMs,
      () => this.describe(),
    );
  }

  describe(): string {
    const requests = this.requests.map((r) => `${r.method} ${r.route} -> ${r.status}`).join('; ') || 'none';
    return `interaction ${this.id} (type ${this.type}): callback=${this.callback?.type ?? 'none'}, requests: ${requests}`;
  }
}

interface Waiter {
  until<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T>;
}

interface PendingWait {
  probe: () => boolean;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface RouteContext {
  record: RecordedRequest;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  interaction?: InteractionHandle;
}

interface RouteDef {
  method: string;
  route: SpecRoute;
  auth: boolean;
  handle: (ctx: RouteContext) => Reply;
}

export class DiscordStandin {
  readonly world: World;
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Schema / protocol violations. Use assertNoViolations(). */
  readonly violations: Violation[] = [];
  /** Interactions dispatched by the helpers, by id. */
  readonly interactions = new Map<string, InteractionHandle>();
  readonly gateway: Gateway;
  private readonly token: string;
  private readonly options: Required<
    Pick<StandinOptions, 'heartbeatIntervalMs' | 'interactionResponseDeadlineMs' | 'echoOwnMessages'>
  >;
  private readonly defaultUserRef: string;
  private readonly faults: FaultRule[] = [];
  private readonly holds: Array<
    HoldRule & {
      arrive: (request: { method: string; path: string }) => void;
      released: Promise<void>;
      release: () => void;
    }
  > = [];
  private readonly heldRequests = new Set<() => void>();
  private readonly recommendedShards: number;
  private readonly waits = new Set<PendingWait>();
  private readonly routes: RouteDef[];
  private server?: Server;
  private wss?: WebSocketServer;
  private port = 0;

  constructor(options: StandinOptions = {}) {
    this.token = options.token ?? 'standin.fake-token.not-a-secret';
    this.world = new World(options);
    this.options = {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      interactionResponseDeadlineMs:
        options.interactionResponseDeadlineMs === undefined ? 3000 : options.interactionResponseDeadlineMs,
      echoOwnMessages: options.echoOwnMessages ?? true,
    };
    this.recommendedShards = options.shards ?? 1;
    const firstUser = [...this.world.users.values()].find((u) => u.id !== this.world.bot.id);
    this.defaultUserRef = options.defaultUser ?? firstUser?.id ?? this.world.bot.id;
    this.gateway = new Gateway({
      world: this.world,
      token: this.token,
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
      baseUrl: () => this.gatewayUrl,
      notify: () => this.notify(),
      requestsAnswered: () => this.requests.length,
    });
    this.routes = this.buildRoutes();
  }

  // ---------------------------------------------------------------- lifecycle

  async start(): Promise<this> {
    if (this.server) return this;
    const server = createServer((req, res) => {
      this.onHttp(req, res).catch(() => res.destroy());
    });
    const wss = new WebSocketServer({ server });
    this.gateway.attach(wss);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    this.wss = wss;
    return this;
  }

  async stop(): Promise<void> {
    for (const release of [...this.heldRequests]) release();
    this.holds.length = 0;
    for (const wait of this.waits) {
      clearTimeout(wait.timer);
      wait.reject(new Error('stand-in stopped'));
    }
    this.waits.clear();
    this.gateway.closeAll();
    const { server, wss } = this;
    this.server = undefined;
    this.wss = undefined;
    if (wss) await new Promise<void>((resolve) => wss.close(() => resolve()));
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** For discord.js `new Client({ rest: { api: standin.restUrl } })` (discord.js appends `/v10`). */
  get restUrl(): string {
    return `http://127.0.0.1:${this.requirePort()}/api`;
  }

  /** The gateway URL returned by `GET /gateway/bot` (and used as `resume_gateway_url`). */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.requirePort()}`;
  }

  /** The bot token to log in with. Never print it. */
  get botToken(): string {
    return this.token;
  }

  get botUser(): APIUser {
    return this.world.bot;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  /** Id of a guild (default: the first). */
  guildId(ref?: string): string {
    return this.world.guild(ref).id;
  }

  /** The shard (of `shardCount`) that receives a guild's events, as Discord computes it. */
  shardOf(guild: string | undefined, shardCount: number): number {
    return shardOfGuild(this.guildId(guild), shardCount);
  }

  /** Id of a guild channel by name (default guild: the first). */
  channelId(name: string, guild?: string): string {
    return this.world.channel(name, guild).id;
  }

  userId(ref: string): string {
    return this.world.user(ref).id;
  }

  /** The DM channel id between the bot and a user (created on demand). */
  dmChannelId(user: string): string {
    return this.world.dmChannel(user).id;
  }

  /** Registered commands (global, or for a guild). */
  commands(guild?: string): StoredCommand[] {
    if (guild === undefined) return [...this.world.globalCommands.values()];
    return [...(this.world.guildCommands.get(this.guildId(guild))?.values() ?? [])];
  }

  // ---------------------------------------------------------------- fault injection & assertions

  /** Makes the next matching request(s) fail. Returns the rule (its `hits` counts uses). */
  failNext(rule: FaultRule): FaultRule {
    const stored: FaultRule = { ...rule, times: rule.times ?? 1, hits: 0 };
    this.faults.push(stored);
    return stored;
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /**
   * Holds the next matching REST request before it is processed: the client waits for its response
   * until `release()`. For tests that need something to be "in flight" at a chosen moment.
   * Requests still held when the stand-in stops are released.
   */
  holdNext(rule: HoldRule = {}): HeldRequest {
    let arrive: (request: { method: string; path: string }) => void = () => {};
    const arrived = new Promise<{ method: string; path: string }>((resolve) => {
      arrive = resolve;
    });
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.push({ ...rule, arrive, released, release });
    return { arrived, release };
  }

  /** Throws if any request violated the spec or a documented protocol rule. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => {
      const issues = v.issues.map((i) => `    - ${i.path || '(root)'}: ${i.message} [${i.code}]`).join('\n');
      return `  ${v.kind} violation: ${v.method} ${v.route} (request #${v.request.index}) against ${v.schema}\n${issues}`;
    });
    throw new Error(`Discord stand-in recorded ${this.violations.length} violation(s):\n${lines.join('\n')}`);
  }

  /** Returns and clears the recorded violations (for tests that provoke them on purpose). */
  takeViolations(): Violation[] {
    return this.violations.splice(0, this.violations.length);
  }

  /** Waits for a REST request matching `predicate` (recorded after its response was sent). */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    since = 0,
  ): Promise<RecordedRequest> {
    return this.until(
      () => this.requests.slice(since).find(predicate),
      timeoutMs,
      () =>
        `REST request; seen: ${this.requests.slice(since).map((r) => `${r.method} ${r.path} ${r.status}`)}`,
    );
  }

  /** Waits for a payload received from a gateway client (e.g. `(p) => p.op === GatewayOp.Resume`). */
  waitForGateway(
    predicate: (payload: GatewayPayloadRecord) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    since = 0,
  ): Promise<GatewayPayloadRecord> {
    return this.until(
      () => this.gateway.received.slice(since).find(predicate),
      timeoutMs,
      () => `gateway payload; seen ops: ${this.gateway.received.slice(since).map((p) => p.op)}`,
    );
  }

  /** Waits for the bot's reply (`message_reference`) to a message. */
  waitForReplyTo(messageId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.route === ROUTES.channelMessages &&
        r.status === 200 &&
        isRecord(r.body) &&
        isRecord(r.body.message_reference) &&
        r.body.message_reference.message_id === messageId,
      timeoutMs,
    );
  }

  // ---------------------------------------------------------------- gateway control

  /** Drops the gateway connection(s). 1006 = abnormal closure (socket killed). */
  dropConnection(code = 1006, options: { reason?: string; invalidateSession?: boolean } = {}): void {
    this.gateway.drop(code, options.reason, options.invalidateSession);
  }

  /** Sends op 7 RECONNECT. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Sends op 9 INVALID_SESSION. */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSession(resumable);
  }

  /**
   * Makes an unacknowledged interaction behave as if Discord's 3 s response window had passed
   * (its callback then fails with 10062 Unknown interaction) without waiting for the clock.
   */
  expireInteraction(interaction: InteractionHandle | string): void {
    const handle = typeof interaction === 'string' ? this.interactions.get(interaction) : interaction;
    if (!handle) throw new Error(`stand-in: unknown interaction ${String(interaction)}`);
    handle.expired = true;
  }

  /** Dispatches a raw gateway event to the connected bot. */
  dispatch(t: string, d: Json): number {
    return this.gateway.dispatch(t, d);
  }

  // ---------------------------------------------------------------- injection helpers

  /**
   * Dispatches INTERACTION_CREATE. Missing `id`, `token`, `application_id`, `version`, `locale`,
   * `entitlements`, `attachment_size_limit` are filled in. Returns immediately.
   */
  sendInteraction(payload: Json, sourceMessage?: APIMessage): InteractionHandle {
    const id = typeof payload.id === 'string' ? payload.id : snowflake();
    const full: Json = {
      id,
      application_id: this.world.applicationId,
      // Real tokens are base64url of "interaction:<id>:<secret>".
      token: Buffer.from(`interaction:${id}:${randomBytes(48).toString('hex')}`).toString('base64url'),
      version: 1,
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
      // Always present on real interactions (discord.js reads both).
      context: typeof payload.guild_id === 'string' ? 0 : 1,
      authorizing_integration_owners: { '0': typeof payload.guild_id === 'string' ? payload.guild_id : '0' },
      ...payload,
    };
    const handle = new InteractionHandle(
      id,
      String(full.token),
      Number(full.type),
      full,
      sourceMessage,
      this,
    );
    this.interactions.set(id, handle);
    if (this.gateway.dispatch('INTERACTION_CREATE', full) === 0) {
      throw new Error(
        'stand-in: no gateway session to deliver the interaction to (is the client logged in?)',
      );
    }
    return handle;
  }

  /** A chat-input (slash) command interaction. Resolves when settled (see SettleOptions). */
  async chatInput(input: CommandInteractionInput, settle?: SettleOptions): Promise<InteractionHandle> {
    const handle = this.sendInteraction(this.commandPayload(InteractionType.ApplicationCommand, input));
    return this.settle(handle, settle);
  }

  /** An autocomplete interaction; resolves once the bot responded (type 8). */
  async autocomplete(input: AutocompleteInput, settle?: SettleOptions): Promise<InteractionHandle> {
    const options = markFocused(input.options ?? [], input.focused);
    if (!hasFocused(options)) {
      throw new Error(
        'stand-in: an autocomplete interaction needs exactly one focused option (set `focused`)',
      );
    }
    const payload = this.commandPayload(InteractionType.ApplicationCommandAutocomplete, {
      ...input,
      options,
    });
    return this.settle(this.sendInteraction(payload), settle);
  }

  /** A message component interaction (button / string select). */
  async component(input: ComponentInteractionInput, settle?: SettleOptions): Promise<InteractionHandle> {
    const componentType =
      input.componentType ?? (input.values ? ComponentType.StringSelect : ComponentType.Button);
    const context = this.interactionContext(input);
    const channelId = String(context.channel_id);
    const message = this.componentMessage(input, componentType, channelId);
    const data: Json = { custom_id: input.customId, component_type: componentType };
    if (input.values) data.values = input.values;
    const payload: Json = { type: InteractionType.MessageComponent, ...context, data, message };
    return this.settle(this.sendInteraction(payload, message), settle);
  }

  /**
   * A message command (type 3) on a stored message: Discord puts the whole message, content
   * included whatever the intents, in `data.resolved.messages`.
   */
  async messageCommand(input: MessageCommandInput, settle?: SettleOptions): Promise<InteractionHandle> {
    const message = this.world.messages.get(input.message);
    if (!message) throw new Error(`stand-in: unknown message ${input.message}`);
    const payload = this.commandPayload(InteractionType.ApplicationCommand, {
      ...input,
      commandType: ApplicationCommandType.Message,
      targetId: message.id,
      resolved: { messages: { [message.id]: message } },
    });
    return this.settle(this.sendInteraction(payload), settle);
  }

  /**
   * A new post in a forum channel, as Discord delivers it: THREAD_CREATE (a public thread in the
   * forum, `newly_created`), then MESSAGE_CREATE of its first message, whose id is the thread's.
   */
  forumPost(input: ForumPostInput): { thread: Json; message: APIMessage } {
    const forum = this.world.channel(input.forum, input.guild);
    if (forum.object.type !== ChannelType.GuildForum)
      throw new Error(`stand-in: ${input.forum} is not a forum`);
    const guildId = forum.guildId ?? '';
    const author = this.world.user(input.author ?? this.defaultUserRef);
    const id = snowflake();
    const thread: Json = {
      id,
      guild_id: guildId,
      parent_id: forum.id,
      owner_id: author.id,
      type: ChannelType.PublicThread,
      name: input.title,
      last_message_id: id,
      rate_limit_per_user: 0,
      flags: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      applied_tags: [],
      thread_metadata: {
        archived: false,
        auto_archive_duration: 4320,
        archive_timestamp: new Date().toISOString(),
        locked: false,
        create_timestamp: new Date().toISOString(),
      },
    };
    const state: ChannelState = { id, guildId, object: thread };
    this.world.channels.set(id, state);
    this.gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    const message = { ...this.world.buildMessage({ channelId: id, author, content: input.content }), id };
    this.world.storeMessage(message);
    this.gateway.dispatch('MESSAGE_CREATE', this.gatewayMessage(message, state));
    return { thread, message };
  }

  /** Someone deletes a message (MESSAGE_DELETE is dispatched); the stored copy goes. */
  deleteMessage(messageId: string): void {
    const message = this.world.messages.get(messageId);
    if (!message) throw new Error(`stand-in: unknown message ${messageId}`);
    this.world.deleteMessage(messageId);
    const guildId = this.world.channels.get(message.channel_id)?.guildId;
    this.gateway.dispatch('MESSAGE_DELETE', {
      id: message.id,
      channel_id: message.channel_id,
      ...(guildId ? { guild_id: guildId } : {}),
    });
  }

  button(input: Omit<ComponentInteractionInput, 'componentType' | 'values'>, settle?: SettleOptions) {
    return this.component({ ...input, componentType: ComponentType.Button }, settle);
  }

  selectMenu(
    input: Omit<ComponentInteractionInput, 'componentType'> & { values: string[] },
    settle?: SettleOptions,
  ) {
    return this.component({ ...input, componentType: ComponentType.StringSelect }, settle);
  }

  /** Dispatches MESSAGE_CREATE from a user (guild channel or DM) and returns the message. */
  sendMessage(input: MessageInput): APIMessage {
    const author = this.world.user(input.author ?? this.defaultUserRef);
    const channel = input.dm
      ? this.world.dmChannel(author.id)
      : this.world.channel(input.channel ?? this.defaultChannelName(input.guild), input.guild);
    const content = input.mentionBot ? `<@${this.world.bot.id}> ${input.content}` : input.content;
    const reply = input.replyTo ? this.replyReference(input.replyTo, channel, input) : undefined;
    const mentionIds = input.mentions?.map((ref) => this.world.user(ref).id) ?? parseUserMentions(content);
    if (reply?.pinged && !mentionIds.includes(reply.pinged.id)) mentionIds.push(reply.pinged.id);
    const mentions = mentionIds.flatMap((id) => {
      const user = this.world.users.get(id);
      return user ? [user] : [];
    });
    const message = this.world.buildMessage({
      channelId: channel.id,
      author,
      content,
      embeds: input.embeds,
      mentions,
      mentionRoles: input.mentionRoles ?? [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1] ?? ''),
      mentionEveryone: input.mentionEveryone ?? /@(everyone|here)\b/.test(content),
      type: reply ? MessageType.Reply : MessageType.Default,
      messageReference: reply?.reference,
      referencedMessage: reply?.referenced,
    });
    const checked = validateResponse('MessageResponse', message);
    if (!checked.ok)
      throw new Error(`stand-in: the message is not as Discord sends it: ${JSON.stringify(checked.issues)}`);
    this.world.storeMessage(message);
    const event = this.gatewayMessage(message, channel);
    if (reply && input.includeReferenced === false) delete event.referenced_message;
    this.gateway.dispatch('MESSAGE_CREATE', event);
    return message;
  }

  /**
   * What a reply carries about the message it replies to: the reference; the message itself (without
   * its own `referenced_message`: Discord nests one level), or null when it was deleted; and whom the
   * reply pings.
   */
  private replyReference(
    messageId: string,
    channel: ChannelState,
    input: MessageInput,
  ): { reference: Json; referenced: APIMessage | null; pinged?: APIUser } {
    const stored = this.world.messages.get(messageId);
    const target = stored ?? this.world.deletedMessages.get(messageId);
    if (!target) throw new Error(`stand-in: unknown message ${messageId}`);
    if (target.channel_id !== channel.id)
      throw new Error(`stand-in: message ${messageId} is in another channel than the reply`);
    const reference: Json = { type: 0, message_id: target.id, channel_id: channel.id };
    if (channel.guildId) reference.guild_id = channel.guildId;
    if (!stored) return { reference, referenced: null };
    const pinged = input.replyPing === false ? undefined : stored.author;
    return { reference, referenced: oneLevel(stored), ...(pinged ? { pinged } : {}) };
  }

  // ---------------------------------------------------------------- internals: waiting

  until<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const immediate = probe();
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      const wait: PendingWait = {
        probe: () => {
          const value = probe();
          if (value === undefined) return false;
          clearTimeout(wait.timer);
          resolve(value);
          return true;
        },
        reject,
        timer: setTimeout(() => {
          this.waits.delete(wait);
          reject(new Error(`stand-in: timed out after ${timeoutMs} ms waiting for ${describe()}`));
        }, timeoutMs),
      };
      this.waits.add(wait);
    });
  }

  private notify(): void {
    for (const wait of [...this.waits]) if (wait.probe()) this.waits.delete(wait);
  }

  private settle(handle: InteractionHandle, settle: SettleOptions = {}): Promise<InteractionHandle> {
    const until =
      settle.until ??
      ((h: InteractionHandle) => {
        if (!h.callback) return false;
        if (h.callback.type === InteractionResponseType.DeferredChannelMessageWithSource) {
          return h.original !== undefined && ((h.original.flags ?? 0) & LOADING_FLAG) === 0;
        }
        return true;
      });
    return handle.waitFor(until, settle.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  // ---------------------------------------------------------------- internals: payload builders

  private defaultChannelName(guild?: string): string {
    const first = this.world.guild(guild).channels[0];
    if (!first) throw new Error('stand-in: guild has no channels');
    return String(first.id);
  }

  private interactionContext(input: InteractionContextInput): Json {
    const user = this.world.user(input.user ?? this.defaultUserRef);
    const locale = input.locale ?? 'en-US';
    if (input.dm) {
      const channel = this.world.dmChannel(user.id);
      return {
        user,
        channel_id: channel.id,
        channel: {
          id: channel.id,
          type: ChannelType.DM,
          flags: 0,
          last_message_id: null,
          recipients: [user],
        },
        locale,
        app_permissions: bits(input.appPermissions ?? DM_APP_PERMISSIONS),
        context: 1,
        authorizing_integration_owners: { '0': '0' },
      };
    }
    const guild = this.world.guild(input.guild);
    const channel = this.world.channel(input.channel ?? this.defaultChannelName(guild.id), guild.id);
    if (!guild.members.has(user.id))
      throw new Error(`stand-in: ${user.username} is not a member of ${guild.name}`);
    const memberPermissions = bits(input.permissions ?? this.world.permissions(guild.id, user.id));
    const appPermissions = bits(input.appPermissions ?? this.world.permissions(guild.id, this.world.bot.id));
    return {
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
      channel_id: channel.id,
      channel: { ...channel.object, guild_id: guild.id, permissions: memberPermissions },
      member: { ...this.world.memberObject(guild.id, user.id), permissions: memberPermissions },
      locale,
      guild_locale: input.guildLocale ?? guild.preferredLocale,
      app_permissions: appPermissions,
      context: 0,
      authorizing_integration_owners: { '0': guild.id },
    };
  }

  private commandPayload(type: InteractionType, input: CommandInteractionInput): Json {
    const context = this.interactionContext(input);
    const commandType = input.commandType ?? ApplicationCommandType.ChatInput;
    const guildId = typeof context.guild_id === 'string' ? context.guild_id : undefined;
    const registered = this.findCommand(input.name, commandType, guildId);
    const data: Json = {
      id: input.commandId ?? registered?.id ?? snowflake(),
      name: input.name,
      type: commandType,
    };
    if (registered?.guild_id) data.guild_id = registered.guild_id;
    if (input.targetId) data.target_id = input.targetId;
    if (input.options && input.options.length > 0) data.options = input.options;
    const resolved = input.resolved ?? this.resolveOptions(input.options ?? [], guildId);
    if (resolved) data.resolved = resolved;
    return { type, ...context, data };
  }

  private findCommand(name: string, type: number, guildId?: string): StoredCommand | undefined {
    const scopes = [guildId ? this.world.guildCommands.get(guildId) : undefined, this.world.globalCommands];
    for (const scope of scopes) {
      for (const command of scope?.values() ?? [])
        if (command.name === name && command.type === type) return command;
    }
    return undefined;
  }

  private resolveOptions(options: Json[], guildId?: string): Json | undefined {
    const users: Json = {};
    const members: Json = {};
    const roles: Json = {};
    const channels: Json = {};
    const walk = (list: Json[]) => {
      for (const option of list) {
        if (Array.isArray(option.options)) walk(option.options as Json[]);
        const value = typeof option.value === 'string' ? option.value : undefined;
        if (!value) continue;
        const type = option.type;
        if (type === ApplicationCommandOptionType.User || type === ApplicationCommandOptionType.Mentionable) {
          const user = this.world.users.get(value);
          if (user) {
            users[value] = user;
            if (guildId && this.world.member(guildId, value)) {
              members[value] = this.world.memberObject(guildId, value, false);
            }
          }
        }
        if (type === ApplicationCommandOptionType.Role || type === ApplicationCommandOptionType.Mentionable) {
          const role = guildId
            ? this.world.guilds.get(guildId)?.roles.find((r) => r.id === value)
            : undefined;
          if (role) roles[value] = role;
        }
        if (type === ApplicationCommandOptionType.Channel) {
          const channel = this.world.channels.get(value);
          if (channel) channels[value] = { ...channel.object, permissions: '0' };
        }
      }
    };
    walk(options);
    const resolved: Json = {};
    if (Object.keys(users).length) resolved.users = users;
    if (Object.keys(members).length) resolved.members = members;
    if (Object.keys(roles).length) resolved.roles = roles;
    if (Object.keys(channels).length) resolved.channels = channels;
    return Object.keys(resolved).length ? resolved : undefined;
  }

  private componentMessage(
    input: ComponentInteractionInput,
    componentType: number,
    channelId: string,
  ): APIMessage {
    if (typeof input.message === 'object') return input.message;
    if (typeof input.message === 'string') {
      const stored = this.world.messages.get(input.message);
      if (!stored) throw new Error(`stand-in: unknown message ${input.message}`);
      return stored;
    }
    const component: Json =
      componentType === ComponentType.Button
        ? { type: ComponentType.Button, style: 1, label: input.customId, custom_id: input.customId }
        : {
            type: componentType,
            custom_id: input.customId,
            options: (input.values ?? []).map((value) => ({ label: value, value })),
            min_values: 1,
            max_values: Math.max(1, input.values?.length ?? 1),
          };
    const message = this.world.buildMessage({
      channelId,
      author: this.world.bot,
      content: 'Pick one',
      components: [{ type: ComponentType.ActionRow, components: [component] }],
    });
    return this.world.storeMessage(message);
  }

  private gatewayMessage(message: APIMessage, channel: ChannelState | undefined): Json {
    const d: Json = { ...(message as unknown as Json) };
    // Discord sends the channel's type, and discord.js needs it to handle a DM from an unknown channel.
    if (channel && typeof channel.object.type === 'number') d.channel_type = channel.object.type;
    if (channel?.guildId) {
      d.guild_id = channel.guildId;
      if (this.world.member(channel.guildId, message.author.id)) {
        d.member = this.world.memberObject(channel.guildId, message.author.id, false);
      }
      d.mentions = message.mentions.map((user) =>
        this.world.member(channel.guildId ?? '', user.id)
          ? { ...user, member: this.world.memberObject(channel.guildId ?? '', user.id, false) }
          : user,
      );
    }
    return d;
  }

  private echo(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage): void {
    if (!this.options.echoOwnMessages) return;
    if ((message.flags ?? 0) & MessageFlags.Ephemeral) return;
    this.gateway.dispatch(t, this.gatewayMessage(message, this.world.channels.get(message.channel_id)));
  }

  // ---------------------------------------------------------------- internals: HTTP

  private requirePort(): number {
    if (!this.port) throw new Error('stand-in: call start() first');
    return this.port;
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (key !== 'authorization' && value !== undefined)
        headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    const authenticated = req.headers.authorization === `Bot ${this.token}`;
    const prefix = '/api/v10';
    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
    await this.holdIfAsked(method, path);
    const record: RecordedRequest = {
      index: -1,
      method,
      path,
      route: null,
      params: {},
      query: Object.fromEntries(url.searchParams),
      headers,
      authenticated,
      body: undefined,
      files: [],
      status: 0,
      response: undefined,
      exceptionsApplied: [],
    };
    let reply: Reply;
    try {
      reply = await this.process(record, url, raw, req.headers['content-type'] ?? '');
    } catch (error) {
      const message = `stand-in error: ${(error as Error).message}`;
      reply = { status: 500, body: { message, code: 0 } };
      this.pushViolation('internal', record, 'stand-in', [{ path: '', code: 'internal', message }]);
    }
    if (record.route === null && reply.status === 404) {
      this.pushViolation('unsupported', record, 'route', [
        { path: '', code: 'unsupported_route', message: `${record.method} ${record.path} is not emulated` },
      ]);
    }
    record.status = reply.status;
    record.response = reply.body;
    const responseHeaders: Record<string, string> = { ...this.rateLimitHeaders(record), ...reply.headers };
    if (reply.body !== undefined && reply.status !== 204) {
      responseHeaders['content-type'] = 'application/json';
      res.writeHead(reply.status, responseHeaders);
      res.end(JSON.stringify(reply.body));
    } else {
      res.writeHead(reply.status, responseHeaders);
      res.end();
    }
    record.index = this.requests.length;
    this.requests.push(record);
    const interaction = record.interactionId ? this.interactions.get(record.interactionId) : undefined;
    interaction?.requests.push(record);
    this.notify();
  }

  private async process(record: RecordedRequest, url: URL, raw: Buffer, contentType: string): Promise<Reply> {
    if (!url.pathname.startsWith('/api/v10/')) {
      return error(404, 0, '404: Not Found');
    }
    const match = this.match(record.method, record.path);
    if (!match) {
      return error(this.routes.some((r) => matchPath(r.route, record.path)) ? 405 : 404, 0, '404: Not Found');
    }
    const { def, params } = match;
    record.route = def.route;
    record.params = params;

    // Body
    if (raw.length > 0) {
      try {
        if (contentType.startsWith('multipart/form-data')) {
          const parsed = await parseMultipart(raw, contentType);
          record.body = parsed.body;
          record.files = parsed.files;
        } else {
          record.body = JSON.parse(raw.toString('utf8'));
        }
      } catch {
        return error(400, 50109);
      }
    }

    // Interaction association
    const interaction = this.interactionFor(params);
    if (interaction) record.interactionId = interaction.id;

    // Validation against the spec
    let violation: Violation | undefined;
    const ref = record.body !== undefined ? schemaRefFor(record.method, def.route, record.body) : undefined;
    if (ref) {
      const result = validateBody(ref, record.body);
      record.schema = result.schema;
      record.valid = result.ok;
      record.exceptionsApplied = result.exceptionsApplied;
      if (!result.ok) {
        violation = {
          kind: 'schema',
          request: record,
          method: record.method,
          route: def.route,
          schema: result.schema,
          issues: result.issues,
          rawIssues: result.rawIssues,
          body: record.body,
        };
        this.violations.push(violation);
      }
    }

    if (def.auth && !record.authenticated) return error(401, 0, '401: Unauthorized');

    const fault = this.takeFault(record);
    if (fault) {
      record.fault = fault;
      return this.faultReply(fault, record);
    }
    if (violation) {
      return {
        status: 400,
        body: { code: 50035, message: 'Invalid Form Body', errors: toDiscordErrors(violation.issues) },
      };
    }
    return def.handle({
      record,
      params,
      query: url.searchParams,
      body: record.body,
      files: record.files,
      interaction,
    });
  }

  private async holdIfAsked(method: string, path: string): Promise<void> {
    const route = this.match(method, path)?.def.route;
    const index = this.holds.findIndex(
      (rule) =>
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (rule.route === undefined ||
          (typeof rule.route === 'string' ? rule.route === route : rule.route.test(path))),
    );
    const hold = this.holds[index];
    if (!hold) return;
    this.holds.splice(index, 1);
    this.heldRequests.add(hold.release);
    hold.arrive({ method, path });
    await hold.released;
    this.heldRequests.delete(hold.release);
  }

  private match(method: string, path: string): { def: RouteDef; params: Record<string, string> } | undefined {
    for (const def of this.routes) {
      if (def.method !== method) continue;
      const params = matchPath(def.route, path);
      if (params) return { def, params };
    }
    return undefined;
  }

  private interactionFor(params: Record<string, string>): InteractionHandle | undefined {
    if (params.interaction_id) return this.interactions.get(params.interaction_id);
    if (params.webhook_token) {
      for (const handle of this.interactions.values())
        if (handle.token === params.webhook_token) return handle;
    }
    return undefined;
  }

  private takeFault(record: RecordedRequest): FaultRule | undefined {
    const index = this.faults.findIndex(
      (rule) =>
        (rule.method === undefined || rule.method.toUpperCase() === record.method) &&
        (rule.route === undefined ||
          (typeof rule.route === 'string' ? rule.route === record.route : rule.route.test(record.path))),
    );
    if (index === -1) return undefined;
    const rule = this.faults[index];
    if (!rule) return undefined;
    rule.hits = (rule.hits ?? 0) + 1;
    if (rule.hits >= (rule.times ?? 1)) this.faults.splice(index, 1);
    return rule;
  }

  private faultReply(rule: FaultRule, record: RecordedRequest): Reply {
    const known = rule.code !== undefined ? DISCORD_ERRORS[rule.code] : undefined;
    const status = rule.status ?? known?.status ?? 500;
    if (status === 429) {
      const retryAfter = rule.retryAfter ?? 1;
      const scope = rule.scope ?? (rule.global ? 'global' : 'user');
      const headers: Record<string, string> = {
        'retry-after': String(retryAfter),
        'x-ratelimit-scope': scope,
      };
      if (rule.global) {
        headers['x-ratelimit-global'] = 'true';
      } else {
        Object.assign(headers, this.rateLimitHeaders(record), {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': retryAfter.toFixed(3),
          'x-ratelimit-reset': ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
        });
      }
      const body: Json = {
        message: rule.message ?? 'You are being rate limited.',
        retry_after: retryAfter,
        global: rule.global ?? false,
      };
      if (rule.code !== undefined) body.code = rule.code;
      return { status, headers, body };
    }
    if (status >= 500) {
      return {
        status,
        body: { message: rule.message ?? `${status}: Internal Server Error`, code: rule.code ?? 0 },
      };
    }
    return error(status, rule.code ?? 0, rule.message ?? known?.message ?? `${status}: Error`);
  }

  private rateLimitHeaders(record: RecordedRequest): Record<string, string> {
    if (!record.route) return {};
    const bucket = createHash('sha1').update(`${record.method} ${record.route}`).digest('hex').slice(0, 32);
    return {
      'x-ratelimit-bucket': bucket,
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '4',
      'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': '1.000',
    };
  }

  private protocolViolation(record: RecordedRequest, schema: string, issues: SimpleIssue[]): void {
    this.pushViolation('protocol', record, schema, issues);
  }

  private pushViolation(
    kind: Violation['kind'],
    record: RecordedRequest,
    schema: string,
    issues: SimpleIssue[],
  ): void {
    this.violations.push({
      kind,
      request: record,
      method: record.method,
      route: record.route ?? record.path,
      schema,
      issues,
      rawIssues: [],
      body: record.body,
    });
  }

  // ---------------------------------------------------------------- REST routes

  private buildRoutes(): RouteDef[] {
    const r = (method: string, route: SpecRoute, auth: boolean, handle: RouteDef['handle']): RouteDef => ({
      method,
      route,
      auth,
      handle,
    });
    const w = this.world;
    return [
      r('GET', ROUTES.gatewayBot, true, () =>
        ok({
          url: this.gatewayUrl,
          shards: this.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        }),
      ),
      r('GET', ROUTES.gateway, false, () => ok({ url: this.gatewayUrl })),
      r('GET', ROUTES.currentUser, true, () =>
        ok({ ...w.bot, verified: true, mfa_enabled: false, email: null }),
      ),
      r('POST', ROUTES.currentUserChannels, true, ({ body }) => {
        const recipient = isRecord(body) && typeof body.recipient_id === 'string' ? body.recipient_id : '';
        if (!w.users.has(recipient)) return error(400, 50035, 'Invalid Form Body');
        return ok(w.dmChannel(recipient).object);
      }),
      r('GET', ROUTES.user, true, ({ params }) => {
        const user = w.users.get(params.user_id ?? '');
        return user ? ok(user) : error(404, 10013);
      }),
      r('GET', ROUTES.currentApplication, true, () => ok(this.applicationObject())),
      r('GET', ROUTES.oauth2CurrentApplication, true, () => ok(this.applicationObject())),
      r('GET', ROUTES.channel, true, ({ params }) => {
        const channel = w.channels.get(params.channel_id ?? '');
        if (!channel) return error(404, 10003);
        return ok(channel.guildId ? { ...channel.object, guild_id: channel.guildId } : channel.object);
      }),
      r('GET', ROUTES.channelMessage, true, ({ record, params }) => {
        const message = w.messages.get(params.message_id ?? '');
        if (!message || message.channel_id !== params.channel_id) return error(404, 10008);
        // What the bot reads back must be a message as Discord's spec describes it.
        const checked = validateResponse('MessageResponse', message);
        if (!checked.ok) this.pushViolation('internal', record, checked.schema, checked.issues);
        return ok(message);
      }),
      r('POST', ROUTES.channelMessages, true, (ctx) => this.createChannelMessage(ctx)),
      r('PATCH', ROUTES.channelMessage, true, (ctx) => {
        const { params, body } = ctx;
        const message = w.messages.get(params.message_id ?? '');
        if (!message || message.channel_id !== params.channel_id) return error(404, 10008);
        if (message.author.id !== w.bot.id) return error(403, 50005);
        this.applyEdit(message, body, ctx.files);
        this.echo('MESSAGE_UPDATE', message);
        return ok(message);
      }),
      r('DELETE', ROUTES.channelMessage, true, ({ params }) => {
        const message = w.messages.get(params.message_id ?? '');
        if (!message || message.channel_id !== params.channel_id) return error(404, 10008);
        w.deleteMessage(message.id);
        return noContent();
      }),
      r('POST', ROUTES.channelTyping, true, ({ params }) =>
        w.channels.has(params.channel_id ?? '') ? noContent() : error(404, 10003),
      ),
      r('GET', ROUTES.guild, true, ({ params }) => {
        const guild = w.guilds.get(params.guild_id ?? '');
        if (!guild) return error(404, 10004);
        const object = w.guildCreatePayload(guild.id);
        for (const key of GUILD_CREATE_ONLY) delete object[key];
        return ok(object);
      }),
      r('GET', ROUTES.guildChannels, true, ({ params }) => {
        const guild = w.guilds.get(params.guild_id ?? '');
        return guild ? ok(guild.channels.map((c) => ({ ...c, guild_id: guild.id }))) : error(404, 10004);
      }),
      r('GET', ROUTES.guildRoles, true, ({ params }) => {
        const guild = w.guilds.get(params.guild_id ?? '');
        return guild ? ok(guild.roles) : error(404, 10004);
      }),
      r('GET', ROUTES.guildMember, true, ({ params }) => {
        const guildId = params.guild_id ?? '';
        if (!w.guilds.has(guildId)) return error(404, 10004);
        const userId = params.user_id ?? '';
        return w.member(guildId, userId) ? ok(w.memberObject(guildId, userId)) : error(404, 10007);
      }),
      r('POST', ROUTES.interactionCallback, false, (ctx) => this.interactionCallback(ctx)),
      r('GET', ROUTES.webhookOriginal, false, (ctx) => this.webhookMessage(ctx, 'GET')),
      r('PATCH', ROUTES.webhookOriginal, false, (ctx) => this.webhookMessage(ctx, 'PATCH')),
      r('DELETE', ROUTES.webhookOriginal, false, (ctx) => this.webhookMessage(ctx, 'DELETE')),
      r('GET', ROUTES.webhookMessage, false, (ctx) => this.webhookMessage(ctx, 'GET')),
      r('PATCH', ROUTES.webhookMessage, false, (ctx) => this.webhookMessage(ctx, 'PATCH')),
      r('DELETE', ROUTES.webhookMessage, false, (ctx) => this.webhookMessage(ctx, 'DELETE')),
      r('POST', ROUTES.webhook, false, (ctx) => this.executeWebhook(ctx)),
      r('GET', ROUTES.globalCommands, true, (ctx) => this.listCommands(ctx)),
      r('PUT', ROUTES.globalCommands, true, (ctx) => this.bulkCommands(ctx)),
      r('POST', ROUTES.globalCommands, true, (ctx) => this.createCommand(ctx)),
      r('GET', ROUTES.globalCommand, true, (ctx) => this.commandById(ctx, 'GET')),
      r('PATCH', ROUTES.globalCommand, true, (ctx) => this.commandById(ctx, 'PATCH')),
      r('DELETE', ROUTES.globalCommand, true, (ctx) => this.commandById(ctx, 'DELETE')),
      r('GET', ROUTES.guildCommands, true, (ctx) => this.listCommands(ctx)),
      r('PUT', ROUTES.guildCommands, true, (ctx) => this.bulkCommands(ctx)),
      r('POST', ROUTES.guildCommands, true, (ctx) => this.createCommand(ctx)),
      r('GET', ROUTES.guildCommand, true, (ctx) => this.commandById(ctx, 'GET')),
      r('PATCH', ROUTES.guildCommand, true, (ctx) => this.commandById(ctx, 'PATCH')),
      r('DELETE', ROUTES.guildCommand, true, (ctx) => this.commandById(ctx, 'DELETE')),
    ];
  }

  private applicationObject(): Json {
    const w = this.world;
    return {
      id: w.applicationId,
      name: w.bot.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot: w.bot,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: 'a'.repeat(64),
      flags: 0,
      hook: true,
      is_monetized: false,
      team: null,
      owner: [...w.users.values()].find((u) => u.id !== w.bot.id) ?? w.bot,
      approximate_guild_count: w.guilds.size,
      redirect_uris: [],
      interactions_endpoint_url: null,
      integration_types_config: { '0': {} },
      tags: [],
    };
  }

  private createChannelMessage({ record, params, body, files }: RouteContext): Reply {
    const w = this.world;
    const channel = w.channels.get(params.channel_id ?? '');
    if (!channel) return error(404, 10003);
    const data = isRecord(body) ? body : {};
    if (this.isEmptyMessage(record, data)) return error(400, 50006);
    let referenced: APIMessage | undefined;
    const reference = isRecord(data.message_reference) ? data.message_reference : undefined;
    if (reference) {
      referenced = w.messages.get(String(reference.message_id));
      if (!referenced && reference.fail_if_not_exists !== false) {
        return {
          status: 400,
          body: {
            code: 50035,
            message: 'Invalid Form Body',
            errors: {
              message_reference: {
                _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }],
              },
            },
          },
        };
      }
    }
    const allowed = isRecord(data.allowed_mentions) ? data.allowed_mentions : undefined;
    const mentions = referenced && allowed?.replied_user === true ? [referenced.author] : [];
    const message = w.buildMessage({
      channelId: channel.id,
      author: w.bot,
      content: typeof data.content === 'string' ? data.content : '',
      embeds: data.embeds,
      components: data.components,
      flags: typeof data.flags === 'number' ? data.flags : 0,
      type: referenced ? MessageType.Reply : MessageType.Default,
      messageReference: referenced
        ? { type: 0, message_id: referenced.id, channel_id: referenced.channel_id, guild_id: channel.guildId }
        : undefined,
      referencedMessage: referenced ? oneLevel(referenced) : undefined,
      mentions,
      tts: data.tts === true,
      nonce: typeof data.nonce === 'string' || typeof data.nonce === 'number' ? data.nonce : undefined,
      attachments: this.attachmentsFor(channel.id, data, files),
    });
    w.storeMessage(message);
    this.echo('MESSAGE_CREATE', message);
    return ok(message);
  }

  private isEmptyMessage(record: RecordedRequest, data: Json): boolean {
    const nonEmpty = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));
    const empty =
      !nonEmpty(data.content) &&
      !nonEmpty(data.embeds) &&
      !nonEmpty(data.components) &&
      !nonEmpty(data.sticker_ids) &&
      !nonEmpty(data.poll) &&
      !nonEmpty(data.attachments) &&
      record.files.length === 0;
    if (empty) {
      this.protocolViolation(record, 'non-empty message', [
        { path: '', code: 'empty_message', message: 'Cannot send an empty message (50006)' },
      ]);
    }
    return empty;
  }

  /** Attachment objects for `attachments` entries (new uploads refer to `files[n]` by `id: n`). */
  private attachmentsFor(
    channelId: string,
    data: Json,
    files: RecordedFile[],
    existing: unknown[] = [],
  ): Json[] {
    const entries = Array.isArray(data.attachments) ? data.attachments.filter(isRecord) : [];
    const kept = existing.filter(isRecord);
    const result: Json[] = [];
    const used = new Set<string>();
    for (const entry of entries) {
      const previous = kept.find((a) => a.id === entry.id);
      if (previous) {
        result.push(previous);
        continue;
      }
      const file = files.find((f) => f.field === `files[${String(entry.id)}]`);
      if (file) used.add(file.field);
      result.push(
        this.attachmentObject(channelId, String(entry.filename ?? file?.name ?? 'file'), file, entry),
      );
    }
    for (const file of files) {
      if (!used.has(file.field)) result.push(this.attachmentObject(channelId, file.name, file, {}));
    }
    return result;
  }

  private attachmentObject(
    channelId: string,
    filename: string,
    file: RecordedFile | undefined,
    entry: Json,
  ): Json {
    const id = snowflake();
    const object: Json = {
      id,
      filename,
      size: file?.size ?? 0,
      url: `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`,
      proxy_url: `https://media.discordapp.net/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`,
    };
    if (file?.contentType) object.content_type = file.contentType;
    if (typeof entry.description === 'string') object.description = entry.description;
    return object;
  }

  private applyEdit(message: APIMessage, body: unknown, files: RecordedFile[] = []): void {
    const data = isRecord(body) ? body : {};
    const target = message as unknown as Json;
    if ('attachments' in data || files.length > 0) {
      target.attachments = this.attachmentsFor(message.channel_id, data, files, message.attachments);
    }
    if ('content' in data) target.content = typeof data.content === 'string' ? data.content : '';
    if ('embeds' in data) target.embeds = this.world.normalizeEmbeds(data.embeds);
    if ('components' in data) target.components = this.world.normalizeComponents(data.components);
    if (typeof data.flags === 'number') target.flags = data.flags;
    target.flags = (Number(target.flags) || 0) & ~LOADING_FLAG;
    target.edited_timestamp = new Date().toISOString();
  }

  // -- interactions

  private interactionCallback({ record, params, body, query, files, interaction }: RouteContext): Reply {
    if (!interaction || interaction.token !== params.interaction_token) return error(404, 10062);
    const deadline = this.options.interactionResponseDeadlineMs;
    if (deadline !== null && !interaction.acknowledged && Date.now() - interaction.createdAt > deadline) {
      interaction.expired = true;
    }
    if (interaction.expired && !interaction.acknowledged) return error(404, 10062);
    if (interaction.acknowledged) return error(400, 40060);
    const data = isRecord(body) ? body : {};
    const type = Number(data.type);
    const allowed = ALLOWED_CALLBACKS[interaction.type] ?? [];
    if (!allowed.includes(type)) {
      const issue: SimpleIssue = {
        path: 'type',
        code: 'invalid_callback_type',
        message: `Callback type ${type} is not valid for interaction type ${interaction.type} (allowed: ${allowed.join(', ')})`,
      };
      this.protocolViolation(record, 'callback type', [issue]);
      return {
        status: 400,
        body: { code: 50035, message: 'Invalid Form Body', errors: toDiscordErrors([issue]) },
      };
    }
    const callbackData = isRecord(data.data) ? data.data : undefined;
    if (
      type === InteractionResponseType.ChannelMessageWithSource &&
      this.isEmptyMessage(record, callbackData ?? {})
    ) {
      return error(400, 50006);
    }
    const channelId = String(interaction.payload.channel_id);
    const metadata = this.interactionMetadata(interaction);
    let message: APIMessage | undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = Number(callbackData?.flags ?? 0) & MessageFlags.Ephemeral;
        const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource;
        message = this.world.buildMessage({
          channelId,
          author: this.world.bot,
          content: deferred ? '' : String(callbackData?.content ?? ''),
          embeds: deferred ? [] : callbackData?.embeds,
          components: deferred ? [] : callbackData?.components,
          flags: flags | (deferred ? LOADING_FLAG : 0),
          type:
            interaction.type === InteractionType.ApplicationCommand
              ? MessageType.ChatInputCommand
              : MessageType.Reply,
          webhookId: this.world.applicationId,
          applicationId: this.world.applicationId,
          interactionMetadata: metadata,
          tts: callbackData?.tts === true,
          attachments: deferred ? [] : this.attachmentsFor(channelId, callbackData ?? {}, files),
        });
        this.world.storeMessage(message);
        interaction.original = message;
        this.echo('MESSAGE_CREATE', message);
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
        message = interaction.sourceMessage;
        interaction.original = message;
        break;
      case InteractionResponseType.UpdateMessage:
        message = interaction.sourceMessage;
        if (message) {
          this.applyEdit(message, callbackData, files);
          interaction.original = message;
          this.echo('MESSAGE_UPDATE', message);
        }
        break;
      default:
        break;
    }
    interaction.callback = { type, data: callbackData, request: record };
    if (query.get('with_response') !== 'true') return noContent();
    const resource: Json = { type };
    if (message) resource.message = message;
    return ok({
      interaction: {
        id: interaction.id,
        type: interaction.type,
        response_message_id: message?.id,
        response_message_loading: message ? ((message.flags ?? 0) & LOADING_FLAG) !== 0 : undefined,
        response_message_ephemeral: message
          ? ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0
          : undefined,
      },
      resource,
    });
  }

  private interactionMetadata(interaction: InteractionHandle): Json {
    const payload = interaction.payload;
    const member = isRecord(payload.member) ? payload.member : undefined;
    const user = (member?.user ?? payload.user) as Json | undefined;
    const data = isRecord(payload.data) ? payload.data : {};
    const metadata: Json = {
      id: interaction.id,
      type: interaction.type,
      user,
      authorizing_integration_owners: payload.authorizing_integration_owners,
    };
    if (interaction.type === InteractionType.ApplicationCommand) {
      metadata.name = data.name;
      metadata.command_type = data.type;
    }
    if (interaction.sourceMessage) metadata.interacted_message_id = interaction.sourceMessage.id;
    return metadata;
  }

  private webhookInteraction(params: Record<string, string>, interaction?: InteractionHandle) {
    if (params.webhook_id !== this.world.applicationId || !interaction) return undefined;
    return interaction;
  }

  private webhookMessage({ params, body, files, interaction: found }: RouteContext, method: string): Reply {
    const interaction = this.webhookInteraction(params, found);
    if (!interaction?.acknowledged) return error(404, 10015);
    const messageId = params.message_id ?? interaction.original?.id;
    const message = messageId ? this.world.messages.get(messageId) : undefined;
    if (!message) return error(404, 10008);
    const target = params.message_id ?? '@original';
    if (method === 'GET') return ok(message);
    if (method === 'DELETE') {
      this.world.deleteMessage(message.id);
      interaction.deleted.push(message.id);
      return noContent();
    }
    this.applyEdit(message, body, files);
    interaction.edits.push({ target, body: isRecord(body) ? body : {}, message });
    this.echo('MESSAGE_UPDATE', message);
    return ok(message);
  }

  private executeWebhook({ record, params, body, query, files, interaction: found }: RouteContext): Reply {
    const interaction = this.webhookInteraction(params, found);
    if (!interaction?.acknowledged) return error(404, 10015);
    const data = isRecord(body) ? body : {};
    if (this.isEmptyMessage(record, data)) return error(400, 50006);
    const original = interaction.original;
    let message: APIMessage;
    if (
      interaction.callback?.type === InteractionResponseType.DeferredChannelMessageWithSource &&
      original &&
      (original.flags ?? 0) & LOADING_FLAG
    ) {
      // The first follow-up after a deferred reply replaces the "thinking…" message.
      this.applyEdit(original, { ...data, flags: (original.flags ?? 0) & MessageFlags.Ephemeral }, files);
      message = original;
      this.echo('MESSAGE_UPDATE', message);
    } else {
      message = this.world.buildMessage({
        channelId: String(interaction.payload.channel_id),
        author: this.world.bot,
        content: typeof data.content === 'string' ? data.content : '',
        embeds: data.embeds,
        components: data.components,
        flags: Number(data.flags ?? 0) & MessageFlags.Ephemeral,
        type: MessageType.Default,
        webhookId: this.world.applicationId,
        applicationId: this.world.applicationId,
        interactionMetadata: this.interactionMetadata(interaction),
        tts: data.tts === true,
        attachments: this.attachmentsFor(String(interaction.payload.channel_id), data, files),
      });
      this.world.storeMessage(message);
      this.echo('MESSAGE_CREATE', message);
    }
    interaction.followups.push(message);
    return query.get('wait') === 'true' ? ok(message) : noContent();
  }

  // -- application commands

  private commandScope(params: Record<string, string>): Map<string, StoredCommand> | Reply {
    if (params.application_id !== this.world.applicationId) return error(403, 50001);
    if (!params.guild_id) return this.world.globalCommands;
    if (!this.world.guilds.has(params.guild_id)) return error(404, 10004);
    let scope = this.world.guildCommands.get(params.guild_id);
    if (!scope) {
      scope = new Map();
      this.world.guildCommands.set(params.guild_id, scope);
    }
    return scope;
  }

  private listCommands({ params }: RouteContext): Reply {
    const scope = this.commandScope(params);
    return scope instanceof Map ? ok([...scope.values()]) : scope;
  }

  private bulkCommands({ record, params, body }: RouteContext): Reply {
    const scope = this.commandScope(params);
    if (!(scope instanceof Map)) return scope;
    const list = Array.isArray(body) ? (body as unknown[]).filter(isRecord) : [];
    const issues = commandRuleIssues(list);
    if (issues.length > 0) {
      this.protocolViolation(record, 'application command rules', issues);
      return {
        status: 400,
        body: { code: 50035, message: 'Invalid Form Body', errors: toDiscordErrors(issues) },
      };
    }
    const previous = [...scope.values()];
    scope.clear();
    for (const input of list) {
      const type = Number(input.type ?? ApplicationCommandType.ChatInput);
      const existing = previous.find((c) => c.name === input.name && c.type === type);
      const command = this.storedCommand(input, params.guild_id, existing?.id);
      scope.set(command.id, command);
    }
    return ok([...scope.values()]);
  }

  private createCommand({ record, params, body }: RouteContext): Reply {
    const scope = this.commandScope(params);
    if (!(scope instanceof Map)) return scope;
    const input = isRecord(body) ? body : {};
    const type = Number(input.type ?? ApplicationCommandType.ChatInput);
    const issues = commandRuleIssues([input]);
    if (issues.length > 0) {
      this.protocolViolation(record, 'application command rules', issues);
      return {
        status: 400,
        body: { code: 50035, message: 'Invalid Form Body', errors: toDiscordErrors(issues) },
      };
    }
    const existing = [...scope.values()].find((c) => c.name === input.name && c.type === type);
    const command = this.storedCommand(input, params.guild_id, existing?.id);
    scope.set(command.id, command);
    return { status: existing ? 200 : 201, body: command };
  }

  private commandById({ params, body }: RouteContext, method: string): Reply {
    const scope = this.commandScope(params);
    if (!(scope instanceof Map)) return scope;
    const existing = scope.get(params.command_id ?? '');
    if (!existing) return error(404, 10063);
    if (method === 'GET') return ok(existing);
    if (method === 'DELETE') {
      scope.delete(existing.id);
      return noContent();
    }
    const merged = { ...existing, ...(isRecord(body) ? body : {}) };
    const command = this.storedCommand(merged, params.guild_id, existing.id);
    scope.set(command.id, command);
    return ok(command);
  }

  private storedCommand(input: Json, guildId: string | undefined, id?: string): StoredCommand {
    const type = Number(input.type ?? ApplicationCommandType.ChatInput);
    const permissions = input.default_member_permissions;
    const command: StoredCommand = {
      id: id ?? snowflake(),
      application_id: this.world.applicationId,
      version: snowflake(),
      default_member_permissions:
        permissions === null || permissions === undefined ? null : BigInt(String(permissions)).toString(),
      type,
      name: String(input.name),
      name_localizations: input.name_localizations ?? null,
      description: typeof input.description === 'string' ? input.description : '',
      description_localizations: input.description_localizations ?? null,
      nsfw: input.nsfw === true,
      contexts: input.contexts ?? null,
      integration_types: input.integration_types ?? [0],
    };
    if (Array.isArray(input.options)) command.options = input.options;
    if (guildId) command.guild_id = guildId;
    else command.dm_permission = input.dm_permission !== false;
    return command;
  }
}

// ------------------------------------------------------------------ helpers

const GUILD_CREATE_ONLY = [
  'joined_at',
  'large',
  'unavailable',
  'member_count',
  'voice_states',
  'members',
  'channels',
  'threads',
  'presences',
  'stage_instances',
  'guild_scheduled_events',
  'soundboard_sounds',
  'lazy',
];

/** Callback types Discord accepts per interaction type. */
const ALLOWED_CALLBACKS: Readonly<Record<number, number[]>> = {
  [InteractionType.Ping]: [1],
  [InteractionType.ApplicationCommand]: [4, 5, 9, 10, 12],
  [InteractionType.MessageComponent]: [4, 5, 6, 7, 9, 10, 12],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
  [InteractionType.ModalSubmit]: [4, 5, 6, 7, 10],
};

/** Permissions an app has in a DM channel (Discord's implicit DM permission set). */
const DM_APP_PERMISSIONS =
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.MentionEveryone |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalStickers |
  PermissionFlagsBits.SendVoiceMessages |
  PermissionFlagsBits.SendPolls |
  PermissionFlagsBits.UseExternalApps;

function ok(body: unknown): Reply {
  return { status: 200, body };
}

function noContent(): Reply {
  return { status: 204 };
}

function error(status: number, code: number, message?: string): Reply {
  return { status, body: { message: message ?? DISCORD_ERRORS[code]?.message ?? 'Error', code } };
}

/** A message as another one carries it in `referenced_message`: without its own (Discord nests one level). */
function oneLevel(message: APIMessage): APIMessage {
  const { referenced_message: _nested, ...rest } = message;
  return rest;
}

function bits(value: bigint | string): string {
  return BigInt(value).toString();
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    let actual: string;
    try {
      actual = decodeURIComponent(got[index] ?? '');
    } catch {
      return undefined;
    }
    if (segment.startsWith('{') && segment.endsWith('}')) {
      if (actual === '' || actual.startsWith('@')) return undefined;
      params[segment.slice(1, -1)] = actual;
    } else if (segment !== actual) {
      return undefined;
    }
  }
  return params;
}

function parseUserMentions(content: string): string[] {
  return [...new Set([...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1] ?? ''))];
}

function hasFocused(options: Json[]): boolean {
  return options.some(
    (o) => o.focused === true || (Array.isArray(o.options) && hasFocused(o.options as Json[])),
  );
}

function markFocused(options: Json[], focused?: string): Json[] {
  if (!focused) return options;
  return options.map((option) => {
    const copy: Json = { ...option };
    if (Array.isArray(option.options)) copy.options = markFocused(option.options as Json[], focused);
    if (option.name === focused && option.value !== undefined) copy.focused = true;
    return copy;
  });
}

async function parseMultipart(
  raw: Buffer,
  contentType: string,
): Promise<{ body: unknown; files: RecordedFile[] }> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({ field, name: value.name, contentType: value.type, size: value.size });
    }
  }
  return { body, files };
}

// Names: https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Documented command rules the spec schema cannot express. */
function commandRuleIssues(commands: Json[]): SimpleIssue[] {
  const issues: SimpleIssue[] = [];
  const seen = new Set<string>();
  const checkName = (name: unknown, path: string) => {
    const value = String(name ?? '');
    if (!COMMAND_NAME.test(value) || value !== value.toLowerCase()) {
      issues.push({
        path: `${path}.name`,
        code: 'APPLICATION_COMMAND_INVALID_NAME',
        message: `Command name ${JSON.stringify(value)} is invalid (lower-case, 1-32, no spaces)`,
      });
    }
  };
  const checkOptions = (options: unknown, path: string) => {
    if (!Array.isArray(options)) return;
    let optionalSeen = false;
    for (const [index, option] of options.entries()) {
      if (!isRecord(option)) continue;
      const optionPath = `${path}.options.${index}`;
      checkName(option.name, optionPath);
      const isSub = option.type === 1 || option.type === 2;
      if (!isSub) {
        if (option.required === true && optionalSeen) {
          issues.push({
            path: `${optionPath}.required`,
            code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
            message: 'Required options must be placed before non-required options',
          });
        }
        if (option.required !== true) optionalSeen = true;
      }
      if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
        issues.push({
          path: `${optionPath}.autocomplete`,
          code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES',
          message: 'Autocomplete may not be set to true if choices are present',
        });
      }
      checkOptions(option.options, optionPath);
    }
  };
  for (const [index, command] of commands.entries()) {
    const type = Number(command.type ?? ApplicationCommandType.ChatInput);
    const key = `${type}:${String(command.name)}`;
    if (seen.has(key)) {
      issues.push({
        path: `${index}.name`,
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique (${String(command.name)})`,
      });
    }
    seen.add(key);
    if (type === ApplicationCommandType.ChatInput) {
      checkName(command.name, `${index}`);
      const description = command.description;
      if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
        issues.push({
          path: `${index}.description`,
          code: 'BASE_TYPE_REQUIRED',
          message: 'Chat input commands need a 1-100 character description',
        });
      }
      checkOptions(command.options, `${index}`);
    }
  }
  return issues;
}
