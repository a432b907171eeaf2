// A small stand-in for the notebook core: a few methods answer, the rest say so. It lets the
// server's security and routing be tested without files, watchers or an index.
import { ApiError, METHOD_NAMES, type EventName, type EventPayload } from '../../../../../shared/contract';
import type { Core, CoreListener } from '../../../../../electron/core/types';
import type { Handlers } from '../../../../../electron/methods/handlers';

export interface FakeCore extends Core {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  readonly listenerCount: number;
}

export function createFakeCore(): FakeCore {
  const listeners = new Set<CoreListener>();
  const unfaked = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      async () => {
        throw new ApiError('IO_ERROR', `${name} is not faked`, { path: '', reason: 'fake' });
      },
    ]),
  ) as unknown as Handlers;

  const handlers: Handlers = {
    ...unfaked,
    'notebook.info': async () => ({
      path: '/tmp/fake',
      name: 'Fake',
      customers: 2,
      meetings: 3,
      unreadable: [],
      problems: [],
      conflictCopies: [],
    }),
    'customers.get': async ({ id }) => {
      if (id.includes('..')) throw new ApiError('FORBIDDEN_PATH', `Not a customer id: ${id}`, { id });
      if (id !== 'acme') throw new ApiError('NOT_FOUND', `No customer ${id}`);
      return { id, version: 'v1', fields: { name: 'Acme' }, body: 'Hello', problems: [] };
    },
    'customers.update': async ({ version }) => {
      if (version !== 'v1') {
        throw new ApiError('CONFLICT', 'The file changed', { version: 'v1', fields: {}, body: '' });
      }
      return { version: 'v2' };
    },
    'customers.create': async ({ name }) => ({ id: name.toLowerCase(), version: 'v1' }),
  };

  return {
    handlers,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload);
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}
