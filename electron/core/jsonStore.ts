// Small JSON settings files through lowdb, with the app's atomic writes, and the corrupt-file
// rule of architecture.md: a file that is not valid JSON (or not a JSON object) is set aside as
// `<name>.bak` (`<name>.2.bak` … when that is taken) and reported, never replaced silently.
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { type Adapter, Low } from 'lowdb';
import { ApiError } from '../../shared/contract';
import { writeFileAtomic } from './atomicWrite';
import { exists, isMissing } from './paths';

export type JsonObject = Record<string, unknown>;

class CorruptJsonError extends Error {}

/** lowdb adapter: read as JSON (null when missing), write atomically. */
class AtomicJsonFile implements Adapter<JsonObject> {
  /** Set when the file on disk could not be read nor set aside: it must not be overwritten. */
  readOnly = false;

  constructor(private readonly file: string) {}

  async read(): Promise<JsonObject | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch (error) {
      throw new CorruptJsonError(
        `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new CorruptJsonError('not a JSON object');
    }
    return data as JsonObject;
  }

  async write(data: JsonObject): Promise<void> {
    if (this.readOnly) {
      throw new ApiError('IO_ERROR', `${this.file} is not saved: the file there could not be read`, {
        path: this.file,
        reason: 'unreadable',
      });
    }
    await writeFileAtomic(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }
}

export interface JsonStore {
  db: Low<JsonObject>;
  /** Set when the file was corrupt: what happened, in plain English. */
  problem?: { path: string; reason: string };
}

export async function openJsonStore(file: string): Promise<JsonStore> {
  const adapter = new AtomicJsonFile(file);
  const db = new Low<JsonObject>(adapter, {});
  try {
    await db.read();
    return { db };
  } catch (error) {
    db.data = {};
    if (error instanceof CorruptJsonError) {
      try {
        const backup = await setAside(file);
        return {
          db,
          problem: {
            path: file,
            reason: `The file was ${error.message}; it was set aside as ${path.basename(backup)}`,
          },
        };
      } catch (renameError) {
        adapter.readOnly = true;
        const reason = `The file was ${error.message} and could not be set aside (${codeOf(renameError)}); changes are not saved`;
        return { db, problem: { path: file, reason } };
      }
    }
    // Not readable at all (permissions): defaults for now, and the file is left alone.
    adapter.readOnly = true;
    return {
      db,
      problem: { path: file, reason: `The file cannot be read (${codeOf(error)}); changes are not saved` },
    };
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

async function setAside(file: string): Promise<string> {
  for (let n = 1; ; n++) {
    const backup = n === 1 ? `${file}.bak` : `${file}.${n}.bak`;
    if (await exists(backup)) continue;
    await rename(file, backup);
    return backup;
  }
}
