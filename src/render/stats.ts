import type { APIEmbedField } from 'discord.js';
import { catalogue } from '../i18n/catalogue.ts';
import { QUESTION_SOURCES, SLOT_MS, WINDOW_MS } from '../metrics/recent.ts';
import type { StatsSummary } from '../metrics/stats.ts';
import { fitReply } from './limits.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload } from './payload.ts';
import { COLORS } from './render.ts';

/** A Discord timestamp: each reader sees it in their own time zone and language. */
const timestamp = (ms: number, style: 'f' | 'R') => `<t:${Math.floor(ms / 1000)}:${style}>`;

/** The admin's reply to `/stats`: uptime, servers and shards, the last 24 hours, the knowledge base. */
export function renderStats(
  summary: StatsSummary,
  language: ReplyLanguage,
  now: number = Date.now(),
): ReplyPayload {
  const text = catalogue(language).stats;
  // Shards normally agree (one folder, one /reload for all): their shard numbers are only said when not.
  const byShard = (groups: number, shards: readonly number[], line: string) =>
    groups > 1 ? `${text.shards(shards)}: ${line}` : line;

  const { found, 'not-found': notFound, error } = summary.totals;
  const asked = QUESTION_SOURCES.flatMap((source) => {
    const counts = summary.questions[source];
    const total = counts.found + counts['not-found'] + counts.error;
    return total > 0 ? [`${text.sources[source]} ${total}`] : [];
  });
  const windowMs = now - summary.since;

  const fields: APIEmbedField[] = [
    { name: text.uptime, value: text.duration(summary.uptimeMs), inline: true },
    {
      name: text.serversAndShards,
      value: text.serversAndShardsValue(summary.guilds, summary.shardCount),
      inline: true,
    },
    {
      // A full window reaches back 24 h, less the part of the oldest ten-minute slot already gone.
      name: text.questions({ sinceStart: windowMs < WINDOW_MS - SLOT_MS, durationMs: windowMs }),
      value: [text.questionsValue({ found, notFound, error }), asked.join(' · ')].filter(Boolean).join('\n'),
    },
    {
      name: text.answerTime,
      value:
        summary.p50Ms === undefined || summary.p99Ms === undefined
          ? text.noAnswersYet
          : text.answerTimeValue(text.milliseconds(summary.p50Ms), text.milliseconds(summary.p99Ms)),
    },
    {
      name: text.knowledge,
      value:
        summary.knowledge
          .map(({ shards, stats }) =>
            byShard(
              summary.knowledge.length,
              shards,
              `${text.knowledgeValue(stats)}\n${text.loadedAt} ${timestamp(stats.loadedAt, 'f')} (${timestamp(stats.loadedAt, 'R')})`,
            ),
          )
          .join('\n') || '—',
    },
    {
      name: text.lastReload,
      value:
        summary.reloads
          .map(({ shards, reload }) =>
            byShard(
              summary.reloads.length,
              shards,
              `${reload.ok ? text.reloadOk(reload.factsBefore, reload.factsAfter) : text.reloadRejected(reload.errors)} · ${timestamp(reload.at, 'R')}`,
            ),
          )
          .join('\n') || text.noReload,
    },
  ];
  return fitReply({
    embeds: [
      {
        title: text.title,
        color: COLORS.about,
        fields,
        ...(summary.missingShards.length > 0
          ? { footer: { text: text.missingShards(summary.missingShards) } }
          : {}),
      },
    ],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  });
}
