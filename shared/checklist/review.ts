// The pre-meeting checklist (product.md, contract.md `meetings.review`): the four required items
// judged by the rules (objective, benefit, agenda, attendees), then the manual items the user
// ticks, then the notebook's own extra items. `ready` holds when every required item does;
// manual items never block it. The same function runs live in the renderer and again in the
// core when the status changes. Every item carries its label in the requested language.
import { MANUAL_CHECKLIST_ITEMS } from '../domain/enums';
import type { Language } from '../domain/enums';
import type { MeetingFields } from '../domain/fields';
import type { Review, ReviewItem } from '../contract/meetings';
import { checkAgenda } from './agenda';
import { checkAttendees } from './attendees';
import { checkBenefit } from './benefit';
import { answerLanguage, messagesFor } from './messages';
import { checkObjective } from './objective';
import type { CheckResult, ExtraChecklistItem, ReviewContext, RuleContext } from './types';

export type { ExtraChecklistItem, NotebookPhraseLists, NotebookPhrases, ReviewContext } from './types';

function item(id: string, required: boolean, result: CheckResult, label: string): ReviewItem {
  const out: ReviewItem = { id, required, ok: result.ok };
  // Only a failed item has a reason and a suggestion: the UI shows them as they are.
  if (!result.ok && result.reason) out.reason = result.reason;
  if (!result.ok && result.suggestion) out.suggestion = result.suggestion;
  out.label = label;
  return out;
}

function extraLabel(extra: ExtraChecklistItem, lang: Language): string {
  const other: Language = lang === 'en' ? 'vi' : 'en';
  const label = extra.label as Partial<Record<Language, unknown>> | undefined;
  for (const l of [lang, other]) {
    const text = label?.[l];
    if (typeof text === 'string' && text.trim() !== '') return text.trim();
  }
  return extra.id;
}

export function reviewMeeting(fields: Partial<MeetingFields>, ctx: ReviewContext): Review {
  const lang = answerLanguage(ctx.lang);
  const labels = messagesFor(lang).labels;
  const rules: RuleContext = { lang, template: fields.template, phrases: ctx.phrases };
  const label = (id: string): string => labels[id] ?? id;

  const required: ReviewItem[] = [
    item('objective', true, checkObjective(fields.objective, rules), label('objective')),
    item('benefit', true, checkBenefit(fields.benefit, fields.objective, rules), label('benefit')),
    item('agenda', true, checkAgenda(fields.agenda, fields.duration, lang), label('agenda')),
    item('attendees', true, checkAttendees(fields.attendees, lang), label('attendees')),
  ];

  const ticked = (id: string): CheckResult => ({ ok: fields.checklist?.[id] === true });
  const manual: ReviewItem[] = MANUAL_CHECKLIST_ITEMS.map((id) => item(id, false, ticked(id), label(id)));

  // An extra item that repeats an id already listed (or has none) would make two rows tick
  // together: only its first appearance counts.
  const seen = new Set<string>([...required, ...manual].map((i) => i.id));
  const extras: ReviewItem[] = [];
  for (const extra of Array.isArray(ctx.extraItems) ? ctx.extraItems : []) {
    if (!extra || typeof extra.id !== 'string' || extra.id === '' || seen.has(extra.id)) continue;
    seen.add(extra.id);
    extras.push(item(extra.id, false, ticked(extra.id), extraLabel(extra, lang)));
  }

  return { ready: required.every((i) => i.ok), items: [...required, ...manual, ...extras] };
}
