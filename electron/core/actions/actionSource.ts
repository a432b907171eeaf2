// Where actions.list gets its answer from: today a scan of the meeting files (fileActionSource.ts);
// later the SQLite index (electron/core/index/actionsQuery.ts), which answers the same query in
// the same order, so one can replace the other without the method changing.
import type { ActionItem } from '../../../shared/contract';

export interface ActionQuery {
  /** One customer's meetings; absent: every customer's. */
  customerId?: string;
  /** true: unticked tasks only; false: ticked ones only; absent: both. */
  open?: boolean;
}

export interface ActionSource {
  /** Newest meeting first (by its date), then in file order within a meeting. */
  list(query: ActionQuery): Promise<ActionItem[]>;
}

/** The order of actions.list: date descending, then meeting, customer and line ascending (the
 *  index orders by date, meeting id and line too). */
export function compareActions(a: ActionItem, b: ActionItem): number {
  return (
    b.date.localeCompare(a.date) ||
    compareText(a.meetingId, b.meetingId) ||
    compareText(a.customerId, b.customerId) ||
    a.line - b.line
  );
}

// Code-unit order, as SQLite's default collation: the two sources must agree.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
