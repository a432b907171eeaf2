// The salesperson's prep sheet, meant to fit on one or two pages: objective, fallback,
// benefit, agenda, questions, preparation notes, contacts, open action items carried from
// earlier meetings, the last three meetings' objective → outcome, and the manual checklist
// items still unticked. Everything on it is internal, and it says so at the top.
import { agendaBlock, clean, contactLine, nonBlank, whenAndWhere } from './blocks';
import { formatShortDate } from './dates';
import type { Block, DocSection, FieldRow } from './document';
import type { ExportDocument } from './document';
import { type ExportLabels, exportLabels } from './labels';
import type { AgendaExportData, PastMeeting } from './types';

const LAST_MEETINGS_SHOWN = 3;

export function buildPrepSheet(data: AgendaExportData): ExportDocument {
  const labels = exportLabels(data.lang);
  const { fields, sections } = data.meeting;
  const title = clean(fields.title) || data.meeting.meetingId;
  const customerName = clean(data.customer.name);

  const headerRows: FieldRow[] = whenAndWhere(fields, data.lang, labels);
  if (fields.status) headerRows.push({ label: labels.status, value: labels.statuses[fields.status] });
  const header: Block[] = [
    { kind: 'paragraph', text: [labels.prepSheet, customerName].filter(Boolean).join(' · '), tone: 'muted' },
    { kind: 'paragraph', text: labels.internalNotice, tone: 'notice' },
  ];
  if (headerRows.length > 0) header.push({ kind: 'fields', rows: headerRows });

  const agenda = agendaBlock(fields, labels);
  const questions = nonBlank(sections.questions);
  const preparation = sections.preparation.trim();
  const contacts = data.customer.contacts.map(contactLine).filter((line) => line !== '');
  const openActions = data.openActions
    .filter((action) => clean(action.text) !== '')
    .map((action) => ({
      text: `${clean(action.text)} (${labels.fromMeeting} ${formatShortDate(action.date, data.lang)})`,
      done: false,
    }));
  const unticked = data.uncheckedManualItems.map((item) => ({
    text: clean(item.label) || item.id,
    done: false,
  }));

  const body: DocSection[] = [
    section(labels.objective, textOrNotSet(fields.objective, labels), true),
    section(labels.fallback, textOrNotSet(fields.fallback, labels), true),
    section(labels.benefit, textOrNotSet(fields.benefit, labels), true),
    section(labels.agenda, agenda.rows.length > 0 ? agenda : none(labels)),
    section(labels.questions, questions.length > 0 ? { kind: 'list', items: questions } : none(labels)),
    section(
      labels.preparation,
      preparation !== '' ? { kind: 'markdown', source: preparation } : none(labels),
    ),
    // Sections the app does not know are the user's own internal notes: they belong here.
    ...sections.other
      .filter((other) => other.content.trim() !== '')
      .map((other) =>
        section(clean(other.heading) || labels.otherText, { kind: 'markdown', source: other.content }),
      ),
    section(labels.contacts, contacts.length > 0 ? { kind: 'list', items: contacts } : none(labels), true),
    section(
      labels.openActions,
      openActions.length > 0 ? { kind: 'tasks', items: openActions } : none(labels),
      true,
    ),
    section(labels.lastMeetings, lastMeetingsBlock(data, labels), true),
    section(
      labels.uncheckedItems,
      unticked.length > 0 ? { kind: 'tasks', items: unticked } : none(labels),
      true,
    ),
  ];
  return {
    lang: data.lang,
    kind: 'prep',
    title: `${labels.prepSheet}: ${title}`,
    sections: [{ level: 1, heading: title, blocks: header }, ...body],
  };
}

/** `column`: short enough to print beside its neighbours (HTML), so the sheet stays short. */
function section(heading: string, block: Block, column = false): DocSection {
  return column ? { level: 2, heading, column, blocks: [block] } : { level: 2, heading, blocks: [block] };
}

function none(labels: ExportLabels): Block {
  return { kind: 'paragraph', text: labels.none, tone: 'muted' };
}

function textOrNotSet(value: string | undefined, labels: ExportLabels): Block {
  const text = clean(value);
  return text === ''
    ? { kind: 'paragraph', text: labels.notSet, tone: 'muted' }
    : { kind: 'paragraph', text };
}

function lastMeetingsBlock(data: AgendaExportData, labels: ExportLabels): Block {
  const lines = [...data.lastMeetings]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, LAST_MEETINGS_SHOWN)
    .map((meeting) => pastMeetingLine(meeting, data.lang, labels));
  return lines.length > 0 ? { kind: 'list', items: lines } : none(labels);
}

/** "2 Nov 2026 — Discovery: Agree on the pilot → Advance (objective met: yes)". */
function pastMeetingLine(meeting: PastMeeting, lang: AgendaExportData['lang'], labels: ExportLabels): string {
  const when = formatShortDate(meeting.date, lang);
  const title = clean(meeting.title);
  const objective = clean(meeting.objective) || labels.notSet;
  let result: string;
  if (meeting.outcome) {
    result = labels.outcomes[meeting.outcome];
    if (meeting.objectiveMet)
      result += ` (${labels.objectiveMetLabel}: ${labels.objectiveMet[meeting.objectiveMet]})`;
  } else {
    result = meeting.status ? labels.statuses[meeting.status] : labels.notSet;
  }
  return `${[when, title].filter(Boolean).join(' — ')}: ${objective} → ${result}`;
}
