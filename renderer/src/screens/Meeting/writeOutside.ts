// Writes to the open meeting that do not go through the autosave (setStatus, actions.toggle)
// need the file as the editor shows it: first everything unsaved is saved, and if that cannot
// happen (a conflict to resolve, a title missing) the write is not attempted.
import type { MeetingEditor } from './useMeetingEditor';

export type SavedFirst = { ok: true; version: string } | { ok: false };

export async function saveFirst(editor: MeetingEditor): Promise<SavedFirst> {
  await editor.controller.flush();
  const snapshot = editor.controller.getSnapshot();
  const version = editor.version();
  if (snapshot.conflict || editor.controller.dirty || version === undefined) return { ok: false };
  return { ok: true, version };
}
