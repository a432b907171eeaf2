// Types of the pre-meeting checklist shared by its rules; review.ts re-exports the ones other
// layers use (ExtraChecklistItem, NotebookPhrases, ReviewContext).
import type { Language } from '../domain/enums';

/** A notebook's own extra manual item (.prepnote/notebook.json → checklist.extraItems). */
export interface ExtraChecklistItem {
  id: string;
  label: Partial<Record<Language, string>>;
}

/** One language's phrase lists of a notebook; phrases/index.ts documents each key. */
export interface NotebookPhraseLists {
  vague?: string[];
  placeholders?: string[];
  weak?: string[];
  commitments?: string[];
}

/** A notebook's own phrase lists (.prepnote/notebook.json → phrases). */
export type NotebookPhrases = Partial<Record<Language, NotebookPhraseLists>>;

export interface ReviewContext {
  lang: Language;
  extraItems?: ExtraChecklistItem[];
  phrases?: NotebookPhrases;
}

/** What each rule of a required item answers. */
export interface CheckResult {
  ok: boolean;
  reason?: string;
  suggestion?: string;
}

/** What the text rules need besides the text: the language of the answer, the kind of meeting. */
export interface RuleContext {
  lang: Language;
  /** The meeting's template id (discovery, demo, …), for an example that fits. */
  template?: string;
  phrases?: NotebookPhrases;
}
