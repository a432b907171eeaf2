#!/usr/bin/env node
// `npm start`: builds and launches the desktop app. Where Electron's binary is missing (it
// cannot be downloaded everywhere), says so in one line and runs browser mode on the default
// notebook instead. The binary is found by its files: `require('electron')` would start a
// download attempt before failing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildIfNeeded } from './buildIfNeeded.mjs';
import { serve } from './serve.mjs';

export function electronBinary(root = ROOT, env = process.env) {
  const pkg = join(root, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return undefined;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    'Electron is not installed here (its binary cannot be downloaded); starting browser mode on the default notebook instead.\n',
  );
  await serve([]);
} else {
  try {
    await buildIfNeeded();
  } catch (error) {
    process.stderr.write(`Prepnote could not start: ${error.message}\n`);
    process.exit(1);
  }
  const child = spawn(binary, [ROOT], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
