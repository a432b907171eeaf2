// The scan: compares the notebook's files (path, mtime, size) with the scan cache, reads only
// new or changed ones, forgets removed ones, and writes in transactions of a few hundred files
// so the first results are searchable early. Reading (files → parsed records) is a pluggable
// step: in the worker it runs on a second thread one batch ahead of the writes, so parsing
// and SQLite work overlap on two cores; elsewhere it runs inline. The same code serves single
// updates from the watcher.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqliteDb } from './driver';
import { IndexWriter, type WriteItem } from './indexWriter';
import { type ListedFile, listNoteFiles, listNotesAt } from './listNotes';
import { type NoteRecord, toRecord } from './noteRecord';
import { classifyNotePath } from './notePaths';
import { parseNote } from './readNote';

export const BATCH_SIZE = 400;

export interface ScanProgress {
  done: number;
  total: number;
}

export interface ScanSummary {
  read: number;
  removed: number;
  unchanged: number;
}

/** A batch of files, read: the notes to store, and the paths that turned out to be gone. */
export interface ParsedBatch {
  items: WriteItem[];
  gone: string[];
}

export type ReadBatch = (files: ListedFile[]) => ParsedBatch | Promise<ParsedBatch>;

/** Reads and parses one note; undefined when it vanished or cannot be read at all. */
function readNoteRecord(notebookPath: string, relPath: string): NoteRecord | undefined {
  const kind = classifyNotePath(relPath);
  if (!kind) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(notebookPath, relPath));
  } catch {
    // Gone since it was listed, or not readable by us: it is retried at the next change or start.
    return undefined;
  }
  return toRecord(relPath, kind, parseNote(bytes));
}

export function parseBatch(notebookPath: string, files: readonly ListedFile[]): ParsedBatch {
  const batch: ParsedBatch = { items: [], gone: [] };
  for (const file of files) {
    const record = readNoteRecord(notebookPath, file.path);
    if (record) batch.items.push({ record, stamp: { mtime: file.mtime, size: file.size } });
    else batch.gone.push(file.path);
  }
  return batch;
}

export interface ScanOptions {
  /** How batches are read when there are `total` files to read; inline parsing by default. */
  reader?: (total: number) => ReadBatch | undefined;
  batchSize?: number;
  onProgress(progress: ScanProgress): void;
  /** Checked between transactions: true ends the scan early (the app is closing). */
  shouldStop(): boolean;
  /** Awaited between transactions (the in-process scan gives the event loop a turn). */
  pause?: () => Promise<void>;
}

/** Brings the whole index up to date with the notebook; undefined when stopped early. */
export async function scanNotebook(
  db: SqliteDb,
  notebookPath: string,
  options: ScanOptions,
): Promise<ScanSummary | undefined> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const listed = listNoteFiles(notebookPath);
  const known = new Map<string, { mtime: number; size: number }>();
  const rows = db
    .prepare<{ path: string; mtime: number; size: number }>('SELECT path, mtime, size FROM files')
    .all();
  for (const row of rows) known.set(row.path, row);
  const toRead: ListedFile[] = [];
  for (const file of listed) {
    const before = known.get(file.path);
    known.delete(file.path);
    if (!before || before.mtime !== file.mtime || before.size !== file.size) toRead.push(file);
  }
  const removed = [...known.keys()];
  const writer = new IndexWriter(db);
  if (removed.length > 0) db.transaction(() => writer.apply(removed, []));

  const total = toRead.length;
  options.onProgress({ done: 0, total });
  const read = options.reader?.(total) ?? ((files: ListedFile[]) => parseBatch(notebookPath, files));
  const batches: ListedFile[][] = [];
  for (let at = 0; at < total; at += batchSize) batches.push(toRead.slice(at, at + batchSize));
  // One batch is read ahead while the previous one is written (no more: memory stays flat).
  const readAhead = (i: number): Promise<ParsedBatch> | undefined => {
    if (i >= batches.length) return undefined;
    const promise = Promise.resolve(read(batches[i] as ListedFile[]));
    // Handled here so that a failure while the previous batch is being written is not also
    // reported as unhandled; the await below still throws it.
    promise.catch(() => undefined);
    return promise;
  };
  let next = readAhead(0);
  let done = 0;
  for (let i = 0; i < batches.length; i++) {
    const batch = (await next) as ParsedBatch;
    next = readAhead(i + 1);
    db.transaction(() => writer.apply(batch.gone, batch.items));
    done += (batches[i] as ListedFile[]).length;
    options.onProgress({ done, total });
    if (options.pause) await options.pause();
    if (options.shouldStop()) {
      await next?.catch(() => undefined);
      return undefined;
    }
  }
  return { read: total, removed: removed.length, unchanged: listed.length - total };
}

/**
 * Brings the index up to date for changed paths (files or folders, relative, with `/`): named
 * note files are re-read, notes under a named folder only when their mtime or size changed,
 * and indexed notes no longer on disk are forgotten.
 */
export function updatePaths(
  db: SqliteDb,
  notebookPath: string,
  relPaths: readonly string[],
  writer = new IndexWriter(db),
): void {
  const stamps = db.prepare<{ mtime: number; size: number }>('SELECT mtime, size FROM files WHERE path = ?');
  const toRead = new Map<string, ListedFile>();
  const toRemove = new Set<string>();
  for (const raw of relPaths) {
    const relPath = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    const named = classifyNotePath(relPath) !== undefined;
    const present = listNotesAt(notebookPath, relPath);
    const presentPaths = new Set(present.map((file) => file.path));
    for (const file of present) {
      const before = named ? undefined : stamps.get(file.path);
      if (!before || before.mtime !== file.mtime || before.size !== file.size) toRead.set(file.path, file);
    }
    const indexed = named ? [relPath] : writer.pathsUnder(relPath);
    for (const old of indexed) if (!presentPaths.has(old)) toRemove.add(old);
  }
  for (const relPath of toRemove) toRead.delete(relPath);
  // Read outside the transaction, so the write lock is held only for the writes.
  const batch = parseBatch(notebookPath, [...toRead.values()]);
  db.transaction(() => writer.apply([...toRemove, ...batch.gone], batch.items));
}
