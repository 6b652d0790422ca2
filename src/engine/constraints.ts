/**
 * What a fact must be to answer a question, beyond sharing its words: about what it names, of the
 * country it places things in, counting what it counts, naming a company of the kind asked, not about
 * what it sets apart.
 */
import type { Entity } from '../knowledge/schema.ts';
import type { SourcedFact } from '../knowledge/types.ts';
import { nounStems } from '../language/korean.ts';
import type { Term } from '../language/understand.ts';
import { isHangulWord } from '../search/normalize.ts';
import { type Ask, asksAuthorsView } from './ask.ts';
import { counts } from './fit.ts';
import type { Mention } from './mentions.ts';
import type { Retrieval, Scored } from './retrieve.ts';
import type { Engine } from './types.ts';
import { countryOfCompany, escapeRegExp, isBusiness, readsAs, regionNamesOf, textOf } from './words.ts';

/** The constraints of one question, and the candidates that meet them. */
export interface Constrained {
  /** The candidates that may answer, best first. */
  readonly covering: readonly Scored[];
  /** `한국 정부는 …`: a country's own thing the question is about; the answer must have it. */
  readonly owned: Term | undefined;
  belongsElsewhere(fact: SourcedFact): boolean;
  /** How many companies or bodies the fact is about. */
  groupOf(fact: SourcedFact): number;
  /** Which one of a kind of thing (`데이터센터 어디어디`): the kind. */
  readonly kindAsked: Term | undefined;
  /** Countries the question places something in (`미국으로`, `중국의`). */
  readonly placedRegions: readonly Mention[];
}

export function constrain(ask: Ask, found: Retrieval): Constrained {
  const { engine, mentions, types } = ask;
  const possessed = possessions(ask);
  const owned = types.has('opinion') ? undefined : ownedTerm(ask, possessed);
  const belongsElsewhere = (fact: SourcedFact) => possessed.some((p) => elsewhere(engine, fact, p));
  const groupOf = (fact: SourcedFact) =>
    fact.entities.filter((id) => isBusiness(engine.kb.entities.get(id)?.type)).length;
  const countsIt = countRule(ask);
  const onlyDescribes = describedOnly(ask);
  // (`일본이랑 한국 중에 AI 도입 어디가 더 앞서?`: where of those offered to choose from asks which of them,
  // no kind of thing)
  const kindAsked = types.has('which') && !found.choosingOne ? whichKind(ask) : undefined;
  const ofKind = (fact: SourcedFact) => !kindAsked || namesOneOfKind(ask, fact, kindAsked);
  const placedRegions = placed(ask);
  const ofCountryAsked = countryOfWhich(ask);
  const authorsView = asksAuthorsView(ask);
  const inGroup = (m: Mention) => found.oneByOne && found.group.includes(m);
  const covering = found.scored.filter((s) => {
    if (belongsElsewhere(s.fact)) return false;
    if (mentions.some((m) => m.required && !inGroup(m) && !s.fact.entities.includes(m.entity.id)))
      return false;
    if (found.oneByOne && !found.group.some((m) => s.fact.entities.includes(m.entity.id))) return false;
    if (ask.understanding.alone && mentions.length > 0 && groupOf(s.fact) > 1) return false;
    if (!countsIt(s)) return false;
    if (onlyDescribes(s.fact)) return false;
    // `글쓴이는 법인세를 몇 %까지 깎아줘야 한다고 해?`: the author's view is the author's, not a figure
    // the article reports.
    if (authorsView && s.fact.kind !== 'opinion') return false;
    if (placedRegions.some((m) => !s.fact.entities.includes(m.entity.id))) return false;
    if (!ofKind(s.fact)) return false;
    if (hasSetApart(ask, s)) return false;
    if (aboutExcludedOnly(ask, s.fact) || !namesAnotherSetApart(ask, s.fact)) return false;
    if (!namesWhich(ask, found, s)) return false;
    if (!ofCountryAsked(s.fact)) return false;
    return found.strictTypes.every((t) => found.fits(s.fact, t));
  });
  return { covering, owned, belongsElsewhere, groupOf, kindAsked, placedRegions };
}

interface Possession {
  readonly region: Entity;
  readonly word: string;
}

/**
 * `한국 정부`, `일본 시장`: the word after a country is that country's; a fact that has it only as
 * another country's (`일본 정부`) says nothing of this one.
 */
