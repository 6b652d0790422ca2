import type { APIEmbedField } from 'discord.js';
import type { ShardReload } from '../discord/cluster.ts';
import { formatKnowledgeError } from '../knowledge/loader.ts';
import type { KnowledgeCounts } from '../knowledge/types.ts';
import type { KnowledgeDiff, ReloadResult } from '../service.ts';
import { fitReply } from './limits.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload } from './payload.ts';
import { COLORS } from './render.ts';

function counts(c: KnowledgeCounts, ko: boolean): string {
  return ko
    ? `기사 ${c.articles} · 항목 ${c.entities} · 사실 ${c.facts} · 문단 ${c.passages}`
    : `${c.articles} article(s) · ${c.entities} entities · ${c.facts} facts · ${c.passages} passages`;
}

function ids(list: readonly string[]): string {
  if (list.length === 0) return '—';
  const shown = list
    .slice(0, 15)
    .map((id) => `\`${id}\``)
    .join(', ');
  return list.length > 15 ? `${shown} … (+${list.length - 15})` : shown;
}

function diffLines(label: string, d: KnowledgeDiff, ko: boolean): string {
  const [a, r, c] = ko ? ['추가', '삭제', '변경'] : ['added', 'removed', 'changed'];
  return `**${label}** ${a} ${d.added.length} · ${r} ${d.removed.length} · ${c} ${d.changed.length}\n${a}: ${ids(d.added)}\n${r}: ${ids(d.removed)}\n${c}: ${ids(d.changed)}`;
}

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
  const ko = language === 'ko';
  const took = `${Math.round(result.tookMs)} ms`;
  if (result.ok) {
    return fitReply({
      embeds: [
        {
          title: ko ? '지식 베이스를 다시 불러왔어요' : 'Knowledge base reloaded',
          description: `${counts(result.before, ko)}\n→ ${counts(result.after, ko)}\n-# ${took}`,
          color: COLORS.reload,
          fields: [
            {
              name: ko ? '항목' : 'Entities',
              value: diffLines(ko ? '항목' : 'Entities', result.entities, ko),
            },
            { name: ko ? '사실' : 'Facts', value: diffLines(ko ? '사실' : 'Facts', result.facts, ko) },
          ],
        },
      ],
      components: [],
      allowedMentions: { parse: [] },
      flags: EPHEMERAL,
    });
  }
  const shown = result.errors.slice(0, 20).map((e) => `• ${formatKnowledgeError(e)}`);
  if (result.errors.length > 20)
    shown.push(ko ? `… 외 ${result.errors.length - 20}개` : `… and ${result.errors.length - 20} more`);
  return fitReply({
    embeds: [
      {
        title: ko
          ? '다시 불러오지 못했어요: 이전 지식 베이스로 계속 답해요'
          : 'Reload rejected: still serving the previous knowledge base',
        description: `${shown.join('\n')}\n\n${ko ? '계속 사용 중' : 'Still serving'}: ${counts(result.serving, ko)}`,
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
  const ko = language === 'ko';
  const shardName = (id: number) => (ko ? `샤드 ${id}` : `Shard ${id}`);
  const failed = results.filter((r) => r.status !== 'done' || !r.result.ok).map((r) => r.shard);
  const lines = results.map((r) => {
    if (r.status === 'no-answer') {
      const why =
        r.reason === 'timeout'
          ? ko
            ? '제시간에 답하지 않았어요'
            : 'did not answer in time'
          : ko
            ? '답하지 못했어요'
            : 'could not be asked';
      return `⚠️ **${shardName(r.shard)}** — ${why}`;
    }
    const result = r.result;
    const took = `${Math.round(result.tookMs)} ms`;
    if (result.ok)
      return `✅ **${shardName(r.shard)}** — ${counts(result.before, ko)} → ${counts(result.after, ko)} · ${took}`;
    const errors = ko ? `오류 ${result.errors.length}개` : `${result.errors.length} error(s)`;
    return `❌ **${shardName(r.shard)}** — ${ko ? '거부됨' : 'rejected'} (${errors}); ${ko ? '계속 사용 중' : 'still serving'}: ${counts(result.serving, ko)}`;
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
    const which = groups.size > 1 ? ` (${group.shards.map(shardName).join(', ')})` : '';
    const entities = ko ? '항목' : 'Entities';
    const facts = ko ? '사실' : 'Facts';
    fields.push(
      { name: `${entities}${which}`, value: diffLines(entities, group.entities, ko) },
      { name: `${facts}${which}`, value: diffLines(facts, group.facts, ko) },
    );
  }
  for (const r of results) {
    if (fields.length >= 2 * MAX_DIFF_GROUPS + MAX_ERROR_FIELDS) break;
    if (r.status !== 'done' || r.result.ok) continue;
    const shown = r.result.errors.slice(0, 10).map((e) => `• ${formatKnowledgeError(e)}`);
    if (r.result.errors.length > 10)
      shown.push(ko ? `… 외 ${r.result.errors.length - 10}개` : `… and ${r.result.errors.length - 10} more`);
    fields.push({ name: `${shardName(r.shard)}: ${ko ? '오류' : 'errors'}`, value: shown.join('\n') });
  }

  const failedNames = failed.map(shardName).join(', ');
  // A shard that did not answer may be down, or may still finish: only a rejection is known to keep the old one.
  const allRejected = results.every((r) => r.status === 'done');
  const where =
    failed.length === results.length
      ? ko
        ? '어느 샤드에서도'
        : 'on every shard'
      : ko
        ? `${failedNames}에서`
        : `on ${failedNames}`;
  const keeps =
    failed.length === results.length
      ? ko
        ? '이전 지식 베이스로 계속 답해요'
        : 'still serving the previous knowledge base'
      : ko
        ? '그 샤드는 이전 지식 베이스로 계속 답해요'
        : `${failed.length === 1 ? 'it keeps' : 'they keep'} serving the previous knowledge base`;
  const title =
    failed.length === 0
      ? ko
        ? `모든 샤드(${results.length}개)에서 지식 베이스를 다시 불러왔어요`
        : `Knowledge base reloaded on all ${results.length} shards`
      : ko
        ? `${where} 다시 불러오지 못했어요${allRejected ? `: ${keeps}` : ''}`
        : `Reload failed ${where}${allRejected ? `: ${keeps}` : ''}`;
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
