// Moving something to the notebook's trash after a confirmation, with Undo in the toast
// (trash.restore). Used for customers (the whole folder) and meetings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useToast } from '../components/Toast/ToastContext';
import { errorMessage } from '../i18n/errorMessage';

interface TrashOptions {
  trash(): Promise<{ trashId: string }>;
  movedMessage: string;
  restoredMessage: string;
  /** Where to go once it is gone. */
  afterTrash(): void;
  /** Where to go once Undo brought it back. */
  afterRestore(): void;
}

export function useTrashWithUndo(options: TrashOptions) {
  const { t } = useTranslation();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function trash() {
    setBusy(true);
    setError(undefined);
    try {
      const { trashId } = await options.trash();
      setConfirming(false);
      options.afterTrash();
      toast.show({
        message: options.movedMessage,
        action: {
          label: t('trash.undo'),
          run: () => {
            api()
              .call('trash.restore', { trashId })
              .then(
                () => {
                  toast.show({ tone: 'success', message: options.restoredMessage });
                  options.afterRestore();
                },
                (failure: unknown) => toast.show({ tone: 'error', message: errorMessage(t, failure) }),
              );
          },
        },
      });
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return {
    confirming,
    busy,
    error,
    ask: () => {
      setError(undefined);
      setBusy(false);
      setConfirming(true);
    },
    cancel: () => setConfirming(false),
    confirm: () => void trash(),
  };
}
