// The id rules of vault-format.md ("Ids and file names"): which customer and meeting ids may
// name something on disk. An id is a single path segment; anything that could climb out of
// its folder, or that Windows cannot store, is refused with FORBIDDEN_PATH before any path is
// built from it.
import { ApiError } from '../../shared/contract';

// NUL, C0 controls and DEL: never part of a name a person typed, and some can end a C string.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** Why an id is refused, or undefined when it is acceptable. */
export function idProblem(id: string): string | undefined {
  if (id === '') return 'an id must not be empty';
  if (id.includes('/') || id.includes('\\')) return 'an id must not contain a slash';
  if (id.includes('..')) return 'an id must not contain ".."';
  if (CONTROL.test(id)) return 'an id must not contain control characters';
  // Hidden names are the app's own (temp files, .prepnote) or other tools' (.git, ._ files).
  if (id.startsWith('.')) return 'an id must not start with a dot';
  if (/[. ]$/.test(id)) return 'an id must not end with a dot or a space';
  if (WINDOWS_RESERVED.test(id)) return 'an id must not be a name Windows reserves';
  return undefined;
}

/** The id in NFC, or FORBIDDEN_PATH {id} when it breaks a rule. */
export function checkId(id: string): string {
  const problem = idProblem(id);
  if (problem !== undefined) throw new ApiError('FORBIDDEN_PATH', `Refused id "${id}": ${problem}`, { id });
  return id.normalize('NFC');
}
