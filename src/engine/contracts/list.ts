/**
 * Lists (`기사에 나온 회사 전부`, `CEO 다 알려줘`, `이유 다`, `all the figures`, `일본 법인 설립 추진 중인 회사
 * 목록`): every item of the kind asked for that fits what the question says of it, complete, in article
 * order, each with what the article says of it and where.
 */
import type { Entity, EntityType, Figure, Section } from '../../knowledge/schema.ts';
import type { SourcedFact } from '../../knowledge/types.ts';
import { closedBy, readLightVerb, readVerb } from '../../language/korean.ts';
import type { ListKind } from '../../language/lexicon.ts';
import { isVerbalForm, kindAskerBefore, type Term } from '../../language/understand.ts';
import { isHangulWord } from '../../search/normalize.ts';
import type { Reading } from '../ask.ts';
import { COMMON_SHARE } from '../gate.ts';
import { type Answer, type Engine, type ListItem, notFoundAnswer } from '../types.ts';
import {
  asksOpenly,
  inPlural,
  knowsWord,
  namedIn,
  positionInArticle,
  readsAs,
  searchWord,
  termsSaidIn,
} from '../words.ts';

/** The question type a kind of item answers itself (`이유` → why). */
const OWN_TYPE: Partial<Record<ListKind, string>> = {
  reasons: 'reason',
  people: 'person',
  figures: 'amount',
  years: 'time',
  countries: 'place',
};

/** Discord shows a list whole up to about this many items (one line each, within an embed). */
const MAX_ITEMS = 25;

const ENTITY_KINDS: Partial<Record<ListKind, readonly EntityType[]>> = {
  companies: ['company', 'organization'],
  people: ['person'],
  countries: ['region'],
};

/**
 * `일본 말고 또 어느 나라 언급함?`: which of the kind the article mentions, singular as typed (the word that asks
 * which before it, a word of mention after it), asks them all; not when one of the kind is named but those set
 * apart (`한국이 … 어느 나라` asks of 한국).
 */
function mentionedOfKind(reading: Reading, kind: Term, kinds: readonly string[]): boolean {
  const { lexicon } = reading.engine;
  const at = reading.terms.indexOf(kind);
  const [before, after] = [reading.terms[at - 1], reading.terms[at + 1]];
  return (
    !!before &&
    isHangulWord(before.head) &&
    lexicon.interrogativeDeterminers.has(before.head) &&
    !!after &&
    readsAs(after, lexicon.mentionVerbs) &&
    !reading.mentions.some(
      (m) => !m.background && kinds.includes(m.entity.type) && !reading.excludedIds.has(m.entity.id),
    )
  );
}

