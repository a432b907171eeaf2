// The customers met most recently, for getting back to them in one click.
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { KindBadge } from '../../components/common/Badge';
import { formatDate } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';

const SHOWN = 6;

export function RecentCustomers({ customers }: { customers: CustomerSummary[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const recent = [...customers]
    .sort((a, b) => (b.lastMeeting ?? '').localeCompare(a.lastMeeting ?? '') || a.name.localeCompare(b.name))
    .slice(0, SHOWN);
  if (recent.length === 0) return <p className="muted">{t('home.noCustomers')}</p>;
  return (
    <ul className="customer-cards">
      {recent.map((customer) => (
        <li key={customer.id}>
          <a className="customer-card" href={routeHref({ name: 'customer', id: customer.id })}>
            <span className="customer-card-name">{customer.name}</span>
            <span className="customer-card-meta">
              <KindBadge kind={customer.kind} />
              {[customer.industry, customer.location].filter(Boolean).join(' · ')}
            </span>
            <span className="customer-card-meta">
              {customer.lastMeeting
                ? t('customers.lastMet', { date: formatDate(customer.lastMeeting, language) })
                : t('customers.neverMet')}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
