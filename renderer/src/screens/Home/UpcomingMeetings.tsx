// The meetings of the next 14 days across customers, soonest first, each with how ready it is.
import { useTranslation } from 'react-i18next';
import type { CustomerSummary, MeetingSummary } from '../../../../shared/contract';
import { formatDate } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { ReadinessBadge } from './ReadinessBadge';
import { meetingKey, useReadiness } from './useReadiness';

const SHOWN = 10;

interface UpcomingMeetingsProps {
  meetings: MeetingSummary[];
  customers: CustomerSummary[];
}

export function UpcomingMeetings({ meetings, customers }: UpcomingMeetingsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const names = new Map(customers.map((c) => [c.id, c.name]));
  const next = meetings
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => `${a.date} ${a.time ?? ''}`.localeCompare(`${b.date} ${b.time ?? ''}`))
    .slice(0, SHOWN);
  const readiness = useReadiness(next);

  if (next.length === 0) return <p className="muted">{t('home.noUpcoming')}</p>;
  return (
    <ul className="meeting-list">
      {next.map((meeting) => (
        <li key={meetingKey(meeting)}>
          <a
            className="meeting-item"
            href={routeHref({
              name: 'meeting',
              customerId: meeting.customerId,
              meetingId: meeting.meetingId,
            })}
          >
            <span className="meeting-when">
              <span className="meeting-date">{formatDate(meeting.date, language)}</span>
              <span className="meeting-time">
                {[formatDate(meeting.date, language, 'dayName'), meeting.time].filter(Boolean).join(' · ')}
              </span>
            </span>
            <span className="meeting-what">
              <span className="meeting-title">{meeting.title || t('meeting.untitled')}</span>
              <span className="meeting-customer">{names.get(meeting.customerId) ?? meeting.customerId}</span>
              {meeting.objective && <span className="meeting-objective">{meeting.objective}</span>}
            </span>
            <ReadinessBadge status={meeting.status} review={readiness.get(meetingKey(meeting))} />
          </a>
        </li>
      ))}
    </ul>
  );
}
