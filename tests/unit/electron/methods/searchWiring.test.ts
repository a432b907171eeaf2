// The index wired into the core: search.query, history.stats, actions.list and
// customers.list's open action counts answer through the real dispatcher on the sample
// notebook, follow changes made on disk, and follow a switch to another notebook.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyNotebook, openCore, tempDir, type TestCore } from '../core/support/fixtureNotebook';

const SAMPLE = fileURLToPath(new URL('../../../../resources/sample', import.meta.url));

async function sampleCore(): Promise<TestCore> {
  const base = await tempDir();
  const root = path.join(base, 'notebook');
  await cp(SAMPLE, root, { recursive: true });
  const outside = path.join(base, 'outside');
  await mkdir(outside);
  return openCore({ root, base, outside });
}

/** Polls until `check` gives a value, or fails after `ms`. */
async function eventually<T>(check: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('search and history through the core', () => {
  it('finds Vietnamese text typed without diacritics, with snippet segments', async () => {
    const t = await sampleCore();
    const result = await eventually(async () => {
      const r = await t.call('search.query', { q: 'xa giao' });
      return r.total > 0 ? r : undefined;
    });
    const hit = result.items.find((item) => item.meetingId === '2026-12-22-ghe-tham-xa-giao-cuoi-nam');
    expect(hit).toMatchObject({ type: 'meeting', customerId: 'cong-ty-tnhh-minh-long' });
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase())).toEqual(
      expect.arrayContaining(['xã', 'giao']),
    );

    const customers = await t.call('search.query', { q: 'dai phat', type: 'customer' });
    expect(customers.items[0]).toMatchObject({ type: 'customer', customerId: 'cong-ty-co-phan-dai-phat' });
  });

  it('gives per-customer figures and open action counts from the index', async () => {
    const t = await sampleCore();
    const list = await eventually(async () => {
      const r = await t.call('customers.list', {});
      return r.items.every((item) => item.openActions !== undefined) ? r : undefined;
    });
    const open = await t.call('actions.list', { open: true });
    const minhLong = list.items.find((item) => item.id === 'cong-ty-tnhh-minh-long');
    expect(minhLong?.openActions).toBe(
      open.items.filter((a) => a.customerId === 'cong-ty-tnhh-minh-long').length,
    );

    const stats = await t.call('history.stats', { customerId: 'cong-ty-tnhh-minh-long' });
    const meetings = await t.call('meetings.list', { customerId: 'cong-ty-tnhh-minh-long' });
    expect(stats.meetings).toBe(meetings.items.length);
    expect(stats.done).toBe(meetings.items.filter((m) => m.status === 'done').length);
    expect(stats.advanceRate).toBeGreaterThan(0);
  });

  it('makes a file written by another program searchable within two seconds', async () => {
    const t = await sampleCore();
    await eventually(async () =>
      (await t.call('search.query', { q: 'minh long' })).total > 0 ? true : undefined,
    );
    const file = path.join(
      t.notebook.root,
      'customers/harbor-foods-ltd/meetings/2026-12-20-zebrafish-tasting.md',
    );
    await writeFile(file, '---\ntitle: Zebrafish tasting\ndate: 2026-12-20\n---\nQuokka notes.\n');
    const start = Date.now();
    const found = await eventually(async () => {
      const r = await t.call('search.query', { q: 'quokka' });
      return r.total > 0 ? r : undefined;
    }, 2_000);
    expect(Date.now() - start).toBeLessThanOrEqual(2_000);
    expect(found.items[0]).toMatchObject({
      meetingId: '2026-12-20-zebrafish-tasting',
      title: 'Zebrafish tasting',
    });
  });

  it('follows a switch to another notebook', async () => {
    const t = await sampleCore();
    await eventually(async () =>
      (await t.call('search.query', { q: 'harbor' })).total > 0 ? true : undefined,
    );
    const other = await emptyNotebook();
    await t.call('notebook.open', { path: other.root });
    await t.call('customers.create', { name: 'Wombat Trading' });
    await eventually(async () =>
      (await t.call('search.query', { q: 'wombat' })).total > 0 ? true : undefined,
    );
    expect((await t.call('search.query', { q: 'harbor' })).total).toBe(0);
  });
});
