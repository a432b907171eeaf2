// The search palette (Ctrl/Cmd+K): a modal with one input that searches customers and meetings
// as the user types, diacritics optional. ↑/↓ move through the hits, Enter opens the one
// marked (or, pressed before the answer arrived, the best hit of the answer when it comes),
// Esc closes. Results can be narrowed to customers or meetings.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApiData } from '../../hooks/useApiData';
import { isModKey } from '../../hooks/useGlobalKeys';
import { navigate } from '../../routing/routes';
import { Dialog } from '../Dialog/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { isIndexing, type IndexProgressState } from '../IndexProgress/useIndexProgress';
import { groupHits, hitRoute } from './resultGroups';
import { SearchResults } from './SearchResults';
import { searchKey, useSearch, type SearchType } from './useSearch';
import './searchPalette.css';

interface Cursor {
  /** The answer the index belongs to: a new answer starts again at the top. */
  key: string | undefined;
  index: number;
}

interface SearchPaletteProps {
  onClose(): void;
  /** The index's scan progress (kept by the launcher, which hears every event). */
  progress?: IndexProgressState;
}

export function SearchPalette({ onClose, progress }: SearchPaletteProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [type, setType] = useState<SearchType>();
  const [cursor, setCursor] = useState<Cursor>({ key: undefined, index: 0 });
  // Enter pressed while the answer for this query was still on its way.
  const [enterFor, setEnterFor] = useState<string>();
  const search = useSearch(text, type);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = useCallback((index: number) => `${listId}-option-${index}`, [listId]);

  const loadCustomers = useCallback(() => api().call('customers.list', {}), []);
  const customers = useApiData(loadCustomers);
  const names = useMemo(
    () => new Map((customers.data?.items ?? []).map((customer) => [customer.id, customer.name])),
    [customers.data],
  );

  const { groups, ordered } = useMemo(() => groupHits(search.result?.items ?? []), [search.result]);
  const active =
    cursor.key === search.answerKey ? Math.min(cursor.index, Math.max(ordered.length - 1, 0)) : 0;
  const currentKey = searchKey(search.query, type);

  const open = useCallback(
    (hit: SearchHit) => {
      onClose();
      navigate(hitRoute(hit));
    },
    [onClose],
  );

  // The answer Enter was waiting for has arrived: open its marked hit.
  const waiting = enterFor !== undefined && enterFor === currentKey && !search.pending;
  const waitingHit = waiting ? ordered[active] : undefined;
  useEffect(() => {
    if (waitingHit) open(waitingHit);
  }, [waitingHit, open]);

  useEffect(() => {
    if (ordered.length === 0) return;
    // jsdom has no scrollIntoView; browsers all do.
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active, ordered.length, optionId]);

  function move(to: number) {
    if (ordered.length === 0) return;
    setCursor({ key: search.answerKey, index: Math.max(0, Math.min(to, ordered.length - 1)) });
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (search.query === '') return;
      if (search.pending) setEnterFor(currentKey);
      else if (ordered[active]) open(ordered[active]);
    }
  }

  function onPaletteKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Ctrl/Cmd+K again: back to the input, its text selected for a new search.
    if (isModKey(event.nativeEvent) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
  }

  function chooseType(next: SearchType | undefined) {
    setType(next);
    input.current?.focus();
  }

  const result = search.result;
  const showResults = search.query !== '' && ordered.length > 0;
  const typeOptions: { value: SearchType | undefined; label: string }[] = [
    { value: undefined, label: t('search.palette.typeAll') },
    { value: 'customer', label: t('search.palette.typeCustomers') },
    { value: 'meeting', label: t('search.palette.typeMeetings') },
  ];

  return (
    <Dialog title={t('search.palette.title')} onClose={onClose}>
      <div className="palette" onKeyDown={onPaletteKeyDown}>
        <div className="palette-search">
          <input
            ref={input}
            data-autofocus
            type="search"
            className="palette-input"
            role="combobox"
            aria-label={t('search.palette.label')}
            aria-expanded={showResults}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={showResults ? optionId(active) : undefined}
            aria-keyshortcuts="ArrowUp ArrowDown Enter Escape"
            placeholder={t('search.palette.placeholder')}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setEnterFor(undefined);
            }}
            onKeyDown={onInputKeyDown}
          />
          <div className="segmented segmented-small" role="group" aria-label={t('search.palette.typeLabel')}>
            {typeOptions.map((option) => (
              <button
                key={option.value ?? 'all'}
                type="button"
                aria-pressed={type === option.value}
                onClick={() => chooseType(option.value)}
              >
                {option.label}
              </button>
            ))}
          </div>
        </div>
        {search.query === '' && <p className="palette-hint muted">{t('search.palette.hint')}</p>}
        {search.error !== undefined && <ErrorNotice error={search.error} />}
        {search.query !== '' && search.pending && !result && (
          <p className="palette-hint muted" role="status">
            {t('search.palette.searching')}
          </p>
        )}
        {search.query !== '' && !search.pending && result && ordered.length === 0 && (
          <p className="palette-hint" role="status">
            {t('search.palette.noResults', { q: search.query })}
          </p>
        )}
        {showResults && (
          <SearchResults
            id={listId}
            groups={groups}
            active={active}
            names={names}
            pending={search.pending}
            optionId={optionId}
            onHover={move}
            onOpen={open}
          />
        )}
        {isIndexing(progress) && (
          <p className="palette-indexing">
            {t('search.palette.indexing', { done: progress.done, total: progress.total })}
          </p>
        )}
        <div className="palette-footer">
          <span role="status" className="palette-total">
            {search.query !== '' && result && !search.pending && ordered.length > 0
              ? result.total > ordered.length
                ? t('search.palette.totalShown', { shown: ordered.length, total: result.total })
                : t('search.palette.total', { count: result.total })
              : ''}
          </span>
          <span className="palette-keys">{t('search.palette.keys')}</span>
        </div>
      </div>
    </Dialog>
  );
}
