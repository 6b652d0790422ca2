/**
 * What the article cannot answer whatever else matches: a name it does not know (`삼성전자`, `France`,
 * `사카나AI`), asked about. And what it answers without its facts: its own date, author or title.
 */

import { countryByName, isEnglishWord } from '../language/names.ts';
import { isVerbalForm, type Term } from '../language/understand.ts';
import { compactKey, hasHangul, isHangulWord, isLatinWord } from '../search/normalize.ts';
import type { Reading } from './ask.ts';
import type { Answer, Engine } from './types.ts';
import { knowsWord, termsSaidIn } from './words.ts';

/**
 * The names in a question that the article does not know and that the question is about (named whole,
 * as typed, without their particle). A place in a claim about a company the article names is the
 * claim's to check (`업스테이지 오사카에 오피스 냈다며?`: the office is in Tokyo), not what it is about.
 */
export function unknownNamesAsked(reading: Reading): readonly string[] {
  const { engine, mentions, understanding } = reading;
  const names = unknownNames(reading);
  const isPlace = (name: string) => isPlaceName(engine, name);
  const placeInClaim =
    understanding.types.has('yesno') &&
    names.every(isPlace) &&
    mentions.some((m) => m.required && m.entity.type !== 'region');
  // (`186억달러 투자 발표한 게 구글, MS, 애플 맞나`, `VC 통계 중소벤처기업부 자료 인용한 거 맞아?`: a claim
  // that puts one the article does not name where it names others; the claim's contract sets it right)
  // (or the body a figure is from, `한국은행 통계 인용한거지?`, where the article names the body it is)
  const organization = (name: string) =>
    engine.lexicon.organizationEndings.some((e) => name.length >= e.length + 2 && name.endsWith(e));
  const source = reading.terms.some((t) => engine.lexicon.sourceWords.data.has(t.head));
  const inPlaceOfKnown =
    understanding.types.has('yesno') &&
    !names.some(isPlace) &&
    (mentions.some((m) => m.required && m.entity.type !== 'region') || (source && names.every(organization)));
  return placeInClaim || inPlaceOfKnown ? [] : names;
}

/** The names of the question the article does not know, whatever the question is, but for places. */
export function namesNotKnown(reading: Reading): readonly string[] {
  return unknownNames(reading).filter((name) => !isPlaceName(reading.engine, name));
}

const isPlaceName = (engine: Engine, name: string) =>
  engine.lexicon.places.includes(compactKey(name)) || countryByName().has(compactKey(name));

/**
 * A name the article does not know, in the question itself. Named before a question that names nothing
 * of its own (`삼성은 … 같은데 투자 안하냐`), it is what is asked about.
 */
function unknownNames(reading: Reading): string[] {
  const { engine, terms, mentions, mentionedTerm, understanding } = reading;
  const namesOwn = mentions.some((m) => !m.background && m.entity.type !== 'region');
  // `싱가포르도 … 밀고 있다던데 거긴 …`: a word that refers back refers to a name the article knows, or to
  // the unknown one before it.
  // (`… expanding to Japan … over there`: the last place named before it is the article's)
  const lastNamed = terms.findLastIndex(
    (t, i) => t.background && (mentionedTerm.has(i) || isPlaceName(engine, t.head)),
  );
  const refersToKnown =
    understanding.anaphora &&
    (mentions.some((m) => m.background && m.entity.type !== 'region') ||
      (lastNamed >= 0 && mentionedTerm.has(lastNamed)));
  const firstForeground = terms.findIndex((t) => !t.background);
  // (`어디에 법인냄?? 도쿄임 오사카임`: of places offered to pick from, one the article names is the answer
  // to check; another it does not know is no subject of the question)
  const offeredKnown = terms.some(
    (t, i) => t.alternative && (mentionedTerm.has(i) || engine.lexicon.places.includes(compactKey(t.head))),
  );
  return terms.flatMap((t, i) => {
    const next = terms[i + 1];
    if (offeredKnown && t.alternative && isPlaceName(engine, t.head)) return [];
    // Before the question, only a well-known name counts (`삼성은`, not `팀장님이` or `Seoul`).
    const wellKnown = [t.head, t.surface].some((k) => engine.lexicon.outsideNames.has(compactKey(k)));
    if (
      // (or one in a question of its own: `사카나AI 요즘 어때? 투자 얼마 받았음`)
      (t.background &&
        (namesOwn ||
          refersToKnown ||
          // (a city or country said of the asker, `new here from Berlin`, is no subject of the question)
          (isPlaceName(engine, t.head) && !understanding.anaphora) ||
          !(wellKnown || t.questioned || understanding.anaphora))) ||
      mentionedTerm.has(i) ||
      !isUnknownName(engine, t, next, mentionedTerm.has(i - 1), i === firstForeground)
    )
      return [];
    return [nameAsTyped(terms, i)];
  });
}

/**
 * A name whole as typed, its particle left off: in two scripts (`사카나ai`), or split into words of
 * the facts (`한국벤처캐피탈협회`).
 */
