import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
} from 'discord.js';
import type { Answer, CitedFact, Engine } from '../engine/engine.ts';
import { countKnowledge } from '../knowledge/loader.ts';
import type { Entity, FactKind } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { describeFigure } from './format.ts';
import { DISCORD_LIMITS, fitReply, truncate } from './limits.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload } from './payload.ts';

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

type Text = Record<ReplyLanguage, string>;

const KIND_LABEL: Record<FactKind, Text> = {
  profile: { ko: '개요', en: 'Profile' },
  'japan-move': { ko: '일본 진출', en: 'Moves into Japan' },
  policy: { ko: '정책', en: 'Policy' },
  statistic: { ko: '통계', en: 'Statistics' },
  quote: { ko: '발언', en: 'What they said' },
  comparison: { ko: '한국과 일본 비교', en: 'Korea vs Japan' },
  reason: { ko: '이유', en: 'Reasons' },
  trend: { ko: '흐름', en: 'Trend' },
  reaction: { ko: '반응', en: 'Reactions' },
  opinion: { ko: '글쓴이의 의견', en: "The author's view" },
};

const LABEL = {
  figures: { ko: '수치', en: 'Figures' },
  sources: { ko: '기사 속 출처', en: 'Where the article says so' },
  people: { ko: '인물', en: 'People' },
  company: { ko: '소속', en: 'Company' },
  policyTitle: { ko: 'AI 정책', en: 'AI policy' },
  answer: { ko: '답변', en: 'Answer' },
  paragraph: { ko: '문단', en: 'paragraph' },
  translated: { ko: '', en: ' (translated from Korean)' },
  knowledge: { ko: '지식 베이스', en: 'Knowledge base' },
  howToAsk: { ko: '물어보는 법', en: 'How to ask' },
  notFoundTitle: { ko: '기사에서 찾지 못했어요', en: 'Not covered by the article' },
  partialTitle: { ko: '기사에 없는 내용이에요', en: 'The article does not say' },
  fromPassage: { ko: '기사 본문에 이렇게 나와요:', en: 'The article says, in so many words:' },
  premise: {
    ko: '기사에 질문 그대로의 내용은 없어요. 기사에 나오는 내용은 이래요:',
    en: 'The article does not say it quite like that. Here is what it does say:',
  },
  partialSays: { ko: '대신 기사가 말하는 것', en: 'What the article does say' },
  articleTitle: { ko: '이 기사', en: 'This article' },
  date: { ko: '게시일', en: 'Published' },
  author: { ko: '글쓴이', en: 'Author' },
  title: { ko: '제목', en: 'Title' },
  category: { ko: '분류', en: 'Category' },
  didYouMean: { ko: '혹시 이것을 찾으셨나요?', en: 'Did you mean:' },
} satisfies Record<string, Text>;

export interface RenderContext {
  readonly kb: KnowledgeBase;
  readonly language: ReplyLanguage;
}

function footer(ctx: RenderContext, articleId?: string): { text: string } {
  const article = (articleId ? ctx.kb.article(articleId) : undefined) ?? ctx.kb.articles[0];
  if (!article) return { text: 'knowledge base' };
  return { text: `${article.title[ctx.language]} · ${article.author} · ${article.date}` };
}

function entityName(entity: Entity, language: ReplyLanguage): string {
  const [first, second] =
    language === 'ko' ? [entity.name.ko, entity.name.en] : [entity.name.en, entity.name.ko];
  return first === second ? first : `${first} (${second})`;
}

/** Bullets joined up to `max` characters, whole bullets only (the limits helper is the backstop). */
function bullets(lines: readonly string[], max: number = DISCORD_LIMITS.fieldValue): string {
  let out = '';
  for (const line of lines) {
    const next = out ? `${out}\n• ${line}` : `• ${line}`;
    if (next.length > max) return out || truncate(next, max);
    out = next;
  }
  return out;
}

