// The known front-matter fields of customer.md, meeting files and templates, typed as the
// API sees them (camelCase). vault-format.md fixes the names on disk (kebab-case); the
// mapping between the two lives here so that core and renderer agree on it.
import { z } from 'zod';
import { CustomerKind, Language, MeetingStatus, ObjectiveMet, Outcome } from './enums';

/** A calendar date as written in the notebook: YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** A clock time: HH:MM, 24-hour. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');
export const Minutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

export const Contact = z.object({
  name: z.string(),
  role: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});
export type Contact = z.infer<typeof Contact>;

export const AgendaItem = z.object({
  title: z.string(),
  minutes: Minutes,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const CustomerFields = z.object({
  name: z.string(),
  kind: CustomerKind,
  industry: z.string(),
  location: z.string(),
  tags: z.array(z.string()),
  contacts: z.array(Contact),
  created: IsoDate,
});
export type CustomerFields = z.infer<typeof CustomerFields>;

export const MeetingFields = z.object({
  title: z.string(),
  date: IsoDate,
  time: ClockTime,
  duration: Minutes,
  location: z.string(),
  attendees: z.array(z.string()),
  template: z.string(),
  objective: z.string(),
  benefit: z.string(),
  fallback: z.string(),
  agenda: z.array(AgendaItem),
  checklist: z.record(z.string(), z.boolean()),
  status: MeetingStatus,
  outcome: Outcome,
  objectiveMet: ObjectiveMet,
});
export type MeetingFields = z.infer<typeof MeetingFields>;

export const TemplateFields = z.object({
  name: z.string(),
  lang: Language,
  duration: Minutes,
  agenda: z.array(AgendaItem),
  exampleObjective: z.string(),
  exampleBenefit: z.string(),
});
export type TemplateFields = z.infer<typeof TemplateFields>;

/** camelCase API name → kebab-case key on disk, for every field whose names differ. */
export const DISK_KEYS: Readonly<Record<string, string>> = {
  objectiveMet: 'objective-met',
  exampleObjective: 'example-objective',
  exampleBenefit: 'example-benefit',
};

export function toDiskKey(apiName: string): string {
  return DISK_KEYS[apiName] ?? apiName;
}

export function toApiName(diskKey: string): string {
  for (const [api, disk] of Object.entries(DISK_KEYS)) if (disk === diskKey) return api;
  return diskKey;
}
