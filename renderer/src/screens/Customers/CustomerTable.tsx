// The customer table with arrow-key navigation: one row is in the Tab order at a time; ↑/↓,
// Home/End move between rows, Enter opens the customer.
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { useLanguage } from '../../state/LanguageContext';
import { CustomerRow } from './CustomerRow';

interface CustomerTableProps {
  customers: CustomerSummary[];
  active: number;
  onActiveChange(index: number): void;
  onOpen(id: string): void;
  /** ↑ on the first row goes back to the filter box. */
  onLeaveTop(): void;
}

export function CustomerTable({ customers, active, onActiveChange, onOpen, onLeaveTop }: CustomerTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const body = useRef<HTMLTableSectionElement>(null);

  const focusRow = useCallback(
    (index: number) => {
      onActiveChange(index);
      body.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`)?.focus();
    },
    [onActiveChange],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
      const last = customers.length - 1;
      const moves: Record<string, number> = {
        ArrowDown: Math.min(index + 1, last),
        ArrowUp: index - 1,
        Home: 0,
        End: last,
        PageDown: Math.min(index + 10, last),
        PageUp: Math.max(index - 10, 0),
      };
      if (event.key === 'Enter') {
        event.preventDefault();
        const customer = customers[index];
        if (customer) onOpen(customer.id);
        return;
      }
      const target = moves[event.key];
      if (target === undefined) return;
      event.preventDefault();
      if (target < 0) onLeaveTop();
      else focusRow(target);
    },
    [customers, focusRow, onLeaveTop, onOpen],
  );

  return (
    <table className="table customer-table" aria-label={t('customers.tableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('fields.name')}</th>
          <th scope="col">{t('fields.kind')}</th>
          <th scope="col">{t('fields.industry')}</th>
          <th scope="col">{t('fields.location')}</th>
          <th scope="col">{t('customers.lastMeeting')}</th>
          <th scope="col">{t('customers.nextMeeting')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {customers.map((customer, index) => (
          <CustomerRow
            key={customer.id}
            customer={customer}
            index={index}
            active={index === active}
            language={language}
            onOpen={onOpen}
            onFocusRow={onActiveChange}
            onKeyDown={onKeyDown}
          />
        ))}
      </tbody>
    </table>
  );
}
