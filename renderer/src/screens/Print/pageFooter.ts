// What the foot of every printed page says, in the document's language: who and when on the
// left, "Page 1 of 2" on the right; the prep sheet also says it is internal, on every page,
// so a second page that wanders off the desk still says so.
import type { TFunction } from 'i18next';
import { exportLabels, formatShortDate } from '../../../../shared/export';
import type { AgendaExportData, AgendaVariant, HistoryExportData } from '../../../../shared/export';
import type { PageFooter } from './pageCss';

/** `t` fixed to the document's language (i18next.getFixedT). */
export function agendaFooter(data: AgendaExportData, variant: AgendaVariant, t: TFunction): PageFooter {
  const { fields } = data.meeting;
  const when = [formatShortDate(fields.date, data.lang), fields.time ?? ''].filter(Boolean).join(' ');
  return {
    left: join([data.customer.name.trim(), when]),
    notice: variant === 'prep' ? exportLabels(data.lang).internalNotice : '',
    pageNumbers: pageNumbers(t),
  };
}

export function historyFooter(data: HistoryExportData, todayIso: string, t: TFunction): PageFooter {
  const labels = exportLabels(data.lang);
  const name = data.customer.name.trim() || data.customer.id;
  return {
    left: join([
      `${labels.history}: ${name}`,
      t('print.footer.printedOn', { date: formatShortDate(todayIso, data.lang) }),
    ]),
    notice: '',
    pageNumbers: pageNumbers(t),
  };
}

function pageNumbers(t: TFunction): string {
  return t('print.footer.pageOf', { page: '{page}', pages: '{pages}' });
}

function join(parts: string[]): string {
  return parts.filter((part) => part !== '').join(' · ');
}
