// Short messages at the bottom of the window ("Moved to trash — Undo"), read out politely.
import { createContext, useContext } from 'react';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'error';
  action?: { label: string; run(): void };
  /** Milliseconds before it goes away on its own; errors stay a little longer by default. */
  timeoutMs?: number;
}

export interface ToastApi {
  show(toast: ToastInput): void;
}

export const ToastContext = createContext<ToastApi | undefined>(undefined);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}
