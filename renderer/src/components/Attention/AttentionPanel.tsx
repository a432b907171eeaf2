// The list behind the attention banner: each file with its path and reason, plainly.
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../i18n/errorMessage';
import { Dialog } from '../Dialog/Dialog';
import type { AttentionFile } from './attentionItems';

interface AttentionPanelProps {
  files: AttentionFile[];
  onClose(): void;
}

export function AttentionPanel({ files, onClose }: AttentionPanelProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('attention.title')}
      size="wide"
      onClose={onClose}
      description={<p>{t('attention.explain')}</p>}
      footer={
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      }
    >
      <ul className="attention-list">
        {files.map((file) => (
          <li key={file.path} className="attention-item">
            <code className="path">{file.path}</code>
            {file.unreadable !== undefined && (
              <p>
                <strong>{t('attention.unreadable')}</strong> {file.unreadable}
              </p>
            )}
            {file.problems.map((problem) => (
              <p key={`${problem.field}-${problem.reason}`}>
                <strong>{t('attention.badValue', { field: fieldLabel(t, problem.field) })}</strong>{' '}
                {problem.reason}
              </p>
            ))}
            {file.conflictCopy && <p>{t('attention.conflictCopy')}</p>}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
