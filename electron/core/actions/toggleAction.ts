// actions.toggle: ticks or unticks one task in its own meeting file. Refused with CONFLICT (and
// what is on disk now) when the file changed since it was read OR that line no longer holds
// that task: ticking by line number alone could tick the wrong task after an edit elsewhere.
// Otherwise exactly one character of the file changes, written atomically by the note store
// (which also sends notebook.changed).
import { ApiError, type MethodOutput, type ParsedInput } from '../../../shared/contract';
import { MeetingFields } from '../../../shared/domain/fields';
import { conflict } from '../conflictError';
import { findMeetingFile } from '../folders';
import type { ReadableNote } from '../frontMatter/parse';
import { joinNote } from '../frontMatter/split';
import type { NoteStore } from '../noteStore';
import { noteActions } from './noteActions';
import { setTaskMark } from './taskMark';

export async function toggleAction(
  store: NoteStore,
  input: ParsedInput<'actions.toggle'>,
): Promise<MethodOutput<'actions.toggle'>> {
  return store.exclusive(async () => {
    const { file } = await findMeetingFile(store.paths, input.customerId, input.meetingId);
    const note = await store.readOrThrow<MeetingFields>(file, MeetingFields, 'meeting');
    if (note.version !== input.version) throw conflict(note);
    const task = noteActions(note).find((item) => item.line === input.line);
    if (!task || task.text !== input.text.normalize('NFC')) throw taskMoved(note, input.line);
    if (task.done === input.done) return { version: note.version };
    const before = joinNote(note.parts);
    const after = setTaskMark(before, input.line, input.done);
    // noteActions found a task on that line, so setTaskMark does too; guard all the same.
    if (after === undefined) throw taskMoved(note, input.line);
    return { version: after === before ? note.version : await store.write(file, after) };
  });
}

function taskMoved(note: ReadableNote<MeetingFields>, line: number): ApiError {
  return new ApiError(
    'CONFLICT',
    `Line ${line} of the file no longer holds that action item`,
    conflict(note).details,
  );
}
