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
import type { Language } from '../../../shared/domain/enums';
import {
  earlierMeetings,
  exportCustomer,
  exportMeeting,
  lastMeetings,
  openActionsOf as listedOpenActions,
  uncheckedManualItems,
  unreadableCustomer,
} from '../../../shared/export/assemble';
import type {
  AgendaExportData,
  ExportCustomer,
  ExportMeeting,
  HistoryExportData,
  OpenAction,
} from '../../../shared/export/types';
import { findActionItems } from '../../../shared/text/actionItems';

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

export async function gatherAgenda(
  sources: ExportSources,
  customerId: string,
  meetingId: string,
  lang: Language,
): Promise<AgendaExportData> {
  const doc = await sources.getMeeting(customerId, meetingId);
  const customer = await gatherCustomer(sources, customerId);
  const meeting = exportMeeting(doc);
  const earlier = earlierMeetings(await sources.listMeetings(customerId), meeting);
  const openActions = await openActionsOf(sources, customerId, earlier);
  const review = reviewMeeting(doc.fields, { ...(await sources.reviewContext(lang)), lang });
  return {
    lang,
    customer,
    meeting,
    openActions,
    lastMeetings: lastMeetings(earlier),
    uncheckedManualItems: uncheckedManualItems(review.items, lang),
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
      return unreadableCustomer(customerId.normalize('NFC'));
    }
    throw error;
  }
  return exportCustomer(doc);
}

async function openActionsOf(
  sources: ExportSources,
  customerId: string,
  earlier: readonly MeetingSummary[],
): Promise<OpenAction[]> {
  const listed = await listOpenActions(sources, customerId);
  if (listed !== undefined) return listedOpenActions(listed, earlier);
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
    // The customer exists (its meeting was just read): a NOT_FOUND here means its folder went
    // away in between; reading the listed meetings below says the same thing more gently.
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
