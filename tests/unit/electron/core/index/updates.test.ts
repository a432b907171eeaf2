// Keeping the index current: single files from the watcher (changed, added, removed, a whole
// customer folder), a customer renamed, and files changed while the app was closed.
import { afterEach, describe, expect, it } from 'vitest';
import { type NotebookIndex, openIndex } from '../../../../../electron/core/index/openIndex';
import { type TempNotebook, customerFile, meetingFile, tempNotebook } from './notebookFixture';
import { SAMPLE, TODAY } from './sampleNotebook';

let nb: TempNotebook | undefined;
let index: NotebookIndex | undefined;

afterEach(async () => {
  await index?.close();
  nb?.cleanup();
  index = undefined;
  nb = undefined;
});

async function open(progress?: [number, number][]): Promise<NotebookIndex> {
  if (!nb) throw new Error('no notebook');
  index = await openIndex({
    notebookPath: nb.notebook,
    cacheDir: nb.cacheDir,
    today: () => TODAY,
    onProgress: (done, total) => progress?.push([done, total]),
  });
  await index.ready;
  return index;
}

const titles = (idx: NotebookIndex, q: string, extra: object = {}) =>
  idx
    .search({ q, ...extra })
    .items.map((item) => item.title)
    .sort();

const PILOT = 'customers/minh-long/meetings/2026-10-02-pilot-scoping.md';

describe('updateFiles', () => {
  it('re-reads a changed file', async () => {
    nb = tempNotebook(SAMPLE);
    const idx = await open();
    nb.write(
      PILOT,
      meetingFile(
        { title: 'Rollout planning', date: '2026-10-02', status: 'done', outcome: 'order' },
        '- [ ] Ship it\n',
      ),
    );
    idx.updateFiles([PILOT]);
    expect(titles(idx, 'rollout')).toEqual(['Rollout planning']);
    expect(titles(idx, 'scoping')).toEqual([]);
    expect(idx.stats('minh-long')).toMatchObject({ advances: 0, orders: 2, openActions: 2 });
    expect(idx.actions({ customerId: 'minh-long', open: true }).map((a) => a.text)).toEqual([
      'Ship it',
      'Gửi báo giá',
    ]);
  });

  it('adds a new file and forgets a removed one', async () => {
    nb = tempNotebook(SAMPLE);
    const idx = await open();
    const added = 'customers/acme/meetings/2026-12-24-xmas.md';
    nb.write(added, meetingFile({ title: 'Year-end quokka lunch', date: '2026-12-24' }));
    nb.remove('customers/acme/meetings/2025-06-01-review.md');
    idx.updateFiles([added, 'customers/acme/meetings/2025-06-01-review.md']);
    expect(titles(idx, 'quokka')).toEqual(['Year-end quokka lunch']);
    expect(titles(idx, 'pilot')).toEqual(['Demo', 'Pilot scoping']);
    expect(idx.stats('acme').meetings).toBe(2);
  });

  it('moves a meeting whose date changed to its new date', async () => {
    nb = tempNotebook(SAMPLE);
    const idx = await open();
    nb.write(PILOT, meetingFile({ title: 'Pilot scoping', date: '2024-03-03' }));
    idx.updateFiles([PILOT]);
    expect(titles(idx, 'scoping', { from: '2024-01-01', to: '2024-12-31' })).toEqual(['Pilot scoping']);
    expect(titles(idx, 'scoping', { from: '2026-01-01' })).toEqual([]);
    expect(idx.search({ q: 'scoping' }).items[0]?.date).toBe('2024-03-03');
  });

  it('forgets a whole customer folder moved to the trash, and finds it again when restored', async () => {
    nb = tempNotebook(SAMPLE);
    const idx = await open();
    nb.remove('customers/acme');
    idx.updateFiles(['customers/acme']);
    expect(idx.search({ q: 'pilot' }).items.map((item) => item.customerId)).toEqual(['minh-long']);
    expect(idx.customers({}).map((c) => c.id)).toEqual(['minh-long']);
    expect(idx.openActionCounts().has('acme')).toBe(false);
    for (const [relPath, content] of Object.entries(SAMPLE))
      if (relPath.startsWith('customers/acme/')) nb.write(relPath, content);
    idx.updateFiles(['customers/acme']);
    expect(titles(idx, 'pilot')).toEqual(['Demo', 'Pilot scoping', 'Quarterly review']);
  });

  it("finds a customer's meetings under its new name after a rename", async () => {
    nb = tempNotebook(SAMPLE);
    const idx = await open();
    nb.write('customers/acme/customer.md', customerFile({ name: 'Zenith Imports', kind: 'prospect' }));
    idx.updateFiles(['customers/acme/customer.md']);
    expect(titles(idx, 'zenith', { type: 'meeting' })).toEqual(['Demo', 'Quarterly review']);
    expect(titles(idx, 'acme', { type: 'meeting' })).toEqual([]);
    expect(idx.customers({}).map((c) => c.name)).toEqual(['Công ty TNHH Minh Long', 'Zenith Imports']);
  });

  it('keeps a file whose YAML broke searchable by its body', async () => {
    nb = tempNotebook(SAMPLE);
    const idx = await open();
    nb.write(PILOT, '---\ntitle: [broken\n---\nThe walrus clause\n');
    idx.updateFiles([PILOT]);
    expect(idx.search({ q: 'walrus' }).items).toEqual([
      expect.objectContaining({ meetingId: '2026-10-02-pilot-scoping', title: '2026-10-02-pilot-scoping' }),
    ]);
  });

  it('ignores paths that are not notes', async () => {
    nb = tempNotebook(SAMPLE);
    const idx = await open();
    nb.write('customers/acme/meetings/.prepnote-tmp-ffff', 'pilot');
    nb.write('templates/demo.md', '---\nname: Demo\n---\nquokka');
    idx.updateFiles([
      'customers/acme/meetings/.prepnote-tmp-ffff',
      'templates/demo.md',
      '../outside.md',
      '.prepnote/notebook.json',
    ]);
    expect(idx.search({ q: 'quokka' }).total).toBe(0);
    expect(idx.search({ q: 'pilot' }).total).toBe(3);
  });

  it('applies updates that arrive during the first scan once it is done', async () => {
    nb = tempNotebook(SAMPLE);
    const idx = await openIndex({ notebookPath: nb.notebook, cacheDir: nb.cacheDir, today: () => TODAY });
    index = idx;
    nb.write(
      'customers/acme/meetings/2026-12-01-early.md',
      meetingFile({ title: 'Early bird', date: '2026-12-01' }),
    );
    idx.updateFiles(['customers/acme/meetings/2026-12-01-early.md']);
    await idx.ready;
    expect(titles(idx, 'early')).toEqual(['Early bird']);
  });

  it('takes customer ids in NFC whatever form the folder name has on disk', async () => {
    const nfd = 'Công ty Đại Phát'.normalize('NFD');
    nb = tempNotebook({ [`customers/${nfd}/customer.md`]: customerFile({ name: 'Đại Phát' }, 'quokka') });
    const idx = await open();
    const [hit] = idx.search({ q: 'quokka' }).items;
    expect(hit?.customerId).toBe('Công ty Đại Phát'.normalize('NFC'));
    expect(idx.search({ q: 'quokka', customerId: 'Công ty Đại Phát'.normalize('NFC') }).total).toBe(1);
  });
});

