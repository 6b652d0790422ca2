/**
 * Summaries (`요약`, `3줄 요약`, `무슨 내용이야`, `tl;dr`, `올거나이즈 정리해줘`, `give me a rundown of Japan's
 * AI push`): of a section when the question names one by its words, of the entities it names, of a
 * topic, or of the whole article. An editor's summary where the knowledge file has one; otherwise the
 * passages' lead sentences. Every line cites its passage.
 */
import type { Entity, LocalizedText, Section } from '../../knowledge/schema.ts';
import type { KnowledgeArticle, SourcedPassage } from '../../knowledge/types.ts';
import { closedBy } from '../../language/korean.ts';
import type { QuestionType } from '../../language/lexicon.ts';
import type { Term } from '../../language/understand.ts';
import { compactKey } from '../../search/normalize.ts';
import type { Reading } from '../ask.ts';
import { entityAnswerFacts } from '../cards.ts';
import { STRICT_TYPES } from '../fit.ts';
import type { Mention } from '../mentions.ts';
import type { Answer, Engine, SummaryItem } from '../types.ts';
import { knowsWord, readsAs, saysSaying, searchWord, termsSaidIn } from '../words.ts';

/** Lines of a summary when the question does not say how many. */
const DEFAULT_LINES = 5;
/** A summary of an entity or a topic: its most telling facts. */
const ENTITY_LINES = 5;
/** Lines of a summary asked whole (`싹 다`, `전부`): as many as an embed shows well. */
const WHOLE_LINES = 10;
/** A word in at least this share of the facts tells no part of the article from another. */
const COMMON_SHARE = 0.3;

export function summaryAnswer(reading: Reading): Answer | undefined {
  const { types } = reading.understanding;
  if (!types.has('summary')) return undefined;
  // (`tl;dr how many reasons…`, `누가 대표인지 짧게`: a fact asked for in brief is that fact)
  if ([...types].some((t) => STRICT_TYPES.has(t))) return undefined;
  // (`이창수 대표가 … 한마디로 뭐라 했음`: what a person named said, in brief, is what they said)
  // (or in a word of saying, `이창수대표가 말한거 요약하면 …`)
  const { engine, text } = reading;
  const saying = types.has('said') || saysSaying(engine, reading.terms);
  if (saying && reading.mentions.some((m) => !m.background && m.entity.type === 'person')) return undefined;
  // (`싹 다 정리`, `전부 요약`: all of it, as many lines as a reply holds well)
  const whole = types.has('list');
  // (`3줄 요약`: so many in all; `한 줄씩`: so many for each thing summed up)
  const asked = linesOf(engine, text);
  const max = (asked && !asked.each ? asked.lines : undefined) ?? (whole ? WHOLE_LINES : DEFAULT_LINES);
  const words = askedWords(reading);
  const named = reading.mentions.filter((m) => !m.background);
  const article = engine.kb.articles[0];
  if (!article) return undefined;
  const section = sectionOf(reading, article, words, named);
  const summary = (
    scope: Extract<Answer, { kind: 'summary' }>['scope'],
    title: LocalizedText,
    lines: SummaryItem[],
    most = max,
  ) =>
    lines.length > 0
      ? ({
          kind: 'summary',
          question: text,
          scope,
          title,
          // (each line once: two sides may share a fact; with its figures asked, `include key numbers`, the
          // lines that give figures first)
          lines: withFiguresFirst(
            reading,
            lines.filter((l, i) => lines.findIndex((m) => m.text.ko === l.text.ko) === i),
          ).slice(0, most),
        } as const)
      : undefined;
  const quoted = named.length === 0 ? peoplesWords(reading, article) : undefined;
  const said = quoted && summary('topic', quoted.title, quoted.lines);
  if (said) return said;
  if (section) {
    // (`글쓴이 결론 한 줄로`: a conclusion asked in fewer lines than the part has is its last lines)
    const lines = sectionLines(engine, article, section);
    const conclusion = reading.terms.some((t) => readsAs(t, engine.lexicon.conclusionWords));
    return summary('section', section.title, conclusion && lines.length > max ? lines.slice(-max) : lines);
  }
  if (named.length > 0) {
    const facets = words.filter((t) => !readsAs(t, engine.lexicon.activityWords));
    // (`올거나이즈 일본 사업`: a country beside a company only says where; the company is summed up)
    const all = named.map((m) => m.entity);
    const entities = all.some((e) => e.type !== 'region') ? all.filter((e) => e.type !== 'region') : all;
    // (`미국 EU 중국 AI 정책 한 줄씩`: so many of each, all of them)
    const each = entities.length > 1 && asked?.each ? asked.lines : undefined;
    // (one of one, `리벨리온 한 줄 요약`: the one line it is summed up in)
    const perEntity =
      each ?? (entities.length > 1 ? (whole ? ENTITY_LINES : 2) : whole || max === 1 ? max : ENTITY_LINES);
    if (facets.length === 0 || each)
      return summary(
        'entity',
        joinNames(entities),
        inTurn(entities.map((e) => entityLines(engine, e, perEntity, reading.understanding.withFigures))),
        // (several in fewer lines than they are, `미국이랑 EU 차이 한 줄로`: a line of each at least)
        each ? each * entities.length : Math.max(max, entities.length),
      );
    // `업스테이지 사업 모델 요약`: what it asks of them, from their facts; none is the article's silence.
    const lines = facetLines(engine, entities, facets);
    // (a summary of one line is none: what it asks first, then what else the article says of them)
    const more = entities.flatMap((e) =>
      entityLines(engine, e, ENTITY_LINES, reading.understanding.withFigures),
    );
    if (lines.length > 0)
      return summary(
        'entity',
        joinNames(entities),
        [...lines, ...more].slice(0, Math.max(lines.length, ENTITY_LINES)),
      );
    // (`일본 AI 허브 전략 요약`: what it asks of them is the article's title, `…일본의 AI 허브 전략과 한국의
    // 과제`: the article is summed up)
    const title = `${article.title.ko} ${article.title.en}`.toLowerCase();
    if (facets.every((t) => [t.head, t.surface].some((w) => title.includes(w.toLowerCase()))))
      return summary('article', article.title, articleLines(engine, article));
    const entity = entities.find((e) => e.type !== 'region') ?? entities[0]!;
    return {
      kind: 'partial',
      entity,
      missing: facets.map((t) => t.head),
      facts: entityAnswerFacts(engine, entity).slice(0, 4),
    };
  }
  // (`바쁘신 회원분들을 위해 이 기사 전체를 … 요약해 주실 수 있겠습니까?`: the article named, and few words
  // of it besides: the whole article)
  const ofArticle = reading.understanding.articleFields.has('article');
  const known = words.filter((t) => knowsWord(engine, t.head, t.common));
  if (words.length > 0 && !(ofArticle && known.length * 2 < words.length)) {
    const lines = topicLines(engine, words);
    const title = { ko: words.map((t) => t.surface).join(' '), en: words.map((t) => t.surface).join(' ') };
    return summary('topic', title, lines);
  }
  return summary('article', article.title, articleLines(engine, article));
}

