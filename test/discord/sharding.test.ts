/**
 * Sharding: the stand-in's gateway routes each guild to the shard that owns it and DMs to shard 0,
 * as Discord does; then a REAL discord.js ShardingManager (`createShardManager`, as
 * `npm run start:sharded` builds it) runs two shards of the REAL bot (`src/main.ts`, one process
 * each) against the stand-in. `/reload` on one shard reloads every shard; a shard whose knowledge
 * folder is broken says so and keeps serving its old snapshot. Last, `src/sharded.ts` itself runs
 * as a process: `SHARD_COUNT=auto`, SIGHUP and SIGTERM.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIEmbed, Events, PermissionFlagsBits, type ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createShardManager, resolveShardCount, type ShardReload } from '../../src/discord/cluster.ts';
import { renderReload } from '../../src/render/reload.ts';
import { limitViolations, pingsNobody } from '../support/discord-limits.ts';
import { metricValue, readExposition } from '../support/prometheus.ts';
import { createTestClient, type TestClient } from './client.ts';
import { DiscordStandin, type InteractionHandle, snowflakeOnShard } from './standin.ts';

type Json = Record<string, unknown>;

const SOURCE_KNOWLEDGE = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const KNOWLEDGE_FILE = 'korean-ai-startups-japan.json';
const EPHEMERAL = 64;
const SHARDS = 2;

interface KnowledgeJson {
  entities: unknown[];
  facts: Array<Json & { id: string; source: string }>;
}

const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

/** Two guilds that Discord would route to different shards of two, and an admin in both. */
function shardedStandin(): DiscordStandin {
  return new DiscordStandin({
    token: TOKEN,
    heartbeatIntervalMs: 2000,
    shards: SHARDS,
    users: [{ username: 'admin' }, { username: 'asker' }],
    guilds: [
      {
        id: snowflakeOnShard(0, SHARDS),
        name: 'Guild A',
        preferredLocale: 'ko',
        members: ['admin', 'asker'],
      },
      {
        id: snowflakeOnShard(1, SHARDS),
        name: 'Guild B',
        preferredLocale: 'ko',
        members: ['admin', 'asker'],
      },
    ],
    defaultUser: 'asker',
  });
}

/** The shards an event was dispatched to (by the id of what it carries). */
function shardsGiven(standin: DiscordStandin, t: string, id: string): number[] {
  return standin.gateway.dispatched.filter((d) => d.t === t && d.d.id === id).map((d) => d.shard[0]);
}

describe('the /reload reply with one result per shard', () => {
  const counts = (facts: number) => ({ articles: 1, entities: 40, facts, passages: 50 });
  const none = { added: [], removed: [], changed: [] };
  const ok = (shard: number): ShardReload => ({
    shard,
    status: 'done',
    result: {
      ok: true,
      before: counts(80),
      after: counts(81),
      entities: none,
      facts: { ...none, added: ['new-fact'] },
      tookMs: 3,
    },
  });

  it('one shard: the same reply as without sharding', () => {
    const single = ok(0);
    if (single.status !== 'done') throw new Error('unreachable');
    expect(renderReload([single], 'en')).toEqual(renderReload(single.result, 'en'));
  });

  it('names a shard that did not answer, without claiming what it serves', () => {
    const reply = renderReload([ok(0), { shard: 1, status: 'no-answer', reason: 'timeout' }], 'en');
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('Reload failed on Shard 1');
    expect(embed?.description?.split('\n')[1]).toBe('⚠️ **Shard 1** — did not answer in time');
    expect(
      renderReload([ok(0), { shard: 1, status: 'no-answer', reason: 'error' }], 'ko').embeds[0]?.title,
    ).toBe('샤드 1에서 다시 불러오지 못했어요');
  });

  it('stays within Discord limits and pings nobody with 300 shards, a third of them broken', () => {
    const errors = Array.from({ length: 40 }, (_, i) => ({
      file: 'knowledge/x.json',
      path: `facts[${i}].source`,
      message: `passage "p${i}" does not exist ${'x'.repeat(80)}`,
    }));
    const results = Array.from(
      { length: 300 },
      (_, shard): ShardReload =>
        shard % 3 === 1
          ? { shard, status: 'done', result: { ok: false, errors, serving: counts(80), tookMs: 2 } }
          : ok(shard),
    );
    for (const language of ['ko', 'en'] as const) {
      const reply = renderReload(results, language);
      expect(limitViolations(reply)).toEqual([]);
      expect(pingsNobody(reply)).toBe(true);
      expect(reply.flags).toBe(EPHEMERAL);
    }
  });
});

