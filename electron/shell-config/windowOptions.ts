// The main window's options, with every security setting of Electron's checklist. This module
// does not import `electron` (in plain Node that import tries to download the binary), so a
// unit test can check each setting; main.ts passes the object to `new BrowserWindow`, and the
// type below is checked against Electron's own there.

export interface SecureWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly experimentalFeatures: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly spellcheck: boolean;
}

export interface MainWindowOptions {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly title: string;
  readonly show: boolean;
  readonly backgroundColor: string;
  readonly webPreferences: SecureWebPreferences;
}

export interface WindowBoundsInput {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

const DEFAULT_BOUNDS = { width: 1200, height: 800 } as const;
const MIN_SIZE = { width: 720, height: 480 } as const;

export function mainWindowOptions(preloadPath: string, bounds?: WindowBoundsInput): MainWindowOptions {
  const size = {
    width: Math.max(MIN_SIZE.width, bounds?.width ?? DEFAULT_BOUNDS.width),
    height: Math.max(MIN_SIZE.height, bounds?.height ?? DEFAULT_BOUNDS.height),
  };
  const position = bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {};
  return {
    ...size,
    ...position,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Prepnote',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // The page's JavaScript and the preload live in separate worlds; only `window.api`
      // crosses, through contextBridge.
      contextIsolation: true,
      // The renderer process runs in Chromium's OS sandbox; the preload gets only a small,
      // Node-free `require('electron')`, which is why preload.cjs is bundled in one file.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The saved bounds, without the position when the window's top-left corner would fall outside
 * every display (a monitor unplugged since): the system then centres it instead.
 */
export function onScreen(
  bounds: WindowBoundsInput | undefined,
  displays: readonly Area[],
): WindowBoundsInput | undefined {
  if (!bounds || bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y } = bounds;
  const visible = displays.some(
    (d) => x >= d.x && y >= d.y && x < d.x + d.width - 40 && y < d.y + d.height - 40,
  );
  return visible ? bounds : { width: bounds.width, height: bounds.height };
}
