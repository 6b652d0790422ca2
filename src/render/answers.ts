/**
 * Found answers, answer first: the first line says what was asked (the person, the figure, the place,
 * the companies, yes or no in the article's words); at most three facts follow, each with its quote.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer, Lead } from '../engine/engine.ts';
import type { Computed } from '../engine/types.ts';
import { catalogue } from '../i18n/catalogue.ts';
import type { SourcedFact } from '../knowledge/types.ts';
import { describeFigure, formatFigure, leadFigure } from './format.ts';
import { DISCORD_LIMITS, truncate } from './limits.ts';
import {
  COLORS,
  citation,
  entityName,
  factLine,
  footer,
  originalSentence,
  quotePassage,
  type RenderContext,
  shortNameOf,
} from './parts.ts';
import type { ReplyLanguage } from './payload.ts';

type FactsAnswer = Extract<Answer, { kind: 'facts' }>;

export function renderFacts(answer: FactsAnswer, ctx: RenderContext): APIEmbed {
  const lead = leadLine(answer, ctx);
  const first = answer.facts[0];
  // The first fact's own sentence is the lead when the question asks for no name, figure or place.
  // (also after yes or no: `네 — …` says the sentence already)
  const sentenceIsLead = !!first && lead.endsWith(factLine(first, ctx));
  // Facts read from the same passage share one quote, placed after the last of them.
  const parts = answer.facts.map((cited, i) => {
    const figures = cited.fact.figures
      .filter((f) => f.unit !== 'count')
      .map((f) => describeFigure(f, ctx.language));
    const figureLine = figures.length ? `${figures.map((f) => `\`${f}\``).join(' ')}\n` : '';
    const next = answer.facts[i + 1];
    const quote = next && next.passage?.id === cited.passage?.id ? '' : quotePassage(cited, ctx);
    // (in English, the answering fact as the article writes it too, to quote its words: `세제 혜택, 규제 완화`)
    const written = i === 0 ? asWritten(cited.fact, ctx.language) : undefined;
    const original = written ? `${written}\n` : '';
    const sentence = i === 0 && sentenceIsLead ? '' : `**${factLine(cited, ctx)}**\n`;
    return `${sentence}${original}${figureLine}${quote}`.trim();
  });
  return {
    // (a line, as a sentence: `Until 2032`, not `until 2032`)
    title: truncate(lead.charAt(0).toUpperCase() + lead.slice(1), DISCORD_LIMITS.embedTitle),
    description: parts.filter(Boolean).join('\n\n'),
    color: COLORS.facts,
    footer: footer(ctx, first?.fact.articleId),
  };
}

/** The answer's first line: yes or no, then what was asked for. */
export function leadLine(answer: FactsAnswer, ctx: RenderContext): string {
  const text = catalogue(ctx.language).answer;
  const first = answer.facts[0];
  const statement = first ? factLine(first, ctx) : '';
  const said = formatLead(answer.lead, ctx) ?? statement;
  switch (answer.verdict?.kind) {
    case undefined:
      return said;
    case 'yes':
      return `${text.yes} — ${said}`;
    case 'says':
      return text.says(said);
    case 'no': {
      const correction = answer.verdict.correction ? formatLead(answer.verdict.correction, ctx) : undefined;
      return `${text.no} — ${correction ? text.accordingTo(correction) : statement}`;
    }
  }
}

/** A sum, a change, or the largest or smallest of a series, then the figures it was worked out from. */
function computedLine(computed: Computed, shown: readonly string[], language: ReplyLanguage): string {
  const said = catalogue(language).answer.computed(
    computed.op,
    formatFigure(computed.value, language),
    computed.percent,
    computed.value.year,
  );
  // (the largest or smallest of a series, then the series it was picked from)
  if (computed.op === 'max' || computed.op === 'min') return `${said} — ${shown.join(' · ')}`;
  return `${said}: ${shown.join(computed.op === 'sum' ? ' + ' : ' → ')}`;
}

