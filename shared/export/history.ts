// The customer history of `export.history`: every meeting of one customer in one document,
// with a table of contents, as HTML (print or PDF) or Markdown.
import { buildHistory } from './historyDocument';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import type { HistoryExportData } from './types';

export function historyHtml(data: HistoryExportData): string {
  return renderHtml(buildHistory(data));
}

export function historyMarkdown(data: HistoryExportData): string {
  return renderMarkdown(buildHistory(data));
}
