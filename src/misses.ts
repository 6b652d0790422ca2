import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { appendRotated } from './jsonl.ts';
import { normalizeText } from './search/normalize.ts';

export interface Miss {
  readonly time: string;
  /** What was asked: `ask` (free text or /ask), `mention`, `company`, `policy`. */
  readonly kind: string;
  readonly query: string;
  /** A salted hash of the user id: enough to count distinct askers, not to identify them. */
  readonly user: string;
}

export interface MissSummary {
  readonly query: string;
  readonly count: number;
  readonly users: number;
  readonly last: string;
}

const MAX_QUERY_LENGTH = 200;

/**
 * Questions that got "not found", appended as JSON lines for the people who keep the knowledge base.
 * User ids are hashed, message ids are never stored, and the file is rotated once it passes
 * `maxBytes` (one previous file is kept). Writing never fails a reply: errors go to `onError`.
 */
export class MissLog {
  private queue: Promise<void> = Promise.resolve();
  private readonly salt: string;

  constructor(
    readonly file: string,
    private readonly options: { maxBytes?: number; salt?: string; onError?: (error: unknown) => void } = {},
  ) {
    this.salt = options.salt ?? randomBytes(16).toString('hex');
  }

  private get maxBytes(): number {
    return this.options.maxBytes ?? 1024 * 1024;
  }

  hashUser(userId: string): string {
    return createHash('sha256').update(`${this.salt}:${userId}`).digest('hex').slice(0, 16);
  }

  record(kind: string, query: string, userId: string): Promise<void> {
    const clean = query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
    if (!clean) return this.queue;
    const miss: Miss = { time: new Date().toISOString(), kind, query: clean, user: this.hashUser(userId) };
    this.queue = this.queue
      .then(() => this.append(`${JSON.stringify(miss)}\n`))
      .catch((error: unknown) => this.options.onError?.(error));
    return this.queue;
  }

  private append(line: string): Promise<void> {
    return appendRotated(this.file, line, this.maxBytes);
  }

  /** The most frequent misses (folded by normalised text), most recent first among equals. */
  async top(limit = 10): Promise<MissSummary[]> {
    await this.queue;
    const entries: Miss[] = [];
    for (const file of [`${this.file}.1`, this.file]) {
      const text = await readFile(file, 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          const miss = JSON.parse(line) as Miss;
          if (typeof miss.query === 'string' && typeof miss.time === 'string') entries.push(miss);
        } catch {
          // A torn last line after a crash: skip it.
        }
      }
    }
    const groups = new Map<string, { query: string; count: number; users: Set<string>; last: string }>();
    for (const miss of entries) {
      const key = normalizeText(miss.query);
      const group = groups.get(key) ?? {
        query: miss.query,
        count: 0,
        users: new Set<string>(),
        last: miss.time,
      };
      group.count++;
      group.users.add(miss.user);
      if (miss.time >= group.last) {
        group.last = miss.time;
        group.query = miss.query;
      }
      groups.set(key, group);
    }
    return [...groups.values()]
      .sort((a, b) => b.count - a.count || b.last.localeCompare(a.last))
      .slice(0, limit)
      .map((g) => ({ query: g.query, count: g.count, users: g.users.size, last: g.last }));
  }
}
