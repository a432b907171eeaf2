import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheDir,
  defaultNotebookPath,
  defaultResourcesDir,
  documentsDir,
  userDataDir,
  type Platform,
} from '../../../../electron/core/appPaths';
import { tempDir } from './support/fixtureNotebook';

const linux = (home: string, env: NodeJS.ProcessEnv = {}): Platform => ({ platform: 'linux', env, home });

describe('app folders', () => {
  it('follow PREPNOTE_DATA_DIR and PREPNOTE_CACHE_DIR when set', () => {
    const p = linux('/home/u', { PREPNOTE_DATA_DIR: '/tmp/data', PREPNOTE_CACHE_DIR: '/tmp/cache' });
    expect(userDataDir(p)).toBe(path.resolve('/tmp/data'));
    expect(cacheDir(p)).toBe(path.resolve('/tmp/cache'));
  });

  it("match Electron's userData and the cache folders of each platform", () => {
    expect(userDataDir(linux('/home/u'))).toBe('/home/u/.config/Prepnote');
    expect(userDataDir(linux('/home/u', { XDG_CONFIG_HOME: '/xdg/config' }))).toBe('/xdg/config/Prepnote');
    expect(cacheDir(linux('/home/u'))).toBe('/home/u/.cache/Prepnote');
    expect(cacheDir(linux('/home/u', { XDG_CACHE_HOME: '/xdg/cache' }))).toBe('/xdg/cache/Prepnote');
    const mac: Platform = { platform: 'darwin', env: {}, home: '/Users/u' };
    expect(userDataDir(mac)).toBe('/Users/u/Library/Application Support/Prepnote');
    expect(cacheDir(mac)).toBe('/Users/u/Library/Caches/Prepnote');
    const win: Platform = {
      platform: 'win32',
      env: { APPDATA: 'C:\\AppData\\Roaming', LOCALAPPDATA: 'C:\\AppData\\Local' },
      home: 'C:\\Users\\u',
    };
    expect(userDataDir(win)).toBe(path.join('C:\\AppData\\Roaming', 'Prepnote'));
    expect(cacheDir(win)).toBe(path.join('C:\\AppData\\Local', 'Prepnote', 'Cache'));
  });

  it('find Documents through user-dirs.dirs on Linux, else ~/Documents', async () => {
    const home = await tempDir();
    expect(documentsDir(linux(home))).toBe(path.join(home, 'Documents'));
    await mkdir(path.join(home, '.config'));
    await writeFile(
      path.join(home, '.config', 'user-dirs.dirs'),
      '# comment\nXDG_DESKTOP_DIR="$HOME/Desktop"\nXDG_DOCUMENTS_DIR="$HOME/Tài liệu"\n',
    );
    expect(documentsDir(linux(home))).toBe(path.join(home, 'Tài liệu'));
    expect(defaultNotebookPath(linux(home))).toBe(path.join(home, 'Tài liệu', 'Prepnote'));
    await writeFile(path.join(home, '.config', 'user-dirs.dirs'), 'XDG_DOCUMENTS_DIR="$HOME/"\n');
    expect(documentsDir(linux(home))).toBe(path.join(home, 'Documents'));
  });

  it("find the repository's resources folder from the sources and from a build output folder", async () => {
    const repo = await tempDir();
    await writeFile(path.join(repo, 'package.json'), '{}');
    await mkdir(path.join(repo, 'resources'));
    await mkdir(path.join(repo, 'out', 'main'), { recursive: true });
    await mkdir(path.join(repo, 'electron', 'core'), { recursive: true });
    expect(defaultResourcesDir(path.join(repo, 'out', 'main'))).toBe(path.join(repo, 'resources'));
    expect(defaultResourcesDir(path.join(repo, 'electron', 'core'))).toBe(path.join(repo, 'resources'));
    expect(defaultResourcesDir()).toMatch(/resources$/);
  });
});
