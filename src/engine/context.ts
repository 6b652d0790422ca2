/**
 * A question that leans on the one before it (in the same message, or the answer it replies to) made
 * whole: `대표는?` after `리벨리온 어디에 법인 세웠어?` asks `리벨리온 대표는?`; `2021년엔?` after `2023년
 * 글로벌 VC 투자액 얼마야?` asks the same of 2021; `왜?` asks why of what was just said; `그 회사 …` after an
 * answer that named a company asks of that company.
 *
 * What a reply leans on is written under every answer (`↪ question → what it named`), so that a reply
 * to it, read back from the message, carries the conversation on: `이창수 그분 어느 회사 대표예요? →
 * 올거나이즈`.
 */

import { josa } from 'es-hangul';
import type { EntityType, Section } from '../knowledge/schema.ts';
import { closedBy, nounStems } from '../language/korean.ts';
import type { Term } from '../language/understand.ts';
import { amountsWritten, isCurrency, isSubjectThing } from '../language/understand.ts';
import { compactKey, hasHangul, normalizeText, stripParticles, tokenize } from '../search/normalize.ts';
import { readQuestion } from './ask.ts';
import type { Mention } from './mentions.ts';
import { answerQuestion } from './pipeline.ts';
import { unknownNamesAsked } from './scope.ts';
import { askingSentences, splitMessage, withoutOpeningRemarks } from './split.ts';
import type { Answer, Engine } from './types.ts';
import { asksDeed, escapeRegExp, isBusiness, knowsWord, namedIn, placeElsewhere, readsAs } from './words.ts';

/** What follows a figure in Korean: its size, unit or span (`년까지`, `억`, `%`). */
const UNIT_AFTER_NUMBER = /^(년|월|억|조|만|천|원|엔|달러|%|퍼센트|프로|명|개|곳)/;

/** Between the question and what its answer named, in the line a reply leans on. */
export const NAMED = ' → ';

/** A context line read back: the question as asked, and the names its answer named (after ` → `). */
export function lineParts(line: string): { question: string; answered: string[] } {
  const cut = line.lastIndexOf(NAMED);
  if (cut < 0) return { question: line, answered: [] };
  return {
    question: line.slice(0, cut),
    answered: line
      .slice(cut + NAMED.length)
      .split(', ')
      .filter(Boolean),
  };
}

/** The line a reply to this answer leans on: the question as asked, and what the answer named. */
export function contextLine(engine: Engine, typed: string, answer: Answer): string {
  // (the language the question is read in: English when it has no Hangul)
  const language = hasHangul(typed) ? 'ko' : 'en';
  const named = answerNames(engine, answer, language, typed);
  // (what a reply leans on is what was asked, not a sentence on the asker: `… I'm citing it.`)
  const question = setRight(engine, askingSentences(engine, typed), answer);
  return named.length > 0 ? `${question}${NAMED}${named.join(', ')}` : question;
}

/**
 * `일본이 세계 최초로 AI 규제법 만든 거 맞지?` answered no, the EU: a reply (`그 법은 어떤 방식으로 규제해?`)
 * leans on the claim as the article makes it, the one it names in the place of the one claimed.
 */
function setRight(engine: Engine, question: string, answer: Answer): string {
  if (answer.kind !== 'facts' || answer.verdict?.kind !== 'no') return question;
  const correction = answer.verdict.correction;
  // (a figure set right, `…최대 450억 달러라던데 맞아?`: a reply leans on the claim without the figure claimed)
  if (correction?.kind === 'figures') return withoutAmounts(engine, question);
  if (correction?.kind !== 'entities' || correction.entities.length !== 1) return question;
  const right = correction.entities[0]!;
  const claimed = (readQuestion(engine, question)?.mentions ?? []).filter(
    (m) => m.required && !m.background && m.entity.type === right.type && m.entity.id !== right.id,
  );
  if (claimed.length !== 1) return question;
  const { name } = claimed[0]!.entity;
  const typedName = [name.ko, name.en].find((n) => question.includes(n));
  return typedName ? question.replace(typedName, right.name[hasHangul(question) ? 'ko' : 'en']) : question;
}

/** The words without the amounts they give: a number, and its size and unit typed after it apart (`450억 달러라던데`). */
function withoutAmounts(engine: Engine, text: string): string {
  const words = text.trim().split(/\s+/);
  const kept = words.filter((w, i) => {
    if (/[0-9]/.test(w)) return false;
    const before = words[i - 1] ?? '';
    return !(/[0-9]/.test(before) && engine.lexicon.grammar.numberUnit.test(w.replace(/[?？!.~,]+$/, '')));
  });
  return kept.length > 0 ? kept.join(' ') : text;
}

/** What an answer named, that a reply may point back at (`그 회사`, `그분`): its lead, its entity. */
function answerNames(engine: Engine, answer: Answer, language: 'ko' | 'en', question: string): string[] {
  switch (answer.kind) {
    case 'facts': {
      if (answer.lead.kind === 'entities') return answer.lead.entities.map((e) => e.name[language]);
      // (a country the lead names when a country was asked, `… 나라로 어디를 꼽나요? → 중국`, for `그 나라는 …`)
      if (
        answer.lead.kind === 'places' &&
        [...engine.lexicon.countryWords].some((w) => question.includes(w))
      ) {
        const countries = answer.lead.places.flatMap((p) =>
          engine.entities.exactMatches(p.ko).filter((e) => e.type === 'region'),
        );
        if (countries.length > 0) return countries.map((e) => e.name[language]);
      }
      // (a statement: who said it, or what it is about, for `누가 그렇게 말했어?` and `그 회사 …`)
      const fact = answer.facts[0]?.fact;
      const speaker = fact?.speaker ? engine.kb.entities.get(fact.speaker) : undefined;
      if (speaker) return [speaker.name[language]];
      // (the companies the fact is about, for `Which companies are they?`, `그 회사 대표는?`; not those the
      // question names itself, which a reply finds in it)
      const asked = compactKey(question);
      const companies = (fact?.entities ?? [])
        .flatMap((id) => engine.kb.entities.get(id) ?? [])
        .filter((e) => isBusiness(e.type));
      const unnamed = companies.filter(
        (e) => ![e.name.ko, e.name.en, ...e.aliases].some((n) => asked.includes(compactKey(n))),
      );
      // (several the question named, each answered by a fact of its own, `업스테이지랑 뤼튼 일본에서 뭐
      // 했어?`: those, in order, for `첫번째 회사 대표는?`)
      const each = answer.facts.length > 1 && unnamed.length === 0 ? namedInOrder(engine, answer, asked) : [];
      return (unnamed.length > 0 ? unnamed : each).slice(0, 4).map((e) => e.name[language]);
    }
    case 'entity':
      return [answer.entity.name[language]];
    case 'compare':
      return answer.sides.map((s) => s.name[language]);
    // (a table's rows, for `세 번째 항목에서 일본은?`)
    case 'comparison':
      return answer.comparison.rows.map((r) => r.aspect[language]);
    // (a list of companies or people: `첫 번째 회사 대표는?` picks one of them)
    // (or of a table's rows, each by its aspect: `두번째 항목 한국 쪽만`)
    case 'list':
      return answer.items
        .filter((item) => answer.of === 'rows' || engine.entities.exactMatches(item.label.ko).length > 0)
        .map((item) => item.label[language]);
    default:
      return [];
  }
}

/** The companies of an answer's facts that the question named, in the order it named them. */
function namedInOrder(engine: Engine, answer: Extract<Answer, { kind: 'facts' }>, asked: string) {
  const at = (e: { name: { ko: string; en: string }; aliases: readonly string[] }) =>
    Math.min(
      ...[e.name.ko, e.name.en, ...e.aliases].map((n) => asked.indexOf(compactKey(n))).filter((i) => i >= 0),
    );
  const ids = new Set(answer.facts.flatMap((f) => f.fact.entities));
  const named = [...ids]
    .flatMap((id) => engine.kb.entities.get(id) ?? [])
    .filter((e) => isBusiness(e.type) && Number.isFinite(at(e)))
    .sort((a, b) => at(a) - at(b));
  // (each of its own fact: not several a fact names together, `구글 오픈AI MS가 … 고른 이유`)
  const together = answer.facts.some((f) => named.filter((e) => f.fact.entities.includes(e.id)).length > 1);
  return together || named.length < 2 ? [] : named;
}

/**
 * The line under the answer to an item picked from a list (`두 번째 거는?`): what the list named, still, so
 * that the next pick (`세 번째는?`) picks from it too; the item picked is in the question itself.
 */
export function listCarried(
  engine: Engine,
  text: string,
  previous: string | undefined,
  line: string,
): string {
  if (!previous) return line;
  const cut = line.lastIndexOf(NAMED);
  // (or an answer that named none, to a follow-up on the same: `왜 다 일본으로 간거임`, then `두번째 회사는?`)
  const picking = engine.lexicon.referring.ordinal.pattern.test(text);
  if (!picking && cut >= 0) return line;
  const named = previous.lastIndexOf(NAMED);
  const list = named >= 0 ? previous.slice(named + NAMED.length) : '';
  if (list.split(', ').filter(Boolean).length < 2) return line;
  return `${cut >= 0 ? line.slice(0, cut) : line}${NAMED}${list}`;
}

type WordKind = 'name' | 'number' | 'question' | 'word' | 'filler';

