// A notebook's search index, as the core uses it: open (or build) the database in the cache
// folder, bring it up to date with a scan in a worker thread (warm start: only files whose
// path, mtime or size changed are read), then answer search.query, history.stats,
// actions.list and customers.list, and take single-file updates from the watcher. A damaged
// database found at any point is deleted and built again; the notebook is never touched.
import { mkdirSync } from 'node:fs';
import type {
  ActionItem,
  CustomerSummary,
  HistoryStats,
  MethodOutput,
  ParsedInput,
} from '../../../shared/contract';
import { ApiError } from '../../../shared/contract/errors';
import type { CustomerKind } from '../../../shared/domain/enums';
import { isoDay } from '../clock';
import { listActions, openActionCounts } from './actionsQuery';
import { listCustomers } from './customersQuery';
import { isCorruptionError } from './driver';
import { indexFolder, notebookRealPath } from './indexLocation';
import { type OpenedDatabase, deleteDatabaseFiles, openIndexDatabase } from './openDatabase';
import { IndexWriter } from './indexWriter';
import { updatePaths } from './scanNotebook';
import { SearchIndex } from './searchIndex';
import { type ScanHandle, type ScanMode, ScanFailure, startScan } from './startScan';
import { historyStats } from './statsQuery';

export interface OpenIndexOptions {
  notebookPath: string;
  /** The app's cache folder (PREPNOTE_CACHE_DIR or the platform's); the index goes below it. */
  cacheDir: string;
  /** Scan progress, for the `index.progress` event. */
  onProgress?: (done: number, total: number) => void;
  /** 'auto' (default): a worker thread when the built worker file exists, else in-process. */
  scan?: 'auto' | ScanMode;
  /** The built scanWorker.js, when it is not beside this module's bundle. */
  scanWorkerFile?: string;
  /** Parse files on a second thread during the scan (default true; the benchmark compares). */
  parserThread?: boolean;
  /** Today's date as YYYY-MM-DD (the system clock's local day by default); the core passes its
   *  own clock's, so that tests which fix "today" fix it here too. */
  today?: () => string;
}

export interface IndexInfo {
  file: string;
  /** The database was created at this open (a cold start). */
  fresh: boolean;
  recovered?: OpenedDatabase['recovered'];
  scanMode: ScanMode;
}

export interface NotebookIndex {
  /** Resolves when the (cold or warm) scan has finished. */
  ready: Promise<void>;
  isReady(): boolean;
  /** Resolves once the scan, the segment merge after a build, the integrity check after a
   *  warm start and any rebuild it started are all finished (tests and the benchmark). */
  whenIdle(): Promise<void>;
  /** After notebook.changed: re-reads those files or folders (relative, `/`), synchronously. */
  updateFiles(relPaths: string[]): void;
  search(input: ParsedInput<'search.query'>): MethodOutput<'search.query'>;
  stats(customerId?: string): HistoryStats;
  actions(input: { customerId?: string; open?: boolean }): ActionItem[];
  /** customerId → open action items, for every customer the index knows (0 included). */
  openActionCounts(): Map<string, number>;
  customers(input: { query?: string; kind?: CustomerKind }): CustomerSummary[];
  info(): IndexInfo;
  close(): Promise<void>;
}

