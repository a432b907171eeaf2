// Browser-mode entry point (plain Node): `npm run serve -- --notebook <folder> [--port <n>]`.
// Opens the core on the notebook (the default notebook without --notebook), starts the server
// and prints exactly one line on stdout: `Prepnote is running at http://127.0.0.1:<port>/?token=<token>`.
// Failures are one plain line on stderr and exit code 1.
import { join, resolve } from 'node:path';
import { createCore } from '../core/createCore';
import type { Core } from '../core/types';
import { createDispatch } from '../methods/dispatch';
import { parseServeArgs } from './args';
import { startServer, type RunningServer } from './createServer';
import { openBrowser } from './openBrowser';
import { chooseToken } from './secrets';
import { startupFailure } from './startupFailure';

// This file is bundled to out/main/server.js: the built renderer sits beside it. (The core
// finds <repo>/resources by itself.)
const STATIC_DIR = join(import.meta.dirname, '../renderer');

async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  const token = chooseToken(process.env);
  // Filled in as startup proceeds, so a signal at any moment closes what is open.
  const running: { core?: Core; server?: RunningServer } = {};

  let stopping = false;
  const stop = (): void => {
    // npm, scripts/serve.mjs and the terminal may each pass the same Ctrl+C on: act once.
    if (stopping) return;
    stopping = true;
    // Closing should take milliseconds; never hang on the way out.
    setTimeout(() => process.exit(1), 5000).unref();
    void (async () => {
      try {
        await running.server?.close();
        await running.core?.close();
      } finally {
        process.exit(0);
      }
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const core = await createCore({
    ...(args.notebook !== undefined ? { notebookPath: resolve(args.notebook) } : {}),
  });
  running.core = core;
  let server: RunningServer;
  try {
    server = await startServer({
      dispatch: createDispatch(core.handlers),
      subscribe: (listener) => core.subscribe(listener),
      token,
      staticDir: STATIC_DIR,
      port: args.port,
    });
  } catch (error) {
    await core.close().catch(() => undefined);
    throw error;
  }
  running.server = server;
  process.stdout.write(`Prepnote is running at ${server.url}\n`);
  openBrowser(server.url);
}

main().catch((error: unknown) => {
  process.stderr.write(`${startupFailure(error)}\n`);
  process.exit(1);
});
