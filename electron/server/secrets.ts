// The server's two secrets: the token (printed once in the ready line, sent by scripts as a
// Bearer token and by the page once in `?token=`) and the session value the page's cookie
// carries instead. The session is random per server, never the token itself, so a cookie of
// one server (cookies are not separated by port) opens nothing on another.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: safe in a URL and in a header without escaping. */
export function createSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The token from PREPNOTE_TOKEN when set (tests and scripts pin it), else a fresh one. */
export function chooseToken(env: NodeJS.ProcessEnv): string {
  const pinned = env.PREPNOTE_TOKEN;
  return pinned !== undefined && pinned !== '' ? pinned : createSecret();
}

/**
 * Constant-time comparison. Both sides are hashed first so the buffers handed to
 * timingSafeEqual always have the same length, and the time taken says nothing about how
 * long the secret is or how much of a guess was right.
 */
export function sameSecret(candidate: string | undefined, secret: string): boolean {
  if (candidate === undefined) return false;
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(secret, 'utf8').digest();
  return timingSafeEqual(a, b);
}
