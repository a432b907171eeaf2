// Holds the visible toasts and draws them in an aria-live region.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isModKey, isTyping } from '../../hooks/useGlobalKeys';
import { ToastContext, type ToastApi, type ToastInput } from './ToastContext';

interface ShownToast extends ToastInput {
  id: number;
}

let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ShownToast[]>([]);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  const show = useCallback(
    (toast: ToastInput) => {
      const id = nextId++;
      setToasts((all) => [...all.slice(-2), { ...toast, id }]);
      const timeout = toast.timeoutMs ?? (toast.tone === 'error' || toast.action ? 10_000 : 5_000);
      setTimeout(() => dismiss(id), timeout);
    },
    [dismiss],
  );

  // Ctrl/Cmd+Z runs the newest toast's action (Undo) without hunting for its button, unless
  // the user is typing, where it undoes their typing as usual.
  useEffect(() => {
    const latest = [...toasts].reverse().find((toast) => toast.action);
    if (!latest) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isModKey(event) || event.shiftKey || event.key.toLowerCase() !== 'z' || isTyping(event.target))
        return;
      event.preventDefault();
      latest.action?.run();
      dismiss(latest.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toasts, dismiss]);

  const value = useMemo<ToastApi>(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
            <span className="toast-message">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="button button-small"
                aria-keyshortcuts="Control+Z"
                title={t('toast.shortcut')}
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.dismiss')}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
