// Atomic file writes (vault-format.md, "Atomic"): the data goes to a temp file in the target's
// own folder — rename is only atomic within one file system — is flushed to disk, then renamed
// over the target, so a crash at any moment leaves the old or the new file, never a mix.
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { tempFileName } from './tempFiles';

export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const tempPath = await writeTemp(filePath, data);
  try {
    await rename(tempPath, filePath);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(filePath));
}

/**
 * Writes a new file, never replacing one: false when `filePath` already exists. The complete
 * temp file is hard-linked to the name, which fails if the name is taken, so even a racing
 * writer cannot be overwritten. File systems without hard links (FAT, some network shares)
 * fall back to check-then-rename.
 */
export async function writeFileExclusive(filePath: string, data: string | Uint8Array): Promise<boolean> {
  const tempPath = await writeTemp(filePath, data);
  try {
    try {
      await link(tempPath, filePath);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      if (
        await stat(filePath).then(
          () => true,
          () => false,
        )
      )
        return false;
      await rename(tempPath, filePath);
    }
    await syncFolder(path.dirname(filePath));
    return true;
  } finally {
    await unlink(tempPath).catch(() => undefined);
  }
}

/** The data, complete and flushed, in a fresh temp file beside `filePath`. */
async function writeTemp(filePath: string, data: string | Uint8Array): Promise<string> {
  const tempPath = path.join(path.dirname(filePath), tempFileName());
  const mode = await modeOf(filePath);
  try {
    // 'wx': never reuse an existing name, even one left by another process.
    const handle = await open(tempPath, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return tempPath;
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
}

/** Keeps the permissions of the file being replaced; a new file gets the usual 0644. */
async function modeOf(filePath: string): Promise<number> {
  try {
    return (await stat(filePath)).mode & 0o777;
  } catch {
    return 0o644;
  }
}

/** Flushes the folder entry so the rename itself survives a power cut (best effort: Windows
 *  cannot open folders this way). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on this platform or file system; the rename already happened.
  }
}
