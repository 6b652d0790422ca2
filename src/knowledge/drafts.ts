import type { KnowledgeBase } from './types.ts';

/** What still carries its draft mark in one knowledge file: how many of each kind, and where. */
export interface DraftReport {
  readonly file: string;
  readonly count: number;
  /** `facts: 80 (facts[0–79])`, one entry per kind, in file order. */
  readonly kinds: readonly { readonly kind: string; readonly count: number; readonly where: string }[];
}

/** The drafts of every article in the knowledge base (files with none are left out). */
export function draftReports(kb: KnowledgeBase): DraftReport[] {
  return kb.articles
    .filter((a) => a.drafts.length > 0)
    .map((a) => {
      const byKind = new Map<string, number[]>();
      for (const path of a.drafts) {
        const match = /^(\w+)(?:\[(\d+)\])?$/.exec(path);
        if (!match) continue;
        const list = byKind.get(match[1]!) ?? [];
        if (match[2] !== undefined) list.push(Number(match[2]));
        byKind.set(match[1]!, list);
      }
      const kinds = [...byKind].map(([kind, indexes]) => ({
        kind,
        count: Math.max(1, indexes.length),
        where: indexes.length === 0 ? kind : `${kind}[${ranges(indexes)}]`,
      }));
      return { file: a.file, count: a.drafts.length, kinds };
    });
}

/** `0–3, 5, 7–9` for 0 1 2 3 5 7 8 9. */
export function ranges(indexes: readonly number[]): string {
  const sorted = [...indexes].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** One line per file: `knowledge/x.json: 160 draft item(s) to review — article; facts: 80 (facts[0–79]); …`. */
export function formatDraftReport(report: DraftReport): string {
  const kinds = report.kinds.map((k) =>
    k.kind === 'article' ? 'article' : `${k.kind}: ${k.count} (${k.where})`,
  );
  return `${report.file}: ${report.count} draft item(s) to review — ${kinds.join('; ')}`;
}
