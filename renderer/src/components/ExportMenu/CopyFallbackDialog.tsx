// When the clipboard refuses, the text is shown selected in a read-only box: Ctrl+C copies it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../Dialog/Dialog';

export function CopyFallbackDialog({ text, onClose }: { text: string; onClose(): void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, []);
  return (
    <Dialog
      title={t('print.export.copyTitle')}
      onClose={onClose}
      size="wide"
      description={t('print.export.copyHelp')}
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <textarea
        ref={box}
        className="copy-fallback-text"
        aria-label={t('print.export.copyLabel')}
        readOnly
        rows={14}
        value={text}
        data-autofocus
      />
    </Dialog>
  );
}
