// The running total of an agenda against the meeting's duration: a bar that fills up, and in
// words how much time is left or over (and when the agenda ends, when there is a start time).
import { useTranslation } from 'react-i18next';

interface AgendaTotalProps {
  total: number;
  duration: number | undefined;
  end?: string;
}

export function AgendaTotal({ total, duration, end }: AgendaTotalProps) {
  const { t } = useTranslation();
  const hasDuration = duration !== undefined && duration > 0;
  const over = hasDuration ? total - duration : 0;
  const tone = !hasDuration ? 'none' : over > 0 ? 'over' : over === 0 ? 'full' : 'left';
  const fill = hasDuration ? Math.min(100, Math.round((total / duration) * 100)) : 0;
  const sums = hasDuration
    ? t('editor.agenda.total', { total, duration })
    : t('editor.agenda.totalNoDuration', { total });
  const state =
    tone === 'over'
      ? t('editor.agenda.over', { count: over })
      : tone === 'left'
        ? t('editor.agenda.left', { count: -over })
        : tone === 'full'
          ? t('editor.agenda.exact')
          : '';
  return (
    <div className={`agenda-total agenda-total-${tone}`} data-testid="agenda-total">
      {hasDuration && (
        <span className="agenda-bar" aria-hidden="true">
          <span className="agenda-bar-fill" style={{ width: `${fill}%` }} />
        </span>
      )}
      <span className="agenda-total-text">
        <strong>{sums}</strong>
        {state && <span className="agenda-total-state"> · {state}</span>}
        {end && <span className="agenda-total-end"> · {t('editor.agenda.ends', { time: end })}</span>}
      </span>
    </div>
  );
}
