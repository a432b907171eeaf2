// Action items of other meetings as tick boxes: ticking one writes exactly that line of its
// own file. Items ticked here stay in the list (struck through) until the page is left, so a
// tick can be taken back.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/contract';
import { errorMessage } from '../../i18n/errorMessage';
import { formatDate } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { useToast } from '../Toast/ToastContext';
import { toggleActionItem } from './toggleActionItem';

interface ActionItemListProps {
  /** The open items, as actions.list gives them. */
  items: readonly ActionItem[];
  /** Meeting titles by meeting id, to say where each item comes from. */
  titles: ReadonlyMap<string, string>;
  /** The list changed on disk (or must be read again). */
  onChanged(): void;
}

const keyOf = (item: ActionItem) => `${item.customerId}/${item.meetingId}:${item.line}`;

export function ActionItemList({ items, titles, onChanged }: ActionItemListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const id = useId();
  // Ticked here: shown done until the page is left, even though they are no longer open.
  const [ticked, setTicked] = useState<ActionItem[]>([]);
  // The box shows the click at once; the file follows (or the box goes back on failure).
  const [pending, setPending] = useState<{ key: string; done: boolean }>();

  const open = items.filter(
    (item) => !ticked.some((done) => done.meetingId === item.meetingId && done.text === item.text),
  );
  const shown = [
    ...open.map((item) => ({ item, done: false })),
    ...ticked.map((item) => ({ item, done: true })),
  ];

  async function toggle(item: ActionItem, done: boolean) {
    if (pending) return;
    setPending({ key: keyOf(item), done });
    try {
      await toggleActionItem(item, done);
      setTicked((list) => (done ? [...list, item] : list.filter((other) => keyOf(other) !== keyOf(item))));
      onChanged();
    } catch (error) {
      const moved = error instanceof ApiError && error.code === 'CONFLICT';
      toast.show({ tone: 'error', message: moved ? t('editor.tasks.moved') : errorMessage(t, error) });
      onChanged();
    } finally {
      setPending(undefined);
    }
  }

  if (shown.length === 0) return <p className="muted">{t('editor.earlier.noOpenActions')}</p>;
  return (
    <ul className="stack-list">
      {shown.map(({ item, done }, index) => {
        const boxId = `${id}-${index}`;
        const title = titles.get(item.meetingId) ?? item.meetingId;
        return (
          <li key={keyOf(item)} className={`action-item ${done ? 'action-item-done' : ''}`}>
            <input
              id={boxId}
              type="checkbox"
              checked={pending?.key === keyOf(item) ? pending.done : done}
              aria-busy={pending?.key === keyOf(item) ? true : undefined}
              onChange={(event) => void toggle(item, event.target.checked)}
            />
            <div className="action-item-text">
              <label htmlFor={boxId}>{item.text}</label>
              <a
                className="action-item-source"
                href={routeHref({ name: 'meeting', customerId: item.customerId, meetingId: item.meetingId })}
              >
                {formatDate(item.date, language)} · {title}
              </a>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
