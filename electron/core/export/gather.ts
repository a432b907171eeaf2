// Gathers, from the notebook, the plain data the export formats of shared/export are made
// from: the meeting with its body split into sections, its customer, the open action items
// and last meetings before it, and the manual checklist items not ticked yet. It reads only
// through `ExportSources` (the same reads as the contract's get/list methods), so it follows
// the repository's rules on ids, NFC and unreadable files without knowing how they are kept.
import {
  ApiError,
  type ActionItem,
  type CustomerDoc,
  type MeetingDoc,
  type MeetingSummary,
} from '../../../shared/contract';
import { type ReviewContext, reviewMeeting } from '../../../shared/checklist/review';
import {
  type Language,
  MANUAL_CHECKLIST_ITEMS,
  type ManualChecklistItem,
} from '../../../shared/domain/enums';
import type { MeetingFields } from '../../../shared/domain/fields';
import { exportLabels } from '../../../shared/export/labels';
import { parseSections } from '../../../shared/export/sections';
import type {
  AgendaExportData,
  ChecklistLabel,
  ExportCustomer,
  ExportMeeting,
  HistoryExportData,
  OpenAction,
  PastMeeting,
} from '../../../shared/export/types';
import { findActionItems } from '../index/actionItems';

export interface ExportSources {
  /** customers.get */
  getCustomer(id: string): Promise<CustomerDoc>;
  /** meetings.get */
  getMeeting(customerId: string, meetingId: string): Promise<MeetingDoc>;
  /** meetings.list {customerId}: newest first. */
  listMeetings(customerId: string): Promise<MeetingSummary[]>;
  /**
   * actions.list {customerId, open: true}. Absent, or answering NOT_FOUND while the index is
   * not there, the open items are read from the earlier meetings' files instead.
   */
  listOpenActions?(customerId: string): Promise<ActionItem[]>;
  /** The checklist's context (the notebook's extra items and phrases) in a language. */
  reviewContext(lang: Language): Promise<ReviewContext>;
}

const LAST_MEETINGS = 3;

export async function gatherAgenda(
  sources: ExportSources,
  customerId: string,
  meetingId: string,
  lang: Language,
): Promise<AgendaExportData> {
  const doc = await sources.getMeeting(customerId, meetingId);
  const customer = await gatherCustomer(sources, customerId);
  const meeting = exportMeeting(doc);
  const earlier = (await sources.listMeetings(customerId)).filter(
    (other) => other.meetingId !== meeting.meetingId && isBefore(other, meeting.fields),
  );
  const lastMeetings = earlier
    .filter((other) => other.status !== 'cancelled')
    .slice(0, LAST_MEETINGS)
    .map(pastMeeting);
  return {
    lang,
    customer,
    meeting,
    openActions: await openActionsOf(sources, customerId, earlier),
    lastMeetings,
    uncheckedManualItems: uncheckedItems(doc.fields, await sources.reviewContext(lang), lang),
  };
}

export async function gatherHistory(
  sources: ExportSources,
  customerId: string,
  lang: Language,
): Promise<HistoryExportData> {
  const summaries = await sources.listMeetings(customerId);
  const customer = await gatherCustomer(sources, customerId);
  const meetings: ExportMeeting[] = [];
  for (const summary of summaries) {
    const doc = await readIfStillThere(sources, customerId, summary.meetingId);
    if (doc) meetings.push(exportMeeting(doc));
  }
  return { lang, customer, meetings };
}

/** The customer; a customer.md that cannot be read still lets its meetings be printed. */
async function gatherCustomer(sources: ExportSources, customerId: string): Promise<ExportCustomer> {
  let doc: CustomerDoc;
  try {
    doc = await sources.getCustomer(customerId);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNREADABLE_FILE') {
      const id = customerId.normalize('NFC');
      return { id, name: id, contacts: [] };
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

function exportMeeting(doc: MeetingDoc): ExportMeeting {
  const fields: Partial<MeetingFields> = { ...doc.fields };
  // A file without a valid date still has one in its name, as meetings.list shows it.
  const named = /^\d{4}-\d{2}-\d{2}/.exec(doc.meetingId)?.[0];
  if (fields.date === undefined && named !== undefined) fields.date = named;
  return { meetingId: doc.meetingId, fields, sections: parseSections(doc.body) };
}

/** Strictly before the meeting (a meeting at the same date and time is not "earlier"). */
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
  sources: ExportSources,
  customerId: string,
  earlier: readonly MeetingSummary[],
): Promise<OpenAction[]> {
  const earlierIds = new Map(earlier.map((meeting) => [meeting.meetingId, meeting.date]));
  const listed = await listOpenActions(sources, customerId);
  if (listed !== undefined) {
    return listed
      .filter((action) => !action.done && earlierIds.has(action.meetingId))
      .map((action) => ({ meetingId: action.meetingId, date: action.date, text: action.text }));
  }
  const open: OpenAction[] = [];
  for (const meeting of earlier) {
    const doc = await readIfStillThere(sources, customerId, meeting.meetingId);
    if (!doc) continue;
    // Every task of the body, as actions.list and the index count them (not only `## Action items`).
    for (const task of findActionItems(doc.body, 0)) {
      if (!task.done) open.push({ meetingId: meeting.meetingId, date: meeting.date, text: task.text });
    }
  }
  return open;
}

async function listOpenActions(
  sources: ExportSources,
  customerId: string,
): Promise<ActionItem[] | undefined> {
  if (!sources.listOpenActions) return undefined;
  try {
    return await sources.listOpenActions(customerId);
  } catch (error) {
    // The customer exists (its meeting was just read): NOT_FOUND means actions.list is not built.
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** A meeting listed a moment ago may have been removed or broken since: it is left out. */
async function readIfStillThere(
  sources: ExportSources,
  customerId: string,
  meetingId: string,
): Promise<MeetingDoc | undefined> {
  try {
    return await sources.getMeeting(customerId, meetingId);
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'UNREADABLE_FILE')) {
      return undefined;
    }
    throw error;
  }
}

function uncheckedItems(
  fields: Partial<MeetingFields>,
  context: ReviewContext,
  lang: Language,
): ChecklistLabel[] {
  const review = reviewMeeting(fields, { ...context, lang });
  const builtIn = exportLabels(lang).manualItems;
  return review.items
    .filter((item) => !item.required && !item.ok)
    .map((item) => ({ id: item.id, label: item.label ?? manualLabel(builtIn, item.id) ?? item.id }));
}

function manualLabel(labels: Record<ManualChecklistItem, string>, id: string): string | undefined {
  return (MANUAL_CHECKLIST_ITEMS as readonly string[]).includes(id)
    ? labels[id as ManualChecklistItem]
    : undefined;
}
