// The token and session secrets.
import { describe, expect, it } from 'vitest';
import { chooseToken, createSecret, sameSecret } from '../../../../electron/server/secrets';

describe('secrets', () => {
  it('creates 32 random bytes, URL-safe, different every time', () => {
    const a = createSecret();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(createSecret()).not.toBe(a);
  });

  it('uses PREPNOTE_TOKEN when set and not empty', () => {
    expect(chooseToken({ PREPNOTE_TOKEN: 'pinned-token' })).toBe('pinned-token');
    expect(chooseToken({ PREPNOTE_TOKEN: '' })).toHaveLength(43);
    expect(chooseToken({})).toHaveLength(43);
  });

  it('compares secrets exactly, whatever their lengths', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('ab', 'abc')).toBe(false);
    expect(sameSecret('abcd', 'abc')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
    expect(sameSecret(undefined, 'abc')).toBe(false);
  });
});
