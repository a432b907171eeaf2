// The attendees rule (product.md): at least one attendee, a name that is not blank.
import type { Language } from '../domain/enums';
import { messagesFor } from './messages';
import type { CheckResult } from './types';

/** The attendees that name someone (blank entries of a hand-edited list are skipped). */
export function namedAttendees(attendees: readonly unknown[] | undefined): string[] {
  return (Array.isArray(attendees) ? attendees : [])
    .filter((a): a is string => typeof a === 'string')
    .map((a) => a.normalize('NFC').trim())
    .filter((a) => a !== '');
}

export function checkAttendees(attendees: readonly unknown[] | undefined, lang: Language): CheckResult {
  if (namedAttendees(attendees).length > 0) return { ok: true };
  const m = messagesFor(lang).attendees;
  return { ok: false, reason: m.empty, suggestion: m.suggestion };
}