export function listAnswer(reading: Reading): Answer | undefined {
  const asked = listKind(reading);
  // (`Where's that data from?` after a question about startups asks one source, not a list)
  if (reading.understanding.source) return undefined;
  const alongside = alongsideItems(reading, asked?.kind);
  if (alongside || !asked) return alongside;
  // `전부`, `list`; or a kind asked in the plural (`나온 나라들 뭐야`, `which companies …`)
  const { types } = reading.understanding;
  // (a question word said twice, `어디어디`, `누구누구`, asks for several)
  const plural =
    inPlural(asked.term, reading.engine.lexicon) ||
    reading.terms.some((t) => t.role === 'question' && /^(.{2,})\1$/.test(t.surface));
  // (what the kind itself asks, `이유 다` a reason, `CEO 다` a person, is no other question)
  const own = OWN_TYPE[asked.kind];
  // (`why are startups all moving`, `글쓴이가 요구하는 대책 목록` ask why and what the author thinks)
  // (the author's measures or reasons, `글쓴이가 요구하는 대책 목록`, are a list of the author's view)
  const authors = asked.kind === 'measures' || asked.kind === 'reasons';
  // (`나온 나라들 뭐야`: a kind in the plural asked openly, the word that asks right after it)
  const after = reading.terms[reading.terms.indexOf(asked.term) + 1];
  const { lexicon } = reading.engine;
  const open = lexicon.koreanPlural.test(asked.term.surface) && !!after && asksOpenly(lexicon, after);
  // (`어느 나라들`: the kind's own question word, when the question names none of the kind, which
  // would be what it asks about: `한국이 어느 나라들 사이에서`; `나온 나라들`: the kind as the article names them)
  const before = reading.terms[reading.terms.indexOf(asked.term) - 1];
  // (`어떤 나라들 나와?`: which of the kind the article names, marked plural, after the word that asks which)
  const named =
    !!before &&
    (readsAs(before, lexicon.mentionVerbs) ||
      (inPlural(asked.term, reading.engine.lexicon) &&
        isHangulWord(before.head) &&
        lexicon.interrogativeDeterminers.has(before.head) &&
        !!after &&
        readsAs(after, lexicon.mentionVerbs)));
  // (`어느 나라들이 소개됐죠`: a verb of being named, which may also ask a profile, asks which of the kind here)
  const asksOther = ['reason', 'amount', 'time', 'place', 'person', 'said', 'opinion', 'profile']
    .filter((t) => t !== own && !(authors && t === 'opinion') && !(named && t === 'profile'))
    .some((t) => types.has(t as never));
  const kinds = ENTITY_KINDS[asked.kind] ?? [];
  const ownAsked =
    !!own &&
    types.has(own as never) &&
    // (one set apart, `besides Japan`, is none of them)
    !reading.mentions.some(
      (m) => !m.background && kinds.includes(m.entity.type) && !reading.excludedIds.has(m.entity.id),
    );
  // (or a count of them asked openly, `항목 네 개가 뭐야`)
  // (not when another noun follows, which is what is asked: `이유 세 개 정리한 건 무슨 섹션`)
  const afterKind = reading.terms.slice(reading.terms.indexOf(asked.term) + 1);
  // (as typed with an ending of its own too: `뭐였지`)
  const opens = (t: Term) => asksOpenly(lexicon, t) && !lexicon.interrogativeDeterminers.has(t.head);
  const counts = (t: Term) => /^[0-9]+$/.test(t.head) || isCounter(lexicon, t.head);
  const openAt = afterKind.findIndex(opens);
  const countedOpen =
    !!asked.counted &&
    openAt >= 0 &&
    afterKind.slice(0, openAt).every((t) => t.role === 'filler' || t.role === 'question' || counts(t));
  const pluralAsked =
    (plural && (types.has('which') || types.has('name') || open || named || ownAsked)) ||
    mentionedOfKind(reading, asked.term, kinds) ||
    countedOpen ||
    summedUp(reading, asked.kind, afterKind);
  if (asksOther || (!types.has('list') && !pluralAsked)) return undefined;
  const qualifiers = reading.terms.filter(
    (t, i) =>
      !reading.mentionedTerm.has(i) &&
      !t.background &&
      t !== asked.term &&
      (t.role === 'topic' || t.role === 'predicate') &&
      ![...lexicon.listKinds.values()].some((words) => readsAs(t, words)) &&
      !readsAs(t, lexicon.mentionVerbs) &&
      // (one set apart, `besides Korea and Japan`, says nothing of which)
      !t.excluded &&
      !lexicon.articleTopicWords.has(t.head),
  );
  // What the article never says of anything (`철수한 기업`) is no list of it; a verb it does not use is
  // the question's own way of putting it (`heading to Japan`), and a word most facts use (`AI`) tells none.
  const unknown = qualifiers.filter(
    (t) =>
      !t.lexical && !knowsWord(reading.engine, t.head, t.common) && !composedOfKnown(reading.engine, t.head),
  );
  // (in Korean what says which ones stands before the noun: `특정 업종` after `모든 기업이야?` is another question)
  const at = reading.terms.indexOf(asked.term);
  const unsaid = unknown.filter(
    (t) => t.role === 'topic' && isHangulWord(t.head) && reading.terms.indexOf(t) < at,
  );
  if (unsaid.length > 0)
    return notFoundAnswer(
      reading.text,
      unsaid.map((t) => t.surface),
    );
  // (a word for some of the kind, `빅테크 어디어디?`, says which: those the facts that use it name)
  const narrow = narrowing(reading);
  const telling = [
    ...qualifiers.filter((t) => !unknown.includes(t) && reading.engine.facts.share(t.head) < COMMON_SHARE),
    ...narrow,
  ];
  const items = ENTITY_KINDS[asked.kind]
    ? (peopleOfCompanies(reading, asked, telling) ?? entityItems(reading, asked, telling))
    : asked.kind === 'rows'
      ? rowItems(reading)
      : factItems(reading, asked.kind, asked.term, telling);
  // (one item where several were counted, `이유 세 가지`: that one says them, as a fact does)
  if (items.length === 0 || (items.length === 1 && asked.counted)) return undefined;
  // (fewer than the question counts of them, `그 50여개 기업 중에 어떤 회사들이 있는지`: the article names none of
  // those counted, and what it names is who counts them)
  if (items.length < countedBefore(reading, asked.kind)) return undefined;
  // (years asked of what gives one, `which years does the data cover`: that fact says it, as a fact does)
  if (asked.kind === 'years' && new Set(items.flatMap((i) => i.figures ?? []).map((f) => f.value)).size < 2)
    return undefined;
  return { kind: 'list', question: reading.text, of: asked.kind, items: items.slice(0, MAX_ITEMS) };
}

/**
 * `채널톡이랑 같이 묶여있는 회사들`, `who is listed with Featuring?`: the others of the kind that the
 * passage naming it with most of them names (a table row, a sentence that lists them), in its order.
 */
