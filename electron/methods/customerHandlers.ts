// customers.*: the notebook's customer repository (electron/core/customers.ts).
import type { Session } from '../core/session';
import type { Handlers } from './handlers';

type CustomerMethods =
  | 'customers.list'
  | 'customers.get'
  | 'customers.create'
  | 'customers.update'
  | 'customers.saveConflictCopy'
  | 'customers.trash';

export function customerHandlers(session: Session): Pick<Handlers, CustomerMethods> {
  const customers = () => session.notebook().customers;
  return {
    'customers.list': async (input) => ({ items: await customers().list(input) }),
    'customers.get': ({ id }) => customers().get(id),
    'customers.create': (input) => customers().create(input),
    'customers.update': (input) => customers().update(input),
    'customers.saveConflictCopy': (input) => customers().saveConflictCopy(input),
    'customers.trash': ({ id }) => customers().trash(id),
  };
}
