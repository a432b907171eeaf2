// customers.*: the notebook's customer repository (electron/core/customers.ts).
import type { IndexService } from '../core/index/indexService';
import type { Session } from '../core/session';
import type { Handlers } from './handlers';

type CustomerMethods =
  | 'customers.list'
  | 'customers.get'
  | 'customers.create'
  | 'customers.update'
  | 'customers.saveConflictCopy'
  | 'customers.trash';

export function customerHandlers(session: Session, index?: IndexService): Pick<Handlers, CustomerMethods> {
  const customers = () => session.notebook().customers;
  return {
    'customers.list': async (input) => {
      const items = await customers().list(input);
      // Open action counts come from the index once its scan is done; never a made-up 0 before.
      const current = index?.current();
      if (!current?.isReady()) return { items };
      const counts = current.openActionCounts();
      return { items: items.map((item) => ({ ...item, openActions: counts.get(item.id) ?? 0 })) };
    },
    'customers.get': ({ id }) => customers().get(id),
    'customers.create': (input) => customers().create(input),
    'customers.update': (input) => customers().update(input),
    'customers.saveConflictCopy': (input) => customers().saveConflictCopy(input),
    'customers.trash': ({ id }) => customers().trash(id),
  };
}
