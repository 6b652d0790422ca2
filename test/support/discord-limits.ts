import type { APIEmbed } from 'discord.js';
import type { ReplyPayload } from '../../src/render/payload.ts';

// ---------------------------------------------------------------------------------------------
// One independent checker of Discord's limits, written from Discord's documentation
// (https://discord.com/developers/docs/resources/message#embed-object-embed-limits and
// https://discord.com/developers/docs/interactions/message-components), not from src/render/limits.ts.
// Lengths are UTF-16 units, which is never less than what Discord counts.
// ---------------------------------------------------------------------------------------------
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function embedTexts(embed: APIEmbed): string[] {
  return [
    embed.title ?? '',
    embed.description ?? '',
    embed.footer?.text ?? '',
    embed.author?.name ?? '',
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
  ];
}

function allTexts(payload: ReplyPayload): string[] {
  const texts = [payload.content ?? '', ...payload.embeds.flatMap(embedTexts)];
  for (const row of payload.components)
    for (const c of row.components) {
      if ('label' in c && c.label !== undefined) texts.push(c.label);
      if ('custom_id' in c) texts.push(c.custom_id);
    }
  return texts;
}

/** Every way `payload` breaks a Discord limit; empty when Discord would accept it. */
export function limitViolations(payload: ReplyPayload): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check((payload.content ?? '').length <= 2000, `content has ${payload.content?.length} characters`);
  check(payload.embeds.length <= 10, `${payload.embeds.length} embeds`);
  let total = 0;
  payload.embeds.forEach((embed, e) => {
    check((embed.title ?? '').length <= 256, `embed ${e} title has ${embed.title?.length}`);
    check(
      (embed.description ?? '').length <= 4096,
      `embed ${e} description has ${embed.description?.length}`,
    );
    check((embed.footer?.text ?? '').length <= 2048, `embed ${e} footer has ${embed.footer?.text.length}`);
    check((embed.author?.name ?? '').length <= 256, `embed ${e} author has ${embed.author?.name.length}`);
    const fields = embed.fields ?? [];
    check(fields.length <= 25, `embed ${e} has ${fields.length} fields`);
    fields.forEach((field, f) => {
      check(
        field.name.trim().length >= 1 && field.name.length <= 256,
        `embed ${e} field ${f} name has ${field.name.length}`,
      );
      check(
        field.value.trim().length >= 1 && field.value.length <= 1024,
        `embed ${e} field ${f} value has ${field.value.length}`,
      );
    });
    total += embedTexts(embed).reduce((sum, text) => sum + text.length, 0);
  });
  check(total <= 6000, `embeds hold ${total} characters in all`);
  check(payload.components.length <= 5, `${payload.components.length} action rows`);
  payload.components.forEach((row, r) => {
    check(row.components.length <= 5, `row ${r} has ${row.components.length} components`);
    row.components.forEach((c, i) => {
      if ('label' in c && c.label !== undefined)
        check(
          c.label.length >= 1 && c.label.length <= 80,
          `row ${r} button ${i} label has ${c.label.length}`,
        );
      if ('custom_id' in c)
        check(
          c.custom_id.length >= 1 && c.custom_id.length <= 100,
          `row ${r} button ${i} custom_id has ${c.custom_id.length}`,
        );
    });
  });
  allTexts(payload).forEach((text, i) => {
    check(!LONE_SURROGATE.test(text), `text #${i} holds a lone surrogate`);
  });
  return problems;
}

/** The reply pings nobody: no parse, no users, no roles. */
export function pingsNobody(payload: ReplyPayload): boolean {
  const mentions = payload.allowedMentions as { parse: unknown[]; users?: unknown[]; roles?: unknown[] };
  return mentions.parse.length === 0 && !mentions.users?.length && !mentions.roles?.length;
}
