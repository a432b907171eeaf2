// The app:// scheme serving the packaged renderer: the page and its assets with the CSP
// header, nothing outside the renderer folder, nothing for another host.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP } from '../../../../electron/shell-config/csp';

const privileged: unknown[] = [];
// The real `electron` module cannot load in plain Node.
vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes) },
}));

const { registerAppScheme, serveAppProtocol } = await import('../../../../electron/shell/appProtocol');

let dir: string;
let handler: (request: Request) => Promise<Response>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepnote-protocol-'));
  await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<title>Prepnote</title>');
  await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'run()');
  await writeFile(join(dir, 'secret.txt'), 'outside');
  const session = {
    protocol: { handle: (_scheme: string, h: typeof handler) => (handler = h) },
  } as unknown as Session;
  serveAppProtocol(session, join(dir, 'renderer'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme', () => {
    registerAppScheme();
    expect(privileged).toContainEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('serves the page with the CSP as a header, and assets with their types', async () => {
    const page = await get('app://prepnote/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<title>Prepnote</title>');
    const script = await get('app://prepnote/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers app routes with the page and missing files with 404', async () => {
    expect(await (await get('app://prepnote/customers/acme')).text()).toBe('<title>Prepnote</title>');
    expect((await get('app://prepnote/assets/missing.js')).status).toBe(404);
  });

  it.each(['app://prepnote/%2e%2e/secret.txt', 'app://prepnote/..%2fsecret.txt', 'app://other/index.html'])(
    'refuses %s',
    async (url) => {
      const reply = await get(url);
      expect(reply.status).toBe(404);
      expect(await reply.text()).not.toContain('outside');
    },
  );

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://prepnote/index.html', 'POST')).status).toBe(404);
  });
});
