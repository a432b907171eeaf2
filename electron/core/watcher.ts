// Watches the notebook for changes made by other programs (vault-format.md, "External
// changes"), including editors that save by writing a new file and renaming it over the old
// one, and reports notebook-relative paths with `/`. Hidden entries (`.prepnote/`, `.git/`, the
// app's temp files) are ignored; so are files other than notes.
import path from 'node:path';
import { type FSWatcher, watch } from 'chokidar';

export interface NotebookWatcher {
  close(): Promise<void>;
}

export async function watchNotebook(root: string, onChange: (rel: string) => void): Promise<NotebookWatcher> {
  const ignored = (abs: string, stats?: { isFile(): boolean }) => {
    const rel = path.relative(root, abs);
    if (rel === '') return false;
    if (rel.split(path.sep).some((part) => part.startsWith('.'))) return true;
    return stats?.isFile() === true && !abs.endsWith('.md');
  };
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    ignored,
    // Write-then-rename saves: chokidar holds an unlink briefly and reports unlink+add as change.
    atomic: true,
    awaitWriteFinish: false,
    followSymlinks: false,
    depth: 5,
  });
  // chokidar reports links it finds while starting as "add" despite ignoreInitial: nothing
  // before "ready" is a change.
  let ready = false;
  const report = (abs: string) => {
    if (!ready || !(abs.endsWith('.md') || !path.extname(abs))) return;
    onChange(path.relative(root, abs).split(path.sep).join('/'));
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, report);
  watcher.on('error', (error) => console.error('Notebook watcher:', error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  ready = true;
  return { close: () => watcher.close() };
}
