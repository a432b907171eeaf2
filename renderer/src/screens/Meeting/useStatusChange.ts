// Changing a meeting's status (meetings.setStatus): saved edits first, then the change. The
// core refuses "ready" while a required item fails (NOT_READY, with its review as details):
// the refusal keeps those items so the editor can say what is missing, in words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, Review, type ReviewItem } from '../../../../shared/contract';
import type { MeetingStatus, ObjectiveMet, Outcome } from '../../../../shared/domain/enums';
import { api } from '../../api/client';
import { useToast } from '../../components/Toast/ToastContext';
import { errorMessage } from '../../i18n/errorMessage';
import { failingRequired } from './effectiveReview';
import type { MeetingEditor } from './useMeetingEditor';
import { saveFirst } from './writeOutside';

export interface HowItEnded {
  outcome: Outcome;
  objectiveMet: ObjectiveMet;
}

export function useStatusChange(customerId: string, meetingId: string, editor: MeetingEditor) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  /** The required items that failed when "ready" was refused; [] when the core gave none. */
  const [refused, setRefused] = useState<ReviewItem[]>();

  async function change(next: MeetingStatus, ended?: HowItEnded): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setRefused(undefined);
    try {
      const saved = await saveFirst(editor);
      if (!saved.ok) {
        toast.show({ tone: 'error', message: t('editor.status.saveFirst') });
        return false;
      }
      const result = await api().call('meetings.setStatus', {
        customerId,
        meetingId,
        version: saved.version,
        status: next,
        ...ended,
      });
      editor.wroteOutside(result);
      toast.show({
        tone: 'success',
        message: ended
          ? t('editor.outcome.recorded', { outcome: t(`outcome.${ended.outcome}`) })
          : t('editor.status.changed', { status: t(`status.${next}`) }),
      });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_READY') {
        const review = Review.safeParse(error.details);
        setRefused(review.success ? failingRequired(review.data) : []);
      } else {
        toast.show({ tone: 'error', message: errorMessage(t, error) });
        // The file moved on: show it as it is now.
        if (error instanceof ApiError && error.code === 'CONFLICT') editor.controller.externalChange();
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { change, busy, refused, dismissRefusal: () => setRefused(undefined) };
}
