// The debrief: meetings whose day has passed but whose outcome is not recorded yet (still
// draft or ready), newest first, each with a link straight to the outcome form.
import { useTranslation } from 'react-i18next';
import type { CustomerSummary, MeetingSummary } from '../../../../shared/contract';
import { formatDate } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { requestOutcome } from '../Meeting/outcomeIntent';
import { meetingKey } from './useReadiness';

const SHOWN = 6;

interface AwaitingOutcomeProps {
  meetings: MeetingSummary[];
  customers: CustomerSummary[];
}

export function AwaitingOutcome({ meetings, customers }: AwaitingOutcomeProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const names = new Map(customers.map((c) => [c.id, c.name]));
  const waiting = meetings
    .filter((m) => m.status === 'draft' || m.status === 'ready')
    .sort((a, b) => `${b.date} ${b.time ?? ''}`.localeCompare(`${a.date} ${a.time ?? ''}`));
  const shown = waiting.slice(0, SHOWN);

  if (waiting.length === 0) return <p className="muted">{t('editor.home.noneWaiting')}</p>;
  return (
    <>
      <ul className="stack-list">
        {shown.map((meeting) => {
          const href = routeHref({
            name: 'meeting',
            customerId: meeting.customerId,
            meetingId: meeting.meetingId,
          });
          const title = meeting.title || t('meeting.untitled');
          return (
            <li key={meetingKey(meeting)} className="waiting-item">
              <span className="waiting-text">
                <a href={href} className="waiting-title">
                  {title}
                </a>
                <span className="meeting-customer">
                  {formatDate(meeting.date, language)} · {names.get(meeting.customerId) ?? meeting.customerId}
                </span>
              </span>
              <a
                className="button button-small"
                href={href}
                aria-label={t('editor.home.recordFor', { title })}
                onClick={() => requestOutcome(meeting.customerId, meeting.meetingId)}
              >
                {t('editor.outcome.record')}
              </a>
            </li>
          );
        })}
      </ul>
      {waiting.length > shown.length && (
        <p className="muted waiting-more">
          {t('editor.home.moreWaiting', { count: waiting.length - shown.length })}
        </p>
      )}
    </>
  );
}
