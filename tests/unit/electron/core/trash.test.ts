import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureNotebook, openCore } from './support/fixtureNotebook';

describe('trash', () => {
  it('moves a customer with its whole folder, lists it, and restores it', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const { trashId } = await call('customers.trash', { id: 'minh-long' });
    expect(trashId).toBe('20261126-120000');
    expect(await readdir(path.join(notebook.root, 'customers'))).not.toContain('minh-long');
    expect(
      await readdir(
        path.join(notebook.root, '.prepnote', 'trash', trashId, 'customers', 'minh-long', 'meetings'),
      ),
    ).toContain('2026-12-02-pilot-scoping.md');
    expect((await call('customers.list', {})).items.map((c) => c.id)).not.toContain('minh-long');
    expect((await call('trash.list', {})).items).toEqual([
      {
        trashId,
        deletedAt: new Date(2026, 10, 26, 12).toISOString(),
        paths: ['customers/minh-long'],
        title: 'Công ty TNHH Minh Long',
      },
    ]);

    expect(await call('trash.restore', { trashId })).toEqual({ restored: ['customers/minh-long'] });
    expect((await call('customers.get', { id: 'minh-long' })).fields.name).toBe('Công ty TNHH Minh Long');
    expect((await call('trash.list', {})).items).toEqual([]);
  });

  it('gives a second deletion in the same second its own entry (-2)', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const a = await call('meetings.trash', { customerId: 'minh-long', meetingId: '2026-11-20-intro-call' });
    const b = await call('meetings.trash', {
      customerId: 'minh-long',
      meetingId: '2026-11-25-cancelled-visit',
    });
    expect([a.trashId, b.trashId]).toEqual(['20261126-120000', '20261126-120000-2']);
    expect((await call('trash.list', {})).items.map((e) => e.title)).toEqual([
      'Cancelled visit',
      'Intro call',
    ]);
  });

  it('restores under the next free name when the old one was taken since', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const meeting = await call('meetings.trash', {
      customerId: 'minh-long',
      meetingId: '2026-11-20-intro-call',
    });
    const meetings = path.join(notebook.root, 'customers', 'minh-long', 'meetings');
    await writeFile(path.join(meetings, '2026-11-20-intro-call.md'), '---\ntitle: A new one\n---\n');
    expect(await call('trash.restore', { trashId: meeting.trashId })).toEqual({
      restored: ['customers/minh-long/meetings/2026-11-20-intro-call-2.md'],
    });
    expect(await readFile(path.join(meetings, '2026-11-20-intro-call-2.md'), 'utf8')).toContain(
      'title: Intro call',
    );

    const customer = await call('customers.trash', { id: 'windows-office' });
    await mkdir(path.join(notebook.root, 'customers', 'windows-office'));
    expect(await call('trash.restore', { trashId: customer.trashId })).toEqual({
      restored: ['customers/windows-office-2'],
    });
  });

  it('restores a meeting whose customer folder is gone by making the folder again', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const { trashId } = await call('meetings.trash', {
      customerId: 'windows-office',
      meetingId: '2026-12-10-review',
    });
    await call('customers.trash', { id: 'windows-office' });
    await call('trash.restore', { trashId });
    const restored = await readFile(
      path.join(notebook.root, 'customers', 'windows-office', 'meetings', '2026-12-10-review.md'),
    );
    expect([...restored.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('answers NOT_FOUND for an unknown entry and FORBIDDEN_PATH for a path-like id', async () => {
    const { fail } = await openCore(await fixtureNotebook());
    expect((await fail('trash.restore', { trashId: '20200101-000000' })).code).toBe('NOT_FOUND');
    expect((await fail('trash.restore', { trashId: '../customers' })).code).toBe('FORBIDDEN_PATH');
  });

  it('lists an entry made without a manifest by what it holds', async () => {
    const notebook = await fixtureNotebook();
    const entry = path.join(
      notebook.root,
      '.prepnote',
      'trash',
      '20250101-080000',
      'customers',
      'old',
      'customer.md',
    );
    await mkdir(path.dirname(entry), { recursive: true });
    await writeFile(entry, '---\nname: Old\n---\n');
    const { call } = await openCore(notebook);
    expect((await call('trash.list', {})).items).toEqual([
      {
        trashId: '20250101-080000',
        deletedAt: new Date(2025, 0, 1, 8).toISOString(),
        paths: ['customers/old/customer.md'],
        title: '20250101-080000',
      },
    ]);
    expect(await call('trash.restore', { trashId: '20250101-080000' })).toEqual({
      restored: ['customers/old/customer.md'],
    });
  });
});
