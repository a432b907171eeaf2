// Building blocks shared by the method schemas.
import { z } from 'zod';
import { Language } from '../domain/enums';
import { IsoDate } from '../domain/fields';

/** An id as the API carries it; whether it is safe on disk is the core's check (FORBIDDEN_PATH). */
export const Id = z.string().min(1, 'must not be empty');
/** A content hash returned by every read and write (no silent overwrite). */
export const Version = z.string().min(1);
export const Lang = Language.optional();
export const DateFilter = IsoDate.optional();

export const Problem = z.object({ field: z.string(), reason: z.string(), raw: z.string() });
export type Problem = z.infer<typeof Problem>;

export const FileProblem = z.object({ path: z.string(), field: z.string(), reason: z.string() });
export const UnreadableFile = z.object({ path: z.string(), reason: z.string() });

export const Empty = z.object({});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** A partial update map: a key set to `null` is removed from the file, absent keys untouched. */
export function patchOf<T extends z.ZodRawShape>(shape: T) {
  const entries = Object.entries(shape).map(([key, schema]) => [
    key,
    (schema as z.ZodType).nullable().optional(),
  ]);
  return z.strictObject(
    Object.fromEntries(entries) as { [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]>> },
  );
}

export const ExportResult = z.object({ filename: z.string(), content: z.string() });
