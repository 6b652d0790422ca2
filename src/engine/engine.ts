/**
 * The answer engine: pure, synchronous, no I/O. A knowledge base and its indexes (`buildEngine`), and
 * the answer to what a user asked (`answer`), whichever way they asked.
 */
import type { Entity, EntityType } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { Lexicon, loadGeneralLexicon } from '../language/lexicon.ts';
import { countryByName, isEnglishWord } from '../language/names.ts';
import { EntityIndex } from '../search/entity-index.ts';
import { FactIndex } from '../search/fact-index.ts';
import { entityAnswer, resolveEntity } from './cards.ts';
import { answerMessage } from './message.ts';
import { uncitedPassages } from './passages.ts';
import type { Answer, Engine, Question } from './types.ts';

export { vocabularyOf } from './mentions.ts';
export { type AnsweredMessage, answerMessage } from './message.ts';
export {
  type Answer,
  answerFound,
  type CitedFact,
  type Engine,
  type Lead,
  type Question,
  shownFacts,
  type Verdict,
} from './types.ts';

/** The general lexicon is read and checked once per process; each snapshot adds its articles' words. */
let generalLexicon: ReturnType<typeof loadGeneralLexicon> | undefined;

export function buildEngine(kb: KnowledgeBase): Engine {
  generalLexicon ??= loadGeneralLexicon();
  // The word lists outside the knowledge base load once per process, here rather than on the first
  // question that needs them (which would wait ~150 ms).
  countryByName();
  isEnglishWord('');
  const engine: Engine = Object.freeze({
    kb,
    entities: new EntityIndex(kb.entities.values()),
    facts: new FactIndex(kb.facts.values()),
    lexicon: new Lexicon(generalLexicon, kb.lexicon),
  });
  uncitedPassages(engine);
  return engine;
}

export function answer(engine: Engine, question: Question): Answer {
  switch (question.kind) {
    case 'company':
      return resolveEntity(engine, 'company', question.query, 'company');
    case 'policy':
      return resolveEntity(engine, 'policy', question.query, 'region');
    case 'entity': {
      const entity = engine.kb.entities.get(question.id);
      return entity
        ? entityAnswer(engine, entity)
        : { kind: 'not-found', asked: 'entity', query: question.id, suggestions: [] };
    }
    case 'compare': {
      const comparison = engine.kb.comparisons[0];
      return comparison
        ? { kind: 'comparison', comparison }
        : { kind: 'not-found', asked: 'compare', query: '', suggestions: [] };
    }
    case 'about':
      return { kind: 'about' };
    case 'ask':
      return answerMessage(engine, question.text, question.previous).answer;
  }
}

/** Autocomplete: names of companies or regions for what has been typed so far. */
export function suggestNames(engine: Engine, type: EntityType, typed: string, limit = 25): Entity[] {
  if (!typed.trim()) {
    const all = engine.kb.entitiesOfType(type);
    const pinned = all.filter((e) => e.pinned);
    return (pinned.length > 0 ? pinned : all).slice(0, limit);
  }
  return engine.entities.search(typed, { type, limit }).map((m) => m.entity);
}
