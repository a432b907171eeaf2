// What the checklist's core functions (meetings.review, meetings.setStatus) need from an open
// notebook: its note store (fresh reads, one write at a time, atomic writes, events) and the
// review's context (language, the notebook's extra items and phrases).
import type { ReviewContext } from '../../../shared/checklist/review';
import type { Language } from '../../../shared/domain/enums';
import type { NoteStore } from '../noteStore';

export interface ChecklistDeps {
  store: NoteStore;
  /** The context of a review in `lang`; without it, in the app's language setting. */
  reviewContext: (lang?: Language) => Promise<ReviewContext>;
}
