// The agenda with clock times: each item starts when the one before ends, from the meeting's
// `time` (09:30–09:40, 09:40–10:05, …). Without a time only the minutes are known.
import type { AgendaItem, MeetingFields } from '../domain/fields';
import { formatClock, parseClock } from './dates';

export interface ScheduleRow {
  title: string;
  minutes: number;
  /** `HH:MM–HH:MM`, absent when the meeting has no time. */
  clock?: string;
}

export interface Schedule {
  rows: ScheduleRow[];
  totalMinutes: number;
}

export function agendaSchedule(agenda: readonly AgendaItem[] | undefined, time?: string): Schedule {
  const start = parseClock(time);
  let elapsed = 0;
  const rows = (agenda ?? []).map((item): ScheduleRow => {
    const minutes = Number.isFinite(item.minutes) ? Math.max(0, item.minutes) : 0;
    const row: ScheduleRow = { title: item.title, minutes };
    if (start !== null)
      row.clock = `${formatClock(start + elapsed)}–${formatClock(start + elapsed + minutes)}`;
    elapsed += minutes;
    return row;
  });
  return { rows, totalMinutes: elapsed };
}

/** How long the meeting lasts: its `duration`, else what its agenda adds up to, else unknown. */
export function meetingMinutes(fields: Partial<MeetingFields>): number | null {
  if (fields.duration !== undefined && fields.duration > 0) return fields.duration;
  const total = agendaSchedule(fields.agenda).totalMinutes;
  return total > 0 ? total : null;
}

/** "09:30–10:15" with a known length, "09:30" without; null when the meeting has no time. */
export function meetingClock(fields: Partial<MeetingFields>): string | null {
  const start = parseClock(fields.time);
  if (start === null) return null;
  const minutes = meetingMinutes(fields);
  return minutes === null ? formatClock(start) : `${formatClock(start)}–${formatClock(start + minutes)}`;
}
