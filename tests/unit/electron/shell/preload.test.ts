// The preload's `window.api`: one function per contract method on the channel of the same
// name, events limited to the contract's, handlers never see the IPC event.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, splitMethod } from '../../../../shared/contract';

const exposed = new Map<string, unknown>();
const invoked: [string, unknown][] = [];
const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();

// The real `electron` module cannot load in plain Node; the preload only needs these three.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: async (channel: string, args: unknown) => {
      invoked.push([channel, args]);
      return { ok: true, value: channel };
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  },
}));

type Api = Record<string, Record<string, (args?: unknown) => Promise<unknown>>> & {
  on(event: string, handler: (payload: unknown) => void): () => void;
};
let api: Api;

beforeAll(async () => {
  await import('../../../../electron/preload');
  api = exposed.get('api') as Api;
});

describe('preload window.api', () => {
  it('exposes only `api`, with every contract method grouped by domain', async () => {
    expect([...exposed.keys()]).toEqual(['api']);
    for (const name of METHOD_NAMES) {
      const [domain, verb] = splitMethod(name);
      await expect(api[domain]?.[verb]?.({ probe: name })).resolves.toEqual({ ok: true, value: name });
    }
    expect(invoked).toEqual(METHOD_NAMES.map((name) => [name, { probe: name }]));
  });

  it('sends {} when a method is called without arguments', async () => {
    invoked.length = 0;
    await api.notebook?.info?.();
    expect(invoked).toEqual([['notebook.info', {}]]);
  });

  it('delivers the payload of a contract event, never the IPC event, until unsubscribed', () => {
    const got: unknown[] = [];
    const off = api.on('notebook.changed', (payload) => got.push(payload));
    const sender = { sender: 'secret' };
    for (const l of listeners.get('notebook.changed') ?? []) l(sender, { paths: ['a.md'] });
    expect(got).toEqual([{ paths: ['a.md'] }]);
    off();
    expect(listeners.get('notebook.changed')).toEqual([]);
  });

  it('refuses events that are not in the contract', () => {
    expect(() => api.on('sensitive-internal-channel', () => undefined)).toThrow(/Unknown event/);
    expect(listeners.has('sensitive-internal-channel')).toBe(false);
  });
});
