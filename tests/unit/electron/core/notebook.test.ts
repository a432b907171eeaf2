import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ensureDefaultNotebook } from '../../../../electron/core/defaultNotebook';
import { emptyNotebook, fixtureNotebook, openCore, tempDir } from './support/fixtureNotebook';

describe('notebook.info', () => {
  it('counts customers and meetings and reports unreadable files, bad values and refused names', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const info = await call('notebook.info', {});
    expect(info).toMatchObject({ path: notebook.root, name: 'notebook', customers: 8, meetings: 9 });
    expect(info.unreadable.map((u) => u.path).sort()).toEqual(
      [
        'customers/aux',
        'customers/broken-yaml/customer.md',
        'customers/broken-yaml/meetings/2026-10-01-latin1.md',
        'customers/broken-yaml/meetings/2026-10-02-unclosed.md',
        'customers/escape',
        'customers/minh-long/meetings/2026-01-01-leak.md',
      ].sort(),
    );
    expect(info.unreadable.find((u) => u.path === 'customers/escape')?.reason).toMatch(
      /outside the notebook/,
    );
    expect(info.problems).toEqual([
      {
        path: 'customers/bad-values/customer.md',
        field: 'kind',
        reason: 'expected one of: customer, prospect',
      },
      { path: 'customers/bad-values/customer.md', field: 'tags', reason: 'expected a list' },
      { path: 'customers/bad-values/customer.md', field: 'created', reason: 'expected a date as YYYY-MM-DD' },
      {
        path: 'customers/bad-values/meetings/2026-12-05-bad.md',
        field: 'time',
        reason: 'expected a time as HH:MM',
      },
      {
        path: 'customers/bad-values/meetings/2026-12-05-bad.md',
        field: 'duration',
        reason: 'expected a number',
      },
      {
        path: 'customers/bad-values/meetings/2026-12-05-bad.md',
        field: 'agenda',
        reason: '0.minutes: expected a number',
      },
    ]);
    expect(info.conflictCopies).toEqual([
      'customers/minh-long/meetings/2026-12-02-pilot-scoping.conflict-20261201-101500.md',
    ]);
  });

  it('never rewrites the files it reports', async () => {
    const notebook = await fixtureNotebook();
    const files = [
      'customers/broken-yaml/customer.md',
      'customers/broken-yaml/meetings/2026-10-01-latin1.md',
      'customers/bad-values/customer.md',
    ];
    const before = await Promise.all(files.map((f) => readFile(path.join(notebook.root, f))));
    const { call } = await openCore(notebook);
    await call('notebook.info', {});
    await call('customers.list', {});
    await call('meetings.list', {});
    const after = await Promise.all(files.map((f) => readFile(path.join(notebook.root, f))));
    after.forEach((bytes, i) => expect(bytes.equals(before[i]), files[i]).toBe(true));
  });
});

describe('notebook.open and notebook.recent', () => {
  it('opens another folder, making it a notebook, and remembers both, newest first', async () => {
    const first = await emptyNotebook();
    const { call, events } = await openCore(first);
    const other = path.join(first.base, 'Other notes');
    await mkdir(other);
    const info = await call('notebook.open', { path: other });
    expect(info).toMatchObject({ path: other, name: 'Other notes', customers: 0, meetings: 0 });
    expect(await readdir(other)).toEqual(['customers']);
    const recent = (await call('notebook.recent', {})).items;
    expect(recent.map((r) => [r.path, r.name])).toEqual([
      [other, 'Other notes'],
      [first.root, 'notebook'],
    ]);
    expect(recent[0].openedAt).toBe(new Date(2026, 10, 26, 12).toISOString());
    // Everything now works on the new notebook.
    await call('customers.create', { name: 'New here' });
    expect(await readdir(path.join(other, 'customers'))).toEqual(['new-here']);
    expect(
      events.some(
        (e) => e.name === 'notebook.changed' && (e.payload as { paths: string[] }).paths.length === 0,
      ),
    ).toBe(true);
  });

  it('refuses a folder that does not exist and keeps the current notebook', async () => {
    const notebook = await fixtureNotebook();
    const { call, fail } = await openCore(notebook);
    expect((await fail('notebook.open', { path: path.join(notebook.base, 'missing') })).code).toBe(
      'NOT_FOUND',
    );
    await writeFile(path.join(notebook.base, 'a-file'), '');
    expect((await fail('notebook.open', { path: path.join(notebook.base, 'a-file') })).code).toBe(
      'NOT_FOUND',
    );
    expect((await call('notebook.info', {})).path).toBe(notebook.root);
  });
});

describe('the default notebook', () => {
  it('is made on first run as a copy of the sample notebook, and left alone afterwards', async () => {
    const base = await tempDir();
    const resources = path.join(base, 'resources');
    await mkdir(path.join(resources, 'sample', 'customers', 'sample-co'), { recursive: true });
    await writeFile(
      path.join(resources, 'sample', 'customers', 'sample-co', 'customer.md'),
      '---\nname: Sample Co\n---\n',
    );
    const target = path.join(base, 'Documents', 'Prepnote');
    await ensureDefaultNotebook(target, resources);
    expect(await readdir(path.join(target, 'customers'))).toEqual(['sample-co']);
    expect(await readdir(path.join(base, 'Documents'))).toEqual(['Prepnote']);
    await writeFile(path.join(target, 'customers', 'sample-co', 'customer.md'), '---\nname: Mine now\n---\n');
    await ensureDefaultNotebook(target, resources);
    expect(await readFile(path.join(target, 'customers', 'sample-co', 'customer.md'), 'utf8')).toContain(
      'Mine now',
    );
    // The sample inside the app is never the notebook.
    expect(
      await readFile(path.join(resources, 'sample', 'customers', 'sample-co', 'customer.md'), 'utf8'),
    ).toContain('Sample Co');
  });

  it('is an empty notebook when no sample ships', async () => {
    const base = await tempDir();
    const target = path.join(base, 'Documents', 'Prepnote');
    await ensureDefaultNotebook(target, path.join(base, 'no-resources'));
    expect(await readdir(target)).toEqual(['customers']);
  });

  it('is what the core opens without a notebook path', async () => {
    const base = await tempDir();
    // The "user's" home is the test's folder: Documents/Prepnote is made there.
    vi.stubEnv('HOME', base);
    vi.stubEnv('XDG_CONFIG_HOME', path.join(base, '.config'));
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const { call } = await openCore({ root: '', base, outside: '' }, { notebookPath: undefined });
    expect((await call('notebook.info', {})).path).toBe(path.join(base, 'Documents', 'Prepnote'));
  });
});

describe('reopening the last notebook', () => {
  it('opens the most recent notebook that still exists when asked to', async () => {
    const first = await emptyNotebook();
    const gone = path.join(first.base, 'gone');
    const kept = path.join(first.base, 'kept');
    await mkdir(gone);
    await mkdir(kept);
    const one = await openCore(first);
    await one.call('notebook.open', { path: kept });
    await one.call('notebook.open', { path: gone });
    await one.core.close();
    await rm(gone, { recursive: true });
    const again = await openCore(first, { notebookPath: undefined, reopenLastNotebook: true });
    expect((await again.call('notebook.info', {})).path).toBe(kept);
  });
});
