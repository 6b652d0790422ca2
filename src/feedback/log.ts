import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appendRotated } from '../jsonl.ts';
import { normalizeText } from '../search/normalize.ts';
import type { QuestionSource, Vote } from './buttons.ts';

/** One line of the feedback log. */
export interface VoteRecord {
  readonly time: string;
  readonly vote: Vote;
  readonly source: QuestionSource;
  /** A salted hash of the answer message's id: one vote per person per answer, nothing more. */
  readonly answer: string;
  /** A salted hash of the user id, as in the miss log. */
  readonly user: string;
  /** For 👎: the question (cut to what the button could carry) and what the answer showed. */
  readonly query?: string;
  readonly shown?: readonly string[];
}

export interface NotHelpfulSummary {
  readonly query: string;
  readonly count: number;
  readonly users: number;
  readonly last: string;
  /** What the answers showed (facts, or the entity whose card it was), most recent first. */
  readonly shown: readonly string[];
}

export interface FeedbackSummary {
  readonly helpful: number;
  readonly notHelpful: number;
  /** Distinct people who voted. */
  readonly voters: number;
  /** The answers marked not helpful, by question, most often first. */
  readonly top: readonly NotHelpfulSummary[];
}

export interface VoteInput {
  readonly vote: Vote;
  readonly source: QuestionSource;
  readonly messageId: string;
  readonly userId: string;
  readonly question?: string;
  readonly shown?: readonly string[];
}

const MAX_QUERY_LENGTH = 200;
/** Votes remembered for "once per person per answer"; the oldest are forgotten past this. */
const MAX_REMEMBERED = 100_000;

/**
 * 👍/👎 on answers, appended as JSON lines (`FEEDBACK_LOG`), for the people who keep the knowledge
 * base. User and message ids are stored only as salted hashes; the salt is kept beside the log
 * (`<file>.salt`, readable by the bot alone) so that a person's second vote on an answer is known
 * after a restart too. The file is rotated past `maxBytes` (one previous file is kept). Writing
 * never fails a reply: errors go to `onError`.
 */
export class FeedbackLog {
  private queue: Promise<void> = Promise.resolve();
  private loading?: Promise<{ salt: string; seen: Set<string> }>;

  constructor(
    readonly file: string,
    private readonly options: { maxBytes?: number; salt?: string; onError?: (error: unknown) => void } = {},
  ) {}

  private get maxBytes(): number {
    return this.options.maxBytes ?? 1024 * 1024;
  }

  /**
   * Records a vote, unless this person already voted on this answer (`duplicate`). The check is
   * made in memory before anything is awaited on disk, so two quick presses count once.
   */
  async vote(input: VoteInput): Promise<'recorded' | 'duplicate'> {
    const { salt, seen } = await this.load();
    const answer = hash(salt, `message:${input.messageId}`);
    const user = hash(salt, `user:${input.userId}`);
    const key = `${answer}:${user}`;
    if (seen.has(key)) return 'duplicate';
    remember(seen, key);
    const record: VoteRecord = {
      time: new Date().toISOString(),
      vote: input.vote,
      source: input.source,
      answer,
      user,
      ...(input.vote === 'down' && input.question
        ? { query: input.question.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH) }
        : {}),
      ...(input.vote === 'down' && input.shown?.length ? { shown: input.shown } : {}),
    };
    this.queue = this.queue
      .then(() => this.append(`${JSON.stringify(record)}\n`))
      .catch((error: unknown) => this.options.onError?.(error));
    return 'recorded';
  }

  /** Counts, and the answers marked not helpful grouped by (normalised) question. */
  async summary(limit = 10): Promise<FeedbackSummary> {
    await this.queue;
    const records = await this.read();
    let helpful = 0;
    let notHelpful = 0;
    const voters = new Set<string>();
    const groups = new Map<
      string,
      { query: string; count: number; users: Set<string>; last: string; shown: string[] }
    >();
    for (const record of records) {
      voters.add(record.user);
      if (record.vote === 'up') {
        helpful++;
        continue;
      }
      notHelpful++;
      const query = record.query ?? '';
      const key = normalizeText(query);
      const group = groups.get(key) ?? { query, count: 0, users: new Set(), last: record.time, shown: [] };
      group.count++;
      group.users.add(record.user);
      if (record.time >= group.last) {
        group.last = record.time;
        group.query = query;
      }
      for (const item of record.shown ?? []) {
        const at = group.shown.indexOf(item);
        if (at !== -1) group.shown.splice(at, 1);
        group.shown.unshift(item);
      }
      groups.set(key, group);
    }
    const top = [...groups.values()]
      .sort((a, b) => b.count - a.count || b.last.localeCompare(a.last))
      .slice(0, limit)
      .map((g) => ({ query: g.query, count: g.count, users: g.users.size, last: g.last, shown: g.shown }));
    return { helpful, notHelpful, voters: voters.size, top };
  }

  /** The salt and the votes already cast, read once from disk. */
  private load(): Promise<{ salt: string; seen: Set<string> }> {
    this.loading ??= (async () => {
      const salt = this.options.salt ?? (await this.loadSalt());
      const seen = new Set<string>();
      for (const record of await this.read()) remember(seen, `${record.answer}:${record.user}`);
      return { salt, seen };
    })();
    return this.loading;
  }

  private async loadSalt(): Promise<string> {
    const file = `${this.file}.salt`;
    const existing = await readFile(file, 'utf8').catch(() => '');
    if (/^[0-9a-f]{32}$/.test(existing.trim())) return existing.trim();
    await mkdir(path.dirname(file), { recursive: true });
    const salt = randomBytes(16).toString('hex');
    try {
      // `wx`: another shard may have written it first; then theirs is the salt.
      await writeFile(file, `${salt}\n`, { flag: 'wx', mode: 0o600 });
      return salt;
    } catch {
      const written = (await readFile(file, 'utf8')).trim();
      if (!/^[0-9a-f]{32}$/.test(written)) throw new Error(`${file} does not hold a salt`);
      return written;
    }
  }

  private async read(): Promise<VoteRecord[]> {
    const records: VoteRecord[] = [];
    for (const file of [`${this.file}.1`, this.file]) {
      const text = await readFile(file, 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          const record = JSON.parse(line) as Partial<VoteRecord>;
          if (
            (record.vote === 'up' || record.vote === 'down') &&
            typeof record.answer === 'string' &&
            typeof record.user === 'string' &&
            typeof record.time === 'string'
          )
            records.push(record as VoteRecord);
        } catch {
          // A torn last line after a crash: skip it.
        }
      }
    }
    return records;
  }

  private append(line: string): Promise<void> {
    return appendRotated(this.file, line, this.maxBytes);
  }
}

function hash(salt: string, value: string): string {
  return createHash('sha256').update(`${salt}:${value}`).digest('hex').slice(0, 16);
}

function remember(seen: Set<string>, key: string): void {
  seen.add(key);
  if (seen.size > MAX_REMEMBERED) {
    const oldest = seen.values().next().value;
    if (oldest !== undefined) seen.delete(oldest);
  }
}
