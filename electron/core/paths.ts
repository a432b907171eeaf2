// Every path the app touches, resolved inside the notebook (vault-format.md, "Ids and file
// names"): ids are checked by ids.ts, matched in NFC against what is on disk (so an NFC id finds
// a folder macOS stored in NFD), and a symbolic link whose real path leads out of the notebook
// is refused with FORBIDDEN_PATH.
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/contract';
import { isTempFileName } from './tempFiles';

export class NotebookPaths {
  private constructor(
    /** The notebook folder as opened (absolute). */
    readonly root: string,
    /** Its real path: every resolved path must lie under it. */
    readonly realRoot: string,
  ) {}

  static async open(root: string): Promise<NotebookPaths> {
    const absolute = path.resolve(root);
    return new NotebookPaths(absolute, await realpath(absolute));
  }

  /** Notebook-relative path with `/`, as events and the API carry it. */
  rel(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/');
  }

  abs(rel: string): string {
    return path.join(this.root, ...rel.split('/'));
  }

  get customersDir(): string {
    return path.join(this.root, 'customers');
  }

  get prepnoteDir(): string {
    return path.join(this.root, '.prepnote');
  }

  /** FORBIDDEN_PATH {id} unless `abs` (or, when it does not exist yet, its nearest existing
   *  folder) really lies inside the notebook once every symbolic link is followed. */
  async ensureInside(abs: string, id: string): Promise<void> {
    let probe = abs;
    for (;;) {
      try {
        const real = await realpath(probe);
        if (real === this.realRoot || real.startsWith(this.realRoot + path.sep)) return;
        throw new ApiError('FORBIDDEN_PATH', `"${id}" leads outside the notebook`, { id });
      } catch (error) {
        if (!isMissing(error)) throw error;
        const parent = path.dirname(probe);
        if (parent === probe) throw error;
        probe = parent;
      }
    }
  }

  /** The entry of `dir` whose name equals `name` in NFC (the name as stored), if any. */
  async findEntry(dir: string, name: string): Promise<string | undefined> {
    const wanted = name.normalize('NFC');
    if (await exists(path.join(dir, wanted))) return wanted;
    for (const entry of await readNames(dir)) if (entry.normalize('NFC') === wanted) return entry;
    return undefined;
  }
}

/** Names in a folder, without hidden entries and the app's temp files; [] when it is missing. */
export async function readNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => !name.startsWith('.') && !isTempFileName(name));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

export async function exists(abs: string): Promise<boolean> {
  try {
    await lstat(abs);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

export function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** A file-system error as the API reports it: IO_ERROR {path, reason}, path relative. */
export function ioError(relPath: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return new ApiError('IO_ERROR', `Could not access ${relPath}: ${reason}`, { path: relPath, reason });
}
