// Small coloured labels: a customer's kind, a meeting's status or outcome.
import { useTranslation } from 'react-i18next';
import type { CustomerKind, MeetingStatus, Outcome } from '../../../../shared/domain/enums';

export function KindBadge({ kind }: { kind: CustomerKind | undefined }) {
  const { t } = useTranslation();
  if (!kind) return null;
  return <span className={`badge badge-kind-${kind}`}>{t(`kind.${kind}`)}</span>;
}

export function StatusBadge({ status }: { status: MeetingStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <span className={`badge badge-status-${status}`}>{t(`status.${status}`)}</span>;
}

export function OutcomeBadge({ outcome }: { outcome: Outcome | undefined }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  return <span className={`badge badge-outcome badge-outcome-${outcome}`}>{t(`outcome.${outcome}`)}</span>;
}
