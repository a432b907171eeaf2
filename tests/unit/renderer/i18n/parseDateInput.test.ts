// Typed dates and times, read the way each language writes them.
import { describe, expect, it } from 'vitest';
import {
  formatDateInput,
  parseDateInput,
  parseTimeInput,
} from '../../../../renderer/src/i18n/parseDateInput';

describe('parseDateInput', () => {
  it('reads Vietnamese day-first dates', () => {
    expect(parseDateInput('03/12/2026', 'vi')).toBe('2026-12-03');
    expect(parseDateInput('3/12/2026', 'vi')).toBe('2026-12-03');
    expect(parseDateInput(' 3-12-2026 ', 'vi')).toBe('2026-12-03');
    expect(parseDateInput('2026-12-03', 'vi')).toBe('2026-12-03');
  });

  it('reads English dates with month names, day-first numbers and ISO', () => {
    expect(parseDateInput('3 Dec 2026', 'en')).toBe('2026-12-03');
    expect(parseDateInput('3 December 2026', 'en')).toBe('2026-12-03');
    expect(parseDateInput('Dec 3, 2026', 'en')).toBe('2026-12-03');
    expect(parseDateInput('2026-12-03', 'en')).toBe('2026-12-03');
  });

  it('refuses half-typed or impossible dates instead of guessing', () => {
    for (const text of ['', '3/12', '3/12/2', '3/12/202', '31/02/2026', '32/1/2026', 'tomorrow']) {
      expect(parseDateInput(text, 'vi'), text).toBeUndefined();
    }
  });

  it('shows dates in the field the way the language writes them', () => {
    expect(formatDateInput('2026-12-03', 'vi')).toBe('03/12/2026');
    expect(formatDateInput('2026-12-03', 'en')).toBe('3 Dec 2026');
    expect(formatDateInput(undefined, 'en')).toBe('');
  });
});

describe('parseTimeInput', () => {
  it.each([
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['930', '09:30'],
    ['1430', '14:30'],
    ['14h30', '14:30'],
    ['14h', '14:00'],
    ['9', '09:00'],
    ['23:59', '23:59'],
  ])('reads %s as %s', (text, time) => {
    expect(parseTimeInput(text)).toBe(time);
  });

  it.each(['24:00', '12:60', 'noon', '1:3', ''])('refuses %s', (text) => {
    expect(parseTimeInput(text)).toBeUndefined();
  });
});
