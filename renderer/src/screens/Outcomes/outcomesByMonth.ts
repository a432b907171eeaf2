// Done meetings counted per calendar month by outcome, for the outcomes view. Months without
// a done meeting between the first and the last are kept (with zeros) so the rows are an
// honest time axis. The advance rate is (advances + orders) / done, as history.stats counts
// it; a done meeting without a recorded outcome (a hand-edited file) counts as done,
// "not recorded".
import type { MeetingSummary } from '../../../../shared/contract';
import { OUTCOMES, type Outcome } from '../../../../shared/domain/enums';

export interface OutcomeCounts {
  counts: Record<Outcome, number>;
  unrecorded: number;
  done: number;
  /** (advances + orders) / done; 0 without done meetings. */
  rate: number;
}

export interface MonthOutcomes extends OutcomeCounts {
  /** YYYY-MM */
  month: string;
}

/** Beyond this many months (a typo like 1026-…), only months with meetings get a row. */
const MAX_FILLED_SPAN = 120;

function emptyCounts(): OutcomeCounts {
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  return { counts, unrecorded: 0, done: 0, rate: 0 };
}

function withRate<T extends OutcomeCounts>(row: T): T {
  row.rate = row.done === 0 ? 0 : (row.counts.advance + row.counts.order) / row.done;
  return row;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function outcomesByMonth(meetings: readonly MeetingSummary[]): MonthOutcomes[] {
  const months = new Map<string, MonthOutcomes>();
  for (const meeting of meetings) {
    if (meeting.status !== 'done') continue;
    const month = /^(\d{4})-(0[1-9]|1[0-2])/.exec(meeting.date)?.[0];
    if (!month) continue;
    const row = months.get(month) ?? { month, ...emptyCounts() };
    row.done++;
    if (meeting.outcome) row.counts[meeting.outcome]++;
    else row.unrecorded++;
    months.set(month, row);
  }
  const present = [...months.keys()].map(monthIndex).sort((a, b) => a - b);
  const first = present[0];
  const last = present[present.length - 1];
  if (first !== undefined && last !== undefined && last - first <= MAX_FILLED_SPAN) {
    for (let index = first; index <= last; index++) {
      const month = monthOf(index);
      if (!months.has(month)) months.set(month, { month, ...emptyCounts() });
    }
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month)).map(withRate);
}

export function totalOutcomes(rows: readonly MonthOutcomes[]): OutcomeCounts {
  const total = emptyCounts();
  for (const row of rows) {
    for (const outcome of OUTCOMES) total.counts[outcome] += row.counts[outcome];
    total.unrecorded += row.unrecorded;
    total.done += row.done;
  }
  return withRate(total);
}
