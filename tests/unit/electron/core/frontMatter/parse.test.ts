import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../../../electron/core/frontMatter/parse';
import { CustomerFields, MeetingFields } from '../../../../../shared/domain/fields';
import type { CustomerFields as CustomerFieldsType } from '../../../../../shared/domain/fields';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseNote', () => {
  it('types known keys, keeps text as text, and ignores unknown keys', () => {
    const note = parseNote(
      bytes(
        [
          '---',
          'title: Pilot',
          'date: 2026-12-02',
          'time: 09:30',
          'duration: 45',
          'location: 0901234567',
          'objective-met: no',
          'checklist:',
          '  history-reviewed: true',
          '  agenda-shared: False',
          'agenda:',
          '  - title: Intro',
          '    minutes: 10',
          'x-unknown: 1e3',
          '---',
          'Body',
        ].join('\n'),
      ),
      MeetingFields,
    );
    expect(note.readable).toBe(true);
    if (!note.readable) return;
    expect(note.fields).toEqual({
      title: 'Pilot',
      date: '2026-12-02',
      time: '09:30',
      duration: 45,
      location: '0901234567',
      objectiveMet: 'no',
      checklist: { 'history-reviewed': true, 'agenda-shared': false },
      agenda: [{ title: 'Intro', minutes: 10 }],
    });
    expect(note.problems).toEqual([]);
    expect(note.body).toBe('Body');
  });

  it('reports a bad value of a known key with its raw text, and reads the rest', () => {
    const note = parseNote(
      bytes(
        '---\ntitle: T\nduration: abc   # c\nagenda:\n  - title: A\n    minutes: lots\nstatus: maybe\n---\n',
      ),
      MeetingFields,
    );
    if (!note.readable) throw new Error('should be readable');
    expect(note.fields).toEqual({ title: 'T' });
    expect(note.problems).toEqual([
      { field: 'duration', reason: 'expected a number', raw: 'abc' },
      { field: 'agenda', reason: '0.minutes: expected a number', raw: '- title: A\n    minutes: lots' },
      { field: 'status', reason: 'expected one of: draft, ready, done, cancelled', raw: 'maybe' },
    ]);
  });

  it('treats an empty value as absent', () => {
    const note = parseNote(bytes('---\noutcome:   # later\nobjective:\n---\n'), MeetingFields);
    expect(note.readable && note.fields).toEqual({});
    expect(note.readable && note.problems).toEqual([]);
  });

  it('returns text in NFC without touching the bytes', () => {
    const nfd = 'Hà Nội'.normalize('NFD');
    const note = parseNote<CustomerFieldsType>(bytes(`---\nname: ${nfd}\n---\n${nfd}\n`), CustomerFields);
    expect(note.readable && note.fields.name).toBe('Hà Nội');
    expect(note.readable && note.body).toBe('Hà Nội\n');
  });

  it('reports broken YAML, non-UTF-8 bytes, an unclosed fence and a non-map front matter as unreadable', () => {
    const cases: [Uint8Array, RegExp][] = [
      [bytes('---\nname: [broken\n---\n'), /not valid YAML/],
      [
        new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x61, 0x3a, 0x20, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
        /UTF-8/,
      ],
      [bytes('---\nname: x\n'), /no closing/],
      [bytes('---\n- a\n- b\n---\n'), /not a set of keys/],
      [bytes('---\nname: a\nname: b\n---\n'), /not valid YAML/],
    ];
    for (const [input, reason] of cases) {
      const note = parseNote(input, CustomerFields);
      expect(note.readable).toBe(false);
      if (!note.readable) expect(note.reason).toMatch(reason);
    }
  });

  it('gives every distinct content its own version', () => {
    const a = parseNote(bytes('---\nname: a\n---\n'), CustomerFields);
    const b = parseNote(bytes('---\nname: a\n---\n '), CustomerFields);
    expect(a.version).not.toBe(b.version);
    expect(parseNote(bytes('---\nname: a\n---\n'), CustomerFields).version).toBe(a.version);
  });
});
