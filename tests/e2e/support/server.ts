// Starts browser mode for a test: `node out/main/server.js` (built by `npm run test:e2e`) on
// its own notebook, with its own settings and cache folders, a port the system chooses and
// BROWSER=none. Resolves once the ready line is printed; stop() ends the server and removes
// the folders it made (never the notebook, which the caller owns).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
export const SERVER_JS = join(ROOT, 'out/main/server.js');
export const READY_LINE = /^Prepnote is running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)$/m;

export interface StartOptions {
  /** The notebook folder (see makeTempNotebook); absent: the default notebook. */
  notebook?: string;
  /** PREPNOTE_TOKEN; absent: a fresh random one. */
  token?: string;
  env?: Record<string, string>;
  /** Absent: 0, a port the system chooses. */
  port?: number;
  /** Extra command-line arguments. */
  args?: string[];
  /**
   * Run this script (relative to the project) instead of out/main/server.js, with no
   * arguments but `args`: e.g. 'scripts/start.mjs' to test `npm start`.
   */
  script?: string;
  timeoutMs?: number;
}

export interface StartedServer {
  /** The ready line's address, token included: `page.goto(url)` logs the page in. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  cacheDir: string;
  /** Everything the server printed so far. */
  stdout(): string;
  stderr(): string;
  /** POSTs to /api/<method> with the Bearer token; the parsed envelope and the status. */
  call(method: string, args?: unknown): Promise<{ status: number; body: ApiReply }>;
  stop(): Promise<void>;
}

export type ApiReply =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } };

export async function startServer(options: StartOptions = {}): Promise<StartedServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const scratch = await mkdtemp(join(tmpdir(), 'prepnote-e2e-'));
  const dataDir = join(scratch, 'data');
  const cacheDir = join(scratch, 'cache');
  await mkdir(dataDir);
  await mkdir(cacheDir);

  const args = options.script
    ? [join(ROOT, options.script)]
    : [
        SERVER_JS,
        '--port',
        String(options.port ?? 0),
        ...(options.notebook ? ['--notebook', options.notebook] : []),
      ];
  const child = spawn(process.execPath, [...args, ...(options.args ?? [])], {
    cwd: ROOT,
    env: {
      ...process.env,
      BROWSER: 'none',
      PREPNOTE_TOKEN: token,
      PREPNOTE_DATA_DIR: dataDir,
      PREPNOTE_CACHE_DIR: cacheDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));

  let port: number;
  try {
    port = await waitForReady(
      child,
      () => out,
      () => err,
      options.timeoutMs ?? 30_000,
    );
  } catch (error) {
    await kill(child);
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    port,
    token,
    dataDir,
    cacheDir,
    stdout: () => out,
    stderr: () => err,
    async call(method, callArgs = {}) {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(callArgs),
      });
      return { status: response.status, body: (await response.json()) as ApiReply };
    },
    async stop() {
      await kill(child);
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

function waitForReady(
  child: ChildProcess,
  out: () => string,
  err: () => string,
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`browser mode printed no ready line in ${timeoutMs} ms. stderr: ${err()}`));
    }, timeoutMs);
    const onData = (): void => {
      const match = READY_LINE.exec(out());
      if (match) {
        cleanup();
        resolve(Number(match[1]));
      }
    };
    const onExit = (code: number | null): void => {
      cleanup();
      reject(new Error(`browser mode exited (${code}) before it was ready. stderr: ${err()}`));
    };
    function cleanup(): void {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    }
    child.stdout?.on('data', onData);
    child.on('exit', onExit);
  });
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * A fresh notebook folder under the system's temp folder: a copy of `from` (a fixture
 * notebook, e.g. tests/fixtures/<name>) or, without it, an empty folder the core turns into a
 * notebook. The caller removes it (the `notebook` fixture does).
 */
export async function makeTempNotebook(from?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'prepnote-notebook-'));
  if (from) await cp(from, dir, { recursive: true });
  return dir;
}
