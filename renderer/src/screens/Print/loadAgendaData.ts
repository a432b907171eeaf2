// Gathers what the print view of an agenda is made from, through the same contract methods
// the core's own export uses (electron/core/export/gather.ts does the same on the Node side),
// and assembles it with the same pure pieces (shared/export/assemble.ts), so the printed page
// and `export.agenda` come out of the same data and builders.
// The customer copy needs only the meeting and the customer's name; only the prep sheet
// reads the earlier meetings, their open action items and the checklist.
import { ApiError, type CustomerDoc } from '../../../../shared/contract';
import type { Language } from '../../../../shared/domain/enums';
import {
  earlierMeetings,
  exportCustomer,
  exportMeeting,
  lastMeetings,
  openActionsOf,
  uncheckedManualItems,
  unreadableCustomer,
} from '../../../../shared/export';
import type { AgendaExportData, AgendaVariant, ExportCustomer } from '../../../../shared/export';
import type { ApiClient } from '../../api/client';

export async function loadAgendaData(
  client: ApiClient,
  customerId: string,
  meetingId: string,
  variant: AgendaVariant,
  lang: Language,
): Promise<AgendaExportData> {
  const [doc, customer] = await Promise.all([
    client.call('meetings.get', { customerId, meetingId }),
    loadCustomer(client, customerId),
  ]);
  const meeting = exportMeeting(doc);
  const data: AgendaExportData = {
    lang,
    customer,
    meeting,
    openActions: [],
    lastMeetings: [],
    uncheckedManualItems: [],
  };
  if (variant === 'customer') return data;

  const [list, review] = await Promise.all([
    client.call('meetings.list', { customerId }),
    client.call('meetings.review', { customerId, meetingId, lang }),
  ]);
  const earlier = earlierMeetings(list.items, meeting);
  data.lastMeetings = lastMeetings(earlier);
  const listed = await client.call('actions.list', { customerId, open: true });
  data.openActions = openActionsOf(listed.items, earlier);
  data.uncheckedManualItems = uncheckedManualItems(review.items, lang);
  return data;
}

/** The customer; a customer.md that cannot be read still lets its meetings be printed. */
export async function loadCustomer(client: ApiClient, customerId: string): Promise<ExportCustomer> {
  let doc: CustomerDoc;
  try {
    doc = await client.call('customers.get', { id: customerId });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNREADABLE_FILE') {
      return unreadableCustomer(customerId);
    }
    throw error;
  }
  return exportCustomer(doc);
}