function withFiguresFirst(reading: Reading, lines: SummaryItem[]): SummaryItem[] {
  if (!reading.understanding.withFigures) return lines;
  const figures = (l: SummaryItem) => /[0-9]/.test(l.text.ko);
  return [...lines.filter(figures), ...lines.filter((l) => !figures(l))];
}

/**
 * The part of the article a summary asks for: named by the nouns that ask (`이유`, `비교`, the author's
 * `결론`), by the words it is known by, or, for why of no company, the part that gives the reasons.
 */
function sectionOf(
  reading: Reading,
  article: KnowledgeArticle,
  words: readonly Term[],
  named: readonly Mention[],
): Section | undefined {
  const { engine, text } = reading;
  const { types } = reading.understanding;
  // (a word that asks, of one word, of a type: `이유`, `왜`)
  const asks = (t: Term, of: (type: QuestionType) => boolean) =>
    t.role === 'question' &&
    !t.background &&
    engine.lexicon.questionPhrasesStartingWith([t.head]).some((q) => q.phrase.length === 1 && of(q.type));
  // (a noun that asks why or what differs, `이유`, `비교`, names a section too: `일본 가는 이유 요약해줘`)
  const asking = reading.terms.filter(
    (t) =>
      !engine.lexicon.interrogatives.has(t.head) &&
      asks(
        t,
        (type) =>
          type === 'reason' ||
          type === 'compare' ||
          // (`글쓴이 결론이 뭐임`: a word a section is known by)
          (type === 'summary' && article.sections.some((sec) => sec.keywords.includes(t.head))),
      ),
  );
  // (`글쓴이는 결론적으로 한국이 뭘 해야 한다고`: the author named, with a word of its part, is that part)
  // (as typed with its particle too: `글쓴이는 결론에서 …`)
  const author = reading.terms.filter((t) => {
    const forms = [t.head, ...t.forms];
    return (
      !t.background &&
      engine.lexicon.articlePhrases.some((p) => p.field === 'author' && forms.includes(p.phrase.join(' '))) &&
      article.sections.some((sec) => forms.some((w) => sec.keywords.includes(w)))
    );
  });
  if (asking.length > 0) asking.push(...author.filter((t) => !asking.includes(t)));
  // (two words the part is known by, `글쓴이` and `결론`, name it whatever else is said)
  // (why, of no company: `AI 스타트업들이 일본 가는 이유 요약해줘`, `tl;dr why are Korean AI startups going to
  // Japan?`: the part that gives the reasons, when no part holds the rest of what is said)
  const reasons = reading.terms.filter((t) => asks(t, (type) => type === 'reason'));
  const ofCompany = named.some((m) => m.entity.type !== 'region');
  return (
    (asking.length >= 2
      ? sectionAsked(
          engine,
          article,
          text,
          asking,
          named.filter((m) => m.entity.type === 'region'),
        )
      : undefined) ??
    sectionAsked(engine, article, text, [...words, ...asking.filter((t) => !words.includes(t))], named) ??
    (types.has('reason') && !ofCompany
      ? article.sections.find(
          (sec) =>
            reasons.some((t) => [t.head, t.surface, ...t.forms].some((w) => sec.keywords.includes(w))) &&
            // (the reasons of something the part does not speak of, `한국 AI 산업 위기라고 한 이유`, are not
            // those it gives)
            saysAllOf(engine, article, sec, words),
        )
      : undefined)
  );
}

