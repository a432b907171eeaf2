// The customer table, virtualized: only the rows in view (and a margin) are rendered, each the
// same fixed height, with spacer rows standing in for the rest, so 2,000 customers scroll as
// smoothly as 20. The keyboard's row is always rendered, even when scrolled away, so focus
// never falls out of the table. One row is in the Tab order at a time; ↑/↓, PageUp/PageDown,
// Home/End move (scrolling the row into view), Enter opens the customer. The "Open actions"
// column appears when customers.list carries the counts (from the index).
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { useLanguage } from '../../state/LanguageContext';
import { CustomerRow } from './CustomerRow';
import { useVirtualRows } from './useVirtualRows';
import './customerTable.css';

/** Every row's height in pixels; customerTable.css holds it to this. */
export const CUSTOMER_ROW_HEIGHT = 56;

interface CustomerTableProps {
  customers: CustomerSummary[];
  active: number;
  onActiveChange(index: number): void;
  onOpen(id: string): void;
  /** ↑ on the first row goes back to the filter box. */
  onLeaveTop(): void;
}

/**
 * The rows to render, in order, each with the number of rows skipped before it (a spacer
 * stands in for those): the window, plus the active row wherever it is.
 */
export function rowLayout(
  start: number,
  end: number,
  active: number,
  count: number,
): { rows: { index: number; skipped: number }[]; after: number } {
  const indices: number[] = [];
  if (active >= 0 && active < count && active < start) indices.push(active);
  for (let index = start; index < end; index++) indices.push(index);
  if (active >= end && active < count) indices.push(active);
  const rows = indices.map((index, i) => ({
    index,
    skipped: index - (i === 0 ? 0 : (indices[i - 1] as number) + 1),
  }));
  const lastShown = indices[indices.length - 1];
  return { rows, after: count - (lastShown === undefined ? 0 : lastShown + 1) };
}

function Spacer({ rows, columns }: { rows: number; columns: number }) {
  if (rows <= 0) return null;
  return (
    <tr className="virtual-spacer" aria-hidden="true" style={{ height: rows * CUSTOMER_ROW_HEIGHT }}>
      <td colSpan={columns} />
    </tr>
  );
}

export function CustomerTable({ customers, active, onActiveChange, onOpen, onLeaveTop }: CustomerTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const body = useRef<HTMLTableSectionElement>(null);
  const { scroller, range, onScroll, showRow } = useVirtualRows(customers.length, CUSTOMER_ROW_HEIGHT);
  // The row to focus once it is rendered (a keyboard move may land outside the window).
  const pendingFocus = useRef<number>(undefined);
  const showOpenActions = customers.some((customer) => customer.openActions !== undefined);
  const columns = showOpenActions ? 7 : 6;

  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    pendingFocus.current = undefined;
    body.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`)?.focus({ preventScroll: true });
  });

  // A new active row from outside (the filter box resets it to the first) is brought into view.
  useEffect(() => {
    showRow(active);
  }, [active, customers.length, showRow]);

  const focusRow = useCallback(
    (index: number) => {
      pendingFocus.current = index;
      showRow(index);
      onActiveChange(index);
    },
    [onActiveChange, showRow],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
      const last = customers.length - 1;
      // PageUp/PageDown move by a screenful (10 rows where there is no layout, as in tests).
      const height = scroller.current?.clientHeight ?? 0;
      const page = height > 0 ? Math.max(1, Math.floor(height / CUSTOMER_ROW_HEIGHT) - 1) : 10;
      const moves: Record<string, number> = {
        ArrowDown: Math.min(index + 1, last),
        ArrowUp: index - 1,
        Home: 0,
        End: last,
        PageDown: Math.min(index + page, last),
        PageUp: Math.max(index - page, 0),
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
    [customers, focusRow, onLeaveTop, onOpen, scroller],
  );

  const layout = rowLayout(range.start, range.end, active, customers.length);

  return (
    <div className="customer-scroll" ref={scroller} onScroll={onScroll}>
      <table
        className="table customer-table"
        aria-label={t('customers.tableLabel')}
        aria-rowcount={customers.length + 1}
      >
        <colgroup>
          <col className="col-w-name" />
          <col className="col-w-kind" />
          <col className="col-w-industry" />
          <col className="col-w-location" />
          <col className="col-w-date" />
          <col className="col-w-date" />
          {showOpenActions && <col className="col-w-actions" />}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.kind')}</th>
            <th scope="col">{t('fields.industry')}</th>
            <th scope="col">{t('fields.location')}</th>
            <th scope="col">{t('customers.lastMeeting')}</th>
            <th scope="col">{t('customers.nextMeeting')}</th>
            {showOpenActions && (
              <th scope="col" className="col-actions">
                {t('search.customers.openActions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody ref={body}>
          {layout.rows.map(({ index, skipped }) => {
            const customer = customers[index] as CustomerSummary;
            return (
              <Fragment key={customer.id}>
                <Spacer rows={skipped} columns={columns} />
                <CustomerRow
                  customer={customer}
                  index={index}
                  active={index === active}
                  language={language}
                  showOpenActions={showOpenActions}
                  onOpen={onOpen}
                  onFocusRow={onActiveChange}
                  onKeyDown={onKeyDown}
                />
              </Fragment>
            );
          })}
          <Spacer rows={layout.after} columns={columns} />
        </tbody>
      </table>
    </div>
  );
}
