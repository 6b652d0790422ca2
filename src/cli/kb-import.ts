/**
 * `npm run kb:import -- <file.txt|file.md|file.html|URL> [--id ID] [--out DIR] [--replace]`: writes a
 * draft knowledge file `DIR/<id>.json` (DIR default: KNOWLEDGE_DIR, `knowledge/`), prints what it
 * added and what needs review, and exits 1 with a clear message on bad input.
 */
import { loadConfigOrExit } from '../config.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { isPublicAddress } from '../import/fetch.ts';
import { ImportError } from '../import/problems.ts';
import { type ImportSummary, importArticle } from '../import/run.ts';

const USAGE =
  'usage: npm run kb:import -- <file.txt|file.md|file.html|URL> [--id ID] [--out DIR] [--replace]';

interface Args {
  source: string;
  id?: string;
  out?: string;
  replace: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const rest: string[] = [];
  const args: Partial<Args> = { replace: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (name: 'id' | 'out') => {
      const inline = arg.startsWith(`--${name}=`) ? arg.slice(name.length + 3) : undefined;
      const next = inline ?? argv[++i];
      if (!next) return `--${name} needs a value`;
      args[name] = next;
      return undefined;
    };
    let problem: string | undefined;
    if (arg === '--replace') args.replace = true;
    else if (arg === '--id' || arg.startsWith('--id=')) problem = value('id');
    else if (arg === '--out' || arg.startsWith('--out=')) problem = value('out');
    else if (arg.startsWith('--')) problem = `unknown option ${arg}`;
    else rest.push(arg);
    if (problem) return problem;
  }
  if (rest.length !== 1)
    return rest.length === 0 ? 'give one file or URL to import' : 'give only one file or URL';
  return { ...args, source: rest[0]!, replace: args.replace ?? false };
}

function report(summary: ImportSummary): string {
  const text = catalogue('en').import;
  const lines = [
    `${summary.file}: ${text.doneTitle.toLowerCase()} — ${summary.title}`,
    `  added: ${text.added(summary)}`,
  ];
  const previous = text.previous(summary);
  if (previous) lines.push(`  ${previous}`);
  lines.push(`  to review: ${text.review(summary)}`);
  for (const note of summary.notes) lines.push(`    - ${text.note(note)}`);
  if (summary.unlinked > 0) lines.push(`    - ${text.unlinked(summary.unlinked)}`);
  if (summary.candidates.length > 0) {
    lines.push(`  entities found (drafts):`);
    for (const c of summary.candidates)
      lines.push(`    - ${c.name} (${c.type}, ${c.id}): ${text.foundBy(c.found)}`);
  }
  return lines.join('\n');
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  console.error(`${args}\n${USAGE}`);
  process.exit(1);
}
const config = loadConfigOrExit(1);
const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(args.source);
try {
  const summary = await importArticle({
    source: isUrl ? { kind: 'url', url: args.source } : { kind: 'file', path: args.source },
    dir: args.out ?? config.KNOWLEDGE_DIR,
    id: args.id,
    replace: args.replace,
    fetch: { allowAddress: config.IMPORT_ALLOW_PRIVATE ? () => true : isPublicAddress },
  });
  console.log(report(summary));
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`kb:import: ${catalogue('en').import.problem(error.problem)}`);
  process.exitCode = 1;
}
