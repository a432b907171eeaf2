// The save rules of an open document: saved after a pause or at once on flush, never over a
// newer file without the user's choice, and the user's text kept through every failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../shared/contract';
import type { CustomerFields, MeetingFields } from '../../../../shared/domain/fields';
import {
  AutosaveController,
  type AutosaveAdapter,
  type DocState,
} from '../../../../renderer/src/autosave/AutosaveController';
import { FakeCore } from '../support/fakeApi';

const ID = 'dai-phat';

function customerController(
  core: FakeCore,
  extra: Partial<AutosaveAdapter<CustomerFields, DocState<CustomerFields>, { version: string }>> = {},
) {
  const call = core.client.call;
  return new AutosaveController<CustomerFields>(
    {
      load: () => call('customers.get', { id: ID }),
      save: (version, fields, body) => call('customers.update', { id: ID, version, fields, body }),
      saveCopy: (fields, body) => call('customers.saveConflictCopy', { id: ID, fields, body }),
      editableKeys: ['name', 'kind', 'industry', 'location', 'tags', 'contacts'],
      touches: (path) => path === `customers/${ID}/customer.md`,
      validate: (fields) => (fields.name?.trim() ? undefined : 'nameRequired'),
      ...extra,
    },
    800,
  );
}

/** Lets pending promises (the fake core's answers) settle under fake timers. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

let core: FakeCore;

beforeEach(() => {
  vi.useFakeTimers();
  core = new FakeCore();
  core.addCustomer(ID, { name: 'Đại Phát', industry: 'Logistics', location: 'HCMC' }, 'Notes v1\n');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('AutosaveController', () => {
  it('loads, then saves only what changed after an 800 ms pause', async () => {
    const c = customerController(core);
    await c.load();
    expect(c.getSnapshot().status.kind).toBe('idle');
    c.setField('industry', 'Freight');
    c.setBody('Notes v2\n');
    expect(c.getSnapshot().status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(799);
    expect(core.callsOf('customers.update')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(core.callsOf('customers.update')).toEqual([
      { id: ID, version: 'v1', fields: { industry: 'Freight' }, body: 'Notes v2\n' },
    ]);
    expect(c.getSnapshot().status.kind).toBe('saved');
    expect(core.customers.get(ID)?.fields.industry).toBe('Freight');
  });

  it('sends null for a cleared field and leaves the body out when it did not change', async () => {
    const c = customerController(core);
    await c.load();
    c.setField('location', undefined);
    await c.flush();
    expect(core.callsOf('customers.update')[0]).toEqual({
      id: ID,
      version: 'v1',
      fields: { location: null },
      body: undefined,
    });
  });

  it('saves nothing when an edit is undone before the pause ends', async () => {
    const c = customerController(core);
    await c.load();
    c.setField('industry', 'Freight');
    c.setField('industry', 'Logistics');
    await vi.advanceTimersByTimeAsync(2000);
    expect(core.callsOf('customers.update')).toHaveLength(0);
  });

  it('does not save an empty name, and says why', async () => {
    const c = customerController(core);
    await c.load();
    c.setField('name', '  ');
    await c.flush();
    expect(core.callsOf('customers.update')).toHaveLength(0);
    expect(c.getSnapshot().status).toEqual({ kind: 'invalid', reason: 'nameRequired' });
  });

  it('saves edits typed during a save right after it, with the new version', async () => {
    const c = customerController(core);
    await c.load();
    const hold = core.holdSaves();
    c.setBody('first');
    const first = c.flush();
    await settle();
    c.setBody('first and second');
    hold.release();
    await first;
    await vi.advanceTimersByTimeAsync(800);
    await settle();
    expect(core.callsOf('customers.update').map((a) => [a.version, a.body])).toEqual([
      ['v1', 'first'],
      ['v2', 'first and second'],
    ]);
    expect(core.customers.get(ID)?.body).toBe('first and second');
  });

  it('on CONFLICT stops saving, keeps the user text and shows what is on disk', async () => {
    const c = customerController(core);
    await c.load();
    core.editCustomerOnDisk(ID, { industry: 'Shipping' }, 'Their notes\n');
    c.setBody('My notes\n');
    await c.flush();
    const snap = c.getSnapshot();
    expect(snap.status.kind).toBe('conflict');
    expect(snap.conflictOpen).toBe(true);
    expect(snap.body).toBe('My notes\n');
    expect(snap.conflict).toMatchObject({
      version: 'v2',
      body: 'Their notes\n',
      fields: { industry: 'Shipping' },
    });
    // More typing while the choice is pending is kept and not saved.
    c.closeConflict();
    c.setBody('My notes, more\n');
    await vi.advanceTimersByTimeAsync(5000);
    expect(core.callsOf('customers.update')).toHaveLength(1);
    expect(c.getSnapshot().body).toBe('My notes, more\n');
    expect(core.customers.get(ID)?.body).toBe('Their notes\n');
  });

  it('"keep mine" saves the user version over the disk version', async () => {
    const c = customerController(core);
    await c.load();
    core.editCustomerOnDisk(ID, { industry: 'Shipping', location: 'Hà Nội' }, 'Their notes\n');
    c.setField('industry', 'Freight');
    c.setBody('My notes\n');
    await c.flush();
    await c.resolve('mine');
    const last = core.callsOf('customers.update').at(-1);
    expect(last).toEqual({
      id: ID,
      version: 'v2',
      fields: { industry: 'Freight', location: 'HCMC' },
      body: 'My notes\n',
    });
    expect(core.customers.get(ID)).toMatchObject({
      body: 'My notes\n',
      fields: { industry: 'Freight', location: 'HCMC' },
    });
    expect(c.getSnapshot()).toMatchObject({ status: { kind: 'saved' }, conflict: undefined, dirty: false });
  });

  it('"take theirs" loads the disk version and drops local edits', async () => {
    const c = customerController(core);
    await c.load();
    core.editCustomerOnDisk(ID, { industry: 'Shipping' }, 'Their notes\n');
    c.setBody('My notes\n');
    await c.flush();
    await c.resolve('theirs');
    await settle();
    expect(c.getSnapshot()).toMatchObject({ body: 'Their notes\n', dirty: false, conflict: undefined });
    expect(c.getSnapshot().fields.industry).toBe('Shipping');
    expect(core.customers.get(ID)?.body).toBe('Their notes\n');
    // And later edits save against the disk version.
    c.setBody('Their notes, then mine\n');
    await c.flush();
    expect(core.customers.get(ID)?.body).toBe('Their notes, then mine\n');
  });

  it('"keep both" writes the whole user version as a copy, then loads theirs', async () => {
    const c = customerController(core);
    await c.load();
    core.editCustomerOnDisk(ID, { industry: 'Shipping' }, 'Their notes\n');
    c.setField('location', undefined);
    c.setBody('My notes\n');
    await c.flush();
    await c.resolve('both');
    expect(core.copies).toEqual([
      {
        path: `customers/${ID}/customer.conflict-20261126-101500.md`,
        fields: { name: 'Đại Phát', kind: 'customer', industry: 'Logistics', location: null },
        body: 'My notes\n',
      },
    ]);
    expect(c.getSnapshot()).toMatchObject({
      body: 'Their notes\n',
      copyPath: `customers/${ID}/customer.conflict-20261126-101500.md`,
      conflict: undefined,
    });
  });

  it('"keep both" that cannot write the copy replaces nothing and keeps the choice open', async () => {
    const c = customerController(core);
    await c.load();
    core.editCustomerOnDisk(ID, {}, 'Their notes\n');
    c.setBody('My notes\n');
    await c.flush();
    core.missing.add('customers.saveConflictCopy');
    await c.resolve('both');
    const snap = c.getSnapshot();
    expect(snap.body).toBe('My notes\n');
    expect(snap.conflict?.body).toBe('Their notes\n');
    expect(snap.choiceError).toBeInstanceOf(ApiError);
  });

  it('keeps the text when a save fails for another reason, and retries on flush', async () => {
    const c = customerController(core);
    await c.load();
    core.missing.add('customers.update');
    c.setBody('Important\n');
    await c.flush();
    expect(c.getSnapshot().status.kind).toBe('failed');
    expect(c.getSnapshot().body).toBe('Important\n');
    core.missing.delete('customers.update');
    await c.flush();
    expect(core.customers.get(ID)?.body).toBe('Important\n');
  });

  it('reloads silently on an outside change when nothing is unsaved', async () => {
    const c = customerController(core);
    await c.load();
    core.editCustomerOnDisk(ID, { industry: 'Shipping' }, 'Edited in VS Code\n');
    c.externalChange();
    await settle();
    expect(c.getSnapshot()).toMatchObject({ body: 'Edited in VS Code\n', status: { kind: 'idle' } });
  });

  it('with unsaved edits, an outside change saves at once and meets the conflict', async () => {
    const c = customerController(core);
    await c.load();
    c.setBody('Mine\n');
    core.editCustomerOnDisk(ID, {}, 'Theirs\n');
    c.externalChange();
    await settle();
    expect(c.getSnapshot().status.kind).toBe('conflict');
    expect(c.getSnapshot().body).toBe('Mine\n');
  });

  it('edits made while a reload is in flight win over the reloaded text', async () => {
    const call = core.client.call;
    let release: () => void = () => undefined;
    let loads = 0;
    const c = customerController(core, {
      load: () => {
        loads++;
        if (loads === 1) return call('customers.get', { id: ID });
        // The second read (after the outside change) answers only when released.
        return new Promise((resolve) => {
          release = () => void call('customers.get', { id: ID }).then(resolve);
        });
      },
    });
    await c.load();
    core.editCustomerOnDisk(ID, {}, 'Theirs\n');
    c.externalChange();
    c.setBody('Typed meanwhile\n');
    release();
    await settle();
    expect(c.getSnapshot().body).toBe('Typed meanwhile\n');
    expect(c.getSnapshot().dirty).toBe(true);
  });

  it('leaving with unsaved text that meets a conflict keeps it as a conflict copy', async () => {
    const rescued: string[] = [];
    const c = customerController(core, { onRescued: (path) => rescued.push(path) });
    await c.load();
    c.setBody('Typed just before leaving\n');
    core.editCustomerOnDisk(ID, {}, 'Theirs\n');
    c.stop();
    await settle();
    expect(core.copies).toHaveLength(1);
    expect(core.copies[0]?.body).toBe('Typed just before leaving\n');
    expect(rescued).toEqual([core.copies[0]?.path]);
    expect(core.customers.get(ID)?.body).toBe('Theirs\n');
  });

  it('leaving with a conflict still unresolved keeps the user version as a copy', async () => {
    const c = customerController(core);
    await c.load();
    core.editCustomerOnDisk(ID, {}, 'Theirs\n');
    c.setBody('Mine\n');
    await c.flush();
    c.closeConflict();
    c.stop();
    await settle();
    expect(core.copies.map((copy) => copy.body)).toEqual(['Mine\n']);
  });

  it('leaving with unsaved text saves it normally when there is no conflict', async () => {
    const c = customerController(core);
    await c.load();
    c.setBody('Saved on the way out\n');
    c.stop();
    await settle();
    expect(core.customers.get(ID)?.body).toBe('Saved on the way out\n');
    expect(core.copies).toEqual([]);
  });

  it('a meeting keeps the file status on "keep mine": status is not the editor\'s to write', async () => {
    core.addMeeting(ID, 'm1', { title: 'Pilot', date: '2026-12-02', status: 'ready' }, 'Body\n');
    const call = core.client.call;
    const c = new AutosaveController<MeetingFields>({
      load: () => call('meetings.get', { customerId: ID, meetingId: 'm1' }),
      save: (version, fields, body) =>
        call('meetings.update', { customerId: ID, meetingId: 'm1', version, fields, body }),
      saveCopy: (fields, body) =>
        call('meetings.saveConflictCopy', { customerId: ID, meetingId: 'm1', fields, body }),
      editableKeys: ['title', 'date', 'objective'],
      touches: () => true,
    });
    await c.load();
    core.editMeetingOnDisk(ID, 'm1', { status: 'done' }, 'Their body\n');
    c.setField('objective', 'Agree on the pilot date');
    await c.flush();
    await c.resolve('mine');
    const last = core.callsOf('meetings.update').at(-1);
    expect(last?.fields).toEqual({ objective: 'Agree on the pilot date' });
    expect(last?.body).toBe('Body\n');
    expect(c.getSnapshot().fields.status).toBe('done');
  });
});