/** What a question is about and what it asks, as the engine read it. */
interface Shape {
  /**
   * Its words as read, in order, each with what it is (and, for a name or number, of what kind); a
   * verb as its dictionary form, so that it carries over without the claim's ending (`준다면서요` → 주다).
   */
  readonly words: readonly {
    readonly text: string;
    readonly kind: WordKind;
    readonly type?: string;
    /** For a name of the article's: the entity it names. */
    readonly id?: string;
  }[];
  readonly refersBack: boolean;
  /** A claim (`…1000억 엔이라며?`): its figures and places are the claim's, which the answer corrected. */
  readonly claim: boolean;
  /** It asks about the article or its author (`글쓴이는 … 어떻게 생각해?`): whole by itself. */
  readonly aboutArticle: boolean;
  /** It asks who. */
  readonly who: boolean;
  /** It asks what was done (`업스테이지는 일본에서 무엇을 했다고 되어 있나요?`), in words that read as no question. */
  readonly deed: boolean;
  /** It sets two things side by side (`vs 2022?`, `2022년이랑 비교하면?`). */
  readonly compare: boolean;
  /** It asks for a kind of answer of its own, more than yes or no (`유럽은 뭐 했어?` does; `한국 쪽은?` not). */
  readonly asksKind: boolean;
  /** It asks which ones (`추진 중인 곳들은 어디어디예요?`): what it names is the answer, not its subject. */
  readonly which: boolean;
  /** It asks which ones or their names or a list of them (`any startups in Tokyo?`): the answer is of a kind. */
  readonly ofKind: boolean;
  /** It asks when the article was published, or at what time (`exact time stamp?`, `몇 시?`). */
  readonly dated: boolean;
  /** Places the article never names (a claim's `오사카`): not carried into a follow-up. */
  readonly unknown: ReadonlySet<string>;
  /** It only asks in what currency (`원화로 하면?`, `in dollars?`): the figure just given, or none. */
  readonly unitOnly: boolean;
  /** A reaction it opens with (`헐 적네`): the words as typed, which nothing after it leans on. */
  readonly reaction: readonly string[];
  /** It sets something apart (`업스테이지 말고`). */
  readonly excludes: boolean;
}

function shapeOf(engine: Engine, text: string): Shape | undefined {
  const reading = readQuestion(engine, text);
  if (!reading) return undefined;
  const unknown = new Set(unknownNamesAsked(reading).map((n) => n.toLowerCase()));
  const mentionAt = new Map<number, Mention>();
  for (const m of reading.mentions) for (const i of m.terms) mentionAt.set(i, m);
  const isUnknown = (head: string) => [...unknown].some((n) => n.includes(head.toLowerCase()));
  const author = new Set(
    engine.lexicon.articlePhrases.filter((p) => p.field === 'author').map((p) => p.phrase.join(' ')),
  );
  // (the words before the question, at most two, when nothing after them is background)
  const opening = reading.terms.findIndex((t) => !t.background);
  const reacts = (i: number) =>
    !mentionAt.has(i) &&
    i < opening &&
    opening <= 2 &&
    reading.terms.slice(opening).every((u) => !u.background);
  const words = reading.terms.map((t, i) => {
    const mention = mentionAt.get(i);
    if (mention)
      return { text: t.surface, kind: 'name' as const, type: mention.entity.type, id: mention.entity.id };
    // (a reaction before the question, `헐 적네`, is nothing a follow-up leans on)
    if (reacts(i)) return { text: t.surface, kind: 'filler' as const };
    // (the author is who a question about the article's view is about: `왜 그렇게 생각한대?` asks it of them)
    const authorWord = [...author].some(
      (w) =>
        t.head === w || t.forms.includes(w) || (t.surface.startsWith(w) && t.surface.length <= w.length + 2),
    );
    if (authorWord) return { text: t.surface, kind: 'name' as const, type: 'author' };
    if (isUnknown(t.head)) return { text: t.surface, kind: 'name' as const, type: 'unknown' };
    // (how many lines a summary is in, `3줄 요약`, is nothing of what is asked)
    const lines = `${t.surface}${reading.terms[i + 1]?.surface ?? ''}`;
    if (/^[0-9]+$/.test(t.head) && engine.lexicon.summaryLines.some((p) => p.test(lines)))
      return { text: t.surface, kind: 'filler' as const };
    if (/^[0-9]+$/.test(t.head))
      return {
        text: t.surface,
        kind: 'number' as const,
        type: /^(19|20)[0-9]{2}$/.test(t.head) ? 'year' : 'number',
      };
    // (a title in the question, `대표 이름은?`, is of whom it asks: the subject before, not its other words)
    if (t.role === 'question' && !engine.lexicon.titleWords.has(t.head))
      return { text: t.surface, kind: 'question' as const };
    // (`원화로 다시`: a word that asks again says nothing of what is asked)
    // (a task named, `한국 과제는?`, is a word of what is asked, though no word to find)
    const task = engine.lexicon.should.nouns.has(t.head.toLowerCase());
    if ((t.role === 'filler' && !task) || engine.lexicon.referring.again.test(t.surface))
      return { text: t.surface, kind: 'filler' as const };
    if (t.role === 'predicate') return { text: t.head, kind: 'word' as const, type: 'verb' };
    return { text: t.surface, kind: 'word' as const };
  });
  // (a place the claim put its subject in that the article does not: `오사카`, which the answer corrected)
  const elsewhere = (w: string) => placeElsewhere(engine, w) !== undefined;
  const { types, articleFields } = reading.understanding;
  // (the article only as where something is said, `그 회사 설립연도도 기사에 있어?`, is not what is asked about)
  const articleWords = engine.lexicon.articlePhrases
    .filter((p) => p.field === 'article')
    .map((p) => p.phrase.join(' '));
  const ofArticle = reading.terms.filter((t) => [t.head, ...t.forms].some((w) => articleWords.includes(w)));
  // (`as written in the article`: in English, a word before it says where)
  const { place, placeBefore } = engine.lexicon.particles;
  const saysWhere = (t: Term) => {
    const at = reading.terms.indexOf(t);
    return reading.terms.slice(Math.max(0, at - 2), at).some((u) => placeBefore.includes(u.surface));
  };
  const onlyWhere =
    ofArticle.length > 0 && ofArticle.every((t) => closedBy(t.surface, place) || saysWhere(t));
  return {
    words,
    refersBack: reading.understanding.anaphora,
    claim: types.has('yesno'),
    aboutArticle:
      articleFields.has('author') ||
      (articleFields.has('article') && !onlyWhere) ||
      articleFields.has('title'),
    who: types.has('person'),
    deed: asksDeed(engine.lexicon, reading.terms),
    compare: types.has('compare'),
    asksKind: [...types].some((t) => t !== 'yesno'),
    which: types.has('which'),
    ofKind: types.has('which') || types.has('name') || types.has('list'),
    dated: articleFields.has('date'),
    unknown: new Set(words.filter((w) => w.kind === 'word' && elsewhere(w.text)).map((w) => w.text)),
    unitOnly:
      isCurrency(reading.understanding.unit) &&
      words.every((w) => w.kind === 'question' || w.kind === 'filler'),
    excludes: reading.terms.some((t) => t.excluded),
    // (a word that only joins, `그래서`, is no reaction to leave out: the question goes on from it)
    reaction: reading.terms.some((t, i) => reacts(i) && t.role !== 'filler')
      ? reading.terms.filter((_, i) => reacts(i)).map((t) => t.surface)
      : [],
  };
}

/** `엔화로요`, `in won`: a word for a currency, as the lexicon has it (with its particles off). */
function namesCurrency(engine: Engine, word: string): boolean {
  const { unitWords, grammar } = engine.lexicon;
  // (particles on particles: `엔화로요` → `엔화로` → `엔화`)
  const forms = [word.toLowerCase().replace(/[?？!.~]+$/u, '')];
  for (let i = 0; i < forms.length && i < 6; i++) forms.push(...nounStems(grammar, forms[i]!));
  return forms.some((k) => isCurrency(unitWords.get(k)));
}

/** What a follow-up points back at: a person (`그분`, `he`), a company (`그 회사`, `거기`), a thing (`그거`). */
function pointsAt(engine: Engine, text: string): 'person' | 'company' | 'country' | 'thing' | undefined {
  const { referring } = engine.lexicon;
  if (referring.person.test(text)) return 'person';
  if (referring.country.test(text)) return 'country';
  if (referring.company.test(text)) return 'company';
  // (`Why does its CEO say …?`; not `the other one that set up its first office`, whose `its` is its own)
  const possessive = referring.companyPossessive.exec(text);
  const { relatives } = engine.lexicon.describedRole;
  const before = possessive
    ? text
        .slice(0, possessive.index)
        .toLowerCase()
        .split(/[^a-z]+/)
    : [];
  if (possessive && !before.some((w) => relatives.has(w))) return 'company';
  // (`what does it make?`: `it` the subject of a verb, after an auxiliary, is the company asked about)
  const words = text.toLowerCase().split(/[^a-z]+/);
  const subject = words.findIndex(
    (w, i) =>
      i > 0 &&
      isSubjectThing(w, engine.lexicon) &&
      (engine.lexicon.englishGrammar.auxiliaries.has(words[i - 1]!) ||
        engine.lexicon.englishGrammar.beVerbs.has(words[i - 1]!)),
  );
  if (subject > 0) return 'company';
  // (`who heads it?`, `who runs them?`: what a person asked for runs is a company)
  if (words.some((w, i) => i >= 2 && isSubjectThing(w, engine.lexicon) && words[i - 2] === 'who'))
    return 'company';
  if (referring.thing.test(text)) return 'thing';
  return undefined;
}

/** `그 다음 해는?`, `the year before`: a year from the one before, by its offset. */
function yearOffset(engine: Engine, text: string): number | undefined {
  const { referring } = engine.lexicon;
  if (referring.yearAfter.test(text)) return 1;
  if (referring.yearBefore.test(text)) return -1;
  const count = (match: RegExpExecArray | null) => {
    const said = match?.[1]?.toLowerCase();
    return said === undefined
      ? undefined
      : /^\d+$/.test(said)
        ? Number(said)
        : engine.lexicon.summaryLineNumbers.get(said);
  };
  const after = count(referring.yearsAfter.exec(text));
  if (after) return after;
  const before = count(referring.yearsBefore.exec(text));
  return before ? -before : undefined;
}

/** Answers to the questions replied to, by engine: a follow-up's readers look at the answer before several times. */
const answersBefore = new WeakMap<Engine, Map<string, Answer>>();
/** How many answers before are kept per engine (a conversation's last few). */
const ANSWERS_KEPT = 32;

