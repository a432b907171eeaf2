// Where Electron's binary is, found by its files (node_modules/electron/path.txt and the
// dist/ it names), never by `require('electron')`, which starts a download attempt first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server';

export function electronBinary(root = ROOT): string | undefined {
  const pkg = join(root, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = relative ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist'), relative) : '';
  return binary && existsSync(binary) ? binary : undefined;
}
