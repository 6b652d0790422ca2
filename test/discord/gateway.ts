/**
 * The stand-in's Gateway (v10, JSON encoding) on top of the `ws` package: HELLO, IDENTIFY/READY,
 * GUILD_CREATE, heartbeats, RESUME with replay of missed events, INVALID_SESSION, RECONNECT,
 * close codes, intent filtering (incl. the MESSAGE_CONTENT privileged intent), and both
 * transport compression (`compress=zlib-stream`) and payload compression (`identify.compress`).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { deflateRawSync, deflateSync, constants as zlibConstants } from 'node:zlib';
import { GatewayIntentBits } from 'discord.js';
import type { WebSocket, WebSocketServer } from 'ws';
import { type Json, shardOfGuild, type World } from './world.ts';

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export interface GatewayPayloadRecord {
  /** Index in `received` (use as a `since` mark). */
  index: number;
  connectionId: number;
  op: number;
  /** Payload data; `token` is redacted. */
  d: unknown;
}

export interface DispatchRecord {
  sessionId: string;
  /** `[shard_id, num_shards]` of the session it was dispatched to. */
  shard: [number, number];
  s: number;
  t: string;
  d: Json;
  /** Whether it was written to an open connection when dispatched (else buffered for RESUME). */
  delivered: boolean;
}

export interface ResumeRecord {
  sessionId: string;
  /** `seq` the client resumed from. */
  seq: number;
  /** Number of missed events replayed before RESUMED. */
  replayed: number;
}

export interface ConnectionRecord {
  id: number;
  /** Path and query string the client connected with. */
  url: string;
  query: Record<string, string>;
  sessionId?: string;
  /** `[shard_id, num_shards]` the client identified with. */
  shard?: [number, number];
  /**
   * How it closed; `requestsAnswered` is how many REST requests the stand-in had answered by then,
   * which orders the close against `RecordedRequest.index` (answered before iff `index < requestsAnswered`).
   */
  closed?: { code: number; by: 'server' | 'client'; requestsAnswered: number };
}

interface Session {
  id: string;
  seq: number;
  buffer: Array<{ s: number; t: string; d: Json }>;
  conn?: Connection;
  valid: boolean;
  intents: number;
  shard: [number, number];
}

interface Connection {
  id: number;
  ws: WebSocket;
  record: ConnectionRecord;
  zlibStream: boolean;
  zlibStarted: boolean;
  payloadCompress: boolean;
  session?: Session;
  serverClose?: number;
}

