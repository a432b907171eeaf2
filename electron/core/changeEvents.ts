// `notebook.changed` events: paths changed by the app or by anyone else, batched for a short
// moment so that a burst of changes (a sync tool, a trashed folder) is one event.
import type { EventName, EventPayload } from '../../shared/contract';
import type { CoreListener } from './types';

const BATCH_MS = 100;

export class ChangeEvents {
  private readonly listeners = new Set<CoreListener>();
  private readonly immediate = new Set<(paths: string[]) => void>();
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  subscribe(listener: CoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Called synchronously with every change, before batching: the index uses it so that what
   * the app itself just wrote is searchable (and listed) by the very next call.
   */
  onChange(listener: (paths: string[]) => void): () => void {
    this.immediate.add(listener);
    return () => this.immediate.delete(listener);
  }

  /** Paths relative to the notebook, with `/`. */
  changed(paths: Iterable<string>): void {
    const list = [...paths];
    for (const listener of this.immediate) {
      try {
        listener(list);
      } catch (error) {
        console.error('A change listener failed:', error);
      }
    }
    for (const p of list) this.pending.add(p);
    this.timer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  /** Sends what is pending now (also used when a notebook closes). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const paths = [...this.pending].sort();
    this.pending = new Set();
    if (paths.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener('notebook.changed', { paths });
      } catch (error) {
        console.error('A notebook.changed listener failed:', error);
      }
    }
  }

  /** Any other event (`index.progress`), sent at once. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  /** An event with no paths: "reload everything" (a different notebook was opened). */
  reset(): void {
    this.flush();
    this.emit('notebook.changed', { paths: [] });
  }

  close(): void {
    this.flush();
  }
}
