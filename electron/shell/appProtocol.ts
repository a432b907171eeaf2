// The `app://prepnote/` scheme that serves the packaged renderer. Unlike `file://` it gives
// the page a real origin, lets the CSP travel as a response header, and reaches only the
// renderer folder (the same path checks as browser mode's static files).
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { contentTypeOf, resolveStaticFile } from '../server/staticFiles';
import { APP_HOST, APP_SCHEME } from '../shell-config/appUrl';
import { RENDERER_CSP } from '../shell-config/csp';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const last = url.pathname.split('/').pop() ?? '';
    // App routes without a file extension get the page itself, as in browser mode.
    const file =
      (await resolveStaticFile(rendererDir, url.pathname)) ??
      (last.includes('.') ? undefined : await resolveStaticFile(rendererDir, '/index.html'));
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(await readFile(file.path), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file.path),
        'Content-Security-Policy': RENDERER_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
