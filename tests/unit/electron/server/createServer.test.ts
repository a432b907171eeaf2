// The browser-mode server's security rules and routing, over real HTTP on 127.0.0.1, with a
// fake core. What a script or an attacker would see: status codes, envelopes, headers.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../electron/methods/dispatch';
import { startServer, type RunningServer } from '../../../../electron/server/createServer';
import { startupFailure } from '../../../../electron/server/startupFailure';
import { RENDERER_CSP } from '../../../../electron/shell-config/csp';
import { createFakeCore, type FakeCore } from './support/fakeCore';
import { rawRequest } from '../../../e2e/support/rawHttp';

const TOKEN = 'test-token-'.padEnd(48, 'x');
const INDEX_HTML = '<!doctype html><title>Prepnote</title><div id="root"></div>';

let dir: string;
let staticDir: string;
let core: FakeCore;
let servers: RunningServer[];

async function start(
  options: { maxBodyBytes?: number; heartbeatMs?: number; token?: string; port?: number } = {},
) {
  const server = await startServer({
    dispatch: createDispatch(core.handlers),
    subscribe: (listener) => core.subscribe(listener),
    token: options.token ?? TOKEN,
    staticDir,
    ...options,
  });
  servers.push(server);
  return server;
}

function call(port: number, method: string, args: unknown, headers: Record<string, string> = {}) {
  return rawRequest({
    port,
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify(args),
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepnote-server-'));
  staticDir = join(dir, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), INDEX_HTML);
  await writeFile(join(staticDir, 'assets', 'app-1234.js'), 'console.log("app")');
  await writeFile(join(staticDir, 'assets', 'app-1234.css'), 'body{}');
  await writeFile(join(staticDir, '.env'), 'SECRET=hidden-dotfile');
  await writeFile(join(dir, 'secret.txt'), 'outside the static root');
  core = createFakeCore();
  servers = [];
});

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('the API with a Bearer token', () => {
  it('answers a method with the ok envelope and 200', async () => {
    const { port, url } = await start();
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${TOKEN}`);
    const reply = await call(port, 'notebook.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.json()).toMatchObject({ ok: true, value: { name: 'Fake', customers: 2 } });
  });

  it('accepts an empty body as no arguments', async () => {
    const { port } = await start();
    const reply = await rawRequest({
      port,
      method: 'POST',
      path: '/api/notebook.info',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(reply.status).toBe(200);
  });

  it.each([
    ['NOT_FOUND', 404, { id: 'nobody' }],
    ['FORBIDDEN_PATH', 403, { id: '../etc' }],
    ['INVALID_INPUT', 400, { id: '' }],
  ])('maps %s to HTTP %i', async (code, status, args) => {
    const { port } = await start();
    const reply = await call(port, 'customers.get', args);
    expect(reply.status).toBe(status);
    expect(reply.json()).toMatchObject({ ok: false, error: { code } });
  });

  it('answers a stale version with 409 and what is on disk', async () => {
    const { port } = await start();
    const reply = await call(port, 'customers.update', { id: 'acme', version: 'old' });
    expect(reply.status).toBe(409);
    expect(reply.json()).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { version: 'v1' } },
    });
  });

  it('answers an unknown method with 404 NOT_FOUND', async () => {
    const { port } = await start();
    const reply = await call(port, 'customers.explode', {});
    expect(reply.status).toBe(404);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses GET on a method with 405 and an envelope', async () => {
    const { port } = await start();
    const reply = await rawRequest({
      port,
      path: '/api/notebook.info',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers malformed JSON with 400 INVALID_INPUT and an issue', async () => {
    const { port } = await start();
    const reply = await rawRequest({
      port,
      method: 'POST',
      path: '/api/customers.create',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{"name": "Acme",',
    });
    expect(reply.status).toBe(400);
    const body = reply.json() as { error: { code: string; details: { issues: { message: string }[] } } };
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.details.issues[0]?.message).toMatch(/Malformed JSON/);
  });

  it('answers a body over 5 MB with 413, with or without Content-Length', async () => {
    const { port } = await start();
    const big = JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024 + 10) });
    for (const chunked of [false, true]) {
      const reply = await rawRequest({
        port,
        method: 'POST',
        path: '/api/customers.create',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: big,
        chunked,
      });
      expect(reply.status).toBe(413);
      expect(reply.json()).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    }
    // The server is still fine afterwards.
    expect((await call(port, 'notebook.info', {})).status).toBe(200);
  });

  it('accepts a body just under the limit', async () => {
    const { port } = await start();
    const reply = await call(port, 'customers.create', {
      name: 'A',
      body: 'x'.repeat(5 * 1024 * 1024 - 100),
    });
    expect(reply.status).toBe(200);
  });
});

describe('authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer wrong' }],
    ['the token with one character changed', { authorization: `Bearer ${TOKEN.slice(0, -1)}y` }],
    ['a token that is a prefix', { authorization: `Bearer ${TOKEN.slice(0, 10)}` }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
    ['the token as a cookie value', { cookie: `prepnote_PORT=${TOKEN}` }],
  ])('answers 401 UNAUTHORIZED to %s', async (_what, headers: Record<string, string>) => {
    const { port } = await start();
    const fixed = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(port))]),
    );
    const reply = await rawRequest({
      port,
      method: 'POST',
      path: '/api/notebook.info',
      headers: fixed,
      body: '{}',
    });
    expect(reply.status).toBe(401);
    expect(reply.json()).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
    expect(reply.text).not.toContain(TOKEN);
  });

  it('checks the token before the method name, so callers without it learn nothing', async () => {
    const { port } = await start();
    const reply = await rawRequest({ port, method: 'POST', path: '/api/no.such', body: '{}' });
    expect(reply.status).toBe(401);
  });

  it('exchanges ?token= for an HttpOnly SameSite=Strict cookie named for the port, then redirects', async () => {
    const { port } = await start();
    const login = await rawRequest({ port, path: `/?token=${TOKEN}` });
    expect([302, 303]).toContain(login.status);
    expect(login.headers.location).toBe('/');
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^prepnote_${port}=[^;]+; HttpOnly; SameSite=Strict; Path=/$`));
    const cookie = setCookie.split(';')[0] ?? '';
    expect(cookie).not.toContain(TOKEN);

    const reply = await rawRequest({
      port,
      method: 'POST',
      path: '/api/notebook.info',
      headers: { cookie },
      body: '{}',
    });
    expect(reply.status).toBe(200);
  });

  it('keeps other query parameters and the path when it removes the token', async () => {
    const { port } = await start();
    const login = await rawRequest({ port, path: `/meetings?lang=vi&token=${encodeURIComponent(TOKEN)}` });
    expect(login.headers.location).toBe('/meetings?lang=vi');
  });

  it('sets no cookie for a wrong token', async () => {
    const { port } = await start();
    const login = await rawRequest({ port, path: '/?token=wrong' });
    expect(login.status).toBe(401);
    expect(login.headers['set-cookie']).toBeUndefined();
    expect(login.text).not.toContain(TOKEN);
  });

  it('accepts a PREPNOTE_TOKEN with characters that need escaping in the address', async () => {
    const token = 'a b&c=d/é+'.repeat(4);
    const { port, url } = await start({ token });
    const login = await rawRequest({ port, path: new URL(url).pathname + new URL(url).search });
    expect(login.status).toBe(303);
  });

  it('gives two servers sessions that do not open each other, even with the same token', async () => {
    const a = await start();
    const b = await start();
    const loginA = await rawRequest({ port: a.port, path: `/?token=${TOKEN}` });
    const valueA = String(loginA.headers['set-cookie']).split(';')[0]?.split('=')[1] ?? '';
    // Cookies are not separated by port: the browser would send A's cookie to B as well.
    const reply = await rawRequest({
      port: b.port,
      method: 'POST',
      path: '/api/notebook.info',
      headers: { cookie: `prepnote_${a.port}=${valueA}; prepnote_${b.port}=${valueA}` },
      body: '{}',
    });
    expect(reply.status).toBe(401);
  });
});

