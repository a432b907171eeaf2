import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editsFor, newNoteText, rewriteNote } from '../../../../../electron/core/frontMatter/document';
import {
  type FieldsSchema,
  type ReadableNote,
  parseNote,
} from '../../../../../electron/core/frontMatter/parse';
import { joinNote } from '../../../../../electron/core/frontMatter/split';
import { CustomerFields, MeetingFields } from '../../../../../shared/domain/fields';
import { FIXTURES } from '../support/fixtureNotebook';

const notebook = path.join(FIXTURES, 'notebook-awkward', 'customers');

async function read<F>(rel: string, schema: FieldsSchema): Promise<{ bytes: Buffer; note: ReadableNote<F> }> {
  const bytes = await readFile(path.join(notebook, rel));
  const note = parseNote<F>(bytes, schema);
  if (!note.readable) throw new Error(`${rel}: ${note.reason}`);
  return { bytes, note };
}

const save = <F>(
  note: ReadableNote<F>,
  fields: Record<string, unknown>,
  schema: FieldsSchema,
  body?: string,
) => Buffer.from(rewriteNote(note.parts, editsFor(note, fields, schema), body), 'utf8');

describe('round trip on the fixture notebook', () => {
  const files: [string, FieldsSchema][] = [
    ['minh-long/customer.md', CustomerFields],
    ['minh-long/meetings/2026-12-02-pilot-scoping.md', MeetingFields],
    ['minh-long/meetings/2026-11-20-intro-call.md', MeetingFields],
    ['windows-office/customer.md', CustomerFields],
    ['windows-office/meetings/2026-12-10-review.md', MeetingFields],
    ['bad-values/meetings/2026-12-05-bad.md', MeetingFields],
    ['no-front-matter/customer.md', CustomerFields],
  ];

  it.each(files)('%s: saving what was read leaves every byte as it was', async (rel, schema) => {
    const { bytes, note } = await read(rel, schema);
    expect(save(note, note.fields as Record<string, unknown>, schema, note.body).equals(bytes)).toBe(true);
  });

  it('changes one line of the Windows file, keeping its BOM and CRLF', async () => {
    const { bytes, note } = await read<CustomerFields>('windows-office/customer.md', CustomerFields);
    const out = save(note, { ...note.fields, industry: 'Shipping' }, CustomerFields);
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.toString('utf8')).toBe(
      bytes.toString('utf8').replace('industry: Logistics', 'industry: Shipping'),
    );
  });

  it("writes a new body with the file's line endings and leaves the front matter alone", async () => {
    const { bytes, note } = await read<MeetingFields>(
      'windows-office/meetings/2026-12-10-review.md',
      MeetingFields,
    );
    const out = save(note, {}, MeetingFields, `${note.body}Line three.\n`).toString('utf8');
    expect(out).toBe(`${bytes.toString('utf8')}Line three.\r\n`);
  });

  it('keeps comments, unknown keys, key order and a phone number when a list changes', async () => {
    const { bytes, note } = await read<CustomerFields>('minh-long/customer.md', CustomerFields);
    const contacts = [...(note.fields.contacts ?? []), { name: 'Phạm Quang', phone: '0912000111' }];
    const out = save(note, { contacts }, CustomerFields).toString('utf8');
    const before = bytes.toString('utf8');
    expect(out).toBe(before.replace('created:', '  - name: Phạm Quang\n    phone: "0912000111"\ncreated:'));
    expect(out).toContain('    birthday: 03-14       # unknown key inside a contact');
  });

  it('leaves a bad value alone until the user edits that field', async () => {
    const { bytes, note } = await read<MeetingFields>('bad-values/meetings/2026-12-05-bad.md', MeetingFields);
    expect(note.problems.map((p) => p.field)).toEqual(['time', 'duration', 'agenda']);
    const titleOnly = save(note, { title: 'Renamed' }, MeetingFields).toString('utf8');
    expect(titleOnly).toBe(bytes.toString('utf8').replace('title: Claims to be ready', 'title: Renamed'));
    const fixed = save(note, { duration: 60 }, MeetingFields).toString('utf8');
    expect(fixed).toContain('duration: 60             # not a number\n');
  });

  it('treats an empty value sent for an absent field as no change', async () => {
    const { bytes, note } = await read<MeetingFields>(
      'minh-long/meetings/2026-12-02-pilot-scoping.md',
      MeetingFields,
    );
    expect(
      save(note, { outcome: undefined, fallback: note.fields.fallback, time: '09:30' }, MeetingFields).equals(
        bytes,
      ),
    ).toBe(true);
    const { note: intro, bytes: introBytes } = await read<MeetingFields>(
      'minh-long/meetings/2026-11-20-intro-call.md',
      MeetingFields,
    );
    expect(save(intro, { location: '', checklist: {} }, MeetingFields).equals(introBytes)).toBe(true);
  });

  it('gives a file without front matter one when a field is set', async () => {
    const { note } = await read<CustomerFields>('no-front-matter/customer.md', CustomerFields);
    const out = save(note, { name: 'Named now' }, CustomerFields).toString('utf8');
    expect(out).toBe('---\nname: Named now\n---\n# Just Markdown\n\nNo front matter at all.\n');
    expect(joinNote(note.parts)).toBe('# Just Markdown\n\nNo front matter at all.\n');
  });
});

describe('rewriteNote', () => {
  it('gives a body that starts with a fence an empty front matter, so it is not read as one', () => {
    const note = parseNote<CustomerFields>(Buffer.from('Plain text\n'), CustomerFields);
    if (!note.readable) throw new Error('readable');
    const text = rewriteNote(note.parts, [], '---\nnot: front matter\n---\n');
    expect(text).toBe('---\n---\n---\nnot: front matter\n---\n');
    const again = parseNote<CustomerFields>(Buffer.from(text), CustomerFields);
    expect(again.readable && again.body).toBe('---\nnot: front matter\n---\n');
  });
});

describe('newNoteText', () => {
  it('writes keys in the given order, leaves out absent ones and keeps empty ones as bare keys', () => {
    expect(
      newNoteText(
        [
          ['title', 'Kick-off'],
          ['date', '2026-12-02'],
          ['time', '09:30'],
          ['duration', undefined],
          ['attendees', []],
          ['objective', null],
          ['agenda', [{ title: 'Intro', minutes: 5 }]],
          ['status', 'draft'],
        ],
        'Body\n',
      ),
    ).toBe(
      '---\ntitle: Kick-off\ndate: 2026-12-02\ntime: "09:30"\nattendees: []\nobjective:\nagenda:\n  - title: Intro\n    minutes: 5\nstatus: draft\n---\nBody\n',
    );
  });
});