function nameAsTyped(terms: readonly Term[], i: number): string {
  let start = i;
  while (start > 0 && terms[start - 1]!.joinedToNext && terms[start - 1]!.role !== 'filler') start--;
  let end = i;
  while (terms[end]!.joinedToNext && terms[end + 1] && terms[end + 1]!.role !== 'filler') end++;
  if (start === end) return terms[i]!.head;
  return terms
    .slice(start, end + 1)
    .map((w) => w.surface)
    .join('');
}

/**
 * A name the knowledge base does not hold (`삼성전자도`, `France`, `Naver`): a country, a well-known
 * organisation or person, a Latin word that is no English word, or an unknown noun in the subject's
 * place. A question about it is about something the article does not cover.
 */
function isUnknownName(
  engine: Engine,
  term: Term,
  next: Term | undefined,
  afterName: boolean,
  first: boolean,
): boolean {
  if (term.role === 'question' || term.role === 'filler') return false;
  if (notAName(engine, term)) return false;
  const keys = [...new Set([term.head, term.surface].map(compactKey))];
  if (keys.some((k) => engine.entities.exactMatches(k).length > 0)) return false;
  if (keys.some((k) => countryByName().has(k) || engine.lexicon.outsideNames.has(k))) return true;
  // A city or area the article never names (`부산`, `Osaka`).
  if (keys.some((k) => engine.lexicon.places.includes(k)) && !keys.some((k) => engine.facts.hasWord(k)))
    return true;
  const named = nameInTwoScripts(engine, term, next);
  if (named !== undefined) return named;
  // Initial consonants that spell no name the article has (`ㅍㄹㅇㅅ`): someone else's name.
  if (/^[ㄱ-ㅎ]{2,}$/.test(term.surface))
    return engine.entities.search(term.surface, { limit: 1 }).length === 0;
  const { head } = term;
  if (term.lexical || engine.facts.knows(head) || engine.facts.knows(term.surface)) return false;
  if (isLatinWord(head))
    return head.length >= 3 && (term.capitalised || (!isEnglishWord(head) && !isEnglishWord(term.surface)));
  return unknownKoreanNoun(engine, term, next, afterName, first);
}

/**
 * What a name never looks like: a verb's form (`손잡는다는`, `준비하는데`), a plural (`투자사들이`), or chat
 * noise (`ㄷㄷ`, `ppl`).
 */
function notAName(engine: Engine, term: Term): boolean {
  const { lexicon } = engine;
  if (lexicon.chatNoise.has(term.surface) || /^([ㄱ-ㅎㅏ-ㅣ])\1+$/.test(term.surface)) return true;
  if (isVerbalForm(term.surface, lexicon)) return true;
  return isHangulWord(term.head) && term.head.length >= 3 && term.head.endsWith('들');
}

/** One word in two scripts (`사카나AI`): a name, known or not; undefined when the word is not so. */
function nameInTwoScripts(engine: Engine, term: Term, next: Term | undefined): boolean | undefined {
  if (!term.joinedToNext || !next) return undefined;
  const joined = compactKey(term.surface + next.surface);
  if (engine.entities.exactMatches(joined).length > 0) return false;
  if (engine.lexicon.outsideNames.has(joined)) return true;
  if (isHangulWord(term.surface) && isLatinWord(next.surface) && !engine.facts.hasWord(term.surface))
    return true;
  return undefined;
}

/** A Korean noun the article never uses, where a name stands: a body's name, a long first word, a subject. */
function unknownKoreanNoun(
  engine: Engine,
  term: Term,
  next: Term | undefined,
  afterName: boolean,
  first: boolean,
) {
  const { head } = term;
  // A body's name by its ending (`한국벤처캐피탈협회`, `정보통신산업진흥원`): one the article never names.
  if (
    isHangulWord(head) &&
    engine.lexicon.organizationEndings.some((e) => head.length >= e.length + 2 && head.endsWith(e))
  )
    return true;
  const titled = next !== undefined && engine.lexicon.titleWords.has(next.head);
  // Words of the article typed as one (`규제법`): a noun, not a name.
  const parts = term.forms.filter((f) => head.includes(f) && f !== head);
  if (
    parts.length > 0 &&
    parts.every((f) => engine.facts.hasWord(f)) &&
    parts.join('').length >= head.length - 1
  )
    return false;
  // A long word the article never uses, first in the question (`트웰브랩스 일본 법인 있어?`): a name.
  if (first && !afterName && isHangulWord(head) && head.length >= 4 && term.role === 'topic') return true;
  // After a name (`리벨리온 주가는`) an unknown noun is something of it the article may not say.
  return (
    // A common noun is short (`대상`, `직원`); a name in the subject's place is longer (`삼성전자`).
    hasHangul(head) &&
    head.length >= 2 &&
    ((term.subject && !afterName && head.length >= 3) || titled) &&
    term.role === 'topic'
  );
}

/**
 * `표 제목은?`, `what was that table called again?`: a table of the article is called by the heading just
 * before its rows, or else by its first row (`기업 일본 AI 투자 / 진출 현황`); of two tables, the one whose
 * part of the article the other words name.
 */