/** The answer to the question replied to, worked out once. */
function answerBefore(engine: Engine, question: string): Answer {
  const kept = answersBefore.get(engine) ?? new Map<string, Answer>();
  answersBefore.set(engine, kept);
  const known = kept.get(question);
  if (known) return known;
  const answer = answerQuestion(engine, question);
  if (kept.size >= ANSWERS_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(question, answer);
  return answer;
}

/**
 * The question `text` means after `previous` (the line under the answer it replies to): itself when it
 * is whole; the previous question about its new subject when it only names one (`미국은?`, `2021년엔?`);
 * with what the previous answer or question named when it names none (`대표는?`, `그 회사 매출 비중은?`);
 * the previous question's words with its own question word when it only asks (`왜?`, `언제까지?`).
 */
export function inContext(engine: Engine, text: string, previous: string | undefined): string {
  return contextReadings(engine, text, previous)[0]!;
}

/**
 * `450억 엔이면 원화로 얼마야?` → `그거 무슨 돈인데?`: an amount carried over from the question before keeps its
 * size (`450억`, not `450`), which alone tells it from every other figure.
 */
function withAmountsWhole(whole: string, question: string): string {
  let out = whole;
  for (const { digits, written } of amountsWritten(question)) {
    if (out.includes(written) || written === digits) continue;
    const escaped = digits.replace(/[.]/g, '\\.');
    out = out.replace(new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, 'u'), `$1${written}`);
  }
  return out;
}

/**
 * The readings of a follow-up, most likely first: as `inContext` makes it whole, then with only the
 * names it leans on (the words carried from before may be what the article says in other words).
 */
export function contextReadings(engine: Engine, typed: string, previous: string | undefined): string[] {
  if (!previous || gatheredBefore(engine, typed, previous)) return [typed];
  // (`Does Japan have a tax measure on top of that?`: a set phrase with `that` points at nothing)
  // (nor does a remark it opens with: `생각보다 높네요. 그렇게 된 이유가 뭐예요?`)
  const unremarked = withoutOpeningRemarks(engine, typed);
  const plain = unremarked.replace(engine.lexicon.referring.idioms, ' ');
  const text =
    plain === unremarked
      ? unremarked
      : plain
          .replace(/\s+([?？!.])/g, '$1')
          .replace(/\s+/g, ' ')
          .trim() || typed;
  const { question, answered } = lineParts(previous);
  const picked =
    pickedItem(engine, text, answered) ??
    relativeItem(engine, text, answered) ??
    pickedPart(engine, text, question) ??
    nextParagraph(engine, text, question) ??
    specificsOf(engine, text, question) ??
    namesOfCounted(engine, text, question) ??
    inPartBefore(engine, text, question) ??
    enumeratedItem(engine, text, question);
  if (picked) return [picked];
  const where = whereAsked(engine, text, question, previous);
  if (where) return [where, question];
  // (`더 자세히`, `tell me more`: the same question again)
  // (`세계 최초라는 거 확실해?`, `근거는?`: the answer before again, with the passage it comes from)
  // (or its last sentence: `본문이랑 표랑 숫자 좀 다르던데? 본문엔 정확히 뭐라고 써있어`)
  const { challenge } = engine.lexicon.referring;
  const lastSentence = text.split(/(?<=[?？.!])\s+/u).at(-1) ?? text;
  if ((challenge.test(text) || challenge.test(lastSentence)) && !namesAnew(engine, text, previous))
    return [question];
  // (`방금 거 한 줄로 정리 좀 해주세요`, `sum up what you just said`: the answer itself, asked again, whose first
  // line is the short of it)
  if (engine.lexicon.referring.answer.test(text) && asksNothingElse(engine, text)) return [question];
  if (engine.lexicon.referring.again.test(text)) {
    const more = moreOf(engine, question, !hasHangul(text));
    return more ? [more, question] : [question];
  }
  const own = shapeOf(engine, text);
  const said = shapeOf(engine, question);
  if (!own || !said) return [text];
  // (`any other startups in Tokyo?`: the ones named or answered before are set apart, not asked about)
  const others = othersAsked(engine, text, own, said, answered);
  if (others) return [others, text];
  // (a currency of its own, `원화로는 얼마예요?`, takes the place of the one asked before, `…엔화로요`)
  const before = own.unitOnly
    ? { ...said, words: said.words.filter((w) => !namesCurrency(engine, w.text)) }
    : said;
  // (`헐 적네 2021년엔 얼마였는데`: the question made whole leaves the reaction out, which nothing later leans on)
  const unreacted = withoutReaction(text, own.reaction);
  const made = wholeQuestion(engine, unreacted, own, before, answered);
  // (only when the reply points at what was said, `그거`, `that`: the amount is then what it points at)
  const whole = engine.lexicon.referring.thing.test(text) ? withAmountsWhole(made, question) : made;
  if (whole === text || own.unitOnly) return [whole];
  // (who said it, when the answer named no one: else the answer again, which says whose words they are)
  // (who said it first, `그 말 누가 처음 했음?`, asks where it began, which the answer again does not say)
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const first = engine.lexicon.firstLast.first.some((p) => p.length === 1 && words.includes(p[0]!));
  if (own.who && engine.lexicon.referring.statement.test(text)) return first ? [whole] : [whole, question];
  const names = before.words.filter((w) => w.kind === 'name').map((w) => w.text);
  const ownNames = new Set(own.words.filter((w) => w.kind === 'name').map((w) => w.text));
  // (only for a follow-up that asks something of its own: `AWS?` offered as a guess is no question)
  const asks = own.words.some((w) => w.kind === 'question' || w.kind === 'word');
  const namesOnly =
    asks && names.some((n) => !ownNames.has(n) && !text.includes(n))
      ? [...names.filter((n) => !text.includes(n)), text].join(' ')
      : text;
  // (a question that says enough of its own, `근데 결국 글로벌 VC 국내 투자 2023년에 얼마였다고?`, may not
  // lean on what came before at all: as it is, last)
  const ownWords = own.words.filter((w) => w.kind === 'word' || w.kind === 'number' || w.kind === 'name');
  // (nor one that names what it is about and asks of it: `and the US, what's it doing?`)
  const asksOfNamed =
    own.words.some((w) => w.kind === 'name') && own.words.some((w) => w.kind === 'question');
  // (`Which years does it compare for the VC investment numbers?`: of the article, `it` points at nothing
  // said before)
  const pointed = pointsAt(engine, text);
  const pointsAtOne = own.refersBack && pointed !== 'thing' && pointed !== undefined;
  // (or two nouns of the article's, asked of: `How big is the data-center subsidy?` after why big tech chose Japan)
  const articleNouns = own.words.filter(
    (w) => w.kind === 'word' && w.type !== 'verb' && engine.facts.hasWord(w.text.toLowerCase()),
  );
  const asksOwn = articleNouns.length >= 2 && own.words.some((w) => w.kind === 'question');
  const alone = !pointsAtOne && (ownWords.length >= 3 || asksOfNamed || asksOwn) ? [text] : [];
  // (a pointer nothing before resolves, `When does it take full effect?`, is no question on its own)
  const unresolved = names.length === 0 && (pointed === 'company' || pointed === 'person');
  const ofCompany = companyOfPerson(engine, whole);
  const bare = whole !== text ? withoutAsking(engine, text, whole, own) : undefined;
  const answeredWhich = whichAnswered(engine, text, own, answered);
  // (a follow-up that names again what was asked about, setting it apart, `업스테이지 말고 도쿄에 뭐 세운데 또
  // 있음?`, says its own subject: as typed, first)
  const namedAgain =
    own.excludes &&
    before.words.some((w) => {
      const entity = w.kind === 'name' && w.id ? engine.kb.entities.get(w.id) : undefined;
      return (
        !!entity &&
        (text.includes(entity.name.ko) || text.toLowerCase().includes(entity.name.en.toLowerCase()))
      );
    });
  return [
    ...new Set([
      ...(namedAgain ? [text] : []),
      whole,
      ...eachPointedAt(engine, text, whole, answered),
      ...(answeredWhich ? [answeredWhich] : []),
      ...(bare ? [bare] : []),
      ...(ofCompany ? [ofCompany] : []),
      ...(unresolved ? [] : [namesOnly]),
      ...alone,
      ...answeredCompanies(engine, text, whole, answered, pointed),
    ]),
  ];
}

/**
 * `any other startups in Tokyo?` after `where did Rebellions open its subsidiary?`, `다른 회사는 어디어디?` after a
 * list: others of a kind asked, besides the ones the question before named or its answer gave, which the
 * follow-up sets apart in so many words (`리벨리온이랑 업스테이지 말고 …`, `besides Rebellions, …`).
 */
function othersAsked(
  engine: Engine,
  text: string,
  own: Shape,
  before: Shape,
  answered: readonly string[],
): string | undefined {
  if (!own.ofKind || !engine.lexicon.referring.others.test(text)) return undefined;
  const english = !hasHangul(text);
  // (others of the kind the follow-up names, `other startups`: not another kind of theirs, `other clients`)
  const kinds = kindsNamed(engine, text);
  const ofKind = (type: string | undefined) =>
    !!type && kinds.has(type === 'organization' ? 'company' : type);
  const named = before.words.flatMap((w) => {
    const entity = w.kind === 'name' && w.id ? engine.kb.entities.get(w.id) : undefined;
    return entity && ofKind(entity.type) ? [english ? entity.name.en : entity.name.ko] : [];
  });
  const typed = (n: string) => text.toLowerCase().includes(n.toLowerCase());
  const all = [...new Set([...named, ...answered.filter((n) => ofKind(typeOfName(engine, n)))])];
  // (one of them set apart by the follow-up itself, `업스테이지 말고 다른 데는?`: the others it leaves in)
  if (own.excludes && all.some(typed)) return undefined;
  const names = all.filter((n) => !typed(n));
  if (names.length === 0) return undefined;
  const { setApart } = engine.lexicon.referring;
  const fill = (phrase: string, joined: string) => phrase.replace('{}', joined).replace('{}', text);
  if (english) return fill(setApart.en, names.join(setApart.joinEn));
  const particle = setApart.joinKo as Parameters<typeof josa>[1];
  return fill(
    setApart.ko,
    names.reduce((all, n, i) => (i === 0 ? n : `${josa(all, particle)} ${n}`), ''),
  );
}

/** The kinds of entity the words of a text name (`startups`, `회사`, `나라`, `사람`). */
function kindsNamed(engine: Engine, text: string): Set<string> {
  const { companyNouns, countryWords, kindNouns } = engine.lexicon;
  const kinds = new Set<string>();
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean))
    for (const key of engine.lexicon.lemmaKeys(word)) {
      if (companyNouns.has(key)) kinds.add('company');
      if (countryWords.has(key)) kinds.add('region');
      if (kindNouns.get('person')?.has(key)) kinds.add('person');
    }
  return kinds;
}

