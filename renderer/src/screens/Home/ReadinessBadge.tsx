// How ready an upcoming meeting is, at a glance: ready ✓, all required items hold but it is not
// marked ready yet, or how many required items are still missing (named in the tooltip).
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../../shared/contract';
import type { MeetingStatus } from '../../../../shared/domain/enums';
import { checklistLabel } from '../../components/Checklist/checklistLabel';
import { StatusBadge } from '../../components/common/Badge';

interface ReadinessBadgeProps {
  status: MeetingStatus;
  review: Review | undefined;
}

export function ReadinessBadge({ status, review }: ReadinessBadgeProps) {
  const { t } = useTranslation();
  if (!review || (status !== 'draft' && status !== 'ready')) return <StatusBadge status={status} />;
  const missing = review.items.filter((item) => item.required && !item.ok);
  if (missing.length > 0) {
    return (
      <span
        className="badge badge-readiness-missing"
        title={missing.map((item) => checklistLabel(t, item)).join('\n')}
      >
        {t('editor.home.missing', { count: missing.length })}
      </span>
    );
  }
  if (status === 'ready') return <span className="badge badge-status-ready">{t('editor.home.ready')}</span>;
  return <span className="badge badge-readiness-complete">{t('editor.home.complete')}</span>;
}
