// templates.* methods.
import { z } from 'zod';
import { Language } from '../domain/enums';
import { AgendaItem, Minutes } from '../domain/fields';
import { Id, Lang, listOf } from './common';

export const TemplateSummary = z.object({
  id: z.string(),
  name: z.string(),
  duration: Minutes,
  builtIn: z.boolean(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const Template = z.object({
  id: z.string(),
  name: z.string(),
  lang: Language,
  duration: Minutes,
  agenda: z.array(AgendaItem),
  exampleObjective: z.string(),
  exampleBenefit: z.string(),
  questions: z.array(z.string()),
  preparation: z.string(),
  builtIn: z.boolean(),
});
export type Template = z.infer<typeof Template>;

export const templateMethods = {
  'templates.list': { input: z.object({ lang: Lang }), output: listOf(TemplateSummary) },
  'templates.get': { input: z.object({ id: Id, lang: Lang }), output: Template },
  'templates.save': {
    input: z.object({
      id: Id.optional(),
      name: z.string().trim().min(1, 'a template needs a name'),
      lang: Language,
      duration: Minutes,
      agenda: z.array(AgendaItem),
      exampleObjective: z.string().optional(),
      exampleBenefit: z.string().optional(),
      questions: z.array(z.string()).optional(),
      preparation: z.string().optional(),
    }),
    output: z.object({ id: z.string() }),
  },
} as const;
