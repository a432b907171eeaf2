// Row ids keyed by date: id = day × 2^20 + a sequence within the day, where day counts from
// 1970-01-01 for a dated meeting, and two fixed days far below year 0000 hold undated
// meetings and customers. FTS5 keeps its doclists in rowid order, so:
// - "the newest matches first" (the order for very common terms) stops after `limit` rows
//   instead of ranking every match;
// - the filters `from`/`to` and `type` are rowid ranges that fts5 applies itself, without
//   looking up every match in another table.
// 2^20 rows a day, and every id stays far inside ±2^53.
import type { SqliteDb } from './driver';

export const PER_DAY = 2 ** 20;
/** Below 0000-01-01 (day -719528): no date filter ever includes these. */
export const CUSTOMER_DAY = -900_000;
export const UNDATED_DAY = -800_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dateDay(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const utc = new Date(0);
  utc.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.floor(utc.getTime() / 86_400_000);
}

export function rowDay(type: 'customer' | 'meeting', date: string | undefined): number {
  if (type === 'customer') return CUSTOMER_DAY;
  return (date === undefined ? undefined : dateDay(date)) ?? UNDATED_DAY;
}

export function dayOf(id: number): number {
  return Math.floor(id / PER_DAY);
}

/** The rowids [lower, upper) the search filters `type`, `from` and `to` allow. */
export function rowIdRange(filter: { type?: 'customer' | 'meeting'; from?: string; to?: string }): {
  lower?: number;
  upper?: number;
} {
  let lower: number | undefined;
  let upper: number | undefined;
  const atLeast = (value: number) => (lower = lower === undefined ? value : Math.max(lower, value));
  const below = (value: number) => (upper = upper === undefined ? value : Math.min(upper, value));
  if (filter.type === 'customer') {
    atLeast(CUSTOMER_DAY * PER_DAY);
    below((CUSTOMER_DAY + 1) * PER_DAY);
  } else if (filter.type === 'meeting') {
    atLeast(UNDATED_DAY * PER_DAY);
  }
  // Any date filter leaves out customers and undated meetings, whose days lie below every date.
  if (filter.from !== undefined || filter.to !== undefined) atLeast((UNDATED_DAY + 1) * PER_DAY);
  const from = filter.from === undefined ? undefined : dateDay(filter.from);
  const to = filter.to === undefined ? undefined : dateDay(filter.to);
  if (from !== undefined) atLeast(from * PER_DAY);
  if (to !== undefined) below((to + 1) * PER_DAY);
  return { lower, upper };
}

/** Hands out fresh ids per day; remembers the last one given so a batch needs one query a day. */
export class RowIdAllocator {
  private readonly last = new Map<number, number>();
  private readonly maxInDay;

  constructor(db: SqliteDb) {
    this.maxInDay = db.prepare<{ id: number | null }>(
      'SELECT max(id) AS id FROM docs WHERE id >= ? AND id < ?',
    );
  }

  next(day: number): number {
    const base = day * PER_DAY;
    let last = this.last.get(day);
    if (last === undefined) last = this.maxInDay.get(base, base + PER_DAY)?.id ?? base - 1;
    const id = last + 1;
    if (id >= base + PER_DAY) throw new Error(`More than ${PER_DAY} notes on one day`);
    this.last.set(day, id);
    return id;
  }
}
