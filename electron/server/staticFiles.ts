// Serves the built renderer (out/renderer): files by path, index.html for app routes (the
// single-page fallback), correct content types. Nothing outside the folder is reachable:
// the decoded path is resolved inside the root and checked again after following links,
// and dot-files are never served. Static files carry no secrets, so they need no token.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { SECURITY_HEADERS, sendText } from './replies';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFile {
  path: string;
  size: number;
}

/**
 * The file under `root` a URL path names, or undefined. Refuses encoded traversal
 * (`%2e%2e`), backslashes, NUL bytes, dot-files and links that point out of the root.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return undefined;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');

  const rootReal = await realpath(root).catch(() => undefined);
  if (!rootReal) return undefined;
  const candidate = resolve(rootReal, relative);
  if (!isInside(rootReal, candidate)) return undefined;
  try {
    const real = await realpath(candidate);
    if (!isInside(rootReal, real)) return undefined;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

function isInside(root: string, path: string): boolean {
  return path.startsWith(root + sep);
}

/** App routes (no file extension, or a page navigation) get index.html; assets get a 404. */
function wantsAppShell(req: IncomingMessage, urlPath: string): boolean {
  const last = urlPath.split('/').pop() ?? '';
  return !last.includes('.') || (req.headers.accept ?? '').includes('text/html');
}

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  urlPath: string,
): Promise<void> {
  let file = await resolveStaticFile(root, urlPath);
  if (!file && wantsAppShell(req, urlPath)) file = await resolveStaticFile(root, '/index.html');
  if (!file) {
    sendText(res, 404, 'Not found');
    return;
  }
  // Built assets have content hashes in their names; everything else must always be fresh.
  const immutable = urlPath.startsWith('/assets/') && !file.path.endsWith('.html');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeOf(file.path),
    'Content-Length': String(file.size),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
