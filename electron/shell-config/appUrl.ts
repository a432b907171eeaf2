// The desktop app's own address. The renderer is served from a privileged custom scheme
// (`app://prepnote/`) instead of `file://`, so it has a real origin, the protocol handler can
// send the CSP as a header, and the IPC sender check has one exact origin to compare.
export const APP_SCHEME = 'app';
export const APP_HOST = 'prepnote';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether an IPC message comes from the app's own page: the packaged renderer, or in
 * development the electron-vite dev server's origin. Anything else (a page navigated away,
 * an iframe of another origin, a missing frame) is refused.
 */
export function isTrustedSenderUrl(senderUrl: string | undefined, devServerUrl?: string): boolean {
  if (!senderUrl) return false;
  const origin = originOf(senderUrl);
  if (!origin) return false;
  if (origin === APP_ORIGIN) return true;
  const devOrigin = devServerUrl ? originOf(devServerUrl) : undefined;
  return devOrigin !== undefined && origin === devOrigin;
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    // Custom schemes registered as `standard` get an origin like http's; URL() in Node
    // reports "null" for them, so build it from the parts.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}
