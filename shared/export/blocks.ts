// Small pieces the document builders share: the meeting's when-and-where rows and the agenda
// table, so the customer copy, the prep sheet and the history print them the same way.
import type { Contact, MeetingFields } from '../domain/fields';
import type { AgendaBlock, FieldRow } from './document';
import { formatLongDate } from './dates';
import type { ExportLabels } from './labels';
import { agendaSchedule, meetingClock, meetingMinutes } from './schedule';
import type { Language } from '../domain/enums';

/** Trimmed text, or '' for absent or blank values. */
export function clean(value: string | undefined): string {
  return (value ?? '').normalize('NFC').trim();
}

export function nonBlank(values: readonly string[] | undefined): string[] {
  return (values ?? []).map(clean).filter((value) => value !== '');
}

/** Date, time, place and attendees, skipping what the meeting does not say. */
export function whenAndWhere(
  fields: Partial<MeetingFields>,
  lang: Language,
  labels: ExportLabels,
): FieldRow[] {
  const rows: FieldRow[] = [];
  if (clean(fields.date) !== '') rows.push({ label: labels.date, value: formatLongDate(fields.date, lang) });
  const time = timeText(fields, labels);
  if (time !== '') rows.push({ label: labels.time, value: time });
  if (clean(fields.location) !== '') rows.push({ label: labels.place, value: clean(fields.location) });
  const attendees = nonBlank(fields.attendees);
  if (attendees.length > 0) rows.push({ label: labels.attendees, value: attendees });
  return rows;
}

/** "09:30–10:15 (45 min)", "45 min" without a time, '' when neither is known. */
function timeText(fields: Partial<MeetingFields>, labels: ExportLabels): string {
  const clock = meetingClock(fields);
  const minutes = meetingMinutes(fields);
  const length = minutes === null ? '' : `${minutes} ${labels.minutesShort}`;
  if (clock === null) return length;
  return length === '' ? clock : `${clock} (${length})`;
}

export function agendaBlock(fields: Partial<MeetingFields>, labels: ExportLabels): AgendaBlock {
  const schedule = agendaSchedule(
    (fields.agenda ?? []).map((item) => ({ ...item, title: clean(item.title) })),
    fields.time,
  );
  return {
    kind: 'agenda',
    rows: schedule.rows,
    totalMinutes: schedule.totalMinutes,
    head: { time: labels.agendaTime, item: labels.agendaItem, minutes: labels.agendaMinutes },
    totalLabel: labels.total,
    unit: labels.minutesShort,
  };
}

/** "Nguyễn Thị Lan — Trưởng phòng mua hàng · lan@example.com · +84 912 345 678". */
export function contactLine(contact: Contact): string {
  const reach = [contact.email, contact.phone].map(clean).filter((part) => part !== '');
  const who = [clean(contact.name), clean(contact.role)].filter((part) => part !== '').join(' — ');
  return [who, ...reach].filter((part) => part !== '').join(' · ');
}
