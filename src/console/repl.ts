import { createInterface } from 'node:readline';
import { replyToTerminal } from '../render/text.ts';
import type { KnowledgeService } from '../service.ts';
import { askOnce } from './ask.ts';

/** What starts a line that replies to the last answer, as a Discord reply to the bot's message would. */
const REPLY_MARK = '^';

/**
 * The interactive console: type what you would type in Discord, see the bot's reply. A line that starts
 * with `^` replies to the last answer (`^거기 대표는?`).
 */
export async function runRepl(
  service: KnowledgeService,
  options: { locale?: string; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {},
): Promise<void> {
  const output = options.output ?? process.stdout;
  const color = (output as NodeJS.WriteStream).isTTY === true;
  const rl = createInterface({ input: options.input ?? process.stdin, output, terminal: color });
  const write = (text: string) => output.write(`${text}\n`);
  write(
    'Ask about the article, e.g. `일본 법인세 감면은 언제까지야?`, `/company 리벨리온`, `/policy japan`, `/compare`, `/about`, `/reload`; start a line with ^ to reply to the last answer (`^거기 대표는?`). Ctrl-D or /exit quits.',
  );
  rl.setPrompt('> ');
  rl.prompt();
  // The question (as asked) of the last answer: what a `^` line replies to.
  let last: string | undefined;
  for await (const line of rl) {
    const input = line.trim();
    if (input === '/exit' || input === '/quit') break;
    const replying = input.startsWith(REPLY_MARK);
    const text = replying ? input.slice(REPLY_MARK.length).trim() : input;
    if (text) {
      const { reply, asked } = await askOnce(service, text, {
        ...(options.locale ? { locale: options.locale } : {}),
        ...(replying ? { previous: last } : {}),
      });
      last = asked;
      write(replyToTerminal(reply, { color }));
    }
    rl.prompt();
  }
  rl.close();
}
