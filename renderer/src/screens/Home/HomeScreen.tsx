// Home: what Prepnote is for in three lines, the meetings of the next 14 days with how ready
// each is, the past meetings still waiting for their outcome (the debrief), and the customers
// met most recently.
import { useCallback } from 'react';
import { addDays, format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { useApiData } from '../../hooks/useApiData';
import { todayIso } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useNotebook } from '../../state/NotebookContext';
import { AwaitingOutcome } from './AwaitingOutcome';
import { HowItWorks } from './HowItWorks';
import { RecentCustomers } from './RecentCustomers';
import { UpcomingMeetings } from './UpcomingMeetings';
import './home.css';

const UPCOMING_DAYS = 14;

/** A calendar date (YYYY-MM-DD) some days later or earlier. */
function shiftDays(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

export function HomeScreen() {
  const { t } = useTranslation();
  const { info } = useNotebook();
  const loadUpcoming = useCallback(() => {
    const today = todayIso();
    return api().call('meetings.list', { from: today, to: shiftDays(today, UPCOMING_DAYS) });
  }, []);
  const loadWaiting = useCallback(() => api().call('meetings.list', { to: shiftDays(todayIso(), -1) }), []);
  const loadCustomers = useCallback(() => api().call('customers.list', {}), []);
  const upcoming = useApiData(loadUpcoming);
  const waiting = useApiData(loadWaiting);
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
        <div className="home-column">
          <section className="card" aria-labelledby="upcoming-title">
            <div className="section-bar">
              <h2 id="upcoming-title">{t('home.upcoming')}</h2>
              <span className="muted home-range">{t('editor.home.nextDays', { count: UPCOMING_DAYS })}</span>
            </div>
            {upcoming.error !== undefined && <ErrorNotice error={upcoming.error} onRetry={upcoming.reload} />}
            {upcoming.data && (
              <UpcomingMeetings meetings={upcoming.data.items} customers={customers.data?.items ?? []} />
            )}
            {upcoming.loading && <p className="muted">{t('common.loading')}</p>}
          </section>
          <section className="card" aria-labelledby="waiting-title">
            <h2 id="waiting-title">{t('editor.home.waiting')}</h2>
            <p className="muted home-explain">{t('editor.home.waitingExplain')}</p>
            {waiting.error !== undefined && <ErrorNotice error={waiting.error} onRetry={waiting.reload} />}
            {waiting.data && (
              <AwaitingOutcome meetings={waiting.data.items} customers={customers.data?.items ?? []} />
            )}
            {waiting.loading && <p className="muted">{t('common.loading')}</p>}
          </section>
        </div>
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
