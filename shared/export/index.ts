// The export formats, pure (no Node, no DOM): the core's `export.*` handlers and the
// renderer's print view both call these.
export { agendaDocument, agendaHtml, agendaMarkdown, agendaText } from './agenda';
export { agendaIcs, ICS_PRODID } from './ics';
export { historyHtml, historyMarkdown } from './history';
export { buildHistory } from './historyDocument';
export { buildCustomerCopy, customerSafeFields } from './customerCopy';
export type { CustomerCopyData, CustomerSafeFields } from './customerCopy';
export { buildPrepSheet } from './prepSheet';
export { renderHtml } from './renderHtml';
export { groupSections } from './sectionGroups';
export type { SectionGroup } from './sectionGroups';
export { renderMarkdown } from './renderMarkdown';
export { renderText } from './renderText';
export { exportFilename } from './filename';
export type { ExportFileRequest } from './filename';
export {
  earlierMeetings,
  exportCustomer,
  exportMeeting,
  LAST_MEETINGS,
  lastMeetings,
  openActionsOf,
  uncheckedManualItems,
  unreadableCustomer,
} from './assemble';
export { parseSections } from './sections';
export type { ParseSectionsOptions } from './sections';
export { EXPORT_LABELS, exportLabels, FILL_LINE } from './labels';
export type { ExportLabels } from './labels';
export { formatLongDate, formatShortDate } from './dates';
export { agendaSchedule } from './schedule';
export type { Schedule, ScheduleRow } from './schedule';
export type { ExportDocument, DocSection, Block } from './document';
export type * from './types';
