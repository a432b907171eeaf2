// The pre-meeting checklist panel: the required items the rules compute (what blocks "ready",
// with why and how to fix it), then the manual items the user ticks, with how many are done.
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../../shared/contract';
import { ManualItem, RequiredItem } from './ChecklistItem';
import './checklist.css';

interface ChecklistPanelProps {
  review: Review;
  onToggle(id: string, ticked: boolean): void;
  /** While the meeting cannot be written (a conflict to resolve). */
  disabled?: boolean;
}

function Meter({ value, total, label }: { value: number; total: number; label: string }) {
  return (
    <span className="check-meter" role="img" aria-label={label}>
      <span className="check-meter-fill" style={{ width: `${total === 0 ? 0 : (value / total) * 100}%` }} />
    </span>
  );
}

export function ChecklistPanel({ review, onToggle, disabled }: ChecklistPanelProps) {
  const { t } = useTranslation();
  const required = review.items.filter((item) => item.required);
  const manual = review.items.filter((item) => !item.required);
  const holding = required.filter((item) => item.ok).length;
  const ticked = manual.filter((item) => item.ok).length;
  return (
    <section className="card checklist-panel" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title" className="section-title">
        {t('review.title')}
      </h2>
      <p className={`check-summary ${review.ready ? 'check-summary-ready' : ''}`}>
        {review.ready ? t('review.ready') : t('editor.checklist.open', { count: required.length - holding })}
      </p>
      <div className="check-heading">
        <h3 className="review-heading">{t('review.required')}</h3>
        <span className="check-count">
          {t('editor.checklist.holding', { count: holding, total: required.length })}
        </span>
      </div>
      <Meter
        value={holding}
        total={required.length}
        label={t('editor.checklist.holding', { count: holding, total: required.length })}
      />
      <ul className="stack-list">
        {required.map((item) => (
          <RequiredItem key={item.id} item={item} />
        ))}
      </ul>
      {manual.length > 0 && (
        <>
          <div className="check-heading">
            <h3 className="review-heading">{t('review.manual', { ticked, total: manual.length })}</h3>
          </div>
          <Meter
            value={ticked}
            total={manual.length}
            label={t('editor.checklist.ticked', { count: ticked, total: manual.length })}
          />
          <p className="field-hint">{t('editor.checklist.manualHint')}</p>
          <ul className="stack-list">
            {manual.map((item) => (
              <ManualItem
                key={item.id}
                item={item}
                disabled={disabled}
                onToggle={(value) => onToggle(item.id, value)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
