// Reading and writing note files for the repositories: fresh reads for get/update (the version
// must be of the bytes on disk now), a scan cache keyed by path, size, mtime and inode for
// lists, one write at a time per notebook, atomic writes, and the notebook.changed event.
import { readFile, stat } from 'node:fs/promises';
import { ApiError } from '../../shared/contract';
import type { Problem } from '../../shared/contract';
import { writeFileAtomic, writeFileExclusive } from './atomicWrite';
import type { ChangeEvents } from './changeEvents';
import { type FieldsSchema, type ParsedNote, type ReadableNote, parseNote } from './frontMatter/parse';
import { type NotebookPaths, ioError, isMissing } from './paths';
import type { OwnWrites } from './ownWrites';
import { versionOf } from './version';

/** What a list needs of a note; kept in the scan cache. */
export type NoteSummary<F> =
  | { readable: true; version: string; fields: Partial<F>; problems: Problem[] }
  | { readable: false; version: string; reason: string };

interface CacheEntry {
  key: string;
  summary: NoteSummary<unknown>;
}

export class NoteStore {
  private readonly cache = new Map<string, CacheEntry>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly paths: NotebookPaths,
    private readonly events: ChangeEvents,
    private readonly ownWrites: OwnWrites,
  ) {}

  /** The note as on disk now; undefined when the file does not exist. */
  async read<F>(abs: string, schema: FieldsSchema): Promise<ParsedNote<F> | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(abs);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw ioError(this.paths.rel(abs), error);
    }
    return parseNote<F>(bytes, schema);
  }

  /** A readable note, or the errors of contract.md: NOT_FOUND, UNREADABLE_FILE. */
  async readOrThrow<F>(abs: string, schema: FieldsSchema, what: string): Promise<ReadableNote<F>> {
    const note = await this.read<F>(abs, schema);
    if (!note) throw new ApiError('NOT_FOUND', `No such ${what}`);
    if (!note.readable) throw unreadable(this.paths.rel(abs), note.reason);
    return note;
  }

  /** For lists: parsed once per version of the file, as long as its size, mtime and inode hold. */
  async summary<F>(abs: string, schema: FieldsSchema): Promise<NoteSummary<F> | undefined> {
    let key: string;
    try {
      const info = await stat(abs);
      if (!info.isFile()) return undefined;
      key = `${info.size}:${info.mtimeMs}:${info.ino}`;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw ioError(this.paths.rel(abs), error);
    }
    const cached = this.cache.get(abs);
    if (cached?.key === key) return cached.summary as NoteSummary<F>;
    let note: ParsedNote<F> | undefined;
    try {
      note = await this.read<F>(abs, schema);
    } catch (error) {
      // One file the app may not read (permissions) must not hide all the others.
      const reason =
        error instanceof ApiError ? String((error.details as { reason?: unknown }).reason) : String(error);
      return { readable: false, version: '', reason: `The file cannot be opened (${reason})` };
    }
    if (!note) return undefined;
    const summary: NoteSummary<F> = note.readable
      ? { readable: true, version: note.version, fields: note.fields, problems: note.problems }
      : { readable: false, version: note.version, reason: note.reason };
    this.cache.set(abs, { key, summary });
    return summary;
  }

  /** Runs `task` after every write started before it: versions are checked and files written
   *  one at a time, so two saves of one file cannot both pass the version check. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Replaces a file atomically; returns the new version. */
  async write(abs: string, text: string): Promise<string> {
    const bytes = Buffer.from(text, 'utf8');
    const version = versionOf(bytes);
    const rel = this.paths.rel(abs);
    this.ownWrites.expect(rel, version);
    try {
      await writeFileAtomic(abs, bytes);
    } catch (error) {
      throw ioError(rel, error);
    }
    this.events.changed([rel]);
    return version;
  }

  /** Writes a new file; false when the name is already taken (never overwrites). */
  async create(abs: string, text: string): Promise<string | undefined> {
    const bytes = Buffer.from(text, 'utf8');
    const version = versionOf(bytes);
    const rel = this.paths.rel(abs);
    this.ownWrites.expect(rel, version);
    try {
      if (!(await writeFileExclusive(abs, bytes))) return undefined;
    } catch (error) {
      throw ioError(rel, error);
    }
    this.events.changed([rel]);
    return version;
  }
}

export function unreadable(relPath: string, reason: string): ApiError {
  return new ApiError('UNREADABLE_FILE', `${relPath} cannot be read: ${reason}`, { path: relPath, reason });
}