function possessions(ask: Ask): Possession[] {
  const { engine, terms, mentions, mentionedTerm } = ask;
  return terms.flatMap((t, i) => {
    // The country written bare before the word (`한국 정부`), not as a subject (`미국이 세계 최초로`).
    const previous = terms[i - 1];
    const bare = !!previous && (!isHangulWord(previous.surface) || previous.surface === previous.head);
    // A country's government, parliament or president is its own even when the country only describes.
    const institution = readsAs(t, engine.lexicon.institutionWords);
    const region = mentions.find(
      (m) =>
        m.terms.includes(i - 1) && m.entity.type === 'region' && (m.required || institution) && !m.background,
    );
    return region && bare && t.role === 'topic' && !mentionedTerm.has(i)
      ? [{ region: region.entity, word: t.head }]
      : [];
  });
}

/** `한국 정부는 …`: a country's own thing the question is about must be the fact's. */
function ownedTerm(ask: Ask, possessed: readonly Possession[]): Term | undefined {
  const { engine, terms, mentionedTerm } = ask;
  return terms.find(
    (t, i) =>
      (t.subject || readsAs(t, engine.lexicon.institutionWords)) &&
      possessed.some((p) => p.word === t.head) &&
      // (`일본 기업들이 AI 도입에 적극적인 배경`: a country's companies at large are the country, as its facts say)
      !readsAs(t, engine.lexicon.companyNouns) &&
      !mentionedTerm.has(i) &&
      !t.background,
  );
}

function elsewhere(engine: Engine, fact: SourcedFact, { region, word }: Possession): boolean {
  // A fact about another country only (`일본의 사례가 …`) is not about this one's.
  const otherOnly =
    !fact.entities.includes(region.id) &&
    fact.entities.some((id) => id !== region.id && engine.kb.entities.get(id)?.type === 'region');
  if (otherOnly) return true;
  const hangul = isHangulWord(word);
  const text = hangul ? fact.text.ko : fact.text.en.toLowerCase();
  const gap = hangul ? '\\s*' : '\\s+';
  const before = [...text.matchAll(new RegExp(`(\\S+)${gap}${escapeRegExp(word)}`, 'g'))].map((m) => m[1]!);
  if (before.length === 0) return false;
  const regionOf = regionNamesOf(engine);
  const owners = before.map((b) => regionOf(b));
  const ours = owners.includes(region.id);
  const theirs = owners.some((id) => id !== undefined && id !== region.id);
  return theirs && !ours;
}

/**
 * `인재 몇 명`, `how many startups`: a count answers only when it counts what is asked (its label says
 * so), not another thing counted in the same unit (41만 명 are freelancers, not talent that left).
 */
function countRule(ask: Ask): (s: Scored) => boolean {
  const { engine, terms, mentions, mentionedTerm, understanding, yesno } = ask;
  // (`개발자 풀이 몇 명`: a body's count counts its members, the word before it)
  let countedAt = understanding.counted ?? -1;
  while (
    countedAt > 0 &&
    readsAs(terms[countedAt]!, engine.lexicon.collectiveNouns) &&
    terms[countedAt - 1]!.role !== 'filler'
  )
    countedAt--;
  const countedTerm =
    countedAt >= 0 &&
    !mentionedTerm.has(countedAt) &&
    !yesno &&
    !engine.lexicon.unitWords.has(terms[countedAt]!.head)
      ? terms[countedAt]
      : undefined;
  if (!countedTerm) return () => true;
  // A word for any company or person (`기업 몇 개`) counts nothing in particular: what describes it
  // just before (`일본으로 간 한국 AI 기업`, `협력 기업`) must be the fact's too.
  // (or its particle still on, as a filler keeps it: `곳이 몇 개`)
  const isGeneric = (t: Term) =>
    readsAs(t, engine.lexicon.companyNouns) ||
    readsAs(t, engine.lexicon.personNouns) ||
    nounStems(engine.lexicon.grammar, t.surface).some((stem) => engine.lexicon.companyNouns.has(stem));
  const generic = isGeneric(countedTerm);
  // (companies or bodies counted: any count of them, by what describes them)
  const companies = generic && !readsAs(countedTerm, engine.lexicon.personNouns);
  // (`기업/기관 몇 군데`: another such word beside it says no more of what is counted)
  let before = countedAt - 1;
  while (generic && before > 0 && isGeneric(terms[before]!)) before--;
  const qualifier = generic ? terms[before] : undefined;
  // `일본인 개발자 몇 명`: counted of a country, the count must be that country's.
  const countedOf = mentions.find((m) => m.entity.type === 'region' && m.terms.includes(countedAt - 1));
  const qualifies =
    qualifier && !mentionedTerm.has(before) && qualifier.role !== 'filler' && !qualifier.background
      ? qualifier
      : undefined;
  return (s) =>
    (!countedOf || s.fact.entities.includes(countedOf.entity.id)) &&
    s.fact.figures.some(
      (f) => (companies && f.unit === 'organizations') || counts(s.fact, f, countedTerm, generic),
    ) &&
    (!qualifies || s.words.has(qualifies.head));
}