/**
 * `셋 중에 아예 본사를 옮긴 건 누구?` after `이랜서는?`: a group larger than the answer before named was gathered
 * over earlier turns; the reply is read as it is, not of the last one alone. Only of companies or people, asked
 * who or which (not years or stages the answer gave, `셋 중에 제일 많았던 해는?`), and when the answer before
 * named some (what else it set out, `DX`, `AX`, is the group).
 */
function gatheredBefore(engine: Engine, typed: string, previous: string): boolean {
  const group = engine.lexicon.referring.groupCounted(typed);
  if (group === undefined) return false;
  const named = countNamed(engine, previous);
  return named > 0 && group > named && asksOfParties(engine, typed);
}

/** The text asks who, which company, or a name or a profile: of companies or people. */
function asksOfParties(engine: Engine, text: string): boolean {
  const types = readQuestion(engine, text)?.understanding.types;
  return !!types && (types.has('person') || types.has('which') || types.has('name') || types.has('profile'));
}

/** How many things a context line names: in its question, and what its answer named. */
function countNamed(engine: Engine, line: string): number {
  const { question, answered } = lineParts(line);
  const asked = readQuestion(engine, question)?.mentions ?? [];
  return new Set([...answered, ...asked.map((m) => m.entity.name.ko)]).size;
}

/** The text without the reaction it opens with (`헐 적네`), word by word as typed. */
function withoutReaction(text: string, reaction: readonly string[]): string {
  let rest = text.trimStart();
  for (const word of reaction) {
    if (!rest.startsWith(word)) return text;
    rest = rest.slice(word.length).trimStart();
  }
  return rest || text;
}

/**
 * `걔네 일본매출 비중 몇?` after `노무라증권 얘기 왜 나오는거임?` (answered: 올거나이즈): the pointer read as
 * what the question named first; when that says nothing, as a company the answer named, the first two.
 */
function answeredCompanies(
  engine: Engine,
  text: string,
  whole: string,
  answered: readonly string[],
  pointed: ReturnType<typeof pointsAt>,
): string[] {
  if (pointed !== 'company' && pointed !== 'person') return [];
  return companiesAnswered(engine, answered)
    .filter((name) => !whole.includes(name))
    .slice(0, 2)
    .map((name) => `${name} ${text}`);
}

/**
 * `걔네 대표 누구` after an answer that named 올거나이즈 and its clients: several pointed at, of whom the
 * article may say it of one alone; each asked of alone, in the answer's order, after all of them together.
 */
function eachPointedAt(engine: Engine, text: string, whole: string, answered: readonly string[]): string[] {
  if (!engine.lexicon.referring.companies.test(text)) return [];
  const typeOf = (name: string) => typeOfName(engine, name);
  const pointed = answered.filter((name) => whole.includes(name) && isBusiness(typeOf(name)));
  return pointed.length >= 2 ? pointed.map((name) => pointedReplaced(engine, text, [name])) : [];
}

/** What a name the article knows names: a company, a person, a region … */
function typeOfName(engine: Engine, name: string) {
  return engine.entities.exactMatches(name)[0]?.type;
}

/** The names an answer named that are companies', in its order. */
function companiesAnswered(engine: Engine, answered: readonly string[]): string[] {
  const companies = new Set(engine.kb.entitiesOfType('company').flatMap((e) => [e.name.ko, e.name.en]));
  return answered.filter((name) => companies.has(name));
}

/**
 * `어디어디 회사야?`, `which companies?` after an answer that named companies (`빅테크 일본 투자액 합치면
 * 얼마야?` → 구글, MS, AWS): which ones, asked of them, with nothing of its own but the kind.
 */
function whichAnswered(
  engine: Engine,
  text: string,
  own: Shape,
  answered: readonly string[],
): string | undefined {
  const named = companiesAnswered(engine, answered);
  const kindOnly = own.words.every(
    (w) =>
      w.kind === 'question' ||
      w.kind === 'filler' ||
      (w.kind === 'word' && engine.lexicon.companyNouns.has(w.text.replace(/[?？!.]+$/, ''))),
  );
  return own.which && kindOnly && named.length >= 2 ? `${named.join(', ')} ${text}` : undefined;
}

/**
 * `한국 쪽은?` after `일본 AI 세제 혜택 max 몇 %야?`: the same question of another country or company,
 * whose figure or time the article may not give (no percentage for Korea); next, what it says of the
 * new one on the same point, the question's words without those that ask (`한국 AI 세제 혜택 max`).
 */
function withoutAsking(engine: Engine, text: string, whole: string, own: Shape): string | undefined {
  const names = own.words.filter((w) => w.kind === 'name');
  // (the name alone, asking nothing of its own: not `유럽은 뭐 했어`)
  const onlyNames =
    own.words.every((w) => w.kind === 'name' || w.kind === 'filler') &&
    !own.asksKind &&
    !tokenize(normalizeText(text)).some((w) => engine.lexicon.openQuestionWords.has(w));
  if (names.length === 0 || !onlyNames || names.some((w) => w.type !== 'region' && w.type !== 'company'))
    return undefined;
  const reading = readQuestion(engine, whole);
  // (a figure or a time asked, which another may not have: not a place or a company, which it may)
  const { types } = reading?.understanding ?? { types: new Set() };
  if (!types.has('amount') && !types.has('time')) return undefined;
  // (nor its verb, which would make a claim of it: `한국은 ai 기업 법인세 깎다`)
  const kept = (reading?.terms ?? []).filter(
    (t) => t.role !== 'question' && t.role !== 'predicate' && !t.background,
  );
  return kept.length >= 2 && kept.length < (reading?.terms.length ?? 0)
    ? kept.map((t) => t.surface).join(' ')
    : undefined;
}

/**
 * `은행은?`, `상장은 어디서 준비 중이래?` after an answer about a company's CEO: the follow-up made whole of
 * the person may ask what the article says of the company the person heads (its clients, its listing).
 * That reading follows, with the company in the person's place.
 */
function companyOfPerson(engine: Engine, question: string): string | undefined {
  for (const person of engine.kb.entitiesOfType('person')) {
    const company = person.affiliation ? engine.kb.entities.get(person.affiliation) : undefined;
    if (!company) continue;
    // (as written, or romanised with its syllables apart: `park woo jin`)
    for (const name of [person.name.ko, person.name.en, ...person.aliases]) {
      const spelled = new RegExp(
        name
          .split(/[\s-]+/)
          .map(escapeRegExp)
          .join('[\\s-]*'),
        'i',
      );
      if (spelled.test(question))
        return question.replace(spelled, hasHangul(name) ? company.name.ko : company.name.en);
    }
  }
  return undefined;
}

/**
 * `첫 번째 회사 대표는?`, `마지막 곳은 뭐 하는 데야?`, `who runs the last one?`: the item of the list just
 * given in place of the words that pick it (and the noun after them that says of what kind).
 */
/** The question that asks for a summary of what is named, in the language asked (`리벨리온 요약해줘`). */
function sumUp(engine: Engine, name: Bilingual, english: boolean): string {
  return phrased(engine.lexicon.referring.sumUp, name, english);
}

type Bilingual = { readonly ko: string; readonly en: string };

/** A name put in a phrase of the lexicon's, in the language asked. */
const phrased = (phrase: Bilingual, name: Bilingual, english: boolean): string =>
  english ? phrase.en.replace('{}', name.en) : phrase.ko.replace('{}', name.ko);

/** The narrowest part of the article a passage is in (`일본 정부의 파격적인 지원 정책`, not the three reasons). */
function sectionOf(engine: Engine, passage: string): Section | undefined {
  return sectionHolding(engine, [passage]);
}

/** The narrowest part of the article that holds all these passages. */
function sectionHolding(engine: Engine, passages: readonly string[]): Section | undefined {
  return engine.kb.articles
    .flatMap((a) => a.sections)
    .filter((s) => passages.every((p) => s.passages.includes(p)))
    .sort((a, b) => a.passages.length - b.passages.length)[0];
}

/** The narrowest part of the article that holds most of these passages (a list with one item from elsewhere). */
function sectionHoldingMost(engine: Engine, passages: readonly string[]): Section | undefined {
  const held = (s: Section) => passages.filter((p) => s.passages.includes(p)).length;
  return engine.kb.articles
    .flatMap((a) => a.sections)
    .filter((s) => held(s) * 2 > passages.length)
    .sort((a, b) => held(b) - held(a) || a.passages.length - b.passages.length)[0];
}

/**
 * The parts a section is made of (the three reasons of `세 가지 이유`), in the article's order; for a
 * section of none, the parts of the one it is a part of (`세 번째는?` after the first reason).
 */
function partsAround(engine: Engine, section: Section): Section[] {
  const sections = engine.kb.articles.flatMap((a) => a.sections);
  const inside = (outer: Section, inner: Section) =>
    inner !== outer &&
    inner.passages.length < outer.passages.length &&
    inner.passages.every((p) => outer.passages.includes(p));
  const partsOf = (outer: Section) =>
    sections
      .filter((s) => inside(outer, s) && !sections.some((m) => inside(outer, m) && inside(m, s)))
      .sort((a, b) => outer.passages.indexOf(a.passages[0]!) - outer.passages.indexOf(b.passages[0]!));
  const own = partsOf(section);
  if (own.length > 0) return own;
  const parent = sections
    .filter((s) => inside(s, section))
    .sort((a, b) => a.passages.length - b.passages.length)[0];
  return parent ? partsOf(parent) : [];
}

/**
 * `첫 번째 거 더 자세히`, `Tell me more about the second one` after a summary or a list: the part of the
 * article that line or item comes from, summed up (the first of three reasons → Japan's support policy).
 */
