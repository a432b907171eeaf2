// Ticks or unticks an action item in its own meeting file (actions.toggle): the file's current
// version is read first, and the core refuses (CONFLICT) when that line no longer holds that
// task, so an edit made elsewhere in the meantime can never get the wrong task ticked.
import type { ActionItem } from '../../../../shared/contract';
import { api } from '../../api/client';

export async function toggleActionItem(item: ActionItem, done: boolean): Promise<void> {
  const { version } = await api().call('meetings.get', {
    customerId: item.customerId,
    meetingId: item.meetingId,
  });
  await api().call('actions.toggle', {
    customerId: item.customerId,
    meetingId: item.meetingId,
    version,
    line: item.line,
    text: item.text,
    done,
  });
}
