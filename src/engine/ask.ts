/**
 * One question as the engine reads it: what kind of answer it asks for, which entities it names (or
 * describes), what it asks about them, and what it sets apart.
 */
import type { QuestionType, Unit } from '../language/lexicon.ts';
import { type Term, type Understanding, understand } from '../language/understand.ts';
import { compactKey } from '../search/normalize.ts';
import { choosesAmong, describedEntity, findMentions, type Mention, vocabularyOf } from './mentions.ts';
import type { Engine } from './types.ts';
import { inPlural, readsAs, searchWord } from './words.ts';

/** A question read: its terms and the entities it names, before anything is decided of it. */
export interface Reading {
  readonly engine: Engine;
  readonly text: string;
  readonly understanding: Understanding;
  readonly terms: readonly Term[];
  readonly mentions: readonly Mention[];
  /** Indexes of the terms that name an entity. */
  readonly mentionedTerm: ReadonlySet<number>;
  /** Entities set apart (`리벨리온 말고`): named, but the answer is to be about something else. */
  readonly excludedIds: ReadonlySet<string>;
  /** The question's topic words that name nothing. */
  readonly topicTerms: readonly Term[];
}

/** A question read and completed: the entity it describes found, what it asks settled. */
export interface Ask extends Reading {
  readonly unit: Unit | undefined;
  /** The kinds of answer asked for, settled against what it names. */
  readonly types: ReadonlySet<QuestionType>;
  /** What is named or set apart: an answer names something else. */
  readonly mentionedIds: ReadonlySet<string>;
  /** Terms that describe the entity the question is about (`반도체 회사`), not what it asks. */
  readonly describing: ReadonlySet<Term>;
  /** Things set apart that name no entity (`법인세 말고`): a fact that has them is not the answer. */
  readonly setApart: readonly Term[];
  /** What the question asks about: topic words and verbs that name nothing. */
  readonly contentTerms: readonly Term[];
  /** Everything searched for: the content and the question words the facts use. */
  readonly asked: readonly Term[];
  /** Numbers the answer must have (`2024`). */
  readonly numbers: readonly string[];
  readonly yesno: boolean;
  /** The question speaks of a company or of a part a company plays (`회사`, `고객사`). */
  readonly describes: boolean;
}

/** Reads a question: its terms, and the entities it names (a word that refers back names the one before). */
export function readQuestion(engine: Engine, text: string): Reading | undefined {
  const understanding = understand(text, engine.lexicon, vocabularyOf(engine));
  const { terms } = understanding;
  if (terms.length === 0) return undefined;
  const excludedIds = new Set<string>();
  const found = findMentions(engine, terms, understanding.types, excludedIds);
  // `… 업스테이지 도쿄 오피스 냈다는데 거기 대표 누구임`: the question refers back to the one company (or
  // person) named before it, which it is then about.
  const named = found.filter((m) => m.entity.type !== 'region');
  const referable = named.filter((m) => m.entity.type === 'company' || m.entity.type === 'person');
  // (`구글이랑 MS가 … 한다고 해서 … 걔네가 발표한 금액`: one that points at several, at the companies named)
  const plural = engine.lexicon.referring.companies.test(text);
  const companies = referable.filter((m) => m.entity.type === 'company');
  const referents =
    understanding.anaphora && named.every((m) => m.background)
      ? plural && companies.length > 1
        ? companies
        : referable.slice(-1)
      : [];
  const mentions = found.map((m) =>
    referents.includes(m) ? { ...m, background: false, required: true } : m,
  );
  const mentionedTerm = new Set(mentions.flatMap((m) => m.terms));
  const topicTerms = terms.filter((t, i) => !mentionedTerm.has(i) && t.role === 'topic');
  return { engine, text, understanding, terms, mentions, mentionedTerm, excludedIds, topicTerms };
}

/** The thing the question names by its word at `i`, when that word names one. */
export const entityNamedAt = (ask: Ask, i: number) => ask.mentions.find((m) => m.terms.includes(i))?.entity;

/** The author's view is asked (`글쓴이는 어떻게 봐?`): an opinion, of the article's author. */
export const asksAuthorsView = (ask: Ask): boolean =>
  ask.types.has('opinion') && ask.understanding.articleFields.has('author');

