/**
 * `npm run deploy-commands`: the registration JSON it prints (`--dry-run`) is what Discord accepts for
 * bulk registration, says what the design promises (Korean localisations, admin-only commands,
 * autocomplete, the audience options), and comes from the same registry the bot dispatches from.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/command.ts';
import { DiscordStandin, ROUTES } from './standin.ts';
import { REQUEST_BODY_SCHEMAS, validateBody } from './validation.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = 'src/cli/deploy-commands.ts';

interface Option {
  type: number;
  name: string;
  description: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  required?: boolean;
  autocomplete?: boolean;
}

interface CommandJson {
  name: string;
  /** Absent on message commands (type 3). */
  type?: number;
  description?: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  default_member_permissions?: string | null;
  contexts?: number[];
  options?: Option[];
}

const OPTION = { string: 3, boolean: 5, user: 6 } as const;
const ANSWER_COMMANDS = ['company', 'policy', 'compare', 'ask', 'about', 'chart'];
const MESSAGE_COMMAND = 'Ask the article';
const ADMIN_COMMANDS = ['reload', 'misses', 'stats', 'import'];

/**
 * The environment without anything Discord: no token, no ids, no API URL. Set blank rather than
 * removed, because `.env` never overrides the environment: a developer's `.env` cannot send these
 * tests to the real Discord.
 */
function envWithoutDiscord(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('DISCORD_')) delete env[key];
  for (const key of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL'])
    env[key] = '';
  return { ...env, ...extra };
}

function deploy(args: string[], env: NodeJS.ProcessEnv) {
  return run(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, env, timeout: 30_000 });
}

let body: CommandJson[];
let stdout: string;

beforeAll(async () => {
  const result = await deploy(['--dry-run'], envWithoutDiscord());
  stdout = result.stdout;
  body = JSON.parse(stdout) as CommandJson[];
});

function byName(name: string): CommandJson {
  const command = body.find((c) => c.name === name);
  if (!command) throw new Error(`no /${name} in the dry run`);
  return command;
}

describe('deploy-commands --dry-run (no token in the environment)', () => {
  it('prints a body Discord accepts for bulk registration (PUT /applications/{id}/commands)', () => {
    const ref = REQUEST_BODY_SCHEMAS[`PUT ${ROUTES.globalCommands}`];
    if (!ref || ref === 'by-callback-type') throw new Error('no schema for bulk registration');
    const result = validateBody(ref, body);
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ ok: true, schema: 'ApplicationCommandUpdateRequest[] | null' });
    // Only the documented exception (permissions as a decimal string) was needed.
    expect(result.exceptionsApplied).toEqual(['default_member_permissions-string']);
  });

  it('lists the same commands as the registry the bot dispatches from', async () => {
    const registry = await loadCommands();
    expect(body.map((c) => c.name).sort()).toEqual([...registry.keys()].sort());
    expect(body.map((c) => c.name).sort()).toEqual(
      [
        'about',
        'ask',
        'chart',
        'company',
        'compare',
        'import',
        'misses',
        'policy',
        'reload',
        'stats',
        MESSAGE_COMMAND,
      ].sort(),
    );
    for (const command of body) expect(command).toEqual(registry.get(command.name)?.data);
  });

  it('the message command (type 3): "Ask the article" / "기사로 답하기", no description, no options', () => {
    const command = byName(MESSAGE_COMMAND);
    expect(command).toMatchObject({ type: 3, name_localizations: { ko: '기사로 답하기' } });
    expect(command.description).toBeUndefined();
    expect(command.options).toBeUndefined();
    expect(command.default_member_permissions ?? null).toBeNull();
  });

  it('/chart: an optional series option with autocomplete (empty lists every series)', () => {
    expect(byName('chart').options?.[0]).toMatchObject({
      type: OPTION.string,
      name: 'series',
      name_localizations: { ko: '수치' },
      autocomplete: true,
    });
    expect(byName('chart').options?.[0]?.required ?? false).toBe(false);
  });

  it('names and describes every slash command and option, with Korean localisations', () => {
    for (const command of body.filter((c) => c.type !== 3)) {
      expect(command.name).toMatch(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u);
      expect(command.description?.length).toBeGreaterThanOrEqual(1);
      expect(command.description?.length).toBeLessThanOrEqual(100);
      expect(command.name_localizations?.ko, command.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(command.description_localizations?.ko, command.name).toMatch(/^.{1,100}$/u);
      for (const option of command.options ?? []) {
        const where = `/${command.name} ${option.name}`;
        expect(option.description.length, where).toBeGreaterThanOrEqual(1);
        expect(option.name_localizations?.ko, where).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
        expect(option.description_localizations?.ko, where).toMatch(/^.{1,100}$/u);
      }
    }
  });

  it('/reload, /misses, /stats and /import: Manage Server by default ("32") and guild only (contexts [0])', () => {
    for (const name of ADMIN_COMMANDS) {
      expect(byName(name)).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    }
    for (const command of body.filter((c) => !ADMIN_COMMANDS.includes(c.name)))
      expect(command.default_member_permissions ?? null, command.name).toBeNull();
  });

  it('/company and /policy autocomplete their required string option', () => {
    expect(byName('company').options?.[0]).toMatchObject({
      type: OPTION.string,
      name: 'name',
      required: true,
      autocomplete: true,
    });
    expect(byName('policy').options?.[0]).toMatchObject({
      type: OPTION.string,
      name: 'country',
      required: true,
      autocomplete: true,
    });
  });

  it('answer commands (and /about) take hide (boolean) and mention (user)', () => {
    for (const name of ANSWER_COMMANDS) {
      const options = byName(name).options ?? [];
      expect(
        options.find((o) => o.name === 'hide'),
        name,
      ).toMatchObject({ type: OPTION.boolean });
      expect(
        options.find((o) => o.name === 'mention'),
        name,
      ).toMatchObject({ type: OPTION.user });
    }
  });

  it('puts required options before optional ones', () => {
    for (const command of body) {
      const required = (command.options ?? []).map((o) => o.required === true);
      expect(required, command.name).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });
});

