// Keeps one search index open for the notebook open now: opened on every notebook switch (the
// previous one closed), fed with every changed path as it happens, reporting scan progress as
// `index.progress`. Handlers ask it for the current index; while there is none (it could not
// be opened) they fall back to reading files, so search is the only feature that needs it.
import { isoDay } from '../clock';
import type { Notebook } from '../notebook';
import type { Session } from '../session';
import { type NotebookIndex, openIndex } from './openIndex';

const SETTLE_MS = 300;

export class IndexService {
  private entry: { notebook: Notebook; index: NotebookIndex } | undefined;
  private readonly unsubscribe: Array<() => void> = [];
  private settling = new Set<string>();
  private settleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly session: Session) {
    this.unsubscribe.push(
      session.onSwitch((notebook) => this.switchTo(notebook)),
      // Unbatched, so that the app's own writes are in the index by the next call.
      session.events.onChange((paths) => {
        if (paths.length === 0) return;
        this.current()?.updateFiles(paths);
        this.settle(paths);
      }),
    );
  }

  /** The index of the notebook open now, if it could be opened. */
  current(): NotebookIndex | undefined {
    const entry = this.entry;
    if (!entry) return undefined;
    try {
      return this.session.notebook() === entry.notebook ? entry.index : undefined;
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {
    for (const off of this.unsubscribe.splice(0)) off();
    if (this.settleTimer) clearTimeout(this.settleTimer);
    const entry = this.entry;
    this.entry = undefined;
    await entry?.index.close();
  }

  /**
   * Reads the same files once more a moment later. Another program's save can be seen half
   * written (a `writeFile` truncates first, and the watcher may report only that moment);
   * without this second read the index would keep the truncated text until the next change.
   */
  private settle(paths: string[]): void {
    for (const p of paths) this.settling.add(p);
    this.settleTimer ??= setTimeout(() => {
      this.settleTimer = undefined;
      const again = [...this.settling];
      this.settling = new Set();
      try {
        this.current()?.updateFiles(again);
      } catch (error) {
        warn('could not update the index', error);
      }
    }, SETTLE_MS);
  }

  private async switchTo(notebook: Notebook): Promise<void> {
    const previous = this.entry;
    this.entry = undefined;
    await previous?.index
      .close()
      .catch((error: unknown) => warn('could not close the previous index', error));
    try {
      const index = await openIndex({
        notebookPath: notebook.root,
        cacheDir: this.session.options.cacheDir,
        // The core's clock, as the file-based lists use it: a test that fixes "today" fixes it here.
        today: () => isoDay(this.session.options.clock()),
        onProgress: (done, total) => this.session.events.emit('index.progress', { done, total }),
      });
      this.entry = { notebook, index };
      index.ready.catch((error: unknown) => warn('the index scan failed; answering from the files', error));
    } catch (error) {
      // The notebook works without its index (lists and actions read the files); only
      // search answers with an error until the next open.
      warn('could not open the search index', error);
    }
  }
}

function warn(what: string, error: unknown): void {
  console.warn(`Prepnote ${what}:`, error instanceof Error ? error.message : error);
}
