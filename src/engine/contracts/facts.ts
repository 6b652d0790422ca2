/**
 * The facts that answer a question: the best one and those nearly as good that match as much of it,
 * one for each of several things asked about one by one; and, first, what was asked for: the person,
 * the companies, the figure, the date, the place.
 */

import type { Entity, Figure, LocalizedText } from '../../knowledge/schema.ts';
import type { SourcedFact, SourcedPassage } from '../../knowledge/types.ts';
import { isCurrency } from '../../language/understand.ts';
import { arithmeticAsked, computedOf } from '../arithmetic.ts';
import { entityNamedAt } from '../ask.ts';
import { cite } from '../cards.ts';
import { amountFigures, figureInUnit, givesSeveralYears, regionDid, timeFigures } from '../fit.ts';
import { saysAny } from '../prefer.ts';
import type { Resolution } from '../resolution.ts';
import type { Scored } from '../retrieve.ts';
import type { Answer, Engine, Lead, Verdict } from '../types.ts';
import { escapeRegExp, isBusiness, measuredAgainst, namedIn, readsAs } from '../words.ts';

/** Facts scoring at least this share of the best one are answered together with it. */
const COMPANION_SHARE = 0.8;
const MAX_ANSWER_FACTS = 3;
/** A reason asked: its ground in the passage with it, and a reason the part gives elsewhere, one more. */
const MAX_REASON_FACTS = 4;
/** The figures a lead shows at most (a figure and its conversion, a series of years). */
const MAX_LEAD_FIGURES = 3;

export function factsAnswer(res: Resolution, best: Scored, verdict?: Verdict): Answer {
  const chosen = chooseFacts(res, best);
  return {
    kind: 'facts',
    question: res.ask.text,
    facts: withAntecedent(
      res.ask.engine,
      chosen.slice(0, res.ask.types.has('reason') ? MAX_REASON_FACTS : MAX_ANSWER_FACTS).map((s) => s.fact),
    ).map((fact) => cite(res.ask.engine, fact)),
    lead: leadOf(res, chosen),
    ...(verdict ? { verdict } : {}),
  };
}

/**
 * `이런 투자 환경의 어려움도 …이유 중 하나다`: a first fact that opens by pointing back is followed by the fact
 * before it in its passage, which says what it points to (the VC figures), besides those chosen.
 */
function withAntecedent(engine: Engine, facts: readonly SourcedFact[]): readonly SourcedFact[] {
  const [first] = facts;
  const opening = (text: string) => text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!first || ![first.text.ko, first.text.en].some((t) => engine.lexicon.pointingBack.has(opening(t))))
    return facts;
  const at = engine.facts.facts.indexOf(first);
  const before = engine.facts.facts[at - 1];
  const antecedent =
    before && before.articleId === first.articleId && before.source === first.source ? before : undefined;
  return antecedent && !facts.includes(antecedent) ? [first, antecedent, ...facts.slice(1)] : facts;
}

