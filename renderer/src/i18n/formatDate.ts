// Dates as people read them in each language: Vietnamese dd/MM/yyyy, English "2 Dec 2026".
// The notebook stores plain calendar dates (YYYY-MM-DD); they are parsed as local dates so a
// meeting never shifts a day with the time zone.
import { format, isValid, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { vi } from 'date-fns/locale/vi';
import type { Language } from '../../../shared/domain/enums';

const PATTERNS = {
  en: { date: 'd MMM yyyy', weekday: 'EEE d MMM yyyy', dateTime: 'd MMM yyyy, HH:mm', dayName: 'EEEE' },
  vi: { date: 'dd/MM/yyyy', weekday: 'EEEE, dd/MM/yyyy', dateTime: 'dd/MM/yyyy HH:mm', dayName: 'EEEE' },
} as const;

const LOCALES = { en: enGB, vi } as const;

export type DateStyle = keyof (typeof PATTERNS)['en'];

/** Formats an ISO date or date-time; text that is not a date comes back unchanged. */
export function formatDate(value: string | undefined, lang: Language, style: DateStyle = 'date'): string {
  if (!value) return '';
  const date = parseISO(value);
  if (!isValid(date)) return value;
  const text = format(date, PATTERNS[lang][style], { locale: LOCALES[lang] });
  // date-fns writes Vietnamese weekdays in lower case ("thứ tư"); a date heading starts upper.
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
