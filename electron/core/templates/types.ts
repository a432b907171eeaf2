// Types of the template service: a template as read from disk (before the language rules pick
// one), what `meetings.create` takes from a template, and a file that could not be read.
import type { Template } from '../../../shared/contract/templates';
import type { Language } from '../../../shared/domain/enums';
import type { AgendaItem } from '../../../shared/domain/fields';

/** Where a template came from: shipped with the app, or the notebook's `templates/` folder. */
export type TemplateSource = 'built-in' | 'notebook';

/** One readable template file. `lang` is absent for a notebook template that names no valid
 *  language: such a template serves both languages (see templateService.ts). */
export interface LoadedTemplate {
  id: string;
  source: TemplateSource;
  lang?: Language;
  /** Absolute path of the file it was read from. */
  path: string;
  name: string;
  duration: number;
  agenda: AgendaItem[];
  exampleObjective: string;
  exampleBenefit: string;
  questions: string[];
  preparation: string;
}

/** A template file that was skipped: its front matter or body could not be read. */
export interface TemplateProblem {
  /** Relative to the notebook with `/` (`templates/x.md`) for notebook templates; the absolute
   *  path for a built-in (which only a broken installation could produce). */
  path: string;
  reason: string;
}

/** What a new meeting takes from its template (`meetings.create {template}`). */
export interface AppliedTemplate {
  duration: number;
  agenda: AgendaItem[];
  questions: string[];
  preparation: string;
  exampleObjective: string;
  exampleBenefit: string;
}

export type { Template };
