// meetings.review, meetings.setStatus and actions.*: the pre-meeting checklist and the action
// items, served by electron/core/checklist/ and electron/core/actions/ on the notebook open now
// (asked of the session on every call, so a notebook switch is followed).
import { FileActionSource } from '../core/actions/fileActionSource';
import type { ActionSource } from '../core/actions/actionSource';
import { toggleAction } from '../core/actions/toggleAction';
import type { ChecklistDeps } from '../core/checklist/checklistDeps';
import { reviewMeetingFile } from '../core/checklist/meetingReview';
import { setMeetingStatus } from '../core/checklist/setStatus';
import type { IndexService } from '../core/index/indexService';
import { indexActionSource } from '../core/index/indexActionSource';
import type { Notebook } from '../core/notebook';
import type { Session } from '../core/session';
import type { Handlers } from './handlers';

type ChecklistMethods = 'meetings.review' | 'meetings.setStatus' | 'actions.list' | 'actions.toggle';

export function checklistHandlers(session: Session, index?: IndexService): Pick<Handlers, ChecklistMethods> {
  // One action source per notebook: its cache belongs to that notebook's files.
  const sources = new WeakMap<Notebook, ActionSource>();
  const fileSource = (notebook: Notebook): ActionSource => {
    let source = sources.get(notebook);
    if (!source) {
      source = new FileActionSource(notebook.store);
      sources.set(notebook, source);
    }
    return source;
  };
  // Across all customers the index answers (at scale, once its scan is done; the files until
  // then). One customer's items come from its own files: few, always fresh, and the files'
  // path checks answer FORBIDDEN_PATH / NOT_FOUND for a bad or unknown customer id.
  const actionSource = (notebook: Notebook, customerId: string | undefined): ActionSource => {
    const current = customerId === undefined ? index?.current() : undefined;
    return current ? indexActionSource(current, fileSource(notebook)) : fileSource(notebook);
  };
  const deps = (): ChecklistDeps => {
    const notebook = session.notebook();
    return { store: notebook.store, reviewContext: (lang) => notebook.reviewContext(lang) };
  };
  return {
    'meetings.review': (input) => reviewMeetingFile(deps(), input),
    'meetings.setStatus': (input) => setMeetingStatus(deps(), input),
    'actions.list': async (input) => ({
      items: await actionSource(session.notebook(), input.customerId).list(input),
    }),
    'actions.toggle': (input) => toggleAction(session.notebook().store, input),
  };
}
