// Date-keyed row ids: the search filters type, from and to become rowid ranges, which must
// hold exactly the notes the filters describe.
import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_DAY,
  PER_DAY,
  UNDATED_DAY,
  dateDay,
  rowDay,
  rowIdRange,
} from '../../../../../electron/core/index/rowIds';

const inRange = (id: number, range: { lower?: number; upper?: number }) =>
  (range.lower === undefined || id >= range.lower) && (range.upper === undefined || id < range.upper);

const idOn = (type: 'customer' | 'meeting', date?: string) => rowDay(type, date) * PER_DAY + 7;

describe('rowIdRange', () => {
  it('keeps customers apart from meetings, dated or not', () => {
    const customers = rowIdRange({ type: 'customer' });
    const meetings = rowIdRange({ type: 'meeting' });
    expect(inRange(idOn('customer'), customers)).toBe(true);
    expect(inRange(idOn('meeting'), customers)).toBe(false);
    expect(inRange(idOn('meeting', '2026-01-01'), customers)).toBe(false);
    expect(inRange(idOn('customer'), meetings)).toBe(false);
    expect(inRange(idOn('meeting'), meetings)).toBe(true);
    expect(inRange(idOn('meeting', '0001-01-01'), meetings)).toBe(true);
  });

  it('holds the days from and to, both included, and nothing undated', () => {
    const range = rowIdRange({ from: '2024-02-28', to: '2024-03-01' });
    for (const date of ['2024-02-28', '2024-02-29', '2024-03-01'])
      expect(inRange(idOn('meeting', date), range)).toBe(true);
    for (const date of ['2024-02-27', '2024-03-02'])
      expect(inRange(idOn('meeting', date), range)).toBe(false);
    expect(inRange(idOn('meeting'), rowIdRange({ to: '2030-01-01' }))).toBe(false);
    expect(inRange(idOn('customer'), rowIdRange({ to: '2030-01-01' }))).toBe(false);
    expect(inRange(idOn('customer'), rowIdRange({ type: 'customer', from: '2020-01-01' }))).toBe(false);
  });

  it('places every possible date above the undated and customer days, within safe integers', () => {
    expect(dateDay('0000-01-01')).toBeGreaterThan(UNDATED_DAY);
    expect(UNDATED_DAY).toBeGreaterThan(CUSTOMER_DAY);
    expect(Number.isSafeInteger(((dateDay('9999-12-31') ?? 0) + 1) * PER_DAY)).toBe(true);
    expect(Number.isSafeInteger(CUSTOMER_DAY * PER_DAY)).toBe(true);
    expect(dateDay('1970-01-02')).toBe(1);
  });
});
