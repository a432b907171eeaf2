// A meeting's page (the simple editor of this task): its fields and notes autosaved with the
// shared conflict handling, and the checklist review the core returned, read only. The full
// meeting editor (live review, agenda builder, ticking the checklist, status) builds on this
// folder later.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDoc, Review } from '../../../../shared/contract';
import type { MeetingStatus } from '../../../../shared/domain/enums';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { api } from '../../api/client';
import { useAutosave } from '../../autosave/useAutosave';
import { AutosaveConflict } from '../../components/ConflictDialog/AutosaveConflict';
import { ConfirmDialog } from '../../components/Dialog/ConfirmDialog';
import { MarkdownEditor } from '../../components/MarkdownEditor/MarkdownEditor';
import { SaveStatus } from '../../components/SaveStatus/SaveStatus';
import { OutcomeBadge, StatusBadge } from '../../components/common/Badge';
import { Breadcrumbs } from '../../components/common/Breadcrumbs';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { FieldProblems } from '../../components/common/FieldProblems';
import { useApiData } from '../../hooks/useApiData';
import { useTrashWithUndo } from '../../hooks/useTrashWithUndo';
import { formatDate } from '../../i18n/formatDate';
import { navigate, routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { meetingAdapter, type MeetingSaveResult } from './meetingAdapter';
import { MeetingForm } from './MeetingForm';
import { ReviewList } from './ReviewList';

interface MeetingScreenProps {
  customerId: string;
  meetingId: string;
}

export function MeetingScreen({ customerId, meetingId }: MeetingScreenProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [review, setReview] = useState<Review>();
  const [status, setStatus] = useState<MeetingStatus>();
  const [backToDraft, setBackToDraft] = useState(false);
  const [problems, setProblems] = useState<MeetingDoc['problems']>([]);
  const lastStatus = useRef<MeetingStatus>(undefined);
  const autosave = useAutosave(() => ({
    ...meetingAdapter(customerId, meetingId),
    onLoaded: (doc: MeetingDoc) => {
      setReview(doc.review);
      lastStatus.current = doc.fields.status;
      setStatus(doc.fields.status);
      setProblems(doc.problems);
    },
    onSaved: (result: MeetingSaveResult) => {
      setReview(result.review);
      // The core sets a ready meeting back to draft when a save breaks a required item.
      if (lastStatus.current === 'ready' && result.status === 'draft') setBackToDraft(true);
      lastStatus.current = result.status;
      setStatus(result.status);
    },
  }));
  const { controller, fields, body } = autosave;

  // The review's sentences come in the language of the moment: ask again after a switch.
  const [reviewLanguage, setReviewLanguage] = useState(language);
  useEffect(() => {
    if (reviewLanguage === language) return;
    let live = true;
    api()
      .call('meetings.review', { customerId, meetingId, lang: language })
      .then(
        (next) => {
          if (!live) return;
          setReview(next);
          setReviewLanguage(language);
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [customerId, meetingId, language, reviewLanguage]);
  const loadCustomer = useCallback(() => api().call('customers.get', { id: customerId }), [customerId]);
  const customer = useApiData(loadCustomer);
  const customerName = customer.data?.fields.name ?? customerId;
  const title = fields.title || t('meeting.untitled');
  const trash = useTrashWithUndo({
    trash: () => api().call('meetings.trash', { customerId, meetingId }),
    movedMessage: t('trash.movedMeeting', { title }),
    restoredMessage: t('trash.restoredName', { name: title }),
    afterTrash: () => navigate({ name: 'customer', id: customerId }),
    afterRestore: () => navigate({ name: 'meeting', customerId, meetingId }),
  });
  const flush = () => void controller.flush();
  const setField = <K extends keyof MeetingFields>(key: K, value: MeetingFields[K] | undefined) =>
    controller.setField(key, value);

  const crumbs = [
    { label: t('nav.customers'), href: routeHref({ name: 'customers' }) },
    { label: customerName, href: routeHref({ name: 'customer', id: customerId }) },
    { label: autosave.status.kind === 'loading' ? '…' : title },
  ];

  if (autosave.status.kind === 'loading') return <p className="page muted">{t('common.loading')}</p>;
  if (autosave.status.kind === 'loadFailed' && !autosave.dirty) {
    return (
      <div className="page">
        <Breadcrumbs items={crumbs} />
        <ErrorNotice error={autosave.status.error} onRetry={() => void controller.load()} />
      </div>
    );
  }
  const invalid = autosave.status.kind === 'invalid' ? autosave.status.reason : undefined;

  return (
    <div className="page">
      <Breadcrumbs items={crumbs} />
      <header className="page-header">
        <div className="page-title">
          <h1>{title}</h1>
          <StatusBadge status={status} />
          <OutcomeBadge outcome={fields.outcome} />
        </div>
        <div className="page-actions">
          <SaveStatus status={autosave.status} onRetry={flush} onResolve={() => controller.openConflict()} />
          <button type="button" className="button button-quiet" onClick={trash.ask}>
            {t('meeting.trash')}
          </button>
        </div>
      </header>
      <p className="page-subtitle">
        {[
          formatDate(fields.date, language, 'weekday'),
          fields.time,
          fields.duration !== undefined ? t('meeting.minutes', { count: fields.duration }) : '',
          fields.location,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <FieldProblems problems={problems} />
      {backToDraft && (
        <p className="notice notice-warning" role="status">
          {t('meeting.backToDraft')}
        </p>
      )}
      {autosave.copyPath && (
        <p className="notice notice-info">{t('conflict.copySaved', { path: autosave.copyPath })}</p>
      )}
      <div className="meeting-layout">
        <div className="meeting-main">
          <section className="card" aria-labelledby="meeting-details-title">
            <h2 id="meeting-details-title" className="section-title">
              {t('meeting.details')}
            </h2>
            <MeetingForm
              fields={fields}
              setField={setField}
              onBlur={flush}
              invalid={invalid === 'titleRequired' || invalid === 'dateInvalid' ? invalid : undefined}
            />
          </section>
          <section className="card">
            <MarkdownEditor
              label={t('meeting.notes')}
              value={body}
              onChange={(text) => controller.setBody(text)}
              onBlur={flush}
              emptyText={t('meeting.noNotes')}
              rows={18}
            />
          </section>
        </div>
        <aside className="meeting-side">
          <section className="card" aria-labelledby="review-title">
            <h2 id="review-title" className="section-title">
              {t('review.title')}
            </h2>
            <ReviewList review={review} />
          </section>
          {(fields.attendees?.length ?? 0) > 0 && (
            <section className="card" aria-labelledby="attendees-title">
              <h2 id="attendees-title" className="section-title">
                {t('meeting.attendees')}
              </h2>
              <ul className="plain-list">
                {fields.attendees?.map((person) => (
                  <li key={person}>{person}</li>
                ))}
              </ul>
            </section>
          )}
          {(fields.agenda?.length ?? 0) > 0 && (
            <section className="card" aria-labelledby="agenda-title">
              <h2 id="agenda-title" className="section-title">
                {t('meeting.agenda')}
              </h2>
              <ol className="agenda-list">
                {fields.agenda?.map((item, index) => (
                  <li key={`${index}-${item.title}`}>
                    <span>{item.title}</span>
                    <span className="muted">{t('meeting.minutes', { count: item.minutes })}</span>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </aside>
      </div>
      <AutosaveConflict
        autosave={autosave}
        fields={[
          { key: 'title', label: t('fields.title') },
          { key: 'date', label: t('fields.date') },
          { key: 'time', label: t('fields.time') },
          { key: 'duration', label: t('fields.durationMinutes') },
          { key: 'location', label: t('fields.location') },
          { key: 'objective', label: t('fields.objective') },
          { key: 'benefit', label: t('fields.benefit') },
          { key: 'fallback', label: t('fields.fallback') },
        ]}
      />
      {trash.confirming && (
        <ConfirmDialog
          title={t('meeting.trashTitle', { title })}
          message={t('meeting.trashConfirm')}
          confirmLabel={t('meeting.trash')}
          busy={trash.busy}
          error={trash.error}
          onConfirm={trash.confirm}
          onClose={trash.cancel}
        />
      )}
    </div>
  );
}
