import { describe, expect, it } from 'vitest';
import { exportFilename } from '../../../../shared/export/filename';

describe('exportFilename', () => {
  it('names agenda exports after the meeting, the variant and the format', () => {
    const meetingId = '2026-12-02-pilot-scoping';
    expect(exportFilename({ kind: 'agenda', meetingId, variant: 'customer', format: 'text' })).toBe(
      '2026-12-02-pilot-scoping-customer.txt',
    );
    expect(exportFilename({ kind: 'agenda', meetingId, variant: 'prep', format: 'markdown' })).toBe(
      '2026-12-02-pilot-scoping-prep.md',
    );
    expect(exportFilename({ kind: 'agenda', meetingId, variant: 'customer', format: 'html' })).toBe(
      '2026-12-02-pilot-scoping-customer.html',
    );
  });

  it('names a calendar invitation as the customer copy it is', () => {
    expect(
      exportFilename({ kind: 'agenda', meetingId: '2026-12-02-x', variant: 'prep', format: 'ics' }),
    ).toBe('2026-12-02-x-customer.ics');
  });

  it('names the history after the customer', () => {
    expect(exportFilename({ kind: 'history', customerId: 'cong-ty-tnhh-minh-long', format: 'html' })).toBe(
      'cong-ty-tnhh-minh-long-history.html',
    );
    expect(exportFilename({ kind: 'history', customerId: 'acme', format: 'markdown' })).toBe(
      'acme-history.md',
    );
  });

  it('folds hand-made ids to safe ASCII names', () => {
    expect(exportFilename({ kind: 'history', customerId: 'Công ty Đại Phát', format: 'html' })).toBe(
      'cong-ty-dai-phat-history.html',
    );
    expect(
      exportFilename({
        kind: 'agenda',
        meetingId: '2026-12-02 Họp: "giá"?',
        variant: 'customer',
        format: 'text',
      }),
    ).toBe('2026-12-02-hop-gia-customer.txt');
    expect(exportFilename({ kind: 'history', customerId: '東京', format: 'html' })).toBe(
      'customer-history.html',
    );
  });
});
