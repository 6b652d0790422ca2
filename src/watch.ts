import { type FSWatcher, watch } from 'node:fs';
import type { KnowledgeService, ReloadResult } from './service.ts';

/**
 * Reloads the knowledge base when a file in its folder changes, once the edits have settled
 * (`debounceMs`), so an editor's save-rename-write dance causes one reload, not three.
 */
export function watchKnowledge(
  service: KnowledgeService,
  options: {
    debounceMs?: number;
    onReload: (result: ReloadResult) => void;
    onError?: (error: unknown) => void;
  },
): { close(): void } {
  const debounceMs = options.debounceMs ?? 500;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      service.reload().then(options.onReload, options.onError);
    }, debounceMs);
  };
  try {
    watcher = watch(service.dir, { persistent: false }, (_event, name) => {
      if (!name || name.endsWith('.json')) schedule();
    });
    watcher.on('error', (error) => options.onError?.(error));
  } catch (error) {
    options.onError?.(error);
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