function pickedPart(engine: Engine, text: string, question: string): string | undefined {
  const ordinal = ordinalIn(engine, text);
  if (!ordinal || asksOfItsOwn(engine, text.replace(ordinal.found[0], ' '))) return undefined;
  const { place } = ordinal;
  const answer = answerBefore(engine, question);
  // (after a row of the article's table: `마지막 줄은?` is the table's last row)
  // (or after a fact a row says: `인프라 항목 한국 vs 일본` then `마지막 행은요?`)
  const rowBefore =
    answer.kind === 'passage'
      ? answer.passage
      : answer.kind === 'facts' && answer.facts.length === 1
        ? answer.facts[0]!.passage
        : undefined;
  if (rowBefore?.kind === 'table-row') {
    const rows = tableOf(engine, rowBefore.id);
    const row = place < 0 ? rows.at(place) : rows[place - 1];
    return row ? quotedOpening(row.text) : undefined;
  }
  const passages = (
    answer.kind === 'summary'
      ? answer.lines.map((l) => l.passage)
      : answer.kind === 'list'
        ? answer.items.map((i) => i.passage)
        : answer.kind === 'facts'
          ? answer.facts.slice(0, 1).map((f) => (f.fact.source ? { id: f.fact.source } : undefined))
          : []
  ).flatMap((p) => (p ? [p.id] : []));
  // Lines or items of one part of the article (the three reasons, one of them): the parts it is made
  // of, or those beside it; from all over the article, the part each comes from.
  // (a line that is a row of the article's table is that row, quoted: `첫 번째 줄만 다시`)
  const line = place < 0 ? passages.at(place) : passages[place - 1];
  const row = line ? engine.kb.articles.flatMap((a) => a.passages).find((p) => p.id === line) : undefined;
  if (row?.kind === 'table-row') return quotedOpening(row.text);
  const whole = sectionHolding(engine, passages) ?? sectionHoldingMost(engine, passages);
  const parts = whole ? partsAround(engine, whole) : [];
  const picked =
    parts.length > 0
      ? place < 0
        ? parts.at(place)
        : parts[place - 1]
      : sectionOf(engine, (place < 0 ? passages.at(place) : passages[place - 1]) ?? '');
  if (!picked) return undefined;
  return sumUp(engine, picked.title, !hasHangul(text));
}

/** The passage an answer quotes: its first fact's, the one shown, or a summary's first or last line's. */
function passageQuoted(answer: Answer, line: 'first' | 'last') {
  if (answer.kind === 'passage') return answer.passage;
  if (answer.kind === 'facts') return answer.facts[0]?.passage;
  if (answer.kind === 'summary') return (line === 'first' ? answer.lines[0] : answer.lines.at(-1))?.passage;
  return undefined;
}

/**
 * `그 앞 문단에선 뭘 바란다고 했어`, `the next paragraph?` after an answer quoting a paragraph: that
 * paragraph's neighbour, asked by its opening words in quotation marks (which the article's text answers).
 */
function nextParagraph(engine: Engine, text: string, question: string): string | undefined {
  const { paragraphBefore, paragraphAfter, rowBefore, rowAfter } = engine.lexicon.referring;
  const step = paragraphBefore.test(text) ? -1 : paragraphAfter.test(text) ? 1 : 0;
  // (`그 다음 회사는?`: the next row, after an answer that quoted one)
  const rowStep = rowBefore.test(text) ? -1 : rowAfter.test(text) ? 1 : 0;
  if (step === 0 && rowStep === 0) return undefined;
  const answer = answerBefore(engine, question);
  // (after a part summed up, `그 다음 문단은 뭐래`: the paragraph after its last line's, or before its first's)
  const quoted = passageQuoted(answer, step < 0 ? 'first' : 'last');
  const article = quoted ? engine.kb.article(quoted.articleId) : undefined;
  if (!quoted || !article || (step === 0 && quoted.kind !== 'table-row')) return undefined;
  // (a table's row, `그 표 다음 줄`, neighbours the rows; a paragraph, the paragraphs)
  const kind = quoted.kind === 'table-row' ? 'table-row' : 'paragraph';
  const paragraphs = article.passages.filter((p) => p.kind === kind);
  const at = paragraphs.findIndex((p) => p.id === quoted.id);
  const neighbour = at < 0 ? undefined : paragraphs[at + (step || rowStep)];
  return neighbour ? quotedOpening(neighbour.text) : undefined;
}

/** The rows of the article's table that holds this row, in order. */
function tableOf(engine: Engine, rowId: string): readonly { readonly id: string; readonly text: string }[] {
  for (const article of engine.kb.articles) {
    const at = article.passages.findIndex((p) => p.id === rowId);
    if (at < 0) continue;
    let start = at;
    while (start > 0 && article.passages[start - 1]!.kind === 'table-row') start--;
    let end = at;
    while (end + 1 < article.passages.length && article.passages[end + 1]!.kind === 'table-row') end++;
    return article.passages.slice(start, end + 1);
  }
  return [];
}

/** A passage asked by its opening words in quotation marks, which the article's text answers. */
function quotedOpening(text: string): string {
  const opening = text
    .replace(/\s+/g, ' ')
    .slice(0, OPENING)
    .replace(/\s+\S*$/, '');
  return `'${opening}'`;
}

/** How much of a paragraph's opening asks for it. */
const OPENING = 30;

/**
 * Besides the ordinal, words that name what they ask (`마지막 시장 성장에서 한국은 뭐라고 돼있음`, `두번째 회사는
 * 얼마 투자했대`), not a part of the article picked: only the kind of item (`이유`, `one`) or asking for more.
 */
function asksOfItsOwn(engine: Engine, rest: string): boolean {
  const reading = readQuestion(engine, rest.replace(engine.lexicon.referring.againWords, ' '));
  if (!reading) return false;
  const { lexicon } = engine;
  const sets = [
    lexicon.referring.itemNouns,
    lexicon.claimModifiers,
    lexicon.companyNouns,
    lexicon.sentenceWords,
    ...lexicon.listKinds.values(),
  ];
  return reading.terms.some(
    (t) =>
      (t.role === 'topic' || t.role === 'predicate') &&
      !lexicon.referring.again.test(t.surface) &&
      !sets.some((words) => readsAs(t, words)),
  );
}

/** The ordinal a follow-up picks with (`세 번째`, `the last`) and the place it names (−1 for the last). */
function ordinalIn(engine: Engine, text: string): { found: RegExpExecArray; place: number } | undefined {
  const { ordinal } = engine.lexicon.referring;
  const found = ordinal.pattern.exec(text);
  const place = found ? ordinal.place.get(found[0].toLowerCase().replace(/\s+/g, '')) : undefined;
  return found && place !== undefined ? { found, place } : undefined;
}

function pickedItem(engine: Engine, text: string, answered: readonly string[]): string | undefined {
  const ordinal = ordinalIn(engine, text);
  if (!ordinal || answered.length < 2) return undefined;
  const { found, place } = ordinal;
  // (`마지막 줄`, `the last line`: a line of the article or its table, not an item of the answer)
  const after =
    text
      .slice(found.index + found[0].length)
      .trim()
      .split(/\s+/)[0] ?? '';
  if (engine.lexicon.summaryLines.some((p) => p.test(`1${after}`) || p.test(`1 ${after}`))) return undefined;
  const name = place < 0 ? answered.at(place) : answered[place - 1];
  if (!name) return undefined;
  // (the noun after the ordinal, `회사`, `곳`, `one`, names the kind, which the name now says)
  const rest = text
    .slice(found.index + found[0].length)
    .replace(/^\s*(\S+?)(은|는|이|가|의)?(?=\s|[?？]|$)/, (m, noun: string, particle = '') =>
      engine.lexicon.companyNouns.has(noun) || engine.lexicon.referring.itemNouns.has(noun) ? particle : m,
    );
  // (`두 번째 거 다시`: asked again, which is the item itself)
  return `${text.slice(0, found.index)}${name}${rest.replace(engine.lexicon.referring.againWords, ' ')}`.trim();
}

/** The follow-up names something the conversation before did not (`한국은 확실해?` after Japan). */
function namesAnew(engine: Engine, text: string, previous: string): boolean {
  const said = compactKey(previous);
  return (readQuestion(engine, text)?.mentions ?? []).some(
    (m) =>
      !m.background &&
      ![m.entity.name.ko, m.entity.name.en, ...m.entity.aliases].some((n) => said.includes(compactKey(n))),
  );
}

/**
 * `세 번째로 꼽은 건?` after `…세제 혜택, 규제 완화, 인프라 지원 등 …`: the item of the enumeration the
 * answer's sentence makes, at that place, asked about.
 */
function enumeratedItem(engine: Engine, text: string, question: string): string | undefined {
  const ordinal = ordinalIn(engine, text);
  if (!ordinal) return undefined;
  const { found, place } = ordinal;
  // (of each question asked before: `글쓴이 결론 뭐임? 한국이 뭘 해야 된다는 거`)
  const answers = splitMessage(engine, question).map((part) => answerBefore(engine, part));
  const sentences = answers.flatMap((answer) =>
    answer.kind === 'facts'
      ? // (the fact's words first, then its passage's: `특히 세제 혜택, 규제 완화, 인프라 지원 등`)
        [...answer.facts.map((f) => f.fact.text.ko), ...answer.facts.flatMap((f) => f.passage?.text ?? [])]
      : answer.kind === 'summary'
        ? answer.lines.map((l) => l.text.ko)
        : [],
  );
  // (three or more short items between commas: `세제 혜택, 규제 완화, 인프라 지원 등`)
  const run = sentences
    .map((sentence) => sentence.match(/(?:[^\s,]+(?: [^\s,]+)?, ){2,}[^\s,]+(?: [^\s,]+)?/)?.[0])
    .find(Boolean);
  // (or the lines of a summary, each by its heading or the first it names: `세번째 회사는?` after what
  // happened, `세 번째 항목만 한국 쪽` after the table summed up)
  // (not lines of another kind than the one asked, `세 번째 이유` after a part's lines)
  // (the noun counted may follow another word of place: `마지막 세 번째 이유`)
  const counted = text
    .slice(found.index + found[0].length)
    .trim()
    .split(/\s+/)
    .slice(0, 3);
  const asksKind = counted
    .flatMap((word) => [word, ...nounStems(engine.lexicon.grammar, word)])
    .some((w) => engine.lexicon.questionPhrasesStartingWith([w]).some((q) => q.phrase.length === 1));
  const lines = answers.length === 1 && answers[0]!.kind === 'summary' && !asksKind ? answers[0]!.lines : [];
  const items =
    run?.split(', ').map((item) => enumeratedName(engine, item)) ??
    (lines.length >= 2 ? lines.map((l) => lineItem(engine, l.text.ko)) : undefined);
  if (!items || items.length < (run ? 3 : 2)) return undefined;
  const item = place < 0 ? items.at(place) : items[place - 1];
  // (past the particle on the ordinal: `세 번째로 꼽은 건` → `인프라 지원 꼽은 건`)
  const rest = text.slice(found.index + found[0].length).replace(/^\S+(?=\s)/, '');
  return item ? `${item} ${rest.trim()}`.trim() : undefined;
}

