// export.*: agendas and customer histories as text, Markdown, HTML and calendar files
// (electron/core/export/exportService.ts over the pure formats of shared/export). The reads go
// to the notebook open at the time of each call, so an export follows a notebook switch.
import { type ExportServices, exportAgenda, exportHistory } from '../core/export/exportService';
import type { ActionItem } from '../../shared/contract';
import type { Session } from '../core/session';
import type { Handlers } from './handlers';

type ExportMethods = 'export.agenda' | 'export.history';

export function exportHandlers(
  session: Session,
  listOpenActions?: (customerId: string) => Promise<ActionItem[]>,
): Pick<Handlers, ExportMethods> {
  const services = (): ExportServices => {
    const notebook = session.notebook();
    return {
      getCustomer: (id) => notebook.customers.get(id),
      getMeeting: (customerId, meetingId) => notebook.meetings.get({ customerId, meetingId }),
      listMeetings: (customerId) => notebook.meetings.list({ customerId }),
      reviewContext: (lang) => notebook.reviewContext(lang),
      language: async () => session.settings.get().language,
      now: session.options.clock,
      ...(listOpenActions ? { listOpenActions } : {}),
    };
  };
  return {
    'export.agenda': (input) => exportAgenda(services(), input),
    'export.history': (input) => exportHistory(services(), input),
  };
}
