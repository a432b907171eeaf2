// The checks every request passes before anything else: the Host header must name this
// server (a DNS-rebinding page reaches 127.0.0.1 under its own host name), and an Origin, when
// present, must be this server's own (a page of another site may not drive the API).
import type { IncomingMessage } from 'node:http';

function allowedOrigins(port: number): readonly string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function isAllowedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function isAllowedOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  // No Origin: a script, or a same-origin GET from the page. Either way the Host check and
  // the token or SameSite=Strict cookie still apply. `Origin: null` (sandboxed frames, file:
  // pages) is a string and so is refused below.
  if (origin === undefined) return true;
  return allowedOrigins(port).includes(origin.toLowerCase());
}