function factLine(cited: CitedFact, ctx: RenderContext): string {
  const { fact } = cited;
  const speaker = fact.speaker ? ctx.kb.entities.get(fact.speaker) : undefined;
  const text = fact.text[ctx.language];
  return fact.kind === 'quote' && speaker && !text.includes(speaker.name[ctx.language])
    ? `${text} — ${speaker.name[ctx.language]}`
    : text;
}

/** `> passage…` then `-# 문단 p4 · section`: where the answer stands in the article. */
function quotePassage(cited: Pick<CitedFact, 'passage'>, ctx: RenderContext, max = 400): string {
  const { passage } = cited;
  if (!passage) return '';
  const text = ctx.language === 'ko' ? passage.text : passage.en;
  const section = passage.section ? ` · ${passage.section[ctx.language]}` : '';
  const quoted = truncate(text, max).replace(/\n+/g, ' ');
  return `> ${quoted}\n-# ${LABEL.paragraph[ctx.language]} ${passage.id}${section}${LABEL.translated[ctx.language]}`;
}

function sourcesField(facts: readonly CitedFact[], ctx: RenderContext): APIEmbedField | undefined {
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
  return quotes.length ? { name: LABEL.sources[ctx.language], value: quotes.join('\n') } : undefined;
}

function figuresField(facts: readonly CitedFact[], ctx: RenderContext): APIEmbedField | undefined {
  const lines: string[] = [];
  for (const { fact } of facts) {
    for (const figure of fact.figures) {
      if (figure.unit === 'count') continue;
      const line = describeFigure(figure, ctx.language);
      if (!lines.includes(line)) lines.push(line);
    }
  }
  return lines.length ? { name: LABEL.figures[ctx.language], value: bullets(lines) } : undefined;
}

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