/** What a summary's line is about: its heading (`정부 지원: …`), else the first one it names. */
function lineItem(engine: Engine, line: string): string | undefined {
  const heading = /^([^:：]{2,16})[:：]/u.exec(line)?.[1]?.trim();
  if (heading) return heading;
  return namedIn(
    line,
    [...engine.kb.entities.values()].filter((e) => e.type !== 'region'),
  )[0]?.name.ko;
}

/** An item of an enumeration as named: past a filler closing it (`등`) and a particle the article's word takes. */
function enumeratedName(engine: Engine, item: string): string {
  const words = item.split(' ');
  while (words.length > 1 && engine.lexicon.fillers.has(words.at(-1)!)) words.pop();
  const last = words.at(-1)!;
  const stem = knowsWord(engine, last, true)
    ? undefined
    : nounStems(engine.lexicon.grammar, last).find((w) => knowsWord(engine, w, true));
  return [...words.slice(0, -1), stem ?? last].join(' ');
}

/**
 * `업스테이지 다음은 뭐였지?`, `what about the one before Allganize?` after a list: the item after (or
 * before) the one named, asked about in its place.
 */
function relativeItem(engine: Engine, text: string, answered: readonly string[]): string | undefined {
  if (answered.length < 2) return undefined;
  const { itemAfter, itemBefore } = engine.lexicon.referring;
  const words = text.split(/\s+/);
  for (const [at, word] of words.entries()) {
    const next = (words[at + 1] ?? '').replace(/[?？!.,]+$/, '').toLowerCase();
    const step = itemAfter.has(next) ? 1 : itemBefore.has(next) ? -1 : 0;
    const index = answered.findIndex((name) => compactKey(word).startsWith(compactKey(name)));
    const neighbour = step === 0 || index < 0 ? undefined : answered[index + step];
    if (neighbour) return [...words.slice(0, at), neighbour, ...words.slice(at + 2)].join(' ');
  }
  return undefined;
}

/** The words ask nothing of their own: fillers, question words, the summary or the length asked. */
function asksNothingElse(engine: Engine, text: string): boolean {
  const reading = readQuestion(engine, text.replace(engine.lexicon.referring.answer, ' '));
  return (
    !!reading && reading.terms.every((t) => t.background || t.role === 'filler' || t.role === 'question')
  );
}

/**
 * `그 얘기 글 어디에 나와요?`, `which paragraph?`: the question before, asked where in the article it is
 * answered (the part of the article leads); not when the follow-up names something anew.
 */
function whereAsked(engine: Engine, text: string, question: string, previous: string): string | undefined {
  const reading = readQuestion(engine, text);
  if (!reading?.understanding.whereInArticle || namesAnew(engine, text, previous)) return undefined;
  // (not a question of its own: `이유 세 개 정리한 건 무슨 섹션이에요?`)
  if (reading.terms.some((t) => !t.background && t.role !== 'filler')) return undefined;
  const bare = question.replace(/[?？.!~\s]+$/u, '');
  return phrased(engine.lexicon.referring.whereAsked, { ko: bare, en: bare }, !hasHangul(text));
}

/**
 * `더 자세히`, `tell me more`: more than the answer gave. Of a company or person, all it says of them
 * summed up; of anything else, the part of the article the answer comes from summed up (`일본에 AI 기업들이
 * 몰리는 이유가 뭐야?` → the three reasons with their figures). Nothing more when it was summed up already.
 */
function moreOf(engine: Engine, question: string, english: boolean): string | undefined {
  const answer = answerBefore(engine, question);
  if (answer.kind !== 'facts') return undefined;
  const reading = readQuestion(engine, question);
  const named = reading?.mentions.find((m) => !m.background && m.entity.type !== 'region')?.entity;
  if (named) return sumUp(engine, named.name, english);
  const source = answer.facts[0]?.fact.source;
  const section = source ? sectionOf(engine, source) : undefined;
  if (!section) return undefined;
  return sumUp(engine, section.title, english);
}

/**
 * `그 지원 구체적으로 뭐였지` after `…전폭적인 지원은 … 결정적 이유가 되었다`: the specifics of what the answer
 * itself names (every word asked is the answer's), from the part of the article it comes from, summed up.
 */
function specificsOf(engine: Engine, text: string, question: string): string | undefined {
  const { againWords, again } = engine.lexicon.referring;
  // (`search`, which a global pattern's last match does not move)
  if (text.search(againWords) < 0 || again.test(text)) return undefined;
  const reading = readQuestion(engine, text.replace(againWords, ' '));
  const asked = (reading?.terms ?? []).filter(
    (t) => (t.role === 'topic' || t.role === 'predicate') && !t.background,
  );
  if (asked.length === 0) return undefined;
  const answer = answerBefore(engine, question);
  const fact = answer.kind === 'facts' ? answer.facts[0]?.fact : undefined;
  if (!fact?.source || !asked.every((t) => fact.text.ko.includes(t.head))) return undefined;
  const section = sectionOf(engine, fact.source);
  return section ? sumUp(engine, section.title, !hasHangul(text)) : undefined;
}

/**
 * `그 대목에서 일본 말고 언급되는 주변국은?`, `in that section, who else?`: of the part of the article the answer
 * came from, by its heading.
 */
function inPartBefore(engine: Engine, text: string, question: string): string | undefined {
  const { partPointers } = engine.lexicon.referring;
  if (!partPointers.test(text)) return undefined;
  const passage = passageQuoted(answerBefore(engine, question), 'first');
  const part = passage ? sectionOf(engine, passage.id) : undefined;
  if (!part) return undefined;
  return text.replace(
    partPointers,
    phrased(engine.lexicon.referring.partNamed, part.title, !hasHangul(text)),
  );
}

/**
 * `그 회사들 이름도 나와?`, `그 50곳 이름 목록도 기사에 있음?`, `그 회사들 어디어디야?` after `일본에서 몇 군데랑
 * 협력한대?`: the names of those the answer only counted, asked of that question: both as one.
 */
function namesOfCounted(engine: Engine, text: string, question: string): string | undefined {
  const own = readQuestion(engine, text)?.understanding;
  const before = readQuestion(engine, question)?.understanding;
  const counts = (u: typeof own) => u?.unit === 'organizations' || u?.unit === 'people';
  // (or which they are, of companies counted: `그 회사들 어디어디야?`; not what one is, `걔네 뭐 하는 회사래?`)
  const which = !!own?.types.has('which') && !own.types.has('profile') && before?.unit === 'organizations';
  const named = own?.types.has('name') || which;
  if (!named || !before?.types.has('amount') || !counts(before)) return undefined;
  return engine.lexicon.referring.companies.test(text) || counts(own) ? `${question} ${text}` : undefined;
}

/** `누가 썼는데요` after `이 글 언제 올라온거에요?`: a question of no subject after one of the article's details. */
function stillOfArticle(engine: Engine, text: string, own: Shape, before: Shape): boolean {
  return (
    (before.aboutArticle || before.dated) &&
    !before.words.some((w) => w.type === 'author') &&
    !own.words.some((w) => w.kind === 'name' || w.kind === 'number') &&
    !own.aboutArticle &&
    !pointsAt(engine, text) &&
    (own.words.some((w) => w.kind === 'question') || own.dated) &&
    answerQuestion(engine, before.words.map((w) => w.text).join(' ')).kind === 'article'
  );
}

/** `반대편은?` after a question of one side of the article's comparison: the same of the other side. */
function otherSideOf(engine: Engine, text: string, before: Shape): string | undefined {
  const side = before.words.find((w) => w.type === 'region' && w.id);
  if (!side || !engine.lexicon.referring.otherSide.test(text)) return undefined;
  const other = engine.kb.comparisons
    .filter((c) => c.entities.includes(side.id!))
    .flatMap((c) => c.entities.filter((id) => id !== side.id))[0];
  const name = other ? engine.kb.entities.get(other)?.name : undefined;
  return name ? substituted(before, [{ ...side, text: hasHangul(text) ? name.ko : name.en }]) : undefined;
}

