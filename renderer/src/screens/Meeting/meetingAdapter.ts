// How the meeting editor loads and saves a meeting file through the contract. Only the fields
// the editor shows are written; status, outcome and objective-met change through
// meetings.setStatus alone, and the template a meeting was made from is only read.
import type { MeetingDoc, MethodOutput } from '../../../../shared/contract';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { api } from '../../api/client';
import type { AutosaveAdapter } from '../../autosave/AutosaveController';
import { pathTouches } from '../../state/NotebookContext';

export const EDITABLE_MEETING_KEYS = [
  'title',
  'date',
  'time',
  'duration',
  'location',
  'objective',
  'benefit',
  'fallback',
  'agenda',
  'attendees',
  'checklist',
] as const;

export type MeetingSaveResult = MethodOutput<'meetings.update'>;

export function meetingPath(customerId: string, meetingId: string): string {
  return `customers/${customerId}/meetings/${meetingId}.md`;
}

export function meetingAdapter(
  customerId: string,
  meetingId: string,
): AutosaveAdapter<MeetingFields, MeetingDoc, MeetingSaveResult> {
  return {
    load: () => api().call('meetings.get', { customerId, meetingId }),
    save: (version, fields, body) =>
      api().call('meetings.update', { customerId, meetingId, version, fields, body }),
    saveCopy: (fields, body) =>
      api().call('meetings.saveConflictCopy', { customerId, meetingId, fields, body }),
    editableKeys: EDITABLE_MEETING_KEYS,
    touches: (path) => pathTouches(path, meetingPath(customerId, meetingId)),
    validate: (fields) => {
      if (!fields.title?.trim()) return 'titleRequired';
      if (!fields.date || !/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) return 'dateInvalid';
      return undefined;
    },
  };
}
