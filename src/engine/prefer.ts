/** Which of the facts that may answer comes first. */

import { type Ask, asksAuthorsView } from './ask.ts';
import { STRICT_TYPES, saysWhereTo } from './fit.ts';
import { COMMON_SHARE } from './gate.ts';
import type { Retrieval, Scored } from './retrieve.ts';
import { asksDeed, isBusiness, measuredAgainst, positionInArticle, readsAs, termsSaidIn } from './words.ts';

/** How nearly a fact matching more of the question must score to come before the best-scored one. */
const FULLER_SHARE = 0.6;

export interface Preferred {
  /** The facts that may answer, in the order they are to be given. */
  readonly covering: readonly Scored[];
  /** Whether a fact matches all of what a which-question says the company did. */
  didAll(s: { words: ReadonlySet<string> }): boolean;
  /**
   * `데이터센터 보조금을 받은 회사는 어디`: the facts that say all of what the company did name no
   * company (a policy, not its beneficiaries); a company that did part of it is not the answer.
   */
  readonly namelessFull: boolean;
}

export function prefer(ask: Ask, found: Retrieval, candidates: readonly Scored[]): Preferred {
  const { types } = ask;
  const covering = [...candidates];
  // (what it did: the words other than those for a company, `기업`, `고객사`)
  const { lexicon } = ask.engine;
  const didWords = found.topicWords.filter(
    (t) => !readsAs(t, lexicon.companyNouns) && !readsAs(t, lexicon.companyRoles),
  );
  const didAll = (s: { words: ReadonlySet<string> }) => didWords.every((t) => s.words.has(t.head));
  const namelessFull =
    types.has('which') &&
    ask.describes &&
    ask.understanding.language === 'ko' &&
    didWords.length >= 2 &&
    found.scored.some((s) => didAll(s) && !found.fits(s.fact, 'which')) &&
    !found.scored.some((s) => didAll(s) && found.fits(s.fact, 'which'));
  // A question word asks for a kind of answer (which → a company, why → a reason): prefer facts of
  // that kind that match the question about as well as the best one does.
  const preferred = [...types].filter((t) => !STRICT_TYPES.has(t) && t !== 'yesno');
  const leader = covering[0];
  // (a word most facts use, `AI` in an article about AI, says little of what is asked)
  const telling = found.topicWords.filter((t) => ask.engine.facts.share(t.head) < COMMON_SHARE);
  const hits = (s: Scored) => telling.filter((t) => s.words.has(t.head)).length;
  if (leader && preferred.length > 0) {
    const share = types.has('which') ? 1 : 2;
    const fitting = covering.filter(
      (s) =>
        preferred.some((t) => found.fits(s.fact, t)) &&
        // Which company did X: the company must have done all of X; a reason need only be about it.
        s.contentHits * share >= leader.contentHits &&
        // (of the words that tell, in Korean, where every word counts: `한국 AI 위기라는 얘기 왜 나옴?` is no
        // reason of Japan's AI market; an English word may be the question's own way of putting it)
        (ask.understanding.language !== 'ko' || hits(s) * share >= hits(leader)) &&
        // (asked only of what the background said, `…한계가 있다는데 그 원인이 뭐라고 적혀 있나요?`: of those
        // words, as the content's)
        (leader.contentHits > 0 || s.words.size * 2 >= leader.words.size) &&
        found.aboutRequired(s.fact) >= found.aboutRequired(leader.fact),
    );
    // (not to facts of the kind that say none of what is asked, when another says some: `한국이랑 비교하면
    // 도입 수준이 어때?` is the fact on adoption, not the table's rows)
    const saysSome = covering.some((s) => s.contentHits > 0);
    if (fitting.length > 0 && (!saysSome || fitting.some((s) => s.contentHits > 0)))
      covering.splice(0, covering.length, ...fitting);
  }
  byAspect(ask, covering);
  byDestination(found, covering);
  byConcrete(ask, covering);
  byMeans(ask, covering);
  byOught(ask, covering);
  byPlace(ask, covering);
  byTable(ask, covering);
  byBodyOrTable(ask, covering);
  bySubject(ask, covering);
  byDeed(ask, covering);
  byPassageOfView(ask, found, covering);
  // A fact that matches more of what is asked, scored nearly as well, comes first (`투자액 다 합치면`:
  // the total's fact, not the one that only says `totaling`).
  // (a word most facts use makes no fact fuller)
  const top = covering[0];
  const mostContent = Math.max(0, ...covering.map(hits));
  const fuller =
    top && hits(top) < mostContent
      ? covering.find((s) => hits(s) === mostContent && s.score >= top.score * FULLER_SHARE)
      : undefined;
  if (fuller) toFront(covering, fuller);
  // (`리벨리온, 올거나이즈, 이랜서 중 본사를 옮긴 곳은?`: of those named to choose from, the one whose fact
  // says what is asked, however much more the others' facts say of them)
  if (found.choosingOne) covering.sort((a, b) => hits(b) - hits(a) || b.score - a.score);
  return { covering, didAll, namelessFull };
}

