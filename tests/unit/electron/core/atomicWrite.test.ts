import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileExclusive } from '../../../../electron/core/atomicWrite';
import { TEMP_PREFIX, isTempFileName, tempFileName } from '../../../../electron/core/tempFiles';
import { tempDir } from './support/fixtureNotebook';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'note.md');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new ✓');
    expect(await readFile(file, 'utf8')).toBe('new ✓');
    expect(await readdir(dir)).toEqual(['note.md']);
  });

  it('writes bytes as given', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'b.md');
    await writeFileAtomic(file, new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]));
    expect([...(await readFile(file))]).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]);
  });

  it('keeps the original and cleans up when the rename fails', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'folder.md');
    await mkdir(target);
    await writeFile(path.join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
    expect((await stat(target)).isDirectory()).toBe(true);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.md'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the permissions of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempDir();
    const file = path.join(dir, 'private.md');
    await writeFile(file, 'x');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'y');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

describe('writeFileExclusive', () => {
  it('creates a new file but never replaces one', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.md');
    expect(await writeFileExclusive(file, 'first')).toBe(true);
    expect(await writeFileExclusive(file, 'second')).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['a.md']);
  });
});

describe('temp file names', () => {
  it('carry the app prefix and never end in .md', () => {
    const name = tempFileName();
    expect(name.startsWith(TEMP_PREFIX)).toBe(true);
    expect(name.endsWith('.md')).toBe(false);
    expect(isTempFileName(name)).toBe(true);
    expect(isTempFileName('note.md')).toBe(false);
  });
});