function alongsideItems(reading: Reading, asked: ListKind | undefined): Answer | undefined {
  const { engine, terms } = reading;
  const said = (t: Term, w: string) => t.head === w || t.forms.includes(w) || t.surface === w;
  const matches = engine.lexicon.alongside.some((phrase) =>
    terms.some((_, i) => phrase.every((w, j) => !!terms[i + j] && said(terms[i + j]!, w))),
  );
  const named = reading.mentions
    .filter((m) => !m.background && m.entity.type !== 'region')
    .map((m) => m.entity);
  // (no kind said, `같이 묶인 데는?`: the kind of what is named)
  const kind = asked ?? (named.every((e) => e.type === 'person') ? 'people' : 'companies');
  const types = ENTITY_KINDS[kind];
  if (!types || !matches || named.length === 0) return undefined;
  const kindOf = [...engine.kb.entities.values()].filter((e) => types.includes(e.type) && !named.includes(e));
  const factsAbout = (ids: readonly string[]) =>
    [...engine.facts.positionsAbout(ids)]
      .map((at) => engine.facts.facts[at]!)
      .filter((f) => ids.every((id) => f.entities.includes(id)));
  const passages = factsAbout(named.map((e) => e.id)).flatMap(
    (f) => engine.kb.passage(f.articleId, f.source) ?? [],
  );
  const best = passages
    .map((p) => ({ p, others: namedIn(p.text, kindOf) }))
    .sort((x, y) => y.others.length - x.others.length)[0];
  if (!best || best.others.length === 0) return undefined;
  const items = best.others.map((entity) => {
    const own = factsAbout([entity.id]).find((f) => f.source === best.p.id);
    return { label: entity.name, detail: own?.text ?? entity.summary, passage: best.p };
  });
  return { kind: 'list', question: reading.text, of: kind, items };
}

/** Things of a kind that, summed up, are a list of them (reasons or measures summed up are their passage). */
const SUMMED_KINDS: ReadonlySet<ListKind> = new Set(['companies', 'people', 'countries', 'figures', 'years']);

/**
 * `일본 진출한 한국 기업 정리해줘`, `기사 숫자들 정리해줘`, `회사별로 요약`: things of a kind summed up, the word
 * that asks it right after them and nothing else asked, are a list of them, each with what the article
 * says of it.
 */
function summedUp(reading: Reading, kind: ListKind, afterKind: readonly Term[]): boolean {
  const { types } = reading.understanding;
  const next = afterKind[0];
  // (the word right after them sums them up: `대표 말 요약`, `그 사람 결론 요약` sum up what they said; and
  // they are no one's, `올거나이즈 대표 요약`)
  const at = reading.terms.length - afterKind.length - 1;
  if (reading.mentionedTerm.has(at - 1)) return false;
  // (nor what they concluded: `그 사람 결론 요약`)
  const sums =
    next?.role === 'question' &&
    !readsAs(next, reading.engine.lexicon.conclusionWords) &&
    reading.engine.lexicon
      .questionPhrasesStartingWith([next.head, next.surface, ...next.forms])
      .some((q) => q.type === 'summary' && q.phrase.length === 1);
  return (
    SUMMED_KINDS.has(kind) &&
    types.has('summary') &&
    [...types].every((t) => t === 'summary' || t === 'list') &&
    sums
  );
}

/** How many of the kind the question counts (`50여개 기업`, `50 companies`): a number a word or two before a word of it; 0 when none. */
function countedBefore(reading: Reading, kind: ListKind): number {
  const words = reading.engine.lexicon.listKinds.get(kind) ?? new Set<string>();
  const { terms } = reading;
  const counts = terms.flatMap((t, i) =>
    /^[0-9]+$/.test(t.head) && terms.slice(i + 1, i + 3).some((u) => readsAs(u, words))
      ? [Number(t.head)]
      : [],
  );
  return Math.max(0, ...counts);
}

/** A word that counts items (`개`, `가지`, `곳`). */
const isCounter = (lexicon: Engine['lexicon'], head: string) =>
  lexicon.itemCounters.has(head) || lexicon.genericCounters.has(head);

/** A Korean noun closed by a particle of place (`표에`, `기사에서`). */
const withPlaceParticle = (engine: Engine, word: string) =>
  isHangulWord(word) && closedBy(word, engine.lexicon.particles.place);

/**
 * The noun the list asks with (`회사`, `CEO`, `수치`, `이유`), and what kind of item it names: the last such
 * noun asked (`한국 AI 회사들이 일본 가는 이유` asks for reasons).
 */
