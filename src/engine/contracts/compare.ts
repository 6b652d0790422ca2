/**
 * Comparisons of two things (`올거나이즈랑 업스테이지 비교해줘`, `일본이랑 중국 AI 정책 차이`, `EU vs US`,
 * `2021년이랑 2023년 투자액 비교`): each side on the point compared, in the article's words. The
 * article's own table answers the pair it compares (and only that pair).
 */
import type { Entity, Figure } from '../../knowledge/schema.ts';
import type { Term } from '../../language/understand.ts';
import { arithmeticAsked, computedOf } from '../arithmetic.ts';
import type { Reading } from '../ask.ts';
import { cite, entityAnswerFacts } from '../cards.ts';
import type { Answer, CitedFact, CompareSide, Engine } from '../types.ts';
import { claimTopics, searchWord } from '../words.ts';

/** The facts shown for each side. */
const FACTS_PER_SIDE = 2;
const MAX_SIDES = 3;

export function compareAnswer(reading: Reading): Answer | undefined {
  if (!reading.understanding.types.has('compare')) return undefined;
  const { engine } = reading;
  const aspect = reading.terms.filter(
    (t, i) =>
      !reading.mentionedTerm.has(i) && !t.background && t.role === 'topic' && !/^[0-9]+$/.test(t.head),
  );
  const years = [...new Set(reading.understanding.numbers.filter((n) => /^(19|20)[0-9]{2}$/.test(n)))];
  if (years.length >= 2) return yearSides(reading, years.map(Number), aspect);
  const sides = sideEntities(reading);
  if (sides.length < 2) return undefined;
  // The pair the article's table compares: the table answers (the row of a point it asks, below).
  const table = engine.kb.comparisons.find((c) => sides.every((e) => c.entities.includes(e.id)));
  if (table) {
    const general = aspect.every(
      (t) =>
        engine.facts.share(t.head) >= 0.3 ||
        [t.head, ...t.forms].some((w) => engine.lexicon.policyWords.has(w)),
    );
    return general ? { kind: 'comparison', comparison: table } : undefined;
  }
  // (countries compared on no point of their own, or on their policies: each as the editors sum it up, first)
  const general = aspect.every((t) => [t.head, ...t.forms].some((w) => engine.lexicon.policyWords.has(w)));
  const compared = sides.map((entity) => ({
    name: entity.name,
    facts: sideFacts(engine, entity, aspect),
    // (a country's policy, that is; a company is set apart by what it did, its facts)
    ...(general && entity.type === 'region' && entity.summary ? { summary: entity.summary } : {}),
  }));
  // (nothing on the point asked for any side: the question is not one the article answers by comparing)
  if (compared.every((side) => side.facts.length === 0)) return undefined;
  // (every side's figure is one the article gives for them together: nothing to set side by side)
  // (of some of those it names together; all of them, `구글, MS, AWS 투자`, is the figure itself)
  const ids = compared.map((side) => side.facts.map((f) => f.fact.id).join());
  const shared = compared[0]!.facts;
  const together = [...new Set(shared.flatMap((f) => f.fact.entities))]
    .flatMap((id) => engine.kb.entities.get(id) ?? [])
    .filter((e) => e.type === sides[0]!.type);
  if (
    ids.every((id) => id === ids[0]) &&
    shared.some((f) => f.fact.figures.length > 0) &&
    together.length > sides.length
  )
    return {
      kind: 'partial',
      entity: sides[0]!,
      missing: aspect.map((t) => t.head),
      facts: shared,
      together,
    };
  return { kind: 'compare', question: reading.text, sides: compared };
}

/** Two or three things of one kind the question names (companies, countries, people). */
function sideEntities(reading: Reading): Entity[] {
  const sidesOf = (entities: readonly Entity[]) => {
    const byType = new Map<string, Entity[]>();
    for (const entity of entities) byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
    return ([...byType.values()].find((list) => list.length >= 2) ?? []).slice(0, MAX_SIDES);
  };
  const sides = sidesOf(reading.mentions.filter((m) => !m.background).map((m) => m.entity));
  if (sides.length >= 2 || !pointsAtPair(reading)) return sides;
  // (`리벨리온과 올거나이즈는 … 두 회사의 일본 진출 방식을 비교해서`: the two named before)
  return sidesOf([...new Set(reading.mentions.filter((m) => m.background).map((m) => m.entity))]);
}

/** `두 회사`, `둘`, `both`: the question points at two things said before it. */
function pointsAtPair(reading: Reading): boolean {
  const asked = ` ${reading.terms
    .filter((t) => !t.background)
    .map((t) => t.head.toLowerCase())
    .join(' ')} `;
  return reading.engine.lexicon.pairPointers.some((p) => asked.includes(` ${p} `));
}

