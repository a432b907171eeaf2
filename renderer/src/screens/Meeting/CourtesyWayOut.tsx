// The essay's way out of a courtesy call: if there is no reason to meet this customer, don't
// go; set a real objective with a customer who has open business (open action items) and no
// meeting planned. Lists them with their first open item, linking to each.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { KindBadge } from '../../components/common/Badge';
import { useApiData } from '../../hooks/useApiData';
import { todayIso } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { customersWithOpenBusiness } from './openBusiness';

const SHOWN = 5;

export function CourtesyWayOut({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const load = useCallback(async () => {
    const [customers, actions, planned] = await Promise.all([
      api().call('customers.list', {}),
      api().call('actions.list', { open: true }),
      api().call('meetings.list', { from: todayIso() }),
    ]);
    return customersWithOpenBusiness(customers.items, actions.items, planned.items, customerId);
  }, [customerId]);
  const candidates = useApiData(load);
  const shown = candidates.data?.slice(0, SHOWN) ?? [];

  return (
    <aside className="way-out" aria-labelledby="way-out-title" data-testid="courtesy-way-out">
      <h3 id="way-out-title" className="way-out-title">
        {t('editor.wayOut.title')}
      </h3>
      <p className="way-out-text">{t('editor.wayOut.text')}</p>
      {candidates.loading && <p className="muted">{t('common.loading')}</p>}
      {candidates.data && shown.length === 0 && <p className="muted">{t('editor.wayOut.none')}</p>}
      {shown.length > 0 && (
        <ul className="way-out-list">
          {shown.map(({ customer, open }) => (
            <li key={customer.id}>
              <a className="way-out-link" href={routeHref({ name: 'customer', id: customer.id })}>
                <span className="way-out-name">
                  {customer.name} <KindBadge kind={customer.kind} />
                </span>
                <span className="way-out-meta">
                  {t('editor.wayOut.openActions', { count: open.length })} · {t('editor.wayOut.noMeeting')}
                </span>
                {open[0] && <span className="way-out-action">{open[0].text}</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
