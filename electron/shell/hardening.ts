// Electron's security checklist, the parts that are event handlers: navigation and new
// windows denied (https/mailto links go to the system through the allow-list), `<webview>`
// refused, permission requests and checks denied.
import { shell, type App, type Session } from 'electron';
import { externalUrlToOpen } from '../shell-config/externalUrl';

type SenderCheck = (url: string | undefined) => boolean;

function openOutside(url: string): void {
  const allowed = externalUrlToOpen(url);
  if (allowed) void shell.openExternal(allowed);
}

export function hardenContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    // The app is one page with in-page routes: any real navigation is a link or an attack.
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      openOutside(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * Denies every permission, with one exception: writing plain text to the clipboard from the
 * app's own page ("copy the agenda as text"), which reads nothing and reaches nothing.
 */
export function hardenSession(session: Session, isTrustedOrigin: SenderCheck): void {
  const allowed = (permission: string, origin: string | undefined): boolean =>
    permission === 'clipboard-sanitized-write' && isTrustedOrigin(origin);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowed(permission, requestingOrigin),
  );
}
