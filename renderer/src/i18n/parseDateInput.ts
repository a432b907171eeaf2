// Dates and times as people type them in each language, read back into the notebook's own
// forms (YYYY-MM-DD, HH:MM). Native date/time inputs follow the browser's locale, not the
// app's language (a Vietnamese user on an English system would see 12/03/2026 for 3 December),
// so the editor uses text fields with these parsers instead.
import { format, isValid, parse, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { vi } from 'date-fns/locale/vi';
import type { Language } from '../../../shared/domain/enums';

const INPUT_PATTERNS: Record<Language, string[]> = {
  // Two-digit years are left out on purpose: "3/12/20" typed on the way to "3/12/2026" must
  // not be read as 2020 and autosaved.
  vi: ['d/M/yyyy', 'd-M-yyyy', 'd.M.yyyy', 'yyyy-MM-dd'],
  en: ['d MMM yyyy', 'd MMMM yyyy', 'MMM d yyyy', 'MMM d, yyyy', 'd/M/yyyy', 'yyyy-MM-dd'],
};
const DISPLAY_PATTERN: Record<Language, string> = { vi: 'dd/MM/yyyy', en: 'd MMM yyyy' };
const LOCALES = { vi, en: enGB } as const;

/** The ISO date a typed text means, or undefined when it is not (yet) a whole date. */
export function parseDateInput(text: string, lang: Language): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return undefined;
  for (const pattern of INPUT_PATTERNS[lang]) {
    const date = parse(trimmed, pattern, new Date(2000, 0, 1), { locale: LOCALES[lang] });
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2200) {
      return format(date, 'yyyy-MM-dd');
    }
  }
  return undefined;
}

/** An ISO date as the date field shows it. */
export function formatDateInput(iso: string | undefined, lang: Language): string {
  if (!iso) return '';
  const date = parseISO(iso);
  return isValid(date) ? format(date, DISPLAY_PATTERN[lang], { locale: LOCALES[lang] }) : iso;
}

/**
 * HH:MM from what people type: "9:30", "09:30", "930", "14h30" (the Vietnamese way), "14h",
 * "9". Undefined when it is not a time of day.
 */
export function parseTimeInput(text: string): string | undefined {
  const match = /^(\d{1,2})(?:\s*[:h.]\s*(\d{2})?|(\d{2}))?$/i.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