/** The follow-up made whole, from its shape, the shape of the question before and what its answer named. */
function wholeQuestion(
  engine: Engine,
  text: string,
  own: Shape,
  before: Shape,
  answered: readonly string[],
): string {
  const ownNames = own.words.filter((w) => w.kind === 'name' || w.kind === 'number');
  if (stillOfArticle(engine, text, own, before))
    return `${engine.lexicon.referring.article[hasHangul(text) ? 'ko' : 'en']} ${text}`;
  const ofYear = anotherYear(engine, text, own, before);
  if (ofYear) return ofYear;
  // (`왜 그렇게 많은데`: how what was just said is says nothing of its own)
  const pointed = qualitiesPointedAt(engine, own);
  // (a verb says what is asked of the subject, not another subject: `누구한테 해주는건데?`)
  const substantive = own.words.filter(
    (w) => w.kind === 'word' && (w.type !== 'verb' || ownNames.length > 0) && !pointed.has(w),
  );
  // (what was done, asked of a new subject where the question before had none of its kind to stand in for,
  // `업스테이지는 일본에서 무엇을 했다고 되어 있나요?` after a list of others, asks of its own)
  const replaces = ownNames.some((n) =>
    before.words.some(
      (w) => w.kind === 'name' && n.kind === 'name' && n.type !== 'region' && sameKind(w.type, n.type),
    ),
  );
  const asks =
    substantive.length > 0 || (own.deed && !replaces) || own.words.some((w) => w.kind === 'question');
  // Whole: it names what it is about (not only a country) and asks something of it (`근데 이랜서 대표는?`),
  // or it asks of the article or its author.
  if (
    (ownNames.some((w) => w.kind === 'name' && w.type !== 'region') && asks && !own.refersBack) ||
    own.aboutArticle
  )
    return text;
  // (`그럼 아직 … 추진 중인 곳들은 어디어디예요?`, `그럼 본사 옮긴 데는 어디임`: which ones do what it says)
  const nonRegion = ownNames.some((w) => w.kind === 'name' && w.type !== 'region');
  const said = own.words.filter((w) => w.kind === 'word');
  if (own.which && !own.refersBack && !nonRegion && said.length >= 2) return text;
  // `업스테이지는 거기서 뭐 했어?` after a question about Japan: a company of its own, and `거기` the place
  // the question before was about.
  const region = before.words.find((w) => w.type === 'region');
  // (or of a country of its own, `거기서 … 한국 회사`, which says whose the companies are)
  const otherRegion = ownNames.some((w) => w.type === 'region' && w.id !== region?.id);
  if (
    (ownNames.some((w) => w.kind === 'name' && w.type !== 'region') ||
      (otherRegion && engine.lexicon.referring.place.test(text))) &&
    own.refersBack &&
    region
  )
    return pointedReplaced(engine, text, [region.text]);
  const otherSide = otherSideOf(engine, text, before);
  if (otherSide) return otherSide;
  const against = setAgainst(text, own, before, substantive.length > 0);
  if (against) return against;
  // `vs 2022?`, `중국이랑 비교하면?`: the question before, of what it was about and of the new one too.
  if (ownNames.length > 0 && substantive.length === 0 && own.compare) {
    const both = setBeside(before, ownNames);
    if (both) return both;
  }
  // A figure claimed of what was just said (`그거 20조 정도였나?`, `wasn't it 20%?`): the claim, of it.
  if (
    own.claim &&
    ownNames.length > 0 &&
    ownNames.every((w) => w.kind === 'number') &&
    substantive.length === 0
  ) {
    const said = before.words.filter(
      (w) => w.kind !== 'question' && w.kind !== 'number' && w.kind !== 'filler',
    );
    return [...said.map((w) => w.text), text].join(' ');
  }
  // (`그럼 일본엔 뭐 했는데?` after a question about a company: what it did there, a place being no doer)
  const doers = before.words.filter((w) => w.kind === 'name' && isBusiness(w.type as EntityType));
  if (own.deed && ownNames.every((w) => w.type === 'region') && doers.length > 0)
    return [...doers.map((w) => w.text), text].join(' ');
  // Only a new subject (`미국은?`, `and the US, what's it doing?`, `2021년엔?`): the same question of it.
  if (ownNames.length > 0 && substantive.length === 0) {
    // (after a claim about what was pointed at, `그거 세계 최초임?`, the new subject is asked of the
    // topic, not of the claim: `중국은?` → 중국 AI 정책)
    const pointer = before.claim
      ? before.words.findIndex((w) => engine.lexicon.referring.thing.test(w.text))
      : -1;
    const topic = pointer > 0 ? { ...before, words: before.words.slice(0, pointer) } : before;
    if (!own.words.some((w) => w.kind === 'question')) return substituted(topic, ownNames);
    // (with a question word of its own, `how much of it is Amazon's?`, it asks that, of the same)
    const words = before.words.filter((w) => w.kind !== 'question' && w.type !== 'author');
    return `${substituted({ ...before, words }, ownNames)} ${text}`;
  }
  const subjects = before.words.filter((w) => carried(before, w));
  // `누가 그렇게 말했어요?`: who said what the answer said: the one it named, or when it named no one who
  // said what was asked about (`일본이 AI 도입에 적극적인 …` → 이창수; `스타트업 업계에서는 …`).
  if (own.who && ownNames.length === 0 && engine.lexicon.referring.statement.test(text)) {
    const speaker =
      answered.find((n) => typeOfName(engine, n) === 'person') ??
      speakerOf(engine, before.words.map((w) => w.text).join(' '), !hasHangul(text));
    if (speaker) return `${speaker} ${text}`;
    const said = before.words.filter((w) => w.kind !== 'question' && w.kind !== 'filler');
    return [...said.map((w) => w.text), text].join(' ');
  }
  // `What's his name?`, `그분 누구야?`: only a question word, of the one pointed at.
  const kind = pointsAt(engine, text);
  if (substantive.length === 0 && (kind === 'person' || kind === 'company' || kind === 'country')) {
    const names = pointedAt(engine, text, before, subjects, answered, ownNames);
    if (names.length > 0) return pointedReplaced(engine, text, names);
  }
  // (only the unit the answer is to be in, `in won?`: the question before as it was asked, in that unit)
  if (own.unitOnly && before.words.some((w) => w.kind === 'question'))
    return [...before.words.map((w) => w.text), text].join(' ');
  // Only a question word (`왜?`, `언제까지?`, `얼마나?`): asked of what was just said.
  if (substantive.length === 0) return askedOfSaid(engine, before, own, text, pointed);
  // `누가 그렇게 말했어요?`: who said or did what the answer said, when it named someone.
  const person = answered.find((n) => typeOfName(engine, n) === 'person');
  if (own.who && person && ownNames.length === 0) return `${person} ${text}`;
  const names = pointedAt(engine, text, before, subjects, answered, ownNames);
  // (`When does it take full effect?` after the AI Act: nothing of the kind pointed at came before, so
  // it points at what was just said)
  if (names.length === 0 && kind !== undefined) return [...saidBefore(before), text].join(' ');
  return pointedReplaced(engine, text, names);
}

/** The question before with each of its names that a new name of the same kind stands beside (`2023 vs 2022`). */
function setBeside(before: Shape, ownNames: readonly ShapeWord[]): string | undefined {
  const pairs = ownNames.flatMap((name) => {
    const old = before.words.find(
      (w) => w.kind === name.kind && w.type === name.type && w.text !== name.text,
    );
    return old ? [{ old, name }] : [];
  });
  if (pairs.length === 0) return undefined;
  return before.words
    .map((w) => {
      const pair = pairs.find((p) => p.old === w);
      return pair ? `${w.text} vs ${pair.name.text}` : w.text;
    })
    .join(' ');
}

type ShapeWord = Shape['words'][number];

/**
 * `왜 그렇게 많은데`, `왜 그렇게까지 됨?`: the words that say how what was just said is (a size, a speed), after
 * a word that points at it.
 */
function qualitiesPointedAt(engine: Engine, own: Shape): Set<ShapeWord> {
  const { degree, degreeQualities } = engine.lexicon.referring;
  const quality = (word: string) => [...degreeQualities].some((stem) => word.startsWith(stem));
  return new Set(own.words.filter((w, i) => i > 0 && degree.has(own.words[i - 1]!.text) && quality(w.text)));
}

/** A question word alone (`왜?`, `얼마나?`) asked of what was just said, without how it is (`왜 그렇게 많은데` → `왜`). */
function askedOfSaid(
  engine: Engine,
  before: Shape,
  own: Shape,
  text: string,
  pointed: Set<ShapeWord>,
): string {
  const { degree } = engine.lexicon.referring;
  const asked = own.words.filter((w) => !pointed.has(w) && !degree.has(w.text)).map((w) => w.text);
  return [...saidBefore(before), pointed.size > 0 ? asked.join(' ') : text].join(' ');
}

/**
 * `전년도랑 비교하면?`, `the year before?`: the year before the one asked, which no name of its own hides;
 * `제일 최근 수치는?`, `and the trough?`: an end of the series the year before belongs to, of no year.
 */
function anotherYear(engine: Engine, text: string, own: Shape, before: Shape): string | undefined {
  const offset = yearOffset(engine, text);
  const at = before.words.findIndex((w) => w.type === 'year');
  const year = before.words[at];
  const { seriesEnd } = engine.lexicon.referring;
  // (the question before without its year or its word for an end, then the follow-up)
  const otherEnd = (said: number) =>
    [...before.words.filter((w, i) => i !== said && w.kind !== 'question').map((w) => w.text), text].join(
      ' ',
    );
  // (`…peaked in which year?` → `and the trough?`: the other end of the series asked the same way)
  if (!year) {
    const ended = before.words.findIndex((w) => seriesEnd.test(w.text));
    return ended >= 0 && seriesEnd.test(text) && offset === undefined ? otherEnd(ended) : undefined;
  }
  // (`중간 해는?` after 2021 and 2023: 2022, in place of the two)
  const years = before.words.filter((w) => w.type === 'year').map((w) => Number(w.text.replace(/\D/g, '')));
  if (engine.lexicon.referring.yearBetween.test(text) && years.length === 2 && years[1]! - years[0]! === 2) {
    const words = before.words.filter((w, i) => w.type !== 'year' || i === at);
    return substituted({ ...before, words }, [{ ...year, text: String(years[0]! + 1) }]);
  }
  if (offset !== undefined) {
    const other = String(Number(year.text.replace(/\D/g, '')) + offset);
    // (set against the year asked, `전년도랑 비교하면`: both)
    return substituted(before, [{ ...year, text: own.compare ? `${year.text} vs ${other}` : other }]);
  }
  const ownNames = own.words.filter((w) => w.kind === 'name' || w.kind === 'number');
  return seriesEnd.test(text) && ownNames.length === 0 ? otherEnd(at) : undefined;
}

/**
 * `who said that?` after an answer that names no one (`일본은 고령화로 … AI 도입에 적극적`): the person
 * whose words in the article say most of what the answer's first fact says (이창수: `고령화로 노동력 부족이
 * 심각해지면서 AI 도입이 한국보다 훨씬 앞서`). Undefined when no one's words share two of them.
 */
/** How much of what a fact says (by the weight of its words) a person's words must say to be its source. */
const SAID_SHARE = 0.5;

