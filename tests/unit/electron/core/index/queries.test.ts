// history.stats, actions.list, the open-action counts and customers.list, answered from the
// index of a small notebook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NotebookIndex, openIndex } from '../../../../../electron/core/index/openIndex';
import { type TempNotebook, meetingFile, tempNotebook } from './notebookFixture';
import { SAMPLE, TODAY } from './sampleNotebook';

let nb: TempNotebook;
let index: NotebookIndex;

beforeAll(async () => {
  nb = tempNotebook({
    ...SAMPLE,
    // Marked done with a date after today: a data error that must not become the last contact.
    'customers/acme/meetings/2027-05-01-future.md': meetingFile({
      title: 'Future',
      date: '2027-05-01',
      status: 'done',
      outcome: 'no-sale',
    }),
    // Today, not done yet: still the next meeting.
    'customers/acme/meetings/2026-11-26-today.md': meetingFile({
      title: 'Today',
      date: TODAY,
      status: 'ready',
    }),
    // Unreadable: its task cannot be ticked, so it is not listed.
    'customers/acme/meetings/2026-03-03-broken.md': '---\ntitle: [broken\n---\n- [ ] Hidden task\n',
    // A meeting folder without customer.md.
    'customers/orphan/meetings/2026-02-02-call.md': meetingFile(
      { title: 'Call', date: '2026-02-02' },
      '- [ ] Find out who they are\n',
    ),
  });
  index = await openIndex({ notebookPath: nb.notebook, cacheDir: nb.cacheDir, today: () => TODAY });
  await index.ready;
});

afterAll(async () => {
  await index.close();
  nb.cleanup();
});

describe('history.stats', () => {
  it('counts a customer’s meetings, outcomes and open actions', () => {
    expect(index.stats('minh-long')).toEqual({
      meetings: 2,
      done: 2,
      advances: 1,
      orders: 1,
      advanceRate: 1,
      lastContact: '2026-10-02',
      openActions: 2,
    });
  });

  it('counts cancelled meetings but not unreadable ones, and never takes a future date as the last contact', () => {
    expect(index.stats('acme')).toEqual({
      meetings: 4,
      done: 1,
      advances: 0,
      orders: 0,
      advanceRate: 0,
      openActions: 1,
    });
  });

  it('covers the whole notebook without a customer', () => {
    expect(index.stats()).toEqual({
      meetings: 7,
      done: 3,
      advances: 1,
      orders: 1,
      advanceRate: 2 / 3,
      lastContact: '2026-10-02',
      openActions: 4,
    });
  });

  it('answers zeros for an unknown customer', () => {
    expect(index.stats('nobody')).toEqual({
      meetings: 0,
      done: 0,
      advances: 0,
      orders: 0,
      advanceRate: 0,
      openActions: 0,
    });
  });
});

describe('actions.list', () => {
  it('lists tasks newest meeting first, with the line they have in the file', () => {
    expect(index.actions({ customerId: 'minh-long' })).toEqual([
      {
        customerId: 'minh-long',
        meetingId: '2026-10-02-pilot-scoping',
        date: '2026-10-02',
        line: 12,
        text: 'Send the proposal',
        done: false,
      },
      {
        customerId: 'minh-long',
        meetingId: '2026-10-02-pilot-scoping',
        date: '2026-10-02',
        line: 13,
        text: 'Book the demo room',
        done: true,
      },
      {
        customerId: 'minh-long',
        meetingId: '2026-01-10-xa-giao',
        date: '2026-01-10',
        line: 8,
        text: 'Gửi báo giá',
        done: false,
      },
    ]);
    for (const item of index.actions({})) {
      const file = SAMPLE[`customers/${item.customerId}/meetings/${item.meetingId}.md`];
      if (file) expect(file.split('\n')[item.line - 1]).toBe(`- [${item.done ? 'x' : ' '}] ${item.text}`);
    }
  });

  it('filters open or done tasks', () => {
    expect(index.actions({ open: true }).map((a) => a.text)).toEqual([
      'Prepare the laptop',
      'Send the proposal',
      'Find out who they are',
      'Gửi báo giá',
    ]);
    expect(index.actions({ open: false }).map((a) => a.text)).toEqual(['Book the demo room']);
  });

  it('counts open tasks per customer, 0 included', () => {
    expect(Object.fromEntries(index.openActionCounts())).toEqual({ 'minh-long': 2, acme: 1, orphan: 1 });
  });
});

describe('customers.list', () => {
  it('lists customers with a customer.md by name, with meeting dates and open actions', () => {
    expect(index.customers({})).toEqual([
      {
        id: 'acme',
        name: 'Acme Trading',
        kind: 'prospect',
        tags: [],
        industry: 'Retail',
        location: '',
        nextMeeting: TODAY,
        openActions: 1,
      },
      {
        id: 'minh-long',
        name: 'Công ty TNHH Minh Long',
        kind: 'customer',
        tags: ['key-account'],
        industry: 'Ceramics',
        location: 'Hà Nội',
        lastMeeting: '2026-10-02',
        openActions: 2,
      },
    ]);
  });

  it('filters by kind and by a query on name, industry, location or tags, diacritics ignored', () => {
    expect(index.customers({ kind: 'prospect' }).map((c) => c.id)).toEqual(['acme']);
    expect(index.customers({ query: 'ha noi' }).map((c) => c.id)).toEqual(['minh-long']);
    expect(index.customers({ query: 'KEY-ACC' }).map((c) => c.id)).toEqual(['minh-long']);
    expect(index.customers({ query: 'công ty' }).map((c) => c.id)).toEqual(['minh-long']);
  });
});
