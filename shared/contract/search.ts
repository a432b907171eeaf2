// search.*, history.* and export.* methods.
import { z } from 'zod';
import { MeetingStatus, Outcome } from '../domain/enums';
import { DateFilter, ExportResult, Id, Lang } from './common';

export const SnippetSegment = z.object({ text: z.string(), match: z.boolean() });

export const SearchHit = z.object({
  type: z.enum(['customer', 'meeting']),
  customerId: z.string(),
  meetingId: z.string().optional(),
  title: z.string(),
  date: z.string().optional(),
  snippet: z.array(SnippetSegment),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const HistoryStats = z.object({
  meetings: z.number().int(),
  done: z.number().int(),
  advances: z.number().int(),
  orders: z.number().int(),
  advanceRate: z.number(),
  lastContact: z.string().optional(),
  openActions: z.number().int(),
});
export type HistoryStats = z.infer<typeof HistoryStats>;

export const searchMethods = {
  'search.query': {
    input: z.object({
      q: z.string(),
      limit: z.number().int().min(1).max(500).optional(),
      customerId: Id.optional(),
      type: z.enum(['customer', 'meeting']).optional(),
      from: DateFilter,
      to: DateFilter,
      status: MeetingStatus.optional(),
      outcome: Outcome.optional(),
    }),
    output: z.object({ total: z.number().int(), items: z.array(SearchHit) }),
  },
  'history.stats': { input: z.object({ customerId: Id.optional() }), output: HistoryStats },
  'export.agenda': {
    input: z.object({
      customerId: Id,
      meetingId: Id,
      variant: z.enum(['customer', 'prep']),
      format: z.enum(['text', 'markdown', 'html', 'ics']),
      lang: Lang,
    }),
    output: ExportResult,
  },
  'export.history': {
    input: z.object({ customerId: Id, format: z.enum(['html', 'markdown']), lang: Lang }),
    output: ExportResult,
  },
} as const;
