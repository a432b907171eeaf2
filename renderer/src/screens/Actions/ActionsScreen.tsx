// Open action items across all customers (#/actions), grouped by customer. Ticking a box
// writes that one line of its own meeting file (actions.toggle, which refuses if the line
// changed meanwhile). A ticked item stays on screen, struck through, until the page is left,
// so a slip of the finger can be taken back. "/" focuses the filter.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ActionItem } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { toggleActionItem } from '../../components/Tasks/toggleActionItem';
import { useToast } from '../../components/Toast/ToastContext';
import { useApiData } from '../../hooks/useApiData';
import { isTyping, useGlobalKeys } from '../../hooks/useGlobalKeys';
import { errorMessage } from '../../i18n/errorMessage';
import { useLanguage } from '../../state/LanguageContext';
import { ActionGroupCard } from './ActionGroupCard';
import { actionKey, filterWords, groupActions } from './groupActions';
import './actions.css';

type Show = 'open' | 'all';

/** Customers shown at first and added by each "Show more": the page stays quick on big notebooks. */
const PAGE = 40;

interface Touched {
  /** The list the ticks were made on: once it is read again, the file's word wins. */
  base: readonly ActionItem[] | undefined;
  items: Map<string, ActionItem>;
}

function mergeTouched(data: readonly ActionItem[] | undefined, touched: Touched, show: Show): ActionItem[] {
  if (!data) return [];
  const fresh = touched.base === data;
  const merged = data.map((item) => (fresh ? touched.items.get(actionKey(item)) : undefined) ?? item);
  if (show === 'open') {
    // Ticked here, so no longer open: kept, struck through, until the page is left.
    const present = new Set(data.map(actionKey));
    for (const [key, item] of touched.items) if (!present.has(key)) merged.push(item);
  }
  return merged;
}

export function ActionsScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const [show, setShow] = useState<Show>('open');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [touched, setTouched] = useState<Touched>({ base: undefined, items: new Map() });
  // Ticks being written: shown at once (the box answers the click), undone if the write fails.
  const [busy, setBusy] = useState<ReadonlyMap<string, boolean>>(new Map());
  const filterInput = useRef<HTMLInputElement>(null);

  const loadActions = useCallback(
    () => api().call('actions.list', show === 'open' ? { open: true } : {}),
    [show],
  );
  const loadCustomers = useCallback(() => api().call('customers.list', {}), []);
  const loadMeetings = useCallback(() => api().call('meetings.list', {}), []);
  const actions = useApiData(loadActions);
  const customers = useApiData(loadCustomers);
  const meetings = useApiData(loadMeetings);

  const names = useMemo(
    () => new Map((customers.data?.items ?? []).map((customer) => [customer.id, customer.name])),
    [customers.data],
  );
  const titles = useMemo(
    () =>
      new Map(
        (meetings.data?.items ?? []).map((meeting) => [
          `${meeting.customerId}/${meeting.meetingId}`,
          meeting.title,
        ]),
      ),
    [meetings.data],
  );
  const collator = useMemo(() => new Intl.Collator(language, { sensitivity: 'base' }), [language]);
  const items = useMemo(
    () => mergeTouched(actions.data?.items, touched, show),
    [actions.data, touched, show],
  );
  const groups = useMemo(
    () => groupActions(items, names, titles, filterWords(query), collator),
    [items, names, titles, query, collator],
  );
  const open = items.filter((item) => !item.done);
  const openCustomers = new Set(open.map((item) => item.customerId)).size;

  useGlobalKeys((event) => {
    if (event.key === '/' && !isTyping(event.target)) {
      event.preventDefault();
      filterInput.current?.focus();
      filterInput.current?.select();
    }
  });

  const actionsData = actions.data?.items;
  const reloadActions = actions.reload;
  const toggle = useCallback(
    async (item: ActionItem, done: boolean) => {
      const key = actionKey(item);
      const base = actionsData;
      setBusy((previous) => new Map(previous).set(key, done));
      try {
        await toggleActionItem(item, done);
        setTouched((previous) => ({ base, items: new Map(previous.items).set(key, { ...item, done }) }));
      } catch (error) {
        const moved = error instanceof ApiError && error.code === 'CONFLICT';
        toast.show({ tone: 'error', message: moved ? t('search.actions.moved') : errorMessage(t, error) });
        reloadActions();
      } finally {
        setBusy((previous) => {
          const next = new Map(previous);
          next.delete(key);
          return next;
        });
      }
    },
    [actionsData, reloadActions, t, toast],
  );
  const onToggle = useCallback((item: ActionItem, done: boolean) => void toggle(item, done), [toggle]);

  const shownGroups = groups.slice(0, limit);
  const hidden = groups.length - shownGroups.length;

  return (
    <div className="page actions-page">
      <header className="page-header">
        <div>
          <h1>{t('search.actions.title')}</h1>
          <p className="page-subtitle">{t('search.actions.subtitle')}</p>
        </div>
      </header>
      <div className="toolbar">
        <div className="field field-inline search-field">
          <label htmlFor="action-filter" className="visually-hidden">
            {t('search.actions.filterLabel')}
          </label>
          <input
            id="action-filter"
            ref={filterInput}
            type="search"
            value={query}
            placeholder={t('search.actions.filterPlaceholder')}
            aria-keyshortcuts="/"
            onChange={(event) => {
              setQuery(event.target.value);
              setLimit(PAGE);
            }}
          />
        </div>
        <div className="segmented" role="group" aria-label={t('search.actions.showLabel')}>
          {(['open', 'all'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={show === value}
              onClick={() => {
                setShow(value);
                setLimit(PAGE);
              }}
            >
              {value === 'open' ? t('search.actions.showOpen') : t('search.actions.showAll')}
            </button>
          ))}
        </div>
        {actions.data && open.length > 0 && (
          <p className="actions-summary muted" role="status">
            {t('search.actions.summary', {
              items: t('search.actions.items', { count: open.length }),
              customers: t('search.actions.customerCount', { count: openCustomers }),
            })}
          </p>
        )}
      </div>
      {actions.error !== undefined && <ErrorNotice error={actions.error} onRetry={actions.reload} />}
      {actions.loading && <p className="muted">{t('common.loading')}</p>}
      {actions.data && items.length === 0 && (
        <p className="empty">{show === 'open' ? t('search.actions.empty') : t('search.actions.emptyAll')}</p>
      )}
      {items.length > 0 && groups.length === 0 && <p className="empty">{t('search.actions.noMatch')}</p>}
      <div className="action-groups">
        {shownGroups.map((group) => (
          <ActionGroupCard
            key={group.customerId}
            group={group}
            titles={titles}
            busy={busy}
            onToggle={onToggle}
          />
        ))}
      </div>
      {hidden > 0 && (
        <button type="button" className="button actions-more" onClick={() => setLimit((n) => n + PAGE)}>
          {t('search.actions.moreCustomers', { count: Math.min(hidden, PAGE) })}
        </button>
      )}
    </div>
  );
}
