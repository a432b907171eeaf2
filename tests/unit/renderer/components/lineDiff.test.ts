// The conflict dialog's line comparison: unchanged lines grouped, changes aligned side by side.
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../../renderer/src/components/ConflictDialog/lineDiff';

describe('lineDiff', () => {
  it('groups the same lines and puts a changed line beside its replacement', () => {
    expect(lineDiff('a\nb\nc\nd\n', 'a\nB\nc\nd\n')).toEqual([
      { kind: 'same', lines: ['a'] },
      { kind: 'changed', mine: ['b'], theirs: ['B'] },
      { kind: 'same', lines: ['c', 'd'] },
    ]);
  });

  it('shows lines only one side has', () => {
    expect(lineDiff('a\nmine only\nb', 'a\nb\ntheirs only')).toEqual([
      { kind: 'same', lines: ['a'] },
      { kind: 'changed', mine: ['mine only'], theirs: [] },
      { kind: 'same', lines: ['b'] },
      { kind: 'changed', mine: [], theirs: ['theirs only'] },
    ]);
  });

  it('treats CRLF and LF alike and handles empty texts', () => {
    expect(lineDiff('a\r\nb\r\n', 'a\nb\n')).toEqual([{ kind: 'same', lines: ['a', 'b'] }]);
    expect(lineDiff('', 'x')).toEqual([{ kind: 'changed', mine: [''], theirs: ['x'] }]);
  });

  it('falls back to one changed block for huge texts instead of freezing', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n');
    const blocks = lineDiff(big, `${big}\nmore`);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.kind).toBe('changed');
  });
});
