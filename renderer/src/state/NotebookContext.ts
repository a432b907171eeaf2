// What every screen may know about the open notebook: its info (name, counts, files needing
// attention), a counter that moves whenever files change (lists reload on it), and a way to
// hear which paths changed (open editors reload or save on it).
import { createContext, useContext, useEffect, useRef } from 'react';
import type { NotebookInfo } from '../../../shared/contract';

export type ChangeListener = (paths: string[]) => void;

export interface NotebookState {
  info: NotebookInfo | undefined;
  infoError: unknown;
  /** Moves on every `notebook.changed` (debounced) and when another notebook is opened. */
  changeTick: number;
  refreshInfo(): void;
  openNotebook(path: string): Promise<NotebookInfo>;
  onChange(listener: ChangeListener): () => void;
}

export const NotebookContext = createContext<NotebookState | undefined>(undefined);

export function useNotebook(): NotebookState {
  const state = useContext(NotebookContext);
  if (!state) throw new Error('useNotebook outside NotebookProvider');
  return state;
}

/** Calls `listener` with the changed paths of every `notebook.changed`, for the component's life. */
export function useNotebookChanges(listener: ChangeListener): void {
  const { onChange } = useNotebook();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => onChange((paths) => latest.current(paths)), [onChange]);
}

/** True when a changed path (relative to the notebook, `/`-separated) is under `prefix`. */
export function pathTouches(path: string, prefix: string): boolean {
  const a = path.normalize('NFC');
  const b = prefix.normalize('NFC');
  return a === b || a.startsWith(b.endsWith('/') ? b : `${b}/`);
}
