// The save machinery of an open customer or meeting, free of React so its rules can be tested
// on their own: edits are saved after a pause (or at once on blur / Ctrl+S) against the
// version that was read; a stale version comes back as CONFLICT with the file now on disk,
// and then nothing is saved until the user chooses keep mine / take theirs / keep both. The
// user's text stays in `local` through every failure: it is only replaced by a deliberate
// "take theirs" or "keep both" (which first saves it as a conflict copy), or by a reload when
// there are no unsaved edits.
import { ApiError } from '../../../shared/contract';
import { changedKeys, diffFields, type FieldMap, type Patch } from './fieldDiff';

export type { Patch } from './fieldDiff';

export interface DocState<F extends FieldMap> {
  version: string;
  fields: Partial<F>;
  body: string;
}

export type SaveStatus =
  | { kind: 'loading' }
  | { kind: 'loadFailed'; error: unknown }
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'invalid'; reason: ValidationReason }
  | { kind: 'conflict' };

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** Why an edit is not saved yet; each has a `validation.<reason>` translation. */
export type ValidationReason = 'nameRequired' | 'titleRequired' | 'dateInvalid';

export interface AutosaveSnapshot<F extends FieldMap> {
  status: SaveStatus;
  fields: Partial<F>;
  body: string;
  dirty: boolean;
  /** The file on disk when a save was refused as a conflict; cleared by a choice. */
  conflict: DocState<F> | undefined;
  conflictOpen: boolean;
  /** Where "keep both" saved the user's version. */
  copyPath: string | undefined;
  busy: boolean;
  /** Why the last conflict choice failed (shown in the dialog, which stays open). */
  choiceError: unknown;
}

export interface AutosaveAdapter<F extends FieldMap, L extends DocState<F>, S extends { version: string }> {
  load(): Promise<L>;
  save(version: string, patch: Patch<F>, body: string | undefined): Promise<S>;
  saveCopy(patch: Patch<F>, body: string): Promise<{ path: string }>;
  /** Fields the editor may write; the others (e.g. a meeting's status) are only read. */
  editableKeys: readonly (keyof F & string)[];
  /** Paths (relative to the notebook) whose change means this document may have changed. */
  touches(path: string): boolean;
  /** A reason not to save yet, e.g. an empty name. */
  validate?(fields: Partial<F>): ValidationReason | undefined;
  onLoaded?(doc: L): void;
  onSaved?(result: S): void;
  /**
   * The editor was left with unsaved text that met a conflict: it was saved as a conflict
   * copy at `path` rather than lost.
   */
  onRescued?(path: string): void;
}

export const AUTOSAVE_DELAY_MS = 800;

function conflictOf<F extends FieldMap>(error: unknown): DocState<F> | undefined {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return undefined;
  const details = (error.details ?? {}) as Partial<DocState<F>>;
  if (typeof details.version !== 'string') return undefined;
  return { version: details.version, fields: details.fields ?? {}, body: details.body ?? '' };
}

export class AutosaveController<
  F extends FieldMap,
  L extends DocState<F> = DocState<F>,
  S extends { version: string } = { version: string },
