import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureNotebook, openCore } from './support/fixtureNotebook';

describe('no silent overwrite', () => {
  it('refuses a save against an older version with CONFLICT and what is on disk now', async () => {
    const notebook = await fixtureNotebook();
    const { call, fail } = await openCore(notebook);
    const target = path.join(notebook.root, 'customers', 'minh-long', 'customer.md');
    const read = await call('customers.get', { id: 'minh-long' });
    // Another program (a sync tool, an editor) changes the file.
    await writeFile(
      target,
      (await readFile(target, 'utf8')).replace('industry: Ceramics', 'industry: Glass'),
    );
    const onDisk = await readFile(target);
    const error = await fail('customers.update', {
      id: 'minh-long',
      version: read.version,
      fields: { location: 'Huế' },
    });
    expect(error.code).toBe('CONFLICT');
    const details = error.details as { version: string; fields: Record<string, unknown>; body: string };
    expect(details.fields.industry).toBe('Glass');
    expect(details.body).toBe('Background notes, in Markdown.\n');
    expect(details.version).toBe((await call('customers.get', { id: 'minh-long' })).version);
    expect((await readFile(target)).equals(onDisk)).toBe(true);
    // "Keep mine": saving again with the new version goes through.
    await call('customers.update', {
      id: 'minh-long',
      version: details.version,
      fields: { location: 'Huế' },
    });
    expect(await readFile(target, 'utf8')).toContain('industry: Glass\nlocation: Huế\n');
  });

  it('refuses a meeting save against an older version', async () => {
    const notebook = await fixtureNotebook();
    const { call, fail } = await openCore(notebook);
    const ref = { customerId: 'minh-long', meetingId: '2026-11-20-intro-call' };
    const first = await call('meetings.get', ref);
    await call('meetings.update', { ...ref, version: first.version, body: 'Changed by the app.\n' });
    const error = await fail('meetings.update', { ...ref, version: first.version, body: 'Stale.\n' });
    expect(error).toMatchObject({ code: 'CONFLICT', details: { body: 'Changed by the app.\n' } });
  });
});

describe('conflict copies ("keep both")', () => {
  it("saves the user's version beside the file, never over one, and lists it", async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const ref = { customerId: 'minh-long', meetingId: '2026-12-02-pilot-scoping' };
    const meetings = path.join(notebook.root, 'customers', 'minh-long', 'meetings');
    const original = await readFile(path.join(meetings, '2026-12-02-pilot-scoping.md'), 'utf8');
    const { path: copy } = await call('meetings.saveConflictCopy', {
      ...ref,
      fields: { objective: 'Mine' },
      body: 'My notes.\n',
    });
    expect(copy).toBe('customers/minh-long/meetings/2026-12-02-pilot-scoping.conflict-20261126-120000.md');
    const text = await readFile(path.join(notebook.root, copy), 'utf8');
    // The file now on disk, with the user's fields spliced in and the user's body.
    const frontMatter = original.slice(0, original.indexOf('\n---\n') + '\n---\n'.length);
    expect(text).toBe(
      `${frontMatter.replace('objective: Agree on a 20-seat pilot start date and its success criteria', 'objective: Mine')}My notes.\n`,
    );
    expect(await readFile(path.join(meetings, '2026-12-02-pilot-scoping.md'), 'utf8')).toBe(original);

    const second = await call('meetings.saveConflictCopy', { ...ref, body: 'Again.\n' });
    expect(second.path).toBe(
      'customers/minh-long/meetings/2026-12-02-pilot-scoping.conflict-20261126-120000-2.md',
    );

    const customerCopy = await call('customers.saveConflictCopy', {
      id: 'minh-long',
      fields: { industry: 'Mine' },
    });
    expect(customerCopy.path).toBe('customers/minh-long/customer.conflict-20261126-120000.md');

    // Not meetings: not listed, not counted; listed as conflict copies.
    expect((await call('meetings.list', { customerId: 'minh-long' })).items).toHaveLength(3);
    const info = await call('notebook.info', {});
    expect(info.conflictCopies.sort()).toEqual(
      [
        'customers/minh-long/customer.conflict-20261126-120000.md',
        'customers/minh-long/meetings/2026-12-02-pilot-scoping.conflict-20261201-101500.md',
        copy,
        second.path,
      ].sort(),
    );
    expect((await readdir(meetings)).filter((n) => n.includes('.conflict-'))).toHaveLength(3);
  });
});