export async function openIndex(options: OpenIndexOptions): Promise<NotebookIndex> {
  const notebookPath = notebookRealPath(options.notebookPath);
  const folder = indexFolder(options.cacheDir, notebookPath);
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    // An unwritable cache folder: openIndexDatabase falls back to an in-memory index.
  }
  const today = options.today ?? (() => isoDay(new Date()));
  const onProgress = options.onProgress ?? (() => undefined);

  let opened = openIndexDatabase(folder, notebookPath);
  let searcher = new SearchIndex(opened.db);
  let scan: ScanHandle | undefined;
  let ready = false;
  let closed = false;
  let rebuilding: Promise<void> | undefined;
  const pending: string[] = [];
  // The main thread's writer, made once a scan is over (it caches customer names and row ids,
  // which only a scan changes behind its back) and dropped with its database.
  let writer: IndexWriter | undefined;
  const update = (relPaths: string[]) => {
    writer ??= new IndexWriter(opened.db);
    updatePaths(opened.db, notebookPath, relPaths, writer);
  };

  const runScan = async (mode = options.scan ?? 'auto'): Promise<void> => {
    writer = undefined;
    scan = startScan({
      job: {
        file: opened.file,
        notebookPath,
        checkIntegrity: !opened.fresh,
        parserThread: options.parserThread,
      },
      db: opened.db,
      mode,
      workerFile: options.scanWorkerFile,
      onProgress,
    });
    const current = scan;
    await current.done;
    writer = undefined;
    void current.integrity.then((result) => {
      if (result && !result.ok && !closed && scan === current) void rebuild();
    });
  };

  /** Throws the damaged file away and scans into a fresh one. */
  const reopenFresh = (): void => {
    opened.db.close();
    if (opened.file !== ':memory:') deleteDatabaseFiles(opened.file);
    opened = openIndexDatabase(folder, notebookPath);
    searcher = new SearchIndex(opened.db);
  };

  const rebuild = (): Promise<void> => {
    rebuilding ??= (async () => {
      await scan?.stop();
      if (closed) return;
      reopenFresh();
      await runScan();
      if (!closed) applyPending();
    })().finally(() => (rebuilding = undefined));
    return rebuilding;
  };

  function applyPending(): void {
    if (pending.length > 0) update(pending.splice(0));
  }

  const readyPromise = (async () => {
    try {
      await runScan();
    } catch (error) {
      if (!(error instanceof ScanFailure) || closed) throw error;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // A note too big for the scan thread's heap: the main thread has no such limit.
        await runScan('in-process');
      } else if (isCorruptionError(error)) {
        reopenFresh();
        await runScan();
      } else {
        throw error;
      }
    }
    if (closed) return;
    applyPending();
    ready = true;
  })();
  // `ready` is the caller's to await; a failure must not also surface as an unhandled rejection.
  readyPromise.catch(() => undefined);

  /** Runs a query; a damaged database answers IO_ERROR once and is rebuilt behind it. */
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      if (!isCorruptionError(error)) throw error;
      void rebuild();
      throw new ApiError('IO_ERROR', 'The search index was damaged and is being rebuilt', {
        path: opened.file,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return {
    ready: readyPromise,
    isReady: () => ready && rebuilding === undefined,
    whenIdle: async () => {
      await readyPromise.catch(() => undefined);
      for (;;) {
        const current = scan;
        // runScan's own handler on `integrity` runs before `finished` settles and starts any
        // rebuild it needs.
        await current?.finished;
        if (rebuilding) await rebuilding.catch(() => undefined);
        else if (scan === current) return;
      }
    },
    updateFiles: (relPaths) => {
      if (closed) return;
      if (!ready || rebuilding) {
        pending.push(...relPaths);
        return;
      }
      try {
        update(relPaths);
      } catch (error) {
        // The rebuild reads every file again, these included.
        if (!isCorruptionError(error)) throw error;
        void rebuild();
      }
    },
    search: (input) => guard(() => searcher.search(input)),
    stats: (customerId) => guard(() => historyStats(opened.db, today(), customerId)),
    actions: (input) => guard(() => listActions(opened.db, input)),
    openActionCounts: () => guard(() => openActionCounts(opened.db)),
    customers: (input) => guard(() => listCustomers(opened.db, today(), input)),
    info: () => {
      const info: IndexInfo = {
        file: opened.file,
        fresh: opened.fresh,
        scanMode: scan?.mode ?? 'in-process',
      };
      if (opened.recovered) info.recovered = opened.recovered;
      return info;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await scan?.stop();
      await rebuilding?.catch(() => undefined);
      opened.db.close();
      if (opened.ownFile) deleteDatabaseFiles(opened.file);
    },
  };
}
