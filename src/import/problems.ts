import type { KnowledgeError } from '../knowledge/types.ts';
import type { FetchFailure } from './fetch.ts';

/** Why an import did not happen. Each is the user's to fix; the reply says which (src/i18n). */
export type ImportProblem =
  | { readonly kind: 'fetch'; readonly reason: FetchFailure; readonly detail?: string | undefined }
  | { readonly kind: 'unreadable'; readonly path: string }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'unsupported'; readonly what: string }
  | { readonly kind: 'not-text' }
  | { readonly kind: 'no-article' }
  | { readonly kind: 'bad-id'; readonly id: string }
  | { readonly kind: 'exists'; readonly file: string }
  | { readonly kind: 'id-taken'; readonly id: string; readonly file: string }
  | { readonly kind: 'folder-invalid'; readonly errors: readonly KnowledgeError[] }
  | { readonly kind: 'draft-invalid'; readonly errors: readonly KnowledgeError[] }
  | { readonly kind: 'write'; readonly file: string };

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`import failed: ${problem.kind}`);
    this.name = 'ImportError';
  }
}
