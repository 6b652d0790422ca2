import type { APIEmbedField } from 'discord.js';
import type { ShardReload } from '../discord/cluster.ts';
import { type Catalogue, catalogue } from '../i18n/catalogue.ts';
import { formatKnowledgeError } from '../knowledge/loader.ts';
import type { KnowledgeError } from '../knowledge/types.ts';
import type { KnowledgeDiff, ReloadResult } from '../service.ts';
import { fitReply } from './limits.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload } from './payload.ts';
import { COLORS } from './render.ts';

function ids(list: readonly string[]): string {
  if (list.length === 0) return '—';
  const shown = list
    .slice(0, 15)
    .map((id) => `\`${id}\``)
    .join(', ');
  return list.length > 15 ? `${shown} … (+${list.length - 15})` : shown;
}

function diffLines(label: string, d: KnowledgeDiff, text: Catalogue['reload']): string {
  const { added: a, removed: r, changed: c } = text;
  return `**${label}** ${a} ${d.added.length} · ${r} ${d.removed.length} · ${c} ${d.changed.length}\n${a}: ${ids(d.added)}\n${r}: ${ids(d.removed)}\n${c}: ${ids(d.changed)}`;
}

/** The first `max` errors, one per line, and how many more there are. */
function errorLines(errors: readonly KnowledgeError[], max: number, text: Catalogue['reload']): string[] {
  const shown = errors.slice(0, max).map((e) => `• ${formatKnowledgeError(e)}`);
  if (errors.length > max) shown.push(text.moreErrors(errors.length - max));
  return shown;
}

const took = (result: ReloadResult) => `${Math.round(result.tookMs)} ms`;

/**
 * The admin's reply to `/reload`: counts before → after and what changed, or every error found.
 * Given one result per shard (a sharded bot), it lists every shard, and names those that failed;
 * with a single shard the reply is the same as without sharding.
 */
export function renderReload(
  results: ReloadResult | readonly ShardReload[],
  language: ReplyLanguage,
): ReplyPayload {
  if (!isShardList(results)) return renderOne(results, language);
  const [only] = results;
  if (results.length === 1 && only?.status === 'done') return renderOne(only.result, language);
  return renderShards(results, language);
}

function isShardList(value: ReloadResult | readonly ShardReload[]): value is readonly ShardReload[] {
  return Array.isArray(value);
}

function renderOne(result: ReloadResult, language: ReplyLanguage): ReplyPayload {
  const { reload: text, card } = catalogue(language);
  if (result.ok) {
    return fitReply({
      embeds: [
        {
          title: text.doneTitle,
          description: `${card.counts(result.before)}\n→ ${card.counts(result.after)}\n-# ${took(result)}`,
          color: COLORS.reload,
          fields: [
            { name: text.entities, value: diffLines(text.entities, result.entities, text) },
            { name: text.facts, value: diffLines(text.facts, result.facts, text) },
          ],
        },
      ],
      components: [],
      allowedMentions: { parse: [] },
      flags: EPHEMERAL,
    });
  }
  const shown = errorLines(result.errors, 20, text);
  return fitReply({
    embeds: [
      {
        title: text.rejectedTitle,
        description: `${shown.join('\n')}\n\n${text.stillServing(card.counts(result.serving))}`,
        color: COLORS.error,
      },
    ],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  });
}

const MAX_DIFF_GROUPS = 5;
const MAX_ERROR_FIELDS = 10;

/** One line per shard, then what changed (once, when every shard changed alike) and each failure's errors. */
function renderShards(results: readonly ShardReload[], language: ReplyLanguage): ReplyPayload {
  const { reload: text, card } = catalogue(language);
  const failed = results.filter((r) => r.status !== 'done' || !r.result.ok).map((r) => r.shard);
  const lines = results.map((r) => {
    const shard = text.shard(r.shard);
    if (r.status === 'no-answer') return `⚠️ **${shard}** — ${text.noAnswer[r.reason]}`;
    const result = r.result;
    if (result.ok)
      return `✅ **${shard}** — ${card.counts(result.before)} → ${card.counts(result.after)} · ${took(result)}`;
    return `❌ **${shard}** — ${text.shardRejected(result.errors.length, card.counts(result.serving))}`;
  });

  const fields: APIEmbedField[] = [];
  const groups = new Map<string, { shards: number[]; entities: KnowledgeDiff; facts: KnowledgeDiff }>();
  for (const r of results) {
    if (r.status !== 'done' || !r.result.ok) continue;
    const key = JSON.stringify([r.result.entities, r.result.facts]);
    const group = groups.get(key) ?? { shards: [], entities: r.result.entities, facts: r.result.facts };
    group.shards.push(r.shard);
    groups.set(key, group);
  }
  for (const group of [...groups.values()].slice(0, MAX_DIFF_GROUPS)) {
    // Every shard reads the same folder, so normally they all changed alike: say it once.
    const which = groups.size > 1 ? ` (${group.shards.map(text.shard).join(', ')})` : '';
    fields.push(
      { name: `${text.entities}${which}`, value: diffLines(text.entities, group.entities, text) },
      { name: `${text.facts}${which}`, value: diffLines(text.facts, group.facts, text) },
    );
  }
  for (const r of results) {
    if (fields.length >= 2 * MAX_DIFF_GROUPS + MAX_ERROR_FIELDS) break;
    if (r.status !== 'done' || r.result.ok) continue;
    fields.push({
      name: text.shardErrors(text.shard(r.shard)),
      value: errorLines(r.result.errors, 10, text).join('\n'),
    });
  }

  // A shard that did not answer may be down, or may still finish: only a rejection is known to keep the old one.
  const allRejected = results.every((r) => r.status === 'done');
  const title =
    failed.length === 0
      ? text.allShardsReloaded(results.length)
      : text.shardsFailed(failed.map(text.shard), failed.length === results.length, allRejected);
  return fitReply({
    embeds: [
      {
        title,
        description: lines.join('\n'),
        color: failed.length === 0 ? COLORS.reload : COLORS.error,
        ...(fields.length > 0 ? { fields } : {}),
      },
    ],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  });
}
