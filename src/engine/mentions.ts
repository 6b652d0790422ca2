/** The entities a question names: by name, alias, initials or a close typo, or by a description. */
import type { Entity } from '../knowledge/schema.ts';
import { closedBy } from '../language/korean.ts';
import type { QuestionType } from '../language/lexicon.ts';
import type { Term, Vocabulary } from '../language/understand.ts';
import type { NameMatch } from '../search/entity-index.ts';
import { compactKey, editDistance, hasHangul, isChoseongQuery, jamo } from '../search/normalize.ts';
import type { Engine } from './types.ts';
import { countryOfCompany, searchWord } from './words.ts';

export interface Mention {
  readonly entity: Entity;
  /** Indexes of the question's terms the mention covers. */
  readonly terms: readonly number[];
  /** Named only in the background before the question, or found from a description there. */
  readonly background: boolean;
  /**
   * The answer must be about it. A country used to describe something else (`한국 회사`, `from Korea to
   * Japan`) is not required; one the question is about (`중국도 …`, or the only thing named) is.
   */
  readonly required: boolean;
}

/**
 * Entities named in a question: runs of up to three terms (`channel talk`, `채널 톡`) matched
 * exactly, by initials, or by a close typo; longer runs win. What is set apart (`일본 말고`) goes to
 * `excludedIds` instead.
 */
export function findMentions(
  engine: Engine,
  terms: readonly Term[],
  types: ReadonlySet<QuestionType>,
  excludedIds: Set<string>,
): Mention[] {
  const which = types.has('which');
  const mentions: Mention[] = [];
  const used = new Set<number>();
  // (a word's own match, once: a longer span whose first word it is asks it too)
  const oneWord = new Map<number, NameMatch | undefined>();
  const wordMatch = (i: number) => {
    if (!oneWord.has(i)) oneWord.set(i, spanMatch(engine, terms, [i], wordMatch));
    return oneWord.get(i);
  };
  for (let length = Math.min(3, terms.length); length >= 1; length--) {
    for (let start = 0; start + length <= terms.length; start++) {
      const span = Array.from({ length }, (_, i) => start + i);
      // `Korean won`: a people's name that names a currency is no mention of the country.
      const currencyAdjective = (i: number) =>
        terms[i]!.role === 'filler' && engine.lexicon.demonyms.has(terms[i]!.surface);
      if (span.some((i) => used.has(i) || terms[i]!.role === 'question' || currencyAdjective(i))) continue;
      const match = length === 1 ? wordMatch(start) : spanMatch(engine, terms, span, wordMatch);
      if (!match) continue;
      for (const i of span) used.add(i);
      const background = span.every((i) => terms[i]!.background);
      // Set apart (`일본 말고`): named, but not what the answer is to be about.
      if (span.some((i) => terms[i]!.excluded)) {
        excludedIds.add(match.entity.id);
        continue;
      }
      const at = mentions.findIndex((m) => m.entity.id === match.entity.id);
      const known = mentions[at];
      // (a company or person named again in the question after the background, `리벨리온 케이스가
      // 궁금하네요. 리벨리온 대표는 …`: the question's own; a country too when the question names it as what
      // it is about, `…중국 얘기도 나온다던데. 중국은 어떤 방식으로 …`; else it keeps how it was first named)
      const subject = span.some((i) => terms[i]!.subject || terms[i]!.surface !== terms[i]!.head);
      if (known && match.entity.type === 'region' && !(known.background && !background && subject))
        (known.terms as number[]).push(...span);
      else if (known)
        mentions[at] = {
          ...known,
          terms: [...known.terms, ...span],
          background: known.background && background,
          required: known.required || !background,
        };
      else mentions.push({ entity: match.entity, terms: span, background, required: !background });
    }
  }
  // `리벨리온 일본 진출했다던데 어디에 법인 냄?`: a question that names nothing asks of the one company (or
  // person) the background before it names.
  // `리벨리온도 올거나이즈처럼 본사를 옮겼어?`: what the subject is likened to is no subject of the question.
  const { like } = engine.lexicon.particles;
  const likened = (m: Mention) => m.terms.every((i) => closedBy(terms[i]!.surface, like));
  const subjects = mentions.filter((m) => !m.background && !likened(m));
  if (subjects.length > 0 && subjects.length < mentions.filter((m) => !m.background).length)
    for (const [i, m] of mentions.entries())
      if (!m.background && likened(m)) mentions[i] = { ...m, background: true, required: false };
  const own = mentions.filter((m) => !m.background);
  const said = mentions.filter((m) => m.background && m.entity.type !== 'region');
  // (a country the question names besides, `대표는 일본이 왜 좋다고 한 거야?`, does not take its place)
  const ownParties = own.filter((m) => m.entity.type !== 'region');
  const leaning = ownParties.length === 0 && said.length === 1 && !which ? said[0] : undefined;
  // A country that describes (`한국 회사`, `Korea`) when the question names other things or asks which.
  const alone = mentions.filter((o) => !o.background).length === 1;
  // (one of them chosen: `미국이랑 EU 중에 …`, each is a subject; or offered to choose from, which asked:
  // `korea or japan, which …`, `korea vs japan — which one …`)
  const regions = mentions.filter((o) => !o.background && o.entity.type === 'region');
  const chosen = choosesAmong(engine, terms, which) && regions.length >= 2;
  return mentions.map((m) => {
    if (m === leaning) return { ...m, background: false, required: true };
    if (m.entity.type !== 'region' || !m.required) return m;
    const subject = m.terms.some((i) => terms[i]!.subject);
    // (a country only where something goes, `인재 일본 가는거 어떻게 봄?`, is no subject)
    const next = terms[Math.max(...m.terms) + 1];
    const whereTo =
      next?.role === 'predicate' &&
      [next.head, ...next.forms].some((w) => engine.lexicon.destinationVerbs.has(w));
    // (nor one that says whose the company asked for is, `도쿄에 뭐 낸 한국 회사 있음?`)
    const ofCompany = types.has('name') && m.terms.some((i) => countryOfCompany(engine, terms, i));
    return { ...m, required: subject || (alone && !which && !whereTo && !ofCompany) || chosen };
  });
}

