// meetings.* and actions.* methods.
import { z } from 'zod';
import { MeetingStatus, ObjectiveMet, Outcome } from '../domain/enums';
import { ClockTime, IsoDate, MeetingFields, Minutes } from '../domain/fields';
import { DateFilter, Id, Lang, Problem, Version, listOf, patchOf } from './common';

export const ReviewItem = z.object({
  id: z.string(),
  required: z.boolean(),
  ok: z.boolean(),
  reason: z.string().optional(),
  suggestion: z.string().optional(),
  /** The item's label in the requested language (for the notebook's extra items). */
  label: z.string().optional(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const Review = z.object({ ready: z.boolean(), items: z.array(ReviewItem) });
export type Review = z.infer<typeof Review>;

export const MeetingSummary = z.object({
  customerId: z.string(),
  meetingId: z.string(),
  title: z.string(),
  date: z.string(),
  time: z.string().optional(),
  objective: z.string().optional(),
  status: MeetingStatus,
  outcome: Outcome.optional(),
  objectiveMet: ObjectiveMet.optional(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingDoc = z.object({
  meetingId: z.string(),
  version: Version,
  fields: MeetingFields.partial(),
  body: z.string(),
  problems: z.array(Problem),
  review: Review,
});
export type MeetingDoc = z.infer<typeof MeetingDoc>;

const { status: _s, outcome: _o, objectiveMet: _m, ...editableMeetingFields } = MeetingFields.shape;
/** Fields `meetings.update` may change; status, outcome and objectiveMet go through setStatus. */
export const MeetingPatch = patchOf(editableMeetingFields);

const MeetingRef = { customerId: Id, meetingId: Id };

export const ActionItem = z.object({
  customerId: z.string(),
  meetingId: z.string(),
  date: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  done: z.boolean(),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const meetingMethods = {
  'meetings.list': {
    input: z.object({
      customerId: Id.optional(),
      from: DateFilter,
      to: DateFilter,
      status: MeetingStatus.optional(),
    }),
    output: listOf(MeetingSummary),
  },
  'meetings.get': { input: z.object(MeetingRef), output: MeetingDoc },
  'meetings.create': {
    input: z.object({
      customerId: Id,
      title: z.string(),
      date: IsoDate,
      time: ClockTime.optional(),
      duration: Minutes.optional(),
      location: z.string().optional(),
      template: z.string().optional(),
      lang: Lang,
    }),
    output: z.object({ meetingId: z.string(), version: Version }),
  },
  'meetings.update': {
    input: z.object({
      ...MeetingRef,
      version: Version,
      fields: MeetingPatch.optional(),
      body: z.string().optional(),
    }),
    output: z.object({ version: Version, status: MeetingStatus, review: Review }),
  },
  'meetings.review': { input: z.object({ ...MeetingRef, lang: Lang }), output: Review },
  'meetings.setStatus': {
    input: z.object({
      ...MeetingRef,
      version: Version,
      status: MeetingStatus,
      outcome: Outcome.optional(),
      objectiveMet: ObjectiveMet.optional(),
    }),
    output: z.object({ version: Version, status: MeetingStatus }),
  },
  /** "Keep both" after a CONFLICT: the user's version saved beside the file (vault-format.md). */
  'meetings.saveConflictCopy': {
    input: z.object({ ...MeetingRef, fields: MeetingPatch.optional(), body: z.string().optional() }),
    output: z.object({ path: z.string() }),
  },
  'meetings.trash': { input: z.object(MeetingRef), output: z.object({ trashId: z.string() }) },
  'actions.list': {
    input: z.object({ customerId: Id.optional(), open: z.boolean().optional() }),
    output: listOf(ActionItem),
  },
  'actions.toggle': {
    input: z.object({
      ...MeetingRef,
      version: Version,
      line: z.number().int().positive(),
      text: z.string(),
      done: z.boolean(),
    }),
    output: z.object({ version: Version }),
  },
} as const;
