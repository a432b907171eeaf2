// React side of the AutosaveController: one controller per mounted editor (give the editor a
// `key` per document), its snapshot as state, reloads or saves when the notebook reports a
// change to the document's files, Ctrl/Cmd+S to save now, and a warning before the window is
// closed with unsaved text.
import { useEffect, useState, useSyncExternalStore } from 'react';
import i18next from 'i18next';
import { useToast } from '../components/Toast/ToastContext';
import { useNotebookChanges } from '../state/NotebookContext';
import type { FieldMap } from './fieldDiff';
import {
  AutosaveController,
  type AutosaveAdapter,
  type AutosaveSnapshot,
  type DocState,
} from './AutosaveController';

export interface Autosave<
  F extends FieldMap,
  L extends DocState<F>,
  S extends { version: string },
> extends AutosaveSnapshot<F> {
  controller: AutosaveController<F, L, S>;
}

export function useAutosave<F extends FieldMap, L extends DocState<F>, S extends { version: string }>(
  createAdapter: () => AutosaveAdapter<F, L, S>,
): Autosave<F, L, S> {
  const toast = useToast();
  const [controller] = useState(() => {
    const adapter = createAdapter();
    return new AutosaveController<F, L, S>({
      ...adapter,
      // The toast outlives the page, so it can say where the text went (in the language of
      // the moment, hence the global t).
      onRescued: (path) =>
        toast.show({ tone: 'error', message: i18next.t('conflict.rescued', { path }), timeoutMs: 20_000 }),
    });
  });
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);

  useEffect(() => {
    void controller.load();
    return () => controller.stop();
  }, [controller]);

  useNotebookChanges((paths) => {
    if (paths.some((path) => controller.touches(path))) controller.externalChange();
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void controller.flush();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [controller]);

  const dirty = snapshot.dirty;
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void controller.flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [controller, dirty]);

  return { ...snapshot, controller };
}
