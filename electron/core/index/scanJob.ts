// One scan as a job with messages, the same whether it runs in the worker thread (which opens
// its own connection to the database file, so 60 MB of notes never reach the main thread) or
// on the main thread (under vitest, where the worker's TypeScript cannot run, and for an in-memory
// index). A shared flag stops it between two transactions.
import { type SqliteDb, openSqlite, sqliteErrorCode } from './driver';
import { CACHE_KIB } from './openDatabase';
import { type ParserThread, startParser } from './parserThread';
import { BATCH_SIZE, type ScanSummary, scanNotebook } from './scanNotebook';

export interface ScanJob {
  /** The database file to open (the worker's own connection). */
  file: string;
  notebookPath: string;
  /** Int32 flag: set to 1 to stop between two transactions. */
  stop: SharedArrayBuffer;
  /** Run PRAGMA quick_check once the scan is done (a warm start of an existing file). */
  checkIntegrity: boolean;
  /** Parse on a second thread while this one writes (worker only; on by default). */
  parserThread?: boolean;
}

export type ScanMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; summary: ScanSummary }
  | { type: 'stopped' }
  | { type: 'failed'; message: string; code?: string }
  | { type: 'integrity'; ok: boolean; detail: string }
  /** Everything the job does after the scan (merging, checking) is finished too. */
  | { type: 'idle' };

function isStopped(stop: SharedArrayBuffer): boolean {
  return Atomics.load(new Int32Array(stop), 0) === 1;
}

function failure(error: unknown): ScanMessage {
  const message = error instanceof Error ? error.message : String(error);
  const code = sqliteErrorCode(error);
  return code ? { type: 'failed', message, code } : { type: 'failed', message };
}

/**
 * After a build, merges fts5's segments in small steps (each its own transaction, so a save
 * from the main thread waits 30 ms at most): queries get about 30% faster. The automerge
 * setting of schema.ts leaves this work for later on purpose, so that the build is quicker.
 */
function mergeSegments(db: SqliteDb, stop: SharedArrayBuffer): void {
  const changes = db.prepare<{ n: number }>('SELECT total_changes() AS n');
  const merge = db.prepare("INSERT INTO fts (fts, rank) VALUES ('merge', 500)");
  for (let step = 0; step < 10_000 && !isStopped(stop); step++) {
    const before = changes.get()?.n ?? 0;
    merge.run();
    // fts5 changes (almost) nothing once no level has enough segments left to merge.
    if ((changes.get()?.n ?? 0) - before < 2) break;
  }
}

/** A build wrote enough to leave many small segments behind. */
function worthMerging(summary: ScanSummary): boolean {
  return summary.read >= 2 * BATCH_SIZE;
}

function integrity(db: SqliteDb): ScanMessage {
  try {
    const detail = String(db.pragmaValue('quick_check'));
    return { type: 'integrity', ok: detail === 'ok', detail };
  } catch (error) {
    return { type: 'integrity', ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

async function closeParser(parser: ParserThread | undefined): Promise<void> {
  await parser?.close();
}

/**
 * Runs the whole job on a connection of its own (the worker's way), with a parser thread
 * started from `parserFile` when given.
 */
export async function runScanJob(
  job: ScanJob,
  post: (message: ScanMessage) => void,
  parserFile?: URL,
): Promise<void> {
  let conn: SqliteDb | undefined;
  let parser: ParserThread | undefined;
  // A second thread pays off for a build, not for the few files of a warm start.
  const reader = (total: number) => {
    if (!parserFile || job.parserThread === false || total <= 2 * BATCH_SIZE) return undefined;
    parser = startParser(parserFile, job.notebookPath);
    return parser.read;
  };
  try {
    conn = openSqlite(job.file, { mustExist: true });
    conn.exec('PRAGMA synchronous = OFF');
    conn.exec(`PRAGMA cache_size = ${CACHE_KIB}`);
    const summary = await scanNotebook(conn, job.notebookPath, {
      reader,
      onProgress: (progress) => post({ type: 'progress', ...progress }),
      shouldStop: () => isStopped(job.stop),
    });
    await closeParser(parser);
    if (!summary) return post({ type: 'stopped' });
    post({ type: 'done', summary });
    if (worthMerging(summary)) mergeSegments(conn, job.stop);
    if (job.checkIntegrity && !isStopped(job.stop)) post(integrity(conn));
  } catch (error) {
    post(failure(error));
  } finally {
    await closeParser(parser);
    conn?.close();
    post({ type: 'idle' });
  }
}

/** The same job on the main thread, giving the event loop a turn after every transaction. */
export async function runScanJobInProcess(
  job: ScanJob,
  db: SqliteDb,
  post: (message: ScanMessage) => void,
): Promise<void> {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  try {
    const summary = await scanNotebook(db, job.notebookPath, {
      onProgress: (progress) => post({ type: 'progress', ...progress }),
      shouldStop: () => isStopped(job.stop),
      pause: turn,
    });
    if (!summary) return post({ type: 'stopped' });
    post({ type: 'done', summary });
    await turn();
    if (worthMerging(summary)) mergeSegments(db, job.stop);
    if (job.checkIntegrity && !isStopped(job.stop)) post(integrity(db));
  } catch (error) {
    post(failure(error));
  } finally {
    post({ type: 'idle' });
  }
}
