// Where the app keeps things outside the notebook (architecture.md, "Where things live"),
// computed without Electron so the core and the browser-mode server agree with the desktop app:
// the user-data folder is the one Electron's app.getPath('userData') gives for "Prepnote".
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Prepnote';

/** The facts these folders depend on; tests pass their own. */
export interface Platform {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

export function currentPlatform(): Platform {
  return { platform: process.platform, env: process.env, home: os.homedir() };
}

/** PREPNOTE_DATA_DIR, else Electron's userData for the app. */
export function userDataDir(p: Platform = currentPlatform()): string {
  if (p.env.PREPNOTE_DATA_DIR) return path.resolve(p.env.PREPNOTE_DATA_DIR);
  if (p.platform === 'win32')
    return path.join(p.env.APPDATA ?? path.join(p.home, 'AppData', 'Roaming'), APP_NAME);
  if (p.platform === 'darwin') return path.join(p.home, 'Library', 'Application Support', APP_NAME);
  return path.join(absoluteEnv(p.env.XDG_CONFIG_HOME) ?? path.join(p.home, '.config'), APP_NAME);
}

/** PREPNOTE_CACHE_DIR, else the platform's cache folder for the app (never the notebook). */
export function cacheDir(p: Platform = currentPlatform()): string {
  if (p.env.PREPNOTE_CACHE_DIR) return path.resolve(p.env.PREPNOTE_CACHE_DIR);
  if (p.platform === 'win32') {
    return path.join(p.env.LOCALAPPDATA ?? path.join(p.home, 'AppData', 'Local'), APP_NAME, 'Cache');
  }
  if (p.platform === 'darwin') return path.join(p.home, 'Library', 'Caches', APP_NAME);
  return path.join(absoluteEnv(p.env.XDG_CACHE_HOME) ?? path.join(p.home, '.cache'), APP_NAME);
}

/** The user's Documents folder: XDG_DOCUMENTS_DIR from user-dirs.dirs on Linux, else ~/Documents. */
export function documentsDir(p: Platform = currentPlatform()): string {
  if (p.platform === 'win32') return path.join(p.env.USERPROFILE ?? p.home, 'Documents');
  if (p.platform !== 'darwin') {
    const configHome = absoluteEnv(p.env.XDG_CONFIG_HOME) ?? path.join(p.home, '.config');
    const fromFile = xdgDocuments(path.join(configHome, 'user-dirs.dirs'), p.home);
    if (fromFile) return fromFile;
  }
  return path.join(p.home, 'Documents');
}

/** The default notebook: <Documents>/Prepnote. */
export function defaultNotebookPath(p: Platform = currentPlatform()): string {
  return path.join(documentsDir(p), APP_NAME);
}

/**
 * `<repo>/resources`, found by walking up from this module until a folder holds both
 * `resources/` and `package.json`: works from the sources (vitest) and from the bundle in
 * `out/main/`. A packaged app passes its own resourcesDir instead.
 */
export function defaultResourcesDir(start: string = import.meta.dirname): string {
  let firstPackage: string | undefined;
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) {
      if (existsSync(path.join(dir, 'resources'))) return path.join(dir, 'resources');
      firstPackage ??= dir;
    }
    if (path.dirname(dir) === dir) return path.join(firstPackage ?? start, 'resources');
  }
}

/** XDG_DOCUMENTS_DIR="$HOME/Documents" (the format xdg-user-dirs writes). */
function xdgDocuments(file: string, home: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const match = /^\s*XDG_DOCUMENTS_DIR\s*=\s*"?([^"\n]*)"?\s*$/m.exec(text);
  if (!match) return undefined;
  const value = match[1].replace(/^\$HOME(?=\/|$)/, home).replace(/^\$\{HOME\}(?=\/|$)/, home);
  // xdg-user-dirs treats "$HOME/" alone as "disabled": fall back to ~/Documents then.
  if (!path.isAbsolute(value) || path.resolve(value) === path.resolve(home)) return undefined;
  return path.resolve(value);
}

function absoluteEnv(value: string | undefined): string | undefined {
  return value && path.isAbsolute(value) ? value : undefined;
}
