// export.agenda / export.history over sources shaped like the contract's reads, with every
// edge the core can hand them: a missing index, a meeting gone between list and read, an
// unreadable customer.md, a file without a date field.
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  type ActionItem,
  type MeetingDoc,
  type MeetingSummary,
} from '../../../../../shared/contract';
import type { MeetingFields } from '../../../../../shared/domain/fields';
import {
  type ExportServices,
  exportAgenda,
  exportHistory,
} from '../../../../../electron/core/export/exportService';

const review = { ready: false, items: [] };

function meetingDoc(meetingId: string, fields: Partial<MeetingFields>, body = ''): MeetingDoc {
  return { meetingId, version: 'v1', fields, body, problems: [], review };
}

const MEETINGS: MeetingDoc[] = [
  meetingDoc(
    '2026-12-02-pilot-scoping',
    {
      title: 'Pilot scoping',
      date: '2026-12-02',
      time: '09:30',
      duration: 45,
      objective: 'Agree on the pilot date INTERNAL-OBJ',
      benefit: 'A pilot plan for the director',
      agenda: [{ title: 'Scope', minutes: 30 }],
      attendees: ['Lan'],
      checklist: { 'history-reviewed': true },
      status: 'draft',
    },
    '## Preparation\nINTERNAL-PREP\n\n## Action items\n- [ ] Own task of this meeting\n',
  ),
  meetingDoc(
    '2026-11-20-demo',
    { title: 'Demo', date: '2026-11-20', objective: 'Book the pilot', status: 'cancelled' },
    '## Action items\n- [ ] Task of a cancelled meeting\n',
  ),
  meetingDoc(
    '2026-11-02-discovery',
    {
      title: 'Discovery',
      date: '2026-11-02',
      objective: 'Agree on two problems',
      status: 'done',
      outcome: 'advance',
      objectiveMet: 'yes',
    },
    '## Notes\nThey want a pilot.\n\n## Action items\n- [ ] Send the reference list\n- [x] Book the room\n',
  ),
  meetingDoc(
    '2026-12-20-closing',
    { title: 'Closing', date: '2026-12-20', status: 'draft' },
    '## Action items\n- [ ] Later task\n',
  ),
];

function summary(doc: MeetingDoc): MeetingSummary {
  const { fields } = doc;
  return {
    customerId: 'minh-long',
    meetingId: doc.meetingId,
    title: fields.title ?? doc.meetingId,
    date: fields.date ?? doc.meetingId.slice(0, 10),
    status: fields.status ?? 'draft',
    ...(fields.time ? { time: fields.time } : {}),
    ...(fields.objective ? { objective: fields.objective } : {}),
    ...(fields.outcome ? { outcome: fields.outcome } : {}),
    ...(fields.objectiveMet ? { objectiveMet: fields.objectiveMet } : {}),
  };
}

function services(overrides: Partial<ExportServices> = {}, meetings = MEETINGS): ExportServices {
  return {
    getCustomer: async (id) => ({
      id,
      version: 'c1',
      fields: { name: 'Công ty Minh Long', contacts: [{ name: 'Nguyễn Thị Lan', phone: '0901234567' }] },
      body: '',
      problems: [],
    }),
    getMeeting: async (_customerId, meetingId) => {
      const found = meetings.find((doc) => doc.meetingId === meetingId);
      if (!found) throw new ApiError('NOT_FOUND', 'No such meeting');
      return found;
    },
    listMeetings: async () =>
      meetings
        .map(summary)
        .sort((a, b) => b.date.localeCompare(a.date) || b.meetingId.localeCompare(a.meetingId)),
    reviewContext: async (lang) => ({ lang }),
    language: async () => 'vi',
    now: () => new Date('2026-11-30T08:00:00Z'),
    ...overrides,
  };
}

const agendaArgs = { customerId: 'minh-long', meetingId: '2026-12-02-pilot-scoping' } as const;

