// The calendar invitation (RFC 5545): one VEVENT with a UID that stays the same for the same
// meeting, the start as floating local time (the meeting is at 09:30 wherever the calendar
// is) with its duration, or an all-day event when the meeting has no time; the summary,
// location, and a description made of the purpose (what the customer gets) and the agenda
// with its clock times. It is always the customer-safe content: an invitation gets forwarded.
import { type CustomerSafeFields, customerSafeFields } from './customerCopy';
import { addDays, parseClock, parseIsoDate } from './dates';
import { clean } from './blocks';
import { escapeIcsText, icsDocument } from './icsText';
import { type ExportLabels, exportLabels } from './labels';
import { agendaSchedule, meetingMinutes } from './schedule';
import { stableMeetingHash } from './stableId';
import type { AgendaExportData } from './types';

export const ICS_PRODID = '-//Prepnote//Prepnote//EN';

export function agendaIcs(data: AgendaExportData, now: Date = new Date()): string {
  const fields = customerSafeFields(data.meeting.fields);
  const labels = exportLabels(data.lang);
  const date = parseIsoDate(fields.date);
  if (date === null || fields.date === undefined) {
    throw new RangeError('The meeting has no valid date: a calendar event needs one.');
  }
  const title = clean(fields.title) || data.meeting.meetingId;
  const location = clean(fields.location);
  const description = describe(fields, labels);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${stableMeetingHash(data.customer.id, data.meeting.meetingId)}@prepnote`,
    `DTSTAMP:${utcStamp(now)}`,
    ...when(fields, fields.date),
    `SUMMARY:${escapeIcsText(title)}`,
    ...(location === '' ? [] : [`LOCATION:${escapeIcsText(location)}`]),
    ...(description === '' ? [] : [`DESCRIPTION:${escapeIcsText(description)}`]),
    ...(data.meeting.fields.status === 'cancelled' ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return icsDocument(lines);
}

function when(fields: CustomerSafeFields, isoDate: string): string[] {
  const day = isoDate.replace(/-/g, '');
  const start = parseClock(fields.time);
  if (start === null) {
    // All day: DTEND is the next day, exclusive (RFC 5545 3.6.1).
    const next = (addDays(isoDate, 1) ?? isoDate).replace(/-/g, '');
    return [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`];
  }
  const clock = `${String(Math.floor(start / 60)).padStart(2, '0')}${String(start % 60).padStart(2, '0')}00`;
  const minutes = meetingMinutes(fields);
  // No length known: without DURATION the event ends when it starts (RFC 5545 3.6.1).
  return [`DTSTART:${day}T${clock}`, ...(minutes === null ? [] : [`DURATION:${icsDuration(minutes)}`])];
}

/** PT45M, PT1H, PT1H30M. */
export function icsDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function describe(fields: CustomerSafeFields, labels: ExportLabels): string {
  const parts: string[] = [];
  const benefit = clean(fields.benefit);
  if (benefit !== '') parts.push(`${labels.purpose}:\n${benefit}`);
  const schedule = agendaSchedule(fields.agenda, fields.time);
  if (schedule.rows.length > 0) {
    const rows = schedule.rows.map((row) => {
      const what = `${clean(row.title)} (${row.minutes} ${labels.minutesShort})`;
      return row.clock === undefined ? `- ${what}` : `${row.clock} ${what}`;
    });
    parts.push(`${labels.agenda}:\n${rows.join('\n')}`);
  }
  return parts.join('\n\n');
}
