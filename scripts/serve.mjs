#!/usr/bin/env node
// `npm run serve -- --notebook <folder> [--port <n>]`: builds if needed, then runs browser
// mode (out/main/server.js) with the same arguments, its stdout and stderr, and its exit code.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ROOT, buildIfNeeded } from './buildIfNeeded.mjs';

/**
 * npm runs scripts from the project root; a relative --notebook means the folder the user
 * typed it in (npm keeps that in INIT_CWD).
 */
export function withAbsoluteNotebook(args, cwd = process.env.INIT_CWD ?? process.cwd()) {
  return args.map((arg, i) => {
    if (arg.startsWith('--notebook=')) return `--notebook=${resolve(cwd, arg.slice('--notebook='.length))}`;
    if (args[i - 1] === '--notebook' && !arg.startsWith('--')) return resolve(cwd, arg);
    return arg;
  });
}

export async function serve(args) {
  try {
    await buildIfNeeded();
  } catch (error) {
    process.stderr.write(`Prepnote could not start: ${error.message}\n`);
    process.exit(1);
  }
  const child = spawn(process.execPath, [join(ROOT, 'out/main/server.js'), ...withAbsoluteNotebook(args)], {
    stdio: 'inherit',
  });
  // Pass signals on (the server closes the notebook cleanly); its own exit ends this one.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await serve(process.argv.slice(2));
}
