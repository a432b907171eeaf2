// What the shells (Electron main and the browser-mode server) get from the core: the method
// table, a way to listen to its events, and a way to close it. The core never imports
// `electron`; the shells pass it everything it needs from outside.
import type { EventName, EventPayload } from '../../shared/contract';
import type { Language } from '../../shared/domain/enums';
import type { AgendaItem } from '../../shared/domain/fields';
import type { Handlers } from '../methods/handlers';

export type CoreListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** What an agenda template gives a new meeting (meetings.create with `template`). */
export interface TemplateSeed {
  duration?: number;
  agenda?: AgendaItem[];
  questions?: string[];
  preparation?: string;
}

/**
 * Looks up a template (the notebook's own `templates/<id>.md` first, then the built-ins) for a
 * new meeting; undefined when there is no such template (the meeting still records its id).
 */
export type ApplyTemplate = (
  templateId: string,
  lang: Language,
  notebookPath: string,
) => Promise<TemplateSeed | undefined>;

export interface CoreOptions {
  /** The notebook to open; absent: the default notebook (<Documents>/Prepnote). */
  notebookPath?: string;
  /** Without notebookPath, reopen the most recent notebook that still exists before falling
   *  back to the default one (what the desktop app does; browser mode opens the default). */
  reopenLastNotebook?: boolean;
  /** App settings folder; absent: PREPNOTE_DATA_DIR or the platform's user-data folder. */
  dataDir?: string;
  /** Cache and index folder; absent: PREPNOTE_CACHE_DIR or the platform's cache folder. */
  cacheDir?: string;
  /** Folder holding the shipped resources (templates, sample notebook); absent: <repo>/resources. */
  resourcesDir?: string;
  /** Seeds new meetings from agenda templates; absent: the notebook's and the built-in
   *  templates (templates/applyTemplateHook.ts). */
  applyTemplate?: ApplyTemplate;
  /** The current time (tests fix "today"); absent: the system clock. */
  clock?: () => Date;
}

export interface Core {
  readonly handlers: Handlers;
  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: CoreListener): () => void;
  close(): Promise<void>;
}
