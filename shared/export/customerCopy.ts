// The customer copy, in the order of an up-front agreement: title, date, time, place,
// attendees, the purpose as what the customer gets, the agenda with minutes and clock times,
// then expected outcome and next steps as lines to fill in together.
// What is internal stays internal: this module reads ONLY the fields picked by
// `customerSafeFields`; it never sees the body's sections, the objective or the fallback.
import type { Language } from '../domain/enums';
import type { MeetingFields } from '../domain/fields';
import { agendaBlock, clean, whenAndWhere } from './blocks';
import type { Block, ExportDocument } from './document';
import { exportLabels } from './labels';

export type CustomerSafeFields = Pick<
  Partial<MeetingFields>,
  'title' | 'date' | 'time' | 'duration' | 'location' | 'attendees' | 'benefit' | 'agenda'
>;

/** The customer copy's input: by its type, no objective, fallback, notes or questions. */
export interface CustomerCopyData {
  lang: Language;
  customerName: string;
  meetingId: string;
  fields: CustomerSafeFields;
}

/** Copies the fields a customer may see, one by one, so a field added later stays out by default. */
export function customerSafeFields(fields: Partial<MeetingFields>): CustomerSafeFields {
  const { title, date, time, duration, location, attendees, benefit, agenda } = fields;
  return { title, date, time, duration, location, attendees, benefit, agenda };
}

export function buildCustomerCopy(data: CustomerCopyData): ExportDocument {
  const labels = exportLabels(data.lang);
  const { fields } = data;
  const title = clean(fields.title) || data.meetingId;
  const customerName = clean(data.customerName);
  const header: Block[] = [];
  if (customerName !== '') header.push({ kind: 'paragraph', text: customerName, tone: 'muted' });
  const rows = whenAndWhere(fields, data.lang, labels);
  if (rows.length > 0) header.push({ kind: 'fields', rows });

  const benefit = clean(fields.benefit);
  const agenda = agendaBlock(fields, labels);
  return {
    lang: data.lang,
    kind: 'customer',
    title: customerName === '' ? title : `${title} — ${customerName}`,
    sections: [
      { level: 1, heading: title, blocks: header },
      {
        level: 2,
        heading: labels.purpose,
        blocks: [benefit === '' ? { kind: 'fill', lines: 2 } : { kind: 'paragraph', text: benefit }],
      },
      {
        level: 2,
        heading: labels.agenda,
        blocks: [agenda.rows.length === 0 ? { kind: 'fill', lines: 3 } : agenda],
      },
      { level: 2, heading: labels.expectedOutcome, blocks: [{ kind: 'fill', lines: 2 }] },
      { level: 2, heading: labels.nextSteps, blocks: [{ kind: 'fill', lines: 3 }] },
    ],
  };
}
