// The agenda builder's row arithmetic: reordering (by keyboard and by a drop on the upper or
// lower half of a row), what reaches the file, and the clock time of each item.
import { describe, expect, it } from 'vitest';
import { agendaSchedule } from '../../../../shared/checklist/agenda';
import {
  agendaFromRows,
  dropIndex,
  insertRowAfter,
  moveRow,
  removeRow,
  rowMinutes,
  rowsFromAgenda,
} from '../../../../renderer/src/components/Agenda/agendaRows';

const rows = rowsFromAgenda([
  { title: 'Giới thiệu', minutes: 5 },
  { title: 'Nhu cầu', minutes: 20 },
  { title: 'Bước tiếp theo', minutes: 10 },
]);
const titles = (list: readonly { title: string }[]) => list.map((row) => row.title);

describe('agenda rows', () => {
  it('give every row its own key, kept through a move', () => {
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
    const moved = moveRow(rows, 2, 0);
    expect(titles(moved)).toEqual(['Bước tiếp theo', 'Giới thiệu', 'Nhu cầu']);
    expect(moved[0]?.key).toBe(rows[2]?.key);
    expect(titles(rows)).toEqual(['Giới thiệu', 'Nhu cầu', 'Bước tiếp theo']);
  });

  it('move up and down by one, and stay put at either end', () => {
    expect(titles(moveRow(rows, 1, 0))).toEqual(['Nhu cầu', 'Giới thiệu', 'Bước tiếp theo']);
    expect(titles(moveRow(rows, 1, 2))).toEqual(['Giới thiệu', 'Bước tiếp theo', 'Nhu cầu']);
    expect(titles(moveRow(rows, 0, -1))).toEqual(titles(rows));
    expect(titles(moveRow(rows, 2, 3))).toEqual(titles(rows));
  });

  it('drop a dragged row before or after the row under the pointer', () => {
    // Row 0 dropped on the lower half of row 2 lands last; on its upper half, in the middle.
    expect(dropIndex(0, 2, true)).toBe(2);
    expect(dropIndex(0, 2, false)).toBe(1);
    // Row 2 dropped on the upper half of row 0 lands first; on its lower half, second.
    expect(dropIndex(2, 0, false)).toBe(0);
    expect(dropIndex(2, 0, true)).toBe(1);
    // Dropped on itself: nowhere new.
    expect(dropIndex(1, 1, false)).toBe(1);
    expect(dropIndex(1, 1, true)).toBe(1);
  });

  it('insert an empty row after a given one, and remove one', () => {
    const { rows: inserted, key } = insertRowAfter(rows, 0);
    expect(titles(inserted)).toEqual(['Giới thiệu', '', 'Nhu cầu', 'Bước tiếp theo']);
    expect(inserted[1]?.key).toBe(key);
    expect(titles(insertRowAfter(rows, -1).rows)[0]).toBe('');
    expect(titles(removeRow(rows, 1))).toEqual(['Giới thiệu', 'Bước tiếp theo']);
  });

  it('save only rows with a title, trimmed, and minutes as whole numbers within a day', () => {
    const edited = [
      { key: 'a', title: '  Demo  ', minutes: '15' },
      { key: 'b', title: '', minutes: '10' },
      { key: 'c', title: 'Hỏi đáp', minutes: '' },
      { key: 'd', title: 'Quá dài', minutes: '99999' },
      { key: 'e', title: 'Âm', minutes: '-5' },
    ];
    expect(agendaFromRows(edited)).toEqual([
      { title: 'Demo', minutes: 15 },
      { title: 'Hỏi đáp', minutes: 0 },
      { title: 'Quá dài', minutes: 1440 },
      { title: 'Âm', minutes: 0 },
    ]);
    expect(rowMinutes({ minutes: '12abc' })).toBe(12);
  });

  it('give each item its clock time from the start, past midnight too', () => {
    const schedule = agendaSchedule(
      rows.map((row) => ({ title: row.title, minutes: rowMinutes(row) })),
      '23:50',
    );
    expect(schedule.map((item) => `${item.start}–${item.end}`)).toEqual([
      '23:50–23:55',
      '23:55–00:15',
      '00:15–00:25',
    ]);
    expect(agendaSchedule([{ title: 'x', minutes: 5 }], undefined)[0]?.start).toBeUndefined();
  });
});
