import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewContext } from '../../../../shared/checklist/review';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { emptyNotebook, fixtureNotebook, openCore } from './support/fixtureNotebook';

// The checklist rules are their own module (and tests); here a stand-in that is ready when the
// four required fields are filled in, and remembers the context the core gave it.
const reviews = vi.hoisted(() => ({ contexts: [] as unknown[] }));
vi.mock('../../../../shared/checklist/review', () => ({
  reviewMeeting: (fields: Partial<MeetingFields>, ctx: ReviewContext) => {
    reviews.contexts.push(ctx);
    const ok = {
      objective: Boolean(fields.objective),
      benefit: Boolean(fields.benefit),
      agenda: (fields.agenda?.length ?? 0) > 0,
      attendees: (fields.attendees?.length ?? 0) > 0,
    };
    return {
      ready: Object.values(ok).every(Boolean),
      items: Object.entries(ok).map(([id, passed]) => ({ id, required: true, ok: passed })),
    };
  },
}));

const meetingsDir = (root: string, customer: string) => path.join(root, 'customers', customer, 'meetings');

describe('meetings.list', () => {
  it("lists every customer's readable meetings newest first, without conflict copies or links out", async () => {
    const { call } = await openCore(await fixtureNotebook());
    const { items } = await call('meetings.list', {});
    expect(items.map((m) => `${m.customerId}/${m.meetingId}`)).toEqual([
      'windows-office/2026-12-10-review',
      'bad-values/2026-12-05-bad',
      'minh-long/2026-12-02-pilot-scoping',
      'Cà Phê Sáng/2026-12-01-gặp',
      'minh-long/2026-11-25-cancelled-visit',
      'minh-long/2026-11-20-intro-call',
      'Công ty Đại Phát/2026-09-15 first visit',
    ]);
    expect(items.find((m) => m.meetingId === '2026-12-02-pilot-scoping')).toEqual({
      customerId: 'minh-long',
      meetingId: '2026-12-02-pilot-scoping',
      title: 'Pilot scoping',
      date: '2026-12-02',
      time: '09:30',
      objective: 'Agree on a 20-seat pilot start date and its success criteria',
      status: 'draft',
    });
    expect(items.find((m) => m.meetingId === '2026-11-20-intro-call')).toMatchObject({
      status: 'done',
      outcome: 'advance',
      objectiveMet: 'yes',
    });
    // A hand-edited file that claims ready keeps its status; the review says it is not.
    expect(items.find((m) => m.meetingId === '2026-12-05-bad')?.status).toBe('ready');
  });

  it('filters by customer, dates and status', async () => {
    const { call, fail } = await openCore(await fixtureNotebook());
    const ids = async (args: Parameters<typeof call<'meetings.list'>>[1]) =>
      (await call('meetings.list', args)).items.map((m) => m.meetingId);
    expect(await ids({ customerId: 'minh-long' })).toEqual([
      '2026-12-02-pilot-scoping',
      '2026-11-25-cancelled-visit',
      '2026-11-20-intro-call',
    ]);
    expect(await ids({ from: '2026-12-01', to: '2026-12-05' })).toEqual([
      '2026-12-05-bad',
      '2026-12-02-pilot-scoping',
      '2026-12-01-gặp',
    ]);
    expect(await ids({ status: 'done' })).toEqual(['2026-11-20-intro-call', '2026-09-15 first visit']);
    expect(await ids({ customerId: 'Cà Phê Sáng' })).toEqual(['2026-12-01-gặp']);
    expect((await fail('meetings.list', { customerId: 'nobody' })).code).toBe('NOT_FOUND');
    expect((await fail('meetings.list', { from: '1 Dec' })).code).toBe('INVALID_INPUT');
  });

  it('sorts meetings of one day by time', async () => {
    const notebook = await emptyNotebook();
    const { call } = await openCore(notebook);
    await call('customers.create', { name: 'Acme' });
    await call('meetings.create', {
      customerId: 'acme',
      title: 'Morning',
      date: '2026-12-01',
      time: '08:00',
    });
    await call('meetings.create', {
      customerId: 'acme',
      title: 'Afternoon',
      date: '2026-12-01',
      time: '15:00',
    });
    await call('meetings.create', { customerId: 'acme', title: 'Next day', date: '2026-12-02' });
    expect((await call('meetings.list', {})).items.map((m) => m.title)).toEqual([
      'Next day',
      'Afternoon',
      'Morning',
    ]);
  });
});

