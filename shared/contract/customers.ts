// customers.* methods.
import { z } from 'zod';
import { CustomerKind } from '../domain/enums';
import { Contact, CustomerFields, IsoDate } from '../domain/fields';
import { Id, Problem, Version, listOf, patchOf } from './common';

export const CustomerSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: CustomerKind,
  tags: z.array(z.string()),
  industry: z.string(),
  location: z.string(),
  lastMeeting: IsoDate.optional(),
  nextMeeting: IsoDate.optional(),
  /** Absent until the index exists: never a made-up 0. */
  openActions: z.number().int().optional(),
});
export type CustomerSummary = z.infer<typeof CustomerSummary>;

export const CustomerDoc = z.object({
  id: z.string(),
  version: Version,
  fields: CustomerFields.partial(),
  body: z.string(),
  problems: z.array(Problem),
});
export type CustomerDoc = z.infer<typeof CustomerDoc>;

export const customerMethods = {
  'customers.list': {
    input: z.object({ query: z.string().optional(), kind: CustomerKind.optional() }),
    output: listOf(CustomerSummary),
  },
  'customers.get': { input: z.object({ id: Id }), output: CustomerDoc },
  'customers.create': {
    input: z.object({
      name: z.string().trim().min(1, 'a customer needs a name'),
      kind: CustomerKind.optional(),
      industry: z.string().optional(),
      location: z.string().optional(),
      tags: z.array(z.string()).optional(),
      contacts: z.array(Contact).optional(),
      body: z.string().optional(),
    }),
    output: z.object({ id: z.string(), version: Version }),
  },
  'customers.update': {
    input: z.object({
      id: Id,
      version: Version,
      fields: patchOf(CustomerFields.shape).optional(),
      body: z.string().optional(),
    }),
    output: z.object({ version: Version }),
  },
  /** "Keep both" after a CONFLICT: the user's version saved beside the file (vault-format.md). */
  'customers.saveConflictCopy': {
    input: z.object({
      id: Id,
      fields: patchOf(CustomerFields.shape).optional(),
      body: z.string().optional(),
    }),
    output: z.object({ path: z.string() }),
  },
  'customers.trash': { input: z.object({ id: Id }), output: z.object({ trashId: z.string() }) },
} as const;