/** Every word asked that the article uses is said in the part (its title, keywords or passages). */
function saysAllOf(
  engine: Engine,
  article: KnowledgeArticle,
  section: Section,
  words: readonly Term[],
): boolean {
  const ids = new Set(section.passages);
  const text = [
    section.title.ko,
    section.title.en,
    ...section.keywords,
    ...article.passages.filter((p) => ids.has(p.id)).flatMap((p) => [p.text, p.en]),
  ].join(' ');
  const used = words.filter((t) => t.role === 'topic' && engine.facts.hasWord(t.head));
  return termsSaidIn(text, used, (t) => [t.head, t.surface, ...t.forms, ...t.synonyms]) === used.length;
}

/**
 * `대표들 발언 요약해줘`, `대표들 코멘트만`: what the people of the article said, each of their quotes in
 * article order, titled by the words that asked (`대표들 발언`).
 */
function peoplesWords(
  reading: Reading,
  article: KnowledgeArticle,
): { title: LocalizedText; lines: SummaryItem[] } | undefined {
  const { engine } = reading;
  const people = engine.lexicon.listKinds.get('people') ?? new Set<string>();
  if (!reading.understanding.types.has('said') || !reading.terms.some((t) => readsAs(t, people)))
    return undefined;
  const lines = [...engine.kb.facts.values()]
    .filter((f) => f.kind === 'quote' && f.articleId === article.id)
    .map((f) => ({ text: f.text, passage: engine.kb.passage(f.articleId, f.source) }));
  const asking = reading.terms.filter(
    (t) =>
      readsAs(t, people) ||
      engine.lexicon
        .questionPhrasesStartingWith([t.head])
        .some((q) => q.type === 'said' && q.phrase.length === 1),
  );
  const title = asking.map((t) => t.surface).join(' ');
  return { title: { ko: title, en: title }, lines };
}

/** `3줄`, `세 줄`, `한 줄로`, `in one line`, `three sentences`: how many lines are asked for. */
/**
 * `시장 쪽 이유만 따로 설명해줘`: a fact that is only a heading of the article (`이유 중 하나는 일본의 급성장하는
 * AI 시장이다`), asked to be explained, is explained by the part it heads, summed up.
 */
export function headingExplained(reading: Reading, answer: Answer): Answer | undefined {
  const { engine } = reading;
  if (answer.kind !== 'facts' || answer.verdict) return undefined;
  const explain = reading.terms.some(
    (t) => engine.lexicon.explainWords.has(t.head) || t.forms.some((f) => engine.lexicon.explainWords.has(f)),
  );
  const passage = answer.facts[0]?.passage;
  if (!explain || passage?.kind !== 'heading') return undefined;
  const article = engine.kb.article(passage.articleId);
  const section = article?.sections.find((s) => s.passages[0] === passage.id && s.passages.length > 1);
  if (!article || !section) return undefined;
  const lines = sectionLines(engine, article, section);
  return lines.length > 0
    ? { kind: 'summary', question: reading.text, scope: 'section', title: section.title, lines }
    : undefined;
}

