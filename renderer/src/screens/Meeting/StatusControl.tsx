// The meeting's status: Draft / Ready / Done / Cancelled as one control, with the two steps a
// salesperson takes most as buttons of their own: "Mark ready" (Ctrl/Cmd+Enter) before the
// meeting and "Record outcome" after it. Ready goes through the core's checklist; Done asks
// how the meeting ended first.
import { useTranslation } from 'react-i18next';
import { MEETING_STATUSES, type MeetingStatus } from '../../../../shared/domain/enums';

interface StatusControlProps {
  status: MeetingStatus | undefined;
  busy: boolean;
  /** The meeting's day has come or passed: recording the outcome is the next step. */
  past: boolean;
  onChoose(status: MeetingStatus): void;
  onRecordOutcome(): void;
}

export function StatusControl({ status, busy, past, onChoose, onRecordOutcome }: StatusControlProps) {
  const { t } = useTranslation();
  const open = status === 'draft' || status === 'ready' || status === undefined;
  return (
    <div className="status-bar" data-testid="status-control">
      <div className="status-choice">
        <span id="status-label" className="status-label">
          {t('editor.status.label')}
        </span>
        <div className="segmented status-segments" role="group" aria-labelledby="status-label">
          {MEETING_STATUSES.map((value) => (
            <button
              key={value}
              type="button"
              className={`status-segment status-segment-${value}`}
              aria-pressed={status === value}
              disabled={busy}
              aria-keyshortcuts={value === 'ready' ? 'Control+Enter Meta+Enter' : undefined}
              title={value === 'ready' ? t('editor.status.readyShortcut') : undefined}
              onClick={() => (value === 'done' ? onRecordOutcome() : status !== value && onChoose(value))}
            >
              {t(`status.${value}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="status-actions">
        {status === 'draft' && (
          <button
            type="button"
            className={`button ${past ? '' : 'button-primary'}`}
            disabled={busy}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            title={t('editor.status.readyShortcut')}
            onClick={() => onChoose('ready')}
          >
            {t('editor.status.markReady')}
            <kbd className="kbd">{t('editor.status.readyKeys')}</kbd>
          </button>
        )}
        {open && (
          <button
            type="button"
            className={`button ${past ? 'button-primary' : ''}`}
            disabled={busy}
            onClick={onRecordOutcome}
          >
            {t('editor.outcome.record')}
          </button>
        )}
      </div>
    </div>
  );
}
