// The agenda exports of `export.agenda`: the customer copy or the prep sheet, as plain text,
// Markdown or HTML (the calendar invitation is ics.ts). The customer copy is built from the
// customer-safe fields only, whatever the caller passes.
import { buildCustomerCopy, customerSafeFields } from './customerCopy';
import type { ExportDocument } from './document';
import { buildPrepSheet } from './prepSheet';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import { renderText } from './renderText';
import type { AgendaExportData, AgendaVariant } from './types';

export function agendaDocument(data: AgendaExportData, variant: AgendaVariant): ExportDocument {
  if (variant === 'prep') return buildPrepSheet(data);
  return buildCustomerCopy({
    lang: data.lang,
    customerName: data.customer.name,
    meetingId: data.meeting.meetingId,
    fields: customerSafeFields(data.meeting.fields),
  });
}

export function agendaText(data: AgendaExportData, variant: AgendaVariant): string {
  return renderText(agendaDocument(data, variant));
}

export function agendaMarkdown(data: AgendaExportData, variant: AgendaVariant): string {
  return renderMarkdown(agendaDocument(data, variant));
}

export function agendaHtml(data: AgendaExportData, variant: AgendaVariant): string {
  return renderHtml(agendaDocument(data, variant));
}
