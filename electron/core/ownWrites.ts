// The app's own changes, remembered for a few seconds so that the watcher does not announce
// them a second time (the app already sent notebook.changed when it wrote). A change is only
// swallowed when the disk still shows exactly what the app wrote: a different program writing
// the same file a moment later is still announced.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exists } from './paths';
import { versionOf } from './version';

const REMEMBER_MS = 3000;

/** What the app left at a path: a file with this version, or nothing. */
type Expected = { version: string } | { absent: true };

export class OwnWrites {
  private readonly expected = new Map<string, { state: Expected; until: number }>();

  constructor(private readonly root: string) {}

  expect(rel: string, version: string): void {
    this.remember(rel, { version });
  }

  expectAbsent(rel: string): void {
    this.remember(rel, { absent: true });
  }

  /** True when the change at `rel` (or under a removed folder) is the app's own. */
  async isOwn(rel: string): Promise<boolean> {
    const now = Date.now();
    for (const [key, entry] of this.expected) if (entry.until < now) this.expected.delete(key);
    const entry = this.expected.get(rel) ?? this.removedAncestor(rel);
    if (!entry) return false;
    const abs = path.join(this.root, ...rel.split('/'));
    if ('absent' in entry.state) return !(await exists(abs));
    try {
      return versionOf(await readFile(abs)) === entry.state.version;
    } catch {
      return false;
    }
  }

  private removedAncestor(rel: string): { state: Expected } | undefined {
    for (const [key, entry] of this.expected) {
      if ('absent' in entry.state && rel.startsWith(`${key}/`)) return entry;
    }
    return undefined;
  }

  private remember(rel: string, state: Expected): void {
    this.expected.set(rel, { state, until: Date.now() + REMEMBER_MS });
  }
}