/** The lines a paragraph asked for holds (`한 문단으로 정리해줘`). */
const LINES_PER_PARAGRAPH = 3;

/** How many lines are asked, and whether for each thing (`나라별로 한 줄씩`) or in all. */
function linesOf(engine: Engine, text: string): { lines: number; each: boolean } | undefined {
  const { summaryLines, summaryLineNumbers, linesEach, linesParagraphs } = engine.lexicon;
  const match = summaryLines.map((pattern) => pattern.exec(text)).find(Boolean);
  const found = match?.[1]?.toLowerCase();
  if (!match || !found) return undefined;
  const after = text
    .slice(match.index + match[0].length)
    .trimStart()
    .toLowerCase();
  const count = /\d/.test(found) ? Number(found) : summaryLineNumbers.get(found);
  // (`한 문단으로`: a paragraph holds several lines)
  const paragraphs = linesParagraphs.some((w) => match[0].toLowerCase().includes(w));
  const n = count && paragraphs ? count * LINES_PER_PARAGRAPH : count;
  return n
    ? { lines: Math.min(Math.max(n, 1), 5), each: linesEach.some((w) => after.startsWith(w)) }
    : undefined;
}

/** The words of the question that say what to sum up: not the question's own, nor names. */
function askedWords(reading: Reading): Term[] {
  const { engine } = reading;
  // (`with the key numbers`, `핵심 숫자 넣어서`: what to put in the summary, not what to sum up)
  const figures = engine.lexicon.listKinds.get('figures') ?? new Set<string>();
  const ofFigures = (i: number) => {
    const next = reading.terms[i + 1];
    return !!next && (readsAs(next, figures) || figures.has(next.surface));
  };
  // (a word most facts use, `AI` in an article about AI, tells no part of it from another)
  return reading.terms.filter(
    (t, i) =>
      !reading.mentionedTerm.has(i) &&
      !ofFigures(i) &&
      !t.background &&
      t.role === 'topic' &&
      !engine.lexicon.articleTopicWords.has(t.head) &&
      !/^[0-9]+$/.test(t.head) &&
      // (`두세줄로`: how many lines, not what to sum up)
      !engine.lexicon.summaryLines.some((pattern) => pattern.test(t.surface)) &&
      engine.facts.share(t.head) < COMMON_SHARE,
  );
}

/**
 * The section the question names by its words (`일본 지원 정책`, `한국 AI 산업의 위기`, `결론`): the one
 * whose title and keywords hold the most of them. A country or company alone asks for its own summary,
 * unless the section's title names it.
 */
function sectionAsked(
  engine: Engine,
  article: KnowledgeArticle,
  text: string,
  words: readonly Term[],
  named: readonly Mention[],
): Section | undefined {
  // (a section named by its title as it is: `한국 AI 기업들이 일본으로 향하는 세 가지 이유 요약해줘`)
  const asked = compactKey(text);
  const titled = article.sections.find((section) =>
    [section.title.ko, section.title.en].some((title) => asked.includes(compactKey(title))),
  );
  if (titled) return titled;
  let best: { section: Section; score: number } | undefined;
  let all: boolean | undefined;
  const factsSayAll = () => {
    all ??= engine.facts
      .search(words.map(searchWord), { limit: 10 })
      .some((r) => words.every((t) => r.words.has(t.head)));
    return all;
  };
  for (const section of article.sections) {
    const title = compactKey(`${section.title.ko} ${section.title.en}`);
    const hits = termsSaidIn(
      [section.title.ko, section.title.en, ...section.keywords].join(' '),
      words,
      (t) => [t.head, t.surface, ...t.forms, ...t.synonyms],
    );
    const inTitle = (m: Mention) => namesOf(m.entity).some((n) => title.includes(n));
    const namesIn = named.filter(inTitle).length;
    if (hits === 0 && !(named.length === 0 && words.length === 0)) continue;
    // (`VC 투자 얘기`: a section holds what is asked, not one word of it, or the facts on it answer)
    if (hits < words.length && (hits * 2 < words.length || factsSayAll())) continue;
    if (named.length > 0 && namesIn === 0 && hits < 2) continue;
    // (`미국이랑 EU AI 정책 차이`: a part whose title names other countries, `한국과 일본의 AI 정책 비교`, is
    // not of the countries named)
    const countries = named.filter((m) => m.entity.type === 'region');
    const otherCountries = [...engine.kb.entities.values()].some(
      (e) =>
        e.type === 'region' &&
        !countries.some((m) => m.entity.id === e.id) &&
        namesOf(e).some((n) => title.includes(n)),
    );
    if (countries.length > 0 && !countries.some(inTitle) && otherCountries) continue;
    // (`이랜서 일본 진출 얘기 요약`: a company named is summed up by its facts, not by a part whose words
    // it shares only with the country it went to)
    const others = named.filter((m) => m.entity.type !== 'region');
    const othersIn = others.filter(inTitle).length;
    if (others.length > 0 && othersIn === 0 && hits - regionHits(section, named) < 2) continue;
    const score = hits * 2 + namesIn;
    if (hits > 0 && (!best || score > best.score)) best = { section, score };
  }
  return best?.section;
}

