// The agenda rule (product.md): at least one item with a title, and the items' minutes add up to
// no more than the meeting's duration. Also the agenda arithmetic the editor and the printed
// agendas need: the total, and the clock time of each item from the meeting's start.
import type { Language } from '../domain/enums';
import type { AgendaItem } from '../domain/fields';
import { messagesFor } from './messages';
import type { CheckResult } from './types';

/** An agenda item as it may come from a file edited by hand: either field may be missing. */
export type AgendaItemLike = Partial<AgendaItem>;

export interface ScheduledItem {
  title: string;
  minutes: number;
  /** Clock time the item starts (HH:MM), when the meeting has a start time. */
  start?: string;
  /** Clock time the item ends (HH:MM), when the meeting has a start time. */
  end?: string;
}

export type AgendaCode = 'empty' | 'no-duration' | 'over';

export interface AgendaVerdict {
  ok: boolean;
  code?: AgendaCode;
  /** Minutes of all items. */
  total: number;
  /** Minutes beyond the duration (0 when the agenda fits or there is no duration). */
  over: number;
}

const DAY = 24 * 60;

/** An item's minutes; anything but a finite non-negative number counts as 0. */
function itemMinutes(item: AgendaItemLike | undefined): number {
  const m = item?.minutes;
  return typeof m === 'number' && Number.isFinite(m) && m > 0 ? m : 0;
}

export function agendaTotalMinutes(agenda: readonly AgendaItemLike[] | undefined): number {
  return (agenda ?? []).reduce((sum, item) => sum + itemMinutes(item), 0);
}

/** "09:30" → 570; undefined for anything that is not a clock time (H:MM or HH:MM). */
export function parseClock(time: string | undefined): number | undefined {
  const m = typeof time === 'string' ? /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(time) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Minutes since midnight → "HH:MM", wrapping past midnight. */
export function formatClock(minutes: number): string {
  const m = ((Math.round(minutes) % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A clock time plus some minutes ("09:30" + 45 → "10:15"); undefined without a valid time. */
export function addMinutes(time: string | undefined, minutes: number): string | undefined {
  const start = parseClock(time);
  return start === undefined ? undefined : formatClock(start + minutes);
}

/** Each item with its clock times from the meeting's start (no times when there is no start). */
export function agendaSchedule(
  agenda: readonly AgendaItemLike[] | undefined,
  startTime: string | undefined,
): ScheduledItem[] {
  let at = parseClock(startTime);
  return (agenda ?? []).map((item) => {
    const minutes = itemMinutes(item);
    const scheduled: ScheduledItem = { title: typeof item?.title === 'string' ? item.title : '', minutes };
    if (at !== undefined) {
      scheduled.start = formatClock(at);
      at += minutes;
      scheduled.end = formatClock(at);
    }
    return scheduled;
  });
}

/** When the agenda ends, from the meeting's start. */
export function agendaEndTime(
  agenda: readonly AgendaItemLike[] | undefined,
  startTime: string | undefined,
): string | undefined {
  return addMinutes(startTime, agendaTotalMinutes(agenda));
}

function validDuration(duration: number | undefined): duration is number {
  return typeof duration === 'number' && Number.isFinite(duration) && duration > 0;
}

/** Minutes the agenda runs over the duration; 0 when it fits or the duration is unset. */
export function agendaOverrun(
  agenda: readonly AgendaItemLike[] | undefined,
  duration: number | undefined,
): number {
  return validDuration(duration) ? Math.max(0, agendaTotalMinutes(agenda) - duration) : 0;
}

export function judgeAgenda(
  agenda: readonly AgendaItemLike[] | undefined,
  duration: number | undefined,
): AgendaVerdict {
  const total = agendaTotalMinutes(agenda);
  const over = agendaOverrun(agenda, duration);
  const titled = (agenda ?? []).filter((item) => typeof item?.title === 'string' && item.title.trim() !== '');
  if (titled.length === 0) return { ok: false, code: 'empty', total, over };
  if (!validDuration(duration)) return { ok: false, code: 'no-duration', total, over };
  if (over > 0) return { ok: false, code: 'over', total, over };
  return { ok: true, total, over };
}

export function checkAgenda(
  agenda: readonly AgendaItemLike[] | undefined,
  duration: number | undefined,
  lang: Language,
): CheckResult & { code?: AgendaCode } {
  const verdict = judgeAgenda(agenda, duration);
  if (verdict.ok || !verdict.code) return { ok: true };
  const m = messagesFor(lang).agenda;
  switch (verdict.code) {
    case 'empty':
      return { ok: false, code: 'empty', reason: m.empty, suggestion: m.emptySuggestion };
    case 'no-duration':
      return { ok: false, code: 'no-duration', reason: m.noDuration, suggestion: m.noDurationSuggestion };
    case 'over':
      return {
        ok: false,
        code: 'over',
        reason: m.over(verdict.total, duration ?? 0),
        suggestion: m.overSuggestion(verdict.over),
      };
  }
}
