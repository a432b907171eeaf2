// Browser mode through the real server and the real core: the ready line, every method over
// HTTP with the contract's statuses, the security rules, the page's cookie exchange, events
// when files change on disk, and sessions that stay with their own server.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_STATUS, METHOD_NAMES, type ErrorCode } from '../../shared/contract';
import { RENDERER_CSP } from '../../electron/shell-config/csp';
import { expect, logIn, test } from './support/fixtures';
import { rawRequest } from './support/rawHttp';
import { electronBinary } from './support/electronBinary';
import { READY_LINE, makeTempNotebook, startServer, type StartOptions } from './support/server';

/** What the page's globals look like from here (this file is type-checked without the DOM). */
interface PageGlobals {
  document: { cookie: string };
  prepnoteEvents: { paths: string[] }[];
  EventSource: new (url: string) => {
    addEventListener(name: string, listener: (message: { data: string }) => void): void;
  };
}

const CUSTOMER_MD = ['---', 'name: Acme Corp', 'kind: customer', '---', '', 'Notes about Acme.', ''].join(
  '\n',
);

test.describe('the ready line', () => {
  test('is the only line on stdout, and names the port the system chose', async ({ server }) => {
    await server.call('notebook.info');
    expect(server.stdout()).toMatch(READY_LINE);
    expect(server.stdout().trimEnd().split('\n')).toHaveLength(1);
    expect(server.stdout().trim()).toBe(`Prepnote is running at ${server.url}`);
    expect(server.port).toBeGreaterThan(0);
    expect(server.stderr()).not.toContain(server.token);
  });
});

test.describe('the API over HTTP', () => {
  test('answers every method of the contract with an envelope and the status of its code', async ({
    server,
  }) => {
    // With no arguments, the methods that need none answer; every other one names what is missing.
    const needNoArguments = new Set([
      'notebook.info',
      'notebook.recent',
      'settings.get',
      'settings.update',
      'trash.list',
      'customers.list',
      'meetings.list',
      'actions.list',
      'templates.list',
      'history.stats',
    ]);
    for (const method of METHOD_NAMES) {
      const { status, body } = await server.call(method, {});
      const expected = body.ok ? 200 : ERROR_STATUS[body.error.code as ErrorCode];
      expect(status, `${method}: ${JSON.stringify(body)}`).toBe(expected);
      if (needNoArguments.has(method)) expect(body.ok, `${method}: ${JSON.stringify(body)}`).toBe(true);
      else expect(body, method).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  test('creates, reads, updates and lists a customer on disk', async ({ server, notebook }) => {
    const created = await server.call('customers.create', { name: 'Acme Corp', kind: 'customer' });
    expect(created.status).toBe(200);
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    const { id, version } = created.body.value as { id: string; version: string };

    const read = await server.call('customers.get', { id });
    expect(read).toMatchObject({
      status: 200,
      body: { ok: true, value: { id, fields: { name: 'Acme Corp' } } },
    });

    const updated = await server.call('customers.update', { id, version, body: 'Met at the fair.\n' });
    expect(updated.status).toBe(200);
    const onDisk = await readFile(join(notebook, 'customers', id, 'customer.md'), 'utf8');
    expect(onDisk).toMatch(/^---\nname: Acme Corp\n/);
    expect(onDisk).toContain('kind: customer');
    expect(onDisk).toContain('Met at the fair.');

    const stale = await server.call('customers.update', { id, version, body: 'Old text.\n' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The refused write left the file as it was.
    expect(await readFile(join(notebook, 'customers', id, 'customer.md'), 'utf8')).toBe(onDisk);

    const list = await server.call('customers.list', {});
    expect(list.body).toMatchObject({ ok: true, value: { items: [{ id, name: 'Acme Corp' }] } });
    const info = await server.call('notebook.info', {});
    expect(info.body).toMatchObject({ ok: true, value: { path: notebook, customers: 1 } });
  });

  test('answers the contract’s error statuses', async ({ server }) => {
    const notFound = await server.call('customers.get', { id: 'nobody-here' });
    expect(notFound).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    const outside = await server.call('customers.get', { id: '../../etc' });
    expect(outside).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN_PATH' } } });
    const invalid = await server.call('customers.create', { name: '' });
    expect(invalid).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT' } } });
    const unknown = await server.call('customers.explode', {});
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });

  test('answers 401 without the token or with a wrong one', async ({ server }) => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${server.token}x`]) {
      const response = await fetch(`${server.origin}/api/notebook.info`, {
        method: 'POST',
        headers: authorization ? { authorization } : {},
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
  });

  test('answers 403 to a foreign Host or Origin', async ({ server }) => {
    const auth = { authorization: `Bearer ${server.token}` };
    const host = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/notebook.info',
      headers: { ...auth, host: `rebinding.example:${server.port}` },
      body: '{}',
    });
    expect(host.status).toBe(403);
    expect(host.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const page = await rawRequest({ port: server.port, path: '/', headers: { host: 'rebinding.example' } });
    expect(page.status).toBe(403);

    const origin = await fetch(`${server.origin}/api/notebook.info`, {
      method: 'POST',
      headers: { ...auth, origin: 'https://evil.example' },
      body: '{}',
    });
    expect(origin.status).toBe(403);
    expect(await origin.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('answers 400 to malformed JSON and 413 to a body over 5 MB', async ({ server }) => {
    const headers = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
    const malformed = await fetch(`${server.origin}/api/customers.create`, {
      method: 'POST',
      headers,
      body: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const big = await fetch(`${server.origin}/api/customers.create`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Big', body: 'x'.repeat(6 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect((await server.call('notebook.info')).status).toBe(200);
  });

  test('serves the built renderer without the token, with its CSP, and nothing beside it', async ({
    server,
  }) => {
    const index = await fetch(`${server.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await index.text();
    expect(html).not.toContain(server.token);
    const script = /src="\.?(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.origin}${script}`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    for (const path of ['/../main/server.js', '/%2e%2e/main/server.js', '/..%2fmain%2fserver.js']) {
      const reply = await rawRequest({ port: server.port, path, headers: { accept: '*/*' } });
      expect(reply.text, path).not.toContain('Prepnote is running at');
    }
  });
});

test.describe('the page', () => {
  test('keeps working after the token is gone from the address bar', async ({ page, server }) => {
    await logIn(page, server);
    expect(page.url()).toBe(`${server.origin}/`);
    // HttpOnly: the page's own scripts cannot read the session.
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.cookie)).toBe('');
    const cookies = await page.context().cookies(server.origin);
    expect(cookies).toEqual([
      expect.objectContaining({
        name: `prepnote_${server.port}`,
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
      }),
    ]);
    expect(cookies[0]?.value).not.toBe(server.token);

    await page.reload();
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/notebook.info', { method: 'POST', body: '{}' });
      return response.status;
    });
    expect(status).toBe(200);
  });

  test('without the cookie, the API answers 401 to the page', async ({ page, server }) => {
    await page.goto(`${server.origin}/`);
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/notebook.info', { method: 'POST', body: '{}' });
      return response.status;
    });
    expect(status).toBe(401);
  });

  test('receives notebook.changed when a file changes on disk', async ({ appPage, notebook }) => {
    await appPage.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      page.prepnoteEvents = [];
      const source = new page.EventSource('/api/events');
      source.addEventListener('notebook.changed', (message) => {
        page.prepnoteEvents.push(JSON.parse(message.data) as { paths: string[] });
      });
      return new Promise<void>((resolve) => source.addEventListener('open', () => resolve()));
    });
    await mkdir(join(notebook, 'customers', 'acme'), { recursive: true });
    await writeFile(join(notebook, 'customers', 'acme', 'customer.md'), CUSTOMER_MD);

    await expect
      .poll(
        () =>
          appPage.evaluate(() =>
            (globalThis as unknown as PageGlobals).prepnoteEvents.flatMap((e) => e.paths),
          ),
        { timeout: 15_000 },
      )
      .toContain('customers/acme/customer.md');
  });
});

