// meetings.setStatus through the real dispatcher and the real checklist rules: what may become
// ready or done, and exactly what changes in the file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../../../shared/contract';
import { eventually, fixtureNotebook, openCore } from '../support/fixtureNotebook';
import { READY_MEETING, checklistNotebook, windowsBytes } from './support/meetingFiles';

const meeting = { customerId: 'minh-long', meetingId: '2026-12-02-pilot' };

async function withMeeting(text: string | Buffer = READY_MEETING) {
  const nb = await checklistNotebook();
  const file = await nb.writeMeeting(meeting.meetingId, text);
  const { version } = await nb.call('meetings.get', meeting);
  return { ...nb, file, version };
}

describe('meetings.setStatus into ready', () => {
  it('refuses a courtesy-call objective with NOT_READY and the review, in the app language', async () => {
    const nb = await withMeeting(READY_MEETING.replace(/objective: .*/, 'objective: Cuộc gọi xã giao'));
    await nb.call('settings.update', { language: 'vi' });
    const error = await nb.fail('meetings.setStatus', { ...meeting, version: nb.version, status: 'ready' });
    expect(error.code).toBe('NOT_READY');
    const review = error.details as Review;
    expect(review.ready).toBe(false);
    expect(review.items[0]).toMatchObject({ id: 'objective', required: true, ok: false });
    expect(review.items[0]?.reason).toContain('xã giao');
    expect(review.items[0]?.label).toBe('Mục tiêu cụ thể, không phải gặp xã giao');
    expect(review.items.slice(1, 4).every((i) => i.ok)).toBe(true);
    expect(await nb.text(meeting.meetingId)).toContain('objective: Cuộc gọi xã giao');
    expect(
      (await nb.bytes(meeting.meetingId)).equals(
        Buffer.from(READY_MEETING.replace(/objective: .*/, 'objective: Cuộc gọi xã giao')),
      ),
    ).toBe(true);
  });

  it('refuses "Courtesy call" and a missing benefit, then accepts once they are fixed', async () => {
    const text = READY_MEETING.replace(/objective: .*/, 'objective: Courtesy call').replace(
      /benefit: .*\n/,
      '',
    );
    const nb = await withMeeting(text);
    const error = await nb.fail('meetings.setStatus', { ...meeting, version: nb.version, status: 'ready' });
    expect(error.code).toBe('NOT_READY');
    const review = error.details as Review;
    expect(review.items.filter((i) => i.required && !i.ok).map((i) => i.id)).toEqual([
      'objective',
      'benefit',
    ]);
    expect(review.items[0]?.reason?.toLowerCase()).toContain('courtesy call');
    expect(review.items[1]?.reason).toBeTruthy();
    expect(await nb.text(meeting.meetingId)).toBe(text);

    // Only the objective fixed: still not ready, for the benefit alone.
    let { version } = await nb.call('meetings.update', {
      ...meeting,
      version: nb.version,
      fields: { objective: 'Agree on a 20-seat pilot start date and its success criteria' },
    });
    const still = await nb.fail('meetings.setStatus', { ...meeting, version, status: 'ready' });
    expect((still.details as Review).items.filter((i) => i.required && !i.ok).map((i) => i.id)).toEqual([
      'benefit',
    ]);
    ({ version } = await nb.call('meetings.update', {
      ...meeting,
      version,
      fields: { benefit: 'A pilot plan their team can take to the director for budget approval' },
    }));
    const before = await nb.text(meeting.meetingId);
    const done = await nb.call('meetings.setStatus', { ...meeting, version, status: 'ready' });
    expect(done.status).toBe('ready');
    expect(done.version).not.toBe(version);
    // Only the status value changed, written bare; its comment and every other byte kept.
    expect(await nb.text(meeting.meetingId)).toBe(
      before.replace('status: draft             #', 'status: ready             #'),
    );
    expect((await nb.call('meetings.get', meeting)).version).toBe(done.version);
  });
});