/**
 * `미국은 AI에 얼마 투자해?`: a country asked about as the subject is not answered by a fact where it
 * only describes companies (`미국 빅테크 기업들이 발표한 일본 투자액`): that is the companies' doing.
 */
function describedOnly(ask: Ask): (fact: SourcedFact) => boolean {
  const { engine, terms, mentions } = ask;
  const subjectRegions = mentions.filter(
    (m) =>
      m.required &&
      !m.background &&
      m.entity.type === 'region' &&
      m.terms.some((i) => terms[i]!.subject && isHangulWord(terms[i]!.surface)),
  );
  if (subjectRegions.length === 0) return () => false;
  const companyWords = [...engine.lexicon.companyNouns].filter((n) => n.length >= 2);
  return (fact) =>
    subjectRegions.some((m) => {
      if (!fact.entities.includes(m.entity.id)) return false;
      const name = m.entity.name.ko;
      const uses = [...fact.text.ko.matchAll(new RegExp(`${escapeRegExp(name)}(?:의)?\\s*(\\S+)`, 'g'))];
      return uses.length > 0 && uses.every((u) => companyWords.some((n) => u[1]!.startsWith(n)));
    });
}

/**
 * The kind of thing a which-question asks for, when it names one (`데이터센터 어디어디`, `은행은
 * 어디야`): the noun just before the question word, unless it is a word for any company, party,
 * country, city or role (`회사`, `곳`, `나라`, `고객사`), which the answer's type already checks.
 */
function whichKind(ask: Ask): Term | undefined {
  const { engine, terms, mentionedTerm } = ask;
  const q = terms.findIndex((t) => t.role === 'question' && !t.background);
  // Asked with where (`… 어디야`), not with a word before a noun (`어떤 기업`: the noun says the kind);
  // nor of where data comes from (`통계 어디 자료`), whose kind is the body that gives it.
  if (q < 1 || !engine.lexicon.wherePronouns.has(terms[q]!.head) || ask.understanding.source)
    return undefined;
  const at = q - 1;
  const noun = terms[at]!;
  if (
    noun.role !== 'topic' ||
    noun.background ||
    mentionedTerm.has(at) ||
    !isHangulWord(noun.head) ||
    !(noun.lexical || engine.facts.hasWord(noun.head))
  )
    return undefined;
  return namesPartyOrPlace(engine, noun) ? undefined : noun;
}

/** A general word for a party or a place (`회사`, `고객사`, `나라`, `도시`, `사람`, `대표`): no kind of thing. */
function namesPartyOrPlace(engine: Engine, noun: Term): boolean {
  const { lexicon } = engine;
  return [
    lexicon.companyNouns,
    lexicon.partyNouns,
    lexicon.companyRoles,
    lexicon.countryWords,
    lexicon.cityWords,
    lexicon.personNouns,
    lexicon.titleWords,
  ].some((words) => readsAs(noun, words));
}

/**
 * `보조금 받은 데이터센터 어디어디`, `고객 중에 은행은 어디야`: which one of a kind of thing; the answer
 * names one of that kind (its name or summary says so), not any entity near the words. (a company or a
 * body: a person is asked for with who, a country with 나라)
 */
function namesOneOfKind(ask: Ask, fact: SourcedFact, kind: Term): boolean {
  return fact.entities.some((id) => {
    const entity = ask.engine.kb.entities.get(id);
    if (!entity || ask.mentionedIds.has(id) || (entity.type !== 'company' && entity.type !== 'organization'))
      return false;
    const said =
      `${entity.name.ko} ${entity.name.en} ${entity.aliases.join(' ')} ${entity.summary?.ko ?? ''} ${entity.summary?.en ?? ''}`.toLowerCase();
    return [kind.head, ...kind.forms, ...kind.synonyms].some(
      (w) => w.length >= 2 && said.includes(w.toLowerCase()),
    );
  });
}

/**
 * `미국으로 본사를 옮긴 …`, `중국의 … 기업`: a country the question places something in, or whose thing
 * it asks for, must be the answer's.
 */
function placed(ask: Ask): Mention[] {
  const { engine, terms, mentions } = ask;
  return mentions.filter(
    (m) =>
      m.entity.type === 'region' &&
      !m.background &&
      m.terms.some((i) => {
        const surface = terms[i]!.surface;
        return (
          isHangulWord(surface) &&
          surface !== terms[i]!.head &&
          engine.lexicon.placeParticles.some((p) => surface.endsWith(p))
        );
      }),
  );
}

