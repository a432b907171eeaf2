// export.agenda and export.history: gather the data, call the pure format of shared/export,
// name the file. The language defaults to the app's setting (contract.md, "Language").
import { ApiError, type MethodOutput, type ParsedInput } from '../../../shared/contract';
import type { Language } from '../../../shared/domain/enums';
import { agendaHtml, agendaMarkdown, agendaText } from '../../../shared/export/agenda';
import { exportFilename } from '../../../shared/export/filename';
import { historyHtml, historyMarkdown } from '../../../shared/export/history';
import { agendaIcs } from '../../../shared/export/ics';
import { parseIsoDate } from '../../../shared/export/dates';
import { type ExportSources, gatherAgenda, gatherHistory } from './gather';

export interface ExportServices extends ExportSources {
  /** The app's language setting, for calls without `lang`. */
  language(): Promise<Language>;
  /** The calendar's DTSTAMP; the system clock unless a test fixes it. */
  now?: () => Date;
}

export async function exportAgenda(
  services: ExportServices,
  input: ParsedInput<'export.agenda'>,
): Promise<MethodOutput<'export.agenda'>> {
  const lang = input.lang ?? (await services.language());
  const data = await gatherAgenda(services, input.customerId, input.meetingId, lang);
  const filename = exportFilename({
    kind: 'agenda',
    meetingId: data.meeting.meetingId,
    variant: input.variant,
    format: input.format,
  });
  switch (input.format) {
    case 'text':
      return { filename, content: agendaText(data, input.variant) };
    case 'markdown':
      return { filename, content: agendaMarkdown(data, input.variant) };
    case 'html':
      return { filename, content: agendaHtml(data, input.variant) };
    case 'ics':
      if (parseIsoDate(data.meeting.fields.date) === null) {
        const message = 'The meeting has no valid date, which a calendar invitation needs';
        throw new ApiError('INVALID_INPUT', message, { issues: [{ path: 'date', message }] });
      }
      // Always the customer-safe content, whatever the variant: an invitation gets forwarded.
      return { filename, content: agendaIcs(data, services.now?.() ?? new Date()) };
  }
}

export async function exportHistory(
  services: ExportServices,
  input: ParsedInput<'export.history'>,
): Promise<MethodOutput<'export.history'>> {
  const lang = input.lang ?? (await services.language());
  const data = await gatherHistory(services, input.customerId, lang);
  const filename = exportFilename({ kind: 'history', customerId: data.customer.id, format: input.format });
  return { filename, content: input.format === 'html' ? historyHtml(data) : historyMarkdown(data) };
}
