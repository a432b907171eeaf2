// Time as the notebook writes it: local calendar days and the compact stamps of trash folders
// and conflict copies. The clock is injectable so tests can fix "today".
import { format } from 'date-fns';

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** YYYY-MM-DD in local time. */
export function isoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** YYYYMMDD-HHMMSS in local time (trash folders, conflict copies). */
export function stamp(date: Date): string {
  return format(date, 'yyyyMMdd-HHmmss');
}
