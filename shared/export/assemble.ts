// Assembles the pieces of AgendaExportData / HistoryExportData from data already fetched
// through the contract (customers.get, meetings.get, meetings.list, actions.list,
// meetings.review). The core's export (electron/core/export/gather.ts) and the renderer's print
// view (renderer/src/screens/Print/) fetch in their own ways and both call these, so the file
// and the printed page are made of the same data.
import type { ActionItem, CustomerDoc, MeetingDoc, MeetingSummary, ReviewItem } from '../contract';
import { MANUAL_CHECKLIST_ITEMS, type Language, type ManualChecklistItem } from '../domain/enums';
import type { MeetingFields } from '../domain/fields';
import { exportLabels } from './labels';
import { parseSections } from './sections';
import type { ChecklistLabel, ExportCustomer, ExportMeeting, OpenAction, PastMeeting } from './types';

/** How many earlier meetings the prep sheet recalls. */
export const LAST_MEETINGS = 3;

/** The customer as the exports show it, from customers.get. */
export function exportCustomer(doc: CustomerDoc): ExportCustomer {
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

/** A customer whose customer.md cannot be read: its meetings can still be printed. */
export function unreadableCustomer(id: string): ExportCustomer {
  return { id, name: id, contacts: [] };
}

export function exportMeeting(doc: MeetingDoc): ExportMeeting {
  const fields: Partial<MeetingFields> = { ...doc.fields };
  // A file without a valid date still has one in its name, as meetings.list shows it.
  const named = /^\d{4}-\d{2}-\d{2}/.exec(doc.meetingId)?.[0];
  if (fields.date === undefined && named !== undefined) fields.date = named;
  return { meetingId: doc.meetingId, fields, sections: parseSections(doc.body) };
}

/** The listed meetings strictly before `meeting` (same date and time is not "earlier"), in list order. */
export function earlierMeetings(list: readonly MeetingSummary[], meeting: ExportMeeting): MeetingSummary[] {
  return list.filter((other) => other.meetingId !== meeting.meetingId && isBefore(other, meeting.fields));
}

/** The last few earlier meetings that took (or will take) place: `earlier` is newest first. */
export function lastMeetings(earlier: readonly MeetingSummary[]): PastMeeting[] {
  return earlier
    .filter((other) => other.status !== 'cancelled')
    .slice(0, LAST_MEETINGS)
    .map(pastMeeting);
}

/** The open action items (from actions.list) that belong to the earlier meetings. */
export function openActionsOf(
  listed: readonly ActionItem[],
  earlier: readonly MeetingSummary[],
): OpenAction[] {
  const earlierIds = new Set(earlier.map((meeting) => meeting.meetingId));
  return listed
    .filter((action) => !action.done && earlierIds.has(action.meetingId))
    .map((action) => ({ meetingId: action.meetingId, date: action.date, text: action.text }));
}

/** The manual (not required) checklist items of a review that are not ticked, labelled. */
export function uncheckedManualItems(items: readonly ReviewItem[], lang: Language): ChecklistLabel[] {
  const builtIn = exportLabels(lang).manualItems;
  return items
    .filter((item) => !item.required && !item.ok)
    .map((item) => ({ id: item.id, label: item.label ?? builtInLabel(builtIn, item.id) }));
}

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

function builtInLabel(labels: Record<ManualChecklistItem, string>, id: string): string {
  return (MANUAL_CHECKLIST_ITEMS as readonly string[]).includes(id) ? labels[id as ManualChecklistItem] : id;
}
