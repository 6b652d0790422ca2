import type { Comparison, Entity, EntityType } from '../knowledge/schema.ts';
import type { KnowledgeBase, SourcedFact, SourcedPassage } from '../knowledge/types.ts';
import { EntityIndex, type NameMatch } from '../search/entity-index.ts';
import {
  analyseQuestion,
  FactIndex,
  type Intent,
  type QueryWord,
  type ScoredFact,
} from '../search/fact-index.ts';
import { compactKey, hasHangul, isChoseongQuery } from '../search/normalize.ts';

/** What a user asked for, whichever way they asked (slash command, mention, console). */
export type Question =
  | { readonly kind: 'company'; readonly query: string }
  | { readonly kind: 'policy'; readonly query: string }
  | { readonly kind: 'entity'; readonly id: string }
  | { readonly kind: 'compare' }
  | { readonly kind: 'about' }
  | { readonly kind: 'ask'; readonly text: string };

export interface CitedFact {
  readonly fact: SourcedFact;
  readonly passage: SourcedPassage | undefined;
}

export type Answer =
  | {
      readonly kind: 'entity';
      readonly entity: Entity;
      /** Facts about the entity, most telling first. */
      readonly facts: readonly CitedFact[];
      /** People of a company, or the company of a person. */
      readonly related: readonly Entity[];
    }
  | { readonly kind: 'comparison'; readonly comparison: Comparison & { readonly articleId: string } }
  | { readonly kind: 'about' }
  | { readonly kind: 'facts'; readonly question: string; readonly facts: readonly CitedFact[] }
  | {
      readonly kind: 'not-found';
      readonly asked: 'company' | 'policy' | 'entity' | 'ask' | 'compare';
      readonly query: string;
      readonly suggestions: readonly Entity[];
    };

export const answerFound = (answer: Answer): boolean => answer.kind !== 'not-found';

/** A knowledge base and the indexes built from it; immutable, swapped whole on reload. */
export interface Engine {
  readonly kb: KnowledgeBase;
  readonly entities: EntityIndex;
  readonly facts: FactIndex;
}

export function buildEngine(kb: KnowledgeBase): Engine {
  return Object.freeze({
    kb,
    entities: new EntityIndex(kb.entities.values()),
    facts: new FactIndex(kb.facts.values()),
  });
}

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

function cite(engine: Engine, fact: SourcedFact): CitedFact {
  return { fact, passage: engine.kb.passage(fact.articleId, fact.source) };
}

/** A fact about many entities at once (a table listing companies) says less about each. */
const isBroad = (fact: SourcedFact) => fact.entities.length > 3;

function entityAnswer(engine: Engine, entity: Entity): Answer {
  const facts = [...(engine.kb.factsByEntity.get(entity.id) ?? [])]
    // A company's own facts before the ones that merely list it among others.
    .map((fact, order) => ({ fact, order }))
    .sort(
      (a, b) =>
        Number(isBroad(a.fact)) - Number(isBroad(b.fact)) ||
        KIND_ORDER[a.fact.kind] - KIND_ORDER[b.fact.kind] ||
        a.order - b.order,
    )
    .map(({ fact }) => cite(engine, fact));
  const related: Entity[] = [];
  if (entity.affiliation) {
    const company = engine.kb.entities.get(entity.affiliation);
    if (company) related.push(company);
  }
  for (const person of engine.kb.entitiesOfType('person'))
    if (person.affiliation === entity.id) related.push(person);
  return { kind: 'entity', entity, facts, related };
}

function displayParts(text: string): string[] {
  const parenthesised = /^(.+?)\s*\((.+)\)$/.exec(text);
  if (parenthesised) return [parenthesised[1]!, parenthesised[2]!];
  return text.includes(' · ') ? text.split(' · ') : [];
}

function resolveEntity(engine: Engine, asked: 'company' | 'policy', query: string, type: EntityType): Answer {
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

interface Mention {
  readonly entity: Entity;
  /** Indexes of the query words the mention covers. */
  readonly words: readonly number[];
}

/**
 * Entities named in a question: runs of up to three words (`channel talk`, `채널 톡`) matched
 * exactly, by initials, or by a close typo; longer runs win.
 */
function findMentions(engine: Engine, words: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  const used = new Set<number>();
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const span = Array.from({ length }, (_, i) => start + i);
      if (span.some((i) => used.has(i))) continue;
      const text = span.map((i) => words[i]).join(' ');
      // A typo of a name is only worth looking for in one word that is not itself a word of the facts.
      const word = words[start]!;
      const typoPossible = length === 1 && !engine.facts.hasWord(word);
      const match = mentionMatch(engine, text, typoPossible);
      // Several words only name an entity when they spell it exactly (`channel talk`).
      if (!match || (length > 1 && match.tier !== 'exact')) continue;
      span.forEach((i) => {
        used.add(i);
      });
      const known = mentions.find((m) => m.entity.id === match.entity.id);
      if (known) (known.words as number[]).push(...span);
      else mentions.push({ entity: match.entity, words: span });
    }
  }
  return mentions;
}

