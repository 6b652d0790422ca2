/**
 * The article's outline (`기사 목차 알려줘`, `섹션별로 뭐 다루는지 순서대로`, `what are the sections?`): every
 * heading in the article's order, each with the point of its part and the passage it starts from.
 */
import type { Term } from '../../language/understand.ts';
import { isHangulWord } from '../../search/normalize.ts';
import type { Reading } from '../ask.ts';
import type { Answer, SummaryItem } from '../types.ts';

export function outlineAnswer(reading: Reading): Answer | undefined {
  const { engine, text, terms, mentions } = reading;
  const { outlineAsked } = engine.lexicon;
  const article = engine.kb.articles[0];
  if (!article || article.sections.length < 2 || !outlineAsked.test(text.toLowerCase())) return undefined;
  // (of nothing named and asking nothing else: `리벨리온 섹션` or `투자 구조` ask of a fact)
  if (mentions.some((m) => !m.background)) return undefined;
  if (
    terms.some(
      (t) => (t.role === 'topic' || t.role === 'predicate') && !t.background && !ofOutline(reading, t),
    )
  )
    return undefined;
  const lines = article.sections.flatMap((section): SummaryItem[] => {
    const first = section.summary?.[0];
    const passage = engine.kb.passage(article.id, first?.source ?? section.passages[0] ?? '');
    const point = first?.text ?? (passage ? { ko: passage.text, en: passage.en } : undefined);
    if (!point) return [];
    return [
      {
        text: { ko: `${section.title.ko} — ${point.ko}`, en: `${section.title.en} — ${point.en}` },
        passage,
      },
    ];
  });
  return { kind: 'summary', question: text, scope: 'article', title: article.title, lines };
}

/** A word of the outline's own (`구조`, `섹션별로`, `순서대로`, `cover`), glued endings and all. */
function ofOutline(reading: Reading, t: Term): boolean {
  const besides = reading.engine.lexicon.outlineBesides;
  return [t.head, t.surface, ...t.forms]
    .map((w) => w.toLowerCase())
    .some((w) => besides.has(w) || [...besides].some((b) => isHangulWord(b) && w.startsWith(b)));
}
