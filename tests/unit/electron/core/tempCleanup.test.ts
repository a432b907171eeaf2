import { mkdir, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../../../electron/core/tempCleanup';
import { emptyNotebook, openCore } from './support/fixtureNotebook';

async function stale(file: string, minutesAgo: number): Promise<void> {
  await writeFile(file, 'partial');
  const then = new Date(Date.now() - minutesAgo * 60 * 1000);
  await utimes(file, then, then);
}

describe('stale temp files', () => {
  it('are removed anywhere in the notebook when it opens; fresh ones and other files stay', async () => {
    const notebook = await emptyNotebook();
    const meetings = path.join(notebook.root, 'customers', 'acme', 'meetings');
    await mkdir(meetings, { recursive: true });
    await mkdir(path.join(notebook.root, 'templates'));
    await stale(path.join(meetings, '.prepnote-tmp-old1'), 10);
    await stale(path.join(notebook.root, 'templates', '.prepnote-tmp-old2'), 6);
    await stale(path.join(notebook.root, 'customers', '.prepnote-tmp-fresh'), 1);
    await stale(path.join(meetings, 'draft.md'), 60);
    await stale(path.join(meetings, '.other-tool-tmp'), 60);
    await openCore(notebook);
    expect((await readdir(meetings)).sort()).toEqual(['.other-tool-tmp', 'draft.md']);
    expect(await readdir(path.join(notebook.root, 'templates'))).toEqual([]);
    expect(await readdir(path.join(notebook.root, 'customers'))).toContain('.prepnote-tmp-fresh');
  });

  it('never follow a link out of the notebook', async () => {
    const notebook = await emptyNotebook();
    await stale(path.join(notebook.outside, '.prepnote-tmp-outside'), 60);
    await symlink(notebook.outside, path.join(notebook.root, 'customers', 'link'), 'dir');
    await removeStaleTempFiles(notebook.root);
    expect(await readdir(notebook.outside)).toEqual(['.prepnote-tmp-outside']);
  });
});
