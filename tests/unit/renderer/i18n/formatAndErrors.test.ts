// @vitest-environment jsdom
// Dates in each language's format and error messages chosen by code (never the English
// `message` of the core).
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ApiError } from '../../../../shared/contract';
import { errorMessage } from '../../../../renderer/src/i18n/errorMessage';
import { formatDate, todayIso } from '../../../../renderer/src/i18n/formatDate';
import { applyLanguage, initI18n } from '../../../../renderer/src/i18n/i18n';

beforeAll(() => {
  initI18n();
});

describe('formatDate', () => {
  it('writes Vietnamese dates as dd/MM/yyyy and English ones with the month name', () => {
    expect(formatDate('2026-12-02', 'vi')).toBe('02/12/2026');
    expect(formatDate('2026-12-02', 'en')).toBe('2 Dec 2026');
    expect(formatDate('2026-12-02', 'vi', 'weekday')).toBe('Thứ Tư, 02/12/2026');
    expect(formatDate('2026-12-02', 'en', 'weekday')).toBe('Wed 2 Dec 2026');
  });

  it('keeps the calendar day whatever the time zone, and passes non-dates through', () => {
    expect(formatDate('2026-01-01', 'vi')).toBe('01/01/2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate(undefined, 'en')).toBe('');
  });

  it('gives today as YYYY-MM-DD in local time', () => {
    expect(todayIso(new Date(2026, 10, 26, 23, 59))).toBe('2026-11-26');
  });
});

describe('errorMessage', () => {
  it('translates by code, not by the English message', async () => {
    await applyLanguage('vi');
    const text = errorMessage(i18next.t, new ApiError('NOT_FOUND', 'No such customer: x'));
    expect(text).toContain('Không tìm thấy');
    expect(text).not.toContain('No such customer');
    await applyLanguage('en');
  });

  it('names the fields of INVALID_INPUT in the user language', async () => {
    const error = new ApiError('INVALID_INPUT', 'bad', {
      issues: [
        { path: 'fields.time', message: 'expected a time as HH:MM' },
        { path: 'contacts.0.email', message: 'x' },
      ],
    });
    expect(errorMessage(i18next.t, error)).toBe('Please check: Time, Contacts.');
    await applyLanguage('vi');
    expect(errorMessage(i18next.t, error)).toBe('Vui lòng kiểm tra: Giờ, Người liên hệ.');
    await applyLanguage('en');
  });

  it('shows the path and reason of file errors', () => {
    const error = new ApiError('UNREADABLE_FILE', 'x', {
      path: 'customers/a/customer.md',
      reason: 'bad YAML',
    });
    expect(errorMessage(i18next.t, error)).toBe('customers/a/customer.md could not be read: bad YAML');
    expect(errorMessage(i18next.t, new ApiError('IO_ERROR', 'x', { path: '', reason: 'disk full' }))).toBe(
      'The disk refused: disk full',
    );
  });

  it('has a message for every code and for errors that are not ApiErrors', () => {
    for (const code of [
      'UNAUTHORIZED',
      'FORBIDDEN',
      'FORBIDDEN_PATH',
      'CONFLICT',
      'PAYLOAD_TOO_LARGE',
      'NOT_READY',
    ] as const) {
      const text = errorMessage(i18next.t, new ApiError(code, 'x', { id: 'CON' }));
      expect(text).not.toMatch(/^errors\./);
    }
    expect(errorMessage(i18next.t, new TypeError('boom'))).toBe('Something went wrong. Please try again.');
  });
});
