// How the server answers: the envelope of contract.md as JSON with the HTTP status of its
// error code, and the security headers every response carries.
import type { ServerResponse } from 'node:http';
import { ERROR_STATUS, type Envelope, type ErrorCode } from '../../shared/contract';
import { RENDERER_CSP } from '../shell-config/csp';

/** Headers on every response, API or static: no sniffing, no framing, no referrer leaks. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': RENDERER_CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : ERROR_STATUS[envelope.error.code];
}

export function sendEnvelope(
  res: ServerResponse,
  envelope: Envelope<unknown>,
  status = statusOf(envelope),
  extraHeaders: Record<string, string> = {},
): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(body);
}

export function sendError(
  res: ServerResponse,
  code: ErrorCode,
  message: string,
  options: { details?: unknown; status?: number; headers?: Record<string, string> } = {},
): void {
  const error =
    options.details === undefined ? { code, message } : { code, message, details: options.details };
  sendEnvelope(res, { ok: false, error }, options.status ?? ERROR_STATUS[code], options.headers);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
