import type { FoundBy } from '../import/candidates.ts';
import type { ImportProblem } from '../import/problems.ts';
import { formatKnowledgeError } from '../knowledge/loader.ts';
import type { Catalogue } from './catalogue.ts';
import { durationParts } from './duration.ts';
import { englishAmount } from './numbers.ts';

const MONEY_SCALE: Record<number, string> = {
  1: '',
  1e4: ' ten thousand',
  1e6: ' million',
  1e8: ' hundred million',
  1e9: ' billion',
  1e12: ' trillion',
};
const CHART_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const NUMBER = new Intl.NumberFormat('en-US');
const n = (value: number) => NUMBER.format(value);
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;
/** What a figure counts; a bare count has no noun. */
const COUNTED = {
  people: 'people',
  organizations: 'organizations',
  companies: 'companies',
  count: '',
} as const;

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
    tableSays: (row) => `The table reads: “${row}”`,
    asked: (question) => `↪ ${question}`,
    personWithRole: (name, role, written) => `${name} (${written === name ? '' : `${written}, `}${role})`,
    figureOfYear: (year, figure) => `${year}: ${figure}`,
    paragraph: (id, section, translated) =>
      `paragraph ${id}${section ? ` · ${section}` : ''}${translated ? ' (translated from Korean)' : ''}`,
    original: (sentence) => `Korean original: “${sentence}”`,
    fromPassage: 'The article says, in so many words:',
    partNotCovered: 'Not covered by the article',
    computed: (op, value, percent, year) =>
      op === 'sum'
        ? `${value} in total`
        : op === 'max' || op === 'min'
          ? `${op === 'max' ? 'Highest' : 'Lowest'}: ${year} (${value})`
          : `${op === 'fall' ? 'down' : 'up'} ${value}${percent === undefined ? '' : ` (${percent}%)`}`,
    sizeLine: (asked, name, mine, theirs) =>
      asked === 'larger'
        ? `Larger: **${name}** — ${mine} > ${theirs}`
        : `Smaller: **${name}** — ${mine} < ${theirs}`,
    ratio: (times) => `about ${times} times`,
    summaryTitle: (of) => `Summary: ${of}`,
    articleSummaryTitle: 'Summary of the article',
    listTitle: (kind, count) =>
      `${
        {
          companies: 'Companies',
          people: 'People',
          countries: 'Countries and regions',
          figures: 'Figures',
          years: 'Years',
          reasons: 'Reasons',
          measures: 'Policies and measures',
          rows: 'Rows of the table',
        }[kind]
      } (${count})`,
    compareTitle: (names) => names.join(' vs '),
    sideNotSaid: 'The article says nothing of this on that point.',
    clarifyTitle: (person) => (person ? 'Who do you mean?' : 'Which company do you mean?'),
    clarify:
      'This question refers to something said before, but it follows no answer. Pick one below and I will answer about it. Reply to one of my answers to follow up on it.',
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
    onlyTogether: (owners) => `The article gives the figure only for ${owners} together.`,
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
    slowDownTitle: 'One moment',
    slowDown: (seconds) => `Too many questions at once. Please ask again in ${seconds} seconds.`,
    entryGone: 'That entry is no longer in the knowledge base.',
    questionGone: 'The question behind this button is no longer there. Please ask it again.',
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
    notFoundOff: 'The miss log is off (`MISS_LOG=off`).',
    notFoundEmpty: 'No misses recorded yet.',
    notFoundFooter: 'Use these to decide what to add to the knowledge base',
  },
  import: {
    doneTitle: 'Article imported as a draft',
    failedTitle: 'Not imported: the knowledge base is unchanged',
    added: (s) =>
      `${s.passages} passages · ${s.facts} facts · ${s.figures} figures · ${s.entities.created} entities (${s.entities.reused} more from the knowledge base) · ${s.sections} sections${s.comparisons ? ` · ${s.comparisons} tables` : ''}`,
    addedField: 'Added',
    reviewField: 'To review',
    review: (s) =>
      `${s.drafts} items are drafts: check each and remove its \`"draft": true\` (\`npm run kb:check\` lists where). Nothing is translated yet: English questions are answered in Korean.`,
    candidatesField: 'Entities found',
    foundBy: (how) => FOUND_BY[how],
    note: (note) =>
      note.kind === 'no-author'
        ? 'No author found: "author" says "unknown".'
        : note.kind === 'no-date'
          ? `No date found: "date" is the day of the import (${note.date}).`
          : 'No category found: "category" says "기타".',
    unlinked: (count) =>
      `${count} sentence(s) name nothing the draft knows: they are passages only, no facts.`,
    previous: (s) =>
      s.previous === 'replaced'
        ? 'The file existed and was replaced.'
        : s.previous === 'merged'
          ? `Re-imported over the draft: ${s.kept} item(s) an editor changed were kept.`
          : undefined,
    problem: (p) => PROBLEM(p),
    refused: 'Only admins (Manage Server) can import articles.',
    oneSource: 'Give either a file (txt, md or html) or a url, not both.',
    reloadField: 'Reload',
  },
  untranslated: 'This article has no English translation yet, so the answer is in Korean.',
  reload: {
    doneTitle: 'Knowledge base reloaded',
    rejectedTitle: 'Reload rejected: still serving the previous knowledge base',
    entities: 'Entities',
    facts: 'Facts',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    moreErrors: (count) => `… and ${count} more`,
    stillServing: (counts) => `Still serving: ${counts}`,
    shard: (id) => `Shard ${id}`,
    noAnswer: { timeout: 'did not answer in time', error: 'could not be asked' },
    shardRejected: (errors, serving) => `rejected (${errors} error(s)); still serving: ${serving}`,
    shardErrors: (shard) => `${shard}: errors`,
    allShardsReloaded: (count) => `Knowledge base reloaded on all ${count} shards`,
    shardsFailed: (failed, all, keeping) => {
      const where = all ? 'on every shard' : `on ${failed.join(', ')}`;
      const keeps = all
        ? 'still serving the previous knowledge base'
        : `${failed.length === 1 ? 'it keeps' : 'they keep'} serving the previous knowledge base`;
      return `Reload failed ${where}${keeping ? `: ${keeps}` : ''}`;
    },
  },
  figure: {
    money: (value, currency) => `${currency} ${englishAmount(value)}`,
    percent: (value) => `${value}%`,
    year: (value) => String(value),
    count: (value, unit) => `${value.toLocaleString('en-US')}${COUNTED[unit] ? ` ${COUNTED[unit]}` : ''}`,
    qualified: {
      approx: (amount) => `about ${amount}`,
      max: (amount) => `up to ${amount}`,
      min: (amount) => `at least ${amount}`,
      until: (amount) => `until ${amount}`,
    },
    approxInAmount: () => false,
  },
  chartStyle: {
    number: (value) => CHART_NUMBER.format(value),
    label: (text) => text.charAt(0).toUpperCase() + text.slice(1),
    labelWidth: 18,
  },
  stats: {
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
      sinceStart ? `Questions since start (${duration(durationMs)})` : 'Questions in the last 24 hours',
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
    duration,
    milliseconds: (ms) =>
      ms < 1000 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`,
  },
};

function duration(ms: number): string {
  const { days, hours, minutes } = durationParts(ms);
  const parts = [days ? `${days} d` : '', hours ? `${hours} h` : '', `${minutes} min`];
  return parts.filter(Boolean).join(' ');
}

const FOUND_BY: Record<FoundBy | 'known' | 'kept', string> = {
  country: 'a country',
  person: 'a name before a title (대표, CEO …)',
  'beside-person': "a person's organisation",
  described: 'described as a company',
  'said-company': 'said to be a company',
  listed: 'listed with companies',
  table: "in a table's company column",
  source: 'the source of a report',
  latin: 'a Latin name',
  quoted: 'a name in quotes',
  known: 'already in the knowledge base',
  kept: 'kept from the previous draft',
};

const FETCH: Record<Extract<ImportProblem, { kind: 'fetch' }>['reason'], (detail?: string) => string> = {
  scheme: () => 'Only http and https addresses can be imported.',
  credentials: () => 'The address must not contain a user name or password.',
  address: (host) =>
    `${host ?? 'That host'} is on a private or local network; the bot only fetches public addresses.`,
  dns: (host) => `The host ${host ?? ''} could not be found.`,
  redirects: () => 'The page redirected more than 3 times.',
  status: (status) => `The page answered ${status ?? 'with an error'} instead of the article.`,
  type: (type) => `That address is not a web page or text (${type ?? 'unknown type'}).`,
  size: () => 'The page is too large to import.',
  timeout: () => 'The page took too long to answer.',
  network: () => 'The page could not be reached.',
};

function PROBLEM(p: ImportProblem): string {
  switch (p.kind) {
    case 'fetch':
      return FETCH[p.reason](p.detail);
    case 'unreadable':
      return `Could not read ${p.path}.`;
    case 'too-large':
      return `The file is ${(p.bytes / 1024 / 1024).toFixed(1)} MB; files up to ${(p.limit / 1024 / 1024).toFixed(0)} MB can be imported.`;
    case 'unsupported':
      return `Only .txt, .md and .html files can be imported (not ${p.what}).`;
    case 'not-text':
      return 'That is not text (UTF-8, or the charset the page declares).';
    case 'no-article':
      return 'No article found in it: it needs a title and at least one paragraph.';
    case 'bad-id':
      return `“${p.id}” does not make an id: use letters or digits.`;
    case 'exists':
      return `${p.file} already exists and is not a draft: import with replace to overwrite it.`;
    case 'id-taken':
      return `The article id ${p.id} is already used by ${p.file}.`;
    case 'folder-invalid':
      return `The knowledge folder has problems to fix first (${p.errors.length}): ${p.errors[0] ? formatKnowledgeError(p.errors[0]) : ''}`;
    case 'draft-invalid':
      return `The draft did not pass the knowledge check (${p.errors.length}): ${p.errors[0] ? formatKnowledgeError(p.errors[0]) : ''}`;
    case 'write':
      return `Could not write ${p.file}.`;
  }
}
