/** Reading what the bot sent: message bodies as the stand-in recorded them. */
import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import type { InteractionHandle } from './standin.ts';

export type Json = Record<string, unknown>;

/** A message body as the bot sends it (interaction callback data, webhook or channel message). */
export interface Sent {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<{ type: number; components: Json[] }>;
  allowed_mentions?: Json;
  flags?: number;
  message_reference?: Json;
}

export const EPHEMERAL = 64;

/** The initial response's message body (callback type 4, or 7 for a component update), spec-valid. */
export function reply(ix: InteractionHandle, type = 4): Sent {
  expect(ix.callback?.type, ix.describe()).toBe(type);
  expect(ix.callback?.request.valid).toBe(true);
  return (ix.callback?.data ?? {}) as Sent;
}

/** The one embed of a body (fails the test when there is not exactly one). */
export function onlyEmbed(body: Sent | undefined): APIEmbed {
  expect(body?.embeds).toHaveLength(1);
  const [embed] = body?.embeds ?? [];
  if (!embed) throw new Error('no embed');
  return embed;
}

/** All the text a user reads in an embed. */
export function text(embed: APIEmbed): string {
  return [
    embed.title,
    embed.description,
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    embed.footer?.text,
  ].join('\n');
}
