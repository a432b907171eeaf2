// Loads data for a screen and reloads it, keeping what is shown, whenever the notebook
// changes. `load` must be memoized (useCallback): a new function means new data to fetch.
import { useCallback, useEffect, useState } from 'react';
import { useNotebook } from '../state/NotebookContext';

export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer for this `load` arrives. */
  loading: boolean;
  reload(): void;
}

interface Loaded<T> {
  source: () => Promise<T>;
  data?: T;
  error?: unknown;
}

export function useApiData<T>(load: () => Promise<T>): ApiData<T> {
  const { changeTick } = useNotebook();
  const [manual, setManual] = useState(0);
  const [state, setState] = useState<Loaded<T>>();

  useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (live) setState({ source: load, data });
      },
      (error: unknown) => {
        if (!live) return;
        // A failed reload keeps what was shown and says why.
        setState((previous) => ({
          source: load,
          data: previous?.source === load ? previous.data : undefined,
          error,
        }));
      },
    );
    return () => {
      live = false;
    };
  }, [load, changeTick, manual]);

  const reload = useCallback(() => setManual((n) => n + 1), []);
  const current = state?.source === load ? state : undefined;
  return { data: current?.data, error: current?.error, loading: current === undefined, reload };
}