function tableTitle(reading: Reading): Answer | undefined {
  const { engine, terms } = reading;
  const { tableWords } = engine.lexicon;
  const tableTerm = terms.find((t) =>
    [t.head, ...t.forms].some((w) =>
      [...tableWords].some((x) => w === x || (w.endsWith(x) && isHangulWord(w))),
    ),
  );
  const article = engine.kb.articles[0];
  if (!tableTerm || !article) return undefined;
  const others = terms.filter((t) => t !== tableTerm && (t.role === 'topic' || t.role === 'predicate'));
  const { passages } = article;
  const named = (at: number) => {
    const section = article.sections.find((sec) => sec.passages.includes(passages[at]!.id));
    const words = [section?.title.ko, section?.title.en, ...(section?.keywords ?? []), passages[at]!.text];
    return termsSaidIn(words.join(' '), others, (t) => [t.head, ...t.forms]);
  };
  // (each table by its first row: a row after no row)
  const tables = passages
    .map((p, at) => ({ p, at }))
    .filter(({ p, at }) => p.kind === 'table-row' && passages[at - 1]?.kind !== 'table-row')
    .map(({ at }) => ({ at, hits: named(at) }))
    .sort((a, b) => b.hits - a.hits);
  const first = tables[0];
  if (!first) return undefined;
  const before = passages[first.at - 1];
  const title = before?.kind === 'heading' ? before : passages[first.at]!;
  const passage = engine.kb.passage(article.id, title.id);
  return passage ? { kind: 'passage', question: reading.text, passage } : undefined;
}

/** The article itself (`이 글 언제 올라왔어?`, `who wrote this article?`): its date, author, title or category. */
export function articleAnswer(reading: Reading): Answer | undefined {
  const { engine, understanding, mentions, topicTerms } = reading;
  const types = understanding.types;
  const fields = understanding.articleFields;
  const aboutArticle =
    fields.has('article') ||
    fields.has('title') ||
    fields.has('category') ||
    // (not what the author does, `글쓴이가 바라는 건 뭐야`, nor what the author says ought to be done,
    // `글쓴이는 정부가 뭘 해줘야 한다고 했어?`: those are the author's view)
    (fields.has('author') &&
      !understanding.ought &&
      (types.has('person') ||
        (topicTerms.length === 0 && !reading.terms.some((t) => t.role === 'predicate' && !t.background)))) ||
    // `Who wrote this and when?`: only the article can have been written.
    // (`게시 날짜 언제야`, `작성일 언제야`: words only an article's date is called by)
    (fields.has('date') &&
      topicTerms.every((t) => engine.lexicon.articleTopicWords.has(t.head)) &&
      (types.has('person') || types.has('time')));
  const table = fields.has('title') ? tableTitle(reading) : undefined;
  if (table) return table;
  // (`글쓴이 결론이 뭐임`: a summary of the author's part, not who the author is)
  if (mentions.length > 0 || !aboutArticle || (types.has('summary') && !fields.has('article')))
    return undefined;
  // (`글 마지막에 작성자가 바라는 거 뭐야`: what the author does in the article is the author's view)
  const authorDoes =
    fields.has('author') &&
    !types.has('person') &&
    reading.terms.some((t) => t.role === 'predicate' && !t.background);
  if (authorDoes) return undefined;
  // (`기사에 나온 대표들 이름 전부`: people listed from the article, not the one who wrote it)
  // (its date is also `나온`, as in `기사에 나온`: only the other fields are named for sure)
  const namedField = fields.has('title') || fields.has('category') || fields.has('author');
  if (types.has('list') && !namedField) return undefined;
  const field = fields.has('title')
    ? 'title'
    : fields.has('category')
      ? 'category'
      : types.has('person') || fields.has('author')
        ? 'author'
        : types.has('time') || fields.has('date')
          ? 'date'
          : undefined;
  // (`이 글 2024년에 쓴 거지?`: a year claimed of its date is checked against it)
  const years = understanding.numbers.filter((n) => /^(19|20)[0-9]{2}$/.test(n));
  // (a remark after the question, `단톡방에 공유하려구요`, asks nothing; context before it, `DX AX 나오던데`, does)
  const lastAsked = reading.terms.findLastIndex((t) => !t.background);
  const onlyArticleWords = topicTerms.every(
    (t) =>
      (t.background && reading.terms.indexOf(t) > lastAsked) ||
      // (or of what the article never speaks of: `reads kinda like a blog post. Who posted it?`)
      (t.background && !knowsWord(engine, t.head, true)) ||
      engine.lexicon.articleTopicWords.has(t.head) ||
      (field === 'date' && years.includes(t.head)),
  );
  // (`2024년 수치도 기사에 나와 있는지`: figures of a year asked of the article, not the article's date)
  const figures = reading.terms.some((t) => !t.background && engine.lexicon.figureWords.has(t.head));
  const article = engine.kb.articles[0];
  if (!field || !article || !onlyArticleWords || (field === 'date' && figures)) return undefined;
  if (field !== 'date' || !types.has('yesno') || years.length === 0)
    return { kind: 'article', article, field };
  const verdict = years.every((y) => article.date.startsWith(y)) ? 'yes' : 'no';
  return { kind: 'article', article, field, verdict };
}
