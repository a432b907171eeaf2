// The scan's worker thread, a thin wrapper with two roles: the scan itself (its own SQLite
// connection; it starts a second copy of this file as its parser), and that parser. Built to
// its own file (out/main/scanWorker.js, an input of electron.vite.config.ts) because a worker
// thread needs a file of its own.
import { parentPort, workerData } from 'node:worker_threads';
import { serveParser } from './parserThread';
import { type ScanJob, runScanJob } from './scanJob';

const input = workerData as { role: 'parse' } | ({ role?: 'scan' } & ScanJob);

if (input.role === 'parse') {
  if (parentPort) serveParser(parentPort);
} else {
  void runScanJob(input, (message) => parentPort?.postMessage(message), new URL(import.meta.url));
}
