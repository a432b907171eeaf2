// The method table: every contract method, from the slices that serve it. Typed as Handlers,
// so a method no slice serves fails to compile.
import type { IndexService } from '../core/index/indexService';
import type { Session } from '../core/session';
import { checklistHandlers } from './checklistHandlers';
import { customerHandlers } from './customerHandlers';
import { exportHandlers } from './exportHandlers';
import type { Handlers } from './handlers';
import { meetingHandlers } from './meetingHandlers';
import { notebookHandlers } from './notebookHandlers';
import { searchHandlers } from './searchHandlers';
import { templateHandlers } from './templateHandlers';

export function createHandlers(session: Session, index?: IndexService): Handlers {
  const checklist = checklistHandlers(session, index);
  return {
    ...notebookHandlers(session),
    ...customerHandlers(session, index),
    ...meetingHandlers(session),
    ...checklist,
    ...templateHandlers(session),
    ...searchHandlers(index),
    // The prep sheet's open action items come from actions.list (cached per file), not from
    // reading every earlier meeting again.
    ...exportHandlers(session, async (customerId) => {
      const { items } = await checklist['actions.list']({ customerId, open: true });
      return items;
    }),
  };
}
