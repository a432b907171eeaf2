// @vitest-environment jsdom
// The renderer's client: resolves with the value, throws ApiError with code, message and
// details, whatever the transport; picks IPC when the preload is there, HTTP otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type WindowApi } from '../../../../shared/contract';
import { api, createClient, setApiClient } from '../../../../renderer/src/api/client';
import type { Transport } from '../../../../renderer/src/api/transport';

function transportAnswering(envelope: unknown): Transport & { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    calls,
    invoke: async (method, args) => {
      calls.push([method, args]);
      return envelope as never;
    },
    subscribe: () => () => undefined,
  };
}

afterEach(() => {
  setApiClient(undefined);
  delete window.api;
});

describe('createClient', () => {
  it('resolves with the value of an ok envelope', async () => {
    const transport = transportAnswering({ ok: true, value: { items: [] } });
    const client = createClient(transport);
    await expect(client.call('customers.list', { query: 'an' })).resolves.toEqual({ items: [] });
    expect(transport.calls).toEqual([['customers.list', { query: 'an' }]]);
  });

  it('throws an ApiError carrying the code, message and details of an error envelope', async () => {
    const details = { version: 'v2', fields: {}, body: 'theirs' };
    const client = createClient(
      transportAnswering({ ok: false, error: { code: 'CONFLICT', message: 'The file changed', details } }),
    );
    const error = await client
      .call('customers.update', { id: 'acme', version: 'v1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'The file changed', details, status: 409 });
  });

  it('passes subscriptions to the transport and hands back its unsubscribe', () => {
    const seen: string[] = [];
    const transport: Transport = {
      invoke: async () => ({ ok: true, value: null }),
      subscribe: (event) => {
        seen.push(event);
        return () => seen.push(`off ${event}`);
      },
    };
    const off = createClient(transport).on('index.progress', () => undefined);
    off();
    expect(seen).toEqual(['index.progress', 'off index.progress']);
  });
});

describe('api()', () => {
  it('talks to window.api in the desktop app', async () => {
    const calls: unknown[] = [];
    window.api = {
      notebook: { info: async (args: unknown) => (calls.push(args), { ok: true, value: { name: 'Desk' } }) },
      on: () => () => undefined,
    } as unknown as WindowApi;
    await expect(api().call('notebook.info', {})).resolves.toEqual({ name: 'Desk' });
    expect(calls).toEqual([{}]);
  });

  it('keeps one client for the whole app', () => {
    expect(api()).toBe(api());
  });
});
