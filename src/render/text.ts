import type { ReplyPayload } from './payload.ts';

/** Every piece of text a Discord user would see in the reply, one per line. */
export function replyToText(payload: ReplyPayload): string {
  const lines: string[] = [];
  if (payload.content) lines.push(payload.content);
  for (const embed of payload.embeds) {
    if (embed.author?.name) lines.push(embed.author.name);
    if (embed.title) lines.push(embed.title);
    if (embed.description) lines.push(embed.description);
    for (const field of embed.fields ?? []) lines.push(field.name, field.value);
    if (embed.footer?.text) lines.push(embed.footer.text);
  }
  for (const row of payload.components) {
    for (const component of row.components) {
      if ('label' in component && component.label) lines.push(component.label);
      if ('options' in component) for (const option of component.options) lines.push(option.label);
    }
  }
  return lines.join('\n');
}

const style = (code: string, text: string, color: boolean) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/** The reply laid out for a terminal: title, text, fields, buttons, footer. */
export function replyToTerminal(payload: ReplyPayload, options: { color?: boolean } = {}): string {
  const color = options.color ?? false;
  const out: string[] = [];
  if (payload.content) out.push(payload.content);
  for (const embed of payload.embeds) {
    const bar = style(
      `38;2;${(embed.color ?? 0) >> 16};${((embed.color ?? 0) >> 8) & 255};${(embed.color ?? 0) & 255}`,
      '┃',
      color,
    );
    const block: string[] = [];
    if (embed.title) block.push(style('1', embed.title, color));
    if (embed.description) block.push(embed.description);
    let inlineRow: string[] = [];
    const flush = () => {
      if (inlineRow.length) block.push(inlineRow.join('  │  '));
      inlineRow = [];
    };
    for (const field of embed.fields ?? []) {
      if (field.inline) {
        const name = field.name === '\u200b' ? '' : `${style('1', field.name, color)}: `;
        inlineRow.push(`${name}${field.value.replace(/\n/g, ' / ')}`);
        if (inlineRow.length === 3) flush();
        continue;
      }
      flush();
      block.push('', style('1', field.name, color), field.value);
    }
    flush();
    if (embed.footer?.text) block.push('', style('2', embed.footer.text, color));
    out.push(
      block
        .flatMap((line) => line.split('\n'))
        .map((line) => `${bar} ${line}`)
        .join('\n'),
    );
  }
  const buttons = payload.components.flatMap((row) =>
    row.components.flatMap((c) => ('label' in c && c.label ? [`[${c.label}]`] : [])),
  );
  if (buttons.length) out.push(buttons.join(' '));
  for (const file of payload.files ?? [])
    out.push(
      style('2', `[${file.name}, ${Math.ceil(file.data.byteLength / 1024)} KB: ${file.description}]`, color),
    );
  if (payload.flags !== undefined && (payload.flags & 64) !== 0)
    out.push(style('2', '(only you can see this)', color));
  return out.join('\n');
}