describe('the stand-in routes events like a sharded Discord', () => {
  let standin: DiscordStandin;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    standin = await shardedStandin().start();
    for (const shard of [0, 1]) {
      clients.push(
        await createTestClient(standin, {
          clientOptions: { shards: [shard], shardCount: SHARDS },
          setup: (client) =>
            client.on(Events.InteractionCreate, (interaction) => {
              if (interaction.isChatInputCommand())
                void interaction.reply({ content: `shard ${shard}`, allowedMentions: { parse: [] } });
            }),
        }),
      );
    }
  });

  afterAll(async () => {
    for (const { destroy } of clients) await destroy();
    await standin?.stop();
  });

  it('GET /gateway/bot recommends the configured shard count', async () => {
    expect(await resolveShardCount({ shardCount: 'auto', token: TOKEN, apiUrl: standin.restUrl })).toBe(2);
    await expect(
      resolveShardCount({ shardCount: 'auto', token: 'x.y.z', apiUrl: standin.restUrl }),
    ).rejects.toThrow('Discord rejected the token (401).');
    expect(await resolveShardCount({ shardCount: 3, token: TOKEN })).toBe(3);
  });

  it('each shard identifies with [id, 2] and gets only its own guilds', () => {
    expect(standin.gateway.connectedShards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(standin.shardOf('Guild A', SHARDS)).toBe(0);
    expect(standin.shardOf('Guild B', SHARDS)).toBe(1);
    const [first, second] = clients.map(({ client }) => [...client.guilds.cache.keys()]);
    expect(first).toEqual([standin.guildId('Guild A')]);
    expect(second).toEqual([standin.guildId('Guild B')]);
  });

  it('guild interactions go to the owning shard; DMs to shard 0', async () => {
    for (const [guild, shard] of [
      ['Guild A', 0],
      ['Guild B', 1],
    ] as const) {
      const ix = await standin.chatInput({ name: 'about', guild });
      expect(ix.callback?.data?.content).toBe(`shard ${shard}`);
      expect(shardsGiven(standin, 'INTERACTION_CREATE', ix.id)).toEqual([shard]);
    }
    const dm = await standin.chatInput({ name: 'about', dm: true });
    expect(dm.callback?.data?.content).toBe('shard 0');
    const message = standin.sendMessage({ content: 'hello', dm: true });
    expect(shardsGiven(standin, 'MESSAGE_CREATE', message.id)).toEqual([0]);
  });
});