/** Completes a reading: the company it describes rather than names, what it asks, and of what kind. */
export function completeAsk(reading: Reading): Ask {
  const { engine, terms, understanding, mentionedTerm, excludedIds } = reading;
  const described = withDescribed(reading);
  const mentions = personsCompany(reading, described.mentions);
  const { describing } = described;
  const mentionedIds = new Set([...mentions.map((m) => m.entity.id), ...excludedIds]);
  // `글로벌 VC 말고`, `법인세 말고`: a thing set apart that names no entity; a fact that has it is not the answer.
  const setApart = terms.filter(
    (t, i) =>
      t.excluded &&
      !mentionedTerm.has(i) &&
      t.role === 'topic' &&
      engine.entities.exactMatches(compactKey(t.head)).length === 0,
  );
  // (`나라 또 어디야`: a word for a country just before where is asked says what kind the answer is, not
  // a word the fact must have, as `팩스의 나라` does)
  const kindAsked = (i: number) =>
    readsAs(terms[i]!, engine.lexicon.countryKinds) &&
    terms.slice(i + 1, i + 3).some((t) => t.role === 'question' && engine.lexicon.wherePronouns.has(t.head));
  const contentTerms = terms.filter(
    (t, i) =>
      !mentionedTerm.has(i) &&
      !describing.has(t) &&
      // (what is set apart is not asked: `리벨리온 말고`)
      !t.excluded &&
      !kindAsked(i) &&
      (t.role === 'topic' || t.role === 'predicate'),
  );
  const questionTerms = terms.filter(
    (t, i) => !mentionedTerm.has(i) && t.role === 'question' && engine.facts.hasWord(t.head),
  );
  const types = settleTypes({ ...reading, mentions }, contentTerms, describing);
  // (`이창수 회사 본사 어디로 옮겼어?`: the word for company named the person's company, not which one)
  const headed = mentions.some((m, i) => m.entity.id !== described.mentions[i]?.entity.id);
  const where = terms.some((t) => t.role === 'question' && engine.lexicon.wherePronouns.has(t.head));
  if (headed && where && types.delete('which')) types.add('place');
  // A figure that described the company (`the company with 410,000 freelancers`) is not asked again.
  const numbers = understanding.numbers.filter((n) => ![...describing].some((t) => t.head === n));
  return {
    ...reading,
    mentions,
    unit: understanding.unit,
    types,
    mentionedIds,
    describing,
    setApart,
    contentTerms,
    asked: [...contentTerms, ...questionTerms],
    numbers,
    yesno: types.has('yesno'),
    describes: terms.some(
      (t) => engine.lexicon.companyNouns.has(t.head) || engine.lexicon.companyRoles.has(t.head),
    ),
  };
}

/**
 * A company described rather than named (`반도체 회사 하나 있잖아, 거기 대표가 …`, `AI 칩 스타트업
 * 대표`, `the freelancer marketplace`): the company whose own profile the description matches, added to
 * what the question names, with the terms that describe it.
 */
/** `이창수 회사 상장도 준비함?`: a person named before a word for company asks of the company they head. */
function personsCompany(reading: Reading, mentions: readonly Mention[]): readonly Mention[] {
  const { engine, terms } = reading;
  return mentions.map((m) => {
    // (past an auxiliary or a possessive pronoun, `… did his company`)
    const after = Math.max(-1, ...m.terms) + 1;
    const companies = engine.lexicon.listKinds.get('companies');
    const { referring, englishGrammar } = engine.lexicon;
    const passing = (t: Term) =>
      englishGrammar.auxiliaries.has(t.surface) || referring.person.test(t.surface);
    const next = terms.slice(after, after + 3).find((t) => !passing(t));
    const company =
      m.entity.type === 'person' && m.entity.affiliation
        ? engine.kb.entities.get(m.entity.affiliation)
        : undefined;
    if (!company || !next || !companies?.has(next.head)) return m;
    if (mentions.some((o) => o.entity.id === company.id)) return m;
    return { ...m, entity: company };
  });
}

function withDescribed(reading: Reading): { mentions: readonly Mention[]; describing: ReadonlySet<Term> } {
  const { engine, terms, understanding } = reading;
  const mentions = [...reading.mentions];
  const describing = new Set<Term>();
  // A country does not name the company (`the freelancer marketplace that's heading to Japan`).
  const foreground = mentions.filter((m) => !m.background && m.entity.type !== 'region');
  // (`US big tech companies … they`: several described, not one of them)
  const several = terms.some((t) => readsAs(t, engine.lexicon.companyNouns) && inPlural(t, engine.lexicon));
  if (
    foreground.length > 0 ||
    several ||
    asksForCompany(reading) ||
    !(understanding.anaphora || describesOne(reading) || terms.some((t) => t.background))
  )
    return { mentions, describing };
  // (`저는 B2B SaaS 창업 3년차인데 …`: what the asker says of themselves describes no company of the article)
  // (unless the question points back at something, `그 플랫폼`, which the description may be of)
  const self =
    !understanding.anaphora &&
    terms.some((t) => t.background && engine.lexicon.selfWords.has(t.surface.toLowerCase()));
  const described = describedEntity(
    engine,
    self ? terms.filter((t) => !t.background) : terms,
    reading.excludedIds,
  );
  if (!described || mentions.some((m) => m.entity.id === described.entity.id))
    return { mentions, describing };
  const inForeground = described.terms.some((t) => !t.background);
  mentions.push({ entity: described.entity, terms: [], background: !inForeground, required: inForeground });
  for (const t of described.terms) describing.add(t);
  // The rest of the description (`…startup that relocated its HQ`) is what its own facts say.
  const own = engine.facts.positionsAbout([described.entity.id]);
  const rest = terms.filter((t) => t.role === 'topic' && !describing.has(t) && !t.background);
  const matched = new Set(
    engine.facts.search(rest.map(searchWord), { limit: 30, restrictTo: own }).flatMap((r) => [...r.words]),
  );
  // Only when the question asks something else of it (who runs it, how many …), not what it did.
  if (understanding.types.size > 0) for (const t of rest) if (matched.has(t.head)) describing.add(t);
  return { mentions, describing };
}

