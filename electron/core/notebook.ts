// One open notebook: its folder, the services working on it (customers, meetings, trash,
// notebook settings) and the watcher reporting other programs' changes. Opening removes the
// temp files a crash left behind; `info` is the health report of notebook.info.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type NotebookInfo } from '../../shared/contract';
import type { ReviewContext } from '../../shared/checklist/review';
import type { Language } from '../../shared/domain/enums';
import { CustomerFields, MeetingFields } from '../../shared/domain/fields';
import type { ChangeEvents } from './changeEvents';
import type { Clock } from './clock';
import { Customers } from './customers';
import { CUSTOMER_FILE, customerConflictCopies, listCustomerFolders, listMeetingFiles } from './folders';
import { Meetings } from './meetings';
import { NoteStore } from './noteStore';
import { NotebookSettingsStore } from './notebookSettings';
import { OwnWrites } from './ownWrites';
import { NotebookPaths, ioError, isMissing } from './paths';
import { removeStaleTempFiles } from './tempCleanup';
import { Trash } from './trash';
import type { ApplyTemplate } from './types';
import { type NotebookWatcher, watchNotebook } from './watcher';

export interface NotebookDeps {
  events: ChangeEvents;
  clock: Clock;
  /** The app's language setting (the review's default language). */
  language: () => Language;
  applyTemplate?: ApplyTemplate;
}

export class Notebook {
  readonly store: NoteStore;
  readonly trash: Trash;
  readonly meetings: Meetings;
  readonly customers: Customers;
  readonly settings: NotebookSettingsStore;
  private readonly ownWrites: OwnWrites;
  private watcher: NotebookWatcher | undefined;

  private constructor(
    readonly paths: NotebookPaths,
    private readonly deps: NotebookDeps,
  ) {
    const ownWrites = new OwnWrites(paths.root);
    this.ownWrites = ownWrites;
    this.store = new NoteStore(paths, deps.events, ownWrites);
    this.trash = new Trash(paths, deps.events, ownWrites, deps.clock);
    this.settings = new NotebookSettingsStore(paths);
    this.meetings = new Meetings({
      store: this.store,
      trash: this.trash,
      clock: deps.clock,
      reviewContext: () => this.reviewContext(),
      ...(deps.applyTemplate ? { applyTemplate: deps.applyTemplate } : {}),
    });
    this.customers = new Customers(this.store, this.trash, this.meetings, deps.clock);
  }

  /** Opens a folder as a notebook (one without `customers/` is made into one); NOT_FOUND when
   *  there is no such folder. */
  static async open(folder: string, deps: NotebookDeps): Promise<Notebook> {
    const root = path.resolve(folder);
    const info = await stat(root).catch((error: unknown) => {
      if (isMissing(error)) throw new ApiError('NOT_FOUND', `No such folder: ${root}`);
      throw ioError(root, error);
    });
    if (!info.isDirectory()) throw new ApiError('NOT_FOUND', `Not a folder: ${root}`);
    await mkdir(path.join(root, 'customers'), { recursive: true }).catch((error: unknown) => {
      throw ioError('customers', error);
    });
    await removeStaleTempFiles(root);
    const notebook = new Notebook(await NotebookPaths.open(root), deps);
    notebook.watcher = await watchNotebook(root, (rel) => notebook.externalChange(rel));
    return notebook;
  }

  get root(): string {
    return this.paths.root;
  }

  get name(): string {
    return path.basename(this.paths.root);
  }

  /** The checklist's context: language, and the notebook's extra items and phrases. */
  async reviewContext(lang?: Language): Promise<ReviewContext> {
    const settings = await this.settings.get();
    return {
      lang: lang ?? this.deps.language(),
      extraItems: settings.checklist.extraItems,
      phrases: settings.phrases,
    };
  }

  async info(): Promise<NotebookInfo> {
    const info: NotebookInfo = {
      path: this.root,
      name: this.name,
      customers: 0,
      meetings: 0,
      unreadable: [],
      problems: [],
      conflictCopies: [],
    };
    const { folders, refused } = await listCustomerFolders(this.paths);
    info.customers = folders.length;
    info.unreadable.push(...refused);
    const check = async (file: string, schema: typeof CustomerFields | typeof MeetingFields) => {
      const summary = await this.store.summary(file, schema);
      const rel = this.paths.rel(file);
      if (summary && !summary.readable) info.unreadable.push({ path: rel, reason: summary.reason });
      if (summary?.readable)
        for (const p of summary.problems) info.problems.push({ path: rel, field: p.field, reason: p.reason });
    };
    for (const folder of folders) {
      await check(path.join(folder.dir, CUSTOMER_FILE), CustomerFields);
      info.conflictCopies.push(...(await customerConflictCopies(this.paths, folder)));
      const meetings = await listMeetingFiles(this.paths, folder);
      info.meetings += meetings.files.length;
      info.unreadable.push(...meetings.refused);
      info.conflictCopies.push(...meetings.conflictCopies);
      for (const { file } of meetings.files) await check(file, MeetingFields);
    }
    await this.settings.get();
    info.unreadable.push(...this.settings.problems);
    return info;
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = undefined;
  }

  private externalChange(rel: string): void {
    void this.ownWrites.isOwn(rel).then((own) => {
      if (!own) this.deps.events.changed([rel]);
    });
  }
}
