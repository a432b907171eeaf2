// Loads notebook.info, listens to notebook.changed once for the whole app, and opens other
// notebooks. Change bursts (a sync tool writing many files) are folded into one tick.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { NotebookInfo } from '../../../shared/contract';
import { api } from '../api/client';
import { NotebookContext, type ChangeListener, type NotebookState } from './NotebookContext';

const TICK_DELAY_MS = 150;

export function NotebookProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<NotebookInfo>();
  const [infoError, setInfoError] = useState<unknown>();
  const [changeTick, setChangeTick] = useState(0);
  const listeners = useRef(new Set<ChangeListener>());

  const refreshInfo = useCallback(() => {
    api()
      .call('notebook.info', {})
      .then(
        (value) => {
          setInfo(value);
          setInfoError(undefined);
        },
        (error: unknown) => setInfoError(error),
      );
  }, []);

  useEffect(() => {
    refreshInfo();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api().on('notebook.changed', ({ paths }) => {
      for (const listener of listeners.current) listener(paths);
      clearTimeout(timer);
      timer = setTimeout(() => {
        setChangeTick((n) => n + 1);
        refreshInfo();
      }, TICK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [refreshInfo]);

  const openNotebook = useCallback(async (path: string) => {
    const opened = await api().call('notebook.open', { path });
    setInfo(opened);
    setInfoError(undefined);
    setChangeTick((n) => n + 1);
    return opened;
  }, []);

  const onChange = useCallback((listener: ChangeListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const value = useMemo<NotebookState>(
    () => ({ info, infoError, changeTick, refreshInfo, openNotebook, onChange }),
    [info, infoError, changeTick, refreshInfo, openNotebook, onChange],
  );
  return <NotebookContext.Provider value={value}>{children}</NotebookContext.Provider>;
}
