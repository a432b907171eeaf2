// The notebook's trash (vault-format.md, "Delete means trash"): deleted files and folders move
// to `.prepnote/trash/<YYYYMMDD-HHMMSS>[-n]/` with their relative paths kept, beside a small
// manifest (`.trash.json`: when, what, and a title to show). Restoring puts them back, taking
// the next free name (`-2`, `-3`) when the old one was taken since.
import { cp, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ApiError, type TrashEntry } from '../../shared/contract';
import { uniqueSlug } from '../../shared/text/slug';
import { writeFileAtomic } from './atomicWrite';
import type { ChangeEvents } from './changeEvents';
import { type Clock, stamp } from './clock';
import { checkId } from './ids';
import type { OwnWrites } from './ownWrites';
import { type NotebookPaths, exists, ioError, isMissing } from './paths';

const MANIFEST = '.trash.json';

const Manifest = z.object({ deletedAt: z.string(), title: z.string(), paths: z.array(z.string()) });
type Manifest = z.infer<typeof Manifest>;

export class Trash {
  constructor(
    private readonly paths: NotebookPaths,
    private readonly events: ChangeEvents,
    private readonly ownWrites: OwnWrites,
    private readonly clock: Clock,
  ) {}

  private get dir(): string {
    return path.join(this.paths.prepnoteDir, 'trash');
  }

  /** Moves notebook-relative paths into a new trash entry; returns its id. */
  async move(relPaths: string[], title: string): Promise<string> {
    const now = this.clock();
    await mkdir(this.dir, { recursive: true });
    await this.paths.ensureInside(this.dir, 'trash');
    const trashId = await this.newEntry(stamp(now));
    const entryDir = path.join(this.dir, trashId);
    // The manifest first: a crash mid-move leaves an entry that still says what it held.
    const manifest: Manifest = { deletedAt: now.toISOString(), title, paths: relPaths };
    await writeFileAtomic(path.join(entryDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const rel of relPaths) {
      const target = path.join(entryDir, ...rel.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      this.ownWrites.expectAbsent(rel);
      await move(this.paths.abs(rel), target).catch((error: unknown) => {
        throw ioError(rel, error);
      });
    }
    this.events.changed(relPaths);
    return trashId;
  }

  async list(): Promise<TrashEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw ioError('.prepnote/trash', error);
    }
    const entries: TrashEntry[] = [];
    for (const trashId of names) {
      if (trashId.startsWith('.')) continue;
      const manifest = await this.manifest(trashId);
      if (manifest) entries.push({ trashId, ...manifest });
    }
    return entries.sort(
      (a, b) => b.deletedAt.localeCompare(a.deletedAt) || b.trashId.localeCompare(a.trashId),
    );
  }

  async restore(trashId: string): Promise<string[]> {
    checkId(trashId);
    const manifest = await this.manifest(trashId);
    if (!manifest) throw new ApiError('NOT_FOUND', `No such trash entry: ${trashId}`);
    const entryDir = path.join(this.dir, trashId);
    const restored: string[] = [];
    for (const rel of manifest.paths) {
      const source = path.join(entryDir, ...rel.split('/'));
      if (!(await exists(source))) continue;
      const target = await freeName(this.paths.abs(rel));
      await mkdir(path.dirname(target), { recursive: true });
      await this.paths.ensureInside(target, rel);
      await move(source, target).catch((error: unknown) => {
        throw ioError(rel, error);
      });
      restored.push(this.paths.rel(target));
    }
    await rm(entryDir, { recursive: true, force: true });
    this.events.changed(restored);
    return restored;
  }

  /** The entry's manifest; for an entry without one (made by hand, or an older crash), what
   *  its folder holds. Undefined when there is no such entry. */
  private async manifest(trashId: string): Promise<Omit<TrashEntry, 'trashId'> | undefined> {
    const entryDir = path.join(this.dir, trashId);
    try {
      const parsed = Manifest.safeParse(JSON.parse(await readFile(path.join(entryDir, MANIFEST), 'utf8')));
      if (parsed.success) return parsed.data;
    } catch (error) {
      if (!isMissing(error) && !(error instanceof SyntaxError))
        throw ioError(`.prepnote/trash/${trashId}`, error);
    }
    if (!(await exists(entryDir))) return undefined;
    const paths = await filesUnder(entryDir);
    return { deletedAt: deletedAtFromId(trashId), title: trashId, paths };
  }

  /** `<stamp>`, or `<stamp>-2`, `-3` … when a deletion in the same second took it. */
  private async newEntry(base: string): Promise<string> {
    for (let n = 1; ; n++) {
      const trashId = n === 1 ? base : `${base}-${n}`;
      try {
        await mkdir(path.join(this.dir, trashId));
        return trashId;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EEXIST') throw ioError('.prepnote/trash', error);
      }
    }
  }
}

/** `target`, or the first of `name-2`, `name-3` … (before the extension) that is free. */
async function freeName(target: string): Promise<string> {
  const dir = path.dirname(target);
  const ext = path.extname(target) === '.md' ? '.md' : '';
  const stem = path.basename(target, ext);
  const taken = new Set(
    (await readdir(dir).catch(() => [] as string[])).map((n) => n.normalize('NFC').toLowerCase()),
  );
  const free = uniqueSlug(stem, (candidate) =>
    taken.has(`${candidate}${ext}`.normalize('NFC').toLowerCase()),
  );
  return path.join(dir, free + ext);
}

/** rename, or copy-then-remove when the trash is on another file system. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, errorOnExist: true, force: false });
    await rm(from, { recursive: true });
  }
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === MANIFEST) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

function deletedAtFromId(trashId: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(trashId);
  if (!m) return new Date(0).toISOString();
  return new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]).toISOString();
}
