// Every meeting of a customer, newest first, under a heading per year: date, title, status,
// objective → outcome, whether the objective was met, and the meeting's action items (done
// or open). A past meeting still draft or ready says its outcome is not recorded yet.
import { useTranslation } from 'react-i18next';
import type { ActionItem, MeetingSummary } from '../../../../shared/contract';
import { OutcomeBadge, StatusBadge } from '../../components/common/Badge';
import { formatDate, todayIso } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';

interface HistoryTimelineProps {
  meetings: readonly MeetingSummary[];
  actions: readonly ActionItem[];
}

function byYear(meetings: readonly MeetingSummary[]): [string, MeetingSummary[]][] {
  const sorted = [...meetings].sort((a, b) =>
    `${b.date} ${b.time ?? ''}`.localeCompare(`${a.date} ${a.time ?? ''}`),
  );
  const years = new Map<string, MeetingSummary[]>();
  for (const meeting of sorted) {
    const year = /^\d{4}/.exec(meeting.date)?.[0] ?? '—';
    const list = years.get(year) ?? [];
    list.push(meeting);
    years.set(year, list);
  }
  return [...years];
}

export function HistoryTimeline({ meetings, actions }: HistoryTimelineProps) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <p className="muted">{t('search.history.empty')}</p>;
  const today = todayIso();
  return (
    <div className="history-years">
      {byYear(meetings).map(([year, list]) => (
        <section key={year} className="history-year" aria-label={year}>
          <h3 className="history-year-title">{year}</h3>
          <ol className="history-timeline">
            {list.map((meeting) => (
              <HistoryEntry
                key={meeting.meetingId}
                meeting={meeting}
                today={today}
                actions={actions
                  .filter((item) => item.meetingId === meeting.meetingId)
                  .sort((a, b) => a.line - b.line)}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function HistoryEntry({
  meeting,
  actions,
  today,
}: {
  meeting: MeetingSummary;
  actions: ActionItem[];
  today: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const href = routeHref({ name: 'meeting', customerId: meeting.customerId, meetingId: meeting.meetingId });
  const done = meeting.status === 'done';
  const future = meeting.date >= today && !done && meeting.status !== 'cancelled';

  return (
    <li className={`history-entry history-entry-${meeting.status} timeline-item timeline-${meeting.status}`}>
      <div className="history-when">
        <span className="history-date">{formatDate(meeting.date, language, 'weekday')}</span>
        {meeting.time && <span className="history-time">{meeting.time}</span>}
      </div>
      <div className="history-body">
        <div className="history-head">
          <a className="history-title" href={href}>
            {meeting.title || t('meeting.untitled')}
          </a>
          <StatusBadge status={meeting.status} />
        </div>
        <p className="history-objective">
          <span className="history-label">{t('search.history.objective')}</span>
          {meeting.objective ? (
            <span>{meeting.objective}</span>
          ) : (
            <span className="muted">{t('search.history.noObjective')}</span>
          )}
        </p>
        {meeting.status !== 'cancelled' && (
          <p className="history-result">
            <span className="history-label">
              <span aria-hidden="true">→ </span>
              {t('search.history.outcome')}
            </span>
            <span className="history-result-value">
              {done && meeting.outcome ? (
                <OutcomeBadge outcome={meeting.outcome} />
              ) : future ? (
                <span className="muted">{t('search.history.planned')}</span>
              ) : (
                <span className="muted">{t('search.history.noOutcome')}</span>
              )}
              {done && meeting.objectiveMet && (
                <span className={`history-met history-met-${meeting.objectiveMet}`}>
                  {t(`search.history.met.${meeting.objectiveMet}`)}
                </span>
              )}
            </span>
          </p>
        )}
        {actions.length > 0 && (
          <ul className="history-actions" aria-label={t('search.history.actionItems')}>
            {actions.map((item) => (
              <li
                key={item.line}
                className={`history-action ${item.done ? 'history-action-done' : 'history-action-open'}`}
              >
                <span className="history-action-mark" aria-hidden="true">
                  {item.done ? '✓' : '○'}
                </span>
                <span className="history-action-text">{item.text}</span>
                <span className="visually-hidden">
                  {' '}
                  ({item.done ? t('search.history.actionDone') : t('search.history.actionOpen')})
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