/**
 * `세우는 중인 회사 어디야?`, `이미 세운 데는?`: of the facts that match as much of the question, those
 * under way (`추진 중`) or done, as asked, come first.
 */
function byAspect(ask: Ask, covering: Scored[]): void {
  const { aspect } = ask.understanding;
  const top = covering[0];
  if (!aspect || !top) return;
  const { ongoingFact } = ask.engine.lexicon.aspect;
  const fits = (s: Scored) =>
    s.contentHits >= top.contentHits && ongoingFact.test(s.fact.text.ko) === (aspect === 'ongoing');
  const first = covering.filter(fits);
  if (first.length === 0 || first.length === covering.length) return;
  covering.splice(0, covering.length, ...first, ...covering.filter((s) => !fits(s)));
}

/**
 * `글쓴이는 한국이 뭘 해야 한다고 봐?`: of two facts of one passage that match as much, the one that names
 * things one by one (`세제 혜택, 규제 완화, 인프라 지원 등`) says it more concretely than the one that sums
 * them up (`과감한 투자와 지원책`): it comes first.
 */
function byConcrete(ask: Ask, covering: Scored[]): void {
  const top = covering[0];
  if (!top || ask.yesno || [...ask.types].some((t) => STRICT_TYPES.has(t))) return;
  const enumerates = (s: Scored) => /(?:[^\s,]+(?: [^\s,]+)?, ){2,}/.test(s.fact.text.ko);
  if (enumerates(top)) return;
  const concrete = covering.find(
    (s) =>
      s !== top &&
      s.fact.source === top.fact.source &&
      s.contentHits >= top.contentHits &&
      s.score >= top.score * FULLER_SHARE &&
      enumerates(s),
  );
  if (concrete) toFront(covering, concrete);
}

/**
 * `글쓴이는 정부가 구체적으로 뭘 해줘야 한다고 했어?`: what ought to be done, asked; of the views that match
 * as much, the first that says what ought to be done or matters (`…만들어주는 것이 중요하다`) comes first.
 */
function byOught(ask: Ask, covering: Scored[]): void {
  const says = saysOught(ask);
  if (says) firstThatSays(covering, says);
}

/** What ought to be done, asked of a view: whether a fact is a view that says so; undefined when not asked. */
function saysOught(ask: Ask): ((s: Scored) => boolean) | undefined {
  const { markers } = ask.engine.lexicon.should;
  if (!ask.types.has('opinion') || !ask.understanding.ought) return undefined;
  return (s) => s.fact.kind === 'opinion' && saysAny(s, markers);
}

