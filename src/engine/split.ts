/**
 * Where one message asks several things: listed items (`1) … 2) …`, `a) … b) …`, `… / … / …`), sentences
 * (`…누구야. …위치는?`, `…? Also …`), a clause closed by a joining ending (`…누구고 …얼마야`, `…했는지랑`),
 * a joining word before an English question word (`… and where …`), a comma between two questions, two
 * nouns asked with one verb (`2023 VC 투자액이랑 2024 전망 알려줘`). A part must ask something;
 * otherwise the message is one question. Listed items, and the parts of a message that says it asks
 * several things (`Two things: …`, `두 가지: …`), need only name what they ask about.
 */
import { hasBatchim } from 'es-hangul';
import { closedBy, nounStems, readLightVerb, readVerb } from '../language/korean.ts';
import {
  closedByRequest,
  closesAsCopulaQuestion,
  ENGLISH_QUESTION_WORD,
  isVerbalForm,
  sentencesIn,
  type Understanding,
  understand,
} from '../language/understand.ts';
import { hasHangul, isChoseongQuery, isHangulWord } from '../search/normalize.ts';
import { readQuestion } from './ask.ts';
import { QUOTED } from './contracts/quote.ts';
import { tableTitles } from './contracts/table.ts';
import { vocabularyOf } from './mentions.ts';
import { sizeAsked, sizeSides } from './size.ts';
import type { Engine } from './types.ts';
import { asksDeed, knowsWord, nameAlso } from './words.ts';

const MAX_PARTS = 4;

/** A word without what is not a letter or a digit (`AWS,` → `AWS`). */
const lettersOf = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '');

const insideBrackets = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

export function splitMessage(engine: Engine, typed: string): string[] {
  return messageParts(engine, typed).parts;
}

/** The questions a message asks, one by one. */
export interface MessageParts {
  readonly parts: string[];
  /**
   * It asks one thing of each of two things more than names (`글에서 DX랑 AX가 각각 뭐야?`): a reply to its
   * answer leans on both (`둘 중에 …`), not on the last. (Of names, `업스테이지랑 리벨리온 둘 다 도쿄야?`, a
   * reply names another in the last one's place: `올거나이즈는?`.)
   */
  readonly ofEachThing: boolean;
}

export function messageParts(engine: Engine, message: string): MessageParts {
  const only = (parts: string[]): MessageParts => ({ parts, ofEachThing: false });
  // (emoji after the last word, `…알려줘 🙏`, close nothing: the request is still the message's end)
  const typed = message.replace(TRAILING_EMOJI, '') || message;
  const framed = framedQuestion(engine, typed);
  if (framed) return only([framed]);
  const text = withoutIntents(
    engine,
    withoutClosingStatements(
      engine,
      withoutSelfClause(engine, exclaimed(engine, noiseBetween(engine, spacedOut(engine, typed)))),
    ),
  );
  const { body, announced } = withoutPreamble(
    engine,
    withoutClosingCount(engine, withoutQuestionCount(engine, text)),
  );
  // (`발표 준비하는데, 올거나이즈 일본 비중이랑 빅테크 투자 총액 알려줘`: a clause of background, closed by a
  // comma, before the questions; the questions are split, the clause stays with the first)
  const lead = backgroundLead(engine, body);
  if (lead) {
    const rest = messageParts(engine, lead.rest);
    if (rest.parts.length > 1)
      return { ...rest, parts: [`${lead.clause} ${rest.parts[0]}`, ...rest.parts.slice(1)] };
  }
  const tables = eachTable(engine, body);
  if (tables) return only(tables);
  // (a message of nouns only asks what each of its parts names: `올거나이즈 고객사 두 곳 + 매출 비중`)
  const headline = headlineAsked(engine, body);
  const asks = (part: string) => partAsks(engine, part) || (headline && nounsOnly(engine, part));
  const named = (part: string) =>
    asks(part) || (namesSomething(engine, part) && !meansTo(engine, part.trim().split(/\s+/)));
  // (`A가 B보다 커?`, `which is bigger, A or B?`: each amount asked on its own)
  const topics = sizeSides(engine, body)?.sides ?? comparedTopics(engine, body);
  if (topics) return only(topics);
  // (names, then what is asked of each: `ㄹㅂㄹㅇ, ㅇㄱㄴㅇㅈ, ㅇㄹㅅ 대표 각각 누구?` is no list of three questions)
  const each = eachNamed(engine, body) ?? eachNamedLast(engine, body);
  if (each) return { parts: each.parts, ofEachThing: each.things };
  const items = listedItems(body) ?? nounsListed(engine, body);
  if (items && items.length >= 2 && items.every(named)) {
    // (each may ask two things of one: `리벨리온: 대표, 법인 위치 / 올거나이즈: 대표, 본사 위치`)
    const room = Math.floor(MAX_PARTS / items.length);
    const each = (item: string) => (room > 1 ? messageParts(engine, item).parts.slice(0, room) : [item]);
    return only(ofPrefaceNames(engine, body, items.slice(0, MAX_PARTS)).flatMap(each));
  }
  const parts = splitParts(engine, body, MAX_PARTS, announced ? named : asks).map((p) =>
    withoutLeadIn(engine, p),
  );
  // (`첫째, …`, `second, …`: the marks that number them are no part of the questions)
  // (nor is a closing request that names nothing: `이렇게 세 개만 부탁`; one for a summary, `…무슨
  // 얘기예요? 요약해 주세요`, asks the part before as a summary)
  if (parts.length > 1) {
    const unmarked = parts.map((p) => p.replace(engine.lexicon.enumerators, ''));
    const last = unmarked.at(-1)!;
    const closing = understand(last, engine.lexicon, vocabularyOf(engine));
    // (a closing that only names the unit, `…얼마야? 금액으로`, asks the part before in it)
    if (unitOnly(closing)) return only([...unmarked.slice(0, -2), `${unmarked.at(-2)} ${last}`]);
    // (names are given in both languages: a closing that asks one only in a language asks nothing more)
    if (nameFormOnly(engine, closing)) return only(unmarked.slice(0, -1));
    // (not a length alone, `2줄 요약 부탁`, `1 line`, `한두 줄이면 됩니다.`: the part before answered, short)
    const length = engine.lexicon.summaryLines.some((p) => p.test(last) || p.test(last.replace(/\s+/g, '')));
    const lengthOnly = length && closing.terms.every((t) => t.role === 'filler' || t.role === 'question');
    if (!closingRequest(closing) && !lengthOnly) return only(unmarked);
    const inForm = !length && closing.types.has('summary');
    const rest = unmarked.slice(0, -1);
    return only(inForm ? [...rest.slice(0, -1), `${rest.at(-1)} ${last}`] : rest);
  }
  if (parts[0] !== body) return only(parts);
  return only(lastSentenceListed(engine, body) ?? [text]);
}

/**
 * `이랜서 관련 3개만: 프리랜서 몇명, 대표 누구, …`: how many questions follow a colon (a number and a
 * counter that says nothing of what it counts) is no part of the first of them.
 */
function withoutQuestionCount(engine: Engine, text: string): string {
  const at = text.search(/[:：]/);
  if (at <= 0) return text;
  const words = text.slice(0, at).trimEnd().split(/\s+/);
  const counted = questionCountAt(engine, words, words.length - 1);
  if (!counted) return text;
  const kept = words.slice(0, counted.from);
  return kept.length === 0 ? text : `${kept.join(' ')}${text.slice(at)}`;
}

/**
 * A count of questions ending at word `i`: a number and a counter that says nothing of what it counts,
 * typed together (`3개만`) or apart (`세 개`); how many, and the word it starts at.
 */
function questionCountAt(
  engine: Engine,
  words: readonly string[],
  i: number,
): { count: number; from: number } | undefined {
  const { genericCounters, summaryLineNumbers } = engine.lexicon;
  const count = (w: string) => (/^[0-9]+$/.test(w) ? Number(w) : summaryLineNumbers.get(w));
  const word = words[i] ?? '';
  for (const c of genericCounters) {
    const n = word.endsWith(c) ? count(word.slice(0, -c.length)) : undefined;
    if (n !== undefined) return { count: n, from: i };
  }
  const n = i > 0 && genericCounters.has(word) ? count(words[i - 1]!) : undefined;
  return n === undefined ? undefined : { count: n, from: i - 1 };
}

