// Reading note files for the index: awkward files (BOM, CRLF, broken YAML, no closing fence,
// bytes that are not UTF-8) are still indexed by their body, and action items carry the line
// number they have in the file.
import { describe, expect, it } from 'vitest';
import { findActionItems } from '../../../../../electron/core/index/actionItems';
import { MAX_BODY_CHARS, toRecord } from '../../../../../electron/core/index/noteRecord';
import { parseNote } from '../../../../../electron/core/index/readNote';

const note = (text: string) => parseNote(Buffer.from(text, 'utf8'));

describe('parseNote', () => {
  it('keeps every scalar a string (failsafe schema)', () => {
    const parsed = note('---\nphone: 0901234567\ndate: 2026-12-02\nduration: 45\n---\nBody\n');
    expect(parsed.fields).toEqual({ phone: '0901234567', date: '2026-12-02', duration: '45' });
    expect(parsed.body).toBe('Body\n');
    expect(parsed.bodyLineOffset).toBe(5);
    expect(parsed.unreadable).toBeUndefined();
  });

  it('tolerates a byte-order mark and CRLF line endings', () => {
    const parsed = parseNote(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\ntitle: Hi\r\n---\r\nText\r\n')]),
    );
    expect(parsed.fields['title']).toBe('Hi');
    expect(parsed.body).toBe('Text\r\n');
    expect(parsed.bodyLineOffset).toBe(3);
  });

  it('indexes the body of a file whose YAML is broken, and says why', () => {
    const parsed = note('---\ntitle: [unclosed\n---\nStill searchable\n');
    expect(parsed.fields).toEqual({});
    expect(parsed.body).toBe('Still searchable\n');
    expect(parsed.unreadable).toMatch(/not valid YAML/);
  });

  it('treats a front matter without its closing line as unreadable, keeping the text', () => {
    const parsed = note('---\ntitle: Hi\nno end here\n');
    expect(parsed.body).toContain('no end here');
    expect(parsed.unreadable).toMatch(/closing/);
  });

  it('reads a file without front matter as body only', () => {
    const parsed = note('Just notes\n');
    expect(parsed).toMatchObject({ fields: {}, body: 'Just notes\n', bodyLineOffset: 0 });
    expect(parsed.unreadable).toBeUndefined();
  });

  it('marks bytes that are not UTF-8', () => {
    const parsed = parseNote(Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x41]));
    expect(parsed.unreadable).toMatch(/UTF-8/);
  });

  it('normalises the body to NFC', () => {
    const parsed = note(`---\ntitle: x\n---\n${'Xã giao'.normalize('NFD')}`);
    expect(parsed.body).toBe('Xã giao'.normalize('NFC'));
  });
});

describe('findActionItems', () => {
  it('numbers lines as in the file, front matter included', () => {
    const text = '---\ntitle: x\n---\n## Action items\n- [ ] Send the proposal\n- [x] Book the room\n';
    const parsed = note(text);
    const items = findActionItems(parsed.body, parsed.bodyLineOffset);
    expect(items).toEqual([
      { line: 5, text: 'Send the proposal', done: false },
      { line: 6, text: 'Book the room', done: true },
    ]);
    const lines = text.split('\n');
    for (const item of items) expect(lines[item.line - 1]).toContain(item.text);
  });

  it('accepts * and + bullets, [X], indentation and CRLF; ignores code blocks and empty tasks', () => {
    const body = [
      '* [X] Upper',
      '  + [ ] Nested  ',
      '```',
      '- [ ] Not a task',
      '```',
      '- [ ]',
      '- [ ]  Last\r',
      '',
    ].join('\n');
    expect(findActionItems(body, 0)).toEqual([
      { line: 1, text: 'Upper', done: true },
      { line: 2, text: 'Nested', done: false },
      { line: 7, text: 'Last', done: false },
    ]);
  });
});

describe('toRecord', () => {
  it('indexes at most MAX_BODY_CHARS of a huge note, and every task in it', () => {
    const body = `${'x'.repeat(MAX_BODY_CHARS)}\n- [ ] Past the limit\n`;
    const record = toRecord(
      'customers/a/meetings/2026-01-01-big.md',
      { type: 'meeting', customerId: 'a', meetingId: '2026-01-01-big' },
      note(`---\ntitle: Big\n---\n${body}`),
    );
    expect(record.body).toHaveLength(MAX_BODY_CHARS);
    expect(record.type === 'meeting' && record.actions).toEqual([
      { line: 5, text: 'Past the limit', done: false },
    ]);
  });

  it('takes the date from the file name when the field is missing or invalid', () => {
    const record = toRecord(
      'customers/a/meetings/2026-02-03.md',
      { type: 'meeting', customerId: 'a', meetingId: '2026-02-03' },
      note('---\ndate: soon\nstatus: bogus\n---\n'),
    );
    expect(record).toMatchObject({
      type: 'meeting',
      date: '2026-02-03',
      status: 'draft',
      title: '2026-02-03',
    });
  });
});