function mentionMatch(engine: Engine, text: string, fuzzy: boolean): NameMatch | undefined {
  const key = compactKey(text);
  if (key.length < 2) return undefined;
  const [top] = engine.entities.search(text, { limit: 1, fuzzy });
  if (!top) return undefined;
  if (top.tier === 'exact') return top;
  if (top.tier === 'initials') return isChoseongQuery(key) && key.length >= 3 ? top : undefined;
  // In a sentence, a prefix must be most of the name (`리벨리` yes, `리` no) and a typo must be close.
  if (top.tier === 'prefix') return top.score >= 0.8 ? top : undefined;
  return top.score >= 0.8 && (hasHangul(key) ? key.length >= 3 : key.length >= 5) ? top : undefined;
}

/** Words that ask for a region's policy as a whole: with a region and nothing else, its card answers. */
const POLICY_WORDS = new Set([
  '정책',
  '정책들',
  'policy',
  'policies',
  'ai',
  '인공지능',
  '전략',
  'strategy',
  '정부',
  'government',
]);

/** How much a fact gains for being about an entity the question names. */
const MENTION_BONUS = 2.5;
/** How much a fact gains for being the kind of answer the question word asks for. */
const INTENT_BONUS = 1.5;
/** Facts scoring at least this share of the best one are answered together with it. */
const COMPANION_SHARE = 0.8;
const MAX_ANSWER_FACTS = 3;

function matchesIntent(engine: Engine, fact: SourcedFact, intent: Intent): boolean {
  switch (intent) {
    case 'reason':
      return fact.kind === 'reason';
    case 'amount':
      return fact.figures.some((f) => f.unit !== 'year' && f.unit !== 'count');
    case 'time':
      return (
        fact.figures.some((f) => f.unit === 'year' || f.year !== undefined) ||
        /다음 달|next month/.test(fact.text.ko + fact.text.en)
      );
    case 'person':
      return fact.entities.some((id) => engine.kb.entities.get(id)?.type === 'person');
    case 'opinion':
      return fact.kind === 'opinion';
  }
}

/** Every number in a question must be in the answer: a question about 2024 is not answered with 2023. */
function numbersAgree(fact: SourcedFact, numbers: readonly string[]): boolean {
  if (numbers.length === 0) return true;
  const text = `${fact.text.ko} ${fact.text.en}`;
  return numbers.every(
    (n) =>
      new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(text) ||
      fact.figures.some((f) => String(f.value) === n || String(f.year) === n),
  );
}

