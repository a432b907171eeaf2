// Values on disk the app could not read (`duration: abc`): shown with their raw text, so the
// user can fix them; the file is not rewritten unless they edit that field.
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/contract';
import { fieldLabel } from '../../i18n/errorMessage';

export function FieldProblems({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="notice notice-warning" role="note">
      <p>{t('problems.intro')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.field}>
            <strong>{fieldLabel(t, problem.field)}</strong>: <code>{problem.raw}</code> — {problem.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
