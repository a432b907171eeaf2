// The browser-mode HTTP server: binds 127.0.0.1 only, checks Host and Origin on every request,
// serves the built renderer, answers `POST /api/<method>` with the envelope of contract.md
// and streams core events at `GET /api/events`. Every /api/ route needs the token (Bearer)
// or the session cookie the page gets from `/?token=<token>`.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMethodName } from '../../shared/contract';
import type { CoreListener } from '../core/types';
import type { Dispatch } from '../methods/dispatch';
import { isAuthorized, sessionCookie, type AuthSecrets } from './auth';
import { createEventStream } from './eventStream';
import { MAX_BODY_BYTES, readJsonBody } from './readBody';
import { SECURITY_HEADERS, sendEnvelope, sendError, sendText } from './replies';
import { isAllowedHost, isAllowedOrigin } from './requestGuards';
import { createSecret, sameSecret } from './secrets';
import { serveStatic } from './staticFiles';

export interface ServerOptions {
  dispatch: Dispatch;
  /** The core's event feed (Core.subscribe); absent: the event stream stays silent. */
  subscribe?: (listener: CoreListener) => () => void;
  token: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 (the default) lets the system choose. */
  port?: number;
  heartbeatMs?: number;
  maxBodyBytes?: number;
}

export interface RunningServer {
  readonly port: number;
  /** The address of the ready line, token included. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const events = createEventStream(options.heartbeatMs);
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const secrets: AuthSecrets = { token: options.token, session: createSecret(), port: 0 };

  const server = createHttpServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug, not a user error: answer once if we still can, never leak a stack trace.
      const reason = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) {
        sendError(res, 'IO_ERROR', 'Unexpected server error', { details: { path: '', reason } });
      } else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = secrets.port;
    if (!isAllowedHost(req, port)) {
      sendError(res, 'FORBIDDEN', `Prepnote answers only to 127.0.0.1:${port} and localhost:${port}.`);
      return;
    }
    if (!isAllowedOrigin(req, port)) {
      sendError(res, 'FORBIDDEN', 'Requests from other sites are refused.');
      return;
    }
    const rawUrl = req.url ?? '';
    if (!rawUrl.startsWith('/')) {
      sendText(res, 400, 'Bad request');
      return;
    }
    // Concatenated, not resolved against a base, so `//host/…` stays a path.
    const url = new URL(`http://127.0.0.1:${port}${rawUrl}`);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Length': '0' });
      res.end();
      return;
    }
    if (url.searchParams.has('token')) {
      exchangeToken(res, url);
      return;
    }
    await serveStatic(req, res, options.staticDir, url.pathname);
  }

  /** `GET /?token=T`: a valid token becomes the session cookie, and the token leaves the address bar. */
  function exchangeToken(res: ServerResponse, url: URL): void {
    if (!sameSecret(url.searchParams.get('token') ?? undefined, secrets.token)) {
      sendText(
        res,
        401,
        'This Prepnote address has an old or wrong token. Open the address Prepnote printed when it started.',
      );
      return;
    }
    url.searchParams.delete('token');
    res.writeHead(303, {
      ...SECURITY_HEADERS,
      'Set-Cookie': sessionCookie(secrets),
      Location: url.pathname + url.search,
      'Cache-Control': 'no-store',
      'Content-Length': '0',
    });
    res.end();
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!isAuthorized(req, secrets)) {
      sendError(res, 'UNAUTHORIZED', 'Missing or wrong token.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="prepnote"' },
      });
      return;
    }
    if (name === 'events') {
      if (req.method !== 'GET') {
        sendError(res, 'NOT_FOUND', 'The event stream answers GET only.', {
          status: 405,
          headers: { Allow: 'GET' },
        });
        return;
      }
      events.attach(res);
      return;
    }
    if (!isMethodName(name)) {
      sendError(res, 'NOT_FOUND', `No such method: ${name}`);
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, 'NOT_FOUND', `Call ${name} with POST.`, { status: 405, headers: { Allow: 'POST' } });
      return;
    }
    const body = await readJsonBody(req, maxBody);
    switch (body.kind) {
      case 'aborted':
        res.destroy();
        return;
      case 'too-large':
        // The rest of the upload is discarded unread (Node drains it after the reply). Closing
        // the socket instead would reset it under the client, which then never sees the 413.
        sendError(res, 'PAYLOAD_TOO_LARGE', `The request body is over ${maxBody} bytes.`);
        return;
      case 'malformed':
        sendError(res, 'INVALID_INPUT', `Malformed JSON: ${body.reason}`, {
          details: { issues: [{ path: '', message: `Malformed JSON: ${body.reason}` }] },
        });
        return;
      case 'ok':
        sendEnvelope(res, await options.dispatch(name, body.value));
        return;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  secrets.port = (server.address() as AddressInfo).port;
  const unsubscribe = options.subscribe?.((name, payload) => events.broadcast(name, payload));

  let closing: Promise<void> | undefined;
  return {
    port: secrets.port,
    url: `http://127.0.0.1:${secrets.port}/?token=${encodeURIComponent(options.token)}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        unsubscribe?.();
        events.closeAll();
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open for seconds.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
