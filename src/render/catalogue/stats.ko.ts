import { durationParts } from './duration.ts';
import type { StatsText } from './stats.ts';

const number = new Intl.NumberFormat('ko-KR');
const n = (value: number) => number.format(value);

export const ko: StatsText = {
  command: {
    name: '통계',
    description: '관리자: 가동 시간, 최근 24시간 질문 수, 답변 시간, 지식 베이스',
  },
  refusal: '통계는 서버 관리 권한이 있는 관리자만 볼 수 있어요.',
  title: '봇 상태',
  uptime: '가동 시간',
  serversAndShards: '서버 · 샤드',
  serversAndShardsValue: (guilds, shards) => `서버 ${n(guilds)}개 · 샤드 ${n(shards)}개`,
  questions: ({ sinceStart, durationMs }) =>
    sinceStart ? `시작한 뒤 질문 (${ko.duration(durationMs)})` : '최근 24시간 질문',
  questionsValue: ({ found, notFound, error }) =>
    `답변 **${n(found)}** · 못 찾음 **${n(notFound)}** · 오류 **${n(error)}**`,
  sources: {
    slash: '슬래시 명령',
    mention: '멘션',
    dm: 'DM',
    'context-menu': '컨텍스트 메뉴',
    'auto-answer': '자동 답변',
  },
  answerTime: '답변 시간 (24시간)',
  answerTimeValue: (p50, p99) => `p50 **${p50}** · p99 **${p99}**`,
  noAnswersYet: '아직 답변이 없어요',
  knowledge: '지식 베이스',
  knowledgeValue: (c) =>
    `기사 ${n(c.articles)} · 항목 ${n(c.entities)} · 사실 ${n(c.facts)} · 문단 ${n(c.passages)}`,
  loadedAt: '불러온 때',
  lastReload: '마지막 다시 불러오기',
  noReload: '시작한 뒤로 없어요',
  reloadOk: (before, after) => `✅ 사실 ${n(before)} → ${n(after)}`,
  reloadRejected: (errors) => `❌ 거부됨 (오류 ${n(errors)}개): 이전 지식 베이스로 계속 답했어요`,
  shards: (ids) => `샤드 ${ids.join(', ')}`,
  missingShards: (ids) => `답하지 않은 샤드: ${ids.join(', ')} (그 수치는 빠져 있어요)`,
  duration: (ms) => {
    const { days, hours, minutes } = durationParts(ms);
    const parts = [days ? `${days}일` : '', hours ? `${hours}시간` : '', `${minutes}분`];
    return parts.filter(Boolean).join(' ');
  },
  milliseconds: (ms) =>
    ms < 1000 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}초`,
};
