import { createInterface } from 'node:readline';
import { replyToTerminal } from '../render/text.ts';
import type { KnowledgeService } from '../service.ts';
import { askOnce } from './ask.ts';

/** The interactive console: type what you would type in Discord, see the bot's reply. */
export async function runRepl(
  service: KnowledgeService,
  options: { locale?: string; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {},
): Promise<void> {
  const output = options.output ?? process.stdout;
  const color = (output as NodeJS.WriteStream).isTTY === true;
  const rl = createInterface({ input: options.input ?? process.stdin, output, terminal: color });
  const write = (text: string) => output.write(`${text}\n`);
  write(
    'Ask about the article, e.g. `일본 법인세 감면은 언제까지야?`, `/company 리벨리온`, `/policy japan`, `/compare`, `/about`, `/reload`. Ctrl-D or /exit quits.',
  );
  rl.setPrompt('> ');
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === '/exit' || input === '/quit') break;
    if (input) {
      const { reply } = await askOnce(service, input, options.locale ? { locale: options.locale } : {});
      write(replyToTerminal(reply, { color }));
    }
    rl.prompt();
  }
  rl.close();
}
