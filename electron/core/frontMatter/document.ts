// Whole-note writes built on the splice editor: applying a patch of typed fields and a new body
// to a note as read, and the text of a brand-new note. A patch that changes nothing gives back
// the very same text, so a no-op save leaves the file byte for byte as it was.
import type { z } from 'zod';
import { toDiskKey } from '../../../shared/domain/fields';
import { sameValue } from '../nfc';
import { type FieldEdit, editFrontMatter } from './edit';
import type { FieldsSchema, ReadableNote } from './parse';
import { DEFAULT_LAYOUT, renderEntry } from './render';
import { type Eol, type NoteParts, apiBody, diskBody, joinNote } from './split';

/** Disk keys written without quotes: the app's own enums and dates (vault-format.md). */
export const BARE_KEYS: ReadonlySet<string> = new Set([
  'status',
  'outcome',
  'objective-met',
  'date',
  'created',
  'kind',
  'lang',
]);

/** A partial update: a value sets the field, null removes it, absent leaves it alone. */
export type FieldPatch = Record<string, unknown>;

/** The edits a patch really makes to a note: unchanged values are left out. */
export function editsFor<F>(note: ReadableNote<F>, patch: FieldPatch, schema: FieldsSchema): FieldEdit[] {
  const edits: FieldEdit[] = [];
  const current = note.fields as Record<string, unknown>;
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const key = toDiskKey(name);
    const hasProblem = note.problems.some((p) => p.field === name);
    if (value === null) {
      if (key in note.data) edits.push({ key, value: null });
      continue;
    }
    if (!hasProblem && (sameValue(current[name], value) || (current[name] === undefined && isEmpty(value))))
      continue;
    edits.push({ key, value, bare: BARE_KEYS.has(key), schema: shape[name] });
  }
  return edits;
}

/** The note's new text; the very same string when nothing changes. */
export function rewriteNote(parts: NoteParts, edits: FieldEdit[], body: string | undefined): string {
  const next = { ...parts };
  if (edits.length > 0) {
    next.frontMatter = editFrontMatter(parts.frontMatter, edits, parts.eol);
    if (next.opening === '' && next.frontMatter !== '') {
      next.opening = `---${parts.eol}`;
      next.closing = `---${parts.eol}`;
    }
  }
  if (body !== undefined && apiBody(body) !== apiBody(parts.body)) {
    next.body = diskBody(body, parts.eol);
    if (next.body !== '' && next.closing !== '' && !next.closing.endsWith('\n')) next.closing += parts.eol;
    if (next.opening === '' && /^---[ \t]*\r?\n/.test(next.body)) {
      // A body starting with a fence would be read back as front matter: give it an empty one.
      next.opening = `---${parts.eol}`;
      next.closing = `---${parts.eol}`;
    }
  }
  return joinNote(next);
}

/** The text of a new note: its keys in the order given (vault-format.md's examples), LF. */
export function newNoteText(entries: [key: string, value: unknown][], body: string, eol: Eol = '\n'): string {
  const lines = entries.flatMap(([key, value]) =>
    value === undefined ? [] : renderEntry(key, value, 0, DEFAULT_LAYOUT, BARE_KEYS.has(key)),
  );
  return `---${eol}${lines.map((line) => line + eol).join('')}---${eol}${diskBody(body, eol)}`;
}

function isEmpty(value: unknown): boolean {
  if (value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}
