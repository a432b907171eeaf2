// actions.list and actions.toggle through the real dispatcher: line numbers counted in the
// file, the task forms people type, and toggles that change exactly one character.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, fixtureNotebook, openCore } from '../support/fixtureNotebook';
import { checklistNotebook, windowsBytes } from './support/meetingFiles';

// Line numbers of the file are on the right; the tests rely on them.
const TASKS = [
  '---', //                                  1
  'title: Review', //                        2
  'date: 2026-12-10', //                     3
  'status: done', //                         4
  '---', //                                  5
  '## Action items', //                      6
  '- [ ] Send the pilot proposal', //        7
  '* [x] Book the demo room', //             8
  '+ [X] Call Lan back  ', //                9
  '    - [ ] Indented sub-task', //          10
  '-   [ ]   Spaced out', //                 11
  '- [ ]', //                                12: no text, not a task
  '- [y] Not a box', //                      13
  '```', //                                  14
  '- [ ] Inside a code block', //            15
  '```', //                                  16
  `- [ ] ${'Gặp anh Tuấn'.normalize('NFD')}`, // 17: NFD in the file, NFC in the API
  '- [ ] Send the pilot proposal', //        18: the same text again
  '',
].join('\n');

const ref = { customerId: 'minh-long', meetingId: '2026-12-10-review' };

describe('actions.list', () => {
  it('lists the tasks of a CRLF file with a byte-order mark by their line in the file', async () => {
    const nb = await checklistNotebook();
    await nb.writeMeeting(ref.meetingId, windowsBytes(TASKS));
    const { items } = await nb.call('actions.list', {});
    const item = (line: number, text: string, done: boolean) => ({
      ...ref,
      date: '2026-12-10',
      line,
      text,
      done,
    });
    expect(items).toEqual([
      item(7, 'Send the pilot proposal', false),
      item(8, 'Book the demo room', true),
      item(9, 'Call Lan back', true),
      item(10, 'Indented sub-task', false),
      item(11, 'Spaced out', false),
      item(17, 'Gặp anh Tuấn'.normalize('NFC'), false),
      item(18, 'Send the pilot proposal', false),
    ]);
    expect(items[5]?.text).toBe('Gặp anh Tuấn'.normalize('NFC'));
  });

  it('counts lines from the top of a file without front matter, and without its byte-order mark', async () => {
    const nb = await checklistNotebook();
    await nb.writeMeeting('2026-12-01-plain', windowsBytes('- [ ] First line\nText\n- [x] Third line'));
    const { items } = await nb.call('actions.list', {});
    expect(items.map((i) => [i.line, i.text, i.done, i.date])).toEqual([
      [1, 'First line', false, '2026-12-01'],
      [3, 'Third line', true, '2026-12-01'],
    ]);
    // Line 1 starts after the byte-order mark, which stays.
    const { version } = await nb.call('meetings.get', {
      customerId: 'minh-long',
      meetingId: '2026-12-01-plain',
    });
    await nb.call('actions.toggle', {
      customerId: 'minh-long',
      meetingId: '2026-12-01-plain',
      version,
      line: 1,
      text: 'First line',
      done: true,
    });
    expect(
      (await nb.bytes('2026-12-01-plain')).equals(windowsBytes('- [x] First line\nText\n- [x] Third line')),
    ).toBe(true);
  });

  it('sorts by meeting date, newest first, then line; filters open or done and by customer', async () => {
    const nb = await checklistNotebook();
    await nb.writeMeeting('2026-11-01-old', '---\ndate: 2026-11-01\n---\n- [x] Old done\n- [ ] Old open\n');
    await nb.writeMeeting('2026-12-24-new', '---\ndate: 2026-12-24\n---\n\n- [ ] New open\n');
    // The date field wins over the file name.
    await nb.writeMeeting('2026-01-01-moved', '---\ndate: 2026-12-01\n---\n- [ ] Moved\n', 'acme');
    const texts = async (args: { customerId?: string; open?: boolean }) =>
      (await nb.call('actions.list', args)).items.map((i) => `${i.date} ${i.line} ${i.text}`);
    expect(await texts({})).toEqual([
      '2026-12-24 5 New open',
      '2026-12-01 4 Moved',
      '2026-11-01 4 Old done',
      '2026-11-01 5 Old open',
    ]);
    expect(await texts({ open: true })).toEqual([
      '2026-12-24 5 New open',
      '2026-12-01 4 Moved',
      '2026-11-01 5 Old open',
    ]);
    expect(await texts({ open: false })).toEqual(['2026-11-01 4 Old done']);
    expect(await texts({ customerId: 'acme' })).toEqual(['2026-12-01 4 Moved']);
    expect((await nb.call('actions.list', { customerId: 'acme' })).items[0]).toMatchObject({
      customerId: 'acme',
      meetingId: '2026-01-01-moved',
    });
  });

  it('follows edits made by other programs, and leaves out files it cannot read', async () => {
    const notebook = await fixtureNotebook();
    const { call, fail } = await openCore(notebook);
    const file = path.join(
      notebook.root,
      'customers',
      'minh-long',
      'meetings',
      '2026-12-02-pilot-scoping.md',
    );
    const lines = (await readFile(file, 'utf8')).split('\n');
    const first = (await call('actions.list', { customerId: 'minh-long' })).items;
    expect(first.map((i) => [i.meetingId, i.line, i.text, i.done])).toEqual([
      [
        '2026-12-02-pilot-scoping',
        lines.indexOf('- [ ] Send the pilot proposal (due 2026-12-05)') + 1,
        'Send the pilot proposal (due 2026-12-05)',
        false,
      ],
      ['2026-12-02-pilot-scoping', lines.indexOf('- [x] Book the demo room') + 1, 'Book the demo room', true],
    ]);
    await writeFile(file, `${lines.join('\n')}- [ ] Added by hand\n`);
    // Another program's edit shows up within the two seconds of vault-format.md.
    await eventually(async () => {
      const second = (await call('actions.list', { customerId: 'minh-long' })).items;
      expect(second.at(-1)).toMatchObject({ text: 'Added by hand', line: lines.length });
    });
    // Across all customers: unreadable and refused files are simply not there.
    await eventually(async () => {
      const all = (await call('actions.list', {})).items;
      expect(all.every((i) => i.customerId !== 'broken-yaml')).toBe(true);
      expect(all.map((i) => i.text)).toContain('Added by hand');
    });
    expect((await fail('actions.list', { customerId: '../outside' })).code).toBe('FORBIDDEN_PATH');
    expect((await fail('actions.list', { customerId: 'nobody' })).code).toBe('NOT_FOUND');
  });
});

