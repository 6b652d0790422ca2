/**
 * Graceful shutdown: `bot.stop()` stops taking new work, lets replies in flight finish (up to a
 * bound), then closes the gateway connection; `src/main.ts` does that on SIGTERM/SIGINT and exits 0.
 * Nothing here measures time: the order of events is made deterministic (a handler waiting on a
 * promise the test controls; a REST request the stand-in holds) and only outcomes are asserted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type APIEmbed, Events, SlashCommandBuilder } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../src/discord/bot.ts';
import { type Command, loadCommands } from '../../src/discord/command.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/service.ts';
import { collectingLogger, standinClientOptions, standinConfig } from './client.ts';
import { DiscordStandin, type InteractionHandle, ROUTES } from './standin.ts';

type Json = Record<string, unknown>;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KNOWLEDGE = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const TOKEN = `MTE${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;

function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function parseLines(lines: readonly string[], event: string): Json[] {
  return lines
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Json)
    .filter((record) => record.event === event);
}

describe('bot.stop() in process', () => {
  let standin: DiscordStandin;
  let service: KnowledgeService;
  const logLines: string[] = [];
  const bots: Bot[] = [];
  const logged = (event: string) => parseLines(logLines, event);

  // Test-only commands: one finishes when the test says so, one never does.
  const slowStarted = deferred();
  const slowRelease = deferred();
  const hangStarted = deferred();
  const testCommands: Command[] = [
    {
      data: new SlashCommandBuilder()
        .setName('slow')
        .setDescription('Test only: replies when released')
        .toJSON(),
      async execute(interaction) {
        slowStarted.resolve();
        await slowRelease.promise;
        await interaction.reply({ content: 'finished after stop began', allowedMentions: { parse: [] } });
      },
    },
    {
      data: new SlashCommandBuilder().setName('hang').setDescription('Test only: never finishes').toJSON(),
      async execute() {
        hangStarted.resolve();
        await new Promise<never>(() => {});
      },
    },
  ];

  beforeAll(async () => {
    standin = await new DiscordStandin({ token: TOKEN, heartbeatIntervalMs: 2000 }).start();
    service = await createKnowledgeService({ dir: KNOWLEDGE });
  });

  afterAll(async () => {
    for (const bot of bots) await bot.stop({ timeoutMs: 0 });
    await standin?.stop();
  });

  afterEach(() => standin.assertNoViolations());

  async function startBot(): Promise<Bot> {
    const config = standinConfig(standin, { KNOWLEDGE_DIR: KNOWLEDGE, MISS_LOG: 'off' }, TOKEN);
    const commands = await loadCommands();
    for (const command of testCommands) commands.set(command.data.name, command);
    const bot = await createBot({
      config,
      service,
      logger: collectingLogger(logLines, TOKEN),
      commands,
      clientOptions: standinClientOptions(standin),
    });
    bots.push(bot);
    const ready = once(bot.client, Events.ClientReady);
    await bot.start();
    await ready;
    return bot;
  }

  /** Resolves with the id once the bot's client has emitted (and the bot has handled) the interaction. */
  function seenByBot(bot: Bot, commandName: string): Promise<string> {
    return new Promise((resolve) => {
      bot.client.on(Events.InteractionCreate, (interaction) => {
        if (interaction.isChatInputCommand() && interaction.commandName === commandName)
          resolve(interaction.id);
      });
    });
  }

  /** The client's gateway connection, as the stand-in recorded it (the latest one). */
  const lastConnection = () => standin.gateway.connections.at(-1);

  it('finishes the reply in flight, ignores what arrives after stop began, then destroys the client', async () => {
    const bot = await startBot();
    const slow = standin.chatInput({ name: 'slow' }, { timeoutMs: 20_000 });
    await slowStarted.promise;

    const stopping = bot.stop({ timeoutMs: 20_000 });
    // Sent after stop began. The bot's listener runs before this test's (it was added first).
    const lateSeen = seenByBot(bot, 'about');
    const late = await standin.chatInput({ name: 'about' }, { until: () => true });
    expect(await lateSeen).toBe(late.id);

    slowRelease.resolve();
    await stopping;

    const answered = await slow;
    expect(answered.callback?.type, answered.describe()).toBe(4);
    expect(answered.callback?.data?.content).toBe('finished after stop began');
    expect(late.callback, late.describe()).toBeUndefined();
    expect(late.requests).toEqual([]);
    const started = logged('interaction.command').map((r) => r.id);
    expect(started).toContain(answered.id);
    expect(started).not.toContain(late.id);

    expect(bot.client.isReady()).toBe(false);
    expect(bot.client.token).toBeNull();
    await standin.until(
      () => lastConnection()?.closed,
      5000,
      () => 'the connection to close',
    );
    expect(lastConnection()?.closed).toMatchObject({ code: 1000, by: 'client' });
    expect(logged('bot.draining').at(-1)).toMatchObject({ inFlight: 1 });
    expect(logged('bot.stopped')).toHaveLength(1);
  });

  it('returns after the bound when a handler never finishes', async () => {
    const bot = await startBot();
    const hung = await standin.chatInput({ name: 'hang' }, { until: () => true });
    await hangStarted.promise;

    await bot.stop({ timeoutMs: 50 });

    expect(bot.client.isReady()).toBe(false);
    expect(hung.callback, hung.describe()).toBeUndefined();
    await standin.until(
      () => lastConnection()?.closed,
      5000,
      () => 'the connection to close',
    );
    expect(lastConnection()?.closed).toMatchObject({ code: 1000, by: 'client' });
    expect(logged('bot.draining').at(-1)).toMatchObject({ inFlight: 1 });
    expect(logged('bot.stopped')).toHaveLength(2);
  });
});

