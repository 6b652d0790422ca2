/**
 * Words quoted in the question (`'아시아 AI 인프라 허브' 이 표현 기사에 그대로 나와?`, `who said "extremely
 * eager"?`): the article's own passage that holds them, as it is. A reporter checks a wording against the
 * text, not against what the facts make of it. Words the article does not hold are left to the rest of
 * the pipeline, which may find them put another way.
 */

import type { Term } from '../../language/understand.ts';
import { compactKey } from '../../search/normalize.ts';
import type { Reading } from '../ask.ts';
import { COMMON_SHARE } from '../gate.ts';
import type { Resolution } from '../resolution.ts';
import type { Answer } from '../types.ts';
import { readsAs } from '../words.ts';

/**
 * A span in quotation marks, of at least two characters (`'…'`, `"…"`, `“…”`, `‘…’`, `「…」`), opened after a
 * space and closed before one, a particle or punctuation: not the apostrophes of `what's Korea's`.
 */
export const QUOTED = /(?<=^|[\s(:])['"“‘「『]([^'"”’」』]{2,80})['"”’」』](?=$|[\s,.?!)~]|[가-힣])/gu;

/**
 * `이 글 마지막 문장 뭐야?`, `what's the first paragraph?`: the article's first or last paragraph, as it
 * is, when the question names no one and asks for a sentence or paragraph of it.
 */
export function placeAnswer(reading: Reading): Answer | undefined {
  const { engine, terms, mentions } = reading;
  const { sentenceWords, firstLast } = engine.lexicon;
  const keysOf = (t: (typeof terms)[number]) => [
    t.head,
    t.surface,
    ...t.forms,
    // (`끝에`: a word of place with its particle)
    ...engine.lexicon.particles.place
      .filter((p) => t.surface.endsWith(p))
      .map((p) => t.surface.slice(0, -p.length)),
  ];
  const keys = terms.flatMap(keysOf);
  // (a phrase said over its words, `맨 끝에` as 맨 + 끝에)
  const says = (phrases: readonly (readonly string[])[]) =>
    phrases.some((p) =>
      terms.some((_, i) => p.every((w, j) => !!terms[i + j] && keysOf(terms[i + j]!).includes(w))),
    );
  // (`글 뭐로 끝나?`, `how does the article start?`: the article named with a verb for how it ends or begins)
  const ofArticle = reading.understanding.articleFields.has('article');
  // (and nothing else asked: `기사에 일본 진출 시작했다고 나와?` asks of the start of something else)
  const otherwise = terms.some(
    (t) =>
      (t.role === 'topic' || t.role === 'predicate') &&
      !readsAs(t, firstLast.closes) &&
      !readsAs(t, firstLast.opens) &&
      !keysOf(t).some((k) => sentenceWords.has(k)),
  );
  const verb = (words: ReadonlySet<string>) =>
    ofArticle && !otherwise && terms.some((t) => readsAs(t, words));
  const [closes, opens] = [verb(firstLast.closes), verb(firstLast.opens)];
  const end = closes || says(firstLast.last) ? 'last' : opens || says(firstLast.first) ? 'first' : undefined;
  const asksText = closes || opens || keys.some((k) => sentenceWords.has(k));
  if (!end || mentions.length > 0 || !asksText) return undefined;
  const article = engine.kb.articles[0];
  const paragraphs = (article?.passages ?? []).filter((p) => p.kind === 'paragraph');
  const chosen = end === 'last' ? paragraphs.at(-1) : paragraphs[0];
  const passage = article && chosen ? engine.kb.passage(article.id, chosen.id) : undefined;
  return passage ? { kind: 'passage', question: reading.text, passage } : undefined;
}

/**
 * Who said the words quoted, asked of words the article holds (`'인공지능 사업을 하려면 일본으로 가자' 이거 누가
 * 한 말이야?`) when no person's fact answers it: the passage that holds them, which says whose they are (a
 * person, or a crowd: `스타트업 업계에서는`, `스타트업 사이에서는`).
 */
export function quotedWhoSaid(reading: Reading): Answer | undefined {
  if (!reading.understanding.types.has('person') || asksPersonNamed(reading.engine, reading.terms))
    return undefined;
  return passageQuoted(reading) ?? passageQuotedLoosely(reading);
}