describe('changes while the app was closed', () => {
  it('reads only what changed, added files included, and forgets removed ones', async () => {
    nb = tempNotebook(SAMPLE);
    await (await open()).close();
    nb.write(PILOT, meetingFile({ title: 'Pilot scoping', date: '2026-10-02' }, 'Now about the narwhal.\n'));
    nb.write(
      'customers/acme/meetings/2026-12-24-xmas.md',
      meetingFile({ title: 'Year-end lunch', date: '2026-12-24' }, 'narwhal'),
    );
    nb.remove('customers/acme/meetings/2025-06-01-review.md');
    const progress: [number, number][] = [];
    const idx = await open(progress);
    expect(idx.info().fresh).toBe(false);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(titles(idx, 'narwhal')).toEqual(['Pilot scoping', 'Year-end lunch']);
    expect(titles(idx, 'pilot')).toEqual(['Demo', 'Pilot scoping']);
    expect(titles(idx, 'xa giao')).toEqual(['Xã giao đầu năm']);
  });

  it('finishes a first scan that was interrupted, reading only what was left', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) {
      files[`customers/c${i % 50}/meetings/2026-01-01-m${i}.md`] = meetingFile(
        { title: `Note ${i}`, date: '2026-01-01' },
        `walrus${i}`,
      );
    }
    nb = tempNotebook(files);
    let stopping: Promise<void> | undefined;
    let first: NotebookIndex | undefined = undefined;
    first = await openIndex({
      notebookPath: nb.notebook,
      cacheDir: nb.cacheDir,
      // The app quits after the first transaction of the build.
      onProgress: (done) => {
        if (done > 0 && first) stopping ??= first.close();
      },
    });
    await first.ready;
    await stopping;
    const progress: [number, number][] = [];
    const idx = await open(progress);
    expect(progress[0]?.[1]).toBeGreaterThan(0);
    expect(progress[0]?.[1]).toBeLessThan(1000);
    expect(idx.search({ q: 'note' }).total).toBe(1000);
    expect(idx.search({ q: 'walrus999' }).total).toBe(1);
  });
});
