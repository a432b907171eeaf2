// Nothing on disk may stop the index from opening: a deleted, damaged, locked or outdated
// database is rebuilt from the notebook, which is never touched.
import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type NotebookIndex, openIndex } from '../../../../../electron/core/index/openIndex';
import { type TempNotebook, tempNotebook } from './notebookFixture';
import { SAMPLE, TODAY } from './sampleNotebook';

let nb: TempNotebook | undefined;
const opened: NotebookIndex[] = [];

afterEach(async () => {
  for (const idx of opened.splice(0)) await idx.close();
  nb?.cleanup();
  nb = undefined;
});

async function open(): Promise<NotebookIndex> {
  if (!nb) throw new Error('no notebook');
  const idx = await openIndex({ notebookPath: nb.notebook, cacheDir: nb.cacheDir, today: () => TODAY });
  opened.push(idx);
  await idx.whenIdle();
  return idx;
}

async function builtIndexFile(): Promise<string> {
  nb = tempNotebook(SAMPLE);
  const idx = await open();
  const file = idx.info().file;
  await idx.close();
  opened.length = 0;
  return file;
}

function expectWorking(idx: NotebookIndex): void {
  expect(idx.search({ q: 'pilot' }).items.map((item) => item.title)).toEqual([
    'Pilot scoping',
    'Demo',
    'Quarterly review',
  ]);
  expect(idx.search({ q: 'xa giao' }).total).toBe(1);
  expect(idx.stats().meetings).toBe(4);
}

describe('opening the index', () => {
  it('builds a missing index and reuses it next time', async () => {
    const file = await builtIndexFile();
    expect(path.basename(file)).toBe('index.sqlite');
    const idx = await open();
    expect(idx.info()).toMatchObject({ file, fresh: false });
    expect(idx.info().recovered).toBeUndefined();
    expectWorking(idx);
  });

  it('rebuilds a deleted index', async () => {
    const file = await builtIndexFile();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    const idx = await open();
    expect(idx.info().fresh).toBe(true);
    expectWorking(idx);
  });

  it('rebuilds a file that is not a database', async () => {
    const file = await builtIndexFile();
    writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a));
    const idx = await open();
    expect(idx.info()).toMatchObject({ fresh: true, recovered: 'corrupt' });
    expectWorking(idx);
  });

  it('rebuilds a database whose pages are damaged', async () => {
    const file = await builtIndexFile();
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    // Keep the 100-byte header and first page, so the file still opens as a database.
    for (let at = 4096; at < size; at += 8192) writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, at + 100);
    closeSync(fd);
    const idx = await open();
    expectWorking(idx);
    expect(idx.info().fresh).toBe(true);
  });

  it('rebuilds an index of an older schema version', async () => {
    const file = await builtIndexFile();
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schemaVersion'").run();
    db.close();
    const idx = await open();
    expect(idx.info()).toMatchObject({ fresh: true, recovered: 'schema' });
    expectWorking(idx);
  });

  it('opens beside garbage -wal and -shm files left by a crash', async () => {
    const file = await builtIndexFile();
    writeFileSync(`${file}-wal`, Buffer.alloc(10_000, 0x33));
    writeFileSync(`${file}-shm`, Buffer.alloc(32_768, 0x77));
    const idx = await open();
    expectWorking(idx);
  });

  it('builds a private index while another connection holds the database locked, and removes it on close', async () => {
    const file = await builtIndexFile();
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const idx = await open();
      expect(idx.info()).toMatchObject({ fresh: true, recovered: 'locked' });
      expect(path.basename(idx.info().file)).toBe(`index.${process.pid}.sqlite`);
      expectWorking(idx);
      await idx.close();
      opened.length = 0;
      expect(existsSync(idx.info().file)).toBe(false);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const again = await open();
    expect(again.info()).toMatchObject({ file, fresh: false });
  });

  it('removes a private index left behind by a process that died', async () => {
    const file = await builtIndexFile();
    const leftover = path.join(path.dirname(file), 'index.999999999.sqlite');
    writeFileSync(leftover, 'left by a crash');
    await open();
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(path.dirname(file)).filter((name) => name.startsWith('index.9'))).toEqual([]);
  });

  it('keeps working in memory when the cache folder cannot be written', async () => {
    nb = tempNotebook(SAMPLE);
    writeFileSync(nb.cacheDir, 'a file where the cache folder should be');
    const idx = await open();
    expect(idx.info()).toMatchObject({ file: ':memory:', recovered: 'memory' });
    expectWorking(idx);
  });
});
