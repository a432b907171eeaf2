// The event-handler half of Electron's security checklist, driven with fake app, contents
// and session objects: navigation, new windows and webviews refused, only https/mailto links
// handed to the system, permissions denied.
import type { App, Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isTrustedSenderUrl } from '../../../../electron/shell-config/appUrl';

const opened: string[] = [];
// The real `electron` module cannot load in plain Node; hardening needs only shell.openExternal.
vi.mock('electron', () => ({
  shell: {
    openExternal: async (url: string) => {
      opened.push(url);
    },
  },
}));

const { hardenContents, hardenSession } = await import('../../../../electron/shell/hardening');

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      windowOpenHandler = handler;
    },
    /** Fires an event; true when the handler called preventDefault. */
    fire(name: string, ...args: unknown[]): boolean {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, ...args);
      return prevented;
    },
    openWindow(url: string) {
      return windowOpenHandler?.({ url });
    },
  };
}

function hardenedContents() {
  let created: Listener | undefined;
  const app = { on: (_name: string, listener: Listener) => (created = listener) } as unknown as App;
  hardenContents(app);
  const contents = fakeContents();
  created?.({}, contents);
  return contents;
}

beforeEach(() => {
  opened.length = 0;
});

describe('hardenContents', () => {
  it('refuses every navigation, handing https and mailto links to the system', () => {
    const contents = hardenedContents();
    expect(contents.fire('will-navigate', 'https://example.com/page')).toBe(true);
    expect(contents.fire('will-navigate', 'mailto:anna@example.com')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'http://example.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://prepnote/other.html')).toBe(true);
    expect(opened).toEqual(['https://example.com/page', 'mailto:anna@example.com']);
  });

  it('denies every new window, opening only allowed links outside', () => {
    const contents = hardenedContents();
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/']);
  });

  it('refuses <webview> and redirects', () => {
    const contents = hardenedContents();
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(opened).toEqual([]);
  });
});

describe('hardenSession', () => {
  function hardenedSession() {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as Session;
    hardenSession(session, (url) => isTrustedSenderUrl(url));
    const ask = (permission: string, requestingUrl: string): boolean => {
      let granted: boolean | undefined;
      request?.({}, permission, (answer: boolean) => (granted = answer), { requestingUrl });
      return granted ?? false;
    };
    return { ask, check: (permission: string, origin: string) => check?.({}, permission, origin) };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies %s even to the app',
    (permission) => {
      const { ask, check } = hardenedSession();
      expect(ask(permission, 'app://prepnote/index.html')).toBe(false);
      expect(check(permission, 'app://prepnote')).toBe(false);
    },
  );

  it('lets only the app’s own page write text to the clipboard', () => {
    const { ask, check } = hardenedSession();
    expect(ask('clipboard-sanitized-write', 'app://prepnote/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://prepnote')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });
});
