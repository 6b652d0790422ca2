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

/** The admin's reply to `/reload`: counts before → after and what changed, or every error found. */
export function renderReload(result: ReloadResult, language: ReplyLanguage): ReplyPayload {
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