describe('meetings.get', () => {
  it("returns fields, body, problems and the review with the app language and the notebook's extra items", async () => {
    const { call } = await openCore(await fixtureNotebook());
    reviews.contexts.length = 0;
    const doc = await call('meetings.get', {
      customerId: 'minh-long',
      meetingId: '2026-12-02-pilot-scoping',
    });
    expect(doc.fields).toMatchObject({
      title: 'Pilot scoping',
      duration: 45,
      attendees: ['Nguyễn Thị Lan (Trưởng phòng mua hàng)'],
      checklist: { 'history-reviewed': true, 'questions-prepared': true },
      status: 'draft',
    });
    expect(doc.fields).not.toHaveProperty('outcome');
    expect(doc.body.startsWith('## Preparation\nInternal notes')).toBe(true);
    expect(doc.review.ready).toBe(true);
    expect(reviews.contexts[0]).toEqual({
      lang: 'en',
      extraItems: [{ id: 'price-list-printed', label: { en: 'Price list printed', vi: 'Đã in bảng giá' } }],
      phrases: { en: { vague: ['say hello'] } },
    });
  });

  it('shows a file that claims ready but fails the review as it is, with the review saying so', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const before = await readFile(path.join(meetingsDir(notebook.root, 'bad-values'), '2026-12-05-bad.md'));
    const doc = await call('meetings.get', { customerId: 'bad-values', meetingId: '2026-12-05-bad' });
    expect(doc.fields.status).toBe('ready');
    expect(doc.review.ready).toBe(false);
    expect(doc.problems.map((p) => p.field)).toEqual(['time', 'duration', 'agenda']);
    expect(
      (await readFile(path.join(meetingsDir(notebook.root, 'bad-values'), '2026-12-05-bad.md'))).equals(
        before,
      ),
    ).toBe(true);
  });

  it('answers UNREADABLE_FILE for non-UTF-8 bytes and an unclosed front matter', async () => {
    const { fail } = await openCore(await fixtureNotebook());
    expect(
      await fail('meetings.get', { customerId: 'broken-yaml', meetingId: '2026-10-01-latin1' }),
    ).toMatchObject({
      code: 'UNREADABLE_FILE',
      details: {
        path: 'customers/broken-yaml/meetings/2026-10-01-latin1.md',
        reason: 'The file is not valid UTF-8 text',
      },
    });
    expect(
      (await fail('meetings.get', { customerId: 'broken-yaml', meetingId: '2026-10-02-unclosed' })).code,
    ).toBe('UNREADABLE_FILE');
  });

  it('finds NFD names by their NFC ids and refuses paths leading out', async () => {
    const { call, fail } = await openCore(await fixtureNotebook());
    const doc = await call('meetings.get', { customerId: 'Cà Phê Sáng', meetingId: '2026-12-01-gặp' });
    expect(doc.fields.title).toBe('Gặp anh Tuấn');
    expect(
      await fail('meetings.get', { customerId: 'minh-long', meetingId: '2026-01-01-leak' }),
    ).toMatchObject({
      code: 'FORBIDDEN_PATH',
      details: { id: '2026-01-01-leak' },
    });
    expect(await fail('meetings.get', { customerId: 'minh-long', meetingId: '../customer' })).toMatchObject({
      code: 'FORBIDDEN_PATH',
    });
    expect(await fail('meetings.get', { customerId: 'escape', meetingId: 'x' })).toMatchObject({
      code: 'FORBIDDEN_PATH',
    });
    expect((await fail('meetings.get', { customerId: 'minh-long', meetingId: 'nope' })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('meetings.create', () => {
  it("writes <date>-<slug>.md with the keys in vault-format.md's order and the four sections", async () => {
    const notebook = await emptyNotebook();
    const { call } = await openCore(notebook);
    await call('customers.create', { name: 'Acme' });
    const created = await call('meetings.create', {
      customerId: 'acme',
      title: 'Kick-off: Đà Nẵng plant',
      date: '2026-12-02',
      time: '09:30',
      duration: 60,
      location: 'Their office',
    });
    expect(created.meetingId).toBe('2026-12-02-kick-off-da-nang-plant');
    expect(
      await readFile(path.join(meetingsDir(notebook.root, 'acme'), `${created.meetingId}.md`), 'utf8'),
    ).toBe(
      [
        '---',
        'title: "Kick-off: Đà Nẵng plant"',
        'date: 2026-12-02',
        'time: "09:30"',
        'duration: 60',
        'location: Their office',
        'attendees: []',
        'objective:',
        'benefit:',
        'fallback:',
        'agenda: []',
        'status: draft',
        '---',
        '## Preparation',
        '',
        '## Questions',
        '',
        '## Notes',
        '',
        '## Action items',
        '',
      ].join('\n'),
    );
    const doc = await call('meetings.get', { customerId: 'acme', meetingId: created.meetingId });
    expect(doc.version).toBe(created.version);
    expect(doc.fields).toEqual({
      title: 'Kick-off: Đà Nẵng plant',
      date: '2026-12-02',
      time: '09:30',
      duration: 60,
      location: 'Their office',
      attendees: [],
      agenda: [],
      status: 'draft',
    });
  });

  it('takes -2 on a clash and "meeting" for a title that leaves no slug', async () => {
    const notebook = await emptyNotebook();
    const { call } = await openCore(notebook);
    await call('customers.create', { name: 'Acme' });
    const one = await call('meetings.create', { customerId: 'acme', title: 'Demo', date: '2026-12-02' });
    const two = await call('meetings.create', { customerId: 'acme', title: 'DEMO', date: '2026-12-02' });
    const three = await call('meetings.create', { customerId: 'acme', title: '会议', date: '2026-12-02' });
    expect([one.meetingId, two.meetingId, three.meetingId]).toEqual([
      '2026-12-02-demo',
      '2026-12-02-demo-2',
      '2026-12-02-meeting',
    ]);
  });

  it('seeds duration, agenda, questions and preparation from the template hook', async () => {
    const notebook = await emptyNotebook();
    const hook = vi.fn(async () => ({
      duration: 45,
      agenda: [
        { title: 'Introductions', minutes: 5 },
        { title: 'Their priorities', minutes: 20 },
      ],
      questions: ['What happens today when an order is late?'],
      preparation: 'Read their annual report.\n',
    }));
    const { call } = await openCore(notebook, { applyTemplate: hook });
    await call('customers.create', { name: 'Acme' });
    const created = await call('meetings.create', {
      customerId: 'acme',
      title: 'Discovery',
      date: '2026-12-03',
      template: 'discovery',
      lang: 'vi',
    });
    expect(hook).toHaveBeenCalledWith('discovery', 'vi', notebook.root);
    const text = await readFile(
      path.join(meetingsDir(notebook.root, 'acme'), `${created.meetingId}.md`),
      'utf8',
    );
    expect(text).toContain('duration: 45\nattendees: []\ntemplate: discovery\n');
    expect(text).toContain(
      'agenda:\n  - title: Introductions\n    minutes: 5\n  - title: Their priorities\n    minutes: 20\nstatus: draft\n',
    );
    expect(
      text.endsWith(
        '---\n## Preparation\nRead their annual report.\n\n## Questions\n- What happens today when an order is late?\n\n## Notes\n\n## Action items\n',
      ),
    ).toBe(true);
  });

  it('records the template id even when no template serves it, and refuses an unknown customer', async () => {
    const notebook = await emptyNotebook();
    const { call, fail } = await openCore(notebook);
    await call('customers.create', { name: 'Acme' });
    const created = await call('meetings.create', {
      customerId: 'acme',
      title: 'X',
      date: '2026-12-03',
      template: 'nope',
    });
    expect(
      (await call('meetings.get', { customerId: 'acme', meetingId: created.meetingId })).fields.template,
    ).toBe('nope');
    expect(
      (await fail('meetings.create', { customerId: 'nobody', title: 'X', date: '2026-12-03' })).code,
    ).toBe('NOT_FOUND');
    expect((await fail('meetings.create', { customerId: '../x', title: 'X', date: '2026-12-03' })).code).toBe(
      'FORBIDDEN_PATH',
    );
  });
});

describe('meetings.update', () => {
  it('splices changes into the file and returns version, status and review', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const target = path.join(meetingsDir(notebook.root, 'minh-long'), '2026-12-02-pilot-scoping.md');
    const before = await readFile(target, 'utf8');
    const ref = { customerId: 'minh-long', meetingId: '2026-12-02-pilot-scoping' };
    const { version } = await call('meetings.get', ref);
    const saved = await call('meetings.update', {
      ...ref,
      version,
      fields: { location: '0901234567', attendees: ['Nguyễn Thị Lan (Trưởng phòng mua hàng)', 'Lê Văn Tám'] },
    });
    expect(saved.status).toBe('draft');
    expect(saved.review.ready).toBe(true);
    expect(await readFile(target, 'utf8')).toBe(
      before
        .replace('location: Their office, Hà Nội', 'location: "0901234567"')
        .replace(
          '  - Nguyễn Thị Lan (Trưởng phòng mua hàng)\n',
          '  - Nguyễn Thị Lan (Trưởng phòng mua hàng)\n  - Lê Văn Tám\n',
        ),
    );
  });

  it('sets a ready meeting back to draft in the same write when the save breaks a required item', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const ref = { customerId: 'minh-long', meetingId: '2026-12-02-pilot-scoping' };
    const target = path.join(meetingsDir(notebook.root, 'minh-long'), '2026-12-02-pilot-scoping.md');
    await writeFile(target, (await readFile(target, 'utf8')).replace('status: draft ', 'status: ready '));
    let { version } = await call('meetings.get', ref);
    // A save that keeps it ready stays ready.
    ({ version } = await call('meetings.update', {
      ...ref,
      version,
      fields: { fallback: 'A requirements list' },
    }));
    expect((await call('meetings.get', ref)).fields.status).toBe('ready');
    const saved = await call('meetings.update', { ...ref, version, fields: { benefit: null } });
    expect(saved.status).toBe('draft');
    expect(saved.review.ready).toBe(false);
    const text = await readFile(target, 'utf8');
    expect(text).toContain('status: draft             # draft | ready | done | cancelled\n');
    expect(text).not.toContain('benefit:');
  });

  it('never rewrites a file on a save that changes nothing, not even a ready one failing the review', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    for (const [customerId, meetingId] of [
      ['bad-values', '2026-12-05-bad'],
      ['minh-long', '2026-12-02-pilot-scoping'],
      ['windows-office', '2026-12-10-review'],
    ]) {
      const target = path.join(meetingsDir(notebook.root, customerId), `${meetingId}.md`);
      const before = await readFile(target);
      const doc = await call('meetings.get', { customerId, meetingId });
      const { status: _s, outcome: _o, objectiveMet: _m, ...editable } = doc.fields;
      const saved = await call('meetings.update', {
        customerId,
        meetingId,
        version: doc.version,
        fields: editable,
        body: doc.body,
      });
      expect(saved.version).toBe(doc.version);
      expect((await readFile(target)).equals(before), meetingId).toBe(true);
    }
  });

  it('refuses status changes (they go through meetings.setStatus) and unreadable files', async () => {
    const { call, fail } = await openCore(await fixtureNotebook());
    const ref = { customerId: 'minh-long', meetingId: '2026-12-02-pilot-scoping' };
    const { version } = await call('meetings.get', ref);
    expect(
      (await fail('meetings.update', { ...ref, version, fields: { status: 'done' } as never })).code,
    ).toBe('INVALID_INPUT');
    expect(
      (
        await fail('meetings.update', {
          customerId: 'broken-yaml',
          meetingId: '2026-10-01-latin1',
          version: 'x',
          body: 'new',
        })
      ).code,
    ).toBe('UNREADABLE_FILE');
  });
});

describe('meetings.trash', () => {
  it('moves the file into the trash with its relative path', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const { trashId } = await call('meetings.trash', {
      customerId: 'minh-long',
      meetingId: '2026-11-20-intro-call',
    });
    expect(trashId).toBe('20261126-120000');
    expect(await readdir(meetingsDir(notebook.root, 'minh-long'))).not.toContain('2026-11-20-intro-call.md');
    const moved = path.join(
      notebook.root,
      '.prepnote',
      'trash',
      trashId,
      'customers',
      'minh-long',
      'meetings',
      '2026-11-20-intro-call.md',
    );
    expect(await readFile(moved, 'utf8')).toContain('title: Intro call');
    expect(
      (await call('meetings.list', { customerId: 'minh-long' })).items.map((m) => m.meetingId),
    ).not.toContain('2026-11-20-intro-call');
  });
});
