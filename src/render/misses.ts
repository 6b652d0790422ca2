import type { MissSummary } from '../misses.ts';
import { fitReply, truncate } from './limits.ts';
import { EPHEMERAL, type ReplyLanguage, type ReplyPayload } from './payload.ts';
import { COLORS } from './render.ts';

/** `/misses`: what users asked that the knowledge base could not answer, most frequent first. */
export function renderMisses(top: readonly MissSummary[] | undefined, language: ReplyLanguage): ReplyPayload {
  const ko = language === 'ko';
  let description: string;
  if (!top)
    description = ko
      ? '못 찾은 질문 기록이 꺼져 있어요 (`MISS_LOG=off`).'
      : 'The miss log is off (`MISS_LOG=off`).';
  else if (top.length === 0) description = ko ? '아직 못 찾은 질문이 없어요.' : 'No misses recorded yet.';
  else
    description = top
      .map((m, i) => {
        const who = ko ? `${m.count}회 · ${m.users}명` : `${m.count}× · ${m.users} user(s)`;
        return `${i + 1}. ${truncate(m.query, 120).replace(/[`*_~|>]/g, '\\$&')} — ${who} · ${m.last.slice(0, 10)}`;
      })
      .join('\n');
  return fitReply({
    embeds: [
      {
        title: ko ? '기사에서 찾지 못한 질문' : 'Questions the article did not answer',
        description,
        color: COLORS.about,
        footer: {
          text: ko
            ? '지식 베이스에 추가할 내용을 찾는 데 쓰세요'
            : 'Use these to decide what to add to the knowledge base',
        },
      },
    ],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  });
}
