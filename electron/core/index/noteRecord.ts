// Turns one parsed note into what the index stores about it: the typed values the filters,
// lists and stats need (invalid enum values are dropped, as the app's own schema would), the
// original text for snippets, and its action items.
import { markdownToPlainText } from '../../../shared/text/markdownToPlainText';
import { CUSTOMER_KINDS, MEETING_STATUSES, OBJECTIVE_MET, OUTCOMES } from '../../../shared/domain/enums';
import { type ActionLine, findActionItems } from './actionItems';
import type { NoteKind } from './notePaths';
import type { NoteText, YamlValue } from './readNote';

interface RecordBase {
  path: string;
  customerId: string;
  /** Customer name, or meeting title (the meeting id when it has none). */
  title: string;
  objective: string;
  benefit: string;
  body: string;
  /** Other searchable text: contacts, attendees, location, agenda… */
  extra: string;
  unreadable?: string;
}

export interface CustomerRecord extends RecordBase {
  type: 'customer';
  kind: string;
  industry: string;
  location: string;
  tags: string[];
}

export interface MeetingRecord extends RecordBase {
  type: 'meeting';
  meetingId: string;
  date?: string;
  time?: string;
  status: string;
  outcome?: string;
  objectiveMet?: string;
  actions: ActionLine[];
}

export type NoteRecord = CustomerRecord | MeetingRecord;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})/;

function str(value: YamlValue | undefined): string {
  return typeof value === 'string' ? value.normalize('NFC').trim() : '';
}

function oneOf(value: YamlValue | undefined, allowed: readonly string[]): string | undefined {
  const text = str(value);
  return allowed.includes(text) ? text : undefined;
}

/** Every string inside a value (lists of contacts, agenda items…), one per line. */
function allText(value: YamlValue | undefined, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const text = value.normalize('NFC').trim();
    if (text) out.push(text);
  } else if (Array.isArray(value)) {
    for (const item of value) allText(item, out);
  } else if (value) {
    for (const item of Object.values(value)) allText(item, out);
  }
  return out;
}

function stringList(value: YamlValue | undefined): string[] {
  if (typeof value === 'string') return value.trim() ? [value.normalize('NFC').trim()] : [];
  return Array.isArray(value) ? value.map(str).filter(Boolean) : [];
}

/** Text indexed per note, at most: a pasted log of tens of megabytes is not a meeting note, and
 *  would only cost memory (the scan threads have a bounded heap) and time. */
export const MAX_BODY_CHARS = 2_000_000;

export function toRecord(path: string, kind: NoteKind, note: NoteText): NoteRecord {
  const f = note.fields;
  // Indexed and shown in snippets as a person reads it, without Markdown syntax.
  const body = markdownToPlainText(
    note.body.length > MAX_BODY_CHARS ? note.body.slice(0, MAX_BODY_CHARS) : note.body,
  );
  const base = { path, customerId: kind.customerId, body, unreadable: note.unreadable };
  if (kind.type === 'customer') {
    const industry = str(f['industry']);
    const location = str(f['location']);
    const tags = stringList(f['tags']);
    return {
      ...base,
      type: 'customer',
      title: str(f['name']) || kind.customerId,
      objective: '',
      benefit: '',
      extra: [industry, location, ...tags, ...allText(f['contacts'])].join('\n'),
      kind: oneOf(f['kind'], CUSTOMER_KINDS) ?? 'customer',
      industry,
      location,
      tags,
    };
  }
  const fieldDate = str(f['date']);
  const date = ISO_DATE.test(fieldDate) ? fieldDate : DATE_PREFIX.exec(kind.meetingId)?.[1];
  const time = str(f['time']);
  return {
    ...base,
    type: 'meeting',
    meetingId: kind.meetingId,
    title: str(f['title']) || kind.meetingId,
    objective: str(f['objective']),
    benefit: str(f['benefit']),
    extra: [
      ...allText(f['attendees']),
      str(f['location']),
      str(f['fallback']),
      ...allText(f['agenda']).filter((text) => !/^\d+$/.test(text)),
    ]
      .filter(Boolean)
      .join('\n'),
    date,
    time: CLOCK.test(time) ? time : undefined,
    // A meeting without a (valid) status is a draft, as the app treats it.
    status: oneOf(f['status'], MEETING_STATUSES) ?? 'draft',
    outcome: oneOf(f['outcome'], OUTCOMES),
    objectiveMet: oneOf(f['objective-met'], OBJECTIVE_MET),
    actions: findActionItems(note.body, note.bodyLineOffset),
  };
}
