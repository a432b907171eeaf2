// Electron main process: app lifecycle, the window, the menu. Thin by design: the core does
// the work, electron/shell/ holds the Electron-specific pieces, and the window's security
// settings live in shell-config/windowOptions.ts where a unit test checks them.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, screen, session, webContents } from 'electron';
import { APP_NAME, userDataDir } from './core/appPaths';
import { createCore } from './core/createCore';
import type { Core } from './core/types';
import { createDispatch, type Dispatch } from './methods/dispatch';
import { registerAppScheme, serveAppProtocol } from './shell/appProtocol';
import { hardenContents, hardenSession } from './shell/hardening';
import { forwardEvents, registerMethods } from './shell/ipc';
import { menuTemplate } from './shell/menuTemplate';
import { chooseAndOpenNotebook, openNotebookAt } from './shell/notebookSwitch';
import { registerPrinting } from './shell/printing';
import { APP_ENTRY_URL, isTrustedSenderUrl } from './shell-config/appUrl';
import { notebookFromArgv } from './shell-config/launchArgs';
import { mainWindowOptions, onScreen } from './shell-config/windowOptions';

const here = import.meta.dirname;
const RENDERER_DIR = join(here, '../renderer');
const PRELOAD = join(here, '../preload/preload.cjs');
// Packaged: electron-builder's extraResources put templates/ and sample/ in resourcesPath;
// from the project, the core finds <repo>/resources itself.
const RESOURCES = app.isPackaged ? { resourcesDir: process.resourcesPath } : {};
// Set by `electron-vite dev` only; a packaged app always loads its own files.
const DEV_SERVER_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

const isTrusted = (url: string | undefined): boolean => isTrustedSenderUrl(url, DEV_SERVER_URL);

let core: Core | undefined;
let dispatch: Dispatch | undefined;
let mainWindow: BrowserWindow | undefined;
/** The last window-size save, awaited before the core closes. */
let pendingSave: Promise<unknown> = Promise.resolve();
let closed = false;

// The core computes the user-data folder without Electron (for browser mode too); Electron
// must use the very same one (PREPNOTE_DATA_DIR included), not its default named after the
// package ("prepnote"). Set before `ready`, as Electron reads it at start.
app.setName(APP_NAME);
app.setPath('userData', userDataDir());

registerAppScheme();
hardenContents(app);

if (!app.requestSingleInstanceLock()) {
  // One app per notebook folder and index: a second start focuses the first window.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    // Close the notebook (watcher, index) cleanly once, after the last settings write.
    if (closed || !core) return;
    event.preventDefault();
    const closing = core;
    void pendingSave
      .then(() => closing.close())
      .catch(() => undefined)
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(`Prepnote could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, isTrusted);
  serveAppProtocol(session.defaultSession, RENDERER_DIR);

  const notebookPath = notebookFromArgv(process.argv);
  const openCore = await createCore({
    // Absent: the notebook used last time, else the default notebook (<Documents>/Prepnote).
    ...(notebookPath ? { notebookPath } : { reopenLastNotebook: true }),
    ...RESOURCES,
  });
  core = openCore;
  const coreDispatch = createDispatch(openCore.handlers);
  // The page may open another notebook itself: the menu's recent list follows.
  const shellDispatch: Dispatch = async (method, args) => {
    const reply = await coreDispatch(method, args);
    if (method === 'notebook.open' && reply.ok) void refreshMenu();
    return reply;
  };
  dispatch = shellDispatch;
  registerMethods(ipcMain, shellDispatch, isTrusted);
  registerPrinting(ipcMain, isTrusted);
  forwardEvents(
    (listener) => openCore.subscribe(listener),
    () => webContents.getAllWebContents(),
    isTrusted,
  );

  await refreshMenu();
  await createWindow(openCore);
}

async function refreshMenu(): Promise<void> {
  const recent = core
    ? await core.handlers['notebook.recent']({}).then(
        (r) => r.items,
        () => [],
      )
    : [];
  const template = menuTemplate(recent, {
    openNotebook: () => {
      if (dispatch) void chooseAndOpenNotebook(dispatch, mainWindow, refreshMenu);
    },
    openRecent: (path) => {
      if (dispatch) void openNotebookAt(path, dispatch, mainWindow, refreshMenu);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(openCore: Core): Promise<void> {
  const settings = await openCore.handlers['settings.get']({}).catch(() => undefined);
  const bounds = onScreen(
    settings?.windowBounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow(mainWindowOptions(PRELOAD, bounds));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const { width, height, x, y } = window.getNormalBounds();
    pendingSave = openCore.handlers['settings.update']({ windowBounds: { width, height, x, y } }).catch(
      () => undefined,
    );
  });
  window.on('closed', () => {
    mainWindow = undefined;
  });
  await window.loadURL(DEV_SERVER_URL ?? APP_ENTRY_URL);
}
