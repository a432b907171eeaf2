// The label of a checklist item in the UI language: the standard items from the app's own
// strings, a notebook's extra items from the label the review carries.
import type { TFunction } from 'i18next';
import type { ReviewItem } from '../../../../shared/contract';
import { MANUAL_CHECKLIST_ITEMS, REQUIRED_CHECKLIST_ITEMS } from '../../../../shared/domain/enums';

type KnownItem = (typeof REQUIRED_CHECKLIST_ITEMS)[number] | (typeof MANUAL_CHECKLIST_ITEMS)[number];
const KNOWN = new Set<string>([...REQUIRED_CHECKLIST_ITEMS, ...MANUAL_CHECKLIST_ITEMS]);

export function isKnownItem(id: string): id is KnownItem {
  return KNOWN.has(id);
}

export function checklistLabel(t: TFunction, item: Pick<ReviewItem, 'id' | 'label'>): string {
  return isKnownItem(item.id) ? t(`review.items.${item.id}`) : (item.label ?? item.id);
}
