// The agenda rule (at least one titled item, minutes within the duration) and the agenda
// arithmetic the editor and the printed agendas use (total, clock time of each item).
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  agendaEndTime,
  agendaOverrun,
  agendaSchedule,
  agendaTotalMinutes,
  checkAgenda,
  formatClock,
  judgeAgenda,
  parseClock,
} from '../../../../shared/checklist/agenda';

const AGENDA = [
  { title: 'Their priorities for next year', minutes: 10 },
  { title: 'Pilot scope and success criteria', minutes: 25 },
  { title: 'Next steps and owners', minutes: 10 },
];

describe('agenda rule', () => {
  it('accepts an agenda that fits the meeting', () => {
    expect(judgeAgenda(AGENDA, 45)).toEqual({ ok: true, total: 45, over: 0 });
    expect(judgeAgenda(AGENDA, 60)).toEqual({ ok: true, total: 45, over: 0 });
    expect(judgeAgenda([{ title: 'Sign the order', minutes: 0 }], 15).ok).toBe(true);
  });

  it.each([
    ['no agenda', undefined],
    ['an empty agenda', []],
    [
      'only blank titles',
      [
        { title: '   ', minutes: 10 },
        { title: '', minutes: 5 },
      ],
    ],
  ])('refuses %s', (_what, agenda) => {
    expect(judgeAgenda(agenda, 45).code).toBe('empty');
  });

  it('counts the minutes of untitled items too, and needs one titled item', () => {
    expect(
      judgeAgenda(
        [
          { title: 'Pricing', minutes: 20 },
          { title: '', minutes: 30 },
        ],
        45,
      ),
    ).toEqual({
      ok: false,
      code: 'over',
      total: 50,
      over: 5,
    });
  });

  it.each([undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a duration of %s',
    (duration) => {
      expect(judgeAgenda(AGENDA, duration).code).toBe('no-duration');
    },
  );

  it('refuses an agenda longer than the meeting and says by how much', () => {
    expect(judgeAgenda(AGENDA, 40)).toEqual({ ok: false, code: 'over', total: 45, over: 5 });
    const en = checkAgenda(AGENDA, 40, 'en');
    expect(en.reason).toBe('The agenda takes 45 minutes but the meeting lasts 40.');
    expect(en.suggestion).toBe('Cut 5 minutes from the agenda or make the meeting longer.');
    expect(checkAgenda(AGENDA, 44, 'en').suggestion).toBe(
      'Cut 1 minute from the agenda or make the meeting longer.',
    );
    const vi = checkAgenda(AGENDA, 40, 'vi');
    expect(vi.reason).toBe('Chương trình cần 45 phút nhưng cuộc gặp chỉ có 40 phút.');
    expect(vi.suggestion).toBe('Hãy bớt 5 phút trong chương trình hoặc kéo dài cuộc gặp.');
  });

  it('explains an empty agenda and a missing duration in both languages', () => {
    expect(checkAgenda([], 45, 'en')).toMatchObject({
      ok: false,
      reason: 'Add at least one agenda item with a title.',
    });
    expect(checkAgenda([], 45, 'vi').reason).toBe('Hãy thêm ít nhất một mục có tiêu đề vào chương trình.');
    expect(checkAgenda(AGENDA, undefined, 'en').reason).toMatch(/Set the meeting's duration/);
    expect(checkAgenda(AGENDA, undefined, 'vi').reason).toMatch(/thời lượng cuộc gặp/);
    for (const check of [checkAgenda([], 45, 'en'), checkAgenda(AGENDA, undefined, 'vi')]) {
      expect(check.suggestion?.length).toBeGreaterThan(10);
    }
  });

  it('says nothing about an agenda that fits', () => {
    expect(checkAgenda(AGENDA, 45, 'en')).toEqual({ ok: true });
  });

  it('treats minutes that are not a number as none (a file edited by hand)', () => {
    const odd = [
      { title: 'A', minutes: Number.NaN },
      { title: 'B', minutes: -3 },
      { title: 'C' },
      { title: 'D', minutes: 5 },
    ];
    expect(agendaTotalMinutes(odd)).toBe(5);
    expect(judgeAgenda(odd, 5).ok).toBe(true);
  });
});

describe('agenda arithmetic', () => {
  it('adds up the minutes', () => {
    expect(agendaTotalMinutes(AGENDA)).toBe(45);
    expect(agendaTotalMinutes([])).toBe(0);
    expect(agendaTotalMinutes(undefined)).toBe(0);
  });

  it('gives each item its clock times from the start', () => {
    expect(agendaSchedule(AGENDA, '09:30')).toEqual([
      { title: 'Their priorities for next year', minutes: 10, start: '09:30', end: '09:40' },
      { title: 'Pilot scope and success criteria', minutes: 25, start: '09:40', end: '10:05' },
      { title: 'Next steps and owners', minutes: 10, start: '10:05', end: '10:15' },
    ]);
    expect(agendaEndTime(AGENDA, '09:30')).toBe('10:15');
  });

  it('wraps past midnight', () => {
    expect(agendaSchedule([{ title: 'Late call', minutes: 30 }], '23:45')).toEqual([
      { title: 'Late call', minutes: 30, start: '23:45', end: '00:15' },
    ]);
  });

  it('gives no clock times without a valid start', () => {
    for (const start of [undefined, '', '25:00', '9:75', 'morning']) {
      expect(
        agendaSchedule(AGENDA, start).every((item) => item.start === undefined && item.end === undefined),
      ).toBe(true);
      expect(agendaEndTime(AGENDA, start)).toBeUndefined();
    }
  });

  it('reads and writes clock times', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBeUndefined();
    expect(formatClock(570)).toBe('09:30');
    expect(formatClock(1440 + 61)).toBe('01:01');
    expect(formatClock(-30)).toBe('23:30');
    expect(addMinutes('09:30', 45)).toBe('10:15');
    expect(addMinutes('bad', 45)).toBeUndefined();
  });

  it('measures how far an agenda runs over', () => {
    expect(agendaOverrun(AGENDA, 30)).toBe(15);
    expect(agendaOverrun(AGENDA, 60)).toBe(0);
    expect(agendaOverrun(AGENDA, undefined)).toBe(0);
  });
});