/**
 * `프리랜서 수, 협력 기업 수, 시작 시기 세개만 콕 집어서 알려주세요`: how many questions the message asks, said
 * after the last of those it lists (as many as the commas part, at least), is no part of the last.
 */
function withoutClosingCount(engine: Engine, text: string): string {
  const words = text.trim().split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const counted = questionCountAt(engine, words, i);
    if (!counted || counted.count < 2) continue;
    const before = words.slice(0, counted.from).join(' ');
    if ((before.match(/[,，]/g) ?? []).length < counted.count - 1) continue;
    return [before, ...words.slice(i + 1)].join(' ');
  }
  return text;
}

/**
 * `이랜서 프리랜서 몇명 ㅇㅇ 대표 누구 ㅇㅇ 협력사 몇개`: chat noise between words that closes what it follows
 * (`ㅇㅇ`, not `ㄹㅇ`, which stresses it) parts them as a comma would.
 */
function noiseBetween(engine: Engine, text: string): string {
  return text.replace(/(?<=[^\sㄱ-ㅎ])\s+(\S+)(?=\s+\S)/gu, (all, word: string) =>
    engine.lexicon.chatSeparators.has(word) ? ',' : all,
  );
}

/**
 * `와 그래서 본사까지 옮긴거구나 상장은 어디서 한대?`: a word closed by an exclamation (`구나`, `네요`) ends
 * its sentence, as a full stop would, when more words follow.
 */
function exclaimed(engine: Engine, text: string): string {
  const endings = engine.lexicon.exclamations;
  return text.replace(/([가-힣]+)(?=\s+\S)/gu, (word: string) =>
    endings.some((e) => word.length > e.length && word.endsWith(e)) ? `${word}.` : word,
  );
}

/**
 * `기사에 있는 표 두 개 핵심만 뽑아줘`, `both tables, briefly`: each of the article's tables asked in its own
 * part, by what it is called, with the rest of the message.
 */
function eachTable(engine: Engine, text: string): string[] | undefined {
  const said = engine.lexicon.allTables.exec(text);
  if (!said) return undefined;
  const titles = tableTitles(engine);
  if (titles.length < 2) return undefined;
  const rest = `${text.slice(0, said.index)} ${text.slice(said.index + said[0].length)}`
    .replace(/\s+/g, ' ')
    .trim();
  const table = [...engine.lexicon.tableWords].find((w) => hasHangul(w) === hasHangul(text)) ?? '';
  return titles.slice(0, MAX_PARTS).map((title) => `${title} ${table} ${rest}`.trim());
}

/** Hangul typed without spaces for this long is several words run together. */
const GLUED = 8;

/**
 * `일본보조금얼마고세금감면몇프로임`: words typed without their spaces, spaced as the language layer reads
 * them (`일본 보조금 얼마고 세금 감면 몇 프로임`), so that the questions run together can be told apart.
 */
function spacedOut(engine: Engine, typed: string): string {
  // (`유럽연합이만든AI법이름뭐임`: a Latin word run into Hangul is a word of its own)
  const text = typed.replace(/\S{12,}/g, (w) =>
    (w.match(/[가-힣]/g)?.length ?? 0) >= 8 && /[A-Za-z]/.test(w)
      ? w.replace(/([가-힣])(?=[A-Za-z])/g, '$1 ').replace(/([A-Za-z])(?=[가-힣]{2})/g, '$1 ')
      : w,
  );
  if (!text.split(/\s+/).some((w) => w.length >= GLUED && isHangulWord(w))) return text;
  return text
    .split(/(\s+)/)
    .map((w) => {
      const bare = w.replace(/[?？!.~]+$/, '');
      if (bare.length < GLUED || !isHangulWord(bare)) return w;
      const { terms } = understand(bare, engine.lexicon, vocabularyOf(engine));
      const spaced = terms.map((t) => t.surface).join(' ');
      return terms.length >= 3 && spaced.replace(/\s+/g, '') === bare
        ? `${spaced}${w.slice(bare.length)}`
        : w;
    })
    .join('');
}

/**
 * `면접에서 '일본이 왜 아시아 AI 허브냐' 물으면 뭐라고 답해야 돼?`: a question quoted, to be answered if
 * asked, is what is asked.
 */
function framedQuestion(engine: Engine, text: string): string | undefined {
  const spans = [...text.matchAll(QUOTED)];
  if (spans.length !== 1) return undefined;
  const span = spans[0]!;
  const outside = text.slice(0, span.index) + text.slice(span.index + span[0].length);
  if (!engine.lexicon.framing.test(outside) || !partAsks(engine, span[1]!)) return undefined;
  return span[1]!;
}

/** The question of each of several, one by one; `things` when they are more than names. */
interface EachAsked {
  readonly parts: string[];
  readonly things: boolean;
}

/**
 * `미국, EU, 중국 AI 정책 각각 한 줄로 요약해줘`, `EU랑 중국 AI 정책 각각 설명해줘`: names side by side, then
 * what is asked of each (`각각`, `each`): the question of each name on its own.
 */
function eachNamed(engine: Engine, text: string): EachAsked | undefined {
  // (`…각각 … 뭐야? 중국도.`: a name with `도` after it is one more of them)
  const sentences = text.split(/(?<=[?？.!。])\s+/).filter((x) => x.trim());
  const more = sentences.slice(1).filter((x) => alsoNamed(engine, x));
  if (more.length !== sentences.length - 1) return undefined;
  const words = sentences[0]!.split(/\s+/);
  const vocabulary = vocabularyOf(engine);
  // (a name or its initials, `ㄹㅂㄹㅇ, ㅇㄱㄴㅇㅈ, ㅇㄹㅅ 대표 각각 누구?`)
  const isName = (w: string) =>
    vocabulary.isName(w) || (w.length >= 3 && isChoseongQuery(w) && vocabulary.resemblesName(w));
  const each = words.findIndex((w) => engine.lexicon.eachWords.has(lettersOf(w).toLowerCase()));
  // (`리벨리온이랑 올거나이즈 뭐하는 회사야?`: what each of several does is asked of each, `각각` or not; read
  // only when there may be several: a name first, a word joined to the next, or one more said after)
  const { nounJoinEndings } = engine.lexicon;
  const joins = (w: string) =>
    [lettersOf(w), w.replace(/[,，]+$/, '')].some((x) => closedBy(x, nounJoinEndings)) ||
    w.toLowerCase() === 'and';
  const several = more.length > 0 || isName(lettersOf(words[0]!)) || words.some(joins);
  const at = each >= 0 ? each : several && profileAsked(engine, text) ? words.length : -1;
  if (at < 0) return undefined;
  const names: string[] = [];
  let i = 0;
  for (; i < at; i++) {
    const word = lettersOf(words[i]!);
    if (engine.lexicon.questionJoinWords.includes(word.toLowerCase()) && names.length > 0) continue;
    const joined = engine.lexicon.nounJoinEndings.find((e) => word.length > e.length && word.endsWith(e));
    // (the last name may take a topic or subject particle: `리벨리온과 이랜서는 어떤 회사야?`)
    const particled = names.length > 0 ? nounStems(engine.lexicon.grammar, word) : [];
    const name = [word, joined ? word.slice(0, -joined.length) : undefined, ...particled].find(
      (w) => w && isName(w),
    );
    // (a name closed by a comma or a joining ending, or the last of them, before what is asked; names
    // one after another, `리벨리온 올거나이즈 이랜서 대표 다`)
    const nextIsName = i + 1 < at && isName(lettersOf(words[i + 1]!));
    if (!name || (name === word && !words[i]!.endsWith(',') && names.length === 0 && !nextIsName)) break;
    names.push(name);
    if (name === word && !words[i]!.endsWith(',') && !nextIsName) {
      i++;
      break;
    }
  }
  for (const also of more) {
    const word = also.trim().replace(/[?？!.~]+$/, '');
    const particle = engine.lexicon.alsoParticles.find((p) => word.endsWith(p))!;
    names.push(word.slice(0, -particle.length));
  }
  let things = false;
  if (names.length === 0) {
    const phrases = phrasesJoined(engine, words.slice(0, at));
    if (phrases) {
      things = true;
      names.push(...phrases);
      i = at;
    }
  }
  if (names.length < 2) return undefined;
  // (`세 회사 대표 다`: the count of them names no more than the names do)
  const counted = (w: string, next: string | undefined) =>
    (/^[2-9]$/.test(w) || engine.lexicon.summaryLineNumbers.has(w)) &&
    !!next &&
    engine.lexicon.itemCounters.has(lettersOf(next));
  const rest = words
    .slice(i)
    .filter((_, j) => i + j !== at)
    .filter((w, j, all) => !counted(w, all[j + 1]) && !(j > 0 && counted(all[j - 1]!, w)));
  // (`구글이랑 MS 투자액 각각 비교해줘` compares them, `다 합치면` adds them up: one question)
  if (
    rest.length === 0 ||
    understand(text, engine.lexicon, vocabulary).types.has('compare') ||
    rest.some((w) => engine.lexicon.together.test(w))
  )
    return undefined;
  return { parts: names.slice(0, MAX_PARTS).map((name) => `${name} ${rest.join(' ')}`), things };
}

