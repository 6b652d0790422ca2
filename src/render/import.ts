import type { APIEmbedField } from 'discord.js';
import { catalogue } from '../i18n/catalogue.ts';
import type { ImportProblem } from '../import/problems.ts';
import type { ImportSummary } from '../import/run.ts';
import { DISCORD_LIMITS, fitReply, truncate } from './limits.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload } from './payload.ts';
import { COLORS } from './render.ts';

const TYPE_ORDER = ['company', 'person', 'organization', 'region'] as const;

/**
 * The admin's reply to `/import`: what was added (passages, facts, figures, entities, sections), what
 * needs review (the drafts, metadata the article did not give, the entities found and how), then the
 * reload's own reply (one result per shard).
 */
export function renderImport(
  summary: ImportSummary,
  reload: ReplyPayload,
  language: ReplyLanguage,
): ReplyPayload {
  const text = catalogue(language).import;
  const review = [
    text.review(summary),
    ...summary.notes.map((n) => `• ${text.note(n)}`),
    ...(summary.unlinked > 0 ? [`• ${text.unlinked(summary.unlinked)}`] : []),
  ].join('\n');
  const candidates = [...summary.candidates]
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type))
    .map((c) => `${c.name} — ${text.foundBy(c.found)}`);
  const fields: APIEmbedField[] = [
    { name: text.addedField, value: text.added(summary) },
    { name: text.reviewField, value: truncate(review, DISCORD_LIMITS.fieldValue) },
  ];
  if (candidates.length > 0)
    fields.push({
      name: text.candidatesField,
      value: truncate(candidates.join('\n'), DISCORD_LIMITS.fieldValue),
    });
  const previous = text.previous(summary);
  return fitReply({
    embeds: [
      {
        title: text.doneTitle,
        description: [`**${summary.title}**`, `\`${summary.file}\``, ...(previous ? [previous] : [])].join(
          '\n',
        ),
        color: COLORS.reload,
        fields,
      },
      ...reload.embeds,
    ],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  });
}

/** A file or page that could not be imported: why, and that the old knowledge keeps serving. */
export function renderImportFailure(problem: ImportProblem, language: ReplyLanguage): ReplyPayload {
  const text = catalogue(language).import;
  return fitReply({
    embeds: [{ title: text.failedTitle, description: text.problem(problem), color: COLORS.error }],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  });
}