/** Close codes after which the session can no longer be resumed (Discord gateway docs). */
const SESSION_ENDING_CLOSE_CODES = new Set([4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);

const REPLAY_BUFFER_LIMIT = 2000;

export interface GatewayOptions {
  world: World;
  token: string;
  heartbeatIntervalMs: number;
  /** ws:// base URL of the stand-in (resolved after listen). */
  baseUrl: () => string;
  /** Called after anything is recorded (wakes waiters). */
  notify: () => void;
  /** How many REST requests have been answered so far. */
  requestsAnswered: () => number;
}

export class Gateway {
  readonly received: GatewayPayloadRecord[] = [];
  readonly dispatched: DispatchRecord[] = [];
  readonly connections: ConnectionRecord[] = [];
  /** Successful RESUMEs. */
  readonly resumes: ResumeRecord[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly open = new Set<Connection>();
  private nextConnectionId = 1;
  /** Connections waiting for their HELLO while handshakes are held (see `holdHandshakes`). */
  private heldHellos: Connection[] | undefined;

  constructor(private readonly options: GatewayOptions) {}

  attach(wss: WebSocketServer): void {
    wss.on('connection', (ws, request) => this.onConnection(ws, request));
  }

  /** Valid sessions (most recent last). */
  get activeSessionIds(): string[] {
    return [...this.sessions.values()].filter((s) => s.valid).map((s) => s.id);
  }

  /** True when at least one valid session is attached to an open connection. */
  get connected(): boolean {
    return [...this.sessions.values()].some((s) => s.valid && s.conn !== undefined);
  }

  /** `[shard_id, num_shards]` of every valid session attached to an open connection, by shard id. */
  get connectedShards(): Array<[number, number]> {
    return [...this.sessions.values()]
      .filter((s) => s.valid && s.conn !== undefined)
      .map((s): [number, number] => [...s.shard])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  /**
   * Dispatches an event to every valid session (buffered for RESUME when disconnected).
   * Events are filtered by the session's intents and shard like Discord does.
   * Returns the number of sessions the event was queued for.
   */
  dispatch(t: string, d: Json): number {
    let count = 0;
    for (const session of this.sessions.values()) {
      if (!session.valid) continue;
      if (!this.wants(session, t, d)) continue;
      this.dispatchTo(session, t, this.filterForIntents(session, t, d));
      count++;
    }
    return count;
  }

  /** Closes every open connection. 1006 is simulated by terminating the TCP socket. */
  drop(code: number, reason = '', invalidateSession?: boolean): void {
    for (const conn of [...this.open]) {
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = undefined;
        if (invalidateSession ?? SESSION_ENDING_CLOSE_CODES.has(code)) session.valid = false;
      }
      this.closeConnection(conn, code, reason);
    }
  }

  /** Sends op 7 RECONNECT to every open connection. */
  requestReconnect(): void {
    for (const conn of this.open) this.send(conn, { op: GatewayOp.Reconnect, d: null, s: null, t: null });
  }

  /** Sends op 9 INVALID_SESSION; when not resumable the sessions are invalidated. */
  invalidateSession(resumable: boolean): void {
    for (const conn of this.open) {
      if (!resumable && conn.session) conn.session.valid = false;
      this.send(conn, { op: GatewayOp.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  /**
   * Holds the handshake of every new connection (no HELLO) until the returned function is called,
   * so that a client that lost its connection stays reconnecting for as long as a test needs.
   */
  holdHandshakes(): () => void {
    this.heldHellos ??= [];
    return () => {
      const held = this.heldHellos ?? [];
      this.heldHellos = undefined;
      for (const conn of held) this.hello(conn);
    };
  }

  closeAll(): void {
    for (const conn of [...this.open]) {
      conn.serverClose = 1001;
      conn.ws.terminate();
    }
    this.open.clear();
  }

  private onConnection(ws: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? '/', 'ws://localhost');
    const query = Object.fromEntries(url.searchParams);
    const record: ConnectionRecord = {
      id: this.nextConnectionId++,
      url: `${url.pathname}${url.search}`,
      query,
    };
    this.connections.push(record);
    const conn: Connection = {
      id: record.id,
      ws,
      record,
      zlibStream: query.compress === 'zlib-stream',
      zlibStarted: false,
      payloadCompress: false,
    };
    this.open.add(conn);
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    ws.on('close', (code) => this.onClose(conn, code));
    ws.on('error', () => {
      // Socket errors end in 'close'; nothing else to do.
    });
    this.options.notify();

    if (query.v !== undefined && query.v !== '10') {
      this.closeConnection(conn, 4012, 'Invalid API version');
      return;
    }
    if (query.encoding !== undefined && query.encoding !== 'json') {
      this.closeConnection(conn, 4002, 'The stand-in only supports encoding=json');
      return;
    }
    if (query.compress !== undefined && query.compress !== 'zlib-stream') {
      this.closeConnection(conn, 4002, 'Unsupported compression');
      return;
    }
    if (this.heldHellos) this.heldHellos.push(conn);
    else this.hello(conn);
  }

  private hello(conn: Connection): void {
    this.send(conn, {
      op: GatewayOp.Hello,
      d: {
        heartbeat_interval: this.options.heartbeatIntervalMs,
        _trace: ['["discord-standin",{"micros":0}]'],
      },
      s: null,
      t: null,
    });
  }

  private onMessage(conn: Connection, data: unknown, isBinary: boolean): void {
    if (!this.open.has(conn)) return;
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary');
      payload = JSON.parse(String(data)) as { op?: unknown; d?: unknown };
    } catch {
      this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    this.received.push({ index: this.received.length, connectionId: conn.id, op, d: redact(payload.d) });
    this.options.notify();

    switch (op) {
      case GatewayOp.Heartbeat: {
        this.send(conn, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        return;
      }
      case GatewayOp.Identify: {
        this.onIdentify(conn, payload.d);
        return;
      }
      case GatewayOp.Resume: {
        this.onResume(conn, payload.d);
        return;
      }
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
        if (!conn.session) {
          this.closeConnection(conn, 4003, 'Not authenticated.');
          return;
        }
        return;
      case GatewayOp.RequestGuildMembers:
        if (!conn.session) {
          this.closeConnection(conn, 4003, 'Not authenticated.');
          return;
        }
        {
          this.onRequestGuildMembers(conn.session, payload.d);
          return;
        }
      default: {
        this.closeConnection(conn, 4001, 'Unknown opcode.');
        return;
      }
    }
  }

  private onIdentify(conn: Connection, d: unknown): void {
    if (conn.session) {
      this.closeConnection(conn, 4005, 'Already authenticated.');
      return;
    }
    const data = (d ?? {}) as Json;
    if (data.token !== this.options.token) {
      this.closeConnection(conn, 4004, 'Authentication failed.');
      return;
    }
    if (typeof data.intents !== 'number' || data.intents < 0) {
      this.closeConnection(conn, 4013, 'Invalid intent(s).');
      return;
    }
    const [shardId = 0, shardCount = 1] = Array.isArray(data.shard) ? (data.shard as number[]) : [];
    if (!(shardCount >= 1 && shardId >= 0 && shardId < shardCount)) {
      this.closeConnection(conn, 4010, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      seq: 0,
      buffer: [],
      conn,
      valid: true,
      intents: data.intents,
      shard: [shardId, shardCount],
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    conn.record.sessionId = session.id;
    conn.record.shard = [shardId, shardCount];
    conn.payloadCompress = data.compress === true;
    const { world } = this.options;
    const guildIds = [...world.guilds.keys()].filter((id) => shardOfGuild(id, shardCount) === shardId);
    this.dispatchTo(session, 'READY', {
      v: 10,
      user_settings: {},
      user: { ...world.bot, verified: true, mfa_enabled: false, email: null },
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.options.baseUrl(),
      shard: session.shard,
      application: { id: world.applicationId, flags: 0 },
      geo_ordered_rtc_regions: ['seoul', 'japan'],
      guild_join_requests: [],
      private_channels: [],
      presences: [],
      relationships: [],
      auth: {},
      _trace: ['["discord-standin",{"micros":0}]'],
    });
    if (session.intents & GatewayIntentBits.Guilds) {
      for (const id of guildIds) this.dispatchTo(session, 'GUILD_CREATE', world.guildCreatePayload(id));
    }
  }

  private onResume(conn: Connection, d: unknown): void {
    if (conn.session) {
      this.closeConnection(conn, 4005, 'Already authenticated.');
      return;
    }
    const data = (d ?? {}) as Json;
    if (data.token !== this.options.token) {
      this.closeConnection(conn, 4004, 'Authentication failed.');
      return;
    }
    const session = typeof data.session_id === 'string' ? this.sessions.get(data.session_id) : undefined;
    if (!session?.valid) {
      this.send(conn, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const seq = typeof data.seq === 'number' ? data.seq : 0;
    if (seq > session.seq) {
      session.valid = false;
      this.closeConnection(conn, 4007, 'Invalid seq.');
      return;
    }
    const previous = session.conn;
    if (previous && previous !== conn) {
      previous.session = undefined;
      this.closeConnection(previous, 4000, 'Session resumed elsewhere');
    }
    session.conn = conn;
    conn.session = session;
    conn.record.sessionId = session.id;
    conn.record.shard = [...session.shard];
    const missed = session.buffer.filter((event) => event.s > seq);
    for (const event of missed)
      this.send(conn, { op: GatewayOp.Dispatch, t: event.t, s: event.s, d: event.d });
    this.resumes.push({ sessionId: session.id, seq, replayed: missed.length });
    this.dispatchTo(session, 'RESUMED', { _trace: ['["discord-standin",{"micros":0}]'] });
  }

  private onRequestGuildMembers(session: Session, d: unknown): void {
    const data = (d ?? {}) as Json;
    const guildIds = Array.isArray(data.guild_id) ? data.guild_id : [data.guild_id];
    const { world } = this.options;
    for (const guildId of guildIds) {
      const guild = typeof guildId === 'string' ? world.guilds.get(guildId) : undefined;
      if (!guild) continue;
      const wanted = Array.isArray(data.user_ids) ? (data.user_ids as string[]) : undefined;
      const query = typeof data.query === 'string' ? data.query.toLowerCase() : '';
      const members = [...guild.members.keys()]
        .filter((id) =>
          wanted ? wanted.includes(id) : world.user(id).username.toLowerCase().startsWith(query),
        )
        .map((id) => world.memberObject(guild.id, id));
      const chunk: Json = { guild_id: guild.id, members, chunk_index: 0, chunk_count: 1 };
      if (data.nonce !== undefined) chunk.nonce = data.nonce;
      this.dispatchTo(session, 'GUILD_MEMBERS_CHUNK', chunk);
    }
  }

  private onClose(conn: Connection, code: number): void {
    this.open.delete(conn);
    conn.record.closed ??= {
      code: conn.serverClose ?? code,
      by: conn.serverClose ? 'server' : 'client',
      requestsAnswered: this.options.requestsAnswered(),
    };
    const session = conn.session;
    if (session && session.conn === conn) {
      session.conn = undefined;
      // A client closing with 1000/1001 ends its session (Discord gateway docs).
      if (!conn.serverClose && (code === 1000 || code === 1001)) session.valid = false;
    }
    this.options.notify();
  }

  private dispatchTo(session: Session, t: string, payload: Json): void {
    // Snapshot: later changes to the world must not alter what was sent (or will be replayed).
    const d = structuredClone(payload);
    const s = ++session.seq;
    session.buffer.push({ s, t, d });
    if (session.buffer.length > REPLAY_BUFFER_LIMIT) session.buffer.shift();
    const conn = session.conn;
    const delivered = conn !== undefined && this.open.has(conn);
    this.dispatched.push({ sessionId: session.id, shard: [...session.shard], s, t, d, delivered });
    if (conn && delivered) this.send(conn, { op: GatewayOp.Dispatch, t, s, d });
    this.options.notify();
  }

  /** Guild events go to the shard that owns the guild, everything else (DMs) to shard 0, as on Discord. */
  private wants(session: Session, t: string, d: Json): boolean {
    const guildId = typeof d.guild_id === 'string' ? d.guild_id : undefined;
    const [shardId, shardCount] = session.shard;
    if ((guildId ? shardOfGuild(guildId, shardCount) : 0) !== shardId) return false;
    const intent = requiredIntent(t, guildId !== undefined);
    return intent === 0 || (session.intents & intent) !== 0;
  }

  /** Without MESSAGE_CONTENT, content fields are empty except in DMs, mentions and own messages. */
  private filterForIntents(session: Session, t: string, d: Json): Json {
    if (t !== 'MESSAGE_CREATE' && t !== 'MESSAGE_UPDATE') return d;
    if (session.intents & GatewayIntentBits.MessageContent) return d;
    const botId = this.options.world.bot.id;
    const author = d.author as Json | undefined;
    const mentions = Array.isArray(d.mentions) ? (d.mentions as Json[]) : [];
    if (d.guild_id === undefined || author?.id === botId || mentions.some((u) => u.id === botId)) return d;
    return { ...d, content: '', embeds: [], attachments: [], components: [], poll: undefined };
  }

  private send(conn: Connection, payload: Json): void {
    if (!this.open.has(conn)) return;
    const json = JSON.stringify(payload);
    if (conn.zlibStream) {
      // One continuous zlib stream, each message ending with a Z_SYNC_FLUSH (00 00 ff ff).
      // The first message carries the zlib header; later ones are raw deflate blocks that never
      // reference earlier messages, which is a valid continuation of the same stream.
      const options = { finishFlush: zlibConstants.Z_SYNC_FLUSH };
      const chunk = conn.zlibStarted ? deflateRawSync(json, options) : deflateSync(json, options);
      conn.zlibStarted = true;
      conn.ws.send(chunk, { binary: true });
      return;
    }
    if (conn.payloadCompress && payload.op === GatewayOp.Dispatch) {
      conn.ws.send(deflateSync(json), { binary: true });
      return;
    }
    conn.ws.send(json);
  }

  private closeConnection(conn: Connection, code: number, reason: string): void {
    if (!this.open.has(conn)) return;
    conn.serverClose = code;
    conn.record.closed = { code, by: 'server', requestsAnswered: this.options.requestsAnswered() };
    if (code === 1006) conn.ws.terminate();
    else conn.ws.close(code, reason);
  }
}

/** Intent needed to receive an event (0 = always sent). */
function requiredIntent(t: string, inGuild: boolean): number {
  if (t.startsWith('GUILD_') && t !== 'GUILD_MEMBERS_CHUNK') return GatewayIntentBits.Guilds;
  if (t.startsWith('CHANNEL_') || t.startsWith('THREAD_')) return GatewayIntentBits.Guilds;
  if (t.startsWith('MESSAGE_REACTION_')) {
    return inGuild ? GatewayIntentBits.GuildMessageReactions : GatewayIntentBits.DirectMessageReactions;
  }
  if (t.startsWith('MESSAGE_'))
    return inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
  if (t === 'TYPING_START')
    return inGuild ? GatewayIntentBits.GuildMessageTyping : GatewayIntentBits.DirectMessageTyping;
  return 0;
}

function redact(d: unknown): unknown {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return d;
  const copy = { ...(d as Json) };
  if ('token' in copy) copy.token = '[redacted]';
  return copy;
}