/** What one is and does is asked, and nothing else: no comparison, no list, no other question word. */
function profileAsked(engine: Engine, text: string): boolean {
  const { lexicon } = engine;
  const { types } = understand(text, lexicon, vocabularyOf(engine));
  if (types.has('profile')) return [...types].every((t) => t === 'profile' || t === 'which');
  // (`리벨리온과 이랜서는 어떤 회사야?`: which kind of company, asked of the names said, closing the message)
  const [kind, noun] = text
    .trim()
    .replace(/[?？!.~]+$/u, '')
    .split(/\s+/)
    .slice(-2);
  return (
    types.size === 1 &&
    types.has('which') &&
    !!noun &&
    lexicon.interrogativeDeterminers.has(kind ?? '') &&
    nounStems(lexicon.grammar, noun).some((n) => lexicon.companyNouns.has(n))
  );
}

/**
 * `450억엔 보조금이랑 30% 법인세 감면 각각 누구 대상임`: two things more than names, joined by `이랑`, `and`,
 * each asked what follows `각각`.
 */
function phrasesJoined(engine: Engine, words: string[]): string[] | undefined {
  const bare = (w: string) => w.replace(/[,，]+$/, '');
  const joins = words
    .map((w, k) => ({ k, end: engine.lexicon.nounJoinEndings.find((e) => closedBy(bare(w), [e])) }))
    .filter((j) => j.end && j.k < words.length - 1);
  const english = words.map((w, k) => ({ k, w })).filter(({ w, k }) => w.toLowerCase() === 'and' && k > 0);
  if (joins.length + english.length !== 1) return undefined;
  const [first, second] = joins[0]
    ? [
        [...words.slice(0, joins[0].k), bare(words[joins[0].k]!).slice(0, -joins[0].end!.length)],
        words.slice(joins[0].k + 1),
      ]
    : [words.slice(0, english[0]!.k), words.slice(english[0]!.k + 1)];
  const phrases = [first, second].map((p) => p.map(bare).join(' '));
  return phrases.every((p) => namesSomething(engine, p)) ? phrases : undefined;
}

/** `…사례 나오잖아. 미국, EU, 중국 각각 한 줄씩 요약해줘`: names asked of each in a last sentence after ones that ask nothing. */
function eachNamedLast(engine: Engine, text: string): EachAsked | undefined {
  const sentences = text.split(/(?<=[.?!。？！])\s+/).filter((x) => x.trim());
  if (sentences.length < 2 || sentences.slice(0, -1).some((x) => partAsks(engine, x))) return undefined;
  return eachNamed(engine, sentences.at(-1)!);
}

/**
 * `…as someone tracking regulation I only care about one thing: which jurisdiction …`: what leads in to
 * a colon, asking nothing and naming nothing of the article, is no part of the question.
 */
function withoutLeadIn(engine: Engine, part: string): string {
  const at = Math.max(part.lastIndexOf(': '), part.lastIndexOf('： '));
  if (at < 0) return part;
  const before = part.slice(0, at);
  const after = part.slice(at + 2).trim();
  const vocabulary = vocabularyOf(engine);
  if (before.split(/\s+/).length < 4 || !partAsks(engine, after) || partAsks(engine, before)) return part;
  return before.split(/\s+/).some((w) => vocabulary.isName(lettersOf(w))) ? part : after;
}

/** Pictographs (and their joiners and variation selectors) at the end of a message. */
const TRAILING_EMOJI = /(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D})+$/u;

/** The message's first clause when it closes on a background ending and a comma, asking nothing; the rest. */
function backgroundLead(engine: Engine, text: string): { clause: string; rest: string } | undefined {
  const at = text.indexOf(', ');
  if (at < 0) return undefined;
  const clause = text.slice(0, at + 1);
  const last = clause.trim().split(/\s+/).at(-1)!.replace(/,$/, '');
  return closedBy(last, engine.lexicon.backgroundMarkers) && !/[?？]/.test(clause)
    ? { clause, rest: text.slice(at + 2).trim() }
    : undefined;
}

/** `Two things: …`, `두 가지 궁금한데 …`: the message says it asks several things; what follows is asked. */
function withoutPreamble(engine: Engine, text: string): { body: string; announced: boolean } {
  const opening = preambleOpening(engine, text);
  if (opening) return { body: opening, announced: true };
  // (or after greetings and who the asker is: `안녕하세요 젊은 양반들. 퇴직한 기계쟁이 입니다. 몇 가지 여쭙겠습니다. …`)
  const sentences = sentencesOf(engine, text);
  const lower = (s: string) => s.toLowerCase();
  const opens = sentences
    .slice(1, MAX_REMARKS_BEFORE + 1)
    .some((s) => engine.lexicon.manyQuestionsPreambles.some((p) => lower(s).startsWith(p)));
  if (!opens) return { body: text, announced: false };
  for (let i = 1; i <= MAX_REMARKS_BEFORE && i < sentences.length; i++) {
    if (!isRemark(engine, sentences[i - 1]!)) break;
    const after = preambleOpening(engine, sentences.slice(i).join(' '));
    if (after) return { body: after, announced: true };
  }
  return { body: text, announced: false };
}

/** How many sentences of remarks may come before the words that announce several questions. */
const MAX_REMARKS_BEFORE = 3;

/** The text after the words that open it announcing several questions, when it opens so. */
function preambleOpening(engine: Engine, text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const preamble of engine.lexicon.manyQuestionsPreambles) {
    if (!lower.startsWith(preamble)) continue;
    const body = text
      .slice(preamble.length)
      .replace(/^[^\s:：\-–—,]*[\s:：\-–—,]+/, '')
      .trim();
    // (and the rest of its sentence, when it only says the asking: `두 가지만 여쭙겠습니다.`)
    const [opening, ...rest] = sentencesOf(engine, body);
    const fills = (sentence: string) =>
      understand(sentence, engine.lexicon, vocabularyOf(engine)).terms.every((t) => t.role === 'filler');
    if (rest.length > 0 && fills(opening!)) return rest.join(' ');
    if (body.length > 0) return body;
  }
  return undefined;
}

/**
 * `생각보다 높네요. 그렇게 된 이유가 뭐예요?`, `아 그렇구나. 그 회사 뭐 하는 회사예요?`: a reply without the remarks it
 * opens with, sentences that ask nothing and say no word of the article's, which the question does not lean on.
 */
export function withoutOpeningRemarks(engine: Engine, text: string): string {
  const sentences = sentencesOf(engine, text);
  let first = 0;
  while (first < sentences.length - 1 && isRemark(engine, sentences[first]!)) first++;
  return first === 0 ? text : sentences.slice(first).join(' ');
}

