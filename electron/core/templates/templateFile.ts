// One template file, read and written (vault-format.md, "A notebook template"). Reading uses
// the notes' failsafe front-matter reader (frontMatter/parse.ts), so every scalar is a string
// and nothing is guessed; the zod schema below says which strings are whole minutes. Keys on
// disk are kebab-case (`example-objective`), camelCase in the API (shared/domain/fields.ts).
// Writing goes through safeYaml.ts, so what the app writes reads back as the same strings in
// any YAML tool.
import { z } from 'zod';
import { Language } from '../../../shared/domain/enums';
import { Minutes } from '../../../shared/domain/fields';
import type { AgendaItem } from '../../../shared/domain/fields';
import { decodeUtf8 } from '../frontMatter/decode';
import { readFrontMatter } from '../frontMatter/parse';
import { FrontMatterError, splitNote } from '../frontMatter/split';
import { stringifyYaml } from './safeYaml';
import { formatSections, parseSections } from './templateSections';
import type { LoadedTemplate } from './types';

/** Why a template file was skipped; the message is plain English for the problems list. */
export class TemplateFileError extends Error {}

/** Everything a template file says, before the loader adds its id and origin. */
export type TemplateContent = Omit<LoadedTemplate, 'id' | 'source' | 'path'>;

/** The input of `templates.save` minus the id: what the app writes into a file. */
export interface TemplateDraft {
  name: string;
  lang: Language;
  duration: number;
  agenda: AgendaItem[];
  exampleObjective?: string;
  exampleBenefit?: string;
  questions?: string[];
  preparation?: string;
}

const WholeMinutes = z
  .string()
  .trim()
  .regex(/^\d+$/, 'expected whole minutes')
  .transform(Number)
  .pipe(Minutes);

// An agenda item written by hand as a bare line (`- Introductions`) is a title with no time.
const DiskAgendaItem = z.union([
  z.object({ title: z.string(), minutes: WholeMinutes.optional() }),
  z.string().transform((title) => ({ title })),
]);

const DiskTemplate = z.object({
  name: z.string().optional(),
  lang: z.string().optional(),
  duration: WholeMinutes.optional(),
  agenda: z.array(DiskAgendaItem).optional(),
  'example-objective': z.string().optional(),
  'example-benefit': z.string().optional(),
});

/**
 * Reads a template file. Throws TemplateFileError when the file is not UTF-8, has no front
 * matter, its YAML is broken, or a known key holds a value the app cannot use (a template is
 * all-or-nothing: half a template would start meetings with a wrong agenda).
 * `fallbackName` names a hand-made template whose front matter has no `name`.
 */
export function parseTemplateFile(bytes: Uint8Array, fallbackName: string): TemplateContent {
  let data: unknown;
  let body: string;
  try {
    const parts = splitNote(decodeUtf8(bytes));
    if (parts.opening === '') throw new TemplateFileError('The file has no front matter (--- … ---)');
    data = readFrontMatter(parts.frontMatter);
    body = parts.body;
  } catch (error) {
    if (error instanceof FrontMatterError) throw new TemplateFileError(error.message);
    throw error;
  }
  const parsed = DiskTemplate.safeParse(withoutNulls(data));
  if (!parsed.success) {
    const reasons = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`,
    );
    throw new TemplateFileError(reasons.join('; '));
  }
  const fields = parsed.data;
  const agenda = (fields.agenda ?? []).map((item) => ({
    title: nfc(item.title).trim(),
    minutes: 'minutes' in item && item.minutes !== undefined ? item.minutes : 0,
  }));
  const lang = Language.safeParse(fields.lang?.trim()).data;
  const sections = parseSections(nfc(body.replace(/\r\n/g, '\n')));
  return {
    ...(lang === undefined ? {} : { lang }),
    name: nfc(fields.name?.trim() || fallbackName),
    // A hand-made template without a duration gets the time its agenda needs.
    duration: fields.duration ?? agenda.reduce((sum, item) => sum + item.minutes, 0),
    agenda,
    exampleObjective: nfc(fields['example-objective'] ?? '').trim(),
    exampleBenefit: nfc(fields['example-benefit'] ?? '').trim(),
    questions: sections.questions,
    preparation: sections.preparation,
  };
}

/** The file text the app writes for a template: front matter in the key order of
 *  vault-format.md, then the Questions and Preparation sections. */
export function formatTemplateFile(draft: TemplateDraft): string {
  const frontMatter = stringifyYaml({
    name: draft.name.trim(),
    lang: draft.lang,
    duration: draft.duration,
    agenda: draft.agenda.map((item) => ({ title: item.title, minutes: item.minutes })),
    'example-objective': draft.exampleObjective?.trim() ?? '',
    'example-benefit': draft.exampleBenefit?.trim() ?? '',
  });
  const body = formatSections({ questions: draft.questions ?? [], preparation: draft.preparation ?? '' });
  return `---\n${frontMatter}---\n${body}`;
}

/** An empty key (`example-benefit:`) reads as null under the failsafe schema: treat it as absent. */
function withoutNulls(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutNulls);
  if (data !== null && typeof data === 'object') {
    return Object.fromEntries(
      Object.entries(data)
        .filter(([, value]) => value !== null)
        .map(([key, value]) => [key, withoutNulls(value)]),
    );
  }
  return data;
}

function nfc(text: string): string {
  return text.normalize('NFC');
}
