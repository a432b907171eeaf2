// Test notebooks: a private temporary copy of a fixture from tests/fixtures/, plus the cases a
// git checkout cannot carry everywhere (an NFD folder name, links leading out of the notebook,
// a folder named like a Windows device), and a core opened on it with every folder it uses
// inside the test's own temporary folder. Everything is removed when the test ends.
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished } from 'vitest';
import type {
  ApiErrorBody,
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../../../../shared/contract';
import { createCore } from '../../../../../electron/core/createCore';
import type { Core, CoreOptions } from '../../../../../electron/core/types';
import { createDispatch } from '../../../../../electron/methods/dispatch';

export const FIXTURES = fileURLToPath(new URL('../../../../fixtures', import.meta.url));

/** "Today" in every core test: 26 November 2026, noon, local time. */
export const TODAY = new Date(2026, 10, 26, 12, 0, 0);

export const NFD_NAME = 'Cà Phê Sáng'.normalize('NFD');

/** A fresh temporary folder, removed when the test ends. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prepnote-test-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestNotebook {
  /** The notebook folder. */
  root: string;
  /** The test's temporary folder (the notebook, data, cache and "outside" live in it). */
  base: string;
  /** A folder outside the notebook that links point to. */
  outside: string;
}

export async function fixtureNotebook(
  name = 'notebook-awkward',
  options: { hostile?: boolean } = {},
): Promise<TestNotebook> {
  const base = await tempDir();
  const root = path.join(base, 'notebook');
  await cp(path.join(FIXTURES, name), root, { recursive: true });
  const outside = path.join(base, 'outside');
  await mkdir(outside);
  await writeFile(
    path.join(outside, 'customer.md'),
    '---\nname: Secret outside\n---\nNot in the notebook.\n',
  );
  if (options.hostile !== false) await addHostileEntries(root, outside);
  return { root, base, outside };
}

export async function emptyNotebook(): Promise<TestNotebook> {
  const base = await tempDir();
  const root = path.join(base, 'notebook');
  const outside = path.join(base, 'outside');
  await mkdir(path.join(root, 'customers'), { recursive: true });
  await mkdir(outside);
  return { root, base, outside };
}

async function addHostileEntries(root: string, outside: string): Promise<void> {
  const customers = path.join(root, 'customers');
  const nfd = path.join(customers, NFD_NAME);
  await mkdir(path.join(nfd, 'meetings'), { recursive: true });
  await writeFile(path.join(nfd, 'customer.md'), `---\nname: ${NFD_NAME}\nlocation: Huế\n---\n`);
  await writeFile(
    path.join(nfd, 'meetings', `2026-12-01-${'gặp'.normalize('NFD')}.md`),
    '---\ntitle: Gặp anh Tuấn\ndate: 2026-12-01\n---\n'.normalize('NFD'),
  );
  await symlink(outside, path.join(customers, 'escape'), 'dir');
  await symlink(
    path.join(outside, 'customer.md'),
    path.join(customers, 'minh-long', 'meetings', '2026-01-01-leak.md'),
  );
  if (process.platform !== 'win32') {
    await mkdir(path.join(customers, 'aux'));
    await writeFile(path.join(customers, 'aux', 'customer.md'), '---\nname: Reserved\n---\n');
  }
}

export interface TestCore {
  core: Core;
  notebook: TestNotebook;
  /** Calls a method through the real dispatcher; the value, or the test fails. */
  call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method that must fail; the error body. */
  fail<M extends MethodName>(method: M, args: MethodInput<M>): Promise<ApiErrorBody>;
  /** Every event received so far. */
  events: { name: EventName; payload: EventPayload<EventName> }[];
  /** Paths of every notebook.changed received so far. */
  changedPaths(): string[];
}

export async function openCore(
  notebook: TestNotebook,
  options: Partial<CoreOptions> = {},
): Promise<TestCore> {
  const resourcesDir = path.join(notebook.base, 'resources');
  await mkdir(resourcesDir, { recursive: true });
  const core = await createCore({
    notebookPath: notebook.root,
    dataDir: path.join(notebook.base, 'data'),
    cacheDir: path.join(notebook.base, 'cache'),
    resourcesDir,
    applyTemplate: async () => undefined,
    clock: () => TODAY,
    ...options,
  });
  onTestFinished(() => core.close());
  const dispatch = createDispatch(core.handlers);
  const events: TestCore['events'] = [];
  core.subscribe((name, payload) => events.push({ name, payload }));
  return {
    core,
    notebook,
    events,
    changedPaths: () =>
      events.flatMap((e) => (e.name === 'notebook.changed' ? (e.payload as { paths: string[] }).paths : [])),
    async call(method, args) {
      const reply = await dispatch(method, args);
      if (!reply.ok) expect.fail(`${method} failed: ${reply.error.code} ${reply.error.message}`);
      return reply.value as never;
    },
    async fail(method, args) {
      const reply = await dispatch(method, args);
      if (reply.ok) expect.fail(`${method} should have failed`);
      return reply.error;
    },
  };
}

/** Polls until `check` passes or `ms` is over. */
export async function eventually(check: () => void | Promise<void>, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
