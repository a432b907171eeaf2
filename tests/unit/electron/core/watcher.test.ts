import { rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, fixtureNotebook, openCore } from './support/fixtureNotebook';

describe('notebook.changed', () => {
  it('reports files other programs add, change and remove within two seconds', async () => {
    const notebook = await fixtureNotebook('notebook-awkward', { hostile: false });
    const core = await openCore(notebook);
    const meetings = path.join(notebook.root, 'customers', 'minh-long', 'meetings');

    await writeFile(path.join(meetings, '2026-12-20-new.md'), '---\ntitle: New\n---\n');
    await eventually(() =>
      expect(core.changedPaths()).toContain('customers/minh-long/meetings/2026-12-20-new.md'),
    );

    await writeFile(path.join(meetings, '2026-11-20-intro-call.md'), '---\ntitle: Edited elsewhere\n---\n');
    await eventually(() =>
      expect(core.changedPaths()).toContain('customers/minh-long/meetings/2026-11-20-intro-call.md'),
    );

    await unlink(path.join(meetings, '2026-11-25-cancelled-visit.md'));
    await eventually(() =>
      expect(core.changedPaths()).toContain('customers/minh-long/meetings/2026-11-25-cancelled-visit.md'),
    );

    await rm(path.join(notebook.root, 'customers', 'windows-office'), { recursive: true });
    await eventually(() => expect(core.changedPaths()).toContain('customers/windows-office'));
    // The lists follow at once.
    expect((await core.call('customers.list', {})).items.map((c) => c.id)).not.toContain('windows-office');
  });

  it("reports an editor's save by writing a new file and renaming it over the old one", async () => {
    const notebook = await fixtureNotebook();
    const core = await openCore(notebook);
    const target = path.join(notebook.root, 'customers', 'minh-long', 'customer.md');
    const temp = path.join(notebook.root, 'customers', 'minh-long', '.customer.md.swp');
    await writeFile(temp, '---\nname: Saved by vim\n---\n');
    await rename(temp, target);
    await eventually(() => expect(core.changedPaths()).toContain('customers/minh-long/customer.md'));
    expect(core.changedPaths().some((p) => p.includes('.swp'))).toBe(false);
    expect((await core.call('customers.get', { id: 'minh-long' })).fields.name).toBe('Saved by vim');
  });

  it("reports the app's own writes once, and ignores .prepnote and temp files", async () => {
    const notebook = await fixtureNotebook();
    const core = await openCore(notebook);
    const { version } = await core.call('customers.get', { id: 'minh-long' });
    await core.call('customers.update', { id: 'minh-long', version, fields: { industry: 'Glass' } });
    await eventually(() => expect(core.changedPaths()).toContain('customers/minh-long/customer.md'));
    await writeFile(path.join(notebook.root, '.prepnote', 'notebook.json'), '{}');
    await writeFile(path.join(notebook.root, 'customers', '.prepnote-tmp-abc'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(core.changedPaths()).toEqual(['customers/minh-long/customer.md']);
  });
});