describe('meetings.setStatus into done and out of it', () => {
  it('requires both outcome and objectiveMet, naming the missing one', async () => {
    const nb = await withMeeting();
    const none = await nb.fail('meetings.setStatus', { ...meeting, version: nb.version, status: 'done' });
    expect(none.code).toBe('INVALID_INPUT');
    expect((none.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      'outcome',
      'objectiveMet',
    ]);
    const half = await nb.fail('meetings.setStatus', {
      ...meeting,
      version: nb.version,
      status: 'done',
      outcome: 'advance',
    });
    expect(half.code).toBe('INVALID_INPUT');
    expect((half.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      'objectiveMet',
    ]);
    const other = await nb.fail('meetings.setStatus', {
      ...meeting,
      version: nb.version,
      status: 'done',
      objectiveMet: 'yes',
    });
    expect((other.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['outcome']);
    const bad = await nb.fail('meetings.setStatus', {
      ...meeting,
      version: nb.version,
      status: 'done',
      outcome: 'sold' as never,
      objectiveMet: 'yes',
    });
    expect(bad.code).toBe('INVALID_INPUT');
    expect(await nb.text(meeting.meetingId)).toBe(READY_MEETING);
  });

  it('records the outcome bare, needs no passing review, and keeps it when the meeting leaves done', async () => {
    // A draft that would not pass the review may still be done: the meeting took place.
    const text = READY_MEETING.replace(/benefit: .*\n/, '');
    const nb = await withMeeting(text);
    const done = await nb.call('meetings.setStatus', {
      ...meeting,
      version: nb.version,
      status: 'done',
      outcome: 'no-sale',
      objectiveMet: 'no',
    });
    expect(done.status).toBe('done');
    const doneText = text
      .replace('status: draft             #', 'status: done             #')
      .replace('# another tool\n', '# another tool\noutcome: no-sale\nobjective-met: no\n');
    expect(await nb.text(meeting.meetingId)).toBe(doneText);
    expect((await nb.call('meetings.get', meeting)).fields).toMatchObject({
      status: 'done',
      outcome: 'no-sale',
      objectiveMet: 'no',
    });

    const back = await nb.call('meetings.setStatus', { ...meeting, version: done.version, status: 'draft' });
    expect(back.status).toBe('draft');
    expect(await nb.text(meeting.meetingId)).toBe(
      doneText.replace('status: done             #', 'status: draft             #'),
    );
    const listed = (await nb.call('meetings.list', {})).items[0];
    expect(listed).toMatchObject({ status: 'draft', outcome: 'no-sale', objectiveMet: 'no' });

    // Into done again with a new outcome: the values are replaced in place.
    const again = await nb.call('meetings.setStatus', {
      ...meeting,
      version: back.version,
      status: 'done',
      outcome: 'advance',
      objectiveMet: 'partly',
    });
    expect(await nb.text(meeting.meetingId)).toBe(
      doneText
        .replace('outcome: no-sale', 'outcome: advance')
        .replace('objective-met: no', 'objective-met: partly'),
    );
    // Cancelled after done: allowed, outcome kept.
    await nb.call('meetings.setStatus', { ...meeting, version: again.version, status: 'cancelled' });
    expect(await nb.text(meeting.meetingId)).toContain('outcome: advance\nobjective-met: partly\n');
  });

  it('fills the empty keys of the vault-format example in place, keeping their comments', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const ref = { customerId: 'minh-long', meetingId: '2026-12-02-pilot-scoping' };
    const file = path.join(
      notebook.root,
      'customers',
      'minh-long',
      'meetings',
      '2026-12-02-pilot-scoping.md',
    );
    const before = await readFile(file, 'utf8');
    const { version } = await call('meetings.get', ref);
    await call('meetings.setStatus', {
      ...ref,
      version,
      status: 'done',
      outcome: 'order',
      objectiveMet: 'yes',
    });
    expect(await readFile(file, 'utf8')).toBe(
      before
        .replace('status: draft             #', 'status: done             #')
        .replace('outcome:                  #', 'outcome: order                  #')
        .replace('objective-met:            #', 'objective-met: yes            #'),
    );
  });
});

describe('meetings.setStatus safety', () => {
  it('refuses a stale version with CONFLICT and what is on disk now', async () => {
    const nb = await withMeeting();
    const edited = READY_MEETING.replace('Nothing yet.', 'Edited in another editor.');
    await nb.writeMeeting(meeting.meetingId, edited);
    const error = await nb.fail('meetings.setStatus', {
      ...meeting,
      version: nb.version,
      status: 'cancelled',
    });
    expect(error.code).toBe('CONFLICT');
    const current = await nb.call('meetings.get', meeting);
    expect(error.details).toEqual({ version: current.version, fields: current.fields, body: current.body });
    expect(await nb.text(meeting.meetingId)).toBe(edited);
  });

  it('leaves the file identical when the status is set again with nothing changed', async () => {
    const nb = await withMeeting();
    const same = await nb.call('meetings.setStatus', { ...meeting, version: nb.version, status: 'draft' });
    expect(same).toEqual({ version: nb.version, status: 'draft' });
    expect(await nb.text(meeting.meetingId)).toBe(READY_MEETING);
    const done = await nb.call('meetings.setStatus', {
      ...meeting,
      version: nb.version,
      status: 'done',
      outcome: 'advance',
      objectiveMet: 'yes',
    });
    const before = await nb.bytes(meeting.meetingId);
    const again = await nb.call('meetings.setStatus', {
      ...meeting,
      version: done.version,
      status: 'done',
      outcome: 'advance',
      objectiveMet: 'yes',
    });
    expect(again.version).toBe(done.version);
    expect((await nb.bytes(meeting.meetingId)).equals(before)).toBe(true);
  });

  it('keeps the byte-order mark and CRLF line endings, and announces the change', async () => {
    const nb = await withMeeting(windowsBytes(READY_MEETING));
    await nb.call('meetings.setStatus', { ...meeting, version: nb.version, status: 'ready' });
    const expected = windowsBytes(
      READY_MEETING.replace('status: draft             #', 'status: ready             #'),
    );
    expect((await nb.bytes(meeting.meetingId)).equals(expected)).toBe(true);
    await eventually(() =>
      expect(nb.changedPaths()).toContain('customers/minh-long/meetings/2026-12-02-pilot.md'),
    );
  });

  it('refuses unreadable files, unknown meetings and ids leaving the notebook', async () => {
    const { fail } = await openCore(await fixtureNotebook());
    const base = { version: 'x', status: 'cancelled' } as const;
    expect(
      (
        await fail('meetings.setStatus', {
          ...base,
          customerId: 'broken-yaml',
          meetingId: '2026-10-01-latin1',
        })
      ).code,
    ).toBe('UNREADABLE_FILE');
    expect(
      (await fail('meetings.setStatus', { ...base, customerId: 'minh-long', meetingId: 'nope' })).code,
    ).toBe('NOT_FOUND');
    for (const [customerId, meetingId] of [
      ['../outside', 'customer'],
      ['minh-long', '../../../outside/customer'],
      ['minh-long', '..'],
    ] as const) {
      const error = await fail('meetings.setStatus', { ...base, customerId, meetingId });
      expect(error.code).toBe('FORBIDDEN_PATH');
    }
  });
});
