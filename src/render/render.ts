import type { APIEmbed } from 'discord.js';
import type { Answer, Engine } from '../engine/engine.ts';
import { catalogue } from '../i18n/catalogue.ts';
import type { Entity } from '../knowledge/schema.ts';
import { leadLine, renderCompare, renderFacts, renderList, renderSummary } from './answers.ts';
import {
  passageLead,
  renderAbout,
  renderArticle,
  renderComparison,
  renderEntity,
  renderPassage,
} from './cards.ts';
import { formatFigure } from './format.ts';
import { fitReply } from './limits.ts';
import { COLORS, type RenderContext } from './parts.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload } from './payload.ts';
import { renderClarify, renderNotFound, renderPartial, suggestionRow } from './refusals.ts';

export { COLORS } from './parts.ts';
export { CLARIFY_PREFIX, clarifyCustomId, SUGGESTION_PREFIX, suggestionCustomId } from './refusals.ts';

export interface RenderOptions {
  /** The question each part was asked as (a follow-up made whole): shown under the answer. */
  readonly asked?: readonly string[];
}

/** One answer as the embeds that say it, and the entities a miss suggests instead. */
function embedsOf(
  answer: Answer,
  ctx: RenderContext,
  asked: readonly string[] = [],
): { embeds: APIEmbed[]; suggestions: readonly Entity[] } {
  switch (answer.kind) {
    case 'entity':
      return { embeds: [renderEntity(answer, ctx)], suggestions: [] };
    case 'comparison':
      return { embeds: [renderComparison(answer, ctx)], suggestions: [] };
    case 'facts':
      return { embeds: [renderFacts(answer, ctx)], suggestions: [] };
    case 'about':
      return { embeds: [renderAbout(ctx)], suggestions: [] };
    case 'article':
      return { embeds: [renderArticle(answer, ctx)], suggestions: [] };
    case 'passage':
      return { embeds: [renderPassage(answer, ctx)], suggestions: [] };
    case 'partial': {
      const { embed, suggestions } = renderPartial(answer, ctx);
      return { embeds: [embed], suggestions };
    }
    case 'not-found': {
      const { embed, suggestions } = renderNotFound(answer, ctx);
      return { embeds: [embed], suggestions };
    }
    case 'multi':
      return { embeds: renderMulti(answer, ctx, asked), suggestions: [] };
    case 'summary':
      return { embeds: [renderSummary(answer, ctx)], suggestions: [] };
    case 'list':
      return { embeds: [renderList(answer, ctx)], suggestions: [] };
    case 'compare':
      return { embeds: [renderCompare(answer, ctx)], suggestions: [] };
    case 'clarify':
      return { embeds: [renderClarify(answer, ctx).embed], suggestions: [] };
  }
}

/**
 * Several questions in one message: one embed per part, in order, each headed by the part it answers;
 * a part the article does not cover says so in its place. The last part carries the footer.
 */
function renderMulti(
  answer: Extract<Answer, { kind: 'multi' }>,
  ctx: RenderContext,
  asked: readonly string[],
): APIEmbed[] {
  const last = answer.parts.length - 1;
  return answer.parts.map((part, i) => {
    const [embed] = embedsOf(part.answer, { ...ctx, asked: asked[i] }).embeds;
    const own = embed ?? { title: catalogue(ctx.language).answer.partNotCovered, color: COLORS.notFound };
    // (the footer, what a reply leans on and where the article is, once, under the last part)
    const { footer, ...rest } = own;
    return {
      ...(i === last && footer ? { ...rest, footer } : rest),
      author: { name: `${i + 1}. ${partHeading(part.question)}` },
    };
  });
}

/**
 * Several questions answered: each part's answer in a word, in order, above the parts (`**1.** 최대 450억 엔
 * · **2.** 구글, MS, AWS · **3.** 약 70%`), when at least two parts have one; a summary of one thing by its
 * first line.
 */
