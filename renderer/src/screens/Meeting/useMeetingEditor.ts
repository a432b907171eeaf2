// The open meeting: its autosave (useAutosave with the meeting adapter), and what the editor
// needs besides the fields: the status, the core's review and the fields it judged, the
// version the file is at (for setStatus and actions.toggle, which write it outside the
// autosave), problems with its values, and the items whose breaking just sent a ready
// meeting back to draft.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDoc, Review, ReviewItem } from '../../../../shared/contract';
import type { MeetingStatus } from '../../../../shared/domain/enums';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { api } from '../../api/client';
import { useAutosave } from '../../autosave/useAutosave';
import { checklistLabel } from '../../components/Checklist/checklistLabel';
import { useToast } from '../../components/Toast/ToastContext';
import { useLanguage } from '../../state/LanguageContext';
import { applyPatch, failingRequired } from './effectiveReview';
import { meetingAdapter, type MeetingSaveResult } from './meetingAdapter';

type Fields = Partial<MeetingFields>;

export interface CoreVerdict {
  review: Review;
  /** The fields the core judged: as loaded, or as last saved. */
  fields: Fields;
}

export function useMeetingEditor(customerId: string, meetingId: string) {
  const { t } = useTranslation();
  const toast = useToast();
  const { language } = useLanguage();
  const [core, setCore] = useState<CoreVerdict>();
  const [status, setStatus] = useState<MeetingStatus>();
  const [problems, setProblems] = useState<MeetingDoc['problems']>([]);
  const [demoted, setDemoted] = useState<ReviewItem[]>();
  const version = useRef<string>(undefined);
  const lastStatus = useRef<MeetingStatus>(undefined);
  const sentPatch = useRef<Record<string, unknown>>({});
  // The save callbacks are made once; they speak the language of the moment through this.
  const latestT = useRef(t);
  useEffect(() => {
    latestT.current = t;
  });

  const autosave = useAutosave(() => {
    const adapter = meetingAdapter(customerId, meetingId);
    return {
      ...adapter,
      save: (base, patch, body) => {
        sentPatch.current = patch as Record<string, unknown>;
        return adapter.save(base, patch, body);
      },
      onLoaded: (doc: MeetingDoc) => {
        version.current = doc.version;
        lastStatus.current = doc.fields.status;
        setCore({ review: doc.review, fields: doc.fields });
        setStatus(doc.fields.status);
        setProblems(doc.problems);
      },
      onSaved: (result: MeetingSaveResult) => {
        version.current = result.version;
        const patch = sentPatch.current;
        setCore((previous) => ({ review: result.review, fields: applyPatch(previous?.fields ?? {}, patch) }));
        // The core sets a ready meeting back to draft when a save breaks a required item.
        if (lastStatus.current === 'ready' && result.status === 'draft') {
          const broken = failingRequired(result.review);
          setDemoted(broken);
          const first = broken[0];
          const tr = latestT.current;
          toast.show({
            tone: 'error',
            timeoutMs: 12_000,
            message: first
              ? tr('editor.status.backToDraftItem', {
                  item: checklistLabel(tr, first),
                  reason: first.reason ?? '',
                })
              : tr('meeting.backToDraft'),
          });
        }
        lastStatus.current = result.status;
        setStatus(result.status);
      },
    };
  });
  const { controller } = autosave;

  // The review's sentences come in the language of the moment: ask again after a switch.
  const [reviewLanguage, setReviewLanguage] = useState(language);
  useEffect(() => {
    if (reviewLanguage === language) return;
    let live = true;
    api()
      .call('meetings.review', { customerId, meetingId, lang: language })
      .then(
        (review) => {
          if (!live) return;
          setCore((previous) => previous && { ...previous, review });
          setReviewLanguage(language);
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [customerId, meetingId, language, reviewLanguage]);

  return {
    autosave,
    controller,
    core,
    status,
    problems,
    demoted,
    clearDemoted: () => setDemoted(undefined),
    /** The version of the file as this editor last read or wrote it. */
    version: () => version.current,
    /** A write outside the autosave (setStatus, actions.toggle) moved the file on. */
    wroteOutside(next: { version: string; status?: MeetingStatus }) {
      version.current = next.version;
      if (next.status) {
        lastStatus.current = next.status;
        setStatus(next.status);
        setDemoted(undefined);
      }
      // Read the file again (nothing unsaved is lost: it reloads only when all is saved).
      controller.externalChange();
    },
  };
}

export type MeetingEditor = ReturnType<typeof useMeetingEditor>;