describe('npm run start:sharded: a real ShardingManager, two shards of src/main.ts', () => {
  let standin: DiscordStandin;
  let manager: ShardingManager;
  let tempDir: string;
  let original: string;
  const output = new Map<number, string[]>();
  const children = new Map<number, ChildProcess>();
  /** The manager sets these in its own process (discord.js's ShardingManager constructor). */
  const managerEnv = ['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'DISCORD_TOKEN'] as const;
  const savedEnv = new Map(managerEnv.map((key) => [key, process.env[key]]));

  const dirOf = (shard: number) => path.join(tempDir, `knowledge-${shard}`);
  const fileOf = (shard: number) => path.join(dirOf(shard), KNOWLEDGE_FILE);

  /** Every shard's log records (LOG_FORMAT=json) with this event name. */
  const logged = (shard: number, event: string): Json[] =>
    (output.get(shard) ?? [])
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Json)
      .filter((record) => record.event === event);

  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(tmpdir(), 'bot-shards-'));
    // One folder per shard, so that one shard's folder can be broken on its own.
    for (const shard of [0, 1]) await cp(SOURCE_KNOWLEDGE, dirOf(shard), { recursive: true });
    original = await readFile(fileOf(0), 'utf8');
    standin = await shardedStandin().start();

    const totalShards = await resolveShardCount({
      shardCount: 'auto',
      token: TOKEN,
      apiUrl: standin.restUrl,
    });
    manager = createShardManager({
      token: TOKEN,
      totalShards,
      respawn: false,
      silent: true,
      shardEnv: (shard) => ({
        DISCORD_API_URL: standin.restUrl,
        KNOWLEDGE_DIR: dirOf(shard),
        MISS_LOG: 'off',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
        KNOWLEDGE_WATCH: 'false',
        // Blank rather than unset: a developer's .env must not leak in.
        ADMIN_USER_IDS: '',
        ADMIN_ROLE_IDS: '',
        DISCORD_CLIENT_ID: '',
        DISCORD_GUILD_ID: '',
      }),
    });
    manager.on('shardCreate', (shard) => {
      const lines: string[] = [];
      output.set(shard.id, lines);
      shard.on('spawn', (child) => {
        if (!(child instanceof ChildProcess)) throw new Error('shards run as processes');
        children.set(shard.id, child);
        for (const stream of [child.stdout, child.stderr]) {
          let rest = '';
          stream?.setEncoding('utf8');
          stream?.on('data', (chunk: string) => {
            const parts = (rest + chunk).split('\n');
            rest = parts.pop() ?? '';
            lines.push(...parts);
          });
        }
      });
    });
    await manager.spawn({ amount: totalShards, delay: 0, timeout: 30_000 });
  });

  afterAll(async () => {
    manager.respawn = false;
    await Promise.all(
      [...children.values()].map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      }),
    );
    await standin?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    for (const [key, value] of savedEnv) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  const str = (name: string, value: string) => ({ name, type: 3, value });
  const company = (guild: string, name = '리벨리온') =>
    standin.chatInput({ name: 'company', options: [str('name', name)], guild, locale: 'ko' });
  const reload = (guild: string) =>
    standin.chatInput(
      { name: 'reload', guild, user: 'admin', permissions: PermissionFlagsBits.ManageGuild, locale: 'en-US' },
      { timeoutMs: 20_000 },
    );

  function embedOf(body: unknown): APIEmbed {
    const embeds = (body as { embeds?: APIEmbed[] } | undefined)?.embeds ?? [];
    expect(embeds).toHaveLength(1);
    const [embed] = embeds;
    if (!embed) throw new Error('no embed');
    return embed;
  }
  const text = (embed: APIEmbed) =>
    [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n');

  /** The deferred, ephemeral `/reload` reply's final embed. */
  function reloadReply(ix: InteractionHandle): APIEmbed {
    expect(ix.callback?.type, ix.describe()).toBe(5);
    expect(ix.callback?.data?.flags).toBe(EPHEMERAL);
    expect(ix.edits).toHaveLength(1);
    expect(ix.original?.flags).toBe(EPHEMERAL);
    return embedOf(ix.edits[0]?.body);
  }

  async function addFact(shards: number[], id: string, ko: string, en: string): Promise<KnowledgeJson> {
    const data = JSON.parse(await readFile(fileOf(shards[0] ?? 0), 'utf8')) as KnowledgeJson;
    const tokyo = data.facts.find((f) => f.id === 'rebellions-tokyo-subsidiary');
    if (!tokyo) throw new Error('no rebellions-tokyo-subsidiary fact');
    data.facts.push({ ...tokyo, id, text: { ko, en }, source: 'p4' });
    for (const shard of shards) await writeFile(fileOf(shard), JSON.stringify(data, null, 2));
    return data;
  }

  it('both shards are up, each with its own guild', async () => {
    expect(manager.shards.size).toBe(2);
    expect(standin.gateway.connectedShards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await vi.waitFor(() => {
      expect(logged(0, 'bot.ready')).toMatchObject([{ guilds: 1, shards: [0], shardCount: 2 }]);
      expect(logged(1, 'bot.ready')).toMatchObject([{ guilds: 1, shards: [1], shardCount: 2 }]);
    });
  });

  it('/company in each guild is answered by the shard that owns it', async () => {
    for (const [guild, shard] of [
      ['Guild A', 0],
      ['Guild B', 1],
    ] as const) {
      const ix = await company(guild);
      expect(ix.callback?.type, ix.describe()).toBe(4);
      expect(embedOf(ix.callback?.data).title).toBe('리벨리온 (Rebellions)');
      expect(shardsGiven(standin, 'INTERACTION_CREATE', ix.id)).toEqual([shard]);
    }
    const dm = standin.sendMessage({ content: '리벨리온 대표는 누구야?', dm: true });
    const replyRequest = await standin.waitForReplyTo(dm.id);
    expect(text(embedOf(replyRequest.body))).toContain('박성현');
    expect(shardsGiven(standin, 'MESSAGE_CREATE', dm.id)).toEqual([0]);
  });

  it('/reload in guild A reloads both shards; guild B then knows the new fact', async () => {
    const before = JSON.parse(original) as KnowledgeJson;
    await addFact(
      [0, 1],
      'e2e-rebellions-osaka',
      '리벨리온은 오사카에도 사무소를 열 계획이다.',
      'Rebellions plans an office in Osaka too.',
    );
    const ix = await reload('Guild A');
    expect(shardsGiven(standin, 'INTERACTION_CREATE', ix.id)).toEqual([0]);
    const embed = reloadReply(ix);
    expect(embed.title).toBe('Knowledge base reloaded on all 2 shards');
    const lines = embed.description?.split('\n') ?? [];
    expect(lines).toHaveLength(2);
    const facts = `${before.facts.length} facts`;
    const after = `${before.facts.length + 1} facts`;
    for (const [index, line] of lines.entries()) {
      expect(line).toMatch(new RegExp(`^✅ \\*\\*Shard ${index}\\*\\* — `));
      expect(line).toContain(`${facts} · `);
      expect(line).toContain(`→ 1 article(s) · ${before.entities.length} entities · ${after}`);
    }
    // Both shards changed alike, so what changed is said once.
    const factsField = embed.fields?.find((f) => f.name === 'Facts')?.value ?? '';
    expect(factsField).toContain('added 1 · removed 0 · changed 0');
    expect(factsField).toContain('`e2e-rebellions-osaka`');
    // Each shard's process logged its own reload (stderr may trail the IPC answer a little).
    await vi.waitFor(() => {
      for (const shard of [0, 1])
        expect(logged(shard, 'knowledge.reload')).toMatchObject([
          { by: standin.userId('admin'), request: ix.id, shard, ok: true, facts: before.facts.length + 1 },
        ]);
    });

    const answer = await company('Guild B');
    expect(shardsGiven(standin, 'INTERACTION_CREATE', answer.id)).toEqual([1]);
    expect(text(embedOf(answer.callback?.data))).toContain('오사카에도 사무소');
  });

  it('a shard whose folder is broken is named, and keeps serving its old snapshot', async () => {
    // Both folders gain a fact; shard 1's also gets a fact citing a passage that does not exist.
    const data = await addFact(
      [0, 1],
      'e2e-rebellions-nagoya',
      '리벨리온은 나고야에도 거점을 둘 계획이다.',
      'Rebellions plans a base in Nagoya too.',
    );
    const broken = data.facts.findIndex((f) => f.id === 'e2e-rebellions-nagoya');
    const fact = data.facts[broken];
    if (!fact) throw new Error('fact not found');
    fact.source = 'p999';
    await writeFile(fileOf(1), JSON.stringify(data, null, 2));

    // Asked in guild B: the shard that fails is the one that answers.
    const ix = await reload('Guild B');
    expect(shardsGiven(standin, 'INTERACTION_CREATE', ix.id)).toEqual([1]);
    const embed = reloadReply(ix);
    expect(embed.title).toBe('Reload failed on Shard 1: it keeps serving the previous knowledge base');
    const [shard0, shard1] = embed.description?.split('\n') ?? [];
    expect(shard0).toMatch(/^✅ \*\*Shard 0\*\* — /);
    expect(shard1).toMatch(/^❌ \*\*Shard 1\*\* — rejected \(1 error\(s\)\); still serving: /);
    const errors = embed.fields?.find((f) => f.name === 'Shard 1: errors')?.value ?? '';
    expect(errors).toContain(KNOWLEDGE_FILE);
    expect(errors).toContain(`facts[${broken}].source`);
    await vi.waitFor(() => expect(logged(1, 'knowledge.reload_rejected')).toHaveLength(1));

    const a = text(embedOf((await company('Guild A')).callback?.data));
    expect(a).toContain('나고야에도 거점');
    const b = text(embedOf((await company('Guild B')).callback?.data));
    expect(b).toContain('오사카에도 사무소');
    expect(b).not.toContain('나고야');
  });

  it('the token is in no shard output, recorded request or gateway payload', () => {
    const all = [...output.values()].flat();
    expect(all.length).toBeGreaterThan(4);
    for (const line of all) expect(line).not.toContain(TOKEN);
    for (const request of standin.requests) expect(JSON.stringify(request)).not.toContain(TOKEN);
    expect(JSON.stringify(standin.gateway.received)).not.toContain(TOKEN);
    for (const child of children.values()) expect(child.spawnargs.join(' ')).not.toContain(TOKEN);
  });

  it('stopping: shard 0 on SIGTERM, shard 1 when its manager goes away; both exit 0 and close with 1000', async () => {
    // 'exit', not 'close': Node never emits 'close' for a child whose IPC channel the parent closed.
    const exitOf = (child: ChildProcess) =>
      once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const [first, second] = [children.get(0), children.get(1)];
    if (!first || !second) throw new Error('shard processes missing');
    const exits = [exitOf(first), exitOf(second)];
    first.kill('SIGTERM');
    // What a shard sees when the manager process dies: its IPC channel closes.
    second.disconnect();
    expect(await Promise.all(exits)).toEqual([
      [0, null],
      [0, null],
    ]);
    // Their last lines may still be in the pipes.
    await vi.waitFor(() => {
      expect(logged(0, 'bot.shutdown')).toMatchObject([{ signal: 'SIGTERM', shard: 0 }]);
      expect(logged(1, 'bot.shutdown')).toMatchObject([{ signal: 'manager disconnected', shard: 1 }]);
      for (const shard of [0, 1]) expect(logged(shard, 'bot.stopped')).toHaveLength(1);
    });
    const closed = await standin.until(
      () => {
        const records = standin.gateway.connections.filter((c) => c.shard);
        return records.every((c) => c.closed)
          ? records.map((c) => [c.shard?.[0], c.closed?.code, c.closed?.by])
          : undefined;
      },
      5000,
      () => 'both gateway connections to close',
    );
    expect(closed).toEqual([
      [0, 1000, 'client'],
      [1, 1000, 'client'],
    ]);
  });
});

