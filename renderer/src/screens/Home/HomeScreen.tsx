// Home: what Prepnote is for in three lines, the next meetings across all customers, and the
// customers met most recently.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { useApiData } from '../../hooks/useApiData';
import { todayIso } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useNotebook } from '../../state/NotebookContext';
import { HowItWorks } from './HowItWorks';
import { RecentCustomers } from './RecentCustomers';
import { UpcomingMeetings } from './UpcomingMeetings';

export function HomeScreen() {
  const { t } = useTranslation();
  const { info } = useNotebook();
  const loadUpcoming = useCallback(() => api().call('meetings.list', { from: todayIso() }), []);
  const loadCustomers = useCallback(() => api().call('customers.list', {}), []);
  const upcoming = useApiData(loadUpcoming);
  const customers = useApiData(loadCustomers);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{info?.name ?? t('nav.home')}</h1>
          {info && (
            <p className="page-subtitle">
              {t('home.counts', { customers: info.customers, meetings: info.meetings })}
            </p>
          )}
        </div>
        <a className="button" href={routeHref({ name: 'customers' })}>
          {t('home.allCustomers')}
        </a>
      </header>
      <HowItWorks />
      <div className="home-grid">
        <section className="card" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">{t('home.upcoming')}</h2>
          {upcoming.error !== undefined && <ErrorNotice error={upcoming.error} onRetry={upcoming.reload} />}
          {upcoming.data && (
            <UpcomingMeetings meetings={upcoming.data.items} customers={customers.data?.items ?? []} />
          )}
          {upcoming.loading && <p className="muted">{t('common.loading')}</p>}
        </section>
        <section className="card" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('home.recentCustomers')}</h2>
          {customers.error !== undefined && (
            <ErrorNotice error={customers.error} onRetry={customers.reload} />
          )}
          {customers.data && <RecentCustomers customers={customers.data.items} />}
          {customers.loading && <p className="muted">{t('common.loading')}</p>}
        </section>
      </div>
    </div>
  );
}
