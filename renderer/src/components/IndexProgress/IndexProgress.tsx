// A slim bar with "Indexing notes · 1,234 of 20,000" while the search index is being built
// (a cold start on a large notebook takes a few seconds); nothing once it is done. It is a
// progressbar, not a live region: screen readers can read it without being interrupted by
// every batch.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../state/LanguageContext';
import { isIndexing, useIndexProgress } from './useIndexProgress';
import './indexProgress.css';

export function IndexProgress() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const progress = useIndexProgress();
  if (!isIndexing(progress)) return null;
  const number = new Intl.NumberFormat(language);
  const done = Math.max(0, progress.done);
  const label = t('search.index.progress', {
    done: number.format(done),
    total: number.format(progress.total),
  });
  const percent = Math.min(100, (done / progress.total) * 100);
  return (
    <div className="index-progress" data-testid="index-progress">
      <div className="index-progress-text">
        <span>{t('search.index.label')}</span>
        <span className="index-progress-count">{label}</span>
      </div>
      <div
        className="index-progress-track"
        role="progressbar"
        aria-label={t('search.index.label')}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={done}
        aria-valuetext={label}
      >
        <div className="index-progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