describe('npm run start:sharded as a process (src/sharded.ts)', () => {
  let standin: DiscordStandin;
  let manager: ChildProcess | undefined;
  const lines: string[] = [];
  const logged = (event: string): Json[] =>
    lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Json)
      .filter((record) => record.event === event);

  beforeAll(async () => {
    standin = await shardedStandin().start();
    const env: NodeJS.ProcessEnv = { ...process.env };
    // Nothing from a developer's .env, and no trace of the in-process manager above.
    for (const key of Object.keys(env))
      if (key.startsWith('DISCORD_') || key.startsWith('SHARD')) delete env[key];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/sharded.ts'], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      env: {
        ...env,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: standin.restUrl,
        DISCORD_CLIENT_ID: '',
        DISCORD_GUILD_ID: '',
        SHARD_COUNT: 'auto',
        KNOWLEDGE_DIR: SOURCE_KNOWLEDGE,
        KNOWLEDGE_WATCH: 'false',
        MISS_LOG: 'off',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
        // Any free port: the manager serves monitoring for both shards (the shards see it too).
        METRICS_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    manager = child;
    // The manager and its shards share these pipes; each log line is one write.
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        lines.push(...parts);
      });
    }
    // discord.js waits 5.5 s between spawning shards (Discord's identify rate limit).
    await vi.waitFor(() => expect(logged('manager.ready')).toHaveLength(1), {
      timeout: 45_000,
      interval: 100,
    });
  }, 60_000);

  afterAll(async () => {
    // Killing the manager outright also stops its shards: they see their IPC channel close.
    if (manager && manager.exitCode === null && manager.signalCode === null) {
      const closed = once(manager, 'close');
      manager.kill('SIGKILL');
      await closed;
    }
    await standin?.stop();
  });

  it('SHARD_COUNT=auto takes the recommended 2 shards; each answers its own guild', async () => {
    expect(logged('manager.ready')).toMatchObject([{ shards: 2 }]);
    expect(standin.gateway.connectedShards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const [guild, shard] of [
      ['Guild A', 0],
      ['Guild B', 1],
    ] as const) {
      const ix = await standin.chatInput({ name: 'about', guild, locale: 'ko' });
      expect(ix.callback?.type, ix.describe()).toBe(4);
      expect(shardsGiven(standin, 'INTERACTION_CREATE', ix.id)).toEqual([shard]);
    }
  });

  it('METRICS_PORT: one /healthz and one /metrics, the manager’s, for both shards', async () => {
    const listening = logged('monitoring.listening');
    expect(listening).toHaveLength(1);
    const base = `http://127.0.0.1:${String(listening[0]?.port)}`;
    await vi.waitFor(async () => expect((await fetch(`${base}/healthz`)).status).toBe(200));
    const health = (await (await fetch(`${base}/healthz`)).json()) as Json;
    expect(health).toMatchObject({
      status: 'ok',
      shards: [
        { shard: 0, status: 'ready' },
        { shard: 1, status: 'ready' },
      ],
    });
    const metrics = readExposition(await (await fetch(`${base}/metrics`)).text());
    for (const shard of ['0', '1']) {
      expect(metricValue(metrics, 'bot_shard_up', { shard })).toBe(1);
      expect(metricValue(metrics, 'bot_questions_total', { shard, source: 'slash' })).toBe(0);
      expect(metricValue(metrics, 'bot_gateway_status', { shard, status: 'ready' })).toBe(1);
    }
  });

  it('SIGHUP to the manager reloads every shard', async () => {
    manager?.kill('SIGHUP');
    await vi.waitFor(() =>
      expect(
        logged('knowledge.reload')
          .map((r) => [r.by, r.shard, r.ok])
          .sort(),
      ).toEqual([
        ['SIGHUP', 0, true],
        ['SIGHUP', 1, true],
      ]),
    );
  });

  it('SIGTERM: every shard stops gracefully, then the manager exits 0; the token was never printed', async () => {
    const child = manager;
    if (!child) throw new Error('no manager process');
    const closed = once(child, 'close');
    child.kill('SIGTERM');
    expect(await closed).toEqual([0, null]);
    expect(logged('bot.stopped')).toHaveLength(2);
    expect(logged('manager.stopped')).toHaveLength(1);
    const connections = await standin.until(
      () => {
        const records = standin.gateway.connections.filter((c) => c.shard);
        return records.every((c) => c.closed) ? records : undefined;
      },
      5000,
      () => 'both gateway connections to close',
    );
    expect(connections.map((c) => [c.shard?.[0], c.closed?.code, c.closed?.by])).toEqual([
      [0, 1000, 'client'],
      [1, 1000, 'client'],
    ]);
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(line).not.toContain(TOKEN);
  });
});
