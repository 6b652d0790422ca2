import type { Question } from '../engine/engine.ts';

/** What one line of user input asks for. */
export type ParsedInput =
  | { readonly kind: 'question'; readonly question: Question }
  | { readonly kind: 'chart'; readonly series: string }
  | { readonly kind: 'reload' }
  | { readonly kind: 'unknown-command'; readonly command: string };

/** Options each command takes, the first being the one a bare value fills (`/company 리벨리온`). */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  company: ['name', 'hide', 'mention'],
  policy: ['country', 'hide', 'mention'],
  ask: ['question', 'hide', 'mention'],
  compare: ['hide', 'mention'],
  about: ['hide'],
  chart: ['series', 'hide', 'mention'],
  reload: [],
};

export const COMMAND_NAMES = Object.keys(COMMAND_OPTIONS);

/** `name:리벨리온 hide:true` → `{ name: '리벨리온', hide: 'true' }`; text before any option fills the first. */
function parseOptions(command: string, rest: string): Record<string, string> {
  const names = COMMAND_OPTIONS[command] ?? [];
  const options: Record<string, string> = {};
  if (names.length === 0) return options;
  const pattern = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'g');
  const marks = [...rest.matchAll(pattern)].map((m) => ({
    name: m[1]!,
    start: m.index,
    valueStart: m.index + m[0].length,
  }));
  const bare = rest.slice(0, marks[0]?.start ?? rest.length).trim();
  if (bare && names[0]) options[names[0]] = bare;
  marks.forEach((mark, i) => {
    options[mark.name] = rest.slice(mark.valueStart, marks[i + 1]?.start ?? rest.length).trim();
  });
  return options;
}

/**
 * A line as a user would type it in Discord: a slash command (`/company 리벨리온`,
 * `/policy country:japan`) or free text (what follows the bot's mention).
 */
export function parseInput(line: string): ParsedInput {
  const trimmed = line.trim();
  const slash = /^\/([a-z_-]+)(?:\s+([\s\S]*))?$/i.exec(trimmed);
  if (!slash) return { kind: 'question', question: { kind: 'ask', text: trimmed } };
  const command = slash[1]!.toLowerCase();
  const options = parseOptions(command, slash[2] ?? '');
  switch (command) {
    case 'company':
      return { kind: 'question', question: { kind: 'company', query: options.name ?? '' } };
    case 'policy':
      return { kind: 'question', question: { kind: 'policy', query: options.country ?? '' } };
    case 'ask':
      return { kind: 'question', question: { kind: 'ask', text: options.question ?? '' } };
    case 'compare':
      return { kind: 'question', question: { kind: 'compare' } };
    case 'about':
      return { kind: 'question', question: { kind: 'about' } };
    case 'chart':
      return { kind: 'chart', series: options.series ?? '' };
    case 'reload':
      return { kind: 'reload' };
    default:
      return { kind: 'unknown-command', command };
  }
}
