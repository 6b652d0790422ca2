import { createHash } from 'node:crypto';
import type { APIActionRowComponent, APIButtonComponentWithCustomId } from 'discord.js';
import { type Answer, shownFacts } from '../engine/engine.ts';
import { catalogue } from '../i18n/catalogue.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { DISCORD_LIMITS, truncate } from '../render/limits.ts';
import type { ReplyLanguage } from '../render/payload.ts';

/** Where a free-text question was asked. */
export type QuestionSource = 'ask' | 'mention' | 'context-menu' | 'auto-answer';
export type Vote = 'up' | 'down';

/**
 * What a feedback button carries in its `custom_id` (at most 100 characters), so that a vote needs
 * nothing the bot kept in memory, and works after a restart:
 *
 *   fb:<u|d>:<source>:<shown>:<question>
 *
 * `shown` is what the answer showed, as short references (`f` + hash of a fact id, `e` + hash of an
 * entity id, comma-separated); the question is cut to the room that is left.
 */
export interface FeedbackButton {
  readonly vote: Vote;
  readonly source: QuestionSource;
  readonly shown: readonly string[];
  readonly question: string;
}

export const FEEDBACK_PREFIX = 'fb:';

const SOURCE_CODES: Record<QuestionSource, string> = {
  ask: 'a',
  mention: 'm',
  'context-menu': 'c',
  'auto-answer': 't',
};
const SOURCES_BY_CODE = new Map(
  Object.entries(SOURCE_CODES).map(([source, code]) => [code, source as QuestionSource]),
);

/** The answers' facts, at most this many: an answer shows three, an entity's card is one reference. */
const MAX_SHOWN = 3;

/** A short, stable reference to a fact (`f…`) or an entity (`e…`): 8 base-36 characters of SHA-1. */
export function reference(kind: 'f' | 'e', id: string): string {
  const digest = createHash('sha1').update(id).digest();
  return `${kind}${digest.readBigUInt64BE(0).toString(36).padStart(8, '0').slice(0, 8)}`;
}

/** What an answer showed, as references: its facts, or the entity whose card it was. */
export function shownReferences(answer: Answer): string[] {
  if (answer.kind === 'entity') return [reference('e', answer.entity.id)];
  return shownFacts(answer)
    .slice(0, MAX_SHOWN)
    .map((f) => reference('f', f.fact.id));
}

export function feedbackCustomId(button: FeedbackButton): string {
  const head = `${FEEDBACK_PREFIX}${button.vote === 'up' ? 'u' : 'd'}:${SOURCE_CODES[button.source]}:${button.shown.join(',')}:`;
  // `truncate` also turns lone surrogates a user typed into U+FFFD: Discord rejects invalid Unicode.
  return head + truncate(button.question.replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.customId - head.length);
}

export function parseFeedbackCustomId(customId: string): FeedbackButton | undefined {
  const match = /^fb:([ud]):([a-z]):([a-z0-9,]*):([\s\S]*)$/.exec(customId);
  if (!match) return undefined;
  const source = SOURCES_BY_CODE.get(match[2]!);
  if (!source) return undefined;
  return {
    vote: match[1] === 'u' ? 'up' : 'down',
    source,
    shown: match[3] ? match[3].split(',') : [],
    question: match[4]!,
  };
}

/** 👍 / 👎 under a free-text answer. */
export function feedbackRow(
  answer: Answer,
  question: string,
  source: QuestionSource,
  language: ReplyLanguage,
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const text = catalogue(language).feedback;
  const shown = shownReferences(answer);
  const button = (vote: Vote): APIButtonComponentWithCustomId => ({
    type: 2,
    style: 2,
    label: vote === 'up' ? text.helpful : text.notHelpful,
    emoji: { name: vote === 'up' ? '👍' : '👎' },
    custom_id: feedbackCustomId({ vote, source, shown, question }),
  });
  return { type: 1, components: [button('up'), button('down')] };
}

const resolvers = new WeakMap<KnowledgeBase, Map<string, string>>();

/**
 * References back to ids (`fact:<id>`, `entity:<id>`) in this snapshot; one the snapshot no longer
 * has (a reload removed it) stays as it is.
 */
export function resolveReferences(kb: KnowledgeBase, shown: readonly string[]): string[] {
  let map = resolvers.get(kb);
  if (!map) {
    map = new Map();
    for (const id of kb.facts.keys()) map.set(reference('f', id), `fact:${id}`);
    for (const id of kb.entities.keys()) map.set(reference('e', id), `entity:${id}`);
    resolvers.set(kb, map);
  }
  const known = map;
  return shown.map((ref) => known.get(ref) ?? ref);
}