function listKind(reading: Reading): { kind: ListKind; term: Term; counted?: true } | undefined {
  const { lexicon } = reading.engine;
  let found: { kind: ListKind; term: Term } | undefined;
  let counted: { kind: ListKind; term: Term; counted: true } | undefined;
  // (a noun with a particle of place says where they are, not what, when another says what:
  // `표에 나온 회사들`; alone, `비교표에서 한국 쪽 약점들`, it is what is listed)
  let placed: { kind: ListKind; term: Term } | undefined;
  let countedOther = false;
  let asked: { kind: ListKind; term: Term } | undefined;
  reading.terms.forEach((term, i) => {
    if (term.background) return;
    if (withPlaceParticle(reading.engine, term.surface)) {
      for (const [kind, words] of lexicon.listKinds)
        if (readsAs(term, words) || words.has(term.surface)) placed = { kind, term };
      return;
    }
    // (`the three reasons … startups …`: the noun counted is the kind asked)
    // (or after it, with its counter: `이유 세 가지`)
    const number = (at: number) => {
      const word = reading.terms[at]?.surface ?? '';
      return /^[2-9]$/.test(word) || (lexicon.summaryLineNumbers.get(word) ?? 0) >= 2;
    };
    const counter = reading.terms[i + 2];
    const counterKeys = counter ? counter.forms.concat(counter.head) : [];
    const count = number(i - 1) || (number(i + 1) && counterKeys.some((k) => lexicon.itemCounters.has(k)));
    if (namesNoKind(reading, i)) return;
    let kindOf = false;
    for (const [kind, words] of lexicon.listKinds)
      if (readsAs(term, words) || words.has(term.surface)) {
        kindOf = true;
        found = { kind, term };
        if (count) counted ??= { ...found, counted: true };
        if (afterWhich(reading, i)) asked ??= found;
      }
    // (a noun counted that is no kind of list, `투자하는 분야 세 가지`: the fact that names them answers)
    const generic = counterKeys.some((k) => lexicon.genericCounters.has(k));
    if (count && !kindOf && !generic && !isCounter(lexicon, term.head) && term.role === 'topic')
      countedOther = true;
  });
  if (!counted && countedOther) return undefined;
  if (asksAnotherKind(reading)) return undefined;
  return counted ?? asked ?? found ?? placed;
}

/**
 * `Which Korean startups does the table list as …`: in English, the kind a word or two after `which` is
 * what is listed; a kind named later (the table) says where they are.
 */
function afterWhich(reading: Reading, i: number): boolean {
  const { terms, engine } = reading;
  if (reading.understanding.language !== 'en') return false;
  const surfaces = terms.map((t) => t.surface);
  const roles = terms.map((t) => t.role);
  return kindAskerBefore(surfaces, roles, i, engine.lexicon) !== undefined;
}

/**
 * `Does the article say which universities these companies recruit from?`: in English the noun after
 * `which` is the kind asked; one of no list's kind that the facts never use is no list of another kind.
 */
function asksAnotherKind(reading: Reading): boolean {
  const { engine, terms } = reading;
  if (reading.understanding.language !== 'en') return false;
  const at = terms.findIndex((t) => !t.background && engine.lexicon.englishGrammar.kindAskers.has(t.surface));
  const kind = terms[at + 1];
  if (at < 0 || !kind || kind.role !== 'topic' || reading.mentionedTerm.has(at + 1)) return false;
  const listed = [...engine.lexicon.listKinds.values()].some((words) => readsAs(kind, words));
  return !listed && !knowsWord(engine, kind.head, kind.common);
}

/**
 * A kind noun that is not the head of what is asked: one said bare before another word of the same
 * phrase (`국가 AI 이니셔티브로 투자하는 분야`: 국가 qualifies the initiative), or the name something is
 * called (`무슨 나라로 불렸는지`).
 */
