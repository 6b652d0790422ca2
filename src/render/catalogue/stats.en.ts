import { durationParts } from './duration.ts';
import type { StatsText } from './stats.ts';

const number = new Intl.NumberFormat('en-US');
const n = (value: number) => number.format(value);
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

export const en: StatsText = {
  command: {
    name: 'stats',
    description: 'Admins: uptime, questions of the last 24 hours, answer times, the knowledge base',
  },
  refusal: 'Only admins (Manage Server) can see the stats.',
  title: 'Bot stats',
  uptime: 'Uptime',
  serversAndShards: 'Servers · shards',
  serversAndShardsValue: (guilds, shards) => `${n(guilds)} · ${plural(shards, 'shard')}`,
  questions: ({ sinceStart, durationMs }) =>
    sinceStart ? `Questions since start (${en.duration(durationMs)})` : 'Questions in the last 24 hours',
  questionsValue: ({ found, notFound, error }) =>
    `Answered **${n(found)}** · not found **${n(notFound)}** · errors **${n(error)}**`,
  sources: {
    slash: 'slash commands',
    mention: 'mentions',
    dm: 'DMs',
    'context-menu': 'context menu',
    'auto-answer': 'auto-answers',
  },
  answerTime: 'Answer time (24 h)',
  answerTimeValue: (p50, p99) => `p50 **${p50}** · p99 **${p99}**`,
  noAnswersYet: 'No answers yet',
  knowledge: 'Knowledge base',
  knowledgeValue: (c) =>
    `${plural(c.articles, 'article')} · ${plural(c.entities, 'entity', 'entities')} · ${plural(c.facts, 'fact')} · ${plural(c.passages, 'passage')}`,
  loadedAt: 'loaded',
  lastReload: 'Last reload',
  noReload: 'None since start',
  reloadOk: (before, after) => `✅ ${n(before)} → ${plural(after, 'fact')}`,
  reloadRejected: (errors) =>
    `❌ rejected (${plural(errors, 'error')}): the previous knowledge base kept serving`,
  shards: (ids) => `${ids.length === 1 ? 'Shard' : 'Shards'} ${ids.join(', ')}`,
  missingShards: (ids) =>
    `${ids.length === 1 ? 'Shard' : 'Shards'} ${ids.join(', ')} did not answer: ${ids.length === 1 ? 'its' : 'their'} figures are missing.`,
  duration: (ms) => {
    const { days, hours, minutes } = durationParts(ms);
    const parts = [days ? `${days} d` : '', hours ? `${hours} h` : '', `${minutes} min`];
    return parts.filter(Boolean).join(' ');
  },
  milliseconds: (ms) =>
    ms < 1000 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`,
};