function chooseFacts(res: Resolution, best: Scored): Scored[] {
  const { found } = res;
  const { covering } = res.preferred;
  // (`연도별 글로벌 VC 투자액`: the figures over the years asked, a fact that gives the other years is its
  // companion however it scores)
  const overYears = seriesAsked(res);
  const chosen = covering.filter(
    (s, i) =>
      i === 0 ||
      ((s.score >= best.score * COMPANION_SHARE || (overYears && givesSeveralYears(s.fact))) &&
        s.contentHits >= best.contentHits &&
        found.aboutMentioned(s.fact) >= found.aboutMentioned(best.fact)),
  );
  // (`일본 AI 시장이 왜 커져?`: a reason asked, the other reasons its part of the article gives with it)
  // (and an opinion, the author's others on it: `글쓴이는 한국 AI 현실을 어떻게 봐?`)
  const broad = (['reason', 'opinion'] as const).find((t) => res.ask.types.has(t));
  if (broad && !found.oneByOne) {
    const part = narrowestSection(res.ask.engine, best.fact);
    // (what ought to be done asked, `한국이 해야한다고 한 거 뭐뭐`: the author's other views of it that say so)
    const { markers } = res.ask.engine.lexicon.should;
    const ought = (s: Scored) =>
      broad === 'opinion' && res.ask.understanding.ought && s.fact.kind === 'opinion' && saysAny(s, markers);
    // (why one judged so, `박성현 대표가 … 판단한 이유`: what the same one said with it, in the same passage, is
    // the ground they gave)
    const saidWith = (s: Scored) =>
      broad === 'reason' &&
      !!best.fact.speaker &&
      s.fact.speaker === best.fact.speaker &&
      s.fact.source === best.fact.source;
    // (why a company did what it did, `올거나이즈는 왜 일본 감?`, when what it did gives no reason: what its
    // own people said of it in the same passage is the ground the article gives)
    const ofBusiness = (id: string) => isBusiness(res.ask.engine.kb.entities.get(id)?.type);
    const business = best.fact.entities.filter(ofBusiness);
    // (the best fact, a reason asked, gives none of its own)
    const groundless = broad === 'reason' && !found.fits(best.fact, broad);
    const ownPeopleSaid = (s: Scored) =>
      groundless &&
      !!s.fact.speaker &&
      s.fact.source === best.fact.source &&
      s.fact.entities.some((id) => business.includes(id));
    // (why a situation is so, `한국 AI 산업이 위기라고 하는 이유`, when the fact that states it gives no reason:
    // the rest of its passage, of no company, is the situation it is said in: `중국도 … 빠르게 성장`)
    const situation = (s: Scored) =>
      groundless &&
      business.length === 0 &&
      !best.fact.speaker &&
      s.fact.source === best.fact.source &&
      s.fact.kind === best.fact.kind &&
      !s.fact.entities.some(ofBusiness);
    const more = found.scored.filter(
      (s) =>
        !chosen.includes(s) &&
        // (or, of what it is about, a reason the part gives in words of its own: `왜 그렇게 급한건데` after
        // Japan skipping to AX, the ageing that leaves it short of workers)
        (s.contentHits > 0 ||
          (found.aboutMentioned(s.fact) > 0 && s.fact.kind === 'reason') ||
          ought(s) ||
          ownPeopleSaid(s) ||
          situation(s)) &&
        !!part?.passages.includes(s.fact.source) &&
        s.fact.articleId === best.fact.articleId &&
        (found.fits(s.fact, broad) || saidWith(s) || ownPeopleSaid(s) || situation(s)),
    );
    // (the ground in the same passage before a reason the part gives elsewhere)
    const ground = (s: Scored) => ownPeopleSaid(s) || situation(s);
    const grounds = more.filter(ground);
    const elsewhere = more.filter((s) => !ground(s));
    const most = grounds.length > 0 && elsewhere.length > 0 ? MAX_REASON_FACTS : MAX_ANSWER_FACTS;
    chosen.push(...[...grounds, ...elsewhere].slice(0, Math.max(0, most - chosen.length)));
  }
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

/** The narrowest part of the article a fact's passage is in (`일본의 급성장하는 AI 시장`). */
function narrowestSection(engine: Engine, fact: SourcedFact) {
  return engine.kb
    .article(fact.articleId)
    ?.sections.filter((section) => section.passages.includes(fact.source))
    .sort((a, b) => a.passages.length - b.passages.length)[0];
}

/**
 * `데이터센터 보조금 원화로 얼마야?`: an amount asked in a currency the article converted it into leads with the
 * conversion, then the amount as the article gives it (약 4428억 원 · 최대 450억 엔): the figure it converts is
 * the fact's figure in another currency whose label the conversion's begins with.
 */
function withOriginals(res: Resolution, chosen: readonly Scored[], figures: readonly Figure[]): Figure[] {
  if (!isCurrency(res.ask.unit) || figures.length !== 1) return [...figures];
  const [converted] = figures;
  const original = chosen
    .flatMap((s) => s.fact.figures)
    .find(
      (g) =>
        g !== converted &&
        figureInUnit(g.unit, 'money') &&
        g.unit !== converted!.unit &&
        converted!.label.ko.length > g.label.ko.length &&
        converted!.label.ko.startsWith(g.label.ko),
    );
  return original ? [converted!, original] : [...figures];
}

/** A figure asked over the years (`연도별`, `추이`, `year by year`): every year the facts give. */
function seriesAsked(res: Resolution): boolean {
  const { seriesWords } = res.ask.engine.lexicon;
  return res.ask.types.has('amount') && res.ask.terms.some((t) => readsAs(t, seriesWords));
}

/** What the question word asks for, as the answer's first line; a statement when it asks for none. */
/**
 * `가장 많았던 해는 언제`, `which year had the most VC money`: the year whose figure is the largest (or smallest)
 * of the series the facts give, with the series.
 */
function extremeOf(res: Resolution, chosen: readonly Scored[]): Lead | undefined {
  const asked = arithmeticAsked(res.ask.engine, res.ask.terms);
  if (asked !== 'max' && asked !== 'min') return undefined;
  const figures = unique(chosen.flatMap((s) => amountFigures(res.ask.engine, s.fact, res.found.fitOptions)));
  const computed = computedOf(asked, figures);
  return computed && { kind: 'figures', figures: computed.of, computed };
}

/** `한국 코스닥임 아니면 일본 쪽임?`, `staff or freelancers?`: of the things offered, the one the fact says. */
function pickedAlternative(res: Resolution, first: Scored): Lead | undefined {
  const { terms } = res.ask;
  const offered = alternativesOffered(res);
  const both = offered.filter((i) => saysOffered(res, first, i));
  // (of two the fact names, `일본이 빨라 한국이 빨라?`, not the one it measures against: `한국보다`)
  const against = (i: number) => {
    const name = entityNamedAt(res.ask, i)?.name.ko;
    return !!name && measuredAgainst(res.ask.engine, first.fact, name);
  };
  const says = both.length > 1 ? both.filter((i) => !against(i)) : both;
  if (offered.length < 2 || says.length !== 1) return undefined;
  const term = terms[says[0]!]!;
  const entity = entityNamedAt(res.ask, says[0]!);
  return { kind: 'phrase', text: entity ? entity.name : { ko: term.head, en: term.head } };
}

/**
 * `일본이랑 한국 중에 AI 도입 어디가 더 앞서?`: of the things named to choose from, the one the fact says it of:
 * the only one it names, or of several the one not measured against (`일본이 … 한국보다 앞서`: 일본).
 */
function pickedAmong(res: Resolution, first: Scored): Lead | undefined {
  const { ask, found } = res;
  if (!found.choosingOne) return undefined;
  const named = found.group.filter((m) => first.fact.entities.includes(m.entity.id));
  const against = (e: Entity) => measuredAgainst(ask.engine, first.fact, e.name.ko);
  const picked = named.length > 1 ? named.filter((m) => !against(m.entity)) : named;
  return picked.length === 1 ? { kind: 'entities', entities: [picked[0]!.entity] } : undefined;
}

/** The fact says the word offered at `i`: the word itself, or the thing it names. */
export function saysOffered(res: Resolution, fact: Scored, i: number): boolean {
  const entity = entityNamedAt(res.ask, i);
  return fact.words.has(res.ask.terms[i]!.head) || (!!entity && fact.fact.entities.includes(entity.id));
}

/** The words a question offers for the answer to pick from (`한국이야 일본이야?`), by their index. */
export function alternativesOffered(res: Resolution): number[] {
  return res.ask.terms.flatMap((t, i) => (t.alternative && !t.background && t.role === 'topic' ? [i] : []));
}

function leadOf(res: Resolution, chosen: readonly Scored[]): Lead {
  const { types } = res.ask;
  // (`VC 투자 수치 나오는 섹션 제목 뭐야`: where in the article, by the title of the part it is in)
  const part =
    chosen[0] &&
    (res.ask.understanding.whereInArticle ||
      res.ask.terms.some((t) => readsAs(t, res.ask.engine.lexicon.sectionWords)))
      ? narrowestSection(res.ask.engine, chosen[0].fact)
      : undefined;
  if (part) return { kind: 'places', places: [part.title] };
  const picked = chosen[0] && (pickedAlternative(res, chosen[0]) ?? pickedAmong(res, chosen[0]));
  if (picked) return picked;
  const entities = leadEntities(res, chosen);
  if (entities.length > 0) return { kind: 'entities', entities: entities.slice(0, 3) };
  const first = chosen[0]?.fact;
  if (!first) return { kind: 'statement' };
  const extreme = extremeOf(res, chosen);
  if (extreme) return extreme;
  if (types.has('amount')) {
    const figures = withOriginals(
      res,
      chosen,
      ofYearsAsked(
        unique(chosen.flatMap((s) => amountFigures(res.ask.engine, s.fact, res.found.fitOptions))),
        res.ask.numbers,
        asksYearSpan(res.ask.engine, res.ask.text),
      ),
    );
    // (how much and until when at once, `감면율이랑 기한`: the figure of each)
    const until = types.has('time') ? timeFigures(first, res.found.fitOptions.bound) : [];
    const lead =
      until.length > 0
        ? unique([...figures.slice(0, 1), ...until.filter((f) => !figures.includes(f))])
        : figures;
    // (`세 해 다 합치면`, `얼마나 줄었어`: what the series adds up to or how much it changed, with it)
    const asked = arithmeticAsked(res.ask.engine, res.ask.terms);
    const computed = asked ? computedOf(asked, figures) : undefined;
    if (computed) return { kind: 'figures', figures: computed.of, computed };
    if (figures.length > 0) return { kind: 'figures', figures: lead.slice(0, MAX_LEAD_FIGURES) };
  }
  if (types.has('time')) {
    const figures = timeFigures(first, res.found.fitOptions.bound);
    if (figures.length > 0) return { kind: 'figures', figures: figures.slice(0, MAX_LEAD_FIGURES) };
    const when = relativeTime(res.ask.engine, first);
    if (when) return { kind: 'phrase', text: when };
  }
  if (types.has('place')) {
    const places = placesIn(res.ask.engine, first, res.found.fitIds, res.found.fitOptions.city);
    if (places.length > 0) return { kind: 'places', places };
    const around = res.found.fitOptions.city ? [] : regionsAround(res, first);
    if (around.length > 0) return { kind: 'places', places: around };
  }
  const row = tableRowAsked(res, first);
  return row ? { kind: 'wording', rows: [row] } : { kind: 'statement' };
}

/**
 * `표에서 한국 정부 지원 칸은 뭐라고 돼 있어`, `업스테이지는 일본에서 뭘 했어?`: of a fact read from a row of a
 * table, the row as the article writes it (`업스테이지 도쿄에 일본 오피스 개설`), when nothing else leads (no
 * person, company, figure or place). The cell is the article's own words for what the fact restates.
 */
function tableRowAsked(res: Resolution, fact: SourcedFact): LocalizedText | undefined {
  const { engine } = res.ask;
  const passage = engine.kb.passage(fact.articleId, fact.source);
  if (passage?.kind !== 'table-row') return undefined;
  return rowWording(engine, passage);
}

/**
 * A row of a table as the article writes it: of a comparison, its point and each side's cell (`정부 지원 —
 * 한국: 제한적 세제 혜택 · 일본: 법인세 최대 30% 감면`); of another table, the row's text.
 */
export function rowWording(engine: Engine, passage: SourcedPassage): LocalizedText {
  const comparison = engine.kb.comparisons.find(
    (c) => c.articleId === passage.articleId && c.rows.some((r) => r.source === passage.id),
  );
  const row = comparison?.rows.find((r) => r.source === passage.id);
  if (!row) return { ko: passage.text, en: passage.en };
  const side = (language: 'ko' | 'en') =>
    row.values
      .map((v) => `${engine.kb.entities.get(v.entity)?.name[language] ?? v.entity}: ${v.text[language]}`)
      .join(' · ');
  return { ko: `${row.aspect.ko} — ${side('ko')}`, en: `${row.aspect.en} — ${side('en')}` };
}

/**
 * `이랜서 프로젝트 언제부터 시작해?`: a time the fact gives in words, not as a figure (`다음 달(기사 작성일 …
 * 기준)부터`): the words, with the particle of start or end after them and what they count from.
 */
function relativeTime(engine: Engine, fact: SourcedFact): LocalizedText | undefined {
  const { words, after, before } = engine.lexicon.relativeWhen;
  const any = (list: readonly string[]) => list.map(escapeRegExp).join('|');
  const ko = new RegExp(`(${any(words)})(\\([^)]*\\))?(${any(after)})?`).exec(fact.text.ko);
  const en = new RegExp(`((?:${any(before)})\\s+)?(${any(words)})(\\s*\\([^)]*\\))?`, 'i').exec(fact.text.en);
  if (!ko || !en) return undefined;
  const context = ko[2] ? ` ${ko[2]}` : '';
  return { ko: `${ko[1]}${ko[3] ?? ''}${context}`, en: `${en[1] ?? ''}${en[2]}${en[3] ?? ''}` };
}

/** Which company (or body) for which and name, the person (or body) for who; nothing else leads. */
function leadEntities(res: Resolution, chosen: readonly Scored[]): Entity[] {
  const { ask, found } = res;
  const { engine, types } = ask;
  const entity = (id: string) => engine.kb.entities.get(id);
  // (`대표 이름`: a person's name is who)
  if (types.has('which') || (types.has('name') && !types.has('person'))) {
    const which = [
      ...new Set(
        chosen.flatMap((s) =>
          s.fact.entities.filter((id) => isBusiness(entity(id)?.type) && !found.fitIds.has(id)),
        ),
      ),
    ].flatMap((id) => entity(id) ?? []);
    // (`노무라증권을 고객으로 둔 회사`: a client named, the company is asked, not the clients beside it)
    const company = (e: Entity) => e.type === 'company';
    const clientNamed = [...found.fitIds].some((id) => entity(id)?.type === 'organization');
    return clientNamed && which.some(company) ? which.filter(company) : which;
  }
  if (!types.has('person')) return [];
  return chosen.slice(0, found.oneByOne ? found.group.length : 1).flatMap((s) =>
    s.fact.entities
      .filter((id) => !ask.mentionedIds.has(id))
      .flatMap((id) => {
        const e = entity(id);
        const doer =
          e?.type === 'person' ||
          e?.type === 'organization' ||
          regionDid(engine, s.fact, id, found.fitOptions);
        return e && doer ? [e] : [];
      }),
  );
}

/**
 * `한국 AI 산업이 어느 나라들 사이에서 위기야?`: a fact that says where in words of its own (`주변국`) is
 * answered by the countries its passage names, other than those the question names or sets apart.
 */
function regionsAround(res: Resolution, fact: SourcedFact): LocalizedText[] {
  const { engine, mentionedIds } = res.ask;
  const passage = engine.kb.passage(fact.articleId, fact.source);
  if (!passage) return [];
  return namedIn(
    passage.text,
    [...engine.kb.entities.values()].filter(
      (e) => e.type === 'region' && !mentionedIds.has(e.id) && !res.found.fitIds.has(e.id),
    ),
  ).map((e) => ({ ko: e.name.ko, en: e.name.en }));
}

/**
 * `2021년 VC 투자액`: of a series of years, the figures of the years asked, when the series has them; of a
 * span of years (`2021년부터 2023년까지`, `from 2021 to 2023`), every year in it.
 */
export function ofYearsAsked(figures: readonly Figure[], numbers: readonly string[], span = false): Figure[] {
  const years = numbers.filter((n) => /^(19|20)[0-9]{2}$/.test(n)).map(Number);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const asked = figures.filter(
    (f) => f.year !== undefined && (years.includes(f.year) || (span && f.year >= from && f.year <= to)),
  );
  return asked.length > 0 ? asked : [...figures];
}

/** The question asks of a span of years: two years with a word between them that spans (`부터`, `to`, `~`). */
export function asksYearSpan(engine: Engine, text: string): boolean {
  const between = engine.lexicon.yearSpanWords.map(escapeRegExp).join('|');
  // (the year's unit typed onto it, `2021년부터`, as the syllable or two after it)
  return new RegExp(`(?:19|20)[0-9]{2}\\S{0,2}?\\s*(?:${between})\\s*(?:19|20)[0-9]{2}`, 'i').test(text);
}

const unique = (figures: readonly Figure[]) =>
  figures.filter((f, i) => figures.findIndex((g) => g.value === f.value && g.unit === f.unit) === i);

/**
 * The places a fact names, in both languages: the cities the lexicon knows, as each language writes
 * them, then the countries it is about that the question does not name (none when a city is asked).
 */
export function placesIn(
  engine: Engine,
  fact: SourcedFact,
  mentioned: ReadonlySet<string>,
  city: boolean,
): LocalizedText[] {
  const find = (text: string) => {
    const lower = text.toLowerCase();
    return engine.lexicon.places
      .map((p) => ({ at: lower.indexOf(p), length: p.length }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((p) => text.slice(p.at, p.at + p.length));
  };
  const ko = [...new Set(find(fact.text.ko))];
  const en = [...new Set(find(fact.text.en))];
  const cities = ko.map((k, i) => ({ ko: k, en: en.length === ko.length ? en[i]! : k }));
  const regions = city
    ? []
    : fact.entities
        .filter((id) => !mentioned.has(id))
        .flatMap((id) => engine.kb.entities.get(id) ?? [])
        .filter((e) => e.type === 'region')
        .map((e) => ({ ko: e.name.ko, en: e.name.en }));
  return [...cities, ...regions];
}
