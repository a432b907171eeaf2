import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editFrontMatter } from '../../../../../electron/core/frontMatter/edit';
import { FrontMatterError } from '../../../../../electron/core/frontMatter/split';
import { AgendaItem, Contact } from '../../../../../shared/domain/fields';

const SOURCE = [
  'title: Pilot   # the title',
  'date: 2026-12-02',
  'outcome:     # when done',
  'tags: [a, b]',
  'agenda:',
  '  - title: A   # keep me',
  '    minutes: 10',
  '  - title: B',
  '    minutes: 5',
  '# a comment between keys',
  'flat:',
  '- x',
  '- y',
  'block: |',
  '  line1',
  '  line2',
  'checklist:    # manual',
  '  history-reviewed: true',
  'last: x',
  '',
].join('\n');

const edit = (edits: Parameters<typeof editFrontMatter>[1], source = SOURCE) =>
  editFrontMatter(source, edits, '\n');
const lines = (text: string) => text.split('\n');

describe('editFrontMatter', () => {
  it('splices a changed scalar into its own range, keeping the comment and its spacing', () => {
    const out = edit([{ key: 'title', value: 'Pilot scoping' }]);
    expect(out).toBe(SOURCE.replace('title: Pilot   #', 'title: Pilot scoping   #'));
  });

  it('fills an empty value after the colon, before its comment', () => {
    expect(lines(edit([{ key: 'outcome', value: 'no-sale', bare: true }]))[2]).toBe(
      'outcome: no-sale     # when done',
    );
  });

  it('quotes new values other readers would take for numbers, booleans, nulls or dates', () => {
    const out = edit([
      { key: 'title', value: '0901234567' },
      { key: 'last', value: 'yes' },
      { key: 'new-time', value: '09:30' },
      { key: 'note', value: '2026-12-02' },
    ]);
    expect(out).toContain('title: "0901234567"   # the title');
    expect(out).toContain('last: "yes"\n');
    expect(out.endsWith('new-time: "09:30"\nnote: "2026-12-02"\n')).toBe(true);
  });

  it('writes the enum and date fields bare', () => {
    const out = edit([
      { key: 'date', value: '2026-12-03', bare: true },
      { key: 'objective-met', value: 'no', bare: true },
    ]);
    expect(out).toContain('date: 2026-12-03\n');
    expect(out.endsWith('objective-met: no\n')).toBe(true);
  });

  it('removes exactly the lines of a removed key, block values included', () => {
    const out = edit([
      { key: 'agenda', value: null },
      { key: 'block', value: null },
      { key: 'outcome', value: null },
      { key: 'last', value: null },
    ]);
    expect(out).toBe(
      [
        'title: Pilot   # the title',
        'date: 2026-12-02',
        'tags: [a, b]',
        '# a comment between keys',
        'flat:',
        '- x',
        '- y',
        'checklist:    # manual',
        '  history-reviewed: true',
        '',
      ].join('\n'),
    );
  });

  it('rewrites a changed list in its own indentation and keeps unchanged items byte for byte', () => {
    const out = edit([
      {
        key: 'agenda',
        value: [
          { title: 'B', minutes: 5 },
          { title: 'C', minutes: 15 },
          { title: 'A', minutes: 10 },
        ],
        schema: z.array(AgendaItem),
      },
      { key: 'flat', value: ['x', 'z'], schema: z.array(z.string()) },
    ]);
    expect(out).toContain(
      [
        'agenda:',
        '  - title: B',
        '    minutes: 5',
        '  - title: C',
        '    minutes: 15',
        '  - title: A   # keep me',
        '    minutes: 10',
        '# a comment between keys',
      ].join('\n'),
    );
    // The file writes this list without indentation: so does the app.
    expect(out).toContain('flat:\n- x\n- z\nblock: |');
  });

  it('keeps a flow list in flow style', () => {
    expect(edit([{ key: 'tags', value: ['a', 'b, c', 'no'] }])).toContain('tags: [a, "b, c", "no"]\n');
  });

  it('turns inline and empty values into blocks, and blocks into inline values', () => {
    const out = edit([
      { key: 'last', value: ['n', 'Hà Nội'] },
      { key: 'outcome', value: { a: 1 } },
      { key: 'checklist', value: {} },
      { key: 'block', value: 'one line' },
      { key: 'tags', value: [] },
    ]);
    expect(out).toContain('outcome:     # when done\n  a: 1\ntags: []\n');
    expect(out).toContain('block: one line\nchecklist: {}    # manual\nlast:\n  - "n"\n  - Hà Nội\n');
  });

  it("appends a new key with nested values in the file's indentation", () => {
    const source = 'name: X\ncontacts:\n    - name: A\n      role: B\n';
    const out = edit([{ key: 'tags', value: ['t'] }], source);
    expect(out).toBe(`${source}tags:\n    - t\n`);
    const contacts = edit(
      [
        {
          key: 'contacts',
          value: [
            { name: 'A', role: 'B' },
            { name: 'C', phone: '0901234567' },
          ],
          schema: z.array(Contact),
        },
      ],
      source,
    );
    expect(contacts).toBe(
      'name: X\ncontacts:\n    - name: A\n      role: B\n    - name: C\n      phone: "0901234567"\n',
    );
  });

  it('keeps CRLF line endings in everything it writes', () => {
    const source = 'name: X\r\ntags:\r\n  - a\r\nlocation: Y   # c\r\n';
    const out = editFrontMatter(
      source,
      [
        { key: 'tags', value: ['a', 'b'] },
        { key: 'location', value: 'Z' },
        { key: 'kind', value: 'prospect' },
      ],
      '\r\n',
    );
    expect(out).toBe('name: X\r\ntags:\r\n  - a\r\n  - b\r\nlocation: Z   # c\r\nkind: prospect\r\n');
  });

  it('edits an empty front matter and one whose last line has no line break', () => {
    expect(edit([{ key: 'name', value: 'X' }], '')).toBe('name: X\n');
    expect(edit([{ key: 'name', value: 'X' }], '# only a comment')).toBe('# only a comment\nname: X\n');
    expect(edit([{ key: 'tags', value: ['t'] }], 'tags: x')).toBe('tags:\n  - t\n');
  });

  it('refuses front matter it cannot edit safely', () => {
    expect(() => edit([{ key: 'a', value: 'b' }], 'a: [unclosed\n')).toThrow(FrontMatterError);
    expect(() => edit([{ key: 'a', value: 'b' }], '{a: 1}\n')).toThrow(FrontMatterError);
  });
});
