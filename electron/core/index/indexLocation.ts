// Where a notebook's index lives: `<cacheDir>/notebooks/<first 16 hex of sha256(real path)>/`,
// outside the notebook so that no sync tool copies a database around.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';

export const INDEX_FILE = 'index.sqlite';

export function notebookRealPath(notebookPath: string): string {
  try {
    return realpathSync.native(notebookPath);
  } catch {
    return path.resolve(notebookPath);
  }
}

export function indexFolder(cacheDir: string, realPath: string): string {
  const key = createHash('sha256').update(realPath).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'notebooks', key);
}