/** A sentence that asks nothing and says no word of the article's (`생각보다 높네요.`, `안녕하세요 여러분.`). */
function isRemark(engine: Engine, sentence: string): boolean {
  const vocabulary = vocabularyOf(engine);
  const { terms, types } = understand(sentence, engine.lexicon, vocabulary);
  // (one closed by a question mark asks, unless it only asks whether it is so, of nothing: `ㄹㅇ?`, `진짜요?`)
  if (/[?？]\s*$/.test(sentence))
    return (
      types.size > 0 &&
      [...types].every((t) => t === 'yesno') &&
      terms.every((t) => t.role === 'filler' || t.role === 'question')
    );
  // (a sentence with a word of the article's says what the question is about: `…해외법인을 세웠다는 문장이 돌고
  // 있어요. 기사 기준으로 맞나요?`)
  const names = terms.some(
    (t) => t.role === 'topic' && (vocabulary.isName(t.head) || vocabulary.hasWord(t.head)),
  );
  return !names && !partAsks(engine, sentence);
}

/** The message's sentences, as the language layer ends them. */
const sentencesOf = (engine: Engine, text: string) => sentencesIn(text, engine.lexicon);

/**
 * `Who runs Rebellions? I'm citing it.`: a question without the sentences after its last that asks,
 * which only tell of the asker; the whole when none asks.
 */
export function askingSentences(engine: Engine, question: string): string {
  // (closed by a question mark, the last sentence asks; read no further)
  if (/[?？]\s*$/.test(question)) return question;
  const stated = withoutClosingStatements(engine, question);
  if (stated !== question) return stated;
  const sentences = sentencesOf(engine, question);
  if (sentences.length < 2 || partAsks(engine, sentences.at(-1)!)) return question;
  // (the few sentences before the last, where a question followed by words on the asker ends)
  const from = Math.max(0, sentences.length - TRAILING_SENTENCES - 1);
  for (let at = sentences.length - 2; at >= from; at--)
    if (partAsks(engine, sentences[at]!)) return sentences.slice(0, at + 1).join(' ');
  return question;
}

/**
 * `…약자로 나와 있소? 영어 약자가 너무 많아서 따라가기가 힘듭니다`: a message without the statements after its last
 * question, which tell of the asker.
 */
function withoutClosingStatements(engine: Engine, text: string): string {
  if (/[?？]\s*$/.test(text) || !/[?？]/.test(text)) return text;
  const sentences = sentencesOf(engine, text);
  const asked = sentences.findLastIndex((s) => /[?？]\s*$/.test(s));
  if (asked < 0 || asked === sentences.length - 1) return text;
  return sentences.slice(asked + 1).every((s) => states(engine, s))
    ? sentences.slice(0, asked + 1).join(' ')
    : text;
}

/**
 * `…적혀 있더라고요. 결재 올리기 전에 확인하려고요. 기사 수치랑 맞나요?`: a sentence between others on what the
 * asker means to do is no part of the question.
 */
function withoutIntents(engine: Engine, text: string): string {
  const sentences = sentencesOf(engine, text);
  if (sentences.length < 3) return text;
  const intent = (s: string, i: number) =>
    i > 0 && i < sentences.length - 1 && /[.。]\s*$/.test(s) && meansTo(engine, s.trim().split(/\s+/));
  const kept = sentences.filter((s, i) => !intent(s, i));
  return kept.length === sentences.length ? text : kept.join(' ');
}

/** A sentence closed as a statement (`힘듭니다`, `새롭네요`), with no question word: it asks nothing. */
export function states(engine: Engine, sentence: string): boolean {
  const last = (sentence.trim().split(/\s+/).at(-1) ?? '').replace(/[!.~]+$/, '');
  if (!engine.lexicon.statementEndings.some((e) => last.length > e.length && last.endsWith(e))) return false;
  // (not one that asks by saying so: `글쓴이의 생각이 궁금합니다`)
  if (closedByRequest(sentence, engine.lexicon)) return false;
  const { terms } = understand(sentence, engine.lexicon, vocabularyOf(engine));
  return !terms.some((t) => engine.lexicon.interrogatives.has(t.head));
}

/** How many sentences on the asker may follow the last that asks. */
const TRAILING_SENTENCES = 2;

/**
 * A part asks something: a question word, a word that asks openly about what it names (`뭐`, `어때`,
 * `알려줘`), or a yes-or-no closed by a question mark; not a clause closed as background (`186억
 * 달러라던데`).
 */
function partAsks(engine: Engine, part: string): boolean {
  if (alsoNamed(engine, part)) return true;
  const last = (part.trim().split(/\s+/).at(-1) ?? '').replace(/[?？!.~,]+$/, '');
  // (closed by a question mark, `…냈다며?` asks whether it is so)
  const questioned = /[?？]\s*$/.test(part.trim());
  if (!questioned && engine.lexicon.backgroundMarkers.some((m) => last.length > m.length && last.endsWith(m)))
    return false;
  // (`Hey, I'm a founder trying to decide where to incorporate.`: the asker on themselves, asking nothing)
  const words = part
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s,]+/)
    .filter((w) => w && !engine.lexicon.greetings.has(w.replace(/[!.]+$/, '')));
  // (`ok so my manager forwarded this.`, `Saw a post saying all of them chose Japan.`: told, not asked)
  const { narrationOpeners, narrationPastVerbs } = engine.lexicon;
  const opening = words.find((w) => !narrationOpeners.has(w.replace(/[!.]+$/, ''))) ?? '';
  if (!questioned && /[.]\s*$/.test(part.trim()) && !hasHangul(part) && narrationPastVerbs.has(opening))
    return false;
  // (but what follows the clause on themselves may ask: `제가 설명해 주려고 하는데요, 본사를 어디로 옮겼고`)
  if (!questioned && engine.lexicon.selfWords.has(opening)) {
    const rest = afterSelfClause(engine, part);
    return rest !== undefined && partAsks(engine, rest);
  }
  if (!questioned && meansTo(engine, words)) return false;
  const { types, terms } = understand(part, engine.lexicon, vocabularyOf(engine));
  if ([...types].some((t) => t !== 'yesno' && t !== 'compare')) return true;
  // (`이랜서 협력 기관 수랑 시작 시점 한번에`: a part closed by the count of a noun asks it)
  const { countNouns } = engine.lexicon;
  const closing = terms.filter((t) => t.role !== 'filler' || countNouns.has(t.head)).at(-1);
  if (terms.length >= 2 && closing && countNouns.has(closing.head)) return true;
  const content = terms.filter((t) => t.role === 'topic' || t.role === 'predicate');
  // (`뤼튼은 일본에서 뭐함`: what it did, asked)
  if (content.length > 0 && asksDeed(engine.lexicon, terms)) return true;
  const open = engine.lexicon.openQuestionWords;
  if (content.length > 0 && terms.some((t) => !t.background && (open.has(t.head) || open.has(t.surface))))
    return true;
  // (`고객사 하나만 대봐`: a verb and 보다, unasked, asks for it to be done)
  const unasked = engine.lexicon.unaskedRequestEndings;
  if (content.length > 0 && !questioned && unasked.some((e) => last.length > e.length && last.endsWith(e)))
    return true;
  // (`일본 매출 비중은?`, `and the US?`: closed by a question mark, it asks about what it names; a bare
  // noun offered as a guess, `홋카이도?`, `그로스 시장?`, belongs to the question before it)
  const guess =
    isHangulWord(part.replace(/[^가-힣]/g, '').slice(0, 1)) &&
    content.length <= 2 &&
    // (not a noun with a verb of its own, `행정명령 얘기도 있어?`)
    terms.every((t) => t.role === 'topic') &&
    !/(은|는|요)[?？]\s*$/.test(part.trim());
  return /[?？]\s*$/.test(part.trim()) && content.length > 0 && !guess;
}

/** `…마무리하려고 해.`, `…붙일 생각이에요.`: the words close on what the asker means to do (not `알고 싶어`). */
function meansTo(engine: Engine, words: readonly string[]): boolean {
  const { words: closings, asking } = engine.lexicon.intentClosings;
  const bare = words.map((w) => w.replace(/[.!~,]+$/, ''));
  const tail = bare.slice(-2).join(' ');
  const closing = closings.find((c) => tail.endsWith(c));
  if (!closing) return false;
  // (the verb before `싶어`: `알고 싶어` asks to be told)
  const before = closing.includes(' ') ? bare.at(-3) : bare.at(-2);
  const own = bare.at(-1)!;
  const glued = own.length > closing.length ? own.slice(0, -closing.length) : undefined;
  return ![before, glued].some((w) => !!w && [...asking].some((a) => w.endsWith(a)));
}

