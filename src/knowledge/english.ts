/**
 * An article may be Korean only (an imported draft nobody has translated yet). The rest of the code
 * reads both languages everywhere, so the loader fills each missing English text with the Korean one
 * and records that the article is not (fully) translated: replies to English questions about it are
 * then written in Korean, with a note saying why.
 */
import type { KnowledgeFile, LocalizedText, ParsedKnowledgeFileSource } from './schema.ts';

type SourceText = { readonly ko: string; readonly en?: string | undefined };

export interface CompletedFile {
  readonly data: KnowledgeFile;
  /** False when some text had no English and was filled from the Korean. */
  readonly translated: boolean;
}

/** The file with every missing English text filled from the Korean. */
export function fillEnglish(source: ParsedKnowledgeFileSource): CompletedFile {
  let translated = true;
  const text = (t: SourceText): LocalizedText => {
    if (t.en !== undefined) return { ko: t.ko, en: t.en };
    translated = false;
    return { ko: t.ko, en: t.ko };
  };
  type Lines = ParsedKnowledgeFileSource['article']['summary'];
  // Optional fields stay absent when the file leaves them out.
  const summary = (lines: Lines) =>
    lines === undefined ? {} : { summary: lines.map((line) => ({ ...line, text: text(line.text) })) };
  const { summary: articleSummary, ...article } = source.article;
  const data: KnowledgeFile = {
    ...source,
    article: {
      ...article,
      title: text(article.title),
      category: text(article.category),
      ...summary(articleSummary),
    },
    passages: source.passages.map((p) => {
      if (p.en === undefined) translated = false;
      const { section, ...rest } = p;
      return { ...rest, ...(section ? { section: text(section) } : {}), en: p.en ?? p.text };
    }),
    entities: source.entities.map(({ role, ...e }) => ({
      ...e,
      name: text(e.name),
      summary: text(e.summary),
      ...(role ? { role: text(role) } : {}),
    })),
    facts: source.facts.map((f) => ({
      ...f,
      text: text(f.text),
      figures: f.figures.map((figure) => ({ ...figure, label: text(figure.label) })),
    })),
    comparisons: source.comparisons.map((c) => ({
      ...c,
      title: text(c.title),
      rows: c.rows.map((row) => ({
        ...row,
        aspect: text(row.aspect),
        values: row.values.map((v) => ({ ...v, text: text(v.text) })),
      })),
    })),
    sections: source.sections.map(({ summary: lines, ...s }) => ({
      ...s,
      title: text(s.title),
      ...summary(lines),
    })),
  };
  return { data, translated };
}
