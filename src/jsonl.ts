import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Appends one line to a JSON-lines log, first moving the file to `<file>.1` when the line would take it
 * past `maxBytes` (one previous file is kept). The file is readable by its owner only.
 */
export async function appendRotated(file: string, line: string, maxBytes: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (size + Buffer.byteLength(line) > maxBytes && size > 0) await rename(file, `${file}.1`);
  await appendFile(file, line, { mode: 0o600 });
}