/** How many of the countries named are words a section is known by (`일본` of `일본 진출`). */
const regionHits = (section: Section, named: readonly Mention[]) =>
  named.filter(
    (m) =>
      m.entity.type === 'region' &&
      section.keywords.some((k) => namesOf(m.entity).some((n) => compactKey(k).includes(n))),
  ).length;

const namesOf = (entity: Entity) =>
  [entity.name.ko, entity.name.en, ...entity.aliases].map(compactKey).filter((n) => n.length >= 2);

function joinNames(entities: readonly Entity[]): LocalizedText {
  return { ko: entities.map((e) => e.name.ko).join(', '), en: entities.map((e) => e.name.en).join(', ') };
}

function articleLines(engine: Engine, article: KnowledgeArticle): SummaryItem[] {
  if (article.summary)
    return article.summary.map((line) => ({
      text: line.text,
      passage: engine.kb.passage(article.id, line.source),
    }));
  return leadSentences(
    engine,
    article,
    article.passages.map((p) => p.id),
  );
}

function sectionLines(engine: Engine, article: KnowledgeArticle, section: Section): SummaryItem[] {
  if (section.summary)
    return section.summary.map((line) => ({
      text: line.text,
      passage: engine.kb.passage(article.id, line.source),
    }));
  return leadSentences(engine, article, section.passages);
}

/**
 * Without an editor's summary: the first sentence of each paragraph (and each table row), in article
 * order, which in a news article carries its point.
 */
function leadSentences(engine: Engine, article: KnowledgeArticle, ids: readonly string[]): SummaryItem[] {
  const first = (text: string) => text.split(/(?<=[.?!。])\s+/)[0] ?? text;
  return ids
    .flatMap((id) => engine.kb.passage(article.id, id) ?? [])
    .filter((p: SourcedPassage) => p.kind === 'paragraph' || p.kind === 'table-row')
    .map((p) => ({ text: { ko: first(p.text), en: first(p.en) }, passage: p }));
}

/**
 * An entity's most telling facts: what it is, what it did, its figures, what it said; one of each kind
 * first, so that a few lines cover it.
 */
function entityLines(engine: Engine, entity: Entity, max: number, figures = false): SummaryItem[] {
  // (a fact that lists it among many is of them all; asked for all of it, `싹 다`, every one of its own)
  const facts = entityAnswerFacts(engine, entity).filter(
    (f) => f.fact.entities.length <= (max > ENTITY_LINES ? 4 : 3),
  );
  // (in one line, the editor's summary of it, which says what it is and what it did, where the knowledge
  // file has one; cited as its first fact is)
  if (max === 1 && entity.summary && facts[0] && !figures)
    return [{ text: entity.summary, passage: facts[0].passage }];
  const firstOfKind = facts.filter((f, i) => facts.findIndex((g) => g.fact.kind === f.fact.kind) === i);
  // (then those it is the subject of, before those of another that name it, `박성현은 리벨리온의 대표다`)
  const rest = facts
    .filter((f) => !firstOfKind.includes(f))
    .sort((a, b) => Number(b.fact.entities[0] === entity.id) - Number(a.fact.entities[0] === entity.id));
  // (its figures asked for, `include key numbers`: the facts that give figures first)
  const ordered = [...firstOfKind, ...rest];
  const given = figures ? ordered.filter((f) => f.fact.figures.length > 0) : [];
  return [...given, ...ordered.filter((f) => !given.includes(f))]
    .slice(0, max)
    .map((f) => ({ text: f.fact.text, passage: f.passage }));
}