function namesNoKind(reading: Reading, i: number): boolean {
  const { lexicon } = reading.engine;
  const term = reading.terms[i]!;
  const next = reading.terms[i + 1];
  const kindWord = (t: Term) =>
    [...lexicon.listKinds.values()].some((words) => readsAs(t, words) || words.has(t.surface));
  // (after the kind asked, each one's own, given with it: `대표들 전부 + 각자 회사`)
  const previous = reading.terms[i - 1];
  if (previous && lexicon.eachWords.has(previous.head) && reading.terms.slice(0, i - 1).some(kindWord))
    return true;
  if (!next || next.background) return false;
  const bare = term.surface === term.head && isHangulWord(term.head);
  // (only when the question names one of that kind, `미국이 국가 AI 이니셔티브로`: `선진국 사례 어디어디` lists)
  const ownKindNamed = [...lexicon.listKinds].some(
    ([kind, words]) =>
      (readsAs(term, words) || words.has(term.surface)) &&
      reading.mentions.some((m) => !m.background && ENTITY_KINDS[kind]?.includes(m.entity.type)),
  );
  const qualifies =
    bare &&
    ownKindNamed &&
    next.role === 'topic' &&
    !reading.mentionedTerm.has(i + 1) &&
    !kindWord(next) &&
    !next.common;
  const stems = [term.head, ...term.forms];
  const called =
    lexicon.particles.means.some((p) => stems.some((w) => term.surface === w + p)) &&
    readsAs(next, lexicon.callingVerbs);
  // (`대표들 이름 전부 회사랑 같이`: after the kind asked, what each is given with)
  const companion =
    lexicon.particles.with.some((p) => stems.some((w) => term.surface === w + p)) &&
    reading.terms.slice(0, i).some(kindWord);
  // (`한국 AI 기업들이 … 꼽은 자본 쪽 장점 다 알려줘`: the one who does, with its particle, and another noun
  // asked last, which is what is listed)
  const { subject, topic } = lexicon.particles;
  const doer = [...subject, ...topic].some((p) => stems.some((w) => term.surface === w + p));
  const last = reading.terms.findLastIndex((t) => !t.background && t.role === 'topic');
  const doerOfOther = doer && last > i && !kindWord(reading.terms[last]!) && !reading.mentionedTerm.has(last);
  return qualifies || called || companion || doerOfOther;
}

/** Words for some of a list's kind (`빅테크`; in English maybe two words, `big tech`). */
function narrowing(reading: Reading): Term[] {
  const { terms, engine } = reading;
  const { narrowKinds } = engine.lexicon;
  return terms.filter((t, i) => {
    if (t.background || t.excluded) return false;
    const pairs = [`${terms[i - 1]?.surface} ${t.surface}`, `${t.surface} ${terms[i + 1]?.surface}`];
    return readsAs(t, narrowKinds) || pairs.some((p) => narrowKinds.has(p));
  });
}

/** The facts the list is drawn from: about what it names, and speaking of what it says (`추진 중인`). */
function factsFitting(
  reading: Reading,
  qualifiers: readonly Term[],
  /** The words for the kind listed (`나라`), which name no part of the article. */
  kindWords: ReadonlySet<string>,
  describing: ReadonlySet<string> = new Set(),
  naming: (fact: SourcedFact) => boolean = () => true,
): SourcedFact[] {
  const { engine, mentions, terms } = reading;
  const required = mentions
    .filter((m) => m.required && !m.background && m.entity.type !== 'region')
    .map((m) => m.entity.id);
  const about = (fact: SourcedFact) => required.every((id) => fact.entities.includes(id));
  // A country the question names says where the items are (`일본 법인`): a word to find, not a subject.
  const places = mentions
    .filter((m) => m.entity.type === 'region' && !m.background && !describing.has(m.entity.id))
    .flatMap((m) => m.terms.map((i) => terms[i]!));
  // `해외 선진국 AI 정책 사례로 나온 나라들`: the part of the article the words name, by its title (by all
  // the words the question names things with, a kind's word too: `AI 정책 사례로 나온 나라들`)
  const named = terms.filter(
    (t, i) =>
      !readsAs(t, kindWords) &&
      !qualifiers.includes(t) &&
      !t.background &&
      t.role === 'topic' &&
      !t.excluded &&
      !reading.mentionedTerm.has(i),
  );
  const section = sectionNamed(engine, [...qualifiers, ...named]);
  if (section) {
    const passages = new Set(section.passages);
    return [...engine.kb.facts.values()].filter((f) => passages.has(f.source) && about(f) && naming(f));
  }
  const words = [...qualifiers, ...places];
  if (words.length === 0) return [...engine.kb.facts.values()].filter(about);
  const restrictTo = required.length > 0 ? engine.facts.positionsAbout(required) : undefined;
  const found = engine.facts.search(words.map(searchWord), {
    limit: 80,
    ...(restrictTo ? { restrictTo } : {}),
  });
  // Every word the facts have must be the item's fact's (`추진 중인`: not those set up already); of
  // alternatives offered (`office or subsidiary`), one.
  const hits = (matched: ReadonlySet<string>) =>
    words.filter((t) => !t.alternative && matched.has(t.head)).length +
    (words.some((t) => t.alternative && matched.has(t.head)) ? 1 : 0);
  const candidates = found.filter((r) => about(r.fact) && naming(r.fact));
  const most = Math.max(0, ...found.filter((r) => about(r.fact)).map((r) => hits(r.words)));
  return candidates.filter((r) => most > 0 && hits(r.words) >= most).map((r) => r.fact);
}

