// All customers and prospects: a filter box (diacritic-insensitive), the kind, and a table
// with last and next meeting. Keys: "/" or Ctrl+F to filter, ↓ into the list, ↑/↓ to move,
// Enter to open, Ctrl/Cmd+N (or N) for a new customer.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { useReloadWhenIndexed } from '../../components/IndexProgress/useReloadWhenIndexed';
import { useToast } from '../../components/Toast/ToastContext';
import { useApiData } from '../../hooks/useApiData';
import { isModKey, isTyping, useGlobalKeys } from '../../hooks/useGlobalKeys';
import { navigate } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { CustomerTable } from './CustomerTable';
import { filterCustomers, type KindFilter } from './filterCustomers';
import { KindFilterGroup } from './KindFilterGroup';
import { NewCustomerDialog } from './NewCustomerDialog';

export function CustomerListScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const load = useCallback(() => api().call('customers.list', {}), []);
  const customers = useApiData(load);
  // Read before the index was ready: no open action counts yet, so read again once it is.
  useReloadWhenIndexed(
    customers.data?.items.some((customer) => customer.openActions === undefined) ?? false,
    customers.reload,
  );
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const filterInput = useRef<HTMLInputElement>(null);

  const collator = useMemo(() => new Intl.Collator(language, { sensitivity: 'base' }), [language]);
  const shown = useMemo(
    () => filterCustomers(customers.data?.items ?? [], query, kind, collator),
    [customers.data, query, kind, collator],
  );
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));

  const open = useCallback((id: string) => navigate({ name: 'customer', id }), []);

  useGlobalKeys((event) => {
    const key = event.key.toLowerCase();
    if ((key === 'f' && isModKey(event)) || (event.key === '/' && !isTyping(event.target))) {
      event.preventDefault();
      filterInput.current?.focus();
      filterInput.current?.select();
    } else if (
      (key === 'n' && isModKey(event)) ||
      (key === 'n' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target))
    ) {
      event.preventDefault();
      setCreating(true);
    }
  });

  function focusRow(index: number) {
    setActive(index);
    document.querySelector<HTMLElement>(`.customer-table [data-row-index="${index}"]`)?.focus();
  }

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('customers.title')}</h1>
          {customers.data && (
            <p className="page-subtitle">
              {t('customers.shown', { count: shown.length, total: customers.data.items.length })}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setCreating(true)}
          aria-keyshortcuts="Control+N"
        >
          + {t('customers.new')}
        </button>
      </header>
      <div className="toolbar">
        <div className="field field-inline search-field">
          <label htmlFor="customer-filter" className="visually-hidden">
            {t('customers.filterLabel')}
          </label>
          <input
            id="customer-filter"
            ref={filterInput}
            type="search"
            value={query}
            placeholder={t('customers.filterPlaceholder')}
            aria-keyshortcuts="/ Control+F"
            aria-controls="customer-table"
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' && shown.length > 0) {
                event.preventDefault();
                focusRow(activeIndex);
              } else if (event.key === 'Enter' && shown[activeIndex]) {
                event.preventDefault();
                open(shown[activeIndex].id);
              }
            }}
          />
        </div>
        <KindFilterGroup
          value={kind}
          onChange={(next) => {
            setKind(next);
            setActive(0);
          }}
        />
        <p className="keyboard-hint muted">{t('customers.keyboardHint')}</p>
      </div>
      {customers.error !== undefined && <ErrorNotice error={customers.error} onRetry={customers.reload} />}
      {customers.loading && <p className="muted">{t('common.loading')}</p>}
      {customers.data && shown.length === 0 && (
        <p className="empty">{query || kind !== 'all' ? t('customers.noMatch') : t('customers.empty')}</p>
      )}
      {shown.length > 0 && (
        <div id="customer-table" className="table-wrap">
          <CustomerTable
            customers={shown}
            active={activeIndex}
            onActiveChange={setActive}
            onOpen={open}
            onLeaveTop={() => filterInput.current?.focus()}
          />
        </div>
      )}
      {creating && (
        <NewCustomerDialog
          onClose={() => setCreating(false)}
          onCreated={(id, name) => {
            setCreating(false);
            toast.show({ tone: 'success', message: t('newCustomer.created', { name }) });
            navigate({ name: 'customer', id });
          }}
        />
      )}
    </div>
  );
}