/** The words asked, in the groups a joining particle closes (`VC 투자랑 | 인프라 문제`). */
function joinedGroups(engine: Engine, words: readonly Term[]): Term[][] {
  const groups: Term[][] = [[]];
  for (const t of words) {
    groups.at(-1)!.push(t);
    if (closedBy(t.surface, engine.lexicon.nounJoinEndings)) groups.push([]);
  }
  return groups.filter((group) => group.length > 0);
}

/** The facts about the entities that speak of every word asked of them (`리벨리온 투자 유치`). */
function facetLines(
  engine: Engine,
  entities: readonly Entity[],
  words: readonly Term[],
  ofJoined = false,
): SummaryItem[] {
  // (`VC 투자랑 인프라 문제 위주로`: things joined are each asked, one line of each in turn)
  const joined = joinedGroups(engine, words);
  if (joined.length > 1) {
    const each = joined.map((group) => facetLines(engine, entities, group, true));
    if (each.every((lines) => lines.length > 0)) return inTurn(each);
  }
  const each = entities.length > 1 ? 2 : ENTITY_LINES;
  // (`미국 AI 정책`: a word for policy asks for the entity's facts that are policies)
  const policy = words.every((t) => readsAs(t, engine.lexicon.policyWords));
  const perEntity = entities.map((entity) => {
    const policies = policy
      ? entityAnswerFacts(engine, entity).filter(
          (f) => f.fact.kind === 'policy' && f.fact.entities.length <= 3,
        )
      : [];
    if (policies.length > 0)
      return policies.slice(0, each).map((f) => ({ text: f.fact.text, passage: f.passage }));
    const restrictTo = engine.facts.positionsAbout([entity.id]);
    const found = engine.facts.search(words.map(searchWord), { limit: each * 2, restrictTo });
    // (every word asked, or, of many words, `정부가 AI 소프트웨어 개발 기업에 제공하는 세제 혜택`, most of them)
    const hits = (r: (typeof found)[number]) => words.filter((t) => r.words.has(t.head)).length;
    const most = Math.max(0, ...found.map(hits));
    // (of things joined, each of a word or two, half of its words: `인프라 문제`)
    const enough =
      most === words.length || ((words.length >= 4 || ofJoined) && most > 0 && most * 2 >= words.length);
    return found
      .filter((r) => enough && hits(r) === most)
      .slice(0, each)
      .map((r) => ({ text: r.fact.text, passage: engine.kb.passage(r.fact.articleId, r.fact.source) }));
  });
  // (of several, one the article says it of in other words is summed up as it is: `EU, 미국, 중국 정책`)
  if (perEntity.every((lines) => lines.length === 0))
    return ofJoined ? [] : sideBySide(engine, entities, words);
  // (taken in turn, one of each and then the next, so that a summary cut short, `한두 줄로`, keeps every side)
  const groups = perEntity.map((lines, i) =>
    lines.length > 0 ? lines : entityLines(engine, entities[i]!, each),
  );
  return inTurn(groups);
}

/** How many nouns side by side, none said with another, are each asked (`본사 상장 매출 고객`). */
const SIDE_BY_SIDE = 3;

/**
 * `올거나이즈 본사 상장 매출 고객 등등 정리해줘`: nouns side by side with no word to join them, which no fact
 * says together, are each asked: a line of each in turn, when the article says every one of them.
 */
function sideBySide(engine: Engine, entities: readonly Entity[], words: readonly Term[]): SummaryItem[] {
  if (words.length < SIDE_BY_SIDE) return [];
  const each = words.map((t) => facetLines(engine, entities, [t], true));
  return each.every((lines) => lines.length > 0) ? inTurn(each) : [];
}

/** Lines of several things taken in turn: the first of each, then the second of each, and so on. */
function inTurn(groups: readonly (readonly SummaryItem[])[]): SummaryItem[] {
  const longest = Math.max(0, ...groups.map((lines) => lines.length));
  return Array.from({ length: longest }, (_, k) => groups.flatMap((lines) => lines[k] ?? [])).flat();
}

/** A topic (`데이터센터 관련 내용`): the facts that speak of it most, in article order. */
function topicLines(engine: Engine, words: readonly Term[]): SummaryItem[] {
  const found = engine.facts.search(words.map(searchWord), { limit: ENTITY_LINES * 2 });
  const most = Math.max(0, ...found.map((r) => r.words.size));
  return found
    .filter((r) => r.words.size > 0 && r.words.size * 2 >= most)
    .slice(0, ENTITY_LINES)
    .map((r) => ({ text: r.fact.text, passage: engine.kb.passage(r.fact.articleId, r.fact.source) }));
}
