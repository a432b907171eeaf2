// meetings.setStatus: the only way `status`, `outcome` and `objective-met` change (apart from the
// demotion to draft inside meetings.update). Same safety as every other write: one write at a
// time, the version checked against the bytes on disk (CONFLICT with what is there now), the
// values spliced into the front matter bare and every other byte kept, an atomic replace and
// the notebook.changed event. Setting the status a meeting already has changes nothing on disk.
import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { MeetingFields } from '../../../shared/domain/fields';
import { conflict } from '../conflictError';
import { findMeetingFile } from '../folders';
import { editsFor, rewriteNote } from '../frontMatter/document';
import { joinNote } from '../frontMatter/split';
import type { ChecklistDeps } from './checklistDeps';
import { checkDoneArguments, statusPatch } from './transitionRules';

export async function setMeetingStatus(
  deps: ChecklistDeps,
  input: ParsedInput<'meetings.setStatus'>,
): Promise<MethodOutput<'meetings.setStatus'>> {
  checkDoneArguments(input);
  const { store } = deps;
  return store.exclusive(async () => {
    const { file } = await findMeetingFile(store.paths, input.customerId, input.meetingId);
    const note = await store.readOrThrow<MeetingFields>(file, MeetingFields, 'meeting');
    if (note.version !== input.version) throw conflict(note);
    const patch = await statusPatch(deps, note.fields, input);
    const text = rewriteNote(note.parts, editsFor(note, patch, MeetingFields), undefined);
    const version = text === joinNote(note.parts) ? note.version : await store.write(file, text);
    return { version, status: input.status };
  });
}