/** A lead as words; nothing for a statement (the first fact says it). */
export function formatLead(lead: Lead, ctx: RenderContext): string | undefined {
  const { language } = ctx;
  switch (lead.kind) {
    case 'entities':
      return lead.entities
        .map((e) =>
          e.type === 'person' && e.role
            ? catalogue(language).answer.personWithRole(e.name[language], e.role[language], e.name.ko)
            : entityName(e, language, ctx.kb),
        )
        .join(', ');
    case 'figures': {
      // (a series of years, `2021년 9895억 원 · 2022년 …`, in the order of its years)
      const years = new Set(lead.figures.map((f) => f.year));
      const series = lead.figures.length > 1 && years.size === lead.figures.length && !years.has(undefined);
      if (!series) return lead.figures.map((f) => leadFigure(f, language)).join(' · ');
      const shown = [...lead.figures]
        .sort((a, b) => a.year! - b.year!)
        .map((f) => catalogue(language).answer.figureOfYear(f.year!, leadFigure(f, language)));
      // (worked out, first: `7577억 원 감소 (76.6%): 2021년 9895억 원 → 2023년 2318억 원`)
      return lead.computed ? computedLine(lead.computed, shown, language) : shown.join(' · ');
    }
    // (in English with the article's Korean beside, as a reader checks the text: `Tokyo (도쿄)`)
    case 'places':
      return lead.places
        .map((p) => (language === 'en' && p.en !== p.ko ? `${p.en} (${p.ko})` : p[language]))
        .join(', ');
    case 'phrase':
      return lead.text[language];
    case 'wording':
      return catalogue(language).answer.tableSays(lead.rows.map((r) => r[language]).join(' / '));
    case 'statement':
      return undefined;
  }
}

/** How much of each line's own Korean sentence an English summary is followed by. */
const SUMMARY_ORIGINAL_MAX = 120;

/** A summary: its lines in order, each with the passage it sums up. */
export function renderSummary(answer: Extract<Answer, { kind: 'summary' }>, ctx: RenderContext): APIEmbed {
  const text = catalogue(ctx.language).answer;
  const named = namedOnce(ctx);
  // (each line's paragraph, and its part of the article only where it changes and is not the article itself,
  // whose title the footer gives: the lines come first)
  let part: string | undefined;
  const lines = answer.lines.map((line, i) => {
    const heading = line.passage?.section?.[ctx.language];
    const title = line.passage ? ctx.kb.article(line.passage.articleId)?.title[ctx.language] : undefined;
    const section = heading === title ? undefined : heading;
    const cite = line.passage
      ? `\n-# ${text.paragraph(line.passage.id, section === part ? undefined : section, false)}`
      : '';
    part = section;
    return `**${i + 1}.** ${named(line.text[ctx.language])}${cite}`;
  });
  // (a part of the article summed up in English keeps its heading as the article writes it, to find it there)
  const title =
    answer.scope === 'section' && ctx.language === 'en' && answer.title.ko !== answer.title.en
      ? `${answer.title.en} (${answer.title.ko})`
      : answer.title[ctx.language];
  // (summed up in English: the article's own sentences after the lines, for a reader who checks the Korean)
  const originals =
    ctx.language === 'en'
      ? answer.lines.flatMap((line) =>
          line.passage
            ? [truncate(originalSentence(line.passage.text, line.text.ko), SUMMARY_ORIGINAL_MAX)]
            : [],
        )
      : [];
  const original = originals.length > 0 ? [`-# ${text.original(originals.join('” “'))}`] : [];
  return {
    // (of the whole article, no title repeated that the footer gives: the lines come first)
    title:
      answer.scope === 'article'
        ? text.articleSummaryTitle
        : truncate(text.summaryTitle(title), DISCORD_LIMITS.embedTitle),
    description: [...lines, ...original].join('\n'),
    color: COLORS.facts,
    footer: footer(ctx, answer.lines[0]?.passage?.articleId),
  };
}

/**
 * In English, a company's or person's name the first time a summary says it, with the name as the article
 * writes it (`Rebellions (리벨리온)`), as lists and leads give it, to find it there; in Korean, as it is.
 */
function namedOnce(ctx: RenderContext): (line: string) => string {
  if (ctx.language !== 'en') return (line) => line;
  const said = new Set<string>();
  const entities = [...ctx.kb.entities.values()].filter(
    (e) => (e.type === 'company' || e.type === 'person') && e.name.en !== e.name.ko,
  );
  return (line) =>
    entities.reduce((text, e) => {
      if (said.has(e.id)) return text;
      const at = text.indexOf(e.name.en);
      const end = at + e.name.en.length;
      // (the whole name, not a part of a word: `Rebellions`, not `Rebellions'` inside another name)
      if (at < 0 || /\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) return text;
      said.add(e.id);
      return `${text.slice(0, end)} (${e.name.ko})${text.slice(end)}`;
    }, line);
}

