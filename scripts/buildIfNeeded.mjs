// Builds the app (`electron-vite build`) when out/ is missing or older than any source file,
// for `npm run serve` and `npm start`. The build's output goes to stderr, so that stdout
// carries nothing but the server's one ready line.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const OUTPUTS = [
  'out/main/main.js',
  'out/main/server.js',
  'out/preload/preload.cjs',
  'out/renderer/index.html',
];
const SOURCES = [
  'electron',
  'shared',
  'renderer',
  'electron.vite.config.ts',
  'package.json',
  'tsconfig.json',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file shows only as its folder's mtime
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function needsBuild(root = ROOT) {
  const outputs = OUTPUTS.map((p) => join(root, p));
  if (!outputs.every((p) => existsSync(p))) return true;
  const builtAt = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  return SOURCES.some((p) => newestMtime(join(root, p)) > builtAt);
}

/** PREPNOTE_NO_BUILD=1 skips the check: tests that start the app while others run use out/ as it is. */
export function buildIfNeeded(root = ROOT, env = process.env) {
  if (env.PREPNOTE_NO_BUILD === '1' || !needsBuild(root)) return Promise.resolve();
  process.stderr.write('Building Prepnote…\n');
  const cli = join(root, 'node_modules/electron-vite/bin/electron-vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build'], {
      cwd: root,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`the build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
