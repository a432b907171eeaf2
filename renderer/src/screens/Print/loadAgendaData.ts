// Gathers what the print view of an agenda is made from, through the same contract methods
// the core's own export uses (electron/core/export/gather.ts does the same on the Node side),
// so the printed page and `export.agenda` come out of the same builders in shared/export.
// The customer copy needs only the meeting and the customer's name; only the prep sheet
// reads the earlier meetings, their open action items and the checklist.
import {
  ApiError,
  type CustomerDoc,
  type MeetingDoc,
  type MeetingSummary,
} from '../../../../shared/contract';
import {
  type Language,
  MANUAL_CHECKLIST_ITEMS,
  type ManualChecklistItem,
} from '../../../../shared/domain/enums';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { exportLabels, parseSections } from '../../../../shared/export';
import type {
  AgendaExportData,
  AgendaVariant,
  ChecklistLabel,
  ExportCustomer,
  ExportMeeting,
  OpenAction,
  PastMeeting,
} from '../../../../shared/export';
import type { ApiClient } from '../../api/client';

const LAST_MEETINGS = 3;

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
  const earlier = list.items.filter(
    (other) => other.meetingId !== meeting.meetingId && isBefore(other, meeting.fields),
  );
  data.lastMeetings = earlier
    .filter((other) => other.status !== 'cancelled')
    .slice(0, LAST_MEETINGS)
    .map(pastMeeting);
  data.openActions = await openActionsOf(client, customerId, earlier);
  const builtIn = exportLabels(lang).manualItems;
  data.uncheckedManualItems = review.items
    .filter((item) => !item.required && !item.ok)
    .map((item): ChecklistLabel => ({ id: item.id, label: item.label ?? builtInLabel(builtIn, item.id) }));
  return data;
}

/** The customer; a customer.md that cannot be read still lets its meetings be printed. */
export async function loadCustomer(client: ApiClient, customerId: string): Promise<ExportCustomer> {
  let doc: CustomerDoc;
  try {
    doc = await client.call('customers.get', { id: customerId });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNREADABLE_FILE') {
      return { id: customerId, name: customerId, contacts: [] };
    }
    throw error;
  }
  const { fields } = doc;
  const customer: ExportCustomer = {
    id: doc.id,
    name: fields.name ?? doc.id,
    contacts: fields.contacts ?? [],
  };
  if (fields.kind !== undefined) customer.kind = fields.kind;
  if (fields.industry !== undefined) customer.industry = fields.industry;
  if (fields.location !== undefined) customer.location = fields.location;
  return customer;
}

export function exportMeeting(doc: MeetingDoc): ExportMeeting {
  const fields: Partial<MeetingFields> = { ...doc.fields };
  // A file without a valid date still has one in its name, as meetings.list shows it.
  const named = /^\d{4}-\d{2}-\d{2}/.exec(doc.meetingId)?.[0];
  if (fields.date === undefined && named !== undefined) fields.date = named;
  return { meetingId: doc.meetingId, fields, sections: parseSections(doc.body) };
}

/** Strictly before the meeting (one at the same date and time is not "earlier"). */
function isBefore(other: MeetingSummary, fields: Partial<MeetingFields>): boolean {
  const date = fields.date ?? '';
  if (other.date !== date) return other.date < date;
  return (other.time ?? '') < (fields.time ?? '');
}

function pastMeeting(summary: MeetingSummary): PastMeeting {
  const past: PastMeeting = { date: summary.date, title: summary.title, status: summary.status };
  if (summary.objective !== undefined) past.objective = summary.objective;
  if (summary.outcome !== undefined) past.outcome = summary.outcome;
  if (summary.objectiveMet !== undefined) past.objectiveMet = summary.objectiveMet;
  return past;
}

async function openActionsOf(
  client: ApiClient,
  customerId: string,
  earlier: readonly MeetingSummary[],
): Promise<OpenAction[]> {
  const dates = new Map(earlier.map((meeting) => [meeting.meetingId, meeting.date]));
  const listed = await client.call('actions.list', { customerId, open: true });
  return listed.items
    .filter((action) => !action.done && dates.has(action.meetingId))
    .map((action) => ({ meetingId: action.meetingId, date: action.date, text: action.text }));
}

function builtInLabel(labels: Record<ManualChecklistItem, string>, id: string): string {
  return (MANUAL_CHECKLIST_ITEMS as readonly string[]).includes(id) ? labels[id as ManualChecklistItem] : id;
}
