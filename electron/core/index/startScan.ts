// Starts a scan where it runs best: in a worker thread when the built worker file exists (the
// app and the benchmark, from out/), otherwise on the main thread (vitest runs the TypeScript
// sources, which a worker cannot load; an in-memory index cannot be shared with a worker).
// The worker file is looked up beside this module's file and one folder up, because the
// bundler may place this module in a chunk below out/main/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SqliteDb } from './driver';
import { SCAN_THREAD_LIMITS } from './parserThread';
import { type ScanJob, type ScanMessage, runScanJobInProcess } from './scanJob';

export type ScanMode = 'worker' | 'in-process';

export interface ScanHandle {
  mode: ScanMode;
  /** Resolves when the scan is finished (or stopped); rejects with the failure. */
  done: Promise<void>;
  /** Resolves with the quick_check result when one was asked for. */
  integrity: Promise<{ ok: boolean; detail: string } | undefined>;
  /** Resolves when the job has nothing left to do (merging and checking included). */
  finished: Promise<void>;
  stop(): Promise<void>;
}

export class ScanFailure extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const WORKER_FILE = 'scanWorker.js';

function findWorkerFile(explicit?: string): string | undefined {
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  let here: string;
  try {
    here = path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
  return [path.join(here, WORKER_FILE), path.join(here, '..', WORKER_FILE)].find((file) => existsSync(file));
}

export function startScan(options: {
  job: Omit<ScanJob, 'stop'>;
  db: SqliteDb;
  mode: 'auto' | ScanMode;
  workerFile?: string;
  onProgress: (done: number, total: number) => void;
}): ScanHandle {
  const stop = new SharedArrayBuffer(4);
  const job: ScanJob = { ...options.job, stop };
  const workerFile =
    options.mode === 'in-process' || job.file === ':memory:' ? undefined : findWorkerFile(options.workerFile);
  if (options.mode === 'worker' && !workerFile) {
    throw new Error(`The scan worker file was not found (${options.workerFile ?? WORKER_FILE}); build first`);
  }

  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  let settleIntegrity!: (value: { ok: boolean; detail: string } | undefined) => void;
  const integrity = new Promise<{ ok: boolean; detail: string } | undefined>(
    (resolve) => (settleIntegrity = resolve),
  );
  if (!job.checkIntegrity) settleIntegrity(undefined);
  let settleFinished!: () => void;
  const finished = new Promise<void>((resolve) => (settleFinished = resolve));

  const onMessage = (message: ScanMessage): void => {
    switch (message.type) {
      case 'progress':
        options.onProgress(message.done, message.total);
        break;
      case 'done':
      case 'stopped':
        settle.resolve();
        break;
      case 'failed':
        settle.reject(new ScanFailure(message.message, message.code));
        settleIntegrity(undefined);
        break;
      case 'integrity':
        settleIntegrity({ ok: message.ok, detail: message.detail });
        break;
      case 'idle':
        settleIntegrity(undefined);
        settleFinished();
        break;
    }
  };

  if (!workerFile) {
    const running = runScanJobInProcess(job, options.db, onMessage);
    return {
      mode: 'in-process',
      done,
      integrity,
      finished,
      stop: async () => {
        Atomics.store(new Int32Array(stop), 0, 1);
        await running;
      },
    };
  }

  const worker = new Worker(workerFile, { workerData: job, resourceLimits: SCAN_THREAD_LIMITS });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', onMessage);
  worker.on('error', (error: Error & { code?: string }) =>
    settle.reject(new ScanFailure(error.message, error.code)),
  );
  void exited.then(() => {
    // A worker that ends without a word (killed, out of memory) must not leave `done` pending.
    settle.reject(new ScanFailure('The scan worker stopped unexpectedly'));
    settleIntegrity(undefined);
    settleFinished();
  });
  return {
    mode: 'worker',
    done,
    integrity,
    finished,
    stop: async () => {
      Atomics.store(new Int32Array(stop), 0, 1);
      await exited;
    },
  };
}
