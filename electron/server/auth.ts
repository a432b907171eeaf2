// Who may call /api/: a script with `Authorization: Bearer <token>`, or the page with the
// session cookie it got by opening `/?token=<token>` once. The cookie is named for the port,
// HttpOnly (page scripts never see it) and SameSite=Strict (other sites never send it).
import type { IncomingMessage } from 'node:http';
import { sameSecret } from './secrets';

export interface AuthSecrets {
  token: string;
  session: string;
  port: number;
}

export function cookieName(port: number): string {
  return `prepnote_${port}`;
}

export function sessionCookie(secrets: AuthSecrets): string {
  return `${cookieName(secrets.port)}=${secrets.session}; HttpOnly; SameSite=Strict; Path=/`;
}

export function isAuthorized(req: IncomingMessage, secrets: AuthSecrets): boolean {
  const bearer = bearerToken(req.headers.authorization);
  if (bearer !== undefined) return sameSecret(bearer, secrets.token);
  return sameSecret(readCookie(req.headers.cookie, cookieName(secrets.port)), secrets.session);
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  // A malformed Authorization header counts as a wrong token, never as "no header".
  return match?.[1] ?? '';
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