/** The question chooses among what it names (`미국이랑 EU 중에`, `between`, `X or Y, which`). */
export function choosesAmong(engine: Engine, terms: readonly Term[], which: boolean): boolean {
  // (or, which asked, among things offered: `korea or japan, which …`, `korea vs japan — which one …`)
  const offered =
    terms.filter((t) => t.alternative).length >= 2 ||
    terms.some((t) => engine.lexicon.referring.setAgainst.includes(t.surface));
  return terms.some((t) => engine.lexicon.particles.choice.includes(t.surface)) || (which && offered);
}

/** The entity a run of terms names: one word by any of its readings, several only spelled exactly. */
function spanMatch(
  engine: Engine,
  terms: readonly Term[],
  span: readonly number[],
  wordMatch: (i: number) => NameMatch | undefined,
): NameMatch | undefined {
  const first = terms[span[0]!]!;
  const texts =
    span.length === 1
      ? [...new Set([first.surface, first.head])]
      : [span.map((i) => terms[i]!.surface).join(' ')];
  // A typo of a name is only worth looking for in one word that is not itself a word of the facts.
  const typoPossible = span.length === 1 && !engine.facts.hasWord(first.surface) && !first.lexical;
  if (span.length === 1) return texts.map((t) => mentionMatch(engine, t, typoPossible)).find(Boolean);
  // Several words only name an entity when they spell it exactly (`channel talk`), or go on with a typo
  // (`뤼튼 태크놀로지스`) the name the first of them names.
  const exact = mentionMatch(engine, texts[0]!, false);
  if (exact?.tier === 'exact') return exact;
  const byFirst = wordMatch(span[0]!);
  return byFirst &&
    goesOnWithTypo(
      byFirst.entity,
      first.surface,
      span.slice(1).map((i) => terms[i]!.head),
    )
    ? byFirst
    : undefined;
}

/**
 * `뤼튼 태크놀로지스`: the name begins with the first word, and the words after it spell the rest of it with
 * a slip of a letter or two (the rest three syllables or more, so `올거나이즈 상장` names only the company).
 */
function goesOnWithTypo(entity: Entity, first: string, rest: readonly string[]): boolean {
  return [entity.name.ko, entity.name.en].some((name) => {
    if (!name.startsWith(first)) return false;
    const left = name.slice(first.length).replace(/\s+/g, '');
    const typed = rest.join('');
    return left.length >= 3 && left !== typed && editDistance(jamo(left), jamo(typed), 2) <= 2;
  });
}

