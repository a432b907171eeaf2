// Removes the app's temp files left behind by a crash (vault-format.md, "Atomic"). Only files
// older than a few minutes go, so a write in flight by another instance of the app is never
// touched; links are not followed, and nothing but the app's own prefix is ever removed.
import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isTempFileName } from './tempFiles';

export const STALE_TEMP_MS = 5 * 60 * 1000;
const MAX_DEPTH = 4;

/** Returns the paths removed (absolute). */
export async function removeStaleTempFiles(root: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  await walk(root, 0, now, removed, path.join(root, '.prepnote', 'trash'));
  return removed;
}

async function walk(
  dir: string,
  depth: number,
  now: number,
  removed: string[],
  trash: string,
): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folder: nothing of ours can be cleaned there
  }
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    if (entry.isFile() && isTempFileName(entry.name)) {
      try {
        if (now - (await lstat(abs)).mtimeMs > STALE_TEMP_MS) {
          await unlink(abs);
          removed.push(abs);
        }
      } catch {
        // Gone already, or not ours to remove (permissions): leave it.
      }
    } else if (entry.isDirectory() && depth < MAX_DEPTH && !SKIPPED.has(entry.name) && abs !== trash) {
      await walk(abs, depth + 1, now, removed, trash);
    }
  }
}

// Other tools' folders; the trash is skipped too (its files are kept as they were deleted).
const SKIPPED = new Set(['.git', 'node_modules', '.obsidian']);
