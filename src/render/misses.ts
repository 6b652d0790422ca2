import type { APIEmbed } from 'discord.js';
import type { FeedbackSummary } from '../feedback/log.ts';
import { catalogue } from '../i18n/catalogue.ts';
import type { MissSummary } from '../misses.ts';
import { fitReply, truncate } from './limits.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload } from './payload.ts';
import { COLORS } from './render.ts';

const escapeQuery = (text: string) => truncate(text, 120).replace(/[`*_~|>]/g, '\\$&');

/**
 * `/misses`: what users asked that the knowledge base could not answer, most frequent first; and,
 * apart, the answers users marked not helpful (👎), with what they showed.
 */
export function renderMisses(
  top: readonly MissSummary[] | undefined,
  language: ReplyLanguage,
  feedback?: FeedbackSummary | 'off',
): ReplyPayload {
  const text = catalogue(language).misses;
  let description: string;
  if (!top) description = text.notFoundOff;
  else if (top.length === 0) description = text.notFoundEmpty;
  else
    description = top
      .map(
        (m, i) =>
          `${i + 1}. ${escapeQuery(m.query)} — ${text.times(m.count, m.users)} · ${m.last.slice(0, 10)}`,
      )
      .join('\n');
  const embeds: APIEmbed[] = [
    {
      title: text.notFoundTitle,
      description,
      color: COLORS.about,
      footer: { text: text.notFoundFooter },
    },
  ];
  if (feedback !== undefined) embeds.push(renderNotHelpful(feedback, language));
  return fitReply({ embeds, components: [], allowedMentions: { parse: [] }, flags: EPHEMERAL });
}

function renderNotHelpful(feedback: FeedbackSummary | 'off', language: ReplyLanguage): APIEmbed {
  const text = catalogue(language).misses;
  let description: string;
  if (feedback === 'off') description = text.notHelpfulOff;
  else if (feedback.top.length === 0)
    description = `${text.notHelpfulEmpty}\n${text.votes(feedback.helpful, feedback.notHelpful, feedback.voters)}`;
  else
    description = [
      text.votes(feedback.helpful, feedback.notHelpful, feedback.voters),
      '',
      ...feedback.top.map((m, i) => {
        const shown = m.shown.length
          ? `\n   -# ${text.shown}: ${m.shown
              .slice(0, 3)
              .map((s) => `\`${truncate(s, 60)}\``)
              .join(', ')}`
          : '';
        return `${i + 1}. ${escapeQuery(m.query) || '—'} — ${text.times(m.count, m.users)} · ${m.last.slice(0, 10)}${shown}`;
      }),
    ].join('\n');
  return {
    title: text.notHelpfulTitle,
    description,
    color: COLORS.notFound,
    footer: { text: text.notHelpfulFooter },
  };
}