/** The section whose title holds at least two of the words, and most of them. */
function sectionNamed(engine: Engine, words: readonly Term[]): Section | undefined {
  if (words.length < 2) return undefined;
  let best: { section: Section; hits: number } | undefined;
  for (const article of engine.kb.articles)
    for (const section of article.sections) {
      const hits = termsSaidIn(`${section.title.ko} ${section.title.en}`, words, (t) => [t.head, ...t.forms]);
      if (hits >= 2 && hits * 2 > words.length && (!best || hits > best.hits)) best = { section, hits };
    }
  if (!best) return undefined;
  // (not when a word besides the title's is one the facts say, `허브로 낙점한 빅테크`: those facts say which)
  const title = `${best.section.title.ko} ${best.section.title.en}`;
  const besides = words.filter((t) => termsSaidIn(title, [t], (x) => [x.head, ...x.forms]) === 0);
  return besides.some((t) => [t.head, ...t.forms].some((w) => engine.facts.hasWord(w)))
    ? undefined
    : best.section;
}

/**
 * Companies, people or countries: all of them the article names, or those its facts about what the
 * question says name; not a company another country's (`미국 빅테크`) when the question asks for those of
 * a country it names (`한국 회사`), nor the ones it names itself.
 */
function entityItems(
  reading: Reading,
  asked: { kind: ListKind; term: Term },
  qualifiers: readonly Term[],
): ListItem[] {
  const { engine } = reading;
  return entitiesListed(reading, asked, qualifiers).map(({ entity, fact }) => ({
    label: entity.name,
    detail: asked.kind === 'people' && entity.role ? entity.role : (fact?.text ?? entity.summary),
    passage: fact ? engine.kb.passage(fact.articleId, fact.source) : undefined,
  }));
}

/**
 * `한국 AI 기업 대표님들 이름 모두`: people asked by the companies they belong to, what the question says
 * of those companies says which; the people of the companies it lists, in their order.
 */
function peopleOfCompanies(
  reading: Reading,
  asked: { kind: ListKind; term: Term },
  qualifiers: readonly Term[],
): ListItem[] | undefined {
  const { engine, terms } = reading;
  const at = terms.indexOf(asked.term);
  const company = terms[at - 1];
  const companyWords = engine.lexicon.listKinds.get('companies') ?? new Set<string>();
  if (
    asked.kind !== 'people' ||
    !company ||
    reading.mentionedTerm.has(at - 1) ||
    !readsAs(company, companyWords)
  )
    return undefined;
  const before = qualifiers.filter((t) => terms.indexOf(t) < at - 1);
  const companies = entitiesListed(reading, { kind: 'companies', term: company }, before);
  const people = engine.kb.entitiesOfType('person');
  return companies.flatMap(({ entity }) =>
    people
      .filter((person) => person.affiliation === entity.id)
      .map((person) => {
        // (the first fact about them, for where the article names them)
        const [first] = engine.facts.positionsAbout([person.id]);
        const fact = first === undefined ? undefined : engine.facts.facts[first];
        return {
          label: person.name,
          detail: person.role ?? person.summary,
          passage: fact ? engine.kb.passage(fact.articleId, fact.source) : undefined,
        };
      }),
  );
}

