import { buildEngine, type Engine } from './engine/engine.ts';
import { countKnowledge, formatKnowledgeError, loadKnowledgeBase } from './knowledge/loader.ts';
import type { KnowledgeBase, KnowledgeCounts, KnowledgeError } from './knowledge/types.ts';

export interface KnowledgeDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

export type ReloadResult =
  | {
      readonly ok: true;
      readonly before: KnowledgeCounts;
      readonly after: KnowledgeCounts;
      readonly entities: KnowledgeDiff;
      readonly facts: KnowledgeDiff;
      readonly tookMs: number;
    }
  | {
      readonly ok: false;
      readonly errors: readonly KnowledgeError[];
      readonly serving: KnowledgeCounts;
      readonly tookMs: number;
    };

/** Raised when the knowledge base cannot be loaded at start-up; the message lists every problem. */
export class KnowledgeLoadError extends Error {
  constructor(readonly errors: readonly KnowledgeError[]) {
    super(`the knowledge base could not be loaded:\n${errors.map(formatKnowledgeError).join('\n')}`);
    this.name = 'KnowledgeLoadError';
  }
}

/**
 * Holds the engine in service. A reload builds a complete new engine off to the side and swaps one
 * reference, so a question is always answered from one whole snapshot, and a broken knowledge
 * folder leaves the last good one serving. Reloads run one at a time.
 */
export class KnowledgeService {
  private current: Engine;
  private currentLoadedAt = new Date();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly reloadListeners = new Set<(result: ReloadResult) => void>();

  private constructor(
    readonly dir: string,
    engine: Engine,
  ) {
    this.current = engine;
  }

  static async create(options: { dir: string }): Promise<KnowledgeService> {
    const result = await loadKnowledgeBase(options.dir);
    if (!result.ok) throw new KnowledgeLoadError(result.errors);
    return new KnowledgeService(options.dir, buildEngine(result.kb));
  }

  get engine(): Engine {
    return this.current;
  }

  /** When the knowledge base in service was loaded (at start, or by the last successful reload). */
  get loadedAt(): Date {
    return this.currentLoadedAt;
  }

  /** Calls `listener` after every reload, whoever asked for it (`/reload`, SIGHUP, the file watcher). */
  onReload(listener: (result: ReloadResult) => void): () => void {
    this.reloadListeners.add(listener);
    return () => this.reloadListeners.delete(listener);
  }

  reload(): Promise<ReloadResult> {
    const run = this.queue
      .then(() => this.reloadNow())
      .then((result) => {
        for (const listener of this.reloadListeners) listener(result);
        return result;
      });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async reloadNow(): Promise<ReloadResult> {
    const started = performance.now();
    const before = this.current.kb;
    const result = await loadKnowledgeBase(this.dir);
    if (!result.ok) {
      return {
        ok: false,
        errors: result.errors,
        serving: countKnowledge(before),
        tookMs: performance.now() - started,
      };
    }
    const next = buildEngine(result.kb);
    this.current = next;
    this.currentLoadedAt = new Date();
    return {
      ok: true,
      before: countKnowledge(before),
      after: countKnowledge(next.kb),
      entities: diff(before.entities, next.kb.entities),
      facts: diff(before.facts, next.kb.facts),
      tookMs: performance.now() - started,
    };
  }
}

export function createKnowledgeService(options: { dir: string }): Promise<KnowledgeService> {
  return KnowledgeService.create(options);
}

function diff(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>): KnowledgeDiff {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [id, value] of after) {
    if (!before.has(id)) added.push(id);
    else if (JSON.stringify(before.get(id)) !== JSON.stringify(value)) changed.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  return { added, removed, changed };
}

export type { KnowledgeBase };
