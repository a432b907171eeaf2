// The plain data the export formats are made from. The core gathers it from the notebook
// (electron/core/export/gather.ts) and the renderer's print view can build it from what it
// already holds; the format functions never read files themselves, so they stay pure.
import type { Language, MeetingStatus, ObjectiveMet, Outcome } from '../domain/enums';
import type { Contact, MeetingFields } from '../domain/fields';

/** customer: the copy handed to the customer; prep: the salesperson's own sheet. */
export type AgendaVariant = 'customer' | 'prep';
export type AgendaFormat = 'text' | 'markdown' | 'html' | 'ics';
export type HistoryFormat = 'html' | 'markdown';

export interface ExportCustomer {
  id: string;
  name: string;
  contacts: Contact[];
  kind?: string;
  industry?: string;
  location?: string;
}

/** A Markdown task (`- [ ]` / `- [x]`); `line` is 1-based (in the file when an offset is given). */
export interface TaskItem {
  line: number;
  text: string;
  done: boolean;
}

/** A `## ` section of the body that is none of the known four: internal, never on the customer copy. */
export interface OtherSection {
  heading: string;
  content: string;
}

export interface MeetingSections {
  /** Markdown text of `## Preparation` (internal). */
  preparation: string;
  /** List items of `## Questions` (internal). */
  questions: string[];
  /** Markdown text of `## Notes` (internal). */
  notes: string;
  /** Tasks of `## Action items`. */
  actionItems: TaskItem[];
  /** Every other section, including text before the first heading (heading ''). */
  other: OtherSection[];
}

export interface ExportMeeting {
  meetingId: string;
  fields: Partial<MeetingFields>;
  sections: MeetingSections;
}

/** An open action item carried from an earlier meeting of the same customer. */
export interface OpenAction {
  meetingId: string;
  date: string;
  text: string;
}

/** One of the last meetings before this one, for the prep sheet's "objective → outcome". */
export interface PastMeeting {
  date: string;
  title: string;
  objective?: string;
  outcome?: Outcome;
  objectiveMet?: ObjectiveMet;
  status?: MeetingStatus;
}

/** A manual checklist item not ticked yet, with its label already in the export's language. */
export interface ChecklistLabel {
  id: string;
  label: string;
}

export interface AgendaExportData {
  lang: Language;
  customer: ExportCustomer;
  meeting: ExportMeeting;
  openActions: OpenAction[];
  /** Newest first; only the first three are printed. */
  lastMeetings: PastMeeting[];
  uncheckedManualItems: ChecklistLabel[];
}

export interface HistoryExportData {
  lang: Language;
  customer: ExportCustomer;
  /**
   * Every meeting of the customer. Printed newest first whatever order they come in: the same
   * order as `meetings.list` and the app's timeline, and the meeting most likely to matter
   * (the latest) is on the first page; the table of contents reaches the older ones.
   */
  meetings: ExportMeeting[];
}
