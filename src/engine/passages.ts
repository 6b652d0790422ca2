/**
 * The article's own text as a second source: a passage whose sentence says, word for word, what a
 * question asks and no fact answers.
 */
import type { Entity } from '../knowledge/schema.ts';
import type { SourcedFact, SourcedPassage } from '../knowledge/types.ts';
import type { Term } from '../language/understand.ts';
import { compactKey, hasHangul, normalizeText, stripParticles, tokenize } from '../search/normalize.ts';
import type { Mention } from './mentions.ts';
import type { Answer, Engine } from './types.ts';

interface Sentence {
  readonly text: string;
  /** Its words, and their forms without particles. */
  readonly words: ReadonlySet<string>;
}

/** Each passage's sentences (Korean and English), read once per snapshot. */
const passageSentences = new WeakMap<Engine, Map<string, readonly Sentence[]>>();

function sentencesOf(engine: Engine, passage: SourcedPassage): readonly Sentence[] {
  let cache = passageSentences.get(engine);
  if (!cache) {
    cache = new Map();
    passageSentences.set(engine, cache);
  }
  const key = `${passage.articleId}#${passage.id}`;
  let sentences = cache.get(key);
  if (!sentences) {
    sentences = [passage.text, passage.en]
      .flatMap((text) => text.split(/(?<=[.?!。])\s+/))
      .map((text) => {
        const words = new Set<string>();
        for (const word of tokenize(normalizeText(text))) {
          words.add(word);
          for (const stem of stripParticles(word)) words.add(stem);
        }
        return { text, words };
      });
    cache.set(key, sentences);
  }
  return sentences;
}

/** Passages no fact cites (table rows, closing lines): searched only when the facts fall short. */
const uncited = new WeakMap<Engine, readonly SourcedPassage[]>();

export function uncitedPassages(engine: Engine): readonly SourcedPassage[] {
  let list = uncited.get(engine);
  if (!list) {
    const cited = new Set<string>();
    for (const fact of engine.kb.facts.values()) cited.add(`${fact.articleId}#${fact.source}`);
    for (const c of engine.kb.comparisons)
      for (const row of c.rows) cited.add(`${c.articleId}#${row.source}`);
    list = engine.kb.articles.flatMap((article) =>
      article.passages
        .filter(
          (p) => (p.kind === 'paragraph' || p.kind === 'table-row') && !cited.has(`${article.id}#${p.id}`),
        )
        .flatMap((p) => engine.kb.passage(article.id, p.id) ?? []),
    );
    uncited.set(engine, list);
  }
  return list;
}

/**
 * The passage that covers a question no fact answers: the passages of the facts nearest to it and
 * those no fact cites, each holding every word the question asks about (as written, without a
 * particle, or an equivalent), the names it asks about, and an answer of the kind asked for.
 */
export function passageAnswer(
  engine: Engine,
  question: string,
  content: readonly Term[],
  mentions: readonly Mention[],
  near: readonly SourcedFact[],
): Answer | undefined {
  if (content.length === 0) return undefined;
  const candidates = new Map<string, SourcedPassage>();
  for (const fact of near) {
    const passage = engine.kb.passage(fact.articleId, fact.source);
    if (passage) candidates.set(`${passage.articleId}#${passage.id}`, passage);
  }
  for (const passage of uncitedPassages(engine))
    candidates.set(`${passage.articleId}#${passage.id}`, passage);
  // One sentence must say it all: words side by side in a paragraph need not be about each other.
  const covers = ({ text, words }: Sentence) =>
    content.every((t) => [t.head, ...t.forms, ...t.synonyms].some((f) => has(words, f))) &&
    mentions.filter((m) => m.required).every((m) => named(text, m.entity));
  for (const passage of candidates.values())
    if (sentencesOf(engine, passage).some(covers)) return { kind: 'passage', question, passage };
  return undefined;
}

const has = (words: ReadonlySet<string>, form: string) =>
  words.has(form) ||
  ((hasHangul(form) ? form.length >= 2 : form.length >= 4) && [...words].some((w) => w.startsWith(form)));

const named = (text: string, entity: Entity) => {
  const compact = compactKey(text);
  return [entity.name.ko, entity.name.en, ...entity.aliases].some((n) => {
    const key = compactKey(n);
    return key.length >= 2 && compact.includes(key);
  });
};
