// What the shells (Electron main and the browser-mode server) get from the core: the method
// table, a way to listen to its events, and a way to close it. The core never imports
// `electron`; the shells pass it everything it needs from outside.
import type { EventName, EventPayload } from '../../shared/contract';
import type { Handlers } from '../methods/handlers';

export type CoreListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export interface CoreOptions {
  /** The notebook to open; absent: the default notebook (<Documents>/Prepnote). */
  notebookPath?: string;
  /** App settings folder; absent: PREPNOTE_DATA_DIR or the platform's user-data folder. */
  dataDir?: string;
  /** Cache and index folder; absent: PREPNOTE_CACHE_DIR or the platform's cache folder. */
  cacheDir?: string;
  /** Folder holding the shipped resources (templates, sample notebook); absent: <repo>/resources. */
  resourcesDir?: string;
}

export interface Core {
  readonly handlers: Handlers;
  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: CoreListener): () => void;
  close(): Promise<void>;
}
