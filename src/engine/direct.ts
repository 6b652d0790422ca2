/**
 * Questions answered without searching the facts: an entity alone (its card), a country's policy, the
 * comparison of what is named, and what the article never says of a company (its CEO, what it does).
 */
import type { Ask } from './ask.ts';
import { entityAnswer, partialFor } from './cards.ts';
import { recipientsAsked } from './gate.ts';
import type { Answer } from './types.ts';
import { readsAs } from './words.ts';

export function answerWithoutSearch(ask: Ask): Answer | undefined {
  return unnamedLeader(ask) ?? unprofiled(ask) ?? entityCard(ask) ?? policyCard(ask) ?? namedComparison(ask);
}

/** `업스테이지 대표는 …`: a company's CEO the article never names is not in it, whatever is asked. */
function unnamedLeader(ask: Ask): Answer | undefined {
  const { engine, terms, mentions, mentionedTerm } = ask;
  for (const [i, term] of terms.entries()) {
    const before = mentions.find((m) => m.terms.includes(i - 1) && m.entity.type === 'company');
    const title = readsAs(term, engine.lexicon.titleWords);
    if (!before || term.background || !title || mentionedTerm.has(i)) continue;
    const people = (engine.kb.factsByEntity.get(before.entity.id) ?? []).some((f) =>
      f.entities.some((id) => engine.kb.entities.get(id)?.type === 'person'),
    );
    if (!people) return partialFor(engine, before.entity, [term.head]);
  }
  return undefined;
}

/** It asks for a name in another form: spelled out, abbreviated, in Korean or English. */
const asksNameForm = (ask: Ask) => ask.engine.lexicon.nameForms.test(ask.text.toLowerCase());

const hasProfile = (ask: Ask, id: string) =>
  (ask.engine.kb.factsByEntity.get(id) ?? []).some((f) => f.kind === 'profile');

/**
 * `피처링은 뭐 하는 회사야?`, `what does Upstage do?`: what a company does asked, which only a profile of it
 * says; not what or who it is, in English (`what is Upstage?`), which its card answers.
 */
const asksWhatItDoes = (ask: Ask) =>
  ask.types.has('profile') &&
  !(
    ask.understanding.language === 'en' &&
    ask.terms
      .filter((t) => t.role === 'question' && !t.background)
      .every((t) => ask.engine.lexicon.identityAskers.has(t.head))
  );

/** `파인더스AI는 무슨 사업을 하는 회사야?`: what a company does, when the article names it only. */
function unprofiled(ask: Ask): Answer | undefined {
  const { mentions } = ask;
  if (asksNameForm(ask)) return undefined;
  const company = mentions.find(
    (m) => m.required && m.entity.type === 'company' && !hasProfile(ask, m.entity.id),
  );
  return asksWhatItDoes(ask) && mentions.length === 1 && company
    ? partialFor(ask.engine, company.entity, ['profile'])
    : undefined;
}

/**
 * Only the entity (`리벨리온은?`, `올거나이즈 뭐 하는 데야?`): its card answers best. (or its own name:
 * `뤼튼 정식 회사명 뭐야?` — the card gives it whole)
 */
function entityCard(ask: Ask): Answer | undefined {
  const { mentions, types, contentTerms, yesno } = ask;
  const plainTypes = [...types].every((t) => t === 'profile' || t === 'yesno' || t === 'name');
  // (`AWS가 뭐의 약자야?`, `SMBC 한글로 뭐임`: its name in another form, which its card gives)
  const nameForm = asksNameForm(ask);
  // (each word of the phrase that asks so is part of it: `영문 약자` has `영문`)
  const { nameForms } = ask.engine.lexicon;
  const formSaid = nameForm
    ? (ask.text.match(new RegExp(nameForms.source, 'gi')) ?? []).join(' ').toLowerCase()
    : '';
  const asksMore = contentTerms.some(
    (t) =>
      !t.background && !(nameForm && (nameForms.test(t.surface) || formSaid.includes(t.head.toLowerCase()))),
  );
  // (one named in a clause said aside, `본사까지 일본으로 옮겼다길래`, is not asked about)
  const asked = mentions.filter((m) => !m.background);
  if (asked.length !== 1 || (!plainTypes && !nameForm) || asksMore || yesno) return undefined;
  // (`일본 그거 실제로 받은 회사 어디야?`: who received something of it, which its card does not say)
  if (recipientsAsked(ask) >= 0) return undefined;
  // (`이랜서·기관들 이름 하나라도 나와?`: the names of others it deals with, not its own)
  const others = ask.terms.some((t) => !t.background && readsAs(t, ask.engine.lexicon.companyNouns));
  if (types.has('name') && !nameForm && others) return undefined;
  const entity = asked[0]!.entity;
  // (`표를 보니 … 회사들이 있던데 이름 좀 알려주세요`: what is asked is said before, not the country's card)
  if (entity.type === 'region' && !nameForm && contentTerms.some((t) => t.background)) return undefined;
  if (nameForm) return entityAnswer(ask.engine, entity);
  // `피처링은 뭐 하는 회사야?`: a company the article names without saying what it does.
  if (asksWhatItDoes(ask) && entity.type === 'company' && !hasProfile(ask, entity.id))
    return partialFor(ask.engine, entity, ['profile']);
  return entityAnswer(ask.engine, entity);
}

/** A region and only the word policy (`미국 AI 정책`, `EU policy`): its policy card, every measure. */
function policyCard(ask: Ask): Answer | undefined {
  const { engine, mentions, types, topicTerms } = ask;
  const region =
    mentions.length === 1 && mentions[0]!.entity.type === 'region' ? mentions[0]!.entity : undefined;
  if (
    region &&
    [...types].every((t) => t === 'profile') &&
    topicTerms.length > 0 &&
    topicTerms.every((t) =>
      [t.head, t.surface, ...t.forms, ...t.synonyms].some((f) => engine.lexicon.policyWords.has(f)),
    )
  )
    return entityAnswer(engine, region);
  return undefined;
}

/** `한국이랑 일본 비교해줘`: the comparison of what is named, nothing narrower. */
function namedComparison(ask: Ask): Answer | undefined {
  const { engine, mentions, types, contentTerms } = ask;
  const comparison = engine.kb.comparisons.find(
    // (named in what is asked, not only in the context before it)
    (c) => mentions.some((m) => !m.background) && mentions.every((m) => c.entities.includes(m.entity.id)),
  );
  if (
    types.has('compare') &&
    comparison &&
    contentTerms.filter((t) => !t.background && t.role === 'topic').length === 0
  )
    return { kind: 'comparison', comparison };
  return undefined;
}
