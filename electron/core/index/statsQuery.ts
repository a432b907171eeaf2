// history.stats from the index. `meetings` counts every readable meeting file (meetings.list
// leaves unreadable ones out), cancelled ones included (they were planned contacts); `done`, `advances` and `orders` count done meetings by
// outcome (a meeting that left `done` keeps its outcome on disk but no longer counts);
// advanceRate = (advances + orders) / done, 0 without done meetings; lastContact is the latest
// date of a done meeting not after today; openActions counts unticked tasks.
import type { HistoryStats } from '../../../shared/contract';
import type { SqliteDb } from './driver';

interface Row {
  meetings: number;
  done: number | null;
  advances: number | null;
  orders: number | null;
  lastContact: string | null;
}

export function historyStats(db: SqliteDb, today: string, customerId?: string): HistoryStats {
  const byCustomer = customerId !== undefined;
  const id = customerId?.normalize('NFC');
  const row = db
    .prepare<Row>(
      `SELECT count(*) AS meetings,
              sum(status = 'done') AS done,
              sum(status = 'done' AND outcome = 'advance') AS advances,
              sum(status = 'done' AND outcome = 'order') AS orders,
              max(CASE WHEN status = 'done' AND date <= ? THEN date END) AS lastContact
         FROM docs WHERE type = 'meeting' AND unreadable IS NULL${byCustomer ? ' AND customerId = ?' : ''}`,
    )
    .get(...(id === undefined ? [today] : [today, id]));
  const open = db
    .prepare<{ n: number }>(
      `SELECT count(*) AS n FROM actions WHERE done = 0${byCustomer ? ' AND customerId = ?' : ''}`,
    )
    .get(...(id === undefined ? [] : [id]));
  const done = row?.done ?? 0;
  const advances = row?.advances ?? 0;
  const orders = row?.orders ?? 0;
  const stats: HistoryStats = {
    meetings: row?.meetings ?? 0,
    done,
    advances,
    orders,
    advanceRate: done === 0 ? 0 : (advances + orders) / done,
    openActions: open?.n ?? 0,
  };
  if (row?.lastContact) stats.lastContact = row.lastContact;
  return stats;
}
