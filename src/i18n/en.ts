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
  answer: {
    yes: 'Yes',
    no: 'No',
    says: (what) => `The article says: ${what}`,
    accordingTo: (what) => `the article says ${what}`,
    asked: (question) => `↪ ${question}`,
    personWithRole: (name, role) => `${name} (${role})`,
    paragraph: (id, section, translated) =>
      `paragraph ${id}${section ? ` · ${section}` : ''}${translated ? ' (translated from Korean)' : ''}`,
    fromPassage: 'The article says, in so many words:',
    partNotCovered: 'Not covered by the article',
    summaryTitle: (of) => `Summary: ${of}`,
    listTitle: (kind, count) =>
      `${
        {
          companies: 'Companies',
          people: 'People',
          countries: 'Countries and regions',
          figures: 'Figures',
          reasons: 'Reasons',
          measures: 'Policies and measures',
          rows: 'Rows of the comparison table',
        }[kind]
      } (${count})`,
    compareTitle: (names) => names.join(' vs '),
    sideNotSaid: 'The article says nothing of this on that point.',
  },
  card: {
    kinds: {
      profile: 'Profile',
      'japan-move': 'Moves into Japan',
      policy: 'Policy',
      statistic: 'Statistics',
      quote: 'What they said',
      comparison: 'Korea vs Japan',
      reason: 'Reasons',
      trend: 'Trend',
      reaction: 'Reactions',
      opinion: "The author's view",
    },
    figures: 'Figures',
    sources: 'Where the article says so',
    people: 'People',
    company: 'Company',
    policy: 'AI policy',
    aspect: 'Aspect',
    articleTitle: 'This article',
    fields: { date: 'Published', author: 'Author', title: 'Title', category: 'Category' },
    aboutTitle: 'What this bot knows',
    aboutIntro: (articles) =>
      `This bot answers only from the article below. When the article does not cover a question, it says so; it never makes things up.\n\n${articles}`,
    knowledge: 'Knowledge base',
    counts: (c) =>
      `${c.articles} article(s) · ${c.entities} entities · ${c.facts} facts · ${c.passages} passages`,
    howToAsk: 'How to ask',
    howToAskExamples:
      '`/company rebellions` a company\n`/policy japan` AI policy by country\n`/compare` Korea vs Japan\n`/ask Until when does Japan cut corporate tax?`\nOr mention the bot with a question. Reply to one of its answers to follow up.',
  },
  refusal: {
    notFoundTitle: 'Not covered by the article',
    partialTitle: 'The article does not say',
    saysInstead: 'What the article does say',
    didYouMean: 'Did you mean:',
    notSaid: (subject, what) =>
      what
        ? `The article does not say “${what}” about ${subject}.`
        : `The article does not say that about ${subject}.`,
    saidOf: (owners) => `It says that of ${owners}.`,
    kinds: {
      person: 'who',
      time: 'when',
      amount: 'a figure',
      place: 'where',
      which: 'which company',
      profile: 'what it does',
    },
    unknownCompany: (q) => `${q} is not a company in this article.`,
    unknownPolicy: (q) =>
      `${q}: this article covers the AI policies of Japan, Korea, the US, the EU and China only.`,
    noComparison: 'The knowledge base has no comparison table.',
    notCovered: (q) =>
      `The article does not cover ${q}. Ask about the companies, people, policies or figures it reports.`,
    emptyQuestion: 'Please write a question, e.g. `Until when does Japan cut corporate tax?`',
    unknownNames: (names) => `Not in the article: ${names.join(', ')}.`,
  },
  notice: {
    unknownCommandTitle: 'Unknown command',
    unknownCommand: (typed, list) => `Instead of \`/${typed}\`, use one of ${list}.`,
    userErrorTitle: "Can't do that",
    errorTitle: 'Something went wrong',
    error: 'An error occurred while answering. Please try again in a moment.',
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
