// A customer's figures from the index (history.stats): meetings, advance rate, last contact
// and open action items. The advance rate counts advances and orders among done meetings,
// as the core computes it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type HistoryStats } from '../../../../shared/contract';
import { api } from '../../api/client';
import { errorMessage } from '../../i18n/errorMessage';
import { formatDate } from '../../i18n/formatDate';
import { useApiData } from '../../hooks/useApiData';
import { useLanguage } from '../../state/LanguageContext';
import { formatPercent } from '../Outcomes/formatPercent';

export function HistoryStatsPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => api().call('history.stats', { customerId }), [customerId]);
  const stats = useApiData(load);

  return (
    <section className="history-figures" aria-labelledby="history-figures-title">
      <h2 id="history-figures-title" className="visually-hidden">
        {t('search.history.figures')}
      </h2>
      {stats.data ? (
        <StatTiles stats={stats.data} />
      ) : stats.error instanceof ApiError && stats.error.code === 'NOT_FOUND' ? (
        // A core without the index yet: nothing the user can do about it.
        <p className="notice notice-info">{t('search.history.statsMissing')}</p>
      ) : stats.error !== undefined ? (
        <p className="notice notice-info">
          {t('search.history.statsUnavailable', { reason: errorMessage(t, stats.error) })}
        </p>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </section>
  );
}

function StatTiles({ stats }: { stats: HistoryStats }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const number = new Intl.NumberFormat(language);
  return (
    <dl className="stat-tiles">
      <div className="stat-tile">
        <dt>{t('search.history.meetings')}</dt>
        <dd>
          <span className="stat-value">{number.format(stats.meetings)}</span>
          <span className="stat-detail">{t('search.history.meetingsDone', { count: stats.done })}</span>
        </dd>
      </div>
      <div className="stat-tile">
        <dt>{t('search.history.advanceRate')}</dt>
        <dd>
          <span className="stat-value">
            {stats.done > 0 ? formatPercent(stats.advanceRate, language) : '—'}
          </span>
          <span className="stat-detail">
            {stats.done > 0
              ? t('search.history.advanceRateDetail', {
                  advances: stats.advances,
                  orders: stats.orders,
                  done: stats.done,
                })
              : t('search.history.noneDone')}
          </span>
        </dd>
      </div>
      <div className="stat-tile">
        <dt>{t('search.history.lastContact')}</dt>
        <dd>
          <span className="stat-value stat-value-date">
            {stats.lastContact ? formatDate(stats.lastContact, language) : '—'}
          </span>
          {!stats.lastContact && <span className="stat-detail">{t('search.history.noContact')}</span>}
        </dd>
      </div>
      <div className={`stat-tile ${stats.openActions > 0 ? 'stat-tile-attention' : ''}`}>
        <dt>{t('search.history.openActions')}</dt>
        <dd>
          <span className="stat-value">{number.format(stats.openActions)}</span>
        </dd>
      </div>
    </dl>
  );
}
