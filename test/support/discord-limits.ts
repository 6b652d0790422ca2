import type { ReplyPayload } from '../../src/render/payload.ts';

/**
 * Discord's documented message limits, written out independently of the code under test, so a
 * payload is checked against Discord's numbers rather than against our own constants.
 */
const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  rows: 5,
  perRow: 5,
  label: 80,
  customId: 100,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every way `payload` breaks Discord's limits or pings someone; empty when it is fine. */
export function discordLimitProblems(payload: ReplyPayload): string[] {
  const problems: string[] = [];
  const text = (where: string, value: string | undefined, max: number, min = 0) => {
    if (value === undefined) {
      if (min > 0) problems.push(`${where} is missing`);
      return;
    }
    if (value.length > max) problems.push(`${where} is ${value.length} > ${max}`);
    if (value.length < min) problems.push(`${where} is empty`);
    if (LONE_SURROGATE.test(value)) problems.push(`${where} has a lone surrogate`);
  };
  text('content', payload.content, LIMITS.content);
  if (payload.embeds.length > LIMITS.embeds) problems.push(`${payload.embeds.length} embeds`);
  let total = 0;
  payload.embeds.forEach((embed, i) => {
    text(`embeds[${i}].title`, embed.title, LIMITS.title);
    text(`embeds[${i}].description`, embed.description, LIMITS.description);
    text(`embeds[${i}].footer`, embed.footer?.text, LIMITS.footer);
    text(`embeds[${i}].author`, embed.author?.name, LIMITS.author);
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.fields) problems.push(`embeds[${i}] has ${fields.length} fields`);
    fields.forEach((field, j) => {
      text(`embeds[${i}].fields[${j}].name`, field.name, LIMITS.fieldName, 1);
      text(`embeds[${i}].fields[${j}].value`, field.value, LIMITS.fieldValue, 1);
      total += field.name.length + field.value.length;
    });
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} > ${LIMITS.embedTotal}`);
  if (payload.components.length > LIMITS.rows) problems.push(`${payload.components.length} action rows`);
  payload.components.forEach((row, i) => {
    if (row.components.length > LIMITS.perRow)
      problems.push(`row ${i} has ${row.components.length} components`);
    row.components.forEach((c, j) => {
      if ('label' in c) text(`components[${i}][${j}].label`, c.label, LIMITS.label, 1);
      if ('custom_id' in c) text(`components[${i}][${j}].custom_id`, c.custom_id, LIMITS.customId, 1);
    });
  });
  return problems;
}

/** The reply pings nobody: no parse, no users, no roles. */
export function pingsNobody(payload: ReplyPayload): boolean {
  const mentions = payload.allowedMentions as { parse: unknown[]; users?: unknown[]; roles?: unknown[] };
  return mentions.parse.length === 0 && !mentions.users?.length && !mentions.roles?.length;
}
