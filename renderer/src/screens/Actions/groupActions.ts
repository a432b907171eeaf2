// Action items grouped by customer for the open-actions view: groups in name order, items by
// meeting date (oldest first: the longest-waiting task leads), then by line. A filter keeps
// the items whose customer, meeting title or text holds every word, ignoring case and
// Vietnamese diacritics ("gui bao gia" finds "Gửi báo giá").
import type { ActionItem } from '../../../../shared/contract';
import { foldDiacritics } from '../../../../shared/text/foldDiacritics';

export interface ActionGroup {
  customerId: string;
  name: string;
  items: ActionItem[];
  /** How many of `items` are still open. */
  open: number;
}

export function actionKey(item: ActionItem): string {
  return `${item.customerId}/${item.meetingId}:${item.line}:${item.text}`;
}

export function filterWords(query: string): string[] {
  return foldDiacritics(query.normalize('NFC')).split(/\s+/).filter(Boolean);
}

export function groupActions(
  items: readonly ActionItem[],
  names: ReadonlyMap<string, string>,
  titles: ReadonlyMap<string, string>,
  words: readonly string[],
  collator: Intl.Collator,
): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  for (const item of items) {
    const name = names.get(item.customerId) ?? item.customerId;
    if (words.length > 0) {
      const text = foldDiacritics(
        [name, titles.get(`${item.customerId}/${item.meetingId}`) ?? '', item.text]
          .join(' ')
          .normalize('NFC'),
      );
      if (!words.every((word) => text.includes(word))) continue;
    }
    const group = groups.get(item.customerId) ?? { customerId: item.customerId, name, items: [], open: 0 };
    group.items.push(item);
    if (!item.done) group.open++;
    groups.set(item.customerId, group);
  }
  for (const group of groups.values()) {
    group.items.sort(
      (a, b) => a.date.localeCompare(b.date) || a.meetingId.localeCompare(b.meetingId) || a.line - b.line,
    );
  }
  return [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
}