/** Who said it is asked as a person named (`정확히 누가`, `말한 사람`), or who said it first. */
function asksPersonNamed(engine: Reading['engine'], terms: readonly Term[]): boolean {
  const { personNamed } = engine.lexicon;
  return terms.some((t) => [t.head, t.surface, ...t.forms].some((w) => personNamed.has(w)));
}

/** The spans of the text in quotation marks, spacing and case aside, of `least` letters at least. */
function quotedSpans(text: string, least: number): string[] {
  return [...text.matchAll(QUOTED)].map((m) => compactKey(m[1]!)).filter((s) => s.length >= least);
}

/** How much of words quoted from memory the article's sentence must hold, in order. */
const LOOSELY_HELD = 0.75;
/** Letters a quotation from memory has at least: fewer could be held by chance. */
const LOOSE_QUOTE = 6;

/**
 * `'AI 하려면 일본가자' 이거 누가 한말임?`: words quoted from memory, a word left out or shortened. The
 * passage whose sentence holds most of their letters in order (three in four at least), if one does.
 */
function passageQuotedLoosely(reading: Reading): Answer | undefined {
  return sentenceHolding(reading, quotedSpans(reading.text, LOOSE_QUOTE), commonInOrder);
}

/**
 * The passage whose sentence holds most of one of the spans' letters (three in four at least), by `held`: how
 * many letters of the span the sentence holds; with that sentence, which the answer leads with.
 */
function sentenceHolding(
  reading: Reading,
  spans: readonly string[],
  held: (span: string, key: string) => number,
): Answer | undefined {
  const { engine } = reading;
  let best: { share: number; articleId: string; id: string; sentence: string } | undefined;
  for (const article of engine.kb.articles)
    for (const passage of article.passages)
      for (const sentence of passage.text.split(/(?<=[.!?])\s+/)) {
        const key = compactKey(sentence);
        for (const span of spans) {
          const share = held(span, key) / span.length;
          if (share >= LOOSELY_HELD && share > (best?.share ?? 0))
            best = { share, articleId: article.id, id: passage.id, sentence };
        }
      }
  const passage = best && engine.kb.passage(best.articleId, best.id);
  return passage ? { kind: 'passage', question: reading.text, passage, sentence: best!.sentence } : undefined;
}

/** How much wider than words said from memory the stretch of a sentence holding them may be. */
const SAID_SPREAD = 1.7;
/** Letters words said from memory have at least, without quotation marks: fewer could be held by chance. */
const SAID_LEAST = 8;

/**
 * `인공지능 하려면 일본 가라는 말 진짜 있음?`, `… 가라는 말 있다던데 그거 어디서 도는 말임?`: words said from
 * memory, closed by an ending that quotes them (`-라는`, `-자는`) before a word for a saying (`말`, `얘기`), with
 * no quotation marks. When the article's sentence holds three in four of their letters in order, close
 * together, its passage answers, which says whose words they are and where they go round.
 */
export function saidLoosely(reading: Reading): Answer | undefined {
  const { engine } = reading;
  const { endings, nouns } = engine.lexicon.sayingQuoted;
  const words = reading.text.split(/\s+/);
  const spans = words.flatMap((word, k) => {
    const ending = endings.find((e) => word.length > e.length && word.endsWith(e));
    const next = words[k + 1] ?? '';
    if (!ending || !nouns.some((n) => next.startsWith(n) && next.length <= n.length + 2)) return [];
    const said = [...words.slice(0, k), word.slice(0, -ending.length)];
    // (from the longest run of words before the ending that holds enough letters to be a saying)
    return said.map((_, j) => compactKey(said.slice(j).join(' '))).filter((s) => s.length >= SAID_LEAST);
  });
  return spans.length > 0 ? sentenceHolding(reading, spans, heldClose) : undefined;
}

/** The most letters of `span` one stretch of `key`, not much wider than it, holds in order. */
function heldClose(span: string, key: string): number {
  const width = Math.ceil(span.length * SAID_SPREAD);
  if (key.length <= width) return commonInOrder(span, key);
  let most = 0;
  for (let at = 0; at + width <= key.length; at++)
    most = Math.max(most, commonInOrder(span, key.slice(at, at + width)));
  return most;
}

