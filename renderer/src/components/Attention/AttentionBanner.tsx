// "N files need attention": shown while notebook.info reports unreadable files, bad values or
// conflict copies; opens a panel naming each file by its path and saying what is wrong.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotebook } from '../../state/NotebookContext';
import { AttentionPanel } from './AttentionPanel';
import { attentionFiles } from './attentionItems';

export function AttentionBanner() {
  const { t } = useTranslation();
  const { info } = useNotebook();
  const [open, setOpen] = useState(false);
  const files = attentionFiles(info);
  if (files.length === 0) return null;
  return (
    <div className="attention-banner" role="region" aria-label={t('attention.region')}>
      <span className="attention-icon" aria-hidden="true">
        !
      </span>
      <span>{t('attention.banner', { count: files.length })}</span>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        {t('attention.show')}
      </button>
      {open && <AttentionPanel files={files} onClose={() => setOpen(false)} />}
    </div>
  );
}
