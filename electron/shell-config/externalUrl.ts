// Which links may leave the app for the system browser or mail program: only URLs that parse
// and use `https:` or `mailto:`. Everything else (http:, file:, javascript:, custom schemes
// that launch other programs) stays refused.
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/** The normalised URL to hand to `shell.openExternal`, or undefined when it is refused. */
export function externalUrlToOpen(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol === 'https:' && (!url.hostname || url.username || url.password)) return undefined;
  return url.href;
}
