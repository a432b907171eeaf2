// One month's outcomes as a horizontal stacked bar (plain CSS, no chart library): a segment per
// outcome, its width in proportion to the busiest month. The bar is one image to assistive
// technology, labelled with the counts; the table's own cells carry the same numbers.
import { useTranslation } from 'react-i18next';
import { OUTCOMES } from '../../../../shared/domain/enums';
import type { OutcomeCounts } from './outcomesByMonth';

interface OutcomeBarProps {
  row: OutcomeCounts;
  /** The largest monthly count: a month with this many fills the track. */
  scale: number;
  label: string;
}

export function OutcomeBar({ row, scale, label }: OutcomeBarProps) {
  const { t } = useTranslation();
  const parts = [
    ...OUTCOMES.map((outcome) => ({
      key: outcome,
      count: row.counts[outcome],
      text: t(`outcome.${outcome}`),
    })),
    { key: 'unrecorded', count: row.unrecorded, text: t('search.outcomes.notRecorded') },
  ].filter((part) => part.count > 0);
  const said =
    parts.length === 0
      ? t('search.outcomes.none')
      : parts.map((part) => `${part.text} ${part.count}`).join(', ');
  return (
    <div
      className="outcome-bar"
      role="img"
      aria-label={t('search.outcomes.barLabel', { month: label, parts: said })}
    >
      {parts.map((part) => (
        <span
          key={part.key}
          className={`outcome-segment outcome-segment-${part.key}`}
          style={{ width: `${(part.count / Math.max(scale, 1)) * 100}%` }}
          title={`${part.text}: ${part.count}`}
        />
      ))}
    </div>
  );
}
