// The core's state across notebooks: the app settings, the event channel, and the notebook open
// now, which `notebook.open` replaces. Handler slices (electron/methods/*Handlers.ts) take this
// object and ask it for the current notebook on every call, so they follow a switch.
import { type NotebookInfo } from '../../shared/contract';
import type { ChangeEvents } from './changeEvents';
import type { Clock } from './clock';
import { Notebook } from './notebook';
import type { AppSettings } from './settings';
import type { ApplyTemplate } from './types';

export interface SessionOptions {
  settings: AppSettings;
  events: ChangeEvents;
  clock: Clock;
  dataDir: string;
  cacheDir: string;
  resourcesDir: string;
  applyTemplate?: ApplyTemplate;
}

export type SwitchListener = (notebook: Notebook) => void | Promise<void>;

export class Session {
  private current: Notebook | undefined;
  private readonly switchListeners = new Set<SwitchListener>();

  constructor(readonly options: SessionOptions) {}

  get settings(): AppSettings {
    return this.options.settings;
  }

  get events(): ChangeEvents {
    return this.options.events;
  }

  /** The notebook open now. */
  notebook(): Notebook {
    if (!this.current) throw new Error('No notebook is open');
    return this.current;
  }

  /** Opens a notebook, closing the previous one only once the new one is open (a folder that
   *  cannot be opened leaves the current notebook as it was), and remembers it. */
  async open(folder: string): Promise<NotebookInfo> {
    const next = await Notebook.open(folder, {
      events: this.events,
      clock: this.options.clock,
      language: () => this.settings.get().language,
      ...(this.options.applyTemplate ? { applyTemplate: this.options.applyTemplate } : {}),
    });
    const previous = this.current;
    this.current = next;
    await previous?.close();
    // The recent list is a convenience: a settings file that cannot be saved must not stop
    // the notebook from opening (the problem is in notebook.info).
    await this.settings.rememberNotebook(next.root, this.options.clock()).catch((error: unknown) => {
      console.warn(
        'Prepnote could not remember the notebook:',
        error instanceof Error ? error.message : error,
      );
    });
    for (const listener of this.switchListeners) await listener(next);
    if (previous) this.events.reset();
    return this.info();
  }

  /** notebook.info, with a corrupt app settings file reported too (by its absolute path). */
  async info(): Promise<NotebookInfo> {
    const info = await this.notebook().info();
    info.unreadable.push(...this.settings.problems);
    return info;
  }

  /** Called with every notebook opened from now on (the index follows the switch). */
  onSwitch(listener: SwitchListener): () => void {
    this.switchListeners.add(listener);
    return () => this.switchListeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.current?.close();
    this.current = undefined;
    this.events.close();
  }
}
