// The desktop shell in a real Electron, where its binary exists: the window loads the packaged
// renderer from app://, runs sandboxed with window.api and nothing else of Node, answers
// through IPC, and refuses navigation. Skipped, saying why, where the binary is missing. The
// built preload's bundle is checked everywhere.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './support/electronBinary';
import { ROOT } from './support/server';

const binary = electronBinary();

const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/path.txt or the dist/ it names is missing; it cannot be downloaded here): desktop shell not tested.';

test('the built preload is one file that requires nothing but electron', async () => {
  // A sandboxed preload gets a require() that knows `electron` and a few Node built-ins only.
  const code = await readFile(join(ROOT, 'out/preload/preload.cjs'), 'utf8');
  const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  expect(new Set(required)).toEqual(new Set(['electron']));
  expect(code).not.toMatch(/\bzod\b/);
});

/** The page's globals as seen from here (this file is type-checked without the DOM). */
interface PageGlobals {
  api?: { notebook: { info(args: object): Promise<{ ok: boolean; value?: { path: string } }> } };
  require?: unknown;
  process?: unknown;
  location: { href: string };
}

test('the desktop window is sandboxed, loads app://, and answers through window.api', async () => {
  if (!binary) {
    // The list reporter shows no skip reasons: say it on the console too.
    console.log(SKIP_REASON);
    test.skip(true, SKIP_REASON);
  }
  const scratch = await mkdtemp(join(tmpdir(), 'prepnote-electron-'));
  const notebook = join(scratch, 'notebook');
  const app = await electron.launch({
    executablePath: binary,
    args: [ROOT, '--notebook', notebook],
    env: {
      ...process.env,
      PREPNOTE_DATA_DIR: join(scratch, 'data'),
      PREPNOTE_CACHE_DIR: join(scratch, 'cache'),
    },
  });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    expect(window.url()).toMatch(/^app:\/\/prepnote\//);

    const page = await window.evaluate(async () => {
      const g = globalThis as unknown as PageGlobals;
      const info = await g.api?.notebook.info({});
      return { hasRequire: typeof g.require, hasProcess: typeof g.process, info };
    });
    expect(page.hasRequire).toBe('undefined');
    expect(page.hasProcess).toBe('undefined');
    expect(page.info).toMatchObject({ ok: true, value: { path: notebook } });

    const before = window.url();
    await window.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await window.waitForTimeout(500);
    expect(window.url()).toBe(before);
  } finally {
    await app.close();
    await rm(scratch, { recursive: true, force: true });
  }
});
