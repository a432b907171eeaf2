// The scan's second thread: reads and parses batches of files (the JavaScript half of a cold
// build: UTF-8 decoding, YAML, Markdown tasks) while the scan thread writes the previous batch
// into SQLite (the C half), so a cold build uses both cores. Parsed batches come back by
// structured clone, one batch ahead at most.
import { type MessagePort, Worker } from 'node:worker_threads';
import type { ListedFile } from './listNotes';
import { type ParsedBatch, parseBatch } from './scanNotebook';

/**
 * Heap limits for the scan's threads. They allocate strings for 60 MB of notes and drop them a
 * batch later; with V8's defaults a cold build added 160 to 190 MB to the process, with these
 * about 100 MB, at no measurable cost in time. A thread that still runs out (a note of tens of
 * megabytes) fails with ERR_WORKER_OUT_OF_MEMORY and openIndex scans on the main thread instead.
 */
export const SCAN_THREAD_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

interface ParseRequest {
  seq: number;
  notebookPath: string;
  files: ListedFile[];
}

type ParseReply = { seq: number; batch: ParsedBatch } | { seq: number; error: string };

export interface ParserThread {
  read(files: ListedFile[]): Promise<ParsedBatch>;
  close(): Promise<void>;
}

/** Runs in the parser thread: answers every request with its parsed batch. */
export function serveParser(port: MessagePort): void {
  port.on('message', (request: ParseRequest) => {
    let reply: ParseReply;
    try {
      reply = { seq: request.seq, batch: parseBatch(request.notebookPath, request.files) };
    } catch (error) {
      reply = { seq: request.seq, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}

/** Starts a parser thread from `workerFile` (the scan worker's own file, in its parser role). */
export function startParser(workerFile: string | URL, notebookPath: string): ParserThread {
  const worker = new Worker(workerFile, {
    workerData: { role: 'parse' },
    resourceLimits: SCAN_THREAD_LIMITS,
  });
  const pending = new Map<
    number,
    { resolve: (batch: ParsedBatch) => void; reject: (error: Error) => void }
  >();
  let seq = 0;
  let failed: Error | undefined;
  const failAll = (error: Error) => {
    failed = error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: ParseReply) => {
    const waiter = pending.get(reply.seq);
    pending.delete(reply.seq);
    if ('error' in reply) waiter?.reject(new Error(reply.error));
    else waiter?.resolve(reply.batch);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => failAll(new Error('The parser thread stopped')));
  return {
    read: (files) =>
      new Promise<ParsedBatch>((resolve, reject) => {
        if (failed) return reject(failed);
        seq += 1;
        pending.set(seq, { resolve, reject });
        worker.postMessage({ seq, notebookPath, files } satisfies ParseRequest);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