/**
 * What follows the asker's clause on themselves, closed by a comma, as background (`…하는데요,`) or by the
 * end of its sentence (`저희 딸이 올거나이즈 면접을 본대요. 올거나이즈 대표 이름이 뭐고,`).
 */
function afterSelfClause(engine: Engine, part: string): string | undefined {
  const words = part.trim().split(/\s+/);
  const end = words.findIndex(
    (w, i) =>
      i > 0 &&
      (/[,，]$/.test(w) ||
        // (the end of a Korean sentence: `…면접을 본대요.`)
        (hasHangul(w) && /[.!]$/.test(w)) ||
        engine.lexicon.backgroundMarkers.some((m) => {
          const bare = w.replace(/[,，.~]+$/, '');
          return bare.length > m.length && bare.endsWith(m);
        })),
  );
  const rest = end < 0 ? '' : words.slice(end + 1).join(' ');
  return rest ? rest : undefined;
}

/**
 * `저희 유럽 진출도 고민중이라 규제 쪽 궁금한데요, 기사에서 EU AI Act 특징 뭐라고 써있어?`: a clause on the asker
 * that opens the message, closed by a comma, before a question that asks on its own and names what it asks
 * about: the question alone (a question that names nothing leans on the clause: `제가 리벨리온 면접 보는데요,
 * 대표 이름이 뭐예요?`).
 */
function withoutSelfClause(engine: Engine, text: string): string {
  const opening = (text.trim().split(/\s+/)[0] ?? '').toLowerCase();
  if (
    !hasHangul(opening) ||
    !engine.lexicon.selfWords.has(opening) ||
    partAsks(engine, text.split(/[,，]/)[0] ?? '')
  )
    return text;
  const rest = afterSelfClause(engine, text);
  if (!rest || !/[,，]/.test(text.slice(0, text.length - rest.length)) || !partAsks(engine, rest))
    return text;
  const names = readQuestion(engine, rest)?.mentions.some((m) => !m.background) ?? false;
  return names ? rest : text;
}

/** `…뭐야? 중국도.`, `올거나이즈도?`: a name and `도` alone asks the same again, of it. */
function alsoNamed(engine: Engine, part: string): boolean {
  const word = part.trim().replace(/[?？!.~]+$/, '');
  return !/\s/.test(word) && nameAlso(engine, word);
}

/** A listed item need only name what it asks about (`협력 기업 수`, `Japan's tax break %`). */
function namesSomething(engine: Engine, part: string): boolean {
  const { terms } = understand(part, engine.lexicon, vocabularyOf(engine));
  return terms.some((t) => t.role === 'topic' && !t.background);
}

/** `금액으로`, `엔화로`, `in won`: only the unit the answer is to be in. */
function unitOnly({ terms, unit }: Understanding): boolean {
  return unit !== undefined && terms.every((t) => t.role === 'filler' || t.role === 'question');
}

/** `Korean name as written please`, `한글 이름으로`: a name asked for in a language, naming nothing else. */
function nameFormOnly(engine: Engine, { terms, types }: Understanding): boolean {
  const language = (t: Understanding['terms'][number]) =>
    engine.lexicon.demonyms.has(t.surface) || engine.lexicon.nameForms.test(t.head);
  return (
    types.size === 1 &&
    types.has('name') &&
    terms.every((t) => t.role === 'filler' || t.role === 'question' || language(t))
  );
}

/** `이렇게 세 개만 부탁`, `이 두 개 알려줘`: a request that names nothing of its own, after the questions. */
function closingRequest({ terms, types }: Understanding): boolean {
  // (a question word that asks, `그리고 그거 언제까지?`, asks of the part before: no closing request)
  const asking = [...types].some((t) => t !== 'list' && t !== 'summary');
  return (
    !asking && terms.every((t) => t.role === 'filler' || t.role === 'question' || /^[0-9]+$/.test(t.head))
  );
}

/**
 * `투자자 입장에서 보면 제일 궁금한게 숫자임. 보조금 최대치, 법인세 감면율, 빅테크 투자 총액 정리해줘`: nouns
 * listed in the last sentence, after sentences that ask nothing.
 */
function lastSentenceListed(engine: Engine, text: string): string[] | undefined {
  const sentences = text.split(/(?<=[.?!。？！])\s+/).filter((x) => x.trim());
  if (sentences.length < 2 || sentences.slice(0, -1).some((x) => partAsks(engine, x))) return undefined;
  const last = sentences.at(-1)!;
  const parts = nounsListed(engine, last) ?? splitParts(engine, last, MAX_PARTS, (p) => partAsks(engine, p));
  return parts.length > 1 ? parts : undefined;
}

/**
 * `법인세 감면율, 기한, 데이터센터 보조금 한도 한 번에`: three or more nouns between commas, with no verb, each
 * more than a name (`구글, MS, AWS 투자액` is one figure of three names), are items asked one by one; so are
 * two (`리벨리온 대표, 법인 위치`) when each names something of the article's (not `저희 팀 고민 중, …`).
 */
function nounsListed(engine: Engine, text: string): string[] | undefined {
  const items = text.split(/\s*,\s*/).filter((item) => item.trim());
  // (ended by a verb that asks to be told, each is asked with it: `…, 시작 시점 알려줘`)
  if (items.length < 2 || requests(engine, text.trim().split(/\s+/).at(-1)!)) return undefined;
  const vocabulary = vocabularyOf(engine);
  // (two: short Korean nouns, no question word among them, `원화로 보면 각각 얼마예요?` asks of the first)
  const short = (item: string) =>
    hasHangul(item) && item.trim().split(/\s+/).length <= 4 && !/[?？]/.test(item);
  const asking = (terms: readonly { head: string }[]) =>
    terms.some((t) => engine.lexicon.interrogatives.has(t.head));
  // (a noun that asks, `기한`, `규모`, is one of them too)
  const noun = (item: string) => {
    const { terms } = understand(item, engine.lexicon, vocabulary);
    const named = terms.filter((t) => t.role !== 'filler' && !vocabulary.isName(lettersOf(t.surface)));
    return (
      terms.every((t) => t.role !== 'predicate') &&
      named.length > 0 &&
      (items.length > 2 ||
        (short(item) && named.some((t) => knowsWord(engine, t.head, true)) && !asking(terms)))
    );
  };
  return items.every(noun) ? items : undefined;
}

/** `1) … 2) …`, `1. … 2. …`, `① … ②`, `a) … b) …`, `가) … 나) …`, `… / … / …`: the items, their marks left off. */
function listedItems(text: string): string[] | undefined {
  return (
    markedItems(text, /(?:^|\s)(?:\(?[1-9][).]|[①②③④⑤])\s*/g) ??
    markedItems(text, /(?:^|\s)\(?(?:[a-e]|[가나다라마])\)\s*/g) ??
    slashedItems(text)
  );
}

/**
 * `올거나이즈 관련해서요 1) 무슨 사업 하는 회사 2) 본사 어디`: the names said before the items are what each
 * item that names none asks of.
 */
function ofPrefaceNames(engine: Engine, body: string, items: string[]): string[] {
  const vocabulary = vocabularyOf(engine);
  const namesIn = (text: string) =>
    understand(text, engine.lexicon, vocabulary).terms.filter(
      (t) => !t.background && vocabulary.isName(t.head),
    );
  const start = body.indexOf(items[0]!);
  const preface = start > 0 ? body.slice(0, start) : '';
  const names = preface ? namesIn(preface).map((t) => t.surface) : [];
  if (names.length === 0) return items;
  return items.map((item) => (namesIn(item).length > 0 ? item : `${names.join(' ')} ${item}`));
}

function markedItems(text: string, marker: RegExp): string[] | undefined {
  const starts = [...text.matchAll(marker)];
  if (starts.length < 2) return undefined;
  return starts
    .map((m, i) => text.slice(m.index + m[0].length, starts[i + 1]?.index ?? text.length).trim())
    .filter((item) => item.length > 0);
}