describe('SIGTERM to a real `node --import tsx src/main.ts`', () => {
  let standin: DiscordStandin;
  let child: ChildProcess | undefined;
  const stderr: string[] = [];
  const logged = (event: string) => parseLines(stderr, event);

  beforeAll(async () => {
    // The bot's reply is held by the stand-in for as long as the test needs: no 3-second window.
    standin = await new DiscordStandin({
      token: TOKEN,
      heartbeatIntervalMs: 2000,
      interactionResponseDeadlineMs: null,
    }).start();
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const closed = once(child, 'close');
      child.kill('SIGKILL');
      await closed;
    }
    await standin?.stop();
  });

  function botEnv(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    // Nothing from a developer's .env or a ShardingManager: this is a standalone bot.
    for (const key of Object.keys(env))
      if (key.startsWith('DISCORD_') || key.startsWith('SHARD')) delete env[key];
    return {
      ...env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: standin.restUrl,
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
      KNOWLEDGE_DIR: KNOWLEDGE,
      KNOWLEDGE_WATCH: 'false',
      // As in a deployment's environment: means nothing to a standalone bot, and must not break it.
      SHARD_COUNT: 'auto',
      MISS_LOG: 'off',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
    };
  }

  it('finishes the interaction in flight, closes the gateway with 1000 and exits 0', async () => {
    const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: botEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = bot;
    const closed = once(bot, 'close');
    let rest = '';
    bot.stderr.setEncoding('utf8');
    bot.stderr.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      stderr.push(...parts);
    });
    bot.stdout.resume();

    await standin.waitForGateway((p) => p.op === 2, 20_000);
    await vi.waitFor(() => expect(logged('bot.ready')).toHaveLength(1), { timeout: 20_000 });

    // The bot's answer reaches the stand-in and is held there: the interaction is in flight.
    const held = standin.holdNext({ method: 'POST', route: ROUTES.interactionCallback });
    const pending: Promise<InteractionHandle> = standin.chatInput(
      { name: 'company', options: [{ name: 'name', type: 3, value: '리벨리온' }], locale: 'ko' },
      { timeoutMs: 20_000 },
    );
    await held.arrived;
    bot.kill('SIGTERM');
    await vi.waitFor(() => expect(logged('bot.draining')).toMatchObject([{ inFlight: 1 }]), {
      timeout: 10_000,
    });
    held.release();

    expect(await closed).toEqual([0, null]);
    const ix = await pending;
    expect(ix.callback?.type, ix.describe()).toBe(4);
    expect((ix.callback?.data?.embeds as APIEmbed[] | undefined)?.[0]?.title).toBe('리벨리온 (Rebellions)');
    await standin.until(
      () => standin.gateway.connections.at(-1)?.closed,
      5000,
      () => 'the connection to close',
    );
    const closedAt = standin.gateway.connections.at(-1)?.closed;
    expect(closedAt).toMatchObject({ code: 1000, by: 'client' });
    // The connection closed only after the held reply had been answered: stop() waited for it.
    expect(ix.callback?.request.index).toBeLessThan(closedAt?.requestsAnswered ?? -1);
    expect(logged('bot.shutdown')).toMatchObject([{ signal: 'SIGTERM' }]);
    expect(logged('bot.stopped')).toHaveLength(1);
    for (const line of stderr) expect(line).not.toContain(TOKEN);
    standin.assertNoViolations();
  });
});
