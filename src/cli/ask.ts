/**
 * `npm run ask -- "<input>"`: answers one input with the bot's engine and rendering, no Discord
 * needed. `--json` prints `{"found": …, "reply": …}` (attachments listed under `reply.files`);
 * `--locale en-US` answers in English; `--out DIR` writes the attachments (charts) there; with no
 * input it answers every line of standard input in order (`/reload` lines reload). `--thread` reads
 * conversations: blocks separated by a blank line, each line after a block's first asked as a reply to
 * the answer before it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfigOrExit } from '../config.ts';
import { askOnce } from '../console/ask.ts';
import { runRepl } from '../console/repl.ts';
import { replyToTerminal } from '../render/text.ts';
import { createKnowledgeService, KnowledgeLoadError } from '../service.ts';

interface Args {
  json: boolean;
  /** Standard input holds conversations: each line replies to the answer before it in its block. */
  thread: boolean;
  locale?: string;
  out?: string;
  input?: string;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, thread: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--thread') args.thread = true;
    else if (arg === '--locale') {
      const value = argv[++i];
      if (!value) return '--locale needs a value, e.g. --locale en-US';
      args.locale = value;
    } else if (arg.startsWith('--locale=')) args.locale = arg.slice('--locale='.length);
    else if (arg === '--out') {
      const value = argv[++i];
      if (!value) return '--out needs a folder, e.g. --out charts/';
      args.out = value;
    } else if (arg.startsWith('--out=')) args.out = arg.slice('--out='.length);
    else if (arg === '--') rest.push(...argv.slice(i + 1).splice(0));
    else rest.push(arg);
    if (arg === '--') break;
  }
  if (rest.length > 0) args.input = rest.join(' ');
  if (args.thread && args.input !== undefined)
    return '--thread reads conversations from standard input: give no input argument';
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  console.error(args);
  process.exit(2);
}
const config = loadConfigOrExit(2);
let service: Awaited<ReturnType<typeof createKnowledgeService>>;
try {
  service = await createKnowledgeService({ dir: config.KNOWLEDGE_DIR });
} catch (error) {
  console.error(
    error instanceof KnowledgeLoadError ? error.message : 'the knowledge base could not be loaded',
  );
  process.exit(1);
}
const options = { ...(args.locale ? { locale: args.locale } : {}), charts: config.CHARTS };
const color = process.stdout.isTTY === true;
const print = (result: Awaited<ReturnType<typeof askOnce>>) => {
  if (args.out) {
    mkdirSync(args.out, { recursive: true });
    for (const file of result.reply.files ?? []) writeFileSync(path.join(args.out, file.name), file.data);
  }
  console.log(args.json ? JSON.stringify(result) : replyToTerminal(result.reply, { color }));
};

if (args.input !== undefined) {
  print(await askOnce(service, args.input, options));
} else if (process.stdin.isTTY && !args.json) {
  await runRepl(service, options);
} else {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // With --thread, the question (as asked) of the answer before, which the next line replies to; a
  // blank line ends the conversation.
  let previous: string | undefined;
  for await (const line of lines) {
    if (!line.trim()) {
      previous = undefined;
      continue;
    }
    const result = await askOnce(service, line, args.thread ? { ...options, previous } : options);
    previous = result.asked;
    print(result);
  }
}
