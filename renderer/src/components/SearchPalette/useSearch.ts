// Searching as the user types: one search.query about 120 ms after the last key press, and
// only the answer to the latest query is ever shown (a slow reply to "xa" must not replace
// the one to "xa giao"). While a new answer is on its way the previous one stays on screen,
// marked pending, so the list does not flicker with every key.
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';

export type SearchType = 'customer' | 'meeting';
export type SearchResult = MethodOutput<'search.query'>;

export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_LIMIT = 50;

export interface SearchState {
  /** The trimmed query the user has typed now. */
  query: string;
  /** Identifies the query and filter the shown answer belongs to. */
  answerKey: string | undefined;
  result: SearchResult | undefined;
  error: unknown;
  /** True while the shown answer (if any) is not the one for the current query. */
  pending: boolean;
}

interface Answer {
  key: string;
  result?: SearchResult;
  error?: unknown;
}

export function searchKey(query: string, type: SearchType | undefined): string {
  return `${type ?? 'all'}\u0000${query}`;
}

export function useSearch(text: string, type: SearchType | undefined): SearchState {
  const query = text.trim();
  const key = searchKey(query, type);
  const [answer, setAnswer] = useState<Answer>();

  useEffect(() => {
    if (query === '') return;
    // `live` turns false as soon as the query changes: a late reply is dropped, never shown.
    let live = true;
    const timer = setTimeout(() => {
      api()
        .call('search.query', { q: query, limit: SEARCH_LIMIT, ...(type ? { type } : {}) })
        .then(
          (result) => {
            if (live) setAnswer({ key, result });
          },
          (error: unknown) => {
            if (live) setAnswer({ key, error });
          },
        );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, query, type]);

  if (query === '')
    return { query, answerKey: undefined, result: undefined, error: undefined, pending: false };
  return {
    query,
    answerKey: answer?.key,
    result: answer?.result,
    error: answer?.key === key ? answer.error : undefined,
    pending: answer?.key !== key,
  };
}
