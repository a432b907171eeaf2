// customers.list from the index (2,000 customer files and the dates of 20,000 meetings would
// otherwise be read on every call): every customer with a customer.md, by folded name, with
// the last and the next meeting as the core's Meetings.contactDates has them (a meeting today
// counts as coming until it is done; cancelled ones are not contacts) and the number of open
// action items. `query` keeps customers whose name, industry,
// location or tags contain it, diacritics and case ignored.
import type { CustomerSummary } from '../../../shared/contract';
import type { CustomerKind } from '../../../shared/domain/enums';
import type { SqliteDb } from './driver';
import { foldText } from './textFold';

interface Row {
  id: string;
  name: string;
  sortKey: string;
  kind: string;
  tags: string | null;
  industry: string | null;
  location: string | null;
  lastMeeting: string | null;
  nextMeeting: string | null;
  openActions: number;
}

export function listCustomers(
  db: SqliteDb,
  today: string,
  input: { query?: string; kind?: CustomerKind },
): CustomerSummary[] {
  const rows = db
    .prepare<Row>(
      `SELECT c.customerId AS id, c.title AS name, c.sortKey, c.kind, c.tags, c.industry, c.location,
              (SELECT max(m.date) FROM docs m WHERE m.customerId = c.customerId AND m.type = 'meeting'
                  AND m.unreadable IS NULL AND m.status <> 'cancelled' AND (m.date < ? OR (m.date = ? AND m.status = 'done'))) AS lastMeeting,
              (SELECT min(m.date) FROM docs m WHERE m.customerId = c.customerId AND m.type = 'meeting'
                  AND m.unreadable IS NULL AND m.status <> 'cancelled' AND (m.date > ? OR (m.date = ? AND m.status <> 'done'))) AS nextMeeting,
              (SELECT count(*) FROM actions a WHERE a.customerId = c.customerId AND a.done = 0) AS openActions
         FROM docs c WHERE c.type = 'customer'${input.kind ? ' AND c.kind = ?' : ''}
        ORDER BY c.sortKey, c.customerId`,
    )
    .all(...[today, today, today, today], ...(input.kind ? [input.kind] : []));
  const needle = input.query ? foldText(input.query.normalize('NFC').trim()) : '';
  const items: CustomerSummary[] = [];
  for (const row of rows) {
    const tags = row.tags ? (JSON.parse(row.tags) as string[]) : [];
    if (needle) {
      const haystack = foldText([row.name, row.industry ?? '', row.location ?? '', ...tags].join('\n'));
      if (!haystack.includes(needle)) continue;
    }
    const item: CustomerSummary = {
      id: row.id,
      name: row.name,
      kind: row.kind === 'prospect' ? 'prospect' : 'customer',
      tags,
      industry: row.industry ?? '',
      location: row.location ?? '',
      openActions: row.openActions,
    };
    if (row.lastMeeting) item.lastMeeting = row.lastMeeting;
    if (row.nextMeeting) item.nextMeeting = row.nextMeeting;
    items.push(item);
  }
  return items;
}
