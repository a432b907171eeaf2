// Which IPC senders the desktop shell trusts.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isTrustedSenderUrl } from '../../../../electron/shell-config/appUrl';

describe('isTrustedSenderUrl', () => {
  it('trusts the packaged renderer at any of its paths', () => {
    expect(isTrustedSenderUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSenderUrl('app://prepnote/index.html#/customers/acme')).toBe(true);
  });

  it('trusts the dev server only when one is running', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it.each([
    undefined,
    '',
    'not a url',
    'file:///home/user/evil.html',
    'https://evil.example/',
    'app://prepnote.evil.example/index.html',
    'app://evil@other/index.html',
    'about:blank',
    'data:text/html,hi',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url, 'http://localhost:5173')).toBe(false);
  });
});