function atAGlance(answer: Extract<Answer, { kind: 'multi' }>, ctx: RenderContext): string | undefined {
  const leads = answer.parts.map((part, i) => {
    const { answer: a } = part;
    const said =
      a.kind === 'facts'
        ? // (a statement in a sentence, `글쓴이는 …라고 본다`, or yes or no with it, when short)
          leadLine(a, ctx)
        : a.kind === 'entity'
          ? // (a profile by what it is, `리벨리온: 국내 대표 AI 반도체 스타트업으로 …`, when the article's summary is short)
            entityGlance(a.entity, ctx)
          : a.kind === 'list'
            ? a.items
                .slice(0, GLANCE_ITEMS)
                .map((item) => item.label[ctx.language])
                .join(', ')
            : // (a summary of one thing, `올거나이즈 본사 정리해줘`, by its first line, the one that says most of it)
              a.kind === 'summary' && a.scope === 'entity'
              ? a.lines[0]?.text[ctx.language]
              : // (the article's own sentence, `이랜서는 이미 일본 법인을 설립했고, …`, when short)
                a.kind === 'passage'
                ? passageLead(a, ctx.language)
                : undefined;
    return said && said.length <= GLANCE_LENGTH ? `**${i + 1}.** ${said}` : undefined;
  });
  return leads.filter(Boolean).length >= 2 ? leads.filter(Boolean).join(' · ') : undefined;
}

/**
 * Which of two amounts is the larger (or smaller) asked, first: `더 큰 쪽: **빅테크 일본 투자액** — 186억
 * 달러 (약 27조 2700억 원) > 최대 450억 엔 (약 4428억 원)`, each in won beside it where they were set
 * against each other so.
 */
function sizeLine(answer: Extract<Answer, { kind: 'multi' }>, ctx: RenderContext): string | undefined {
  const { size } = answer;
  if (!size) return undefined;
  // (in won beside each, where the two were set against each other so: their currencies differ)
  const inWon = size.amounts[0]!.figure.unit !== size.amounts[1]!.figure.unit;
  const shown = ({ figure, won }: (typeof size.amounts)[number]) =>
    inWon && won && won !== figure
      ? `${formatFigure(figure, ctx.language)} (${formatFigure(won, ctx.language)})`
      : formatFigure(figure, ctx.language);
  const other = 1 - size.part;
  const name = partHeading(answer.parts[size.part]!.question);
  const [mine, theirs] = [size.amounts[size.part]!, size.amounts[other]!].map(shown);
  const { answer: words } = catalogue(ctx.language);
  // (and by how many times: one decimal under ten, else a whole number)
  const times =
    size.ratio < 10 ? size.ratio.toFixed(1).replace(/\.0$/, '') : Math.round(size.ratio).toString();
  const line = `${words.sizeLine(size.asked, name, mine!, theirs!)} (${words.ratio(times)})`;
  // (`A가 B보다 커?`: yes when the first is the one asked)
  return size.claimed ? `${size.part === 0 ? words.yes : words.no} — ${line}` : line;
}

/** A profile at a glance: its name and the article's summary of it, when short; else its name. */
function entityGlance(entity: Entity, ctx: RenderContext): string {
  const name = entity.name[ctx.language];
  const summary = entity.summary[ctx.language];
  const said = summary ? `${name}: ${summary}` : name;
  return said.length <= GLANCE_LENGTH ? said : name;
}

/** How much of a part's answer the line above the parts gives. */
const GLANCE_LENGTH = 120;
const GLANCE_ITEMS = 4;

/** A part's heading: its question, without what was said before it, short (the footer has it whole). */
const HEADING_LENGTH = 80;
function partHeading(question: string): string {
  const sentences = question
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.?!？。])\s+/);
  const asked = sentences.at(-1) ?? question;
  if (asked.length <= HEADING_LENGTH) return asked;
  const cut = asked.slice(0, HEADING_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), HEADING_LENGTH / 2))}…`;
}

/** The Discord message for an answer; always within Discord's limits and pinging nobody. */
export function renderAnswer(
  engine: Engine,
  answer: Answer,
  language: ReplyLanguage,
  options: RenderOptions = {},
): ReplyPayload {
  const ctx: RenderContext = { kb: engine.kb, language, asked: options.asked?.at(-1) };
  const { embeds, suggestions } = embedsOf(answer, ctx, options.asked);
  const missed = answer.kind === 'not-found' || answer.kind === 'partial' || answer.kind === 'clarify';
  const components =
    answer.kind === 'clarify'
      ? [renderClarify(answer, ctx).row]
      : suggestions.length
        ? [suggestionRow(suggestions.slice(0, 3), language)]
        : [];
  const payload: ReplyPayload = { embeds, components, allowedMentions: { parse: [] } };
  const glance = answer.kind === 'multi' ? [sizeLine(answer, ctx), atAGlance(answer, ctx)] : [];
  if (glance.some(Boolean)) payload.content = glance.filter(Boolean).join('\n');
  if (missed) payload.flags = EPHEMERAL;
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
