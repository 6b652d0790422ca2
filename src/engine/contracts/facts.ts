/**
 * The facts that answer a question: the best one and those nearly as good that match as much of it,
 * one for each of several things asked about one by one; and what a which- or who-question asks for,
 * named first.
 */
import type { Entity } from '../../knowledge/schema.ts';
import { cite } from '../cards.ts';
import type { Resolution } from '../resolution.ts';
import type { Scored } from '../retrieve.ts';
import type { Answer } from '../types.ts';

/** Facts scoring at least this share of the best one are answered together with it. */
const COMPANION_SHARE = 0.8;
const MAX_ANSWER_FACTS = 3;

export function factsAnswer(res: Resolution, best: Scored): Answer {
  const chosen = chooseFacts(res, best);
  return {
    kind: 'facts',
    question: res.ask.text,
    facts: chosen.slice(0, MAX_ANSWER_FACTS).map((s) => cite(res.ask.engine, s.fact)),
    lead: leadOf(res, chosen).slice(0, 3),
    premise: false,
  };
}

function chooseFacts(res: Resolution, best: Scored): Scored[] {
  const { found } = res;
  const { covering } = res.preferred;
  const chosen = covering.filter(
    (s, i) =>
      i === 0 ||
      (s.score >= best.score * COMPANION_SHARE &&
        s.contentHits >= best.contentHits &&
        found.aboutMentioned(s.fact) >= found.aboutMentioned(best.fact)),
  );
  // One by one: the best fact of each that matches as much of the question as the best does.
  if (found.oneByOne)
    for (const m of found.group) {
      if (chosen.some((s) => s.fact.entities.includes(m.entity.id))) continue;
      const own = covering.find(
        (s) => s.fact.entities.includes(m.entity.id) && s.contentHits >= best.contentHits,
      );
      if (own) chosen.push(own);
    }
  return chosen;
}

/** Which company (or body) for which and name, the person (or body) for who; nothing else leads. */
function leadOf(res: Resolution, chosen: readonly Scored[]): Entity[] {
  const { ask, found } = res;
  const { engine, types } = ask;
  const entity = (id: string) => engine.kb.entities.get(id);
  if (types.has('which') || types.has('name'))
    return [
      ...new Set(
        chosen.flatMap((s) =>
          s.fact.entities.filter((id) => {
            const type = entity(id)?.type;
            return (type === 'company' || type === 'organization') && !found.fitIds.has(id);
          }),
        ),
      ),
    ].flatMap((id) => entity(id) ?? []);
  if (!types.has('person')) return [];
  return chosen
    .slice(0, found.oneByOne ? found.group.length : 1)
    .flatMap((s) => s.fact.entities.filter((id) => !ask.mentionedIds.has(id)))
    .flatMap((id) => {
      const e = entity(id);
      return e?.type === 'person' || e?.type === 'organization' ? [e] : [];
    });
}
