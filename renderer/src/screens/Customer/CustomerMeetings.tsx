// The customer's meetings, newest first, with status and outcome.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { OutcomeBadge, StatusBadge } from '../../components/common/Badge';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { useApiData } from '../../hooks/useApiData';
import { formatDate } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';

export function CustomerMeetings({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const load = useCallback(() => api().call('meetings.list', { customerId }), [customerId]);
  const meetings = useApiData(load);

  if (meetings.error !== undefined) return <ErrorNotice error={meetings.error} onRetry={meetings.reload} />;
  if (!meetings.data) return <p className="muted">{t('common.loading')}</p>;
  const items = [...meetings.data.items].sort((a, b) =>
    `${b.date} ${b.time ?? ''}`.localeCompare(`${a.date} ${a.time ?? ''}`),
  );
  if (items.length === 0) return <p className="muted">{t('customer.noMeetings')}</p>;
  return (
    <ol className="timeline" aria-label={t('customer.meetings')}>
      {items.map((meeting) => (
        <li key={meeting.meetingId} className={`timeline-item timeline-${meeting.status}`}>
          <a
            className="timeline-link"
            href={routeHref({ name: 'meeting', customerId, meetingId: meeting.meetingId })}
          >
            <span className="timeline-date">
              {formatDate(meeting.date, language)}
              {meeting.time && <span className="meeting-time"> · {meeting.time}</span>}
            </span>
            <span className="timeline-title">{meeting.title || t('meeting.untitled')}</span>
            {meeting.objective && <span className="timeline-objective">{meeting.objective}</span>}
            <span className="timeline-badges">
              <StatusBadge status={meeting.status} />
              <OutcomeBadge outcome={meeting.outcome} />
            </span>
          </a>
        </li>
      ))}
    </ol>
  );
}