/**
 * `중국 AI는 어떤 방식으로 성장하고 있어?`, `How is China growing so fast?`: the means asked; of the facts
 * that match as much, the first that says by what means (`국가 주도의 … 투자와 데이터 활용을 통해`) comes
 * first.
 */
function byMeans(ask: Ask, covering: Scored[]): void {
  const { words, markers, howGrowing } = ask.engine.lexicon.means;
  if (ask.yesno || !(words.test(ask.text) || howGrowing.test(ask.text))) return;
  firstThatSays(covering, (s) => saysAny(s, markers));
}

/** The fact's text (in either language) holds one of these words. */
export const saysAny = (s: Scored, markers: readonly string[]): boolean =>
  markers.some((m) => s.fact.text.ko.includes(m) || s.fact.text.en.includes(m));

/** Unless the first fact says it, the first that matches as much and says it comes first. */
function firstThatSays(covering: Scored[], says: (s: Scored) => boolean): void {
  const top = covering[0];
  if (!top || says(top)) return;
  const saying = covering.find((s) => s.contentHits >= top.contentHits && says(s));
  if (saying) toFront(covering, saying);
}

/** One fact moved to the front of the order. */
function toFront(covering: Scored[], s: Scored): void {
  covering.splice(covering.indexOf(s), 1);
  covering.unshift(s);
}

/**
 * `일본이 지금은 어디로 넘어가려 한대?`: of the facts that match as much, those that say where to with the
 * verb asked (`AI 전환(AX)으로 바로 넘어가려`) come first.
 */
function byDestination(found: Retrieval, covering: Scored[]): void {
  const top = covering[0];
  if (found.fitOptions.goesTo.length === 0 || !top) return;
  const fits = (s: Scored) =>
    s.contentHits >= top.contentHits && saysWhereTo(found.fitOptions, s.fact.text.ko);
  covering.splice(0, covering.length, ...covering.filter(fits), ...covering.filter((s) => !fits(s)));
}

/**
 * `글쓴이 마지막에 뭘 바란다고 했어?`, `기사 첫머리에 …`: of the facts that match as much, those nearest the
 * end of the article named come first.
 */
function byPlace(ask: Ask, covering: Scored[]): void {
  const part = ask.understanding.articlePart;
  const top = covering[0];
  if (!part || !top) return;
  const at = (s: Scored) => positionInArticle(ask.engine, s.fact);
  // (`글쓴이가 마지막에 뭘 해야 한다고 했어?`: what ought to be done, said near the end, before a later view)
  const ought = saysOught(ask);
  const fits = (s: Scored) =>
    s.contentHits >= top.contentHits && s.words.size >= top.words.size && (!ought || !ought(top) || ought(s));
  const first = covering.filter(fits).sort((a, b) => (part === 'end' ? at(b) - at(a) : at(a) - at(b)));
  covering.splice(0, covering.length, ...first, ...covering.filter((s) => !fits(s)));
}

/**
 * `정부지원 항목 한국 쪽은 뭐라고 써있어?`, `표에서 …`: asked of the article's table (a row, a cell), the
 * facts of its comparison that match as much come first.
 */
function byTable(ask: Ask, covering: Scored[]): void {
  const top = covering[0];
  const rows = ask.engine.lexicon.listKinds.get('rows');
  // (or by a row's name: `투자 유치 쪽은 한국 어떰`)
  const compact = ask.text.replace(/\s+/g, '');
  const aspects = ask.engine.kb.comparisons.flatMap((c) =>
    c.rows.map((r) => r.aspect.ko.replace(/\s+/g, '')),
  );
  const asked =
    ask.terms.some((t) => !!rows && (readsAs(t, rows) || rows.has(t.surface))) ||
    aspects.some((a) => a.length >= 2 && compact.includes(a));
  if (!top || !asked) return;
  const fits = (s: Scored) => s.contentHits >= top.contentHits && s.fact.kind === 'comparison';
  const first = covering.filter(fits);
  if (first.length === 0 || first.length === covering.length) return;
  covering.splice(0, covering.length, ...first, ...covering.filter((s) => !fits(s)));
}

