/** Pieces every kind of answer is made of: colours, the footer, names, fact lines, quotes. */
import type { APIEmbedField } from 'discord.js';
import type { CitedFact } from '../engine/engine.ts';
import { catalogue } from '../i18n/catalogue.ts';
import type { Entity } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { describeFigure } from './format.ts';
import { DISCORD_LIMITS, truncate } from './limits.ts';
import type { ReplyLanguage } from './payload.ts';

/** One colour per kind of reply, so a glance tells an answer from a miss. */
export const COLORS = {
  company: 0x5865f2,
  region: 0x57f287,
  person: 0x3498db,
  organization: 0x9b59b6,
  comparison: 0xfee75c,
  facts: 0xeb459e,
  about: 0x95a5a6,
  notFound: 0xed4245,
  reload: 0x1abc9c,
  error: 0xed4245,
} as const;

export interface RenderContext {
  readonly kb: KnowledgeBase;
  readonly language: ReplyLanguage;
  /** The question as the bot understood it: shown under the answer, and what a reply continues from. */
  readonly asked?: string | undefined;
}

/**
 * The article an answer comes from, and under it the question as understood (`↪ …`), which a reply to
 * the answer continues from.
 */
export function footer(ctx: RenderContext, articleId?: string): { text: string } {
  const article = (articleId ? ctx.kb.article(articleId) : undefined) ?? ctx.kb.articles[0];
  const source = article
    ? `${article.title[ctx.language]} · ${article.author} · ${article.date}`
    : 'knowledge base';
  const asked = ctx.asked?.replace(/\s+/g, ' ').trim();
  return {
    text: asked ? `${catalogue(ctx.language).answer.asked(truncate(asked, 300))}\n${source}` : source,
  };
}

export function entityName(entity: Entity, language: ReplyLanguage, kb?: KnowledgeBase): string {
  const [first, second] =
    language === 'ko' ? [entity.name.ko, entity.name.en] : [entity.name.en, entity.name.ko];
  const short = kb ? shortNameOf(kb, entity) : undefined;
  const others = [short, second === first ? undefined : second].filter(Boolean);
  return others.length > 0 ? `${first} (${others.join(', ')})` : first;
}

/** An abbreviation is only the one the article writes after the name: `아마존웹서비스(AWS)`. */
const ABBREVIATION = /^[A-Z&]{2,6}$/;

/**
 * The short name the article gives a name in brackets (`마이크로소프트(MS)`, `유럽연합(EU)`), which readers
 * look for: one of its aliases, written so in a passage.
 */
export function shortNameOf(kb: KnowledgeBase, entity: Entity): string | undefined {
  const name = compact(entity.name.ko);
  return entity.aliases.find(
    (alias) => ABBREVIATION.test(alias) && passagesText(kb).includes(`${name}(${alias})`),
  );
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Every passage of the knowledge base, spaces taken out, once per knowledge base (a reload makes another). */
const passagesTexts = new WeakMap<KnowledgeBase, string>();
function passagesText(kb: KnowledgeBase): string {
  let text = passagesTexts.get(kb);
  if (text === undefined) {
    text = kb.articles.flatMap((a) => a.passages.map((p) => compact(p.text))).join('\n');
    passagesTexts.set(kb, text);
  }
  return text;
}

/** Bullets joined up to `max` characters, whole bullets only (the limits helper is the backstop). */
export function bullets(lines: readonly string[], max: number = DISCORD_LIMITS.fieldValue): string {
  let out = '';
  for (const line of lines) {
    const next = out ? `${out}\n• ${line}` : `• ${line}`;
    if (next.length > max) return out || truncate(next, max);
    out = next;
  }
  return out;
}

/** A fact as a line: its text, and who said it when it is a quote that does not name them. */
export function factLine(cited: CitedFact, ctx: RenderContext): string {
  const { fact } = cited;
  const speaker = fact.speaker ? ctx.kb.entities.get(fact.speaker) : undefined;
  const text = fact.text[ctx.language];
  return fact.kind === 'quote' && speaker && !text.includes(speaker.name[ctx.language])
    ? `${text} — ${speaker.name[ctx.language]}`
    : text;
}

/** Where a passage stands in the article: `문단 p4 · section`. */
export function citation(passage: NonNullable<CitedFact['passage']>, ctx: RenderContext): string {
  return catalogue(ctx.language).answer.paragraph(
    passage.id,
    passage.section?.[ctx.language],
    ctx.language === 'en',
  );
}

/**
 * `> passage…` then `-# 문단 p4 · section`: where the answer stands in the article. A translated quote
 * is followed by the article's own sentence, the one the fact was drawn from, for a reader who checks
 * it against the Korean text.
 */
export function quotePassage(
  cited: Pick<CitedFact, 'passage'> & { readonly fact?: CitedFact['fact'] },
  ctx: RenderContext,
  max = 400,
): string {
  const { passage } = cited;
  if (!passage) return '';
  const text = ctx.language === 'ko' ? passage.text : passage.en;
  const quoted = truncate(text, max).replace(/\n+/g, ' ');
  const quote = `> ${quoted}\n-# ${citation(passage, ctx)}`;
  if (ctx.language === 'ko') return quote;
  const sentence = originalSentence(passage.text, cited.fact?.text.ko ?? '');
  return `${quote}\n-# ${catalogue(ctx.language).answer.original(truncate(sentence, ORIGINAL_MAX))}`;
}

/** How much of the article's own sentence a translated quote is followed by. */
const ORIGINAL_MAX = 160;

/** The sentence of a Korean passage that says most of what the fact says (by the syllable pairs they share). */
export function originalSentence(passage: string, fact: string): string {
  const sentences = passage
    .replace(/\s+/g, ' ')
    .split(/(?<=[.?!])\s+/)
    .filter((s) => s.trim());
  const pairs = (text: string) => {
    const compact = text.replace(/\s+/g, '');
    return new Set(
      Array.from({ length: Math.max(0, compact.length - 1) }, (_, i) => compact.slice(i, i + 2)),
    );
  };
  const wanted = pairs(fact);
  let best = sentences[0] ?? passage;
  let bestShared = -1;
  for (const sentence of sentences) {
    const shared = [...pairs(sentence)].filter((p) => wanted.has(p)).length;
    if (shared > bestShared) [best, bestShared] = [sentence, shared];
  }
  return best.trim();
}

export function sourcesField(facts: readonly CitedFact[], ctx: RenderContext): APIEmbedField | undefined {
  const seen = new Set<string>();
  const quotes: string[] = [];
  for (const cited of facts) {
    if (!cited.passage || seen.has(cited.passage.id)) continue;
    seen.add(cited.passage.id);
    const quote = quotePassage(cited, ctx, 220);
    if ([...quotes, quote].join('\n').length > DISCORD_LIMITS.fieldValue) break;
    quotes.push(quote);
    if (quotes.length === 3) break;
  }
  return quotes.length ? { name: catalogue(ctx.language).card.sources, value: quotes.join('\n') } : undefined;
}

export function figuresField(facts: readonly CitedFact[], ctx: RenderContext): APIEmbedField | undefined {
  const lines: string[] = [];
  for (const { fact } of facts) {
    for (const figure of fact.figures) {
      if (figure.unit === 'count') continue;
      const line = describeFigure(figure, ctx.language);
      if (!lines.includes(line)) lines.push(line);
    }
  }
  return lines.length ? { name: catalogue(ctx.language).card.figures, value: bullets(lines) } : undefined;
}
