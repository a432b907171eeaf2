// How the renderer's client reaches the core: over IPC through the preload's `window.api` in
// the desktop app, over fetch and EventSource in browser mode. Chosen once at start.
import type { Envelope, EventName, EventPayload, MethodName, WindowApi } from '../../../shared/contract';
import { EVENT_NAMES, splitMethod } from '../../../shared/contract';

export interface Transport {
  invoke(method: MethodName, args: unknown): Promise<Envelope<unknown>>;
  subscribe<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
}

declare global {
  interface Window {
    api?: WindowApi;
  }
}

export function ipcTransport(api: WindowApi): Transport {
  return {
    invoke(method, args) {
      const [domain, verb] = splitMethod(method);
      const group = api[domain] as unknown as Record<string, (a: unknown) => Promise<Envelope<unknown>>>;
      return group[verb](args);
    },
    subscribe(event, handler) {
      return api.on(event, handler);
    },
  };
}

export function httpTransport(baseUrl = ''): Transport {
  let source: EventSource | undefined;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  function ensureSource(): void {
    if (source) return;
    source = new EventSource(`${baseUrl}/api/events`, { withCredentials: true });
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  }

  return {
    async invoke(method, args) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(args ?? {}),
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          error: {
            code: 'IO_ERROR',
            message: `Prepnote is not reachable: ${reason}`,
            details: { path: '', reason },
          },
        };
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'IO_ERROR', message: `Unexpected reply (HTTP ${response.status})` },
        };
      }
    },
    subscribe(event, handler) {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const listener = handler as (payload: unknown) => void;
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

export function chooseTransport(): Transport {
  return typeof window !== 'undefined' && window.api ? ipcTransport(window.api) : httpTransport();
}
