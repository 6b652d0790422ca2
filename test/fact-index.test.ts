import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateKnowledge, writeKnowledgeFiles } from '../bench/synth-lib.ts';
import { formatKnowledgeError, loadKnowledgeBase } from '../src/knowledge/loader.ts';
import { Lexicon, loadGeneralLexicon } from '../src/language/lexicon.ts';
import { understand } from '../src/language/understand.ts';
import { FactIndex, type QueryWord, type ScoredFact } from '../src/search/fact-index.ts';

// Enough facts that common words (투자, 정부, investment) are in hundreds of them, while an entity is
// in a handful: searches restricted to an entity's facts then look facts up one by one instead of
// walking the word's whole list, and must find exactly what the full walk finds.
let dir: string;
let index: FactIndex;
let entityIds: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fact-index-'));
  await writeKnowledgeFiles(generateKnowledge({ facts: 5_000, seed: 11 }), dir);
  const result = await loadKnowledgeBase(dir);
  if (!result.ok) throw new Error(result.errors.slice(0, 10).map(formatKnowledgeError).join('\n'));
  index = new FactIndex(result.kb.facts.values());
  entityIds = [...result.kb.entities.keys()];
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lexicon = new Lexicon(loadGeneralLexicon());

/** The words of a question the engine would search for, as the language layer reads it. */
function queryWords(question: string): QueryWord[] {
  const vocabulary = {
    hasWord: (word: string) => index.hasWord(word),
    knows: (word: string) => index.knows(word),
    isName: () => false,
    resemblesName: () => false,
    isJoinedKeyword: (word: string) => index.isJoinedKeyword(word),
    spelledBy: (initials: string) => index.spelledBy(initials),
  };
  return understand(question, lexicon, vocabulary)
    .terms.filter((t) => t.role === 'topic' || t.role === 'predicate')
    .map((t) => ({ word: t.head, stems: t.forms, synonyms: t.synonyms }));
}

/** Entities spread over the knowledge base: the first, some in the middle, the last. */
const sampleEntities = () => [0, 1, 7, 50, 120, entityIds.length - 1].map((i) => entityIds[i]!);

const summary = (results: readonly ScoredFact[]) =>
  results.map((r) => ({ id: r.fact.id, score: r.score, words: [...r.words].sort() }));

describe('FactIndex.search restricted to some facts', () => {
  const questions = [
    '정부 투자 얼마야?',
    '투자 관련해서 뭐야?',
    '법인 설립 언제야?',
    'How much investment did the government make?',
    '매출 증가',
    '해외 진출 본사',
  ];

  test('finds the same facts, with the same scores, as an unrestricted search filtered afterwards', () => {
    let compared = 0;
    for (const question of questions) {
      const sample = sampleEntities();
      const words = queryWords(question);
      expect(words.length, question).toBeGreaterThan(0);
      const everything = index.search(words, { limit: 100_000 });
      for (const id of sample) {
        const restrictTo = index.positionsAbout([id]);
        expect(restrictTo.size, id).toBeGreaterThan(0);
        const restricted = index.search(words, { limit: 100_000, restrictTo });
        const expected = everything.filter((r) => r.fact.entities.includes(id));
        expect(summary(restricted), `${question} / ${id}`).toEqual(summary(expected));
        compared += restricted.length;
      }
    }
    // The comparison is not vacuous: the sampled entities' facts do use these words.
    expect(compared).toBeGreaterThan(20);
  });

  test('the data exercise the lookup path: a common word is in far more facts than sampled entities have', () => {
    const common = index.search(queryWords('투자'), { limit: 100_000 }).length;
    const sizes = sampleEntities().map((id) => index.positionsAbout([id]).size);
    expect(sizes.filter((size) => size * 16 < common).length).toBeGreaterThanOrEqual(3);
  });

  test('repeated and interleaved searches give the same results (the scratch arrays are reset)', () => {
    const words = queryWords('정부 투자 얼마야?');
    const restrictTo = index.positionsAbout([entityIds[3]!]);
    const first = summary(index.search(words, { limit: 5 }));
    const firstRestricted = summary(index.search(words, { limit: 5, restrictTo }));
    index.search(queryWords('매출 증가'), { limit: 50 });
    expect(summary(index.search(words, { limit: 5 }))).toEqual(first);
    expect(summary(index.search(words, { limit: 5, restrictTo }))).toEqual(firstRestricted);
  });
});
