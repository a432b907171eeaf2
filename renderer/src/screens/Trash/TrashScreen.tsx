// The notebook's trash: what was deleted and when, each with Restore.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { useToast } from '../../components/Toast/ToastContext';
import { useApiData } from '../../hooks/useApiData';
import { errorMessage } from '../../i18n/errorMessage';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../state/LanguageContext';

export function TrashScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const load = useCallback(() => api().call('trash.list', {}), []);
  const entries = useApiData(load);
  const [restoring, setRestoring] = useState<string>();

  async function restore(entry: TrashEntry) {
    setRestoring(entry.trashId);
    try {
      await api().call('trash.restore', { trashId: entry.trashId });
      toast.show({ tone: 'success', message: t('trash.restoredName', { name: entry.title }) });
      entries.reload();
    } catch (failure) {
      toast.show({ tone: 'error', message: errorMessage(t, failure) });
    } finally {
      setRestoring(undefined);
    }
  }

  const items = [...(entries.data?.items ?? [])].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('trash.title')}</h1>
          <p className="page-subtitle">{t('trash.explain')}</p>
        </div>
      </header>
      {entries.error !== undefined && <ErrorNotice error={entries.error} onRetry={entries.reload} />}
      {entries.loading && <p className="muted">{t('common.loading')}</p>}
      {entries.data && items.length === 0 && <p className="empty">{t('trash.empty')}</p>}
      {items.length > 0 && (
        <ul className="stack-list">
          {items.map((entry) => (
            <li key={entry.trashId} className="card trash-item">
              <div className="trash-text">
                <span className="trash-title">{entry.title}</span>
                <span className="muted">
                  {t('trash.deletedAt', { date: formatDate(entry.deletedAt, language, 'dateTime') })}
                </span>
                <ul className="trash-paths">
                  {entry.paths.slice(0, 3).map((path) => (
                    <li key={path}>
                      <code className="path">{path}</code>
                    </li>
                  ))}
                  {entry.paths.length > 3 && (
                    <li className="muted">{t('trash.morePaths', { count: entry.paths.length - 3 })}</li>
                  )}
                </ul>
              </div>
              <button
                type="button"
                className="button"
                disabled={restoring === entry.trashId}
                onClick={() => void restore(entry)}
                aria-label={t('trash.restoreNamed', { name: entry.title })}
              >
                {t('trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
