// The intermediate document every export is built as: the builders decide WHAT is printed
// (customerCopy.ts, prepSheet.ts, historyDocument.ts), the renderers decide HOW (text,
// Markdown, HTML). Keeping the choice of content in one place per document is what guarantees
// that the customer copy leaves out the internal fields in every format alike.
import type { Language } from '../domain/enums';
import type { ScheduleRow } from './schedule';

export interface FieldRow {
  label: string;
  /** Several values print one under the other (attendees). */
  value: string | string[];
}

export interface AgendaBlock {
  kind: 'agenda';
  rows: ScheduleRow[];
  totalMinutes: number;
  head: { time: string; item: string; minutes: string };
  totalLabel: string;
  unit: string;
}

export type Block =
  | { kind: 'paragraph'; text: string; tone?: 'notice' | 'muted' }
  | { kind: 'fields'; rows: FieldRow[] }
  | { kind: 'list'; items: string[] }
  | AgendaBlock
  | { kind: 'tasks'; items: { text: string; done: boolean }[] }
  /** Empty lines for the reader to write on. */
  | { kind: 'fill'; lines: number }
  /** The user's own Markdown (preparation, notes), printed as Markdown or through a safe subset. */
  | { kind: 'markdown'; source: string }
  | { kind: 'toc'; entries: { anchor: string; text: string }[] };

export interface DocSection {
  level: 1 | 2 | 3;
  heading: string;
  /** An id unique in the document, for the table of contents. */
  anchor?: string;
  /** Printed beside its neighbours that say so too (HTML only), so a prep sheet fits two pages. */
  column?: boolean;
  blocks: Block[];
}

export interface ExportDocument {
  lang: Language;
  /** What the document is; HTML uses it as a class for its layout. */
  kind: 'customer' | 'prep' | 'history';
  /** The browser tab's and the PDF's title. */
  title: string;
  sections: DocSection[];
}
