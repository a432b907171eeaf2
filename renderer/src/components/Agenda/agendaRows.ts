// The agenda builder's rows, free of React: each row has a stable key (so focus and drag follow
// the row, not its position), its title and the minutes as typed. What goes into the file is
// only the rows with a title, minutes as whole numbers (a half-typed "1" of "15" is saved as 1
// and then as 15, never as text).
import type { AgendaItem } from '../../../../shared/domain/fields';

export interface AgendaRow {
  key: string;
  title: string;
  /** As typed; '' while empty. */
  minutes: string;
}

const MAX_MINUTES = 24 * 60;

let nextKey = 1;
export function newRowKey(): string {
  return `row-${nextKey++}`;
}

export function rowsFromAgenda(agenda: readonly AgendaItem[] | undefined): AgendaRow[] {
  return (agenda ?? []).map((item) => ({
    key: newRowKey(),
    title: item.title,
    minutes: String(item.minutes),
  }));
}

/** Minutes as the file takes them: a whole number from 0 to 1440; anything else counts as 0. */
export function rowMinutes(row: Pick<AgendaRow, 'minutes'>): number {
  const value = Number.parseInt(row.minutes, 10);
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), MAX_MINUTES) : 0;
}

/** What the file holds: rows with a title, in order. */
export function agendaFromRows(rows: readonly AgendaRow[]): AgendaItem[] {
  return rows
    .filter((row) => row.title.trim() !== '')
    .map((row) => ({ title: row.title.trim(), minutes: rowMinutes(row) }));
}

/** Moves the row at `from` to index `to` (clamped); the same array when nothing moves. */
export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  const target = Math.min(Math.max(to, 0), rows.length - 1);
  if (from < 0 || from >= rows.length || target === from) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(target, 0, row as T);
  return next;
}

/** Inserts an empty row after index `after` (-1: at the top); returns the rows and the new key. */
export function insertRowAfter(
  rows: readonly AgendaRow[],
  after: number,
): { rows: AgendaRow[]; key: string } {
  const key = newRowKey();
  const next = [...rows];
  next.splice(after + 1, 0, { key, title: '', minutes: '' });
  return { rows: next, key };
}

export function removeRow<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

export function updateRow(
  rows: readonly AgendaRow[],
  key: string,
  change: Partial<Omit<AgendaRow, 'key'>>,
): AgendaRow[] {
  return rows.map((row) => (row.key === key ? { ...row, ...change } : row));
}

/** Where a dragged row lands when dropped on row `over`, in its upper or lower half. */
export function dropIndex(from: number, over: number, lowerHalf: boolean): number {
  const before = lowerHalf ? over + 1 : over;
  // Taking the row out first shifts every later row up by one.
  return before > from ? before - 1 : before;
}
