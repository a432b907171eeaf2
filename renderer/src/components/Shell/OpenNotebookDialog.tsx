// Opens another notebook: a folder path (browser mode has no folder picker; the desktop app
// also offers one in its File menu) or one of the recent notebooks.
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiData } from '../../hooks/useApiData';
import { errorMessage } from '../../i18n/errorMessage';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../state/LanguageContext';
import { useNotebook } from '../../state/NotebookContext';
import { Dialog } from '../Dialog/Dialog';
import { FormFooter } from '../Dialog/FormFooter';
import { TextField } from '../common/TextField';

interface OpenNotebookDialogProps {
  onClose(): void;
  onOpened(name: string): void;
}

export function OpenNotebookDialog({ onClose, onOpened }: OpenNotebookDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { info, openNotebook } = useNotebook();
  const [path, setPath] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const recentTitle = useId();
  const loadRecent = useCallback(() => api().call('notebook.recent', {}), []);
  const recent = useApiData(loadRecent);

  async function open(target: string) {
    const trimmed = target.trim();
    if (!trimmed) return;
    setBusy(true);
    setError(undefined);
    try {
      const opened = await openNotebook(trimmed);
      onOpened(opened.name);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void open(path);
  }

  const others = (recent.data?.items ?? []).filter((item) => item.path !== info?.path);
  const isDesktop = typeof window !== 'undefined' && Boolean(window.api);

  return (
    <Dialog title={t('openNotebook.title')} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <TextField
          label={t('openNotebook.pathLabel')}
          value={path}
          onChange={setPath}
          placeholder={t('openNotebook.pathPlaceholder')}
          hint={isDesktop ? t('openNotebook.desktopHint') : t('openNotebook.hint')}
          autoFocus
          name="notebook-path"
        />
        <FormFooter
          submitLabel={t('openNotebook.open')}
          disabled={busy || path.trim() === ''}
          error={error === undefined ? undefined : errorMessage(t, error)}
          onCancel={onClose}
        />
      </form>
      {others.length > 0 && (
        <section className="recent-notebooks" aria-labelledby={recentTitle}>
          <h3 id={recentTitle}>{t('openNotebook.recent')}</h3>
          <ul className="plain-list">
            {others.map((item) => (
              <li key={item.path}>
                <button
                  type="button"
                  className="list-button"
                  disabled={busy}
                  onClick={() => void open(item.path)}
                >
                  <span className="list-button-title">{item.name}</span>
                  <span className="list-button-meta">
                    {item.path} · {t('openNotebook.openedAt', { date: formatDate(item.openedAt, language) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