function speakerOf(engine: Engine, question: string, english: boolean): string | undefined {
  const answer = answerBefore(engine, question);
  const said = answer.kind === 'facts' ? answer.facts[0]?.fact : undefined;
  if (!said) return undefined;
  const people = engine.kb.entitiesOfType('person').map((p) => p.id);
  const words = [...new Set(tokenize(normalizeText(said.text.ko)))].map((word) => ({
    word,
    stems: stripParticles(word),
  }));
  const best = engine.facts.search(words, { limit: 1, restrictTo: engine.facts.positionsAbout(people) })[0];
  // (saying much of it: the rarer words of the fact, not only `일본` and `AI`)
  const itself = engine.facts.search(words, { limit: 1, restrictTo: engine.facts.positionsOf([said]) })[0];
  if (!best || !itself || best.words.size < 2 || best.score < SAID_SHARE * itself.score) return undefined;
  const person = best.fact.entities.map((id) => engine.kb.entities.get(id)).find((e) => e?.type === 'person');
  return person ? person.name[english ? 'en' : 'ko'] : undefined;
}

/**
 * The follow-up with what it points at in place of the words that point, which would otherwise ask
 * `어느 회사` (`그 회사 본사는` → `올거나이즈 본사는`); an English question gets the English name (`Who runs
 * that company?` → `Who runs Rebellions?`). With no such words, the names go first.
 */
function pointedReplaced(engine: Engine, text: string, names: readonly string[]): string {
  // (the longest words that point: `그 기업들`, not `그 기업`)
  const single = engine.lexicon.referring.named.exec(text);
  const plural = engine.lexicon.referring.companies.exec(text);
  const pointing = plural && (!single || plural[0].length > single[0].length) ? plural : single;
  if (pointing && names.length > 0) {
    const english = !hasHangul(text);
    // (the name as it is, its particle left to the words that pointed: `거기는` → `중국은`, not `중국은는`)
    const bare = (n: string) =>
      [n, ...nounStems(engine.lexicon.grammar, n)]
        .map((w) => engine.entities.exactMatches(w)[0])
        .find(Boolean);
    const named = names.map((n) => (english ? (bare(n)?.name.en ?? n) : (bare(n)?.name.ko ?? n)));
    // (its particle fitted to the name: `거기는` → `중국은`)
    const rest = text.slice(pointing.index + pointing[0].length);
    const particle = engine.lexicon.particles.paired.find((pair) =>
      pair.split('/').some((p) => rest.startsWith(p)),
    );
    const joined = named.join(' ');
    // (`거기서` is `거기에서` shortened, which a name takes whole: `일본에서`)
    const shortened = english
      ? undefined
      : Object.entries(engine.lexicon.particles.shortened).find(([short]) => rest.startsWith(short));
    const fitted =
      particle && !english && /^[가-힣]/.test(rest)
        ? `${josa(joined, particle as Parameters<typeof josa>[1])}${rest.slice(1)}`
        : shortened
          ? `${joined}${shortened[1]}${rest.slice(shortened[0].length)}`
          : `${joined}${rest}`;
    return `${text.slice(0, pointing.index)}${fitted}`;
  }
  return [...names, text].join(' ');
}

/**
 * Something asked of no one (`대표는?`, `그 회사 매출 비중은?`, `일본 매출 비중은?`): of what the
 * question before named (or, pointed at, what its answer named: `그 회사` after `→ 올거나이즈`), but for
 * what it names itself; the company it was about rather than a country that only placed it.
 */
function pointedAt(
  engine: Engine,
  text: string,
  before: Shape,
  subjects: Shape['words'],
  answered: readonly string[],
  ownNames: Shape['words'],
): string[] {
  const named = new Set(ownNames.map((w) => w.type));
  const kind = pointsAt(engine, text);
  const typeOf = (name: string) => typeOfName(engine, name);
  // (`그 기업들` after `몇 개 기업이랑 협력해?`: the companies counted, not the one that counts them)
  const counted = countedPointedAt(engine, text, before);
  if (counted) return counted;
  // (`그 나라는 …` after `일본 말고 어디를 꼽나요? → 중국`: the country the answer named, else the question's)
  if (kind === 'country') {
    const regions = (names: readonly string[]) => names.filter((n) => typeOf(n) === 'region');
    const fromAnswer = regions(answered);
    return fromAnswer.length > 0 ? fromAnswer.slice(0, 1) : regions(subjects.map((w) => w.text)).slice(0, 1);
  }
  if (kind === 'person' || kind === 'company') {
    // The one the conversation is about, of the kind pointed at; else the one the answer named
    // (`그분 어느 회사 대표예요? → 올거나이즈`, then `그 회사 …`).
    const wanted = kind === 'person' ? ['person'] : ['company', 'organization'];
    const fromQuestion = subjects.filter((w) => wanted.includes(w.type ?? ''));
    if (fromQuestion.length > 0) return fromQuestion.map((w) => w.text);
    // (`그 회사` after a question about its CEO: the company he heads)
    if (kind === 'company') {
      const headed = subjects
        .map((w) => (w.id ? engine.kb.entities.get(w.id)?.affiliation : undefined))
        .flatMap((id) => (id ? (engine.kb.entities.get(id)?.name.ko ?? []) : []));
      if (headed.length > 0) return headed.slice(0, 1);
    }
    const fromAnswer = answered.filter((n) => wanted.includes(typeOf(n) ?? ''));
    // (`걔네는 지금 어떤 단계야?`: several pointed at are all the answer named)
    const several = kind === 'company' && engine.lexicon.referring.companies.test(text);
    if (fromAnswer.length > 0) return several ? fromAnswer : fromAnswer.slice(0, 1);
  }
  if (kind === 'thing') {
    const said = before.words.filter((w) => w.kind === 'word' && !before.unknown.has(w.text));
    return [...subjects.filter((w) => !named.has(w.type)).map((w) => w.text), ...said.map((w) => w.text)];
  }
  // (the author only for a question that names nothing of its own: `and the US?` asks of the US)
  const others = subjects.filter((w) => !named.has(w.type) && !(w.type === 'author' && ownNames.length > 0));
  const main = others.some((w) => w.type !== 'region') ? others.filter((w) => w.type !== 'region') : others;
  // (a question that names a country of its own asks it of that country: `중국 AI 투자 규모는?`)
  if (named.has('region')) return main.filter((w) => w.type !== 'region').map((w) => w.text);
  // (`대표는?` after `일본으로 본사 옮긴 한국 AI 회사 어디임? → 올거나이즈`: a title is of the company the
  // answer named, not of the countries the question did)
  const company = answered.find((n) => isBusiness(typeOf(n)));
  const title = tokenize(normalizeText(text)).some((w) =>
    [w, ...stripParticles(w)].some((s) => engine.lexicon.titleWords.has(s)),
  );
  if (company && title && main.every((w) => w.type === 'region')) return [company];
  return main.length > 0 ? main.map((w) => w.text) : answered.slice(0, 1);
}

/**
 * What the question before said, to ask a follow-up of: its names, its figures (not a claim's, which the
 * answer corrected) and its words (not a claim's unit after its figure: `2030` `년까지`).
 */
function saidBefore(before: Shape): string[] {
  const claimUnit = (i: number) =>
    before.claim && before.words[i - 1]?.kind === 'number' && UNIT_AFTER_NUMBER.test(before.words[i]!.text);
  return before.words
    .filter(
      (w, i) => carried(before, w) || (w.kind === 'word' && !before.unknown.has(w.text) && !claimUnit(i)),
    )
    .map((w) => w.text);
}

/** A name, or a figure of a question that claimed none (a claim's figure is what the answer corrected). */
const carried = (before: Shape, w: Shape['words'][number]) =>
  w.kind === 'name' || (w.kind === 'number' && !before.claim);

/**
 * `한국이랑 비교하면 도입 수준이 어때?` after Japan's AI adoption: what the question before was about, set
 * against the one of the same kind the follow-up names.
 */
function setAgainst(text: string, own: Shape, before: Shape, asksOwn: boolean): string | undefined {
  const ownNames = own.words.filter((w) => w.kind === 'name');
  const against = before.words.filter(
    (w) => w.kind === 'name' && ownNames.some((o) => o.type === w.type && o.text !== w.text),
  );
  if (!own.compare || !asksOwn || against.length === 0 || own.refersBack) return undefined;
  return `${against.map((w) => w.text).join(' ')} ${text}`;
}

/**
 * `그 기업들 이름 나와?` after `이랜서 몇 개 기업이랑 협력한대?`: several pointed at, of the noun the question
 * before counted: those, as that question said them (which the article may not name).
 */
function countedPointedAt(engine: Engine, text: string, before: Shape): string[] | undefined {
  const pointer = engine.lexicon.referring.companies.exec(text)?.[0];
  const noun = pointer
    ? [...engine.lexicon.companyNouns].find((n) => n.length >= 2 && pointer.includes(n))
    : undefined;
  if (!noun) return undefined;
  // (`몇 개 기업`, or the noun before the count: `기업이랑 기관 몇 곳`)
  const at = before.words.findIndex(
    (w, i) =>
      w.kind === 'question' &&
      (!!before.words[i + 1]?.text.startsWith(noun) ||
        before.words.slice(0, i).some((b) => b.text.startsWith(noun))),
  );
  if (at < 0) return undefined;
  return [...before.words.filter((w, i) => i !== at && w.kind !== 'filler').map((w) => w.text), noun];
}

/** Two names' kinds, a business's the same whatever business it is. */
function sameKind(a: string | undefined, b: string | undefined): boolean {
  return a === b || (isBusiness(a as EntityType | undefined) && isBusiness(b as EntityType | undefined));
}

/** The previous question, its subject of the same kind replaced by the new one (or the new one added). */
function substituted(before: Shape, names: Shape['words']): string {
  const words = before.words.map((w) => w.text);
  const used = new Set<number>();
  const extra: string[] = [];
  for (const name of names) {
    const at = before.words.findIndex(
      (w, i) => !used.has(i) && (w.kind === 'name' || w.kind === 'number') && w.type === name.type,
    );
    if (at >= 0) {
      used.add(at);
      words[at] = name.text;
    } else extra.push(name.text);
  }
  // (one new name for a group of its kind, `뤼튼테크놀로지스는?` after `파인더스AI, 피처링, 채널톡 …`: the
  // same asked of it alone)
  const [only] = names;
  const group = (w: Shape['words'][number], i: number) =>
    names.length === 1 && w.kind === 'name' && w.type === only!.type && !used.has(i);
  return [...extra, ...words.filter((_, i) => !group(before.words[i]!, i))].join(' ');
}