/** The fact has what the question sets apart (`글로벌 VC 말고`). */
function hasSetApart(ask: Ask, s: Scored): boolean {
  if (ask.setApart.length === 0) return false;
  const { text: said } = textOf(ask.engine, s.fact);
  // (`안전성 말고 또 뭐 강조함?`: a fact that names it with others, `안전성과 윤리적 측면`, says the others)
  const withOthers = (word: string) =>
    ask.engine.lexicon.particles.with.some((p) => said.includes(`${word}${p} `)) ||
    said.includes(`${word}, `) ||
    said.includes(`, ${word}`);
  return ask.setApart.some((t) => (said.includes(t.head) || s.words.has(t.head)) && !withOthers(t.head));
}

/** `Besides Rebellions, which company …`: a fact about it alone is not the answer. */
function aboutExcludedOnly(ask: Ask, fact: SourcedFact): boolean {
  const { engine, excludedIds, mentionedIds } = ask;
  for (const id of excludedIds) {
    if (!fact.entities.includes(id)) continue;
    const kind = engine.kb.entities.get(id)?.type;
    const another = fact.entities.some(
      (o) => !mentionedIds.has(o) && engine.kb.entities.get(o)?.type === kind,
    );
    if (!another) return true;
  }
  return false;
}

/**
 * `MS랑 구글 말고 일본을 AI 허브로 찍은 미국 회사 또 있어?`: whether there is another, or which other, is
 * answered by a fact that names another of the kind set apart, not by one that names none.
 */
function namesAnotherSetApart(ask: Ask, fact: SourcedFact): boolean {
  const { engine, excludedIds, mentionedIds } = ask;
  if (excludedIds.size === 0 || !(ask.yesno || ask.types.has('which'))) return true;
  const kinds = new Set([...excludedIds].map((id) => engine.kb.entities.get(id)?.type));
  return fact.entities.some((id) => !mentionedIds.has(id) && kinds.has(engine.kb.entities.get(id)?.type));
}

/**
 * Which company did X: a fact naming a company, or one saying which kind of companies (`AI 소프트웨어
 * 개발 기업`, a measure's beneficiaries); a fact about something else does not say which. Which one, of
 * anything, is answered by a fact that names one.
 */
function namesWhich(ask: Ask, found: Retrieval, s: Scored): boolean {
  if (!ask.types.has('which')) return true;
  const { engine } = ask;
  const classOfCompanies =
    s.fact.kind === 'policy' && engine.lexicon.answerWords.companyClass.test(textOf(engine, s.fact).text);
  if (ask.describes) return found.fits(s.fact, 'which') || classOfCompanies;
  // (`Which regulation did the EU pass …?`: which one of a kind of thing, not of those who do things, is
  // the thing the fact names)
  if (thingAsked(ask)) return true;
  // (a country is no which-one of companies, unless any party is asked: `AI Act 만든 데가 어디`)
  // (of several named to choose from, `리벨리온이랑 이랜서 중에`, one of them is which)
  const names = (id: string) =>
    !found.fitIds.has(id) && (found.fitOptions.anyParty || engine.kb.entities.get(id)?.type !== 'region');
  return s.fact.entities.some(names) || classOfCompanies;
}

/** The noun a which-question asks one of (`which regulation`, `어느 법`), when it is no kind of party or place. */
function thingAsked(ask: Ask): boolean {
  const { engine, terms } = ask;
  const q = terms.findIndex((t) => t.role === 'question' && !t.background);
  const noun = terms[q + 1];
  if (q < 0 || !noun || noun.role !== 'topic' || noun.background || ask.mentionedTerm.has(q + 1))
    return false;
  return noun.lexical && !namesPartyOrPlace(engine, noun);
}

/**
 * `중국 대표 AI 기업 어디 언급돼?`, `한국 회사 중에 …`: which company, of a country said just before the word for
 * it: the fact must name a company of that country. Asked not which but about such a company (`도쿄에 뭐 낸
 * 한국 회사 있음?`, `중국 AI 스타트업 VC 투자액`), the fact names the country itself or a company of it.
 */
function countryOfWhich(ask: Ask): (fact: SourcedFact) => boolean {
  const { engine, terms, mentions, types } = ask;
  const which = types.has('which');
  const country = mentions.find(
    (m) =>
      m.entity.type === 'region' &&
      !m.background &&
      (which || !m.required) &&
      m.terms.some((i) => countryOfCompany(engine, terms, i)),
  );
  if (!country) return () => true;
  return (fact) =>
    fact.entities.some((id) => {
      const entity = engine.kb.entities.get(id);
      return (
        (!which && id === country.entity.id) ||
        (isBusiness(entity?.type) && entity?.country === country.entity.id)
      );
    });
}
