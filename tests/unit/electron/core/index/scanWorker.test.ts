// The scan in its worker thread, as the app runs it: the worker is built from its TypeScript
// with Vite (vitest cannot start a worker from TypeScript) into a folder of out/, where it
// finds the project's node_modules, and removed afterwards.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIndex } from '../../../../../electron/core/index/openIndex';
import { type TempNotebook, meetingFile, tempNotebook } from './notebookFixture';
import { SAMPLE, TODAY } from './sampleNotebook';

const root = path.resolve(import.meta.dirname, '../../../../..');
let outDir: string;
let workerFile: string;
let nb: TempNotebook;

beforeAll(async () => {
  // out/ does not exist yet on a fresh clone (the unit tests run before the build).
  mkdirSync(path.join(root, 'out'), { recursive: true });
  outDir = mkdtempSync(path.join(root, 'out', 'test-scan-worker-'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: { scanWorker: path.join(root, 'electron/core/index/scanWorker.ts') },
        external: [
          ...builtinModules,
          ...builtinModules.map((name) => `node:${name}`),
          'better-sqlite3',
          'js-yaml',
        ],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  });
  workerFile = path.join(outDir, 'scanWorker.js');
  nb = tempNotebook(SAMPLE);
}, 60_000);

afterAll(() => {
  nb?.cleanup();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the scan worker', () => {
  it('builds the index in a worker thread, with progress, then starts warm', async () => {
    const progress: [number, number][] = [];
    const cold = await openIndex({
      notebookPath: nb.notebook,
      cacheDir: nb.cacheDir,
      scan: 'worker',
      scanWorkerFile: workerFile,
      today: () => TODAY,
      onProgress: (done, total) => progress.push([done, total]),
    });
    await cold.ready;
    expect(cold.info()).toMatchObject({ scanMode: 'worker', fresh: true });
    expect(progress.at(-1)).toEqual([6, 6]);
    expect(cold.search({ q: 'pilot' }).items.map((item) => item.title)).toEqual([
      'Pilot scoping',
      'Demo',
      'Quarterly review',
    ]);
    nb.write(
      'customers/acme/meetings/2026-12-24-xmas.md',
      meetingFile({ title: 'Year-end lunch', date: '2026-12-24' }, 'narwhal'),
    );
    cold.updateFiles(['customers/acme/meetings/2026-12-24-xmas.md']);
    expect(cold.search({ q: 'narwhal' }).total).toBe(1);
    await cold.close();

    nb.remove('customers/acme/meetings/2025-06-01-review.md');
    const warm = await openIndex({
      notebookPath: nb.notebook,
      cacheDir: nb.cacheDir,
      scan: 'worker',
      scanWorkerFile: workerFile,
    });
    await warm.whenIdle();
    expect(warm.info()).toMatchObject({ scanMode: 'worker', fresh: false });
    expect(warm.search({ q: 'pilot' }).total).toBe(2);
    expect(warm.search({ q: 'narwhal' }).total).toBe(1);
    await warm.close();
  });

  it('refuses to start in worker mode without the built worker', async () => {
    const idx = await openIndex({
      notebookPath: nb.notebook,
      cacheDir: nb.cacheDir,
      scan: 'worker',
      scanWorkerFile: path.join(outDir, 'missing.js'),
    });
    await expect(idx.ready).rejects.toThrow(/worker file was not found/);
    await idx.close();
  });
});
