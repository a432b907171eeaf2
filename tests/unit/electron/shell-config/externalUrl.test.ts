// Which links may leave the app.
import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from '../../../../electron/shell-config/externalUrl';

describe('externalUrlToOpen', () => {
  it('opens https and mailto links', () => {
    expect(externalUrlToOpen('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(externalUrlToOpen('mailto:anna@example.com')).toBe('mailto:anna@example.com');
    expect(externalUrlToOpen('HTTPS://Example.com')).toBe('https://example.com/');
  });

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id',
    'app://prepnote/index.html',
    'https://user:pass@example.com/',
    '//example.com',
    'example.com',
    '',
  ])('refuses %s', (raw) => {
    expect(externalUrlToOpen(raw)).toBeUndefined();
  });
});
