/** Answers that are cards: an entity's, the article's comparison table, the article itself, `/about`. */

import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer } from '../engine/engine.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { countKnowledge } from '../knowledge/loader.ts';
import type { FactKind } from '../knowledge/schema.ts';
import { compactKey } from '../search/normalize.ts';
import { DISCORD_LIMITS } from './limits.ts';
import {
  bullets,
  COLORS,
  entityName,
  factLine,
  figuresField,
  footer,
  quotePassage,
  type RenderContext,
  sourcesField,
} from './parts.ts';
import type { ReplyLanguage } from './payload.ts';

const ENTITY_KIND_ORDER: FactKind[] = [
  'profile',
  'japan-move',
  'policy',
  'statistic',
  'quote',
  'comparison',
  'reason',
  'trend',
  'reaction',
  'opinion',
];

/** A region's card is about its policy first. */
const REGION_KIND_ORDER: FactKind[] = [
  'policy',
  'comparison',
  'statistic',
  'profile',
  'reason',
  'trend',
  'japan-move',
  'quote',
  'reaction',
  'opinion',
];

export function renderEntity(answer: Extract<Answer, { kind: 'entity' }>, ctx: RenderContext): APIEmbed {
  const { entity, facts, related } = answer;
  const { language } = ctx;
  const text = catalogue(language).card;
  const fields: APIEmbedField[] = [];
  const order = entity.type === 'region' ? REGION_KIND_ORDER : ENTITY_KIND_ORDER;
  for (const kind of order) {
    const ofKind = facts.filter((f) => f.fact.kind === kind);
    if (ofKind.length === 0) continue;
    fields.push({ name: text.kinds[kind], value: bullets(ofKind.map((f) => factLine(f, ctx))) });
  }
  const people = related.filter((r) => r.type === 'person');
  const companies = related.filter((r) => r.type !== 'person');
  if (people.length)
    fields.unshift({
      name: text.people,
      value: people
        .map((p) => `${p.name[language]} — ${p.role?.[language] ?? p.summary[language]}`)
        .join('\n'),
      inline: true,
    });
  if (companies.length)
    fields.unshift({
      name: text.company,
      value: companies.map((c) => entityName(c, language)).join('\n'),
      inline: true,
    });
  const figures = figuresField(facts, ctx);
  if (figures) fields.push(figures);
  const sources = sourcesField(facts, ctx);
  if (sources) fields.push(sources);
  const color =
    entity.type === 'company'
      ? COLORS.company
      : entity.type === 'region'
        ? COLORS.region
        : entity.type === 'person'
          ? COLORS.person
          : COLORS.organization;
  const title =
    entity.type === 'region'
      ? `${entityName(entity, language)} — ${text.policy}`
      : entityName(entity, language);
  const description = entity.role
    ? `${entity.role[language]}\n${entity.summary[language]}`
    : entity.summary[language];
  return {
    title,
    description,
    color,
    fields: fields.slice(0, DISCORD_LIMITS.embedFields),
    footer: footer(ctx),
  };
}

export function renderComparison(
  answer: Extract<Answer, { kind: 'comparison' }>,
  ctx: RenderContext,
): APIEmbed {
  const { comparison } = answer;
  const { language, kb } = ctx;
  const text = catalogue(language);
  const columns = comparison.entities.map((id) => kb.entities.get(id)?.name[language] ?? id);
  // Three inline fields per row lay the article's table out as a table.
  const fields: APIEmbedField[] = [];
  comparison.rows.forEach((row, i) => {
    fields.push({
      name: i === 0 ? text.card.aspect : '\u200b',
      value: `**${row.aspect[language]}**`,
      inline: true,
    });
    comparison.entities.forEach((id, c) => {
      const value = row.values.find((v) => v.entity === id)?.text[language] ?? '—';
      fields.push({ name: i === 0 ? (columns[c] ?? id) : '\u200b', value, inline: true });
    });
  });
  const sourceIds = comparison.rows.map((r) => r.source);
  const source = text.answer.paragraph(`${sourceIds[0]}–${sourceIds.at(-1)}`, undefined, false);
  return {
    title: comparison.title[language],
    description: `-# ${source}`,
    color: COLORS.comparison,
    fields,
    footer: footer(ctx, comparison.articleId),
  };
}

