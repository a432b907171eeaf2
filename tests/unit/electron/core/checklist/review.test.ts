// meetings.review and the reviews meetings.get/update return, with the real checklist rules.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixtureNotebook, openCore } from '../support/fixtureNotebook';
import { READY_MEETING, checklistNotebook } from './support/meetingFiles';

const ref = { customerId: 'minh-long', meetingId: '2026-12-02-pilot-scoping' };

describe('meetings.review', () => {
  it('reviews the file on disk: required items, manual items, then the notebook extra items', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const review = await call('meetings.review', ref);
    expect(review.ready).toBe(true);
    expect(review.items.map((i) => [i.id, i.required, i.ok])).toEqual([
      ['objective', true, true],
      ['benefit', true, true],
      ['agenda', true, true],
      ['attendees', true, true],
      ['history-reviewed', false, true],
      ['actions-addressed', false, false],
      ['questions-prepared', false, true],
      ['materials-ready', false, false],
      ['agenda-shared', false, false],
      ['price-list-printed', false, false],
    ]);
    expect(review.items.at(-1)?.label).toBe('Price list printed');
  });

  it('answers in the language asked for, else in the app language setting', async () => {
    const nb = await checklistNotebook();
    await nb.writeMeeting(
      '2026-12-02-visit',
      READY_MEETING.replace(/objective: .*/, 'objective: Cuộc gọi xã giao'),
    );
    const meeting = { customerId: 'minh-long', meetingId: '2026-12-02-visit' };
    const english = await nb.call('meetings.review', meeting);
    expect(english.items[0]).toMatchObject({ id: 'objective', ok: false });
    expect(english.items[0]?.label).toBe('A specific objective, not a courtesy call');
    const asked = await nb.call('meetings.review', { ...meeting, lang: 'vi' });
    expect(asked.items[0]?.reason).toContain('xã giao');
    expect(asked.items[0]?.label).toBe('Mục tiêu cụ thể, không phải gặp xã giao');
    await nb.call('settings.update', { language: 'vi' });
    expect(await nb.call('meetings.review', meeting)).toEqual(asked);
    expect((await nb.call('meetings.review', { ...meeting, lang: 'en' })).items[0]?.label).toBe(
      english.items[0]?.label,
    );
  });

  it('shows a hand-edited "status: ready" file that fails the rules as not ready, and leaves it alone', async () => {
    const nb = await checklistNotebook();
    const text = READY_MEETING.replace(/benefit: .*\n/, '').replace('status: draft ', 'status: ready ');
    const file = await nb.writeMeeting('2026-12-02-claims', text);
    const meeting = { customerId: 'minh-long', meetingId: '2026-12-02-claims' };
    const review = await nb.call('meetings.review', meeting);
    expect(review.ready).toBe(false);
    expect(review.items.find((i) => i.id === 'benefit')).toMatchObject({ ok: false });
    expect(review.items.find((i) => i.id === 'benefit')?.reason).toBeTruthy();
    const doc = await nb.call('meetings.get', meeting);
    expect(doc.fields.status).toBe('ready');
    expect(doc.review).toEqual(review);
    expect((await nb.call('meetings.list', {})).items[0]?.status).toBe('ready');
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses ids leaving the notebook, unknown meetings and unreadable files', async () => {
    const { fail } = await openCore(await fixtureNotebook());
    for (const bad of [
      { customerId: '../outside', meetingId: 'x' },
      { customerId: 'minh-long', meetingId: '../../../outside/customer' },
      { customerId: '..', meetingId: 'x' },
    ]) {
      const error = await fail('meetings.review', bad);
      expect(error.code).toBe('FORBIDDEN_PATH');
    }
    expect((await fail('meetings.review', { ...ref, meetingId: '2026-01-01-none' })).code).toBe('NOT_FOUND');
    const unreadable = await fail('meetings.review', {
      customerId: 'broken-yaml',
      meetingId: '2026-10-02-unclosed',
    });
    expect(unreadable.code).toBe('UNREADABLE_FILE');
    expect(unreadable.details).toMatchObject({
      path: 'customers/broken-yaml/meetings/2026-10-02-unclosed.md',
    });
  });
});

describe('meetings.get and meetings.update carry the real review', () => {
  it('meetings.get explains a courtesy-call objective with a suggestion', async () => {
    const nb = await checklistNotebook();
    await nb.writeMeeting(
      '2026-12-02-call',
      READY_MEETING.replace(/objective: .*/, 'objective: Courtesy call'),
    );
    const doc = await nb.call('meetings.get', { customerId: 'minh-long', meetingId: '2026-12-02-call' });
    expect(doc.review.ready).toBe(false);
    expect(doc.review.items[0]).toMatchObject({ id: 'objective', ok: false });
    expect(doc.review.items[0]?.reason?.toLowerCase()).toContain('courtesy call');
    expect(doc.review.items[0]?.suggestion).toBeTruthy();
  });

  it('a save that breaks a required item of a ready meeting sets it to draft in the same write', async () => {
    const nb = await checklistNotebook();
    const file = await nb.writeMeeting('2026-12-02-pilot', READY_MEETING);
    const meeting = { customerId: 'minh-long', meetingId: '2026-12-02-pilot' };
    let { version } = await nb.call('meetings.get', meeting);
    ({ version } = await nb.call('meetings.setStatus', { ...meeting, version, status: 'ready' }));
    // An edit that keeps every required item stays ready.
    const kept = await nb.call('meetings.update', { ...meeting, version, fields: { location: 'Hà Nội' } });
    expect(kept).toMatchObject({ status: 'ready', review: { ready: true } });
    const saved = await nb.call('meetings.update', {
      ...meeting,
      version: kept.version,
      fields: { objective: 'Touch base with Lan' },
    });
    expect(saved.status).toBe('draft');
    expect(saved.review.ready).toBe(false);
    expect(saved.review.items[0]).toMatchObject({ id: 'objective', ok: false });
    // One write: the version returned is the file's, and it holds both changes.
    const doc = await nb.call('meetings.get', meeting);
    expect(doc.version).toBe(saved.version);
    expect(await readFile(file, 'utf8')).toBe(
      READY_MEETING.replace(/objective: .*/, 'objective: Touch base with Lan').replace(
        '# another tool\n',
        '# another tool\nlocation: Hà Nội\n',
      ),
    );
  });
});