describe('export.agenda', () => {
  it('answers {filename, content} in the app language when no lang is given', async () => {
    const result = await exportAgenda(services(), { ...agendaArgs, variant: 'customer', format: 'text' });
    expect(result.filename).toBe('2026-12-02-pilot-scoping-customer.txt');
    expect(result.content).toContain('Mục đích cuộc gặp — Quý khách nhận được gì');
    expect(result.content).toContain('Công ty Minh Long');
    expect(result.content).not.toMatch(/INTERNAL|Own task/);
  });

  it('carries open items and last meetings from EARLIER meetings only into the prep sheet', async () => {
    const { content } = await exportAgenda(services(), {
      ...agendaArgs,
      variant: 'prep',
      format: 'text',
      lang: 'en',
    });
    expect(content).toContain('[ ] Send the reference list (from 2 Nov 2026)');
    expect(content).toContain('[ ] Task of a cancelled meeting (from 20 Nov 2026)');
    expect(content).not.toContain('Later task');
    expect(content).not.toContain('Own task of this meeting');
    expect(content).not.toContain('Book the room');
    expect(content).toContain('2 Nov 2026 — Discovery: Agree on two problems → Advance (objective met: yes)');
    expect(content).not.toContain('— Demo:'); // cancelled: it did not take place
    expect(content).toContain('INTERNAL-PREP');
    expect(content).toContain('0901234567');
  });

  it('lists the manual checklist items not ticked, in the export language', async () => {
    const { content } = await exportAgenda(services(), {
      ...agendaArgs,
      variant: 'prep',
      format: 'text',
      lang: 'vi',
    });
    const unticked = content.slice(content.indexOf('Mục kiểm tra chưa đánh dấu'));
    // Five built-in manual items, one ticked in the file (whatever words the checklist uses).
    expect(unticked.match(/^\[ \] /gm)).toHaveLength(4);
    expect(unticked).not.toMatch(/Questions prepared|Materials ready/);
  });

  it('prefers the index (actions.list) for open items when it answers', async () => {
    const indexed: ActionItem[] = [
      {
        customerId: 'minh-long',
        meetingId: '2026-11-02-discovery',
        date: '2026-11-02',
        line: 9,
        text: 'From the index',
        done: false,
      },
      {
        customerId: 'minh-long',
        meetingId: '2026-12-20-closing',
        date: '2026-12-20',
        line: 9,
        text: 'Later, from the index',
        done: false,
      },
    ];
    const { content } = await exportAgenda(services({ listOpenActions: async () => indexed }), {
      ...agendaArgs,
      variant: 'prep',
      format: 'markdown',
      lang: 'en',
    });
    expect(content).toContain('- [ ] From the index (from 2 Nov 2026)');
    expect(content).not.toContain('Later, from the index');
    expect(content).not.toContain('Send the reference list');
  });

  it('falls back to the meeting files while actions.list is not built', async () => {
    const notBuilt = async (): Promise<ActionItem[]> => {
      throw new ApiError('NOT_FOUND', 'Not implemented yet: actions.list');
    };
    const { content } = await exportAgenda(services({ listOpenActions: notBuilt }), {
      ...agendaArgs,
      variant: 'prep',
      format: 'text',
      lang: 'en',
    });
    expect(content).toContain('Send the reference list');
  });

  it('makes a calendar invitation whatever the variant, with the customer-safe content', async () => {
    const result = await exportAgenda(services(), {
      ...agendaArgs,
      variant: 'prep',
      format: 'ics',
      lang: 'en',
    });
    expect(result.filename).toBe('2026-12-02-pilot-scoping-customer.ics');
    expect(result.content).toContain('DTSTAMP:20261130T080000Z\r\n');
    expect(result.content).toContain('DTSTART:20261202T093000\r\n');
    expect(result.content).not.toMatch(/INTERNAL/);
  });

  it('takes the date from the file name when the date field is missing, and refuses an ics without any', async () => {
    const noDate = [meetingDoc('2026-12-02-pilot-scoping', { title: 'Pilot scoping', time: '10:00' })];
    const ics = await exportAgenda(services({}, noDate), {
      ...agendaArgs,
      variant: 'customer',
      format: 'ics',
    });
    expect(ics.content).toContain('DTSTART:20261202T100000\r\n');

    const handMade = [meetingDoc('Họp giá', { title: 'Họp giá' })];
    const args = {
      customerId: 'minh-long',
      meetingId: 'Họp giá',
      variant: 'customer',
      format: 'ics',
    } as const;
    await expect(exportAgenda(services({}, handMade), args)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const text = await exportAgenda(services({}, handMade), { ...args, format: 'text' });
    expect(text.filename).toBe('hop-gia-customer.txt');
  });

  it('still prints when customer.md cannot be read, and passes NOT_FOUND through', async () => {
    const broken = services({
      getCustomer: async () => {
        throw new ApiError('UNREADABLE_FILE', 'broken', {
          path: 'customers/minh-long/customer.md',
          reason: 'bad YAML',
        });
      },
    });
    const { content } = await exportAgenda(broken, { ...agendaArgs, variant: 'customer', format: 'text' });
    expect(content).toContain('minh-long');
    await expect(
      exportAgenda(services(), { ...agendaArgs, meetingId: 'nope', variant: 'customer', format: 'text' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('export.history', () => {
  it('prints every readable meeting with a table of contents, named after the customer', async () => {
    const vanished = services({
      listMeetings: async () => [
        ...MEETINGS.map(summary),
        { ...summary(MEETINGS[0] as MeetingDoc), meetingId: 'gone' },
      ],
    });
    const result = await exportHistory(vanished, { customerId: 'minh-long', format: 'html', lang: 'en' });
    expect(result.filename).toBe('minh-long-history.html');
    const links = [...result.content.matchAll(/<a href="#([^"]+)">/g)].map((match) => match[1]);
    expect(links).toHaveLength(4);
    for (const anchor of links) expect(result.content).toContain(`<h2 id="${anchor}">`);
    expect(result.content).toContain('They want a pilot.');
  });

  it('answers Markdown too', async () => {
    const result = await exportHistory(services(), { customerId: 'minh-long', format: 'markdown' });
    expect(result.filename).toBe('minh-long-history.md');
    expect(result.content).toContain('## Mục lục');
  });
});
