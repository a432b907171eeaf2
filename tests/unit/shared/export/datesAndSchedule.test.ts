import { describe, expect, it } from 'vitest';
import { addDays, formatLongDate, formatShortDate, parseIsoDate } from '../../../../shared/export/dates';
import { agendaSchedule, meetingClock } from '../../../../shared/export/schedule';

describe('dates', () => {
  it('prints dates in each language’s way', () => {
    expect(formatLongDate('2026-12-02', 'en')).toBe('Wednesday, 2 December 2026');
    expect(formatLongDate('2026-12-02', 'vi')).toBe('Thứ Tư, 02/12/2026');
    expect(formatLongDate('2026-12-06', 'vi')).toBe('Chủ Nhật, 06/12/2026');
    expect(formatShortDate('2026-03-09', 'en')).toBe('9 Mar 2026');
    expect(formatShortDate('2026-03-09', 'vi')).toBe('09/03/2026');
  });

  it('prints an impossible date as written rather than another day', () => {
    expect(parseIsoDate('2026-02-31')).toBeNull();
    expect(formatLongDate('2026-02-31', 'en')).toBe('2026-02-31');
  });

  it('adds days across months and years, leap years included', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('agendaSchedule', () => {
  it('gives each item its clock time from the meeting start', () => {
    const schedule = agendaSchedule(
      [
        { title: 'A', minutes: 10 },
        { title: 'B', minutes: 25 },
        { title: 'C', minutes: 0 },
      ],
      '09:30',
    );
    expect(schedule.rows.map((row) => row.clock)).toEqual(['09:30–09:40', '09:40–10:05', '10:05–10:05']);
    expect(schedule.totalMinutes).toBe(35);
  });

  it('wraps past midnight and leaves clocks out without a start time', () => {
    expect(agendaSchedule([{ title: 'Late', minutes: 45 }], '23:30').rows[0]?.clock).toBe('23:30–00:15');
    expect(agendaSchedule([{ title: 'A', minutes: 5 }]).rows[0]?.clock).toBeUndefined();
  });

  it('gives the meeting span from its duration, else its agenda', () => {
    expect(meetingClock({ time: '09:30', duration: 45 })).toBe('09:30–10:15');
    expect(meetingClock({ time: '09:30', agenda: [{ title: 'A', minutes: 20 }] })).toBe('09:30–09:50');
    expect(meetingClock({ time: '09:30' })).toBe('09:30');
    expect(meetingClock({})).toBeNull();
  });
});
