import type { Entity, EntityType } from '../knowledge/schema.ts';
import type { SourcedFact } from '../knowledge/types.ts';
import type { Answer, CitedFact, Engine } from './types.ts';

const KIND_ORDER: Record<SourcedFact['kind'], number> = {
  profile: 0,
  'japan-move': 1,
  policy: 2,
  statistic: 3,
  quote: 4,
  comparison: 5,
  reason: 6,
  trend: 7,
  reaction: 8,
  opinion: 9,
};

export function cite(engine: Engine, fact: SourcedFact): CitedFact {
  return { fact, passage: engine.kb.passage(fact.articleId, fact.source) };
}

/** A fact about many entities at once (a table listing companies) says less about each. */
const isBroad = (fact: SourcedFact) => fact.entities.length > 3;

/** An entity's card: its facts, most telling first, and the people or company it goes with. */
export function entityAnswer(engine: Engine, entity: Entity): Answer {
  const facts = entityAnswerFacts(engine, entity);
  const related: Entity[] = [];
  if (entity.affiliation) {
    const company = engine.kb.entities.get(entity.affiliation);
    if (company) related.push(company);
  }
  for (const person of engine.kb.entitiesOfType('person'))
    if (person.affiliation === entity.id) related.push(person);
  return { kind: 'entity', entity, facts, related };
}

/** Facts about an entity, most telling first. */
export function entityAnswerFacts(engine: Engine, entity: Entity): CitedFact[] {
  return (
    [...(engine.kb.factsByEntity.get(entity.id) ?? [])]
      // A company's own facts before the ones that merely list it among others.
      .map((fact, order) => ({ fact, order }))
      .sort(
        (a, b) =>
          Number(isBroad(a.fact)) - Number(isBroad(b.fact)) ||
          KIND_ORDER[a.fact.kind] - KIND_ORDER[b.fact.kind] ||
          a.order - b.order,
      )
      .map(({ fact }) => cite(engine, fact))
  );
}

/** What the article says of an entity, cut to a few facts: beside a miss, not an answer. */
export function partialFor(engine: Engine, entity: Entity, missing: readonly string[]): Answer {
  return { kind: 'partial', entity, missing, facts: entityAnswerFacts(engine, entity).slice(0, 4) };
}

function displayParts(text: string): string[] {
  const parenthesised = /^(.+?)\s*\((.+)\)$/.exec(text);
  if (parenthesised) return [parenthesised[1]!, parenthesised[2]!];
  return text.includes(' · ') ? text.split(' · ') : [];
}

/** `/company 리벨리온`, `/policy japan`: the entity named (by id, name, alias, initials or typo) or a miss. */
export function resolveEntity(
  engine: Engine,
  asked: 'company' | 'policy',
  query: string,
  type: EntityType,
): Answer {
  const trimmed = query.trim();
  if (!trimmed) return { kind: 'not-found', asked, query, suggestions: [] };
  // Autocomplete sends the entity id as the value; a user may also type the id.
  const byId = engine.kb.entities.get(trimmed);
  if (byId?.type === type) return entityAnswer(engine, byId);
  const { match, suggestions } = engine.entities.resolve(trimmed, type);
  if (match) return entityAnswer(engine, match.entity);
  // A name as the bot shows it (`리벨리온 (Rebellions)`, `리벨리온 · Rebellions`) names the entity
  // when one of its parts does, exactly.
  for (const part of displayParts(trimmed)) {
    const exact = engine.entities.search(part, { type, limit: 1, fuzzy: false })[0];
    if (exact?.tier === 'exact') return entityAnswer(engine, exact.entity);
  }
  return { kind: 'not-found', asked, query, suggestions: suggestions.map((s) => s.entity) };
}