/** In English, a fact's sentence as the article writes it, in italics; nothing in Korean, which said it. */
function asWritten(fact: SourcedFact, language: ReplyLanguage): string | undefined {
  return language === 'en' && fact.text.ko !== fact.text.en ? `*${fact.text.ko}*` : undefined;
}

/** A list: one line per item, its name first, with what the article says of it and where. */
export function renderList(answer: Extract<Answer, { kind: 'list' }>, ctx: RenderContext): APIEmbed {
  const text = catalogue(ctx.language).answer;
  const { language } = ctx;
  // (a name with the short one the article gives it: `마이크로소프트(MS)`)
  const label = (item: (typeof answer.items)[number]) => {
    const entity = [...ctx.kb.entities.values()].find((e) => e.name.ko === item.label.ko);
    const short = entity ? shortNameOf(ctx.kb, entity) : undefined;
    if (!short) return item.label[language];
    return language === 'ko' ? `${item.label.ko}(${short})` : `${item.label.en} (${short})`;
  };
  const lines = answer.items.map((item) => {
    const detail = item.detail ? ` — ${item.detail[language]}` : '';
    const where = item.passage ? ` \`${item.passage.id}\`` : '';
    // (in English, the name as the article writes it too, to find it there: `Channel Talk (채널톡)`)
    const original = language === 'en' && item.label.ko !== item.label.en ? ` (${item.label.ko})` : '';
    return `• **${label(item)}**${original}${detail}${where}`;
  });
  // (names first: `회사 8곳: 리벨리온, 올거나이즈, …`, when every item is a short name)
  // (or the figures themselves: `수치 10개: 41만 명, 50여 개, 최대 30%, …`)
  const figures = answer.items.every((item) => item.figures)
    ? [...new Set(answer.items.flatMap((item) => item.figures ?? []).map((f) => leadFigure(f, language)))]
    : [];
  const labels = figures.length > 0 ? figures : answer.items.map(label);
  const title = text.listTitle(answer.of, figures.length > 0 ? figures.length : answer.items.length);
  const named = labels.every((l) => l.length <= 24) ? `${title}: ${labels.join(', ')}` : title;
  return {
    title: truncate(named, DISCORD_LIMITS.embedTitle),
    description: truncate(lines.join('\n'), DISCORD_LIMITS.embedDescription),
    color: COLORS.facts,
    footer: footer(ctx, answer.items[0]?.passage?.articleId),
  };
}

/** Two things side by side: one line each on the point compared, then the evidence. */
export function renderCompare(answer: Extract<Answer, { kind: 'compare' }>, ctx: RenderContext): APIEmbed {
  const text = catalogue(ctx.language).answer;
  const { language } = ctx;
  const leads = answer.sides.map((side) => {
    const said = side.figures?.length
      ? side.figures.map((f) => leadFigure(f, language)).join(' · ')
      : side.summary
        ? side.summary[language]
        : side.facts[0]
          ? factLine(side.facts[0], ctx)
          : text.sideNotSaid;
    // (in English, the side's fact as the article writes it too, to quote its words)
    // (and after the editors' summary of the side, its first fact in the article's words)
    const fact = side.figures?.length ? undefined : side.facts[0]?.fact;
    const written = fact ? asWritten(fact, language) : undefined;
    const original = written ? `\n${written}` : '';
    return `**${side.name[language]}** — ${said}${original}`;
  });
  const evidence = answer.sides
    .flatMap((side) => side.facts)
    .filter((f, i, all) => all.findIndex((g) => g.passage?.id === f.passage?.id) === i)
    .slice(0, 3)
    .map((f) => quotePassage(f, ctx, 300));
  // (how much it changed, asked of two years: said first)
  const shown = () =>
    answer.sides.map((side) => `${side.name[language]} ${leadFigure(side.figures![0]!, language)}`);
  const computed = answer.computed ? [`**${computedLine(answer.computed, shown(), language)}**`] : [];
  return {
    title: truncate(text.compareTitle(answer.sides.map((s) => s.name[language])), DISCORD_LIMITS.embedTitle),
    description: [[...computed, ...leads].join('\n'), ...evidence].join('\n\n'),
    color: COLORS.comparison,
    footer: footer(ctx),
  };
}
