// Which checklist verdict the editor shows. The rules run live as the user types
// (shared/checklist), with the app's built-in phrases; the core judges again on every load and
// save with the notebook's own phrases too, and its verdict is the one that counts. So each
// item shows the core's verdict while the fields it depends on are as the core last saw them,
// and the live one as soon as the user changes them.
import { reviewMeeting, type ExtraChecklistItem } from '../../../../shared/checklist/review';
import type { Review, ReviewItem } from '../../../../shared/contract';
import type { Language } from '../../../../shared/domain/enums';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { sameValue } from '../../autosave/fieldDiff';
import { isKnownItem } from '../../components/Checklist/checklistLabel';

type Fields = Partial<MeetingFields>;

/** The fields each required item is judged on; a manual item depends on its own tick only. */
function inputsOf(id: string, fields: Fields): unknown[] {
  switch (id) {
    case 'objective':
      return [fields.objective, fields.template];
    case 'benefit':
      return [fields.benefit, fields.objective, fields.template];
    case 'agenda':
      return [fields.agenda, fields.duration];
    case 'attendees':
      return [fields.attendees];
    default:
      return [fields.checklist?.[id] === true];
  }
}

/** The notebook's extra manual items, as the core's review names them. */
export function extraItemsOf(review: Review | undefined, lang: Language): ExtraChecklistItem[] {
  return (review?.items ?? [])
    .filter((item) => !isKnownItem(item.id))
    .map((item) => ({ id: item.id, label: { [lang]: item.label ?? item.id } }));
}

export function liveReview(fields: Fields, lang: Language, core: Review | undefined): Review {
  return reviewMeeting(fields, { lang, extraItems: extraItemsOf(core, lang) });
}

/**
 * The review to show: per item, the core's verdict while the item's inputs are unchanged since
 * the core judged `coreFields`, else the live one. Without a core review, the live one.
 */
export function effectiveReview(
  fields: Fields,
  lang: Language,
  core: Review | undefined,
  coreFields: Fields | undefined,
): Review {
  const live = liveReview(fields, lang, core);
  if (!core || !coreFields) return live;
  // The core's list of items is the notebook's checklist; the live rules fill in its verdicts.
  const fromLive = new Map(live.items.map((item) => [item.id, item]));
  const items: ReviewItem[] = core.items.map((judged) => {
    const fresh = fromLive.get(judged.id);
    const unchanged = sameValue(inputsOf(judged.id, coreFields), inputsOf(judged.id, fields));
    return unchanged || !fresh ? judged : fresh;
  });
  return { ready: items.filter((item) => item.required).every((item) => item.ok), items };
}

export function failingRequired(review: Review | undefined): ReviewItem[] {
  return (review?.items ?? []).filter((item) => item.required && !item.ok);
}

/** A saved patch applied to the fields it was made against (null removes a key). */
export function applyPatch(fields: Fields, patch: Record<string, unknown>): Fields {
  const kept = Object.entries(fields).filter(([key]) => !(key in patch));
  const changed = Object.entries(patch).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries([...kept, ...changed]) as Fields;
}
