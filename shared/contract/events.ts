// Events of contract.md: pushed from the core to the renderer (IPC in Electron, Server-Sent
// Events at GET /api/events in browser mode).
import { z } from 'zod';

export const events = {
  'notebook.changed': z.object({ paths: z.array(z.string()) }),
  'index.progress': z.object({ done: z.number().int(), total: z.number().int() }),
} as const;

export type EventName = keyof typeof events;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
