// The attendees rule: at least one attendee with a name.
import { describe, expect, it } from 'vitest';
import { checkAttendees, namedAttendees } from '../../../../shared/checklist/attendees';

describe('attendees rule', () => {
  it('accepts one named attendee or more', () => {
    expect(checkAttendees(['Nguyễn Thị Lan (Trưởng phòng mua hàng)'], 'en')).toEqual({ ok: true });
    expect(checkAttendees(['', 'Lan'], 'vi')).toEqual({ ok: true });
  });

  it.each([
    ['no list', undefined],
    ['an empty list', []],
    ['only blank names', ['', '   ', '\t']],
    ['no text at all', [null, 3, {}] as unknown[]],
  ])('refuses %s', (_what, attendees) => {
    const en = checkAttendees(attendees, 'en');
    expect(en).toEqual({
      ok: false,
      reason: 'Add at least one attendee.',
      suggestion: 'Name who will be there, with their role, e.g. "Nguyễn Thị Lan (Purchasing manager)".',
    });
    expect(checkAttendees(attendees, 'vi').reason).toBe('Hãy thêm ít nhất một người tham dự.');
  });

  it('lists the named attendees, trimmed and in NFC', () => {
    expect(namedAttendees([' Đặng Thị Hồng '.normalize('NFD'), '', 'Lan'])).toEqual(['Đặng Thị Hồng', 'Lan']);
  });
});