> {
  private base: DocState<F> | undefined;
  private local: { fields: Partial<F>; body: string } = { fields: {}, body: '' };
  private status: SaveStatus = { kind: 'loading' };
  private conflict: DocState<F> | undefined;
  private conflictOpen = false;
  private copyPath: string | undefined;
  private busy = false;
  private choiceError: unknown;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  private loading: Promise<void> | undefined;
  private changedWhileSaving = false;
  private stopped = false;
  private readonly listeners = new Set<() => void>();
  private snapshot: AutosaveSnapshot<F>;

  constructor(
    private readonly adapter: AutosaveAdapter<F, L, S>,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.snapshot = this.makeSnapshot();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AutosaveSnapshot<F> => this.snapshot;

  touches(path: string): boolean {
    return this.adapter.touches(path);
  }

  /** Reads the document (once; later calls while loaded do nothing). */
  load(): Promise<void> {
    this.stopped = false;
    if (this.base) return Promise.resolve();
    this.loading ??= this.adapter.load().then(
      (doc) => {
        this.accept(doc);
        this.status = { kind: 'idle' };
        this.emit();
      },
      (error: unknown) => {
        this.loading = undefined;
        this.status = { kind: 'loadFailed', error };
        this.emit();
      },
    );
    return this.loading;
  }

  get dirty(): boolean {
    const base = this.base;
    if (!base) return false;
    return (
      base.body !== this.local.body ||
      changedKeys(base.fields, this.local.fields, this.adapter.editableKeys).length > 0
    );
  }

  setField<K extends keyof F & string>(key: K, value: F[K] | undefined): void {
    // An absent key (not one set to undefined) is what "removed from the file" means.
    const fields = Object.fromEntries(
      Object.entries(this.local.fields).filter(([name]) => name !== key),
    ) as Partial<F>;
    if (value !== undefined) fields[key] = value;
    this.local = { ...this.local, fields };
    this.changed();
  }

  setBody(body: string): void {
    this.local = { ...this.local, body };
    this.changed();
  }

  /** Saves now if anything is unsaved (blur, Ctrl+S, leaving the page). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.saving) await this.saving;
    if (this.conflict) {
      this.conflictOpen = true;
      this.emit();
      return;
    }
    const base = this.base;
    if (!base || !this.dirty) return;
    const reason = this.adapter.validate?.(this.local.fields);
    if (reason) {
      this.status = { kind: 'invalid', reason };
      this.emit();
      return;
    }
    const sent = this.local;
    const patch = diffFields(base.fields, sent.fields, this.adapter.editableKeys);
    const body = sent.body !== base.body ? sent.body : undefined;
    this.status = { kind: 'saving' };
    this.emit();
    this.saving = this.save(base.version, patch, body, sent);
    await this.saving;
  }

  private async save(
    version: string,
    patch: Patch<F>,
    body: string | undefined,
    sent: { fields: Partial<F>; body: string },
  ): Promise<void> {
    try {
      const result = await this.adapter.save(version, patch, body);
      this.base = { version: result.version, fields: sent.fields, body: sent.body };
      this.adapter.onSaved?.(result);
      this.status = this.dirty ? { kind: 'pending' } : { kind: 'saved' };
    } catch (error) {
      const theirs = conflictOf<F>(error);
      if (theirs) {
        this.conflict = theirs;
        this.conflictOpen = true;
        this.status = { kind: 'conflict' };
      } else {
        this.status = { kind: 'failed', error };
      }
    } finally {
      this.saving = undefined;
    }
    this.emit();
    if (this.status.kind === 'pending') this.schedule();
    if (this.status.kind === 'saved' && this.changedWhileSaving) {
      this.changedWhileSaving = false;
      void this.reloadIfClean();
    }
  }

  /** Another program (or this app) changed a file this document cares about. */
  externalChange(): void {
    if (!this.base) {
      // It could not be read before (missing, unreadable): maybe it can now.
      if (!this.loading) void this.load();
      return;
    }
    if (this.conflict) return;
    if (this.saving) {
      this.changedWhileSaving = true;
      return;
    }
    // With unsaved edits, save at once: a real outside change then shows the conflict choice
    // right away instead of after the next keystroke.
    if (this.dirty) void this.flush();
    else void this.reloadIfClean();
  }

  private async reloadIfClean(): Promise<void> {
    let doc: L;
    try {
      doc = await this.adapter.load();
    } catch (error) {
      if (!this.dirty && !this.saving) {
        this.status = { kind: 'loadFailed', error };
        this.emit();
      }
      return;
    }
    // Edits made while the file was being read win: the next save meets the conflict.
    if (this.dirty || this.saving || this.conflict) return;
    if (this.base && doc.version === this.base.version) return;
    this.accept(doc);
    this.status = { kind: 'idle' };
    this.emit();
  }

  async resolve(choice: ConflictChoice): Promise<void> {
    const theirs = this.conflict;
    if (!theirs || this.busy) return;
    this.busy = true;
    this.choiceError = undefined;
    this.emit();
    try {
      if (choice === 'mine') {
        // Keep the file's own values for what this editor does not write (a meeting's status).
        const fields = { ...this.local.fields };
        const editable = new Set<string>(this.adapter.editableKeys);
        for (const key of new Set([...Object.keys(fields), ...Object.keys(theirs.fields)])) {
          if (!editable.has(key)) (fields as FieldMap)[key] = (theirs.fields as FieldMap)[key];
        }
        this.local = { ...this.local, fields };
        this.base = theirs;
        this.conflict = undefined;
        this.conflictOpen = false;
        this.busy = false;
        await this.flush();
        if (!this.conflict && !this.dirty && this.status.kind !== 'failed') this.status = { kind: 'saved' };
        this.emit();
        return;
      }
      let copyPath: string | undefined;
      if (choice === 'both') {
        const patch = this.wholeVersion(theirs);
        copyPath = (await this.adapter.saveCopy(patch, this.local.body)).path;
      }
      this.base = theirs;
      this.local = { fields: theirs.fields, body: theirs.body };
      this.conflict = undefined;
      this.conflictOpen = false;
      this.copyPath = copyPath;
      this.status = { kind: 'saved' };
      this.busy = false;
      this.emit();
      // Fetch the rest of the document (problems, review) for the version now shown.
      void this.reloadAfterChoice();
    } catch (error) {
      // The copy could not be written: nothing is replaced, the dialog stays.
      this.busy = false;
      this.status = this.conflict ? { kind: 'conflict' } : { kind: 'failed', error };
      this.choiceError = error;
      this.emit();
    }
  }

  private async reloadAfterChoice(): Promise<void> {
    try {
      const doc = await this.adapter.load();
      if (this.dirty || this.saving || this.conflict) return;
      this.accept(doc);
      this.emit();
    } catch {
      // The version shown is already the disk's; a failed refresh loses nothing.
    }
  }

  closeConflict(): void {
    this.conflictOpen = false;
    this.emit();
  }

  openConflict(): void {
    if (!this.conflict) return;
    this.conflictOpen = true;
    this.emit();
  }

  /**
   * The editor goes away (another page): anything unsaved is saved; if that meets a conflict,
   * or a conflict was left unresolved, the user's version is kept as a conflict copy, because
   * there is no editor left to hold it.
   */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.conflict) void this.rescue();
    else if (this.dirty) void this.flush().then(() => this.rescue());
  }

  private async rescue(): Promise<void> {
    const theirs = this.conflict;
    if (!theirs || !this.stopped) return;
    try {
      const { path } = await this.adapter.saveCopy(this.wholeVersion(theirs), this.local.body);
      this.adapter.onRescued?.(path);
    } catch {
      // Nothing more can be done without a page; the next visit shows the file as it is.
    }
  }

  /** The user's version as a patch that stands on its own (for a conflict copy). */
  private wholeVersion(theirs: DocState<F>): Patch<F> {
    const patch: Patch<F> = {};
    for (const key of this.adapter.editableKeys) {
      const value = this.local.fields[key];
      if (value !== undefined) patch[key] = value;
      else if (theirs.fields[key] !== undefined) patch[key] = null;
    }
    return patch;
  }

  private accept(doc: L): void {
    this.base = { version: doc.version, fields: doc.fields, body: doc.body };
    this.local = { fields: doc.fields, body: doc.body };
    this.adapter.onLoaded?.(doc);
  }

  private changed(): void {
    this.copyPath = undefined;
    if (!this.conflict && this.status.kind !== 'saving') {
      this.status = this.dirty ? { kind: 'pending' } : { kind: 'saved' };
    }
    this.schedule();
    this.emit();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.conflict || !this.dirty) return;
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  private makeSnapshot(): AutosaveSnapshot<F> {
    return {
      status: this.status,
      fields: this.local.fields,
      body: this.local.body,
      dirty: this.dirty,
      conflict: this.conflict,
      conflictOpen: this.conflictOpen,
      copyPath: this.copyPath,
      busy: this.busy,
      choiceError: this.choiceError,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