function slashedItems(text: string): string[] | undefined {
  const items = text
    .split(/\s+[/|｜;]\s+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items.length >= 2 ? items : undefined;
}

function splitParts(engine: Engine, text: string, room: number, asks: (part: string) => boolean): string[] {
  if (room <= 1) return [text];
  const split = candidates(engine, text).find(
    ([a, b, joined]) => a.length >= 4 && b.length >= 2 && (joined || asks(a)) && asks(b),
  );
  if (!split) return [text];
  const first = splitParts(engine, split[0], room - 1, asks);
  return [...first, ...splitParts(engine, split[1], room - first.length, asks)];
}

/**
 * A place the message could be cut in two: the first question, the rest; `asked` when the first asks by
 * being joined to the second (`…매출 비중이랑 대표 누구야`), with no word that asks of its own.
 */
type Cut = [first: string, rest: string, asked?: boolean];

/** Every place the message could be cut in two, in reading order of preference. */
function candidates(engine: Engine, text: string): Cut[] {
  const out: Cut[] = [];
  const { questionJoinWords: joiners } = engine.lexicon;
  const dropJoiner = (rest: string) => {
    const words = rest.split(/\s+/);
    return (joiners.includes(words[0]!.toLowerCase().replace(/,$/, '')) ? words.slice(1) : words).join(' ');
  };
  // (a semicolon ends a question as a full stop does: `세제혜택 뭐고; 허브로 낙점한 데 예시는?`)
  const sentences = text.split(/(?<=[?？.!。;；])\s+/).filter((s) => s.trim());
  for (let i = 1; i < sentences.length; i++)
    out.push([
      sentences
        .slice(0, i)
        .join(' ')
        .replace(/[;；]$/, ''),
      dropJoiner(sentences.slice(i).join(' ')),
    ]);
  const words = text.split(/\s+/);
  const upTo = (i: number) => words.slice(0, i).join(' ').replace(/,$/, '');
  words.forEach((word, i) => {
    // (a first word may end on a comma: `고객사, 매출 비중 알려줘`)
    if ((i === 0 && !word.endsWith(',')) || i === words.length - 1) return;
    if (i > 0 && joinsClause(engine, word, words[i + 1]!))
      out.push([
        [upTo(i), nounJoined(engine, word)].join(' ').trim(),
        requestCarried(engine, word, words.slice(i + 1).join(' ')),
      ]);
    // `2023년 투자액이랑 그게 누구 투자인지`: a thing asked joined to a question that points back at it
    const joinedTo = engine.lexicon.nounJoinEndings.find(
      (e) => word.length > e.length + 1 && word.endsWith(e),
    );
    const rest = words.slice(i + 1).join(' ');
    if (i > 0 && joinedTo && engine.lexicon.referring.thing.test(words[i + 1]!) && partAsks(engine, rest))
      out.push([`${upTo(i)} ${word.slice(0, -joinedTo.length)}`, rest, true]);
    // `법인 도쿄야 대표 누구야`: a noun closed as a question by a copula, then a question of its own.
    const after = words.slice(i + 1);
    if (
      i > 0 &&
      nounClosedAsQuestion(engine, word) &&
      after.some((w) => asksByWord(engine, w)) &&
      asksOwn(engine, after.join(' '))
    )
      out.push([upTo(i + 1), after.join(' '), true]);
    // `Who is its CEO and where …`: a joining word before a question word.
    // (`대표 누구 + 본사 어디야?`, `…뭐야? also …`: one that is no word of a clause parts wherever it stands)
    const joiner = word.toLowerCase();
    if (
      joiners.includes(joiner) &&
      (ENGLISH_QUESTION_WORD.test(words[i + 1]!) || engine.lexicon.standaloneJoinWords.has(joiner))
    )
      out.push([upTo(i), words.slice(i + 1).join(' ')]);
    // `EU가 만든 법 이름 뭐야, 중국은 …`: a comma between two questions (not inside brackets).
    else if (
      word.endsWith(',') &&
      !insideBrackets(upTo(i + 1)) &&
      // (or, after a joining word, `, 그리고 그 규제 방식은?`, a question closed by its own question mark)
      (asksOwn(engine, words.slice(i + 1).join(' ')) ||
        (joiners.includes(words[i + 1]!.toLowerCase()) &&
          /[?？]$/.test(words.at(-1)!) &&
          partAsks(engine, words.slice(i + 2).join(' ')))) &&
      // (`What about OpenAI, how much did it invest?`: names only, then a question that points back at them)
      !(i < 5 && nounsOnly(engine, upTo(i + 1)) && refersBack(engine, words.slice(i + 1).join(' ')))
    )
      out.push([withVerb(engine, upTo(i + 1), words.at(-1)!), dropJoiner(words.slice(i + 1).join(' '))]);
  });
  return [...out, ...nounPairs(engine, words)];
}

/**
 * `도쿄야`, `몇 명이야`: a noun of the article's or the lexicon's, a name or a unit, closed as a question by a
 * copula; not a word of its own that ends so (`분야`), nor a verb (`보내야 하나`).
 */
function nounClosedAsQuestion(engine: Engine, word: string): boolean {
  const { lexicon, facts } = engine;
  const noun = (stem: string) =>
    (stem.length >= 2 && (facts.hasWord(stem) || lexicon.knows(stem))) ||
    vocabularyOf(engine).isName(stem) ||
    lexicon.unitWords.has(stem);
  return (
    closesAsCopulaQuestion(word) &&
    !facts.hasWord(word) &&
    !lexicon.knows(word) &&
    nounStems(lexicon.grammar, word).some(noun)
  );
}

/** A word that asks by itself (`누구야`, `어디`), read as a question alone. */
function asksByWord(engine: Engine, word: string): boolean {
  return understand(word, engine.lexicon, vocabularyOf(engine)).terms.some((t) =>
    engine.lexicon.interrogatives.has(t.head),
  );
}

/**
 * `이랜서 대표, 협력 기업 수, 프로젝트 시작 시점 알려줘`: nouns before a comma are asked with the verb the
 * message ends on (`알려줘`), when that verb asks to be told; not names side by side (`구글, MS, AWS 투자액`).
 */
function withVerb(engine: Engine, part: string, verb: string): string {
  const bare = part.split(/\s+/).at(-1)!;
  // (not a clause of background, `이 기사로 토론하려고 하는데요,`: what the asker does, no noun asked)
  if (engine.lexicon.backgroundMarkers.some((m) => bare.length > m.length && bare.endsWith(m))) return part;
  const last = `${bare},`;
  const listed = nounBeforeComma(engine, last) !== undefined;
  return listed && nounsOnly(engine, part) && requests(engine, verb) ? `${part} ${verb}` : part;
}

/**
 * `올거나이즈 고객사 하나만 말해주고 매출 일본 비중도`: what follows a request joined to it, naming things with
 * no verb of its own, is asked with that request (`…비중도 말해줘`).
 */
function requestCarried(engine: Engine, joined: string, rest: string): string {
  const bare = joined.replace(/,$/, '');
  const ending = [...engine.lexicon.requestJoined.keys()].find(
    (e) => bare.length > e.length && bare.endsWith(e),
  );
  if (!ending || !nounsOnly(engine, rest)) return rest;
  return `${rest} ${bare.slice(0, -ending.length)}${engine.lexicon.requestJoined.get(ending)}`;
}

/** The words point back at something named (`it`, `they`, `그 회사`, `거기`). */
function refersBack(engine: Engine, text: string): boolean {
  const { referring } = engine.lexicon;
  return referring.company.test(text) || referring.person.test(text) || referring.thing.test(text);
}

/** The words name things and ask nothing (`이랜서 대표, 일본 협력 기업 수`). */
function nounsOnly(engine: Engine, part: string): boolean {
  const { terms } = understand(part, engine.lexicon, vocabularyOf(engine));
  return (
    terms.length > 0 &&
    terms.every((t) => t.role === 'topic' || t.role === 'filler') &&
    terms.some((t) => t.role === 'topic')
  );
}

/**
 * `올거나이즈 고객사 두 곳 + 매출 비중`: nouns only, no verb and no question mark: a headline that asks
 * what it names, as a request to be told would.
 */
function headlineAsked(engine: Engine, text: string): boolean {
  if (/[?？]/.test(text)) return false;
  const { terms } = understand(text, engine.lexicon, vocabularyOf(engine));
  // (closed by the noun itself: `…알 수 있을까요`, `…알려줘` ask with a verb)
  return terms.at(-1)?.role === 'topic' && terms.every((t) => t.role === 'topic' || t.role === 'filler');
}

/** The verb asks to be told (`알려줘`, `정리해 주세요`), not whether something is so (`있나요`). */
function requests(engine: Engine, verb: string): boolean {
  const { lexicon } = engine;
  const bare = verb.replace(/[?？!.~]+$/, '');
  return lexicon.requestEndings.some((e) => bare.endsWith(e)) || lexicon.openQuestionWords.has(bare);
}

/** After a comma, a question of its own asks with a question word (`, 중국은 어떤 분야에서 …`), unlike a list. */
function asksOwn(engine: Engine, text: string): boolean {
  const { types, terms } = understand(text, engine.lexicon, vocabularyOf(engine));
  if ([...types].some((t) => t !== 'yesno' && t !== 'compare')) return true;
  // (`, 그리고 중국은 뭐가 강해?`: a word that asks openly, about what it names)
  const open = engine.lexicon.openQuestionWords;
  return (
    terms.some((t) => t.role === 'topic' && !t.background) &&
    terms.some((t) => !t.background && (open.has(t.head) || open.has(t.surface)))
  );
}

/**
 * `…옮겼고 대표 고객은 누구야`: a clause closed by a joining ending, then the next question; not a
 * quotation (`얼마라고`, `한다고`), nor a verb going on (`투자하고 있어`).
 */
function joinsClause(engine: Engine, word: string, next: string): boolean {
  const bare = word.replace(/,$/, '');
  const { quotativeEndings } = engine.lexicon;
  if (
    !isHangulWord(bare.slice(-1)) ||
    quotativeEndings.some((e) => bare.endsWith(e)) ||
    goesOn(engine, next) ||
    (doneWith(engine, next) && engine.lexicon.nounJoinEndings.some((e) => closedBy(bare, [e])))
  )
    return false;
  // (`그리고` is a joining word, not a clause)
  if (engine.lexicon.questionJoinWords.includes(bare)) return false;
  return engine.lexicon.questionJoinEndings.some((e) => bare.length > e.length && bare.endsWith(e));
}

/** The next word goes on with the verb a `-고` form began (`하고 있어`, `알고 싶어`): one clause. */
const goesOn = (engine: Engine, next: string) => engine.lexicon.goingOnVerbs.some((v) => next.startsWith(v));

/** `몇 곳이랑 협력해 …`: a verb done with someone after a noun joined by `랑`: whom with, one clause. */
const doneWith = (engine: Engine, next: string) => {
  const { grammar, doneWithVerbs } = engine.lexicon;
  const word = lettersOf(next);
  // (a verb, `협력해`, or the adverb alone, `함께`: not a noun made of it, `협력기업`)
  const verb = readVerb(grammar, word).length > 0 || !!readLightVerb(grammar, word);
  return doneWithVerbs.some((v) => word === v || (verb && word.startsWith(v)));
};

/** `뭐 하는 회사고`: a noun the joining ending was written onto (its copula dropped after a vowel) is the noun. */
function nounJoined(engine: Engine, word: string): string {
  const bare = word.replace(/,$/, '');
  const ending = engine.lexicon.questionJoinEndings.find(
    (e) => bare.length > e.length + 1 && bare.endsWith(e),
  );
  const stem = ending ? bare.slice(0, -ending.length) : '';
  const known =
    stem && (engine.lexicon.knows(stem) || engine.facts.hasWord(stem) || vocabularyOf(engine).isName(stem));
  return known ? stem : word.replace(/,$/, '');
}

/**
 * `빅테크 투자 금액이랑 한국 VC 투자 금액 비교해 주세요`: two things the article says, each in words of its
 * own (not a name alone: `한국이랑 일본 비교`, nor a year: `2021년이랑 2023년`), set side by side: each is
 * asked on its own, the answers one after the other.
 */
function comparedTopics(engine: Engine, text: string): string[] | undefined {
  const read = (part: string) => understand(part, engine.lexicon, vocabularyOf(engine));
  if (/[?？].*\S.*[?？]/.test(text)) return undefined;
  // (the message is read whole only once a noun joined to what follows is found: most have none)
  const words = text.trim().split(/\s+/);
  // (or two amounts, which is larger: `…투자액이랑 …보조금 중에 뭐가 더 커?`, after the word that picks one)
  let larger: boolean | undefined;
  const asksSize = () => (larger ??= sizeAsked(engine, text) !== undefined);
  const { choice } = engine.lexicon.sizeAsked;
  const picks = (word: string) => choice.has(word.replace(/[?？!.~,]+$/, '').toLowerCase());
  const compared =
    comparedAfterJoin(engine, words, false) ??
    (asksSize() ? askedAfterJoin(engine, words, picks) : undefined);
  if (!compared || compared.asking < compared.join + 2) return undefined;
  if (!read(text).types.has('compare') && !asksSize()) return undefined;
  const left = compared.named;
  const right = words.slice(compared.join + 1, compared.asking).join(' ');
  // (each side says what it is in two words at least, of which one is no name nor number)
  const own = (side: string) => {
    const { terms } = read(side);
    return (
      terms.length >= 2 &&
      terms.some(
        (t) => t.role === 'topic' && !/^[0-9]+$/.test(t.head) && !vocabularyOf(engine).isName(t.head),
      )
    );
  };
  return own(left) && own(right) ? [left, right] : undefined;
}

/**
 * `A이랑 B 비교해줘`, `A랑 비교하면?`: the first word that joins a noun to what follows (not the first word),
 * the words up to that noun, and the first word after it that compares; a word for a table only when
 * `tables` (`본문이랑 표에 똑같이 …?` sets the two apart; `…상황은 비교표에 어떻게 나와?` asks the table's rows).
 */
export function comparedAfterJoin(
  engine: Engine,
  words: readonly string[],
  tables: boolean,
): JoinedThenAsked | undefined {
  const compares = (word: string) => {
    const { types, terms } = understand(word, engine.lexicon, vocabularyOf(engine));
    const table = terms.some((t) => [...engine.lexicon.tableWords].some((w) => t.head.includes(w)));
    return types.has('compare') && (tables || !table);
  };
  return askedAfterJoin(engine, words, compares);
}

/** A noun joined to what follows (its index, the words up to it), and the first word after it that asks. */
interface JoinedThenAsked {
  readonly join: number;
  readonly named: string;
  readonly asking: number;
}

/** The first word that joins a noun to what follows (not the first word), then the first after it that `asks`. */
function askedAfterJoin(
  engine: Engine,
  words: readonly string[],
  asks: (word: string) => boolean,
): JoinedThenAsked | undefined {
  const join = words.findIndex((w, i) => i >= 1 && nounBeforeJoin(engine, w) !== undefined);
  if (join < 0) return undefined;
  const asking = words.findIndex((w, i) => i > join && asks(w));
  if (asking < 0) return undefined;
  return { join, named: [...words.slice(0, join), nounBeforeJoin(engine, words[join]!)!].join(' '), asking };
}

/**
 * `2023 VC 투자액이랑 2024 전망 알려줘`: two nouns of their own (each with what says which), asked with
 * one verb; each is asked with it. Not a pair compared (`한국이랑 일본 비교`) nor one name beside
 * another (`구글이랑 MS 투자액`).
 */
function nounPairs(engine: Engine, words: string[]): Cut[] {
  const out: Cut[] = [];
  const read = (text: string) => understand(text, engine.lexicon, vocabularyOf(engine));
  // (the last word asks, `알려줘`, `뭐야`: it is no noun of the second part; a comparison is one question)
  const { terms } = read(words.at(-1)!);
  // (a noun that asks, `규모는`, is said of both at once: `그 회사들이랑 계약 규모는?` is one question)
  const asksAlone = (t: (typeof terms)[number]) =>
    t.role !== 'topic' && (t.role !== 'question' || engine.lexicon.interrogatives.has(t.head));
  // (or the message ends on the noun of what the second asks, with no verb: `대표 이름이랑 법인 세운 도시`)
  const asked = /[?？]$/.test(words.at(-1)!);
  // (or on a noun of its own, asked: `대표 이름이랑 일본 매출 비중?`, when the first asks by its kind word)
  const nounAsked =
    asked && !terms.every(asksAlone) && terms.every((t) => t.role === 'topic' || t.role === 'question');
  // (or a message of nouns only, a headline asking what it names: `올거나이즈 고객사 두 곳이랑 일본 매출 비중`)
  const headline = !asked && headlineAsked(engine, words.join(' '));
  const kindLast =
    terms.length > 0 && ((terms.every((t) => t.role === 'question') && !asked) || nounAsked || headline);
  const verb = kindLast ? '' : words.at(-1)!;
  if (
    terms.length === 0 ||
    (!kindLast && !terms.every(asksAlone)) ||
    read(words.join(' ')).types.has('compare')
  )
    return out;
  // (a noun closed by the form after a vowel, `최대치랑`, when the message asks to be told or ends on a
  // noun; not `오사카랑 도쿄 중에`, a choice between them)
  const loose = kindLast || requests(engine, verb);
  const kindWord = (list: Understanding['terms']) => list.some((t) => t.role === 'question');
  const vocabulary = vocabularyOf(engine);
  const lastWord = lettersOf(words.at(-1)!);
  const lastNamed =
    vocabulary.isName(lastWord) ||
    nounStems(engine.lexicon.grammar, lastWord).some((w) => vocabulary.isName(w));
  words.forEach((word, i) => {
    // (a first word joined to the next may be the first of what is asked, no name: `고객사랑 매출비중 알려줘`)
    const nameFirst =
      i === 0 && nounStems(engine.lexicon.grammar, lettersOf(word)).some((w) => vocabulary.isName(w));
    if (nameFirst || i > words.length - 3) return;
    const choice = engine.lexicon.membershipWords.test(words.slice(i + 1).join(' '));
    // (`성장하고 있는`: a verb going on, not a noun joined to the next)
    const stem =
      (goesOn(engine, words[i + 1]!) || choice ? undefined : nounBeforeJoin(engine, word, loose)) ??
      (requests(engine, verb) && nounsOnly(engine, words.slice(0, i + 1).join(' '))
        ? nounBeforeComma(engine, word)
        : undefined);
    // (two words for companies, `기업이랑 기관 몇 곳`, are one kind counted at once)
    const next = lettersOf(words[i + 1]!);
    // (whom with, before a verb done with someone: `몇 곳이랑 협력해 프로젝트를 준비 중인가요?`)
    if (doneWith(engine, next)) return;
    const companies = (w: string) => engine.lexicon.companyNouns.has(w);
    if (
      stem &&
      companies(stem) &&
      (companies(next) || nounStems(engine.lexicon.grammar, next).some(companies))
    )
      return;
    // (the second is nouns only, up to the verb: `… 상황은 비교표에 어떻게 나와` asks of both at once;
    // or the first asks, and the second with a question word of its own: `CEO 이름이랑 office 어디 열었는지`)
    // (nor a noun a verb alone after it takes as its partner: `몇 개 기업이랑 협력한다고 했죠?`)
    const between = words.slice(i + 1, kindLast ? undefined : -1);
    const { grammar } = engine.lexicon;
    const alone = between.length === 1 ? lettersOf(between[0]!) : undefined;
    const verbAlone =
      alone !== undefined && (readVerb(grammar, alone).length > 0 || !!readLightVerb(grammar, alone));
    if (verbAlone) return;
    const rest = stem ? read(between.join(' ')).terms : [];
    const nounsOnlyAfter = rest.every(
      (t) => t.role === 'topic' || t.role === 'question' || t.role === 'filler',
    );
    const bothAsk =
      !!stem &&
      read(stem).terms.some((t) => t.role === 'question') &&
      rest.some((t) => t.role === 'question' && (kindLast || engine.lexicon.interrogatives.has(t.head)));
    if (!stem || !(nounsOnlyAfter || bothAsk)) return;
    // (not of a group pointed back at: `그 회사들이랑 계약 규모는?` asks one thing of them)
    const pointed = refersBack(engine, words.slice(0, i + 1).join(' '));
    // (or each side says what of what, no name alone before the join: `감면율 최대치랑 보조금 최대치는?`)
    const attributes = words.length - i >= 3 && !vocabulary.isName(lettersOf(stem)) && !lastNamed;
    // (nor what one has to do with the other: `… 해외행이랑 무슨 상관인데?`)
    const relation = rest.some((t) => engine.lexicon.interrogativeDeterminers.has(t.head));
    if (nounAsked && (pointed || relation || (!kindWord(read(stem).terms) && !kindWord(rest) && !attributes)))
      return;
    // (the question mark closing the message closes the first too: `감면율 최대치?`)
    const first = nounAsked ? `${stem}?` : stem;
    // (a noun of what is asked, no name, joined to a question with a word that asks, `…매출 비중이랑 대표
    // 누구야`, is asked of its own as a search is: what the article says of it)
    const joinAsked =
      kindLast &&
      !nounAsked &&
      rest.some((t) => engine.lexicon.interrogatives.has(t.head)) &&
      !vocabulary.isName(lettersOf(stem)) &&
      !vocabulary.resemblesName(lettersOf(stem));
    out.push([[...words.slice(0, i), first, verb].join(' ').trim(), words.slice(i + 1).join(' '), joinAsked]);
  });
  return out;
}

/**
 * `이랜서 대표, 일본 협력 기업 수, 프로젝트 시작 시점 알려줘`: a noun a comma closes, when neither it nor the
 * next word is a name (`구글, MS, AWS 투자액` asks one figure of three names).
 */
function nounBeforeComma(engine: Engine, word: string): string | undefined {
  if (!word.endsWith(',')) return undefined;
  const stem = word.slice(0, -1);
  const vocabulary = vocabularyOf(engine);
  if (!stem || vocabulary.isName(lettersOf(stem)) || vocabulary.resemblesName(lettersOf(stem)))
    return undefined;
  return stem;
}

/** The noun a joining ending closes (`투자액이랑` → 투자액); `와`, `과`, `랑` only after a word the article uses, unless `loose`. */
function nounBeforeJoin(engine: Engine, word: string, loose = false): string | undefined {
  // (an English noun with the Korean ending typed on, `CEO name이랑 일본 법인 location`)
  const latin = /^([A-Za-z][A-Za-z-]+)(\p{Script=Hangul}+)$/u.exec(word);
  if (latin && engine.lexicon.nounJoinEndings.includes(latin[2]!)) return latin[1];
  // (an amount with its unit typed on, `186억달러랑`: the amount is the noun)
  const amount = /^[0-9][0-9.,]*(\p{Script=Hangul}+)$/u.exec(word)?.[1];
  const unitEnding = engine.lexicon.nounJoinEndings.find(
    (e) => amount?.endsWith(e) && engine.lexicon.grammar.amountUnit.test(amount.slice(0, -e.length)),
  );
  if (unitEnding) return word.slice(0, -unitEnding.length);
  if (!isHangulWord(word)) return undefined;
  const { paired } = engine.lexicon.particles;
  for (const ending of engine.lexicon.nounJoinEndings) {
    if (word.length <= ending.length || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    // (a particle's form after a consonant does not follow a vowel: `나이랑` is 나이 + 랑, not 나 + 이랑)
    if (paired.some((pair) => pair.split('/')[0] === ending) && !hasBatchim(stem)) continue;
    // (`개발자 수랑`: a count, one syllable)
    const counted = engine.lexicon.countNouns.has(stem.split(/\s+/).at(-1)!);
    // (or, `loose`, in a message that asks to be told or ends on a noun, the form after a vowel on a noun
    // that ends in one: `최대치랑`)
    const vowelForm =
      loose &&
      paired.some((pair) => pair.split('/')[1] === ending) &&
      !hasBatchim(stem) &&
      !isVerbalForm(stem, engine.lexicon) &&
      !vocabularyOf(engine).isName(stem);
    if (ending.length > 1 || counted || (stem.length >= 2 && (vowelForm || knowsWord(engine, stem, true))))
      return stem;
  }
  return undefined;
}