function renderEntity(answer: Extract<Answer, { kind: 'entity' }>, ctx: RenderContext): APIEmbed {
  const { entity, facts, related } = answer;
  const { language } = ctx;
  const fields: APIEmbedField[] = [];
  const order = entity.type === 'region' ? REGION_KIND_ORDER : ENTITY_KIND_ORDER;
  for (const kind of order) {
    const ofKind = facts.filter((f) => f.fact.kind === kind);
    if (ofKind.length === 0) continue;
    fields.push({ name: KIND_LABEL[kind][language], value: bullets(ofKind.map((f) => factLine(f, ctx))) });
  }
  const people = related.filter((r) => r.type === 'person');
  const companies = related.filter((r) => r.type !== 'person');
  if (people.length)
    fields.unshift({
      name: LABEL.people[language],
      value: people
        .map((p) => `${p.name[language]} — ${p.role?.[language] ?? p.summary[language]}`)
        .join('\n'),
      inline: true,
    });
  if (companies.length)
    fields.unshift({
      name: LABEL.company[language],
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
      ? `${entityName(entity, language)} — ${LABEL.policyTitle[language]}`
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

function renderComparison(answer: Extract<Answer, { kind: 'comparison' }>, ctx: RenderContext): APIEmbed {
  const { comparison } = answer;
  const { language, kb } = ctx;
  const columns = comparison.entities.map((id) => kb.entities.get(id)?.name[language] ?? id);
  const aspectHeader = language === 'ko' ? '구분' : 'Aspect';
  // Three inline fields per row lay the article's table out as a table.
  const fields: APIEmbedField[] = [];
  comparison.rows.forEach((row, i) => {
    fields.push({
      name: i === 0 ? aspectHeader : '\u200b',
      value: `**${row.aspect[language]}**`,
      inline: true,
    });
    comparison.entities.forEach((id, c) => {
      const value = row.values.find((v) => v.entity === id)?.text[language] ?? '—';
      fields.push({ name: i === 0 ? (columns[c] ?? id) : '\u200b', value, inline: true });
    });
  });
  const sourceIds = comparison.rows.map((r) => r.source);
  const source = `${LABEL.paragraph[language]} ${sourceIds[0]}–${sourceIds.at(-1)}`;
  return {
    title: comparison.title[language],
    description: `-# ${source}`,
    color: COLORS.comparison,
    fields,
    footer: footer(ctx, comparison.articleId),
  };
}

function renderFacts(answer: Extract<Answer, { kind: 'facts' }>, ctx: RenderContext): APIEmbed {
  // Facts read from the same passage share one quote, placed after the last of them.
  const parts: string[] = [];
  answer.facts.forEach((cited, i) => {
    const figures = cited.fact.figures
      .filter((f) => f.unit !== 'count')
      .map((f) => describeFigure(f, ctx.language));
    const figureLine = figures.length ? `\n${figures.map((f) => `\`${f}\``).join(' ')}` : '';
    const next = answer.facts[i + 1];
    const quote = next && next.passage?.id === cited.passage?.id ? '' : `\n${quotePassage(cited, ctx)}`;
    parts.push(`**${factLine(cited, ctx)}**${figureLine}${quote}`);
  });
  // A claim the article does not confirm as asked: say that what follows is what it does say.
  if (answer.premise) parts.unshift(LABEL.premise[ctx.language]);
  // A which- or who-question: the names it asks for come first.
  if (answer.lead.length)
    parts.unshift(`→ ${answer.lead.map((e) => `**${entityName(e, ctx.language)}**`).join(', ')}`);
  return {
    title: truncate(
      `${LABEL.answer[ctx.language]}: ${answer.question.replace(/\s+/g, ' ').trim()}`,
      DISCORD_LIMITS.embedTitle,
    ),
    description: parts.join('\n\n'),
    color: COLORS.facts,
    footer: footer(ctx, answer.facts[0]?.fact.articleId),
  };
}

/** A passage of the article that covers the question, quoted whole with where it stands. */
function renderPassage(answer: Extract<Answer, { kind: 'passage' }>, ctx: RenderContext): APIEmbed {
  return {
    title: truncate(
      `${LABEL.answer[ctx.language]}: ${answer.question.replace(/\s+/g, ' ').trim()}`,
      DISCORD_LIMITS.embedTitle,
    ),
    description: `${LABEL.fromPassage[ctx.language]}\n${quotePassage({ passage: answer.passage }, ctx, 1500)}`,
    color: COLORS.facts,
    footer: footer(ctx, answer.passage.articleId),
  };
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

/** The article's own date, author, title or category, with the passage it stands in (the title line). */
function renderArticle(answer: Extract<Answer, { kind: 'article' }>, ctx: RenderContext): APIEmbed {
  const { article, field } = answer;
  const { language } = ctx;
  const value =
    field === 'date'
      ? `${longDate(article.date, language)} (${article.date})`
      : field === 'author'
        ? article.author
        : field === 'title'
          ? article.title[language]
          : article.category[language];
  return {
    title: LABEL.articleTitle[language],
    description: `${LABEL[field][language]}: **${value}**`,
    color: COLORS.about,
    fields: [
      { name: LABEL.title[language], value: article.title[language], inline: false },
      { name: LABEL.author[language], value: article.author, inline: true },
      { name: LABEL.date[language], value: article.date, inline: true },
    ],
    footer: footer(ctx, article.id),
  };
}

/** What the question asks is not in the article: say so, then what it does say about the subject. */
function renderPartial(answer: Extract<Answer, { kind: 'partial' }>, ctx: RenderContext): ReplyPayload {
  const { language } = ctx;
  const name = answer.entity.name[language];
  const missing = answer.missing.filter((m) => !QUESTION_TYPE_WORDS[m]).join(', ');
  const asked = answer.missing.map((m) => QUESTION_TYPE_WORDS[m]?.[language]).find(Boolean);
  const what = missing || asked;
  const owners = (answer.saidOf ?? []).map((e) => e.name[language]).join(', ');
  const description =
    language === 'ko'
      ? `기사는 ${name}에 대해 ${what ? `“${what}”` : '그 내용'}을(를) 말하지 않아요.${owners ? ` 그건 ${owners}에 대한 내용이에요.` : ''}`
      : `The article does not say ${what ? `“${what}”` : 'that'} about ${name}.${owners ? ` It says that of ${owners}.` : ''}`;
  const lines = answer.facts.map((f) => factLine(f, ctx));
  return {
    embeds: [
      {
        title: LABEL.partialTitle[language],
        description,
        color: COLORS.notFound,
        fields: lines.length
          ? [
              {
                name: owners ? LABEL.partialSays[language] : `${LABEL.partialSays[language]}: ${name}`,
                value: bullets(lines),
              },
            ]
          : [],
        footer: footer(ctx),
      },
    ],
    components: [suggestionRow([answer.entity], language)],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  };
}

/** How a kind of answer the article lacks is named in the reply (`amount` → 액수). */
const QUESTION_TYPE_WORDS: Record<string, Text | undefined> = {
  person: { ko: '누구인지', en: 'who' },
  time: { ko: '시기', en: 'when' },
  amount: { ko: '수치', en: 'a figure' },
  place: { ko: '장소', en: 'where' },
  which: { ko: '어느 회사인지', en: 'which company' },
  profile: { ko: '무슨 일을 하는 곳인지', en: 'what it does' },
};

function renderAbout(ctx: RenderContext): APIEmbed {
  const { kb, language } = ctx;
  const counts = countKnowledge(kb);
  const articles = kb.articles
    .map((a) => `**${a.title[language]}**\n${a.author} · ${a.date} · ${a.category[language]}`)
    .join('\n');
  const ko = language === 'ko';
  return {
    title: ko ? '이 봇이 아는 것' : 'What this bot knows',
    description: ko
      ? `이 봇은 아래 기사의 내용만으로 답해요. 기사에 없는 내용은 없다고 말하고, 지어내지 않아요.\n\n${articles}`
      : `This bot answers only from the article below. When the article does not cover a question, it says so; it never makes things up.\n\n${articles}`,
    color: COLORS.about,
    fields: [
      {
        name: LABEL.knowledge[language],
        value: ko
          ? `기사 ${counts.articles} · 항목 ${counts.entities} · 사실 ${counts.facts} · 문단 ${counts.passages}`
          : `${counts.articles} article(s) · ${counts.entities} entities · ${counts.facts} facts · ${counts.passages} passages`,
      },
      {
        name: LABEL.howToAsk[language],
        value: ko
          ? '`/company 리벨리온` 회사\n`/policy 일본` 나라별 AI 정책\n`/compare` 한국과 일본 비교\n`/ask 일본 법인세 감면은 언제까지야?`\n봇을 멘션하고 질문해도 돼요.'
          : '`/company rebellions` a company\n`/policy japan` AI policy by country\n`/compare` Korea vs Japan\n`/ask Until when does Japan cut corporate tax?`\nOr mention the bot with a question.',
      },
    ],
    footer: { text: `${kb.loadedAt.toISOString().slice(0, 19).replace('T', ' ')} UTC` },
  };
}

function quoted(query: string): string {
  const clean = query.replace(/\s+/g, ' ').trim();
  return `“${truncate(clean, 100)}”`;
}

function renderNotFound(answer: Extract<Answer, { kind: 'not-found' }>, ctx: RenderContext): ReplyPayload {
  const { language } = ctx;
  const ko = language === 'ko';
  let description: string;
  const q = quoted(answer.query);
  switch (answer.asked) {
    case 'company':
      description = ko ? `${q}: 이 기사에 나오는 회사가 아니에요.` : `${q} is not a company in this article.`;
      break;
    case 'policy':
      description = ko
        ? `${q}: 이 기사는 일본, 한국, 미국, EU, 중국의 AI 정책만 다뤄요.`
        : `${q}: this article covers the AI policies of Japan, Korea, the US, the EU and China only.`;
      break;
    case 'compare':
      description = ko ? '비교표가 지식 베이스에 없어요.' : 'The knowledge base has no comparison table.';
      break;
    default:
      description = answer.query.trim()
        ? ko
          ? `${q}에 대한 내용은 이 기사에 없어요. 기사에 나오는 회사, 인물, 정책, 수치에 대해 물어봐 주세요.`
          : `The article does not cover ${q}. Ask about the companies, people, policies or figures it reports.`
        : ko
          ? '질문을 적어 주세요. 예: `일본 법인세 감면은 언제까지야?`'
          : 'Please write a question, e.g. `Until when does Japan cut corporate tax?`';
  }
  if (answer.unknown?.length) {
    const names = answer.unknown.map((n) => `“${truncate(n, 50)}”`).join(', ');
    description += ko ? `\n${names}: 기사에 나오지 않아요.` : `\nNot in the article: ${names}.`;
  }
  const suggestions = answer.suggestions.slice(0, 3);
  if (suggestions.length)
    description += `\n\n${LABEL.didYouMean[language]} ${suggestions.map((s) => `**${s.name[language]}**`).join(', ')}`;
  const components = suggestions.length ? [suggestionRow(suggestions, language)] : [];
  return {
    embeds: [
      { title: LABEL.notFoundTitle[language], description, color: COLORS.notFound, footer: footer(ctx) },
    ],
    components,
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  };
}

/** One button per entity: pressed, it answers with the entity's card. */
function suggestionRow(
  entities: readonly Entity[],
  language: ReplyLanguage,
): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: 1,
    components: entities.map((e) => ({
      type: 2 as const,
      style: 2 as const,
      label: truncate(entityName(e, language), DISCORD_LIMITS.buttonLabel),
      custom_id: suggestionCustomId(e.id),
    })),
  };
}

/** Buttons under a miss answer with the entity they name. */
export const SUGGESTION_PREFIX = 'suggest:';
export const suggestionCustomId = (entityId: string): string => `${SUGGESTION_PREFIX}${entityId}`;

/** The Discord message for an answer; always within Discord's limits and pinging nobody. */
export function renderAnswer(engine: Engine, answer: Answer, language: ReplyLanguage): ReplyPayload {
  const ctx: RenderContext = { kb: engine.kb, language };
  let payload: ReplyPayload;
  switch (answer.kind) {
    case 'entity':
      payload = { embeds: [renderEntity(answer, ctx)], components: [], allowedMentions: { parse: [] } };
      break;
    case 'comparison':
      payload = { embeds: [renderComparison(answer, ctx)], components: [], allowedMentions: { parse: [] } };
      break;
    case 'facts':
      payload = { embeds: [renderFacts(answer, ctx)], components: [], allowedMentions: { parse: [] } };
      break;
    case 'about':
      payload = { embeds: [renderAbout(ctx)], components: [], allowedMentions: { parse: [] } };
      break;
    case 'article':
      payload = { embeds: [renderArticle(answer, ctx)], components: [], allowedMentions: { parse: [] } };
      break;
    case 'passage':
      payload = { embeds: [renderPassage(answer, ctx)], components: [], allowedMentions: { parse: [] } };
      break;
    case 'partial':
      payload = renderPartial(answer, ctx);
      break;
    case 'not-found':
      payload = renderNotFound(answer, ctx);
      break;
  }
  return fitReply(payload);
}

/** A short notice (errors, refusals, rate limits): one embed, ephemeral unless told otherwise. */
export function renderNotice(
  title: string,
  description: string,
  options: { color?: number; ephemeral?: boolean } = {},
): ReplyPayload {
  const payload: ReplyPayload = {
    embeds: [{ title, description, color: options.color ?? COLORS.error }],
    components: [],
    allowedMentions: { parse: [] },
  };
  if (options.ephemeral !== false) payload.flags = EPHEMERAL;
  return fitReply(payload);
}