function answerQuestion(engine: Engine, text: string): Answer {
  const notFound = (suggestions: readonly Entity[] = []): Answer => ({
    kind: 'not-found',
    asked: 'ask',
    query: text,
    suggestions,
  });
  // The whole question is a name (`채널 톡`, `MS`): its card, even where the words alone fall short.
  const named = engine.entities.search(text, { limit: 1, fuzzy: false })[0];
  if (named?.tier === 'exact') return entityAnswer(engine, named.entity);
  const known = (w: QueryWord) => [w.word, ...w.stems].some((f) => engine.facts.knows(f));
  const analysed = analyseQuestion(text);
  const { intents } = analysed;
  const words = analysed.words.flatMap((w) => {
    if (w.soft || known(w)) return [w];
    const parts = engine.facts.splitCompound(w.word);
    return parts ? parts.map((part) => ({ word: part, stems: [], soft: false })) : [w];
  });
  if (words.length === 0) return notFound();
  const mentions = findMentions(
    engine,
    words.map((w) => w.word),
  );
  const mentioned = new Set(mentions.flatMap((m) => m.words));
  const topicWords = words.filter((_, i) => !mentioned.has(i));
  // A verb the article never uses says nothing either way; one it does use is part of the topic.
  const contentWords = topicWords.filter((w) => !w.soft || known(w));
  const numbers = topicWords.filter((w) => /^[0-9]+$/.test(w.word)).map((w) => w.word);

  // Only the entity, nothing else: the entity's card answers best (`리벨리온은?`, `리벨리온은 어떤 회사야?`).
  if (topicWords.length === 0 && mentions.length === 1 && intents.size === 0)
    return entityAnswer(engine, mentions[0]!.entity);
  // A region and only the word policy (`미국 AI 정책`, `EU policy`): its policy card, every measure.
  if (
    mentions.length === 1 &&
    mentions[0]!.entity.type === 'region' &&
    intents.size === 0 &&
    topicWords.length > 0 &&
    topicWords.every((w) => [w.word, ...w.stems].some((f) => POLICY_WORDS.has(f)))
  )
    return entityAnswer(engine, mentions[0]!.entity);

  const aboutMentioned = (fact: SourcedFact) =>
    mentions.reduce((n, m) => n + (fact.entities.includes(m.entity.id) ? 1 : 0), 0);
  const candidates = new Map<string, ScoredFact>();
  for (const r of engine.facts.search(words, { limit: 30 })) candidates.set(r.fact.id, r);
  // Facts about the entities named, even when no other word of the question matches them.
  if (mentions.length > 0) {
    const restrict = engine.facts.positionsAbout(mentions.map((m) => m.entity.id));
    for (const r of engine.facts.search(topicWords, { limit: 30, restrictTo: restrict }))
      if (!candidates.has(r.fact.id)) candidates.set(r.fact.id, r);
    if (topicWords.length === 0 || candidates.size === 0)
      for (const position of restrict) {
        const fact = engine.facts.facts[position]!;
        if (!candidates.has(fact.id)) candidates.set(fact.id, { fact, score: 0, words: new Set() });
      }
  }
  const scored = [...candidates.values()]
    .filter((r) => numbersAgree(r.fact, numbers))
    .map((r) => {
      const contentHits = contentWords.filter((w) => r.words.has(w.word)).length;
      const intentHits = [...intents].filter((i) => matchesIntent(engine, r.fact, i)).length;
      const score = r.score + MENTION_BONUS * aboutMentioned(r.fact) + INTENT_BONUS * intentHits;
      return { ...r, contentHits, score };
    })
    .sort((a, b) => b.score - a.score || a.fact.id.localeCompare(b.fact.id));

  // A question word asks for a kind of answer (why → a reason): prefer facts of that kind that
  // match the question about as well as the best one does.
  const leader = scored[0];
  if (leader && intents.size > 0) {
    const fitting = scored.filter(
      (s) =>
        [...intents].some((i) => matchesIntent(engine, s.fact, i)) &&
        s.contentHits * 2 >= leader.contentHits &&
        aboutMentioned(s.fact) >= aboutMentioned(leader.fact),
    );
    if (fitting.length > 0) scored.splice(0, scored.length, ...fitting);
  }
  const best = scored[0];
  const suggestions = mentions.map((m) => m.entity);
  if (!best) return notFound(suggestions);
  // The article must cover the question: every entity it names is one the answer is about, and its
  // content words are mostly matched. A word the article never uses (주가, 비트코인, france) counts
  // against; a predicate (세웠어, working) only counts when it matches.
  if (mentions.some((m) => !best.fact.entities.includes(m.entity.id))) return notFound(suggestions);
  const unknown = contentWords.filter((w) => !best.words.has(w.word) && !known(w));
  if (unknown.length > 0 && unknown.length >= best.contentHits) return notFound(suggestions);
  const covered = contentWords.length === 0 ? 1 : best.contentHits / contentWords.length;
  const enough =
    covered >= 0.5 ||
    (mentions.length > 0 && unknown.length === 0 && best.contentHits >= 1) ||
    (mentions.length >= 2 && unknown.length === 0);
  if (!enough || (mentions.length === 0 && best.contentHits === 0)) return notFound(suggestions);

  const chosen = scored.filter(
    (s, i) =>
      i === 0 ||
      (s.score >= best.score * COMPANION_SHARE &&
        s.contentHits >= best.contentHits &&
        aboutMentioned(s.fact) >= aboutMentioned(best.fact)),
  );
  return {
    kind: 'facts',
    question: text,
    facts: chosen.slice(0, MAX_ANSWER_FACTS).map((s) => cite(engine, s.fact)),
  };
}

/** The answer engine: pure, synchronous, no I/O. */
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
      return answerQuestion(engine, question.text);
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