/** One company described (`the chip startup`), not many (`korean ai startups`, `기업들`), nor a country's. */
function describesOne(reading: Reading): boolean {
  const { engine, terms, mentions } = reading;
  // `미국 빅테크`: a country's companies, not one company described.
  const afterCountry = (i: number) =>
    mentions.some((m) => m.entity.type === 'region' && m.terms.includes(i - 1));
  // (`AI 소프트웨어 개발 기업한테`: those something is given to, a kind of company, not one)
  const { recipient } = engine.lexicon.particles;
  const given = (t: { surface: string; head: string }) =>
    recipient.some((p) => t.surface === `${t.head}${p}`);
  return terms.some(
    (t, i) =>
      engine.lexicon.companyNouns.has(t.head) &&
      !inPlural(t, engine.lexicon) &&
      !given(t) &&
      !engine.lexicon.partyNouns.has(t.head) &&
      !afterCountry(i),
  );
}

/**
 * A which-question asks for the company: a description there is what it did, not whom it names. A name
 * asked of a company, not of its CEO (`대표 이름은?` asks who).
 */
function asksForCompany(reading: Reading): boolean {
  const { engine, terms, understanding } = reading;
  return (
    understanding.types.has('which') ||
    (understanding.types.has('name') && !terms.some((t) => readsAs(t, engine.lexicon.titleWords))) ||
    terms.some((t) => t.role === 'question' && engine.lexicon.companyNouns.has(t.head))
  );
}

/**
 * The kinds of answer asked for, against what the question names: `어떤 회사야` after a name asks what
 * it is, not which one; what someone said needs someone who speaks; which is neither who nor where.
 */
function settleTypes(
  reading: Reading,
  contentTerms: readonly Term[],
  describing: ReadonlySet<Term>,
): Set<QuestionType> {
  const { engine, terms, mentions } = reading;
  const types = new Set(reading.understanding.types);
  // `회사는 어디야` asks which, not where. (`eLancer는 어떤 회사야? freelancer 플랫폼?`: the name right
  // before the question word)
  const questionAt = terms.findIndex((t) => t.role === 'question' && !t.background);
  let before = questionAt - 1;
  while (before >= 0 && terms[before]!.role === 'filler') before--;
  const nameAsked = mentions.some(
    (m) => m.terms.includes(before) && m.entity.type === 'company' && !m.background,
  );
  if (
    types.has('which') &&
    mentions.length > 0 &&
    (types.has('profile') || contentTerms.every((t) => t.background) || nameAsked)
  ) {
    types.delete('which');
    types.add('profile');
  }
  // `감면 대상이 누구야`, `빅테크는 어디야`: which asks for one of the things named, not a person or a place.
  // `한국 인프라 문제 뭐래`: what the article says of a thing, not what someone said; only a person,
  // a company or a body says something.
  const speakers = mentions.some((m) => m.entity.type !== 'region') || describing.size > 0;
  if (types.has('said') && !speakers && !terms.some((t) => engine.lexicon.companyNouns.has(t.head)))
    types.delete('said');
  if (types.has('which')) {
    types.delete('place');
    types.delete('person');
    // (`korea vs japan — which one was ahead …`: one of the two set side by side is chosen, not compared)
    const regions = mentions.filter((m) => !m.background && m.entity.type === 'region');
    if (types.has('compare') && regions.length >= 2 && choosesAmong(engine, terms, true))
      types.delete('compare');
  }
  // `MS랑 구글 말고 … 미국 회사 또 있어?`: whether there is another of a kind named apart asks which.
  const kindSaid = terms.some((t) =>
    [...engine.lexicon.listKinds.values()].some((words) => readsAs(t, words) || words.has(t.surface)),
  );
  if (types.has('yesno') && reading.excludedIds.size > 0 && kindSaid) types.add('which');
  // `표에서 한국 인프라 문제 뭐라고 나와?`, `원화로 하면?`: what the article says, or a figure, is asked,
  // not whether it says so (a claim gives its own figure: `1000억 엔이라며?`).
  const wh = ['said', 'person', 'time', 'amount', 'place', 'reason', 'which', 'name'] as const;
  if (types.has('yesno') && wh.some((t) => types.has(t)) && reading.understanding.numbers.length === 0)
    types.delete('yesno');
  return types;
}
