// A failed call, said in the user's language (by error code), with a retry when it helps.
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errorMessage';

interface ErrorNoticeProps {
  error: unknown;
  onRetry?(): void;
}

export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorMessage(t, error)}</p>
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
