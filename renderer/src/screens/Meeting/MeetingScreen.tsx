// The meeting editor: everything a salesperson prepares before a customer meeting, and records
// after it. Left: the details, why we meet (objective and customer benefit, judged live), the
// agenda, the attendees and the notes (whose tasks can be ticked). Right: the pre-meeting
// checklist and what the earlier meetings left open. Above: the status, where "ready" is only
// granted by the core's checklist. Everything is autosaved with the shared conflict handling.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMinutes } from '../../../../shared/checklist/agenda';
import type { MeetingStatus } from '../../../../shared/domain/enums';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { api } from '../../api/client';
import { AgendaBuilder } from '../../components/Agenda/AgendaBuilder';
import { ChecklistPanel } from '../../components/Checklist/ChecklistPanel';
import { AutosaveConflict } from '../../components/ConflictDialog/AutosaveConflict';
import { ConfirmDialog } from '../../components/Dialog/ConfirmDialog';
import { ExportMenu } from '../../components/ExportMenu/ExportMenu';
import { MarkdownEditor } from '../../components/MarkdownEditor/MarkdownEditor';
import { SaveStatus } from '../../components/SaveStatus/SaveStatus';
import { appendActionItem } from '../../components/Tasks/taskLines';
import { OutcomeBadge, StatusBadge } from '../../components/common/Badge';
import { Breadcrumbs } from '../../components/common/Breadcrumbs';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { FieldProblems } from '../../components/common/FieldProblems';
import { useApiData } from '../../hooks/useApiData';
import { isModKey, useGlobalKeys } from '../../hooks/useGlobalKeys';
import { useTrashWithUndo } from '../../hooks/useTrashWithUndo';
import { formatDate, todayIso } from '../../i18n/formatDate';
import { navigate, routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { AfterMeeting } from './AfterMeeting';
import { AttendeesPicker } from './AttendeesPicker';
import { EarlierMeetings } from './EarlierMeetings';
import { effectiveReview, failingRequired } from './effectiveReview';
import { MeetingForm } from './MeetingForm';
import { ObjectiveSection } from './ObjectiveSection';
import { OutcomeDialog } from './OutcomeDialog';
import { forgetOutcomeRequest, outcomeRequested } from './outcomeIntent';
import { BackToDraftNotice, FileClaimsReadyNotice, NotReadyNotice } from './ReadinessNotices';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { StatusControl } from './StatusControl';
import { useBodyTasks } from './useBodyTasks';
import { useMeetingEditor } from './useMeetingEditor';
import { useStatusChange } from './useStatusChange';
import './meeting.css';

interface MeetingScreenProps {
  customerId: string;
  meetingId: string;
}

export function MeetingScreen({ customerId, meetingId }: MeetingScreenProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const editor = useMeetingEditor(customerId, meetingId);
  const { autosave, controller, core, status } = editor;
  const { fields, body } = autosave;
  const statusChange = useStatusChange(customerId, meetingId, editor);
  const tasks = useBodyTasks(customerId, meetingId, editor);
  // The home screen's "Record outcome" link: the form opens with the page (once it is loaded).
  const [outcomeOpen, setOutcomeOpen] = useState(() => outcomeRequested(customerId, meetingId));
  useEffect(() => forgetOutcomeRequest(), []);
  const [templateOpen, setTemplateOpen] = useState(false);

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

  const loaded = autosave.status.kind !== 'loading' && autosave.status.kind !== 'loadFailed';

  const chooseStatus = (next: MeetingStatus) => void statusChange.change(next);
  useGlobalKeys((event) => {
    // Ctrl/Cmd+Enter is "mark ready": for a draft only (a done meeting stays done).
    if (isModKey(event) && event.key === 'Enter' && loaded && status === 'draft') {
      event.preventDefault();
      chooseStatus('ready');
    }
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
  const review = effectiveReview(fields, language, core?.review, core?.fields);
  // A file edited by hand may say `ready` while the rules (the core's, on the file as it is)
  // say otherwise: shown, never rewritten on the app's own initiative.
  const fileClaimsReady = status === 'ready' && core !== undefined && !core.review.ready;
  const past = fields.date !== undefined && fields.date <= todayIso();
  const end = addMinutes(fields.time, fields.duration ?? 0);

  function addAction(text: string) {
    controller.setBody(appendActionItem(body, text));
    void controller.flush();
  }

  return (
    <div className="page meeting-page">
      <Breadcrumbs items={crumbs} />
      <header className="page-header">
        <div className="meeting-heading">
          <div className="page-title">
            <h1>{title}</h1>
            <StatusBadge status={status} />
            <OutcomeBadge outcome={fields.outcome} />
          </div>
          <p className="page-subtitle">
            {[
              formatDate(fields.date, language, 'weekday'),
              fields.time && fields.duration ? `${fields.time}–${end ?? ''}` : fields.time,
              fields.duration !== undefined ? t('meeting.minutes', { count: fields.duration }) : '',
              fields.location,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="page-actions">
          <SaveStatus status={autosave.status} onRetry={flush} onResolve={() => controller.openConflict()} />
          <ExportMenu customerId={customerId} meetingId={meetingId} flush={() => controller.flush()} />
          <button type="button" className="button" onClick={() => setTemplateOpen(true)}>
            {t('editor.template.open')}
          </button>
          <button type="button" className="button button-quiet" onClick={trash.ask}>
            {t('meeting.trash')}
          </button>
        </div>
      </header>
      <StatusControl
        status={status}
        busy={statusChange.busy}
        past={past}
        onChoose={chooseStatus}
        onRecordOutcome={() => setOutcomeOpen(true)}
      />
      {statusChange.refused && (
        <NotReadyNotice items={statusChange.refused} onDismiss={statusChange.dismissRefusal} />
      )}
      {editor.demoted && editor.demoted.length > 0 && (
        <BackToDraftNotice items={editor.demoted} onDismiss={editor.clearDemoted} />
      )}
      {fileClaimsReady && <FileClaimsReadyNotice items={failingRequired(core.review)} />}
      <FieldProblems problems={editor.problems} />
      {autosave.copyPath && (
        <p className="notice notice-info">{t('conflict.copySaved', { path: autosave.copyPath })}</p>
      )}
      <div className="meeting-layout">
        <div className="meeting-main">
          {/* Once the meeting's day has come, how it ended is the first thing to write down. */}
          {(past || status === 'done') && (
            <AfterMeeting
              fields={fields}
              done={status === 'done'}
              onRecordOutcome={() => setOutcomeOpen(true)}
              onAddAction={addAction}
            />
          )}
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
          <ObjectiveSection
            customerId={customerId}
            fields={fields}
            review={review}
            setText={setField}
            onBlur={flush}
          />
          <section className="card" aria-labelledby="agenda-title">
            <h2 id="agenda-title" className="section-title">
              {t('meeting.agenda')}
            </h2>
            <AgendaBuilder
              value={fields.agenda}
              onChange={(agenda) => setField('agenda', agenda)}
              duration={fields.duration}
              startTime={fields.time}
              onBlur={flush}
            />
          </section>
          <section className="card" aria-labelledby="attendees-title">
            <h2 id="attendees-title" className="section-title">
              {t('meeting.attendees')}
            </h2>
            <AttendeesPicker
              attendees={fields.attendees ?? []}
              contacts={customer.data?.fields.contacts ?? []}
              onChange={(attendees) => {
                setField('attendees', attendees.length > 0 ? attendees : undefined);
                flush();
              }}
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
              tasks={tasks}
            />
          </section>
        </div>
        <aside className="meeting-side">
          <ChecklistPanel
            review={review}
            disabled={autosave.conflict !== undefined}
            onToggle={(id, ticked) => {
              setField('checklist', { ...fields.checklist, [id]: ticked });
              flush();
            }}
          />
          <EarlierMeetings customerId={customerId} meetingId={meetingId} date={fields.date} />
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
          { key: 'agenda', label: t('meeting.agenda') },
          { key: 'attendees', label: t('meeting.attendees') },
          { key: 'checklist', label: t('review.title') },
        ]}
      />
      {outcomeOpen && (
        <OutcomeDialog
          objective={fields.objective}
          initial={{ outcome: fields.outcome, objectiveMet: fields.objectiveMet }}
          busy={statusChange.busy}
          onSubmit={(ended) =>
            void statusChange.change('done', ended).then((ok) => ok && setOutcomeOpen(false))
          }
          onClose={() => setOutcomeOpen(false)}
        />
      )}
      {templateOpen && (
        <SaveTemplateDialog fields={fields} body={body} onClose={() => setTemplateOpen(false)} />
      )}
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
