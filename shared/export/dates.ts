// Dates and clock times as the exports print them: Vietnamese dd/mm/yyyy, English
// "Wednesday, 2 December 2026". Calendar arithmetic is done in UTC on the date's own numbers,
// so the machine's time zone can never move a meeting to another day.
import type { Language } from '../domain/enums';
import { exportLabels } from './labels';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
}

const MINUTES_PER_DAY = 24 * 60;

/** A real calendar date from `YYYY-MM-DD`, or null (`2026-02-31` is not one). */
export function parseIsoDate(iso: string | undefined): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day, weekday: date.getUTCDay() };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "Wednesday, 2 December 2026" / "Thứ Tư, 02/12/2026"; an impossible date is printed as written. */
export function formatLongDate(iso: string | undefined, lang: Language): string {
  const date = parseIsoDate(iso);
  if (!date) return iso ?? '';
  const labels = exportLabels(lang);
  const weekday = labels.weekdays[date.weekday] ?? '';
  if (lang === 'vi') return `${weekday}, ${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
  return `${weekday}, ${date.day} ${labels.months[date.month - 1] ?? ''} ${date.year}`;
}

/** "2 Dec 2026" / "02/12/2026", for lists. */
export function formatShortDate(iso: string | undefined, lang: Language): string {
  const date = parseIsoDate(iso);
  if (!date) return iso ?? '';
  if (lang === 'vi') return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
  const month = (exportLabels(lang).months[date.month - 1] ?? '').slice(0, 3);
  return `${date.day} ${month} ${date.year}`;
}

/** The date `days` after `iso`, as YYYY-MM-DD (null for an impossible date). */
export function addDays(iso: string, days: number): string | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return `${next.getUTCFullYear()}-${pad2(next.getUTCMonth() + 1)}-${pad2(next.getUTCDate())}`;
}

/** Minutes after midnight of `HH:MM`, or null. */
export function parseClock(time: string | undefined): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** `HH:MM` of minutes after midnight; past midnight wraps (23:30 + 45 min → 00:15). */
export function formatClock(minutes: number): string {
  const wrapped = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${pad2(Math.floor(wrapped / 60))}:${pad2(wrapped % 60)}`;
}