test.describe('two servers', () => {
  test('on different ports do not share a session', async ({ page, server, notebook }) => {
    const otherNotebook = await makeTempNotebook();
    // The same token on purpose: only the per-server session may tell them apart.
    const other = await startServer({ notebook: otherNotebook, token: server.token });
    const notebookPathFrom = async (origin: string) => {
      await page.goto(`${origin}/`);
      return page.evaluate(async () => {
        const response = await fetch('/api/notebook.info', { method: 'POST', body: '{}' });
        const body = (await response.json()) as { ok: boolean; value?: { path: string } };
        return { status: response.status, path: body.value?.path };
      });
    };
    try {
      await logIn(page, server);
      // The browser sends the first server's cookie to the second too (cookies ignore ports).
      expect(await notebookPathFrom(other.origin)).toEqual({ status: 401, path: undefined });

      await logIn(page, other);
      expect(await notebookPathFrom(server.origin)).toEqual({ status: 200, path: notebook });
      expect(await notebookPathFrom(other.origin)).toEqual({ status: 200, path: otherNotebook });
    } finally {
      await other.stop();
      await rm(otherNotebook, { recursive: true, force: true });
    }
  });
});

test.describe('starting', () => {
  test('refuses a port in use in one plain line and exits', async ({ server, notebook }) => {
    const error = await startServer({ notebook, port: server.port }).catch((e: unknown) => e);
    expect(String(error)).toContain(`Prepnote could not start: port ${server.port} is already in use.`);
  });
});

test.describe('the default notebook', () => {
  /** A home folder of its own, so the default notebook lands in <tmp>/Documents/Prepnote. */
  async function withHome(run: (home: string, env: Record<string, string>) => Promise<void>): Promise<void> {
    const home = await mkdtemp(join(tmpdir(), 'prepnote-home-'));
    const env = { HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: '', PREPNOTE_NO_BUILD: '1' };
    try {
      await run(home, env);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  }

  async function expectDefaultNotebook(options: StartOptions, home: string): Promise<string> {
    const server = await startServer(options);
    try {
      const info = await server.call('notebook.info');
      const path = join(home, 'Documents', 'Prepnote');
      expect(info).toMatchObject({ status: 200, body: { ok: true, value: { path } } });
      // A copy of the sample notebook, on disk where the user can see it.
      expect((await readdir(join(path, 'customers'))).length).toBeGreaterThan(0);
      return server.stderr();
    } finally {
      await server.stop();
    }
  }

  test('is what browser mode opens without --notebook', async () => {
    await withHome(async (home, env) => {
      await expectDefaultNotebook({ env }, home);
    });
  });

  test('is what `npm start` serves in browser mode where Electron is missing, after one line saying so', async () => {
    test.skip(electronBinary() !== undefined, 'Electron is installed here: npm start opens the desktop app.');
    await withHome(async (home, env) => {
      const stderr = await expectDefaultNotebook({ env, script: 'scripts/start.mjs' }, home);
      expect(stderr.split('\n')[0]).toBe(
        'Electron is not installed here (its binary cannot be downloaded); starting browser mode on the default notebook instead.',
      );
    });
  });
});