describe('Host and Origin', () => {
  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1:1', 'localhost', '127.0.0.1', '[::1]:PORT', ''])(
    'answers Host "%s" with 403 FORBIDDEN, on the API and on static files',
    async (host) => {
      const { port } = await start();
      const headers = { host: host.replace('PORT', String(port)), authorization: `Bearer ${TOKEN}` };
      const api = await rawRequest({ port, method: 'POST', path: '/api/notebook.info', headers, body: '{}' });
      expect(api.status).toBe(403);
      expect(api.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const page = await rawRequest({ port, path: '/', headers });
      expect(page.status).toBe(403);
      expect(page.text).not.toContain('<div id="root">');
    },
  );

  it('accepts localhost:<port> as the Host', async () => {
    const { port } = await start();
    const reply = await call(port, 'notebook.info', {}, { host: `localhost:${port}` });
    expect(reply.status).toBe(200);
  });

  it.each(['https://evil.example', 'http://127.0.0.1:1', 'null', 'http://127.0.0.1:PORT.evil.example'])(
    'answers Origin "%s" with 403 FORBIDDEN even with a valid token',
    async (origin) => {
      const { port } = await start();
      const reply = await call(port, 'notebook.info', {}, { origin: origin.replace('PORT', String(port)) });
      expect(reply.status).toBe(403);
      expect(reply.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    },
  );

  it('accepts the server’s own origin, by either name', async () => {
    const { port } = await start();
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      expect((await call(port, 'notebook.info', {}, { origin })).status).toBe(200);
    }
  });
});

