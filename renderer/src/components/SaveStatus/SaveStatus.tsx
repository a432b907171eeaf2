// The visible save state of an editor ("Saving… / Saved / Not saved: <reason>"), announced to
// screen readers, with the way out when saving stopped (retry, resolve the conflict).
import { useTranslation } from 'react-i18next';
import type { SaveStatus as Status } from '../../autosave/AutosaveController';
import { errorMessage } from '../../i18n/errorMessage';

interface SaveStatusProps {
  status: Status;
  onRetry(): void;
  onResolve(): void;
}

export function SaveStatus({ status, onRetry, onResolve }: SaveStatusProps) {
  const { t } = useTranslation();
  let text = '';
  let tone = 'muted';
  let action: { label: string; run(): void } | undefined;
  switch (status.kind) {
    case 'loading':
      text = t('save.loading');
      break;
    case 'idle':
    case 'saved':
      text = t('save.saved');
      tone = 'ok';
      break;
    case 'pending':
      text = t('save.pending');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'invalid':
      text = t('save.notSaved', { reason: t(`validation.${status.reason}`) });
      tone = 'error';
      break;
    case 'failed':
      text = t('save.notSaved', { reason: errorMessage(t, status.error) });
      tone = 'error';
      action = { label: t('save.retry'), run: onRetry };
      break;
    case 'conflict':
      text = t('save.notSaved', { reason: t('save.conflictReason') });
      tone = 'error';
      action = { label: t('save.resolve'), run: onResolve };
      break;
    case 'loadFailed':
      text = errorMessage(t, status.error);
      tone = 'error';
      break;
  }
  return (
    <div className={`save-status save-status-${tone}`}>
      <span role="status" aria-live="polite" data-testid="save-status">
        {text}
      </span>
      {action && (
        <button type="button" className="button button-small" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
