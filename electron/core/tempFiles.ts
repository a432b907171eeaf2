// The app's temporary-file naming: every write goes through a temp file in the target's folder
// whose name carries this prefix and never ends in `.md`, so no editor or sync tool mistakes a
// half-written file for a note, and leftovers from a crash can be recognised and removed.
import { randomBytes } from 'node:crypto';

export const TEMP_PREFIX = '.prepnote-tmp-';

/** A fresh temp-file name (no folder): `.prepnote-tmp-<random hex>`. */
export function tempFileName(): string {
  return `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`;
}

export function isTempFileName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX);
}
