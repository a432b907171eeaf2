// meetings.review, meetings.setStatus and actions.*: the checklist and action items.
// Placeholder until that feature lands: it takes the session (current notebook, settings).
import type { Session } from '../core/session';
import type { Handlers } from './handlers';
import { notImplemented } from './notImplemented';

type ChecklistMethods = 'meetings.review' | 'meetings.setStatus' | 'actions.list' | 'actions.toggle';

export function checklistHandlers(_session: Session): Pick<Handlers, ChecklistMethods> {
  return {
    'meetings.review': notImplemented('meetings.review'),
    'meetings.setStatus': notImplemented('meetings.setStatus'),
    'actions.list': notImplemented('actions.list'),
    'actions.toggle': notImplemented('actions.toggle'),
  };
}
