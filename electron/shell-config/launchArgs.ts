// The desktop app's one command-line option, `--notebook <folder>` (or `--notebook=<folder>`):
// open that notebook instead of the last one. Tests use it to stay out of the user's
// Documents; Chromium's own switches in the same argv are ignored.
import { resolve } from 'node:path';

export function notebookFromArgv(argv: readonly string[], cwd = process.cwd()): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--notebook=')) return resolveIfSet(arg.slice('--notebook='.length), cwd);
    if (arg === '--notebook') return resolveIfSet(argv[i + 1], cwd);
  }
  return undefined;
}

function resolveIfSet(value: string | undefined, cwd: string): string | undefined {
  return value && !value.startsWith('--') ? resolve(cwd, value) : undefined;
}
