// One row of the customer list. Kept on its own (and memoized) so the list can be virtualized
// later for notebooks with thousands of customers.
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import type { Language } from '../../../../shared/domain/enums';
import { KindBadge } from '../../components/common/Badge';
import { formatDate } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';

interface CustomerRowProps {
  customer: CustomerSummary;
  index: number;
  active: boolean;
  language: Language;
  onOpen(id: string): void;
  onFocusRow(index: number): void;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number): void;
}

export const CustomerRow = memo(function CustomerRow({
  customer,
  index,
  active,
  language,
  onOpen,
  onFocusRow,
  onKeyDown,
}: CustomerRowProps) {
  const { t } = useTranslation();
  return (
    <tr
      className="customer-row"
      data-row-index={index}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      onClick={() => onOpen(customer.id)}
      onFocus={() => onFocusRow(index)}
      onKeyDown={(event) => onKeyDown(event, index)}
    >
      <td className="col-name">
        <a href={routeHref({ name: 'customer', id: customer.id })} tabIndex={-1} className="row-link">
          {customer.name}
        </a>
        {customer.tags.length > 0 && (
          <span className="tags">
            {customer.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </span>
        )}
      </td>
      <td>
        <KindBadge kind={customer.kind} />
      </td>
      <td>{customer.industry}</td>
      <td>{customer.location}</td>
      <td className="col-date">{customer.lastMeeting ? formatDate(customer.lastMeeting, language) : '—'}</td>
      <td className="col-date">
        {customer.nextMeeting ? (
          <strong>{formatDate(customer.nextMeeting, language)}</strong>
        ) : (
          <span className="muted">{t('customers.noNext')}</span>
        )}
      </td>
    </tr>
  );
});
