// meetings.* except the checklist's review and status changes (checklistHandlers.ts): the
// notebook's meeting repository (electron/core/meetings.ts).
import type { Session } from '../core/session';
import type { Handlers } from './handlers';

type MeetingMethods =
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.saveConflictCopy'
  | 'meetings.trash';

export function meetingHandlers(session: Session): Pick<Handlers, MeetingMethods> {
  const meetings = () => session.notebook().meetings;
  return {
    'meetings.list': async (input) => ({ items: await meetings().list(input) }),
    'meetings.get': (input) => meetings().get(input),
    'meetings.create': (input) => meetings().create(input),
    'meetings.update': (input) => meetings().update(input),
    'meetings.saveConflictCopy': (input) => meetings().saveConflictCopy(input),
    'meetings.trash': (input) => meetings().trash(input),
  };
}
