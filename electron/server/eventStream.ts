// Server-Sent Events at GET /api/events: every core event goes to every connected page as
// `event: <name>` and `data: <json>`. A comment line every ~15 s keeps proxies and idle
// timeouts from closing the stream; a closed connection is forgotten at once.
import type { ServerResponse } from 'node:http';
import type { EventName, EventPayload } from '../../shared/contract';
import { SECURITY_HEADERS } from './replies';

const HEARTBEAT_MS = 15_000;

export interface EventStream {
  /** Takes over the response for as long as the client stays connected. */
  attach(res: ServerResponse): void;
  broadcast<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** Ends every open stream (the server is shutting down). */
  closeAll(): void;
  readonly size: number;
}

function formatEvent(name: string, payload: unknown): string {
  // JSON.stringify never emits a raw newline, so one `data:` line holds the whole payload.
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}

export function createEventStream(heartbeatMs = HEARTBEAT_MS): EventStream {
  const clients = new Set<ServerResponse>();
  let timer: NodeJS.Timeout | undefined;

  function startHeartbeat(): void {
    if (timer) return;
    timer = setInterval(() => {
      for (const res of clients) res.write(': heartbeat\n\n');
    }, heartbeatMs);
    timer.unref();
  }

  function stopHeartbeatIfIdle(): void {
    if (clients.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  return {
    attach(res) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // The first bytes flush the headers, so EventSource reports `open` right away.
      res.write(': connected\n\n');
      clients.add(res);
      startHeartbeat();
      res.on('close', () => {
        clients.delete(res);
        stopHeartbeatIfIdle();
      });
    },
    broadcast(name, payload) {
      const message = formatEvent(name, payload);
      for (const res of clients) res.write(message);
    },
    closeAll() {
      for (const res of clients) res.end();
      clients.clear();
      stopHeartbeatIfIdle();
    },
    get size() {
      return clients.size;
    },
  };
}
