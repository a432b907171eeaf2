// Runs an export for a menu: asks the core for the file (`export.agenda` / `export.history`),
// then saves it as a download or puts its text on the clipboard, and says what happened in a
// toast. When the clipboard refuses, the text is kept for the copy-by-hand dialog.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/contract';
import { errorMessage } from '../../i18n/errorMessage';
import { useToast } from '../Toast/ToastContext';
import { copyText } from './copyText';
import { downloadFile } from './downloadFile';

export interface ExportedFile {
  filename: string;
  content: string;
}

export interface ExportRunner {
  busy: boolean;
  save(produce: () => Promise<ExportedFile>): void;
  copy(produce: () => Promise<ExportedFile>): void;
  /** Text the clipboard refused, to show for copying by hand; undefined otherwise. */
  fallbackText: string | undefined;
  closeFallback(): void;
}

export function useExportRunner(): ExportRunner {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  // One export at a time: a second choice while the first is still being made is ignored.
  const running = useRef(false);
  const [fallbackText, setFallbackText] = useState<string>();

  function fail(error: unknown): void {
    // The only invalid input an export can meet is a calendar invitation without a date.
    const message =
      error instanceof ApiError && error.code === 'INVALID_INPUT'
        ? t('print.export.icsNeedsDate')
        : t('print.export.failed', { reason: errorMessage(t, error) });
    toast.show({ tone: 'error', message });
  }

  async function run(produce: () => Promise<ExportedFile>, deliver: (file: ExportedFile) => Promise<void>) {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await deliver(await produce());
    } catch (error) {
      fail(error);
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  return {
    busy,
    save(produce) {
      void run(produce, async (file) => {
        downloadFile(file.filename, file.content);
        toast.show({ tone: 'success', message: t('print.export.saved', { filename: file.filename }) });
      });
    },
    copy(produce) {
      void run(produce, async (file) => {
        if (await copyText(file.content)) {
          toast.show({ tone: 'success', message: t('print.export.copied') });
        } else {
          setFallbackText(file.content);
        }
      });
    },
    fallbackText,
    closeFallback: () => setFallbackText(undefined),
  };
}
