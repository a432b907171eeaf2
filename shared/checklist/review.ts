// The pre-meeting checklist (product.md): required items computed by the rules, manual items
// ticked by the user. PLACEHOLDER signature only — being replaced by the real rules.
import type { Language } from '../domain/enums';
import { MANUAL_CHECKLIST_ITEMS, REQUIRED_CHECKLIST_ITEMS } from '../domain/enums';
import type { MeetingFields } from '../domain/fields';
import type { Review } from '../contract/meetings';

/** A notebook's own extra manual item (.prepnote/notebook.json → checklist.extraItems). */
export interface ExtraChecklistItem {
  id: string;
  label: Partial<Record<Language, string>>;
}

/** A notebook's own phrase lists (.prepnote/notebook.json → phrases). */
export type NotebookPhrases = Partial<Record<Language, { vague?: string[] }>>;

export interface ReviewContext {
  lang: Language;
  extraItems?: ExtraChecklistItem[];
  phrases?: NotebookPhrases;
}

export function reviewMeeting(fields: Partial<MeetingFields>, ctx: ReviewContext): Review {
  const required = REQUIRED_CHECKLIST_ITEMS.map((id) => ({ id, required: true, ok: false }));
  const manual = [...MANUAL_CHECKLIST_ITEMS, ...(ctx.extraItems ?? []).map((i) => i.id)].map((id) => ({
    id,
    required: false,
    ok: fields.checklist?.[id] === true,
  }));
  return { ready: false, items: [...required, ...manual] };
}
