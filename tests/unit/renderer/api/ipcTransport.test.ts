// @vitest-environment jsdom
// The IPC transport over the preload's window.api.
import { describe, expect, it } from 'vitest';
import type { WindowApi } from '../../../../shared/contract';
import { ipcTransport } from '../../../../renderer/src/api/transport';

function fakeApi(overrides: Record<string, Record<string, (args: unknown) => unknown>>): WindowApi {
  return { ...overrides, on: () => () => undefined } as unknown as WindowApi;
}

describe('ipcTransport', () => {
  it('calls the method of the domain with the arguments, and returns its envelope', async () => {
    const seen: unknown[] = [];
    const transport = ipcTransport(
      fakeApi({
        meetings: { setStatus: async (args) => (seen.push(args), { ok: true, value: { version: 'v2' } }) },
      }),
    );
    const args = { customerId: 'acme', meetingId: 'm1', version: 'v1', status: 'ready' };
    await expect(transport.invoke('meetings.setStatus', args)).resolves.toEqual({
      ok: true,
      value: { version: 'v2' },
    });
    expect(seen).toEqual([args]);
  });

  it('turns a rejected invoke into an IO_ERROR envelope instead of throwing', async () => {
    const transport = ipcTransport(
      fakeApi({
        notebook: {
          info: async () => {
            throw new Error("No handler registered for 'notebook.info'");
          },
        },
      }),
    );
    await expect(transport.invoke('notebook.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'IO_ERROR', message: expect.stringContaining('No handler registered') },
    });
  });

  it('refuses a reply that is not an envelope', async () => {
    const transport = ipcTransport(fakeApi({ notebook: { info: async () => 'surprise' } }));
    await expect(transport.invoke('notebook.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'IO_ERROR' },
    });
  });

  it('subscribes through window.api.on', () => {
    const subscribed: string[] = [];
    const api = {
      on: (event: string) => {
        subscribed.push(event);
        return () => subscribed.push(`off ${event}`);
      },
    } as unknown as WindowApi;
    const off = ipcTransport(api).subscribe('notebook.changed', () => undefined);
    off();
    expect(subscribed).toEqual(['notebook.changed', 'off notebook.changed']);
  });
});
