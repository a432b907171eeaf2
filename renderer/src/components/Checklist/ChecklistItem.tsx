// One row of the pre-meeting checklist: a required item as the rules judge it (✓ or ✗, with
// the reason and a suggestion), or a manual item as a checkbox the user ticks.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewItem } from '../../../../shared/contract';
import { checklistLabel } from './checklistLabel';

export function RequiredItem({ item }: { item: ReviewItem }) {
  const { t } = useTranslation();
  return (
    <li className={`check-item ${item.ok ? 'check-ok' : 'check-open'}`} data-item={item.id}>
      <span className="check-mark" aria-hidden="true">
        {item.ok ? '✓' : '✗'}
      </span>
      <div className="check-text">
        <span className="check-label">
          {checklistLabel(t, item)}
          <span className="visually-hidden"> — {item.ok ? t('review.ok') : t('review.notYet')}</span>
        </span>
        {!item.ok && item.reason && <p className="check-reason">{item.reason}</p>}
        {!item.ok && item.suggestion && <p className="check-suggestion">{item.suggestion}</p>}
      </div>
    </li>
  );
}

interface ManualItemProps {
  item: ReviewItem;
  disabled?: boolean;
  onToggle(ticked: boolean): void;
}

export function ManualItem({ item, disabled, onToggle }: ManualItemProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className={`check-item check-manual ${item.ok ? 'check-ok' : ''}`} data-item={item.id}>
      <input
        id={id}
        type="checkbox"
        checked={item.ok}
        disabled={disabled}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <label htmlFor={id} className="check-label">
        {checklistLabel(t, item)}
      </label>
    </li>
  );
}
