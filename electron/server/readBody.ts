// Reads a request's JSON body with a size limit. A Content-Length over the limit is refused
// before a byte is read, and a body without one (chunked) stops being buffered the moment it
// passes the limit, so a huge upload never sits in memory.
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export type BodyResult =
  | { kind: 'ok'; value: unknown }
  | { kind: 'too-large' }
  | { kind: 'malformed'; reason: string }
  | { kind: 'aborted' };

export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish(parseJson(Buffer.concat(chunks))));
    req.on('error', () => finish({ kind: 'aborted' }));
    req.on('close', () => finish({ kind: 'aborted' }));
  });
}

function parseJson(bytes: Buffer): BodyResult {
  const text = bytes.toString('utf8');
  // An empty body means "no arguments", so `curl -X POST …/api/notebook.info` works.
  if (text.trim() === '') return { kind: 'ok', value: {} };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'malformed', reason: error instanceof Error ? error.message : String(error) };
  }
}