describe('deploy-commands against Discord (the stand-in)', () => {
  let standin: DiscordStandin;

  beforeAll(async () => {
    standin = await new DiscordStandin({ token: 'MTE0deploy.Gx7aBc.deploy-test-token-value' }).start();
  });

  afterAll(async () => {
    await standin?.stop();
  });

  it('registers the dry-run body in the server, without printing the token', async () => {
    const result = await deploy(
      [],
      envWithoutDiscord({
        DISCORD_TOKEN: standin.botToken,
        DISCORD_CLIENT_ID: standin.applicationId,
        DISCORD_GUILD_ID: standin.guildId(),
        DISCORD_API_URL: standin.restUrl,
      }),
    );
    expect(result.stdout.trim()).toBe(`Registered ${body.length} commands in server ${standin.guildId()}.`);
    expect(result.stdout + result.stderr).not.toContain(standin.botToken);
    const puts = standin.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({
      route: ROUTES.guildCommands,
      status: 200,
      valid: true,
      authenticated: true,
    });
    expect(puts[0]?.body).toEqual(body);
    expect(
      standin
        .commands(standin.guildId())
        .map((c) => c.name)
        .sort(),
    ).toEqual(body.map((c) => c.name).sort());
    standin.assertNoViolations();
  });

  it('without a token (and no --dry-run): one friendly line, exit 1, no stack trace', async () => {
    const failure = await deploy([], envWithoutDiscord()).then(
      () => undefined,
      (error: { code?: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toBe('');
    const lines = (failure?.stderr ?? '').trim().split('\n');
    expect(lines).toEqual([
      'Set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env to deploy commands (or use --dry-run).',
    ]);
  });
});

describe('loadCommands(dir)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'commands-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function commandsDir(name: string, files: Record<string, string>): Promise<string> {
    const target = path.join(dir, name);
    await mkdir(target);
    for (const [file, source] of Object.entries(files)) await writeFile(path.join(target, file), source);
    return target;
  }

  const valid = (name: string) =>
    `export default { data: { name: '${name}', description: 'fine' }, async execute() {} };\n`;

  it('loads the commands of a folder', async () => {
    const target = await commandsDir('ok', { 'ping.ts': valid('ping'), 'notes.d.ts': 'export {};\n' });
    const commands = await loadCommands(target);
    expect([...commands.keys()]).toEqual(['ping']);
  });

  it('reports a module that is not a command, by file name', async () => {
    const target = await commandsDir('broken', {
      'good.ts': valid('good'),
      'not-a-command.ts': "export default { name: 'oops', run() {} };\n",
      'helper.ts': 'export const shared = 1;\n',
    });
    const error = await loadCommands(target).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('not-a-command.ts: the default export is not a command');
    expect(message).toContain('helper.ts: the default export is not a command');
    expect(message).not.toContain('good.ts');
  });

  it('reports two commands with one name', async () => {
    const target = await commandsDir('twice', { 'a.ts': valid('same'), 'b.ts': valid('same') });
    await expect(loadCommands(target)).rejects.toThrow('b.ts: a second command named "same"');
  });
});
