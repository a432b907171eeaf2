// A customer's whole history as one document: the customer, a table of contents, then every
// meeting, newest first (the order of `meetings.list` and of the app's timeline; the latest
// meeting, the one most likely to matter, is on the first page, and the contents reach the
// rest). It is the salesperson's own record, so it prints everything the meeting file holds.
import { slugify, uniqueSlug } from '../text/slug';
import { agendaBlock, clean, contactLine, nonBlank, whenAndWhere } from './blocks';
import { formatShortDate } from './dates';
import type { Block, DocSection, ExportDocument, FieldRow } from './document';
import { type ExportLabels, exportLabels } from './labels';
import type { ExportMeeting, HistoryExportData } from './types';

export function buildHistory(data: HistoryExportData): ExportDocument {
  const labels = exportLabels(data.lang);
  const name = clean(data.customer.name) || data.customer.id;
  const meetings = sortNewestFirst(data.meetings);
  const anchors = meetingAnchors(meetings);

  const header: Block[] = [
    {
      kind: 'paragraph',
      text: `${labels.history} · ${labels.meetingCount(meetings.length)}`,
      tone: 'muted',
    },
  ];
  const customerRows: FieldRow[] = [];
  if (clean(data.customer.industry) !== '') {
    customerRows.push({ label: labels.industry, value: clean(data.customer.industry) });
  }
  if (clean(data.customer.location) !== '') {
    customerRows.push({ label: labels.location, value: clean(data.customer.location) });
  }
  const contacts = data.customer.contacts.map(contactLine).filter((line) => line !== '');
  if (contacts.length > 0) customerRows.push({ label: labels.contacts, value: contacts });
  if (customerRows.length > 0) header.push({ kind: 'fields', rows: customerRows });

  const sections: DocSection[] = [{ level: 1, heading: name, blocks: header }];
  if (meetings.length === 0) {
    sections.push({
      level: 2,
      heading: labels.contents,
      blocks: [{ kind: 'paragraph', text: labels.noMeetings }],
    });
  } else {
    sections.push({
      level: 2,
      heading: labels.contents,
      blocks: [
        {
          kind: 'toc',
          entries: meetings.map((meeting, index) => ({
            anchor: anchors[index] ?? '',
            text: meetingHeading(meeting, data.lang),
          })),
        },
      ],
    });
    meetings.forEach((meeting, index) => {
      sections.push(...meetingSections(meeting, anchors[index] ?? '', data.lang, labels));
    });
  }
  return { lang: data.lang, kind: 'history', title: `${labels.history}: ${name}`, sections };
}

function sortNewestFirst(meetings: readonly ExportMeeting[]): ExportMeeting[] {
  const key = (m: ExportMeeting): string => `${m.fields.date ?? ''} ${m.fields.time ?? ''} ${m.meetingId}`;
  return [...meetings].sort((a, b) => key(b).localeCompare(key(a)));
}

/** Anchors unique in the document and safe in any id (meeting ids may hold spaces and diacritics). */
function meetingAnchors(meetings: readonly ExportMeeting[]): string[] {
  const taken = new Set<string>();
  return meetings.map((meeting) => {
    const anchor = uniqueSlug(`meeting-${slugify(meeting.meetingId, 'meeting')}`, (c) => taken.has(c));
    taken.add(anchor);
    return anchor;
  });
}

function meetingHeading(meeting: ExportMeeting, lang: HistoryExportData['lang']): string {
  const title = clean(meeting.fields.title) || meeting.meetingId;
  const date = formatShortDate(meeting.fields.date, lang);
  return date === '' ? title : `${date} — ${title}`;
}

function meetingSections(
  meeting: ExportMeeting,
  anchor: string,
  lang: HistoryExportData['lang'],
  labels: ExportLabels,
): DocSection[] {
  const { fields, sections } = meeting;
  const rows = whenAndWhere(fields, lang, labels);
  if (fields.status) rows.push({ label: labels.status, value: labels.statuses[fields.status] });
  rows.push({ label: labels.objective, value: clean(fields.objective) || labels.notSet });
  if (clean(fields.fallback) !== '') rows.push({ label: labels.fallback, value: clean(fields.fallback) });
  if (clean(fields.benefit) !== '') rows.push({ label: labels.benefit, value: clean(fields.benefit) });
  if (fields.outcome) {
    const met = fields.objectiveMet
      ? ` (${labels.objectiveMetLabel}: ${labels.objectiveMet[fields.objectiveMet]})`
      : '';
    rows.push({ label: labels.outcome, value: `${labels.outcomes[fields.outcome]}${met}` });
  }
  const result: DocSection[] = [
    { level: 2, heading: meetingHeading(meeting, lang), anchor, blocks: [{ kind: 'fields', rows }] },
  ];
  const sub = (heading: string, block: Block): void => {
    result.push({ level: 3, heading, blocks: [block] });
  };
  const agenda = agendaBlock(fields, labels);
  if (agenda.rows.length > 0) sub(labels.agenda, agenda);
  const questions = nonBlank(sections.questions);
  if (questions.length > 0) sub(labels.questions, { kind: 'list', items: questions });
  if (sections.preparation.trim() !== '')
    sub(labels.preparation, { kind: 'markdown', source: sections.preparation });
  if (sections.notes.trim() !== '') sub(labels.notes, { kind: 'markdown', source: sections.notes });
  if (sections.actionItems.length > 0) {
    sub(labels.actionItems, {
      kind: 'tasks',
      items: sections.actionItems.map((task) => ({ text: task.text, done: task.done })),
    });
  }
  for (const other of sections.other) {
    if (other.content.trim() !== '')
      sub(clean(other.heading) || labels.otherText, { kind: 'markdown', source: other.content });
  }
  return result;
}
