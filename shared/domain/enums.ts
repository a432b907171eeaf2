// Enumerations of the domain: the values the notebook format and the contract allow.
import { z } from 'zod';

export const LANGUAGES = ['en', 'vi'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const CUSTOMER_KINDS = ['customer', 'prospect'] as const;
export const CustomerKind = z.enum(CUSTOMER_KINDS);
export type CustomerKind = z.infer<typeof CustomerKind>;

export const MEETING_STATUSES = ['draft', 'ready', 'done', 'cancelled'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** How a call ended (Rackham, SPIN Selling). */
export const OUTCOMES = ['order', 'advance', 'continuation', 'no-sale'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

export const OBJECTIVE_MET = ['yes', 'partly', 'no'] as const;
export const ObjectiveMet = z.enum(OBJECTIVE_MET);
export type ObjectiveMet = z.infer<typeof ObjectiveMet>;

/** Required checklist items, computed by the rules; in this order in every review. */
export const REQUIRED_CHECKLIST_ITEMS = ['objective', 'benefit', 'agenda', 'attendees'] as const;
export type RequiredChecklistItem = (typeof REQUIRED_CHECKLIST_ITEMS)[number];

/** Manual checklist items, ticked by the user; a notebook may add more after these. */
export const MANUAL_CHECKLIST_ITEMS = [
  'history-reviewed',
  'actions-addressed',
  'questions-prepared',
  'materials-ready',
  'agenda-shared',
] as const;
export type ManualChecklistItem = (typeof MANUAL_CHECKLIST_ITEMS)[number];

export const BUILT_IN_TEMPLATE_IDS = [
  'discovery',
  'demo',
  'proposal',
  'account-review',
  'problem-resolution',
  'relationship',
  'closing',
] as const;
export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATE_IDS)[number];
