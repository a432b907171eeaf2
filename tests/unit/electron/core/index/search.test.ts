// search.query over a real index of a small notebook: diacritics and case ignored, prefixes
// for search as you type, ranking by where the words are, filters, totals and snippets.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NotebookIndex, openIndex } from '../../../../../electron/core/index/openIndex';
import { type TempNotebook, tempNotebook } from './notebookFixture';
import { SAMPLE, TODAY } from './sampleNotebook';

let nb: TempNotebook;
let index: NotebookIndex;
const progress: [number, number][] = [];

beforeAll(async () => {
  nb = tempNotebook(SAMPLE);
  index = await openIndex({
    notebookPath: nb.notebook,
    cacheDir: nb.cacheDir,
    today: () => TODAY,
    onProgress: (done, total) => progress.push([done, total]),
  });
  await index.ready;
});

afterAll(async () => {
  await index.close();
  nb.cleanup();
});

const titles = (q: string, extra: object = {}) =>
  index.search({ q, ...extra }).items.map((item) => item.title);

describe('search.query', () => {
  it('ignores diacritics and case both ways', () => {
    expect(titles('xa giao')).toEqual(['Xã giao đầu năm']);
    expect(titles('XÃ GIAO')).toEqual(['Xã giao đầu năm']);
    expect(titles('dang thi')).toEqual(expect.arrayContaining(['Công ty TNHH Minh Long', 'Xã giao đầu năm']));
    expect(titles('ĐẶNG THỊ')).toEqual(titles('dang thi'));
    expect(titles('hop dong')).toEqual(['Xã giao đầu năm']);
  });

  it('matches prefixes, for search as you type', () => {
    expect(titles('pil').length).toBeGreaterThan(0);
    expect(titles('p')).toEqual(expect.arrayContaining(['Pilot scoping']));
    expect(titles('porcel')).toEqual(['Công ty TNHH Minh Long']);
  });

  it('requires every word', () => {
    expect(titles('pilot passing')).toEqual(['Quarterly review']);
    expect(titles('pilot zebra')).toEqual([]);
  });

  // bm25 (fts5's, with its length normalisation) weighted by column; notes of similar length.
  it('ranks a title above an objective above the body', () => {
    expect(titles('pilot')).toEqual(['Pilot scoping', 'Demo', 'Quarterly review']);
  });

  it('finds customers by name, industry, location, tags and contacts', () => {
    const hits = index.search({ q: 'minh long', type: 'customer' }).items;
    expect(hits).toEqual([
      expect.objectContaining({ type: 'customer', customerId: 'minh-long', title: 'Công ty TNHH Minh Long' }),
    ]);
    expect(hits[0]?.meetingId).toBeUndefined();
    expect(hits[0]?.date).toBeUndefined();
    for (const q of ['ceramics', 'ha noi', 'key-account', '0901234567']) {
      expect(titles(q, { type: 'customer' })).toEqual(['Công ty TNHH Minh Long']);
    }
  });

  it("finds a customer's meetings by the customer's name", () => {
    expect(titles('minh long', { type: 'meeting' }).sort()).toEqual(['Pilot scoping', 'Xã giao đầu năm']);
  });

  it('returns meetings with their ids and date', () => {
    expect(index.search({ q: 'scoping' }).items).toEqual([
      expect.objectContaining({
        type: 'meeting',
        customerId: 'minh-long',
        meetingId: '2026-10-02-pilot-scoping',
        date: '2026-10-02',
      }),
    ]);
  });

  it('filters by customer, type, dates, status and outcome', () => {
    expect(titles('pilot', { customerId: 'acme' }).sort()).toEqual(['Demo', 'Quarterly review']);
    expect(titles('pilot', { from: '2026-01-01' }).sort()).toEqual(['Demo', 'Pilot scoping']);
    expect(titles('pilot', { to: '2026-12-31' }).sort()).toEqual(['Pilot scoping', 'Quarterly review']);
    expect(titles('pilot', { from: '2026-10-02', to: '2026-10-02' })).toEqual(['Pilot scoping']);
    expect(titles('pilot', { status: 'cancelled' })).toEqual(['Quarterly review']);
    expect(titles('lan', { outcome: 'order' })).toEqual(['Xã giao đầu năm']);
    expect(titles('lan', { type: 'meeting', status: 'done', customerId: 'minh-long' })).toEqual([
      'Xã giao đầu năm',
    ]);
    expect(titles('minh', { status: 'done' })).not.toContain('Công ty TNHH Minh Long');
    expect(titles('pilot', { customerId: 'nobody' })).toEqual([]);
  });

  it('counts every match in total and returns up to limit', () => {
    const result = index.search({ q: 'pilot', limit: 1 });
    expect(result.total).toBe(3);
    expect(result.items).toHaveLength(1);
    expect(index.search({ q: 'pilot', customerId: 'acme' }).total).toBe(2);
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    expect(index.search({ q: '' })).toEqual({ total: 0, items: [] });
    expect(index.search({ q: ' - ? ' })).toEqual({ total: 0, items: [] });
  });

  it('never finds conflict copies, temp or hidden files, templates or the trash', () => {
    for (const q of ['conflictword', 'tempword', 'hiddenword', 'textword', 'templateword', 'trashword']) {
      expect(index.search({ q }).total).toBe(0);
    }
  });

  it('gives snippets as segments of the original text, matches marked', () => {
    const [hit] = index.search({ q: 'hop dong' }).items;
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['hợp', 'đồng']);
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('bàn về hợp đồng');
  });

  it('treats query syntax as plain words', () => {
    expect(() => index.search({ q: '"pilot" OR NEAR(a b) * : ^ -x' })).not.toThrow();
    // "NEAR" is a word here, found in no note, not an operator.
    expect(index.search({ q: 'pilot NEAR' }).total).toBe(0);
  });

  it('keeps the index in the cache folder and nothing in the notebook', () => {
    const folders = readdirSync(path.join(nb.cacheDir, 'notebooks'));
    expect(folders).toHaveLength(1);
    expect(existsSync(path.join(nb.cacheDir, 'notebooks', folders[0] as string, 'index.sqlite'))).toBe(true);
    const all = readdirSync(nb.notebook, { recursive: true }).map(String);
    expect(all.filter((name) => /sqlite|\.db|-wal|-shm/.test(name))).toEqual([]);
  });

  it('reported progress up to every file it read', () => {
    expect(progress.at(-1)).toEqual([6, 6]);
    expect(progress[0]).toEqual([0, 6]);
  });
});
