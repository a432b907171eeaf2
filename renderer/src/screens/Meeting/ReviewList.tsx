// The pre-meeting checklist as the core judged it at the last load or save: read only here
// (the full meeting editor of a later task reviews live and lets the user tick items).
import { useTranslation } from 'react-i18next';
import type { Review, ReviewItem } from '../../../../shared/contract';
import { MANUAL_CHECKLIST_ITEMS, REQUIRED_CHECKLIST_ITEMS } from '../../../../shared/domain/enums';

const KNOWN = new Set<string>([...REQUIRED_CHECKLIST_ITEMS, ...MANUAL_CHECKLIST_ITEMS]);

function ReviewRow({ item }: { item: ReviewItem }) {
  const { t } = useTranslation();
  const label = KNOWN.has(item.id)
    ? t(
        `review.items.${item.id as (typeof REQUIRED_CHECKLIST_ITEMS)[number] | (typeof MANUAL_CHECKLIST_ITEMS)[number]}`,
      )
    : (item.label ?? item.id);
  return (
    <li
      className={`review-item ${item.ok ? 'review-ok' : 'review-open'} ${item.required ? '' : 'review-optional'}`}
    >
      <span className="review-mark" aria-hidden="true">
        {item.ok ? '✓' : item.required ? '✗' : '○'}
      </span>
      <div>
        <span className="review-label">
          {label}
          <span className="visually-hidden"> — {item.ok ? t('review.ok') : t('review.notYet')}</span>
        </span>
        {!item.ok && item.reason && <p className="review-reason">{item.reason}</p>}
        {!item.ok && item.suggestion && <p className="review-suggestion">{item.suggestion}</p>}
      </div>
    </li>
  );
}

export function ReviewList({ review }: { review: Review | undefined }) {
  const { t } = useTranslation();
  if (!review) return null;
  const required = review.items.filter((item) => item.required);
  const manual = review.items.filter((item) => !item.required);
  const ticked = manual.filter((item) => item.ok).length;
  return (
    <div className="review">
      <p className={`review-summary ${review.ready ? 'review-summary-ready' : ''}`}>
        {review.ready ? t('review.ready') : t('review.notReady')}
      </p>
      <h3 className="review-heading">{t('review.required')}</h3>
      <ul className="review-list">
        {required.map((item) => (
          <ReviewRow key={item.id} item={item} />
        ))}
      </ul>
      {manual.length > 0 && (
        <>
          <h3 className="review-heading">{t('review.manual', { ticked, total: manual.length })}</h3>
          <ul className="review-list">
            {manual.map((item) => (
              <ReviewRow key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