describe('static files', () => {
  it('serves index.html without a token, with the CSP and nosniff headers', async () => {
    const { port } = await start();
    const reply = await rawRequest({ port, path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content types', async () => {
    const { port } = await start();
    const js = await rawRequest({ port, path: '/assets/app-1234.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.text).toBe('console.log("app")');
    const css = await rawRequest({ port, path: '/assets/app-1234.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers app routes with index.html and missing assets with 404', async () => {
    const { port } = await start();
    const route = await rawRequest({ port, path: '/customers/acme' });
    expect(route.status).toBe(200);
    expect(route.text).toBe(INDEX_HTML);
    const missing = await rawRequest({ port, path: '/assets/missing.js' });
    expect(missing.status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const { port } = await start();
    const reply = await rawRequest({ port, method: 'HEAD', path: '/assets/app-1234.js' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/.env',
    '/assets/%00.js',
    '/%E0%A4%A',
  ])('never serves anything outside the renderer folder or a dot-file: %s', async (path) => {
    const { port } = await start();
    const reply = await rawRequest({ port, path, headers: { accept: '*/*' } });
    expect(reply.text).not.toContain('outside the static root');
    expect(reply.text).not.toContain('hidden-dotfile');
  });

  it('does not follow a link out of the renderer folder', async () => {
    await symlink(join(dir, 'secret.txt'), join(staticDir, 'assets', 'link.txt'));
    const { port } = await start();
    const reply = await rawRequest({ port, path: '/assets/link.txt' });
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('outside the static root');
  });

  it('refuses other verbs on static paths', async () => {
    const { port } = await start();
    const reply = await rawRequest({ port, method: 'POST', path: '/', body: 'x' });
    expect(reply.status).toBe(405);
  });
});

describe('the event stream', () => {
  it('needs the token', async () => {
    const { port } = await start();
    const reply = await rawRequest({ port, path: '/api/events' });
    expect(reply.status).toBe(401);
  });

  it('sends core events as event/data lines, heartbeats, and forgets closed clients', async () => {
    const { port } = await start({ heartbeatMs: 50 });
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/events`, {
      headers: { authorization: `Bearer ${TOKEN}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    if (!response.body) throw new Error('no body');
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readUntil = async (needle: string) => {
      while (!received.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before "${needle}"`);
        received += decoder.decode(value, { stream: true });
      }
    };
    await readUntil(': connected');
    core.emit('notebook.changed', { paths: ['customers/acme/customer.md'] });
    await readUntil('customer.md"]}\n\n');
    expect(received).toContain('event: notebook.changed\ndata: {"paths":["customers/acme/customer.md"]}\n\n');
    core.emit('index.progress', { done: 5, total: 10 });
    await readUntil('event: index.progress\ndata: {"done":5,"total":10}\n\n');
    await readUntil(': heartbeat');
    controller.abort();
  });

  it('lets the server close while a page is still listening', async () => {
    const server = await start();
    const response = await fetch(`http://127.0.0.1:${server.port}/api/events`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
    await server.close();
    expect(core.listenerCount).toBe(0);
    await expect(response.text()).resolves.toContain(': connected');
  });
});

describe('starting', () => {
  it('reports a port in use in one plain line', async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const failure = await start({ port }).catch((error: unknown) => error);
      expect(startupFailure(failure)).toBe(`Prepnote could not start: port ${port} is already in use.`);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
