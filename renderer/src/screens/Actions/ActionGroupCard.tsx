// One customer's action items: the customer's name (a link to the customer), then each task
// as a tick box with the meeting it comes from (a link to that meeting).
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/contract';
import { formatDate } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { actionKey, type ActionGroup } from './groupActions';

interface ActionGroupCardProps {
  group: ActionGroup;
  titles: ReadonlyMap<string, string>;
  /** Items whose tick is being written, with the state being written. */
  busy: ReadonlyMap<string, boolean>;
  onToggle(item: ActionItem, done: boolean): void;
}

export const ActionGroupCard = memo(function ActionGroupCard({
  group,
  titles,
  busy,
  onToggle,
}: ActionGroupCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const titleId = `${id}-title`;
  return (
    <section className="card action-group" aria-labelledby={titleId}>
      <header className="action-group-head">
        <h2 id={titleId} className="action-group-title">
          <a href={routeHref({ name: 'customer', id: group.customerId })}>{group.name}</a>
        </h2>
        {group.open > 0 && (
          <span className="badge action-group-count">
            {t('search.actions.openCount', { count: group.open })}
          </span>
        )}
      </header>
      <ul className="action-list">
        {group.items.map((item, index) => {
          const key = actionKey(item);
          const boxId = `${id}-${index}`;
          const title = titles.get(`${item.customerId}/${item.meetingId}`) || item.meetingId;
          return (
            <li key={key} className={`action-row ${(busy.get(key) ?? item.done) ? 'action-row-done' : ''}`}>
              <input
                id={boxId}
                type="checkbox"
                checked={busy.get(key) ?? item.done}
                aria-busy={busy.has(key)}
                onChange={(event) => {
                  // One write per task at a time: a second click waits for the first.
                  if (!busy.has(key)) onToggle(item, event.target.checked);
                }}
              />
              <div className="action-row-text">
                <label htmlFor={boxId}>{item.text}</label>
                <a
                  className="action-row-source"
                  href={routeHref({
                    name: 'meeting',
                    customerId: item.customerId,
                    meetingId: item.meetingId,
                  })}
                >
                  {t('search.actions.from', { date: formatDate(item.date, language), title })}
                </a>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
