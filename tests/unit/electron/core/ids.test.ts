import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract';
import { checkId, idProblem } from '../../../../electron/core/ids';

describe('ids', () => {
  it.each([
    'a/b',
    'a\\b',
    '..',
    'a..b',
    '../etc',
    'nul\u0000',
    'tab\there',
    'del\u007f',
    'CON',
    'con',
    'Prn',
    'AUX',
    'nul.md',
    'COM1',
    'com9.txt',
    'LPT1',
    'lpt9.md',
    'trailing.',
    'trailing ',
    '.hidden',
    '',
  ])('refuses %j with FORBIDDEN_PATH {id}', (id) => {
    expect(idProblem(id)).toBeDefined();
    try {
      checkId(id);
      expect.fail('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('FORBIDDEN_PATH');
      expect((error as ApiError).details).toEqual({ id });
    }
  });

  it.each([
    'cong-ty-dai-phat',
    'Công ty Đại Phát',
    '2026-09-15 first visit',
    'console',
    'com10',
    'a.b',
    'lpt',
  ])('accepts %j', (id) => {
    expect(idProblem(id)).toBeUndefined();
  });

  it('returns the id in NFC', () => {
    expect(checkId('Cà Phê'.normalize('NFD'))).toBe('Cà Phê'.normalize('NFC'));
  });
});
