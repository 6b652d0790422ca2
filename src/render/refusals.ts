/** What the bot says when the article does not answer: what is missing, and what the article does say. */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import type { Answer } from '../engine/engine.ts';
import { catalogue } from '../i18n/catalogue.ts';
import type { Entity } from '../knowledge/schema.ts';
import { DISCORD_LIMITS, truncate } from './limits.ts';
import { bullets, COLORS, entityName, factLine, footer, type RenderContext } from './parts.ts';
import type { ReplyLanguage } from './payload.ts';

/** Buttons under a miss answer with the entity they name. */
export const SUGGESTION_PREFIX = 'suggest:';
export const suggestionCustomId = (entityId: string): string => `${SUGGESTION_PREFIX}${entityId}`;

/**
 * Buttons under "which one do you mean?": pressed, the question (under the message, `↪ …`) is asked of
 * the entity the button names.
 */
export const CLARIFY_PREFIX = 'clarify:';
export const clarifyCustomId = (entityId: string): string => `${CLARIFY_PREFIX}${entityId}`;

/** A question that refers back with nothing to refer to: which one it means, as buttons. */
export function renderClarify(
  answer: Extract<Answer, { kind: 'clarify' }>,
  ctx: RenderContext,
): { embed: APIEmbed; row: APIActionRowComponent<APIComponentInMessageActionRow> } {
  const text = catalogue(ctx.language).answer;
  const person = answer.choices.every((e) => e.type === 'person');
  return {
    embed: {
      title: text.clarifyTitle(person),
      description: text.clarify,
      color: COLORS.about,
      footer: footer({ ...ctx, asked: answer.question }),
    },
    row: {
      type: 1,
      components: answer.choices.map((e) => ({
        type: 2 as const,
        style: 1 as const,
        label: truncate(entityName(e, ctx.language), DISCORD_LIMITS.buttonLabel),
        custom_id: clarifyCustomId(e.id),
      })),
    },
  };
}

/** A kind of answer the article lacks, named in the reply (`amount` → 수치). */
const KIND_WORDS = ['person', 'time', 'amount', 'place', 'which', 'profile'] as const;
const isKind = (word: string): word is (typeof KIND_WORDS)[number] =>
  (KIND_WORDS as readonly string[]).includes(word);

/** What the question asks is not in the article: say so, then what it does say about the subject. */
export function renderPartial(
  answer: Extract<Answer, { kind: 'partial' }>,
  ctx: RenderContext,
): { embed: APIEmbed; suggestions: readonly Entity[] } {
  const { language } = ctx;
  const text = catalogue(language).refusal;
  const name = answer.entity.name[language];
  const words = answer.missing.filter((m) => !isKind(m)).join(', ');
  const kind = answer.missing.find(isKind);
  const what = words || (kind ? text.kinds[kind] : undefined);
  const owners = (answer.saidOf ?? []).map((e) => e.name[language]).join(', ');
  const together = (answer.together ?? []).map((e) => e.name[language]).join(', ');
  const also = together ? text.onlyTogether(together) : owners ? text.saidOf(owners) : '';
  const description = `${text.notSaid(name, what)}${also ? ` ${also}` : ''}`;
  const lines = answer.facts.map((f) => factLine(f, ctx));
  return {
    embed: {
      title: text.partialTitle,
      description,
      color: COLORS.notFound,
      fields: lines.length
        ? [{ name: owners ? text.saysInstead : `${text.saysInstead}: ${name}`, value: bullets(lines) }]
        : [],
      footer: footer(ctx),
    },
    suggestions: [answer.entity],
  };
}

function quoted(query: string): string {
  return `“${truncate(query.replace(/\s+/g, ' ').trim(), 100)}”`;
}

export function renderNotFound(
  answer: Extract<Answer, { kind: 'not-found' }>,
  ctx: RenderContext,
): { embed: APIEmbed; suggestions: readonly Entity[] } {
  const { language } = ctx;
  const text = catalogue(language).refusal;
  const q = quoted(answer.query);
  let description =
    answer.asked === 'company'
      ? text.unknownCompany(q)
      : answer.asked === 'policy'
        ? text.unknownPolicy(q)
        : answer.asked === 'compare'
          ? text.noComparison
          : answer.query.trim()
            ? text.notCovered(q)
            : text.emptyQuestion;
  if (answer.unknown?.length)
    description += `\n${text.unknownNames(answer.unknown.map((n) => `“${truncate(n, 50)}”`))}`;
  const suggestions = answer.suggestions.slice(0, 3);
  if (suggestions.length)
    description += `\n\n${text.didYouMean} ${suggestions.map((s) => `**${s.name[language]}**`).join(', ')}`;
  return {
    embed: { title: text.notFoundTitle, description, color: COLORS.notFound, footer: footer(ctx) },
    suggestions,
  };
}

/** One button per entity: pressed, it answers with the entity's card. */
export function suggestionRow(
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