export function mentionMatch(engine: Engine, text: string, fuzzy: boolean): NameMatch | undefined {
  const key = compactKey(text);
  if (key.length < 2) return undefined;
  // (the best two: the second says whether two initials spell one name only)
  const found = engine.entities.search(text, { limit: 2, fuzzy });
  const top = found[0];
  if (!top) return undefined;
  if (top.tier === 'exact') return top;
  // (two initials only when they are no chat shorthand, `ㄹㅌ` for 뤼튼 but not `ㅇㅋ`, and spell one name)
  if (top.tier === 'initials') {
    const two =
      key.length === 2 &&
      !engine.lexicon.chatNoise.has(key) &&
      found.filter((m) => m.tier === 'initials').length === 1;
    return isChoseongQuery(key) && (key.length >= 3 || two) ? top : undefined;
  }
  // In a sentence, a prefix must be most of the name (`리벨리` yes, `리` no) and a typo must be close.
  if (top.tier === 'prefix') return top.score >= 0.8 ? top : undefined;
  // (a long name spelled by ear in Latin letters may be two edits off: `Olganize`)
  const close = hasHangul(key) || key.length < 8 ? 0.8 : 0.75;
  return top.score >= close && (hasHangul(key) ? key.length >= 3 : key.length >= 5) ? top : undefined;
}

/** The language layer's view of the knowledge base. */
export function vocabularyOf(engine: Engine): Vocabulary {
  return {
    hasWord: (word) => engine.facts.hasWord(word),
    knows: (word) => engine.facts.knows(word),
    isName: (text) => engine.entities.exactMatches(text).length > 0,
    isJoinedKeyword: (word) => engine.facts.isJoinedKeyword(word),
    spelledBy: (initials, around) => engine.facts.spelledBy(initials, around),
    resemblesName: (word) => mentionMatch(engine, word, true) !== undefined,
  };
}

/**
 * The entity a description in the background points at (`반도체 회사 하나 있잖아` → 리벨리온): the
 * company whose own profile matches the background's words best.
 */
export function describedEntity(
  engine: Engine,
  terms: readonly Term[],
  excluded: ReadonlySet<string> = new Set(),
): { entity: Entity; terms: readonly Term[] } | undefined {
  // What describes it: the topic's words other than the word for company itself.
  const candidates = terms.filter((t) => t.role === 'topic' && !engine.lexicon.companyNouns.has(t.head));
  if (candidates.length === 0) return undefined;
  const profiles = engine.facts
    .search(candidates.map(searchWord), { limit: 10 })
    .filter((r) => r.fact.kind === 'profile')
    .map((r) => ({
      r,
      companies: r.fact.entities.filter((id) => engine.kb.entities.get(id)?.type === 'company'),
    }))
    // (`리벨리온 말고 도쿄에 뭐 연 회사`: one set apart is not the one described)
    .filter(({ companies }) => companies.length === 1 && !excluded.has(companies[0]!));
  // A description fits one company only (`반도체`, `프리랜서`), not every start-up: the profiles that
  // match most of it must all be that company's.
  const most = Math.max(0, ...profiles.map((p) => p.r.words.size));
  const best = profiles.filter((p) => p.r.words.size === most);
  const owners = new Set(best.map((p) => p.companies[0]));
  const [first] = best;
  const entity = first && owners.size === 1 ? engine.kb.entities.get(first.companies[0]!) : undefined;
  if (!first || !entity) return undefined;
  const matched = candidates.filter((t) => first.r.words.has(t.head));
  const nouns = terms.filter((t) => engine.lexicon.companyNouns.has(t.head));
  // (the words between them are the description's own way of putting it: `프리랜서 개발자 매칭 회사`)
  const from = Math.min(...matched.map((t) => terms.indexOf(t)));
  const to = terms.findIndex((t, i) => i > from && nouns.includes(t));
  const between =
    to < 0 ? [] : terms.slice(from + 1, to).filter((t) => t.role !== 'question' && !matched.includes(t));
  return { entity, terms: [...matched, ...between, ...nouns] };
}
