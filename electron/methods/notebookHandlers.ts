// notebook.*, settings.* and trash.*: the open notebook, the app settings, the trash.
import type { Session } from '../core/session';
import type { Handlers } from './handlers';

type NotebookMethods =
  | 'notebook.info'
  | 'notebook.open'
  | 'notebook.recent'
  | 'settings.get'
  | 'settings.update'
  | 'trash.list'
  | 'trash.restore';

export function notebookHandlers(session: Session): Pick<Handlers, NotebookMethods> {
  return {
    'notebook.info': () => session.info(),
    'notebook.open': ({ path }) => session.open(path),
    'notebook.recent': async () => ({ items: session.settings.get().recentNotebooks }),
    'settings.get': async () => session.settings.get(),
    'settings.update': (input) => session.settings.update(input),
    'trash.list': async () => ({ items: await session.notebook().trash.list() }),
    'trash.restore': ({ trashId }) => {
      const notebook = session.notebook();
      return notebook.store.exclusive(async () => ({ restored: await notebook.trash.restore(trashId) }));
    },
  };
}
