// The one place that knows which SQLite library the index runs on (better-sqlite3 12, which
// bundles SQLite with FTS5). Everything else talks to this small adapter, so node:sqlite or a
// WebAssembly build could replace it by rewriting this file only.
import Database from 'better-sqlite3';

export type BindValue = string | number | bigint | null | Buffer;

export interface Statement<Row = unknown> {
  run(...params: BindValue[]): { changes: number };
  get(...params: BindValue[]): Row | undefined;
  all(...params: BindValue[]): Row[];
}

export interface SqliteDb {
  readonly path: string;
  exec(sql: string): void;
  prepare<Row = unknown>(sql: string): Statement<Row>;
  /** Runs `fn` inside BEGIN IMMEDIATE/COMMIT (ROLLBACK if it throws) and returns its result.
   *  IMMEDIATE: the write lock is taken (waiting out the busy timeout) before anything is read,
   *  so a transaction that reads then writes cannot fail with SQLITE_BUSY_SNAPSHOT when the
   *  other thread committed in between. */
  transaction<T>(fn: () => T): T;
  /** A pragma's first value (`journal_mode`, `quick_check`…). */
  pragmaValue(pragma: string): unknown;
  close(): void;
}

export interface OpenOptions {
  /** How long a statement waits for another connection's lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** Open only an existing file (the worker joins a database the main thread prepared). */
  mustExist?: boolean;
}

export function openSqlite(file: string, options: OpenOptions = {}): SqliteDb {
  const db = new Database(file, {
    timeout: options.busyTimeoutMs ?? 5000,
    fileMustExist: options.mustExist ?? false,
  });
  return {
    path: file,
    exec: (sql) => {
      db.exec(sql);
    },
    prepare: <Row>(sql: string) => db.prepare(sql) as unknown as Statement<Row>,
    transaction: <T>(fn: () => T) => db.transaction(fn).immediate(),
    pragmaValue: (pragma) => db.pragma(pragma, { simple: true }),
    close: () => db.close(),
  };
}

/** SQLite's result code of a driver error (`SQLITE_CORRUPT`, `SQLITE_BUSY`…), if it is one. */
export function sqliteErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** The database file is damaged or is not a database at all: delete it and build again. */
export function isCorruptionError(error: unknown): boolean {
  const code = sqliteErrorCode(error) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB');
}

/** Another connection (or process) holds a lock we could not wait out. */
export function isLockError(error: unknown): boolean {
  const code = sqliteErrorCode(error) ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}
