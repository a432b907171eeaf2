// The preload's `window.api.printing`: two fixed channels, and only the two known arguments
// of Save as PDF pass, whatever else the page puts in the object.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrintingApi } from '../../../../shared/contract';

const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return args[0] === 'printing.print' ? true : '/tmp/x.pdf';
    },
    on: () => undefined,
    removeListener: () => undefined,
  },
}));

let printing: PrintingApi;

beforeAll(async () => {
  await import('../../../../electron/preload');
  printing = (exposed.get('api') as { printing: PrintingApi }).printing;
});

describe('preload window.api.printing', () => {
  it('prints and saves a PDF over their own channels', async () => {
    await expect(printing.print()).resolves.toBe(true);
    const options = { filename: 'a.pdf', pageSize: 'A4', path: '/etc' } as Parameters<
      PrintingApi['savePdf']
    >[0];
    await expect(printing.savePdf(options)).resolves.toBe('/tmp/x.pdf');
    expect(invoked).toEqual([
      ['printing.print'],
      ['printing.savePdf', { filename: 'a.pdf', pageSize: 'A4' }],
    ]);
  });
});
