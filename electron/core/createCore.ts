// The core's entry point for both shells (Electron main, browser-mode server): opens the app
// settings and the notebook (the one asked for, else the default notebook, made on first run),
// starts the watcher, and returns the method table with an event subscription.
import { mkdir, stat } from 'node:fs/promises';
import { createHandlers } from '../methods/createHandlers';
import { cacheDir, currentPlatform, defaultNotebookPath, defaultResourcesDir, userDataDir } from './appPaths';
import { ChangeEvents } from './changeEvents';
import { systemClock } from './clock';
import { ensureDefaultNotebook } from './defaultNotebook';
import { IndexService } from './index/indexService';
import { Session } from './session';
import { AppSettings } from './settings';
import { createApplyTemplateHook } from './templates/applyTemplateHook';
import type { Core, CoreOptions } from './types';

export async function createCore(options: CoreOptions = {}): Promise<Core> {
  const platform = currentPlatform();
  const dataDir = options.dataDir ?? userDataDir(platform);
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  await mkdir(dataDir, { recursive: true });
  const settings = await AppSettings.open(dataDir);
  const session = new Session({
    settings,
    events: new ChangeEvents(),
    clock: options.clock ?? systemClock,
    dataDir,
    cacheDir: options.cacheDir ?? cacheDir(platform),
    resourcesDir,
    applyTemplate: options.applyTemplate ?? createApplyTemplateHook(resourcesDir),
  });
  // Before the first open, so that the index follows every notebook, the first one included.
  const index = new IndexService(session);
  const notebookPath =
    options.notebookPath ??
    (options.reopenLastNotebook ? await lastNotebook(settings) : undefined) ??
    (await ensureDefaultNotebook(defaultNotebookPath(platform), resourcesDir));
  await session.open(notebookPath);
  return {
    handlers: createHandlers(session, index),
    subscribe: (listener) => session.events.subscribe(listener),
    close: async () => {
      await index.close();
      await session.close();
    },
  };
}

/** The most recent notebook whose folder is still there. */
async function lastNotebook(settings: AppSettings): Promise<string | undefined> {
  for (const recent of settings.get().recentNotebooks) {
    if (
      await stat(recent.path).then(
        (info) => info.isDirectory(),
        () => false,
      )
    )
      return recent.path;
  }
  return undefined;
}
