// Ticking a task in the preview of the meeting's own notes: actions.toggle on that line of the
// file. The preview's checkbox is traced to its body line (taskLines.ts); the body's lines are
// placed in the file with the core's own list of this meeting's tasks, after everything
// unsaved is saved, so the line sent is the line on disk (the core checks its text again).
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/contract';
import { api } from '../../api/client';
import {
  bodyLineOffset,
  findBodyTasks,
  matchRenderedTasks,
  taskTextOf,
} from '../../components/Tasks/taskLines';
import { useToast } from '../../components/Toast/ToastContext';
import { errorMessage } from '../../i18n/errorMessage';
import type { TickableTasks } from '../../markdown/Markdown';
import type { MeetingEditor } from './useMeetingEditor';
import { saveFirst } from './writeOutside';

export function useBodyTasks(customerId: string, meetingId: string, editor: MeetingEditor): TickableTasks {
  const { t } = useTranslation();
  const toast = useToast();
  const body = editor.autosave.body;
  // One toggle at a time: the second would be sent against the version the first replaced.
  const busy = useRef(false);

  return useMemo<TickableTasks>(() => {
    const tasks = findBodyTasks(body);
    return {
      enabled: (task, all) => matchRenderedTasks(all, tasks).has(task.number),
      label: (task) => {
        const text = taskTextOf(task.sourceLine);
        return text ? t('editor.tasks.tick', { text }) : undefined;
      },
      onToggle: async (task, done, all) => {
        const target = matchRenderedTasks(all, tasks).get(task.number);
        if (!target || busy.current) return false;
        busy.current = true;
        try {
          const saved = await saveFirst(editor);
          if (!saved.ok) {
            toast.show({ tone: 'error', message: t('editor.status.saveFirst') });
            return false;
          }
          const onDisk = await api().call('actions.list', { customerId });
          const offset = bodyLineOffset(
            onDisk.items.filter((item) => item.meetingId === meetingId),
            findBodyTasks(editor.controller.getSnapshot().body),
          );
          if (offset === undefined) {
            toast.show({ tone: 'error', message: t('editor.tasks.moved') });
            editor.controller.externalChange();
            return false;
          }
          const result = await api().call('actions.toggle', {
            customerId,
            meetingId,
            version: saved.version,
            line: target.line + offset,
            text: target.text,
            done,
          });
          editor.wroteOutside(result);
          return true;
        } catch (error) {
          const moved = error instanceof ApiError && error.code === 'CONFLICT';
          toast.show({ tone: 'error', message: moved ? t('editor.tasks.moved') : errorMessage(t, error) });
          if (moved) editor.controller.externalChange();
          return false;
        } finally {
          busy.current = false;
        }
      },
    };
  }, [body, customerId, meetingId, editor, t, toast]);
}
