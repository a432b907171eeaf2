// actions.list and the open-action counts of customers.list, from the index, in the order of
// the core's file-based source (actions/actionSource.ts compareActions): newest meeting first,
// then meeting id, customer id and line. Tasks of unreadable files are not stored (indexWriter),
// as the core leaves them out too: they could not be ticked.
import type { ActionItem } from '../../../shared/contract';
import type { BindValue, SqliteDb } from './driver';

interface Row {
  customerId: string;
  meetingId: string;
  date: string | null;
  line: number;
  text: string;
  done: number;
}

/** `open: true` lists unticked tasks, `open: false` ticked ones, no `open` both. */
export function listActions(db: SqliteDb, input: { customerId?: string; open?: boolean }): ActionItem[] {
  const clauses: string[] = [];
  const params: BindValue[] = [];
  if (input.customerId !== undefined) {
    clauses.push('a.customerId = ?');
    params.push(input.customerId.normalize('NFC'));
  }
  if (input.open !== undefined) {
    clauses.push('a.done = ?');
    params.push(input.open ? 0 : 1);
  }
  const rows = db
    .prepare<Row>(
      `SELECT a.customerId, d.meetingId, d.date, a.line, a.text, a.done
         FROM actions a JOIN docs d ON d.id = a.docId
        ${clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''}
        ORDER BY d.date DESC, d.meetingId, a.customerId, a.line`,
    )
    .all(...params);
  return rows.map((row) => ({
    customerId: row.customerId,
    meetingId: row.meetingId,
    date: row.date ?? '',
    line: row.line,
    text: row.text,
    done: row.done === 1,
  }));
}

/** customerId → number of unticked tasks, for every customer the index knows (0 included). */
export function openActionCounts(db: SqliteDb): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of db.prepare<{ customerId: string }>('SELECT DISTINCT customerId FROM docs').all()) {
    counts.set(row.customerId, 0);
  }
  const rows = db
    .prepare<{ customerId: string; n: number }>(
      'SELECT customerId, count(*) AS n FROM actions WHERE done = 0 GROUP BY customerId',
    )
    .all();
  for (const row of rows) counts.set(row.customerId, row.n);
  return counts;
}
