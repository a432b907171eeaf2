// "From earlier meetings": what preparation needs from this customer's history, next to the
// checklist: the open action items of the earlier meetings (ticked here, in their own files)
// and the last three meetings' objective → outcome.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import { OutcomeBadge } from '../../components/common/Badge';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { ActionItemList } from '../../components/Tasks/ActionItemList';
import { useApiData } from '../../hooks/useApiData';
import { formatDate } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';

const LAST_MEETINGS = 3;

interface EarlierMeetingsProps {
  customerId: string;
  meetingId: string;
  /** This meeting's date: only meetings before it count as earlier. */
  date: string | undefined;
}

/** Meetings of the customer before this one (not cancelled), newest first. */
function earlierMeetings(items: readonly MeetingSummary[], meetingId: string, date: string | undefined) {
  return items
    .filter((m) => m.meetingId !== meetingId && m.status !== 'cancelled' && (!date || m.date < date))
    .sort((a, b) => `${b.date} ${b.time ?? ''}`.localeCompare(`${a.date} ${a.time ?? ''}`));
}

export function EarlierMeetings({ customerId, meetingId, date }: EarlierMeetingsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const load = useCallback(async () => {
    const [meetings, actions] = await Promise.all([
      api().call('meetings.list', { customerId }),
      api().call('actions.list', { customerId, open: true }),
    ]);
    return { meetings: meetings.items, actions: actions.items };
  }, [customerId]);
  const data = useApiData(load);

  const earlier = earlierMeetings(data.data?.meetings ?? [], meetingId, date);
  const earlierIds = new Set(earlier.map((m) => m.meetingId));
  const titles = new Map((data.data?.meetings ?? []).map((m) => [m.meetingId, m.title]));
  const open = (data.data?.actions ?? []).filter((item) => earlierIds.has(item.meetingId));
  const last = earlier.slice(0, LAST_MEETINGS);

  return (
    <section className="card earlier" aria-labelledby="earlier-title" data-testid="earlier-meetings">
      <h2 id="earlier-title" className="section-title">
        {t('editor.earlier.title')}
      </h2>
      {data.error !== undefined && <ErrorNotice error={data.error} onRetry={data.reload} />}
      {data.loading && <p className="muted">{t('common.loading')}</p>}
      {data.data && (
        <>
          <h3 className="review-heading">{t('editor.earlier.openActions', { count: open.length })}</h3>
          {open.length > 0 && <p className="field-hint earlier-hint">{t('editor.earlier.addressedHint')}</p>}
          <ActionItemList items={open} titles={titles} onChanged={data.reload} />
          <h3 className="review-heading">{t('editor.earlier.lastMeetings')}</h3>
          {last.length === 0 ? (
            <p className="muted">{t('editor.earlier.none')}</p>
          ) : (
            <ol className="earlier-list">
              {last.map((m) => (
                <li key={m.meetingId} className="earlier-item">
                  <a href={routeHref({ name: 'meeting', customerId, meetingId: m.meetingId })}>
                    {formatDate(m.date, language)} · {m.title || t('meeting.untitled')}
                  </a>
                  <p className="earlier-objective">
                    <span className="earlier-arrow-label">{t('fields.objective')}:</span>{' '}
                    {m.objective || <span className="muted">{t('editor.earlier.noObjective')}</span>}
                  </p>
                  <p className="earlier-outcome">
                    <span aria-hidden="true">→ </span>
                    {m.outcome ? (
                      <>
                        <OutcomeBadge outcome={m.outcome} />
                        {m.objectiveMet && (
                          <span className="earlier-met">
                            {t(`editor.outcome.metShort.${m.objectiveMet}`)}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="muted">{t('editor.earlier.noOutcome')}</span>
                    )}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
