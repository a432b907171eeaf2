// Meeting files written by hand for the checklist tests: a notebook with one customer and the
// exact bytes each test starts from (LF or CRLF, with or without a byte-order mark).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { type TestCore, emptyNotebook, eventually, openCore } from '../../support/fixtureNotebook';

export const CUSTOMER = 'minh-long';

/** A meeting that passes every required item of the real rules (unless a test changes it). */
export const READY_MEETING = [
  '---',
  'title: Pilot scoping',
  'date: 2026-12-02',
  'duration: 45              # minutes',
  'attendees:',
  '  - Nguyễn Thị Lan',
  'objective: Agree on a 20-seat pilot start date and its success criteria',
  'benefit: A pilot plan their team can take to the director for budget approval',
  'agenda:',
  '  - title: Pilot scope and success criteria',
  '    minutes: 30',
  'status: draft             # draft | ready | done | cancelled',
  'x-sync-id: 0901234567     # another tool',
  '---',
  '## Notes',
  'Nothing yet.',
  '',
].join('\n');

export interface ChecklistNotebook extends TestCore {
  /** Writes `customers/minh-long/meetings/<meetingId>.md` with exactly these bytes. */
  writeMeeting(meetingId: string, content: string | Buffer, customer?: string): Promise<string>;
  /** The bytes of a meeting file now. */
  bytes(meetingId: string, customer?: string): Promise<Buffer>;
  text(meetingId: string, customer?: string): Promise<string>;
}

export async function checklistNotebook(): Promise<ChecklistNotebook> {
  const notebook = await emptyNotebook();
  const file = (meetingId: string, customer = CUSTOMER) =>
    path.join(notebook.root, 'customers', customer, 'meetings', `${meetingId}.md`);
  const core = await openCore(notebook);
  return {
    ...core,
    async writeMeeting(meetingId, content, customer = CUSTOMER) {
      const target = file(meetingId, customer);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(
        path.join(notebook.root, 'customers', customer, 'customer.md'),
        `---\nname: ${customer}\n---\n`,
      );
      await writeFile(target, content);
      // Like another program's save: wait until the app has noticed it (the watcher's event;
      // the index is updated before the event is sent), within the two seconds of the design.
      const relative = path.relative(notebook.root, target).split(path.sep).join('/');
      // (A new folder is reported as the folder.)
      const seen = () => core.changedPaths().some((p) => relative === p || relative.startsWith(`${p}/`));
      await eventually(() => expect(seen()).toBe(true), 5000);
      return target;
    },
    bytes: (meetingId, customer) => readFile(file(meetingId, customer)),
    text: (meetingId, customer) => readFile(file(meetingId, customer), 'utf8'),
  };
}

/** LF text as a Windows editor saves it: CRLF line endings and a UTF-8 byte-order mark. */
export function windowsBytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]);
}
