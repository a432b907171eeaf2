// Reading a note: bytes → parts (split.ts) → front matter read with js-yaml's failsafe schema
// (all scalars strings, fast for bulk scans) → known keys typed by the app's zod schema.
// Unknown keys are neither returned nor touched; a known key with a bad value becomes a
// problem with its raw text, and the rest of the note still reads.
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../../../shared/contract';
import { toDiskKey } from '../../../shared/domain/fields';
import { deepNfc, isRecord } from '../nfc';
import { versionOf } from '../version';
import { describeIssues, fromFailsafe } from './coerce';
import { decodeUtf8 } from './decode';
import { FrontMatterError, type NoteParts, apiBody, splitNote } from './split';

export type FieldsSchema = z.ZodObject<z.ZodRawShape>;

export interface ReadableNote<F> {
  readable: true;
  version: string;
  parts: NoteParts;
  /** The front matter as the failsafe schema reads it (every key, unknown ones too). */
  data: Record<string, unknown>;
  /** Known keys with valid values, typed, NFC. */
  fields: Partial<F>;
  problems: Problem[];
  /** LF line endings, NFC. */
  body: string;
}

export interface UnreadableNote {
  readable: false;
  version: string;
  reason: string;
}

export type ParsedNote<F> = ReadableNote<F> | UnreadableNote;

export function parseNote<F>(bytes: Uint8Array, schema: FieldsSchema): ParsedNote<F> {
  const version = versionOf(bytes);
  try {
    const parts = splitNote(decodeUtf8(bytes));
    const data = readFrontMatter(parts.frontMatter);
    const { fields, problems } = typeFields<F>(data, schema, parts.frontMatter);
    return { readable: true, version, parts, data, fields, problems, body: apiBody(parts.body) };
  } catch (error) {
    if (error instanceof FrontMatterError) return { readable: false, version, reason: error.message };
    throw error;
  }
}

/** The failsafe reading of a front matter block; FrontMatterError when it is not valid YAML. */
export function readFrontMatter(frontMatter: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(frontMatter, { schema: FAILSAFE_SCHEMA });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FrontMatterError(`The front matter is not valid YAML: ${reason}`);
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) throw new FrontMatterError('The front matter is not a set of keys and values');
  return data;
}

function typeFields<F>(
  data: Record<string, unknown>,
  schema: FieldsSchema,
  source: string,
): { fields: Partial<F>; problems: Problem[] } {
  const fields: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [name, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const raw = data[toDiskKey(name)];
    const value = fromFailsafe(fieldSchema, raw);
    if (value === undefined) continue;
    const result = fieldSchema.safeParse(value);
    if (result.success) fields[name] = deepNfc(result.data);
    else
      problems.push({
        field: name,
        reason: describeIssues(result.error),
        raw: rawText(source, toDiskKey(name), raw),
      });
  }
  return { fields: fields as Partial<F>, problems };
}

/** The value's own text in the file (rare path: only for problems). */
function rawText(source: string, key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  const doc = parseDocument(source, { schema: 'failsafe' });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && String(pair.key.value) === key && pair.value && 'range' in pair.value) {
        const range = (pair.value as { range?: [number, number, number] }).range;
        if (range) return source.slice(range[0], range[1]).trimEnd();
      }
    }
  }
  return JSON.stringify(value);
}