describe('actions.toggle', () => {
  async function withTasks() {
    const nb = await checklistNotebook();
    const file = await nb.writeMeeting(ref.meetingId, windowsBytes(TASKS));
    const { version } = await nb.call('meetings.get', ref);
    return { ...nb, file, version };
  }

  /** The Windows file with line `line` (1-based) of TASKS replaced. */
  function withLine(line: number, text: string): Buffer {
    const lines = TASKS.split('\n');
    lines[line - 1] = text;
    return windowsBytes(lines.join('\n'));
  }

  it('ticks exactly one line, keeping CRLF and the byte-order mark, and announces it', async () => {
    const nb = await withTasks();
    const { version } = await nb.call('actions.toggle', {
      ...ref,
      version: nb.version,
      line: 18,
      text: 'Send the pilot proposal',
      done: true,
    });
    expect((await nb.bytes(ref.meetingId)).equals(withLine(18, '- [x] Send the pilot proposal'))).toBe(true);
    expect((await nb.call('meetings.get', ref)).version).toBe(version);
    await eventually(() =>
      expect(nb.changedPaths()).toContain('customers/minh-long/meetings/2026-12-10-review.md'),
    );
    // And back: `[X]` and other bullets untick the same way.
    const { version: v2 } = await nb.call('actions.toggle', {
      ...ref,
      version,
      line: 18,
      text: 'Send the pilot proposal',
      done: false,
    });
    expect((await nb.bytes(ref.meetingId)).equals(windowsBytes(TASKS))).toBe(true);
    await nb.call('actions.toggle', { ...ref, version: v2, line: 9, text: 'Call Lan back', done: false });
    expect((await nb.bytes(ref.meetingId)).equals(withLine(9, '+ [ ] Call Lan back  '))).toBe(true);
  });

  it('ticks indented tasks and tasks in NFD without touching their text', async () => {
    const nb = await withTasks();
    const { version } = await nb.call('actions.toggle', {
      ...ref,
      version: nb.version,
      line: 17,
      text: 'Gặp anh Tuấn'.normalize('NFC'),
      done: true,
    });
    expect(
      (await nb.bytes(ref.meetingId)).equals(withLine(17, `- [x] ${'Gặp anh Tuấn'.normalize('NFD')}`)),
    ).toBe(true);
    await nb.call('actions.toggle', { ...ref, version, line: 10, text: 'Indented sub-task', done: true });
    const lines = TASKS.split('\n');
    lines[16] = `- [x] ${'Gặp anh Tuấn'.normalize('NFD')}`;
    lines[9] = '    - [x] Indented sub-task';
    expect((await nb.bytes(ref.meetingId)).equals(windowsBytes(lines.join('\n')))).toBe(true);
  });

  it('changes nothing when the task is already in the state asked for', async () => {
    const nb = await withTasks();
    const same = await nb.call('actions.toggle', {
      ...ref,
      version: nb.version,
      line: 8,
      text: 'Book the demo room',
      done: true,
    });
    expect(same.version).toBe(nb.version);
    expect((await nb.bytes(ref.meetingId)).equals(windowsBytes(TASKS))).toBe(true);
  });

  it('refuses with CONFLICT when the line no longer holds that task, and touches nothing', async () => {
    const nb = await withTasks();
    const current = await nb.call('meetings.get', ref);
    const details = { version: current.version, fields: current.fields, body: current.body };
    for (const [line, text] of [
      [7, 'Book the demo room'], // another task's text
      [6, 'Action items'], // a heading
      [12, ''], // an empty box
      [13, 'Not a box'],
      [15, 'Inside a code block'], // code, not a task
      [99, 'Send the pilot proposal'], // past the end
    ] as const) {
      const error = await nb.fail('actions.toggle', { ...ref, version: nb.version, line, text, done: true });
      expect(error.code, `line ${line}`).toBe('CONFLICT');
      expect(error.details).toEqual(details);
    }
    expect((await nb.bytes(ref.meetingId)).equals(windowsBytes(TASKS))).toBe(true);
  });

  it('refuses with CONFLICT when the file changed since it was read, even if the line still matches', async () => {
    const nb = await withTasks();
    const edited = withLine(6, '## Next steps');
    await writeFile(nb.file, edited);
    const error = await nb.fail('actions.toggle', {
      ...ref,
      version: nb.version,
      line: 7,
      text: 'Send the pilot proposal',
      done: true,
    });
    expect(error.code).toBe('CONFLICT');
    const current = await nb.call('meetings.get', ref);
    expect(error.details).toEqual({ version: current.version, fields: current.fields, body: current.body });
    expect((await readFile(nb.file)).equals(edited)).toBe(true);
  });

  it('refuses ids leaving the notebook, unknown meetings and unreadable files', async () => {
    const { fail } = await openCore(await fixtureNotebook());
    const base = { version: 'x', line: 1, text: 'x', done: true };
    for (const [customerId, meetingId] of [
      ['../outside', 'customer'],
      ['minh-long', '../../../outside/customer'],
      ['minh-long', 'a/../b'],
    ] as const) {
      const error = await fail('actions.toggle', { ...base, customerId, meetingId });
      expect(error.code).toBe('FORBIDDEN_PATH');
      expect(error.details).toEqual({ id: customerId.includes('..') ? customerId : meetingId });
    }
    expect((await fail('actions.toggle', { ...base, customerId: 'minh-long', meetingId: 'nope' })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await fail('actions.toggle', { ...base, customerId: 'broken-yaml', meetingId: '2026-10-02-unclosed' }))
        .code,
    ).toBe('UNREADABLE_FILE');
    expect(
      (await fail('actions.toggle', { ...base, line: 0, customerId: 'minh-long', meetingId: 'x' })).code,
    ).toBe('INVALID_INPUT');
  });
});