/** The entities a list of companies, people or countries gives, in article order, each with the fact that names it. */
function entitiesListed(
  reading: Reading,
  asked: { kind: ListKind; term: Term },
  qualifiers: readonly Term[],
): { entity: Entity; fact: SourcedFact | undefined; at: number }[] {
  const { engine, mentions } = reading;
  const { kind } = asked;
  // (start-ups are companies: not the banks and brokers the article names as clients)
  const startups = readsAs(asked.term, reading.engine.lexicon.startupWords);
  const types = startups ? (['company'] as const) : (ENTITY_KINDS[kind] ?? []);
  const named = new Set(mentions.filter((m) => !m.background).map((m) => m.entity.id));
  // `한국 회사`, `Korean AI startups`: a country just before the noun says whose they are.
  const at = reading.terms.indexOf(asked.term);
  // (not one a verb stands between, `일본 진출한 회사`: the verb's place, the companies that went there)
  const { grammar } = engine.lexicon;
  const verbal = (word: string) =>
    isVerbalForm(word, engine.lexicon) ||
    readVerb(grammar, word).length > 0 ||
    (readLightVerb(grammar, word)?.lemma ?? '이다') !== '이다';
  const verbBetween = (from: number, to: number) =>
    reading.terms.slice(from + 1, to).some((t) => verbal(t.surface));
  // (or before another noun of the kind: `한국 AI 기업들 … 표에 있는 회사`)
  const kindWords = engine.lexicon.listKinds.get(kind) ?? new Set<string>();
  const nouns = reading.terms.flatMap((t, j) => (j === at || (j < at && readsAs(t, kindWords)) ? [j] : []));
  const near = reading.understanding.language === 'en' ? 3 : 2;
  const describing = mentions.filter(
    (m) =>
      m.entity.type === 'region' &&
      !m.background &&
      // (in English, words that describe may stand between: `US big tech companies`)
      m.terms.some((i) => nouns.some((j) => i < j && j - i <= near && !verbBetween(i, j))),
  );
  const regions = describing.map((m) => m.entity);
  // (the facts that name one of the kind: `three reasons Korean startups go` names no company)
  const names = (fact: SourcedFact) =>
    fact.entities.some((id) => {
      const type = engine.kb.entities.get(id)?.type;
      return !!type && types.includes(type) && !named.has(id);
    });
  // (`표에 나온 회사들`: those of the article's table, its rows)
  const rows = engine.lexicon.listKinds.get('rows') ?? new Set<string>();
  const tabled = reading.terms.some((t) => withPlaceParticle(engine, t.surface) && readsAs(t, rows));
  const tableText = engine.kb.articles
    .flatMap((a) => a.passages)
    .filter((p) => p.kind === 'table-row')
    .map((p) => p.text)
    .join(' ');
  const inTable = (entity: Entity) => !tabled || tableText.includes(entity.name.ko);
  // (`진출 현황 표에 있는 회사`: words of a table's heading name the table, they do not say which rows)
  const heading = tabled ? tableHeadings(engine, types) : '';
  const inHeading = (t: Term) => termsSaidIn(heading, [t], (x) => [x.head, ...x.forms]) > 0;
  // (the words just before the table's word, as many as its heading has: `일본 진출 현황 표에`)
  const tableAt = reading.terms.findIndex((t) => withPlaceParticle(engine, t.surface) && readsAs(t, rows));
  const tableName: Term[] = [];
  for (let j = tableAt - 1; tabled && j >= 0; j--) {
    const t = reading.terms[j]!;
    if (t.role === 'filler') continue;
    if (!inHeading(t)) break;
    tableName.push(t);
  }
  const naming = (t: Term) => tableName.includes(t);
  const facts = factsFitting(
    reading,
    qualifiers.filter((t) => !(tabled && readsAs(t, rows)) && !naming(t)),
    kindWords,
    new Set([
      ...regions.map((r) => r.id),
      ...mentions.filter((m) => m.terms.some((i) => naming(reading.terms[i]!))).map((m) => m.entity.id),
    ]),
    names,
  );
  const seen = new Map<string, { entity: Entity; fact: SourcedFact | undefined; at: number }>();
  for (const fact of facts) {
    for (const id of fact.entities) {
      const entity = engine.kb.entities.get(id);
      if (!entity || !types.includes(entity.type) || (named.has(id) && kind !== 'countries')) continue;
      // (`일본 말고 언급된 나라`: one set apart is none of them, even of countries)
      if (reading.excludedIds.has(id)) continue;
      if (!inTable(entity)) continue;
      if (kind === 'companies' && !isBusiness(engine, entity)) continue;
      if (kind === 'companies' && regions.length > 0 && ofAnotherCountry(engine, entity, regions)) continue;
      const at = positionInArticle(engine, fact);
      const known = seen.get(id);
      if (!known || at < known.at)
        seen.set(id, { entity, fact: qualifiers.length > 0 ? fact : (known?.fact ?? fact), at });
    }
  }
  return [...seen.values()].sort((a, b) => a.at - b.at);
}

/**
 * The headings of the article's tables that name items of these types: each one's first row and the
 * title of its section.
 */
function tableHeadings(engine: Engine, types: readonly EntityType[]): string {
  const ofKind = [...engine.kb.entities.values()].filter((e) => types.includes(e.type));
  const out: string[] = [];
  for (const article of engine.kb.articles) {
    let table: (typeof article.passages)[number][] = [];
    for (const p of [...article.passages, undefined]) {
      if (p?.kind === 'table-row') {
        table.push(p);
        continue;
      }
      const text = table.map((row) => row.text).join(' ');
      const head = table[0];
      if (head && ofKind.some((e) => text.includes(e.name.ko)))
        out.push(`${head.text} ${head.section?.ko ?? ''} ${head.section?.en ?? ''}`);
      table = [];
    }
  }
  return out.join(' ');
}

/** A company, or a body that is one (a bank, a securities firm): not a parliament's budget office. */
function isBusiness(engine: Engine, entity: Entity): boolean {
  if (entity.type === 'company') return true;
  const said = `${entity.summary.ko} ${entity.summary.en}`.toLowerCase();
  return [...engine.lexicon.companyNouns].some((w) => w.length >= 2 && said.includes(w.toLowerCase()));
}

/**
 * The entity is another country's than those the question names: by the country the knowledge base
 * gives it, else as its description says (`미국 빅테크 기업`).
 */
function ofAnotherCountry(engine: Engine, entity: Entity, regions: readonly Entity[]): boolean {
  if (entity.country) return !regions.some((r) => r.id === entity.country);
  // (where the knowledge base gives countries, one it gives none is not known to be of those asked)
  if ([...engine.kb.entities.values()].some((e) => e.country)) return true;
  const said = `${entity.summary.ko} ${entity.summary.en}`;
  const others = engine.kb.entitiesOfType('region').filter((r) => !regions.includes(r));
  return others.some((r) => said.includes(r.name.ko) || said.includes(r.name.en));
}

