// One row of the customer list, memoized, at the fixed height the virtualized table counts on:
// the name and its tags on a line each, every other cell one line (long names and places end
// in "…", in full on hover).
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
  /** The table shows the open action counts (the index gives them). */
  showOpenActions: boolean;
  onOpen(id: string): void;
  onFocusRow(index: number): void;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number): void;
}

export const CustomerRow = memo(function CustomerRow({
  customer,
  index,
  active,
  language,
  showOpenActions,
  onOpen,
  onFocusRow,
  onKeyDown,
}: CustomerRowProps) {
  const { t } = useTranslation();
  return (
    <tr
      className="customer-row"
      data-row-index={index}
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      onClick={() => onOpen(customer.id)}
      onFocus={() => onFocusRow(index)}
      onKeyDown={(event) => onKeyDown(event, index)}
    >
      <td className="col-name" title={customer.name}>
        <div className="cell-line">
          <a href={routeHref({ name: 'customer', id: customer.id })} tabIndex={-1} className="row-link">
            {customer.name}
          </a>
        </div>
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
      <td title={customer.industry}>{customer.industry}</td>
      <td title={customer.location}>{customer.location}</td>
      <td className="col-date">{customer.lastMeeting ? formatDate(customer.lastMeeting, language) : '—'}</td>
      <td className="col-date">
        {customer.nextMeeting ? (
          <strong>{formatDate(customer.nextMeeting, language)}</strong>
        ) : (
          <span className="muted">{t('customers.noNext')}</span>
        )}
      </td>
      {showOpenActions && (
        <td className="col-actions">
          {customer.openActions === undefined ? (
            <span className="muted">—</span>
          ) : customer.openActions > 0 ? (
            <span className="open-actions-count">{customer.openActions}</span>
          ) : (
            <span className="muted">0</span>
          )}
        </td>
      )}
    </tr>
  );
});
