// Gathers a customer's whole history for its print view: the customer and every meeting, read
// through the contract as `export.history` reads them. A meeting listed a moment ago that is
// gone or broken now is left out rather than failing the whole document.
import { ApiError, type MeetingDoc } from '../../../../shared/contract';
import type { Language } from '../../../../shared/domain/enums';
import { exportMeeting } from '../../../../shared/export';
import type { ExportMeeting, HistoryExportData } from '../../../../shared/export';
import type { ApiClient } from '../../api/client';
import { loadCustomer } from './loadAgendaData';

export async function loadHistoryData(
  client: ApiClient,
  customerId: string,
  lang: Language,
): Promise<HistoryExportData> {
  const [customer, list] = await Promise.all([
    loadCustomer(client, customerId),
    client.call('meetings.list', { customerId }),
  ]);
  const docs = await Promise.all(
    list.items.map((summary) => readIfStillThere(client, customerId, summary.meetingId)),
  );
  const meetings: ExportMeeting[] = docs
    .filter((doc): doc is MeetingDoc => doc !== undefined)
    .map(exportMeeting);
  return { lang, customer, meetings };
}

async function readIfStillThere(
  client: ApiClient,
  customerId: string,
  meetingId: string,
): Promise<MeetingDoc | undefined> {
  try {
    return await client.call('meetings.get', { customerId, meetingId });
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'UNREADABLE_FILE')) {
      return undefined;
    }
    throw error;
  }
}