/** Figures, reasons, measures: the facts of that kind about what the question names, in article order. */
function factItems(reading: Reading, kind: ListKind, asked: Term, qualifiers: readonly Term[]): ListItem[] {
  const { engine } = reading;
  const opinion = reading.understanding.types.has('opinion');
  const own = (fact: SourcedFact) =>
    kind === 'figures' || kind === 'years'
      ? givenFigures(kind, fact).length > 0
      : opinion
        ? fact.kind === 'opinion'
        : kind === 'reasons'
          ? fact.kind === 'reason'
          : fact.kind === 'policy';
  const kindWords = engine.lexicon.listKinds.get(kind) ?? new Set<string>();
  const of = qualifiers.filter((t) => !readsAs(t, kindWords));
  // (a verb that says what they are for, `AI 키우려고 하는 지원책`, narrows them to the one fact that
  // uses it: the list is of all of them, unless only it says the nouns)
  const all = factsFitting(reading, of, kindWords);
  const nouns = factsFitting(
    reading,
    of.filter((t) => t.role !== 'predicate'),
    kindWords,
  );
  const facts = all.filter(own).length <= 1 && nouns.filter(own).length > 1 ? nouns : all;
  // `budget figures`, `보조금 액수`: the noun just before the kind says what they are; it must be theirs.
  const at = reading.terms.indexOf(asked);
  const head = reading.terms[at - 1];
  if (head && qualifiers.includes(head) && head.role === 'topic' && !factsNaming(reading, facts, head))
    return [];
  const fitting = facts.filter(own);
  const chosen =
    fitting.length > 0
      ? fitting
      : [...engine.kb.facts.values()].filter(own).filter((f) => facts.length === 0 || facts.includes(f));
  return [...new Set(chosen)]
    .map((fact, order) => ({ fact, order, at: positionInArticle(engine, fact) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ fact }) => ({
      label: fact.text,
      detail: undefined,
      passage: engine.kb.passage(fact.articleId, fact.source),
      ...(kind === 'figures' || kind === 'years' ? { figures: givenFigures(kind, fact) } : {}),
    }));
}

/**
 * What a fact gives of the figures or years listed: its figures but counts of things (`세 가지`); its
 * years, a year figure or a year its text names (`2032년까지`, `2021년(9895억 원)`), each once.
 */
function givenFigures(kind: 'figures' | 'years', fact: SourcedFact): Figure[] {
  if (kind === 'figures') return fact.figures.filter((f) => f.unit !== 'count');
  const years = new Set([
    ...fact.figures.filter((f) => f.unit === 'year').map((f) => f.value),
    ...[...fact.text.en.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])),
  ]);
  return [...years].map((value) => ({ value, unit: 'year', qualifier: 'exact', label: fact.text }));
}

/** A table's rows (`한일 비교표 항목 나열해줘`): each aspect with what each side has. */
function rowItems(reading: Reading): ListItem[] {
  const { engine } = reading;
  return engine.kb.comparisons.flatMap((c) =>
    c.rows.map((row) => {
      const values = (language: 'ko' | 'en') =>
        row.values
          .map((v) => `${engine.kb.entities.get(v.entity)?.name[language] ?? v.entity}: ${v.text[language]}`)
          .join(' · ');
      return {
        label: row.aspect,
        detail: { ko: values('ko'), en: values('en') },
        passage: engine.kb.passage(c.articleId, row.source),
      };
    }),
  );
}

/** `추진중`, `설립추진`: two words the article uses, written as one. */
function composedOfKnown(engine: Engine, word: string): boolean {
  for (let i = 1; i < word.length; i++)
    if (
      knowsWord(engine, word.slice(0, i), true) &&
      (knowsWord(engine, word.slice(i), true) || engine.lexicon.knows(word.slice(i)))
    )
      return true;
  return false;
}

/** Some of the facts use the word, as it is or as a word of its set. */
function factsNaming(reading: Reading, facts: readonly SourcedFact[], term: Term): boolean {
  const words = [term.head, ...term.synonyms].map((w) => w.toLowerCase());
  return facts.some((f) => {
    // (not as part of a name: `National Assembly Budget Office` gives no budget)
    const names = f.entities.flatMap((id) => {
      const e = reading.engine.kb.entities.get(id);
      return e ? [e.name.ko, e.name.en] : [];
    });
    const text = names.reduce((t, n) => t.replaceAll(n, ' '), `${f.text.ko} ${f.text.en}`).toLowerCase();
    return words.some((w) => text.includes(w));
  });
}
