// File versions for "no silent overwrite": a short hash of the exact bytes on disk, so any
// change by any program (even one that keeps size and mtime) gives a new version.
import { createHash } from 'node:crypto';

export function versionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}
