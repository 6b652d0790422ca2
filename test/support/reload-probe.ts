/**
 * Run as its own process (possibly as an unprivileged user): loads the knowledge folder given as
 * the first argument, answers a question, makes its knowledge file unreadable, reloads, answers
 * again, and prints what happened as one JSON line.
 */
import { chmod, readdir } from 'node:fs/promises';
import path from 'node:path';
import { askOnce } from '../../src/console/ask.ts';
import { formatKnowledgeError } from '../../src/knowledge/loader.ts';
import { createKnowledgeService } from '../../src/service.ts';

const dir = process.argv[2] ?? '';
const service = await createKnowledgeService({ dir });
const before = await askOnce(service, '/company 리벨리온');
for (const name of await readdir(dir)) if (name.endsWith('.json')) await chmod(path.join(dir, name), 0o000);
const reload = await service.reload();
const after = await askOnce(service, '/company 리벨리온');
console.log(
  JSON.stringify({
    ok: reload.ok,
    errors: reload.ok ? [] : reload.errors.map(formatKnowledgeError),
    same: JSON.stringify(before) === JSON.stringify(after),
  }),
);