/**
 * What the article says of a side on the point compared (`일본 진출 방식`, `AI 정책`): its facts that speak
 * of it; with no point named, what it is and what it did (a country: its policy).
 */
function sideFacts(engine: Engine, entity: Entity, aspect: readonly Term[]): CitedFact[] {
  const all = entityAnswerFacts(engine, entity).filter((f) => f.fact.entities.length <= 3);
  // (a person: what they said sets them apart, not the post they hold: `박성현 대표 vs 이창수 대표, 뭐가 낫다고 했는지`)
  const spoken = all.filter((f) => f.fact.speaker === entity.id);
  const own = entity.type === 'person' && spoken.length > 0 ? spoken : all;
  // (`미국이랑 EU AI 정책`: a word for policy asks for the side's policies)
  const policies = own.filter((f) => f.fact.kind === 'policy');
  if (
    aspect.length > 0 &&
    policies.length > 0 &&
    aspect.every((t) => [t.head, ...t.forms].some((w) => engine.lexicon.policyWords.has(w)))
  )
    return policies.slice(0, FACTS_PER_SIDE);
  // (`일본 진출 방식`: what the side did of the subject the point is about, a presence abroad)
  const topics = aspect.length > 0 ? claimTopics(engine, aspect) : [];
  // (the form it took, `일본 법인을 설립했다`, before what only repeats the point's word, `진출한다고 밝혔다`)
  const repeats = (f: CitedFact) => aspect.some((t) => f.fact.text.ko.includes(t.head));
  const topical = own
    .filter((f) => topics.some((topic) => topic.pattern.test(f.fact.text.ko)))
    .sort((a, b) => Number(repeats(a)) - Number(repeats(b)));
  if (topical.length > 0) return topical.slice(0, FACTS_PER_SIDE);
  if (aspect.length > 0) {
    const found = engine.facts.search(aspect.map(searchWord), {
      limit: FACTS_PER_SIDE * 3,
      restrictTo: engine.facts.positionsAbout([entity.id]),
    });
    // The facts that speak of most of the point, the side's own (it is their subject) first.
    const most = Math.max(0, ...found.map((r) => r.words.size));
    const subject = (text: string) => (text.startsWith(entity.name.ko) ? 0 : 1);
    const matched = found
      .filter((r) => r.words.size > 0 && r.words.size === most)
      .sort((a, b) => subject(a.fact.text.ko) - subject(b.fact.text.ko))
      .map((r) => cite(engine, r.fact));
    // A point the side's facts do not speak of is not made up from what else they say.
    return matched.slice(0, FACTS_PER_SIDE);
  }
  // (a country: its policy; a company: what it did, which sets it apart more than what it is)
  const first =
    entity.type === 'region'
      ? own.filter((f) => f.fact.kind === 'policy')
      : [...own.filter((f) => f.fact.kind !== 'profile'), ...own.filter((f) => f.fact.kind === 'profile')];
  return (first.length > 0 ? first : own).slice(0, FACTS_PER_SIDE);
}

/** Two years of a figure (`2021년이랑 2023년 VC 투자액`): each year's figure, from the facts that give it. */
function yearSides(reading: Reading, years: readonly number[], aspect: readonly Term[]): Answer | undefined {
  const { engine } = reading;
  const found = engine.facts.search(aspect.map(searchWord), { limit: 20 });
  const sides: CompareSide[] = years.slice(0, MAX_SIDES).map((year) => {
    const withYear = found.filter((r) => r.fact.figures.some((f) => f.year === year));
    const figures: Figure[] = withYear
      .flatMap((r) => r.fact.figures.filter((f) => f.year === year))
      // (the same figure, given by two facts, once)
      .filter((f, i, all) => all.findIndex((g) => g.value === f.value && g.unit === f.unit) === i)
      .slice(0, 2);
    return {
      name: { ko: `${year}년`, en: String(year) },
      facts: withYear.slice(0, 1).map((r) => cite(engine, r.fact)),
      figures,
    };
  });
  if (sides.some((side) => (side.figures ?? []).length === 0)) return undefined;
  // (`얼마나 줄었어`: how much it changed from the one year to the other, said first)
  const asked = arithmeticAsked(engine, reading.terms);
  const computed = asked
    ? computedOf(
        asked,
        sides.map((side) => side.figures![0]!),
      )
    : undefined;
  return { kind: 'compare', question: reading.text, sides, ...(computed ? { computed } : {}) };
}
