/** Structured logs: one JSON object per line in production, readable lines in development. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  format?: 'json' | 'pretty';
  /** Strings that must never be written (the bot token): replaced by `[redacted]` wherever they appear. */
  secrets?: readonly string[];
  write?: (line: string) => void;
}

function serialiseError(error: Error): Record<string, unknown> {
  return { name: error.name, message: error.message, stack: error.stack?.split('\n').slice(0, 6).join('\n') };
}

/** JSON.stringify that never throws: cycles become "[circular]", BigInts strings. */
function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (v instanceof Error) return serialiseError(v);
      if (v && typeof v === 'object') {
        if (seen.has(v)) return '[circular]';
        seen.add(v);
      }
      return v;
    });
  } catch {
    return JSON.stringify(String(value));
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = LEVELS[options.level ?? 'info'];
  const format = options.format ?? 'pretty';
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const redact = (text: string) =>
    secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);

  const log = (level: LogLevel, event: string, fields: Record<string, unknown> = {}) => {
    if (LEVELS[level] < threshold) return;
    const record: Record<string, unknown> = { time: new Date().toISOString(), level, event };
    for (const [key, value] of Object.entries(fields))
      record[key] = value instanceof Error ? serialiseError(value) : value;
    let line: string;
    if (format === 'json') line = safeJson(record);
    else {
      const rest = Object.entries(record)
        .filter(([k]) => !['time', 'level', 'event'].includes(k))
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : safeJson(v)}`)
        .join(' ');
      line = `${String(record.time).slice(11, 19)} ${level.toUpperCase().padEnd(5)} ${event}${rest ? ` ${rest}` : ''}`;
    }
    write(redact(line));
  };
  return {
    debug: (event, fields) => log('debug', event, fields),
    info: (event, fields) => log('info', event, fields),
    warn: (event, fields) => log('warn', event, fields),
    error: (event, fields) => log('error', event, fields),
  };
}
