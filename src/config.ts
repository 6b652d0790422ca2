import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const idList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value,
  z.array(snowflake).default([]),
);
const booleanFlag = z.preprocess(
  (value) =>
    typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase()) : value,
  z.boolean(),
);

/** The size at which a JSON-lines log (misses, feedback) is rotated: at least 1 KB, 1 MB by default. */
const logSize = z.preprocess(
  blankToUndefined,
  z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
);

/** Everything the bot reads from its environment, parsed once. Nothing else reads `process.env`. */
const ConfigSchema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string()
      .trim()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three dot-separated parts)'),
  ),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  KNOWLEDGE_DIR: z.preprocess(blankToUndefined, z.string().default('knowledge')),
  ADMIN_USER_IDS: idList,
  ADMIN_ROLE_IDS: idList,
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  ),
  LOG_FORMAT: z.preprocess(blankToUndefined, z.enum(['json', 'pretty']).optional()),
  RATE_LIMIT_COUNT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1000).default(5)),
  RATE_LIMIT_WINDOW_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).max(3600).default(30),
  ),
  DISCORD_API_URL: optional(z.url()),
  NODE_ENV: z.preprocess(blankToUndefined, z.string().default('development')),
  KNOWLEDGE_WATCH: z.preprocess(blankToUndefined, booleanFlag.default(false)),
  /** Shards `npm run start:sharded` spawns: a number, or `auto` (what Discord recommends). */
  SHARD_COUNT: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(1024)], {
        error: 'must be auto or a whole number of shards (1–1024)',
      })
      .default('auto'),
  ),
  /** Serve `/healthz` and `/metrics` on this port (0: any free one, logged); unset: no HTTP at all. */
  METRICS_PORT: optional(z.coerce.number().int().min(0).max(65535)),
  /** Address the monitoring port listens on: loopback unless told otherwise. */
  METRICS_HOST: z.preprocess(blankToUndefined, z.string().trim().min(1).default('127.0.0.1')),
  /** Set by discord.js's ShardingManager in each shard's environment: the manager serves monitoring. */
  SHARDING_MANAGER: z.preprocess(blankToUndefined, booleanFlag.default(false)),
  /** Where questions that got "not found" are logged, or `off`. */
  MISS_LOG: z.preprocess(blankToUndefined, z.string().default('var/misses.jsonl')),
  MISS_LOG_MAX_BYTES: logSize,
  /** Where 👍/👎 on answers are logged, or `off` (then answers carry no feedback buttons). */
  FEEDBACK_LOG: z.preprocess(blankToUndefined, z.string().default('var/feedback.jsonl')),
  FEEDBACK_LOG_MAX_BYTES: logSize,
  /** Charts (PNG) on answers whose figures form a series, and `/chart`. */
  CHARTS: z.preprocess(blankToUndefined, booleanFlag.default(true)),
  /**
   * Channels where the bot answers new messages and forum posts by itself when the article covers
   * them. Setting it makes the bot ask for the privileged Message Content intent.
   */
  AUTO_ANSWER_CHANNEL_IDS: idList,
  /**
   * Let `/import` and `npm run kb:import` fetch URLs on loopback, private and link-local addresses
   * (a test server, an intranet). Off: only public addresses are fetched.
   */
  IMPORT_ALLOW_PRIVATE: z.preprocess(blankToUndefined, booleanFlag.default(false)),
});

export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/**
 * Parses the environment (and `.env`, which never overrides real environment variables). A bad value
 * is reported as one line naming the variable; the value itself is never echoed, since it may be the
 * token.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: { dotenv?: boolean } = {},
): ConfigResult {
  const source: Record<string, string | undefined> = { ...env };
  if (options.dotenv !== false) {
    const parsed = loadDotenv({ quiet: true, processEnv: {} }).parsed ?? {};
    for (const [key, value] of Object.entries(parsed)) if (source[key] === undefined) source[key] = value;
  }
  const result = ConfigSchema.safeParse(source);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map(
      (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
    ),
  };
}

/** For entry points: the parsed config, or one line per problem on stderr and exit code `exitCode`. */
export function loadConfigOrExit(exitCode = 1): Config {
  const result = loadConfig();
  if (result.ok) return result.config;
  for (const problem of result.problems) console.error(`Configuration: ${problem}`);
  console.error('See .env.example for every setting.');
  process.exit(exitCode);
}
