import type { Catalogue } from './catalogue.ts';

const MONEY_SCALE: Record<number, string> = {
  1: '',
  1e4: ' ten thousand',
  1e6: ' million',
  1e8: ' hundred million',
  1e9: ' billion',
  1e12: ' trillion',
};

export const en: Catalogue = {
  chart: {
    year: (year) => String(year),
    subtitle: (subjects, unit) => [...subjects, `in ${unit}`].join(' · '),
    source: (reporters, article, paragraphs) =>
      `Source: ${[...reporters, `${article}, paragraph ${paragraphs.join(', ')}`].join(' · ')}`,
    altText: (title, subjects, points, source) =>
      `Bar chart: ${title}${subjects.length ? ` (${subjects.join(', ')})` : ''}. ${points.join(', ')}. ${source}`,
    choice: (title, subjects, span) =>
      `${title}${subjects.length ? ` — ${subjects.join(', ')}` : ''}${span ? ` (${span})` : ''}`,
    listTitle: 'Figures you can see as a chart',
    listIntro: (count) =>
      `The knowledge base has ${count} set(s) of figures that make a chart. Pick one with \`/chart\`.`,
    listMore: (count) => `…and ${count} more (start typing a name to find them)`,
    listEmpty:
      'The knowledge base has no figures that make a chart (the same measure over several years, or amounts to compare).',
    unknownSeries: (typed) => `No chart matches “${typed}”. Run \`/chart\` alone to see them all.`,
    off: 'Charts are turned off on this bot.',
    seriesTitle: 'Figures',
  },
  units: {
    percent: '%',
    people: 'people',
    organizations: 'organizations',
    companies: 'companies',
    money: (currency, scale) => `${currency}${MONEY_SCALE[scale] ?? ''}`,
  },
  feedback: {
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    thanksHelpful: 'Thanks! Glad it helped.',
    thanksNotHelpful:
      'Thanks for telling us. The question and what was shown are recorded, so the knowledge base can be fixed.',
    alreadyVoted: 'You already gave feedback on this answer.',
    off: 'Thanks! (This bot is set up not to record feedback.)',
  },
  askMessage: {
    postButton: 'Post to channel',
    noTextTitle: 'Nothing to ask',
    noText:
      'This message has no text (it is empty, or only has images or files). Use it on a message with a written question.',
    posted: 'Posted to the channel.',
  },
  misses: {
    notFoundTitle: 'Questions the article did not answer',
    notHelpfulTitle: 'Answers marked not helpful (👎)',
    notHelpfulEmpty: 'No answer has been marked not helpful yet.',
    notHelpfulOff: 'Feedback is not recorded (`FEEDBACK_LOG=off`).',
    notHelpfulFooter: 'Questions whose answers were wrong or thin: fix facts or aliases',
    votes: (up, down, voters) => `👍 ${up} · 👎 ${down} · from ${voters} user(s)`,
    times: (count, users) => `${count}× · ${users} user(s)`,
    shown: 'shown',
  },
};
