// actions.list answered from the meeting files themselves, through the note store's scan cache:
// a file unchanged since the last call (same size, mtime, inode, hence same version) is not
// read again, and its tasks are remembered by version. Files the app cannot read are left out,
// as meetings.list leaves them out (notebook.info reports them): their tasks could not be
// ticked anyway. The SQLite index replaces this source at scale (actionSource.ts).
import type { ActionItem } from '../../../shared/contract';
import { MeetingFields } from '../../../shared/domain/fields';
import type { MeetingFields as MeetingFieldsType } from '../../../shared/domain/fields';
import {
  type CustomerFolder,
  type MeetingFile,
  findCustomerFolder,
  listCustomerFolders,
  listMeetingFiles,
  meetingDate,
} from '../folders';
import type { ActionLine } from '../../../shared/text/actionItems';
import type { NoteStore } from '../noteStore';
import { type ActionQuery, type ActionSource, compareActions } from './actionSource';
import { noteActions } from './noteActions';

interface CachedTasks {
  version: string;
  date: string;
  tasks: ActionLine[];
}

export class FileActionSource implements ActionSource {
  private readonly cache = new Map<string, CachedTasks>();

  constructor(private readonly store: NoteStore) {}

  async list(query: ActionQuery): Promise<ActionItem[]> {
    const paths = this.store.paths;
    const folders = query.customerId
      ? [await findCustomerFolder(paths, query.customerId)]
      : (await listCustomerFolders(paths)).folders;
    const seen = new Set<string>();
    const items: ActionItem[] = [];
    for (const folder of folders) {
      for (const meeting of (await listMeetingFiles(paths, folder)).files) {
        seen.add(meeting.file);
        const cached = await this.tasksOf(meeting);
        if (cached) items.push(...toItems(folder, meeting, cached, query.open));
      }
    }
    // After a scan of every customer, forget the files that are gone.
    if (!query.customerId) for (const file of this.cache.keys()) if (!seen.has(file)) this.cache.delete(file);
    return items.sort(compareActions);
  }

  private async tasksOf(meeting: MeetingFile): Promise<CachedTasks | undefined> {
    const summary = await this.store.summary<MeetingFieldsType>(meeting.file, MeetingFields);
    if (!summary?.readable) return undefined;
    const cached = this.cache.get(meeting.file);
    if (cached?.version === summary.version) return cached;
    const note = await this.store.read<MeetingFieldsType>(meeting.file, MeetingFields).catch(() => undefined);
    if (!note?.readable) return undefined;
    const fresh: CachedTasks = {
      version: note.version,
      date: meetingDate(meeting.meetingId, note.fields.date),
      tasks: noteActions(note),
    };
    this.cache.set(meeting.file, fresh);
    return fresh;
  }
}

function toItems(
  folder: CustomerFolder,
  meeting: MeetingFile,
  cached: CachedTasks,
  open: boolean | undefined,
): ActionItem[] {
  return cached.tasks
    .filter((task) => open === undefined || task.done !== open)
    .map((task) => ({
      customerId: folder.id,
      meetingId: meeting.meetingId,
      date: cached.date,
      line: task.line,
      text: task.text,
      done: task.done,
    }));
}