/** A passage of the article that covers the question, quoted whole with where it stands. */
export function renderPassage(answer: Extract<Answer, { kind: 'passage' }>, ctx: RenderContext): APIEmbed {
  return {
    title: passageLead(answer, ctx.language).slice(0, DISCORD_LIMITS.embedTitle),
    description: `${catalogue(ctx.language).answer.fromPassage}\n${quotePassage({ passage: answer.passage }, ctx, 1500)}`,
    color: COLORS.facts,
    footer: footer(ctx, answer.passage.articleId),
  };
}

/** The sentence a passage answer leads with: the one words were quoted from, else the closest to what was asked. */
export function passageLead(answer: Extract<Answer, { kind: 'passage' }>, language: ReplyLanguage): string {
  const text = language === 'ko' ? answer.passage.text : answer.passage.en;
  return (language === 'ko' && answer.sentence) || closestSentence(text, answer.question);
}

/**
 * The sentence of a passage that says most of what was asked, its words spacing and case aside (the one
 * with the words quoted, `…'아시아 AI 인프라 허브'로 일본을 선택한 것이죠`), first of equals: it leads.
 */
function closestSentence(text: string, question: string): string {
  const sentences = text.split(/(?<=[.?!。])\s+/).filter((s) => s.trim());
  const words = question
    .split(/\s+/)
    .map((w) => compactKey(w))
    // (a Korean word without its last syllable, where a particle or ending would be)
    .map((w) => (/[가-힣]$/.test(w) && w.length > 2 ? w.slice(0, -1) : w))
    .filter((w) => w.length >= 2);
  const said = (sentence: string) => {
    const key = compactKey(sentence);
    return words.filter((w) => key.includes(w)).length;
  };
  let best = sentences[0] ?? text;
  for (const sentence of sentences) if (said(sentence) > said(best)) best = sentence;
  return best;
}

/** `2025-04-04` as people write it: `2025년 4월 4일`, `April 4, 2025`. */
function longDate(date: string, language: 'ko' | 'en'): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language === 'ko' ? 'ko-KR' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

/** The article's own date, author, title or category: the value first, then the article's card. */
export function renderArticle(answer: Extract<Answer, { kind: 'article' }>, ctx: RenderContext): APIEmbed {
  const { article, field } = answer;
  const { language } = ctx;
  const text = catalogue(language).card;
  const value =
    field === 'date'
      ? `${longDate(article.date, language)} (${article.dateline ?? article.date})`
      : field === 'author'
        ? article.author
        : field === 'title'
          ? article.title[language]
          : article.category[language];
  // (a claim about it: yes or no first, `아니요 — 작성일: 2025년 4월 4일`)
  const verdict = answer.verdict ? `${catalogue(language).answer[answer.verdict]} — ` : '';
  return {
    title: `${verdict}${text.fields[field]}: ${value}`.slice(0, DISCORD_LIMITS.embedTitle),
    description: `**${text.articleTitle}**`,
    color: COLORS.about,
    fields: [
      { name: text.fields.title, value: article.title[language], inline: false },
      { name: text.fields.author, value: article.author, inline: true },
      { name: text.fields.date, value: article.dateline ?? article.date, inline: true },
    ],
    footer: footer(ctx, article.id),
  };
}

export function renderAbout(ctx: RenderContext): APIEmbed {
  const { kb, language } = ctx;
  const text = catalogue(language).card;
  const articles = kb.articles
    .map((a) => `**${a.title[language]}**\n${a.author} · ${a.date} · ${a.category[language]}`)
    .join('\n');
  return {
    title: text.aboutTitle,
    description: text.aboutIntro(articles),
    color: COLORS.about,
    fields: [
      { name: text.knowledge, value: text.counts(countKnowledge(kb)) },
      { name: text.howToAsk, value: text.howToAskExamples },
    ],
    footer: { text: `${kb.loadedAt.toISOString().slice(0, 19).replace('T', ' ')} UTC` },
  };
}
