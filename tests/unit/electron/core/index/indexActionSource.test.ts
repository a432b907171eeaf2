// actions.list through the core's ActionSource: the index once ready (in the core's order),
// the file-based source before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../../shared/contract';
import { compareActions } from '../../../../../electron/core/actions/actionSource';
import { indexActionSource } from '../../../../../electron/core/index/indexActionSource';
import { type NotebookIndex, openIndex } from '../../../../../electron/core/index/openIndex';
import { type TempNotebook, meetingFile, tempNotebook } from './notebookFixture';
import { SAMPLE } from './sampleNotebook';

const fromFiles: ActionItem[] = [
  { customerId: 'x', meetingId: 'm', date: '2020-01-01', line: 1, text: 'from the files', done: false },
];
const fallback = { list: () => Promise.resolve(fromFiles) };

let nb: TempNotebook;
let index: NotebookIndex;

beforeAll(() => {
  nb = tempNotebook({
    ...SAMPLE,
    // Same date as another customer's meeting: the order goes on by meeting id, then customer.
    'customers/acme/meetings/2026-10-02-pilot-scoping.md': meetingFile(
      { title: 'Twin', date: '2026-10-02' },
      '- [ ] Twin task\n',
    ),
  });
});

afterAll(async () => {
  await index.close();
  nb.cleanup();
});

describe('indexActionSource', () => {
  it('answers from the files until the index is ready, then from the index in the core’s order', async () => {
    index = await openIndex({ notebookPath: nb.notebook, cacheDir: nb.cacheDir });
    const source = indexActionSource(index, fallback);
    expect(await source.list({})).toBe(fromFiles);
    await index.ready;
    const items = await source.list({});
    expect(items.map((item) => item.text)).toContain('Twin task');
    expect([...items].sort(compareActions)).toEqual(items);
    expect(await source.list({ customerId: 'acme', open: true })).toEqual([
      expect.objectContaining({ text: 'Prepare the laptop' }),
      expect.objectContaining({ text: 'Twin task' }),
    ]);
  });
});
