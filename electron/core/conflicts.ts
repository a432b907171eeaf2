// Conflict copies (vault-format.md, "Conflict copies"): "keep both" after a CONFLICT saves the
// user's version beside the file as `<name>.conflict-<YYYYMMDD-HHMMSS>.md` — the file now on
// disk with the user's fields and body applied by the same splice editor — never over an
// existing file. Such files are not notes; notebook.info lists them until the user deals with them.
import path from 'node:path';
import { type Clock, stamp } from './clock';
import { type FieldPatch, editsFor, newNoteText, rewriteNote } from './frontMatter/document';
import type { FieldsSchema } from './frontMatter/parse';
import { toDiskKey } from '../../shared/domain/fields';
import type { NoteStore } from './noteStore';

// Case-insensitive like the `.md` test of the template folder (a copy renamed by hand to .MD).
const CONFLICT_COPY = /\.conflict-\d{8}-\d{6}(-\d+)?\.md$/i;

export function isConflictCopy(fileName: string): boolean {
  return CONFLICT_COPY.test(fileName);
}

/** Writes the copy and returns its notebook-relative path. */
export async function saveConflictCopy(
  store: NoteStore,
  file: string,
  schema: FieldsSchema,
  patch: FieldPatch,
  body: string | undefined,
  clock: Clock,
): Promise<string> {
  const note = await store.read(file, schema);
  const text = note?.readable
    ? rewriteNote(note.parts, editsFor(note, patch, schema), body)
    : // Nothing readable to build on: the user's fields and body on their own.
      newNoteText(
        Object.entries(patch).flatMap(([name, value]) =>
          value === null || value === undefined ? [] : [[toDiskKey(name), value]],
        ) as [string, unknown][],
        body ?? '',
      );
  const base = path.join(path.dirname(file), `${path.basename(file, '.md')}.conflict-${stamp(clock())}`);
  for (let n = 1; ; n++) {
    const copy = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    await store.paths.ensureInside(copy, path.basename(copy));
    if ((await store.create(copy, text)) !== undefined) return store.paths.rel(copy);
  }
}
