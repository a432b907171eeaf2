// The method table over IPC: every contract method is registered, and a sender that is not
// the app's own page gets FORBIDDEN without the core being asked.
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type EventName } from '../../../../shared/contract';
import type { CoreListener } from '../../../../electron/core/types';
import type { Dispatch } from '../../../../electron/methods/dispatch';
import { forwardEvents, registerMethods } from '../../../../electron/shell/ipc';
import { isTrustedSenderUrl } from '../../../../electron/shell-config/appUrl';

type Handler = (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle(channel: string, handler: Handler) {
      if (handlers.has(channel)) throw new Error(`registered twice: ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      handlers.delete(channel);
    },
  };
}

const eventFrom = (url: string | undefined) =>
  ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainInvokeEvent;

describe('registerMethods', () => {
  it('registers one channel per contract method, named like the method', () => {
    const ipc = fakeIpcMain();
    const calls: string[] = [];
    registerMethods(
      ipc as never,
      async (m) => (calls.push(m), { ok: true, value: null }),
      () => true,
    );
    expect([...ipc.handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('passes the arguments of the app’s own page to the dispatcher and returns its envelope', async () => {
    const ipc = fakeIpcMain();
    const seen: [string, unknown][] = [];
    const dispatch: Dispatch = async (method, args) => {
      seen.push([method, args]);
      return { ok: true, value: { id: 'acme' } };
    };
    registerMethods(ipc as never, dispatch, (url) => isTrustedSenderUrl(url));
    const reply = await ipc.handlers.get('customers.get')?.(eventFrom('app://prepnote/index.html'), {
      id: 'acme',
    });
    expect(reply).toEqual({ ok: true, value: { id: 'acme' } });
    expect(seen).toEqual([['customers.get', { id: 'acme' }]]);
  });

  it.each([undefined, 'https://evil.example/', 'file:///tmp/x.html'])(
    'refuses a sender at %s with FORBIDDEN, without calling the core',
    async (url) => {
      const ipc = fakeIpcMain();
      let called = false;
      registerMethods(
        ipc as never,
        async () => ((called = true), { ok: true, value: null }),
        (u) => isTrustedSenderUrl(u),
      );
      const reply = await ipc.handlers.get('customers.trash')?.(eventFrom(url), { id: 'acme' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(called).toBe(false);
    },
  );

  it('removes every handler again', () => {
    const ipc = fakeIpcMain();
    const remove = registerMethods(
      ipc as never,
      async () => ({ ok: true, value: null }),
      () => true,
    );
    remove();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends core events to live windows of the app only', () => {
    let listener: CoreListener | undefined;
    const subscribe = (l: CoreListener) => ((listener = l), () => (listener = undefined));
    const sent: [string, EventName, unknown][] = [];
    const contents = (name: string, url: string, destroyed = false) =>
      ({
        isDestroyed: () => destroyed,
        getURL: () => url,
        send: (channel: EventName, payload: unknown) => sent.push([name, channel, payload]),
      }) as unknown as WebContents;
    const targets = [
      contents('app', 'app://prepnote/index.html'),
      contents('closed', 'app://prepnote/index.html', true),
      contents('devtools', 'devtools://devtools/bundled/index.html'),
    ];
    const stop = forwardEvents(
      subscribe,
      () => targets,
      (u) => isTrustedSenderUrl(u),
    );
    listener?.('notebook.changed', { paths: ['customers/acme/customer.md'] });
    expect(sent).toEqual([['app', 'notebook.changed', { paths: ['customers/acme/customer.md'] }]]);
    stop();
    expect(listener).toBeUndefined();
  });
});
