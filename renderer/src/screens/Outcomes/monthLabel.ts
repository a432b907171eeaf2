// A month (YYYY-MM) as people read it: "Dec 2026" in English, "12/2026" in Vietnamese.
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import type { Language } from '../../../../shared/domain/enums';

export function monthLabel(month: string, language: Language): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  if (language === 'vi') return `${String(monthNumber).padStart(2, '0')}/${year}`;
  return format(new Date(year, monthNumber - 1, 1), 'MMM yyyy', { locale: enGB });
}
