// A customer's history (#/customers/<id>/history): the figures of history.stats, then every
// meeting on one timeline, newest first, with objective → outcome, whether the objective was
// met, the status and the meeting's action items. Works offline: it reads only the notebook.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Breadcrumbs } from '../../components/common/Breadcrumbs';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { HistoryExportMenu } from '../../components/ExportMenu/HistoryExportMenu';
import { useApiData } from '../../hooks/useApiData';
import { routeHref } from '../../routing/routes';
import { HistoryStatsPanel } from './HistoryStatsPanel';
import { HistoryTimeline } from './HistoryTimeline';
import './history.css';

export function HistoryScreen({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const loadCustomer = useCallback(() => api().call('customers.get', { id: customerId }), [customerId]);
  const loadMeetings = useCallback(() => api().call('meetings.list', { customerId }), [customerId]);
  const loadActions = useCallback(() => api().call('actions.list', { customerId }), [customerId]);
  const customer = useApiData(loadCustomer);
  const meetings = useApiData(loadMeetings);
  const actions = useApiData(loadActions);
  const name = customer.data?.fields.name || customerId;
  const customerHref = routeHref({ name: 'customer', id: customerId });

  const crumbs = (
    <Breadcrumbs
      items={[
        { label: t('nav.customers'), href: routeHref({ name: 'customers' }) },
        { label: name, href: customerHref },
        { label: t('search.history.title') },
      ]}
    />
  );
  if (customer.error !== undefined && !customer.data) {
    return (
      <div className="page">
        {crumbs}
        <ErrorNotice error={customer.error} onRetry={customer.reload} />
      </div>
    );
  }

  return (
    <div className="page history-page">
      {crumbs}
      <header className="page-header">
        <div>
          <h1>{customer.data ? t('search.history.heading', { name }) : t('search.history.title')}</h1>
          <p className="page-subtitle">{t('search.history.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={customerHref}>
            {t('search.history.customerPage')}
          </a>
          <HistoryExportMenu customerId={customerId} />
        </div>
      </header>
      <HistoryStatsPanel customerId={customerId} />
      <section className="card" aria-labelledby="history-timeline-title">
        <h2 id="history-timeline-title" className="section-title">
          {t('search.history.timeline')}
        </h2>
        {meetings.error !== undefined && <ErrorNotice error={meetings.error} onRetry={meetings.reload} />}
        {meetings.loading && <p className="muted">{t('common.loading')}</p>}
        {meetings.data && (
          <HistoryTimeline meetings={meetings.data.items} actions={actions.data?.items ?? []} />
        )}
      </section>
    </div>
  );
}
