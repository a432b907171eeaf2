// Opens a notebook's index database so that nothing on disk can stop the app from starting:
// a missing file is created; a damaged one (not a database, corrupt pages, an unreadable
// header) or one of another schema version or notebook is deleted and built again; one that
// another connection keeps locked is left alone and a fresh file for this process is built
// beside it (removed on close; leftovers of dead processes are removed at the next open); and
// if even that fails, an in-memory database serves this session.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type SqliteDb, isCorruptionError, isLockError, openSqlite } from './driver';
import { INDEX_FILE } from './indexLocation';
import { SCHEMA_VERSION, createSchema, isEmptyDatabase, readMeta } from './schema';

export interface OpenedDatabase {
  db: SqliteDb;
  /** The file (or ':memory:') the worker must open to share this database. */
  file: string;
  /** True when the database was just created: the scan will read every file. */
  fresh: boolean;
  /** Why the usual file was not used as it was (for logs and tests). */
  recovered?: 'corrupt' | 'schema' | 'locked' | 'memory';
  /** A file only this process uses (delete it on close). */
  ownFile: boolean;
}

/** Page cache per connection (negative: KiB): the hot part of the index stays in memory. */
export const CACHE_KIB = -16384;

class StaleIndexError extends Error {}
class LockedIndexError extends Error {}

const PROCESS_FILE = /^index\.(\d+)\.sqlite(?:-wal|-shm|-journal)?$/;

export function deleteDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes per-process index files whose process has ended. */
function removeLeftovers(folder: string): void {
  for (const name of readdirSync(folder)) {
    const pid = PROCESS_FILE.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isAlive(Number(pid))) {
      rmSync(path.join(folder, name), { force: true });
    }
  }
}

function tryOpen(file: string, notebookRealPath: string): { db: SqliteDb; fresh: boolean } {
  const db = openSqlite(file, { busyTimeoutMs: 300 });
  try {
    // Reading the schema reads the header: a file that is not a database fails here.
    const empty = isEmptyDatabase(db);
    if (!empty) {
      const meta = readMeta(db);
      if (
        meta?.get('schemaVersion') !== String(SCHEMA_VERSION) ||
        meta.get('notebook') !== notebookRealPath
      ) {
        throw new StaleIndexError('The index was built by another version or for another notebook');
      }
    }
    if (db.pragmaValue('journal_mode = WAL') !== 'wal') throw new LockedIndexError('Cannot switch to WAL');
    // Take the write lock once: a connection that holds the database locked shows up now,
    // not at the first write.
    db.exec('BEGIN IMMEDIATE; COMMIT');
    // Found free: from now on, wait for the scan's short transactions rather than fail.
    db.exec('PRAGMA busy_timeout = 5000');
    // The index is a cache: without fsync a crash of the process loses nothing (the OS has the
    // writes); a power cut may damage the file, which the next open detects and rebuilds.
    db.exec('PRAGMA synchronous = OFF');
    db.exec(`PRAGMA cache_size = ${CACHE_KIB}`);
    if (empty) createSchema(db, notebookRealPath);
    return { db, fresh: empty };
  } catch (error) {
    db.close();
    throw error;
  }
}

function classify(error: unknown): 'corrupt' | 'schema' | 'locked' {
  if (error instanceof StaleIndexError) return 'schema';
  if (error instanceof LockedIndexError || isLockError(error)) return 'locked';
  if (isCorruptionError(error)) return 'corrupt';
  // Any other failure to read a header or page (SQLITE_IOERR_SHORT_READ on a truncated file,
  // SQLITE_CANTOPEN on a garbage -shm…) is treated as damage: the index is only a cache.
  return 'corrupt';
}

export function openIndexDatabase(folder: string, notebookRealPath: string): OpenedDatabase {
  const file = path.join(folder, INDEX_FILE);
  try {
    removeLeftovers(folder);
  } catch {
    // Nothing to clean, or the folder is not readable: opening will tell.
  }
  let reason: 'corrupt' | 'schema' | 'locked';
  try {
    const { db, fresh } = tryOpen(file, notebookRealPath);
    return { db, file, fresh, ownFile: false };
  } catch (error) {
    reason = classify(error);
  }
  if (reason !== 'locked') {
    try {
      deleteDatabaseFiles(file);
      const { db } = tryOpen(file, notebookRealPath);
      return { db, file, fresh: true, recovered: reason, ownFile: false };
    } catch (error) {
      // Still unusable (it cannot be deleted, or a lock appeared): fall through to a private file.
      if (!isLockError(error)) reason = 'corrupt';
    }
  }
  const own = path.join(folder, `index.${process.pid}.sqlite`);
  try {
    deleteDatabaseFiles(own);
    const { db } = tryOpen(own, notebookRealPath);
    return { db, file: own, fresh: true, recovered: reason, ownFile: true };
  } catch {
    const db = openSqlite(':memory:');
    createSchema(db, notebookRealPath);
    return { db, file: ':memory:', fresh: true, recovered: 'memory', ownFile: false };
  }
}
