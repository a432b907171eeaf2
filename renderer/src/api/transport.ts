// How the renderer's client reaches the core: over IPC through the preload's `window.api` in
// the desktop app, over fetch and EventSource in browser mode. Chosen once at start. Either
// way a call resolves with an envelope, never rejects: a transport failure becomes IO_ERROR.
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

function unreachable(message: string, reason: string): Envelope<never> {
  return { ok: false, error: { code: 'IO_ERROR', message, details: { path: '', reason } } };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether a reply has the envelope's shape; anything else (a proxy's error page…) is not one. */
function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

export function ipcTransport(api: WindowApi): Transport {
  return {
    async invoke(method, args) {
      const [domain, verb] = splitMethod(method);
      const group = api[domain] as unknown as Record<string, (a: unknown) => Promise<unknown>>;
      try {
        const reply = await group[verb](args ?? {});
        return isEnvelope(reply) ? reply : unreachable('Unexpected reply from the app', 'not an envelope');
      } catch (error) {
        // A rejected invoke means the main process had no answer (no handler, a crash).
        return unreachable(`Prepnote did not answer: ${reasonOf(error)}`, reasonOf(error));
      }
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
    // Same origin: the session cookie goes along, and EventSource reconnects by itself.
    const opened = new EventSource(`${baseUrl}/api/events`);
    for (const name of EVENT_NAMES) {
      opened.addEventListener(name, (message) => {
        let payload: unknown;
        try {
          payload = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          return; // a garbled event is dropped; the next one will do
        }
        for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
      });
    }
    source = opened;
  }

  function closeSourceIfUnused(): void {
    const used = [...listeners.values()].some((set) => set.size > 0);
    if (!used && source) {
      source.close();
      source = undefined;
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
        return unreachable(`Prepnote is not reachable: ${reasonOf(error)}`, reasonOf(error));
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      return isEnvelope(body)
        ? body
        : unreachable(`Unexpected reply (HTTP ${response.status})`, `HTTP ${response.status}`);
    },
    subscribe(event, handler) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      // Each subscription is its own entry, so subscribing one function twice and
      // unsubscribing once leaves the other subscription working.
      const listener = (payload: unknown): void => handler(payload as EventPayload<typeof event>);
      set.add(listener);
      ensureSource();
      return () => {
        set.delete(listener);
        closeSourceIfUnused();
      };
    },
  };
}

export function chooseTransport(): Transport {
  return typeof window !== 'undefined' && window.api ? ipcTransport(window.api) : httpTransport();
}