/** How many letters of `a` the text `b` holds in the same order (the longest common subsequence). */
function commonInOrder(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j++)
      next[j] = ch === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[b.length]!;
}

/**
 * `블랙홀 어쩌구 하는 지적은 누가 한거?`: who said a saying the article puts to a crowd (`스타트업 업계에서는 …
 * 지적이 나오고 있다`), asked by the words that tell it from the rest, none of a person named or of who said it
 * first: the reaction that holds them all, whose passage says whose it is.
 */
export function crowdWhoSaid(res: Resolution): Answer | undefined {
  const { ask } = res;
  const { lexicon, facts, kb } = ask.engine;
  const personWords = lexicon.kindNouns.get('person');
  const saying = ask.terms.some((t) => lexicon.sayingWords.has(t.head));
  const named =
    asksPersonNamed(ask.engine, ask.terms) ||
    ask.terms.some((t) => [t.head, t.surface, ...t.forms].some((w) => !!personWords?.has(w.toLowerCase())));
  if (!ask.types.has('person') || !saying || named) return undefined;
  const telling = res.content.filter((t) => facts.share(t.head) < COMMON_SHARE);
  if (telling.length === 0) return undefined;
  const reaction = res.found.scored.find(
    (s) => s.fact.kind === 'reaction' && telling.every((t) => s.words.has(t.head)),
  );
  const passage = reaction && kb.passage(reaction.fact.articleId, reaction.fact.source);
  return passage
    ? { kind: 'passage', question: ask.text, passage, sentence: reaction.fact.text.ko }
    : undefined;
}

export function quoteAnswer(reading: Reading): Answer | undefined {
  // (who said it is asked of whom the article names first: `'블랙홀처럼 빨아들인다'는 말 정확히 누가 한 거예요?`)
  if (reading.understanding.types.has('person')) return undefined;
  return passageQuoted(reading);
}

/** How many letters of words typed before `이 말` make them words quoted without quotation marks. */
const UNMARKED_QUOTE = 8;

function passageQuoted(reading: Reading): Answer | undefined {
  const { engine } = reading;
  // (or typed without quotation marks before a word that points at them: `인공지능 사업 하려면 일본으로 가자
  // 이 말 누가 하는 말임?`, held by the article as they are)
  const unmarked = engine.lexicon.quotePointers
    .map((p) => reading.text.toLowerCase().indexOf(` ${p}`))
    .filter((at) => at > 0)
    .map((at) => reading.text.slice(0, at).split(/\s+/).map(compactKey).filter(Boolean))
    .filter((words) => words.join('').length >= UNMARKED_QUOTE);
  const spans = quotedSpans(reading.text, 3);
  if (spans.length === 0 && unmarked.length === 0) return undefined;
  // (a part of the article named by its heading and summed up, `'한국 AI 산업의 위기' 부분 요약해줘`: the part)
  // (in either language: `the 'crisis' section`)
  const headings = engine.kb.articles
    .flatMap((a) => a.sections)
    .flatMap((s) => [compactKey(s.title.ko), compactKey(s.title.en)]);
  if (
    reading.understanding.types.has('summary') &&
    spans.some((span) => headings.some((h) => h.includes(span) || span.includes(h)))
  )
    return undefined;
  for (const article of engine.kb.articles)
    for (const { id } of article.passages) {
      const passage = engine.kb.passage(article.id, id);
      if (!passage) continue;
      const text = compactKey(`${passage.text} ${passage.en}`);
      if (spans.some((span) => text.includes(span)) || unmarked.some((words) => heldInOrder(text, words)))
        return { kind: 'passage', question: reading.text, passage };
    }
  return undefined;
}

/** How many letters may stand between two words typed of a quotation (a particle left out: `사업 하려면`). */
const LEFT_OUT = 2;

/** The words, in order, in the text, with no more than a particle between them. */
function heldInOrder(text: string, words: readonly string[]): boolean {
  let at = text.indexOf(words[0]!);
  if (at < 0) return false;
  at += words[0]!.length;
  for (const word of words.slice(1)) {
    const next = text.indexOf(word, at);
    if (next < 0 || next - at > LEFT_OUT) return false;
    at = next + word.length;
  }
  return true;
}