/**
 * `본문에는 원화로 얼마라고 돼 있나요?`, `표에는?`: the running text or a table, whichever is named last, asked
 * of; of the facts that match as much, the first from a paragraph (or from a table's row) comes first.
 */
function byBodyOrTable(ask: Ask, covering: Scored[]): void {
  const { tableWords, bodyWords } = ask.engine.lexicon;
  const last = ask.terms.findLast((t) => readsAs(t, tableWords) || readsAs(t, bodyWords));
  if (!last) return;
  const inTable = readsAs(last, tableWords);
  const kindOf = (s: Scored) => ask.engine.kb.passage(s.fact.articleId, s.fact.source)?.kind;
  firstThatSays(covering, (s) => (kindOf(s) === 'table-row') === inTable);
}

/**
 * `글쓴이는 이 현상 어떻게 보는 거예요?`: of the author's views, those whose passage says what the question
 * speaks of (`현상`: the part where the author watches it happen) come first.
 */
function byPassageOfView(ask: Ask, found: Retrieval, covering: Scored[]): void {
  const top = covering[0];
  // (what they say ought to be done is asked by its own words: `뭘 해야 한다는 입장?`)
  if (!top || top.fact.kind !== 'opinion' || !asksAuthorsView(ask) || ask.understanding.ought) return;
  const words = found.topicWords;
  if (words.length === 0) return;
  const said = (s: Scored) => {
    const passage = ask.engine.kb.passage(s.fact.articleId, s.fact.source);
    return passage ? termsSaidIn(passage.text, words, (t) => [t.head, t.surface]) : 0;
  };
  const views = covering.filter((s) => s.fact.kind === 'opinion');
  const most = Math.max(...views.map(said));
  if (most <= said(top)) return;
  const first = views.filter((s) => said(s) === most);
  covering.splice(0, covering.length, ...first, ...covering.filter((s) => !first.includes(s)));
}

/**
 * `한국이 앞섰던 건 뭐래`: what is named as the subject must be the fact's subject, not what it is
 * measured against (`AI 도입이 한국보다 앞서`): of facts that match as much, those come first.
 */
function bySubject(ask: Ask, covering: Scored[]): void {
  const top = covering[0];
  if (!top) return;
  const subjects = ask.mentions.filter((m) => !m.background && m.terms.some((i) => ask.terms[i]?.subject));
  if (subjects.length !== 1) return;
  const names = [subjects[0]!.entity.name.ko];
  const against = (s: Scored) => names.some((n) => measuredAgainst(ask.engine, s.fact, n));
  const fits = (s: Scored) =>
    s.contentHits >= top.contentHits && s.fact.entities.includes(subjects[0]!.entity.id) && !against(s);
  if (!against(top)) return;
  const first = covering.filter(fits);
  if (first.length === 0) return;
  covering.splice(0, covering.length, ...first, ...covering.filter((s) => !fits(s)));
}

/**
 * `리벨리온이 일본에서 뭐 했어?`, `…한 일이 뭐야`, `what did Upstage do in Japan?`: what one company did,
 * asked; of the facts that match as much, one that tells of its deed (it is the fact's subject, in no
 * one's words, and it is not what the company is) comes first.
 */
function byDeed(ask: Ask, covering: Scored[]): void {
  const companies = ask.mentions.filter((m) => !m.background && isBusiness(m.entity.type));
  if (companies.length !== 1 || !asksDeed(ask.engine.lexicon, ask.terms)) return;
  const { entity } = companies[0]!;
  firstThatSays(
    covering,
    (s) =>
      s.fact.entities.includes(entity.id) &&
      !s.fact.speaker &&
      s.fact.kind !== 'profile' &&
      s.fact.text.ko.startsWith(entity.name.ko),
  );
}
