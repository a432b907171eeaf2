// File names for exported documents: `2026-12-02-pilot-scoping-customer.txt`, `.md`, `.html`,
// `.ics`, and `<customer-id>-history.html`. Ids made by hand may hold spaces or diacritics;
// they are folded to ASCII so the name survives any download folder, mail client or zip tool.
import { foldDiacritics } from '../text/foldDiacritics';
import type { AgendaFormat, AgendaVariant, HistoryFormat } from './types';

export type ExportFileRequest =
  | { kind: 'agenda'; meetingId: string; variant: AgendaVariant; format: AgendaFormat }
  | { kind: 'history'; customerId: string; format: HistoryFormat };

const EXTENSIONS: Readonly<Record<AgendaFormat | HistoryFormat, string>> = {
  text: 'txt',
  markdown: 'md',
  html: 'html',
  ics: 'ics',
};

const MAX_STEM = 120;

export function exportFilename(request: ExportFileRequest): string {
  const extension = EXTENSIONS[request.format];
  if (request.kind === 'history') return `${safeStem(request.customerId, 'customer')}-history.${extension}`;
  // A calendar invitation always carries the customer copy's content, so it is named so.
  const variant = request.format === 'ics' ? 'customer' : request.variant;
  return `${safeStem(request.meetingId, 'meeting')}-${variant}.${extension}`;
}

function safeStem(id: string, fallback: string): string {
  const stem = foldDiacritics(id.normalize('NFC'))
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/[-.]+$/, '');
  return stem === '' ? fallback : stem;
}
