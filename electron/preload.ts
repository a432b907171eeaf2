// Preload (bundled to one CommonJS file, as a sandboxed preload must be): exposes
// `window.api`, one function per contract method grouped by domain, each invoking the IPC
// channel of the same name, and `on(event, handler)` for the contract's events only. Never
// raw `ipcRenderer`, and handlers get the payload, never the IPC event (it holds `sender`).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../shared/contract/methodNames';
import { splitMethod, type PrintingApi, type WindowApi } from '../shared/contract/windowApi';

type Invoke = (args: unknown) => Promise<unknown>;

function methodGroups(): Omit<WindowApi, 'on'> {
  const groups: Record<string, Record<string, Invoke>> = {};
  for (const name of METHOD_NAME_LIST) {
    const [domain, verb] = splitMethod(name);
    const group = (groups[domain] ??= {});
    group[verb] = (args) => ipcRenderer.invoke(name, args ?? {});
  }
  // Complete by construction: METHOD_NAME_LIST fails to compile when a contract method is missing.
  return groups as unknown as Omit<WindowApi, 'on'>;
}

const EVENTS = new Set<string>(EVENT_NAME_LIST);

// Printing the page shown (electron/shell/printing.ts): two fixed channels, outside the contract.
const printing: PrintingApi = {
  print: () => ipcRenderer.invoke('printing.print') as Promise<boolean>,
  savePdf: ({ filename, pageSize }) =>
    ipcRenderer.invoke('printing.savePdf', { filename, pageSize }) as Promise<string | null>,
};

const api = {
  ...methodGroups(),
  on(event, handler) {
    if (!EVENTS.has(event)) throw new Error(`Unknown event: ${String(event)}`);
    const listener = (_event: IpcRendererEvent, payload: Parameters<typeof handler>[0]): void =>
      handler(payload);
    ipcRenderer.on(event, listener);
    return () => {
      ipcRenderer.removeListener(event, listener);
    };
  },
  printing,
} satisfies WindowApi;

contextBridge.exposeInMainWorld('api', api);
