import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, slugify, uniqueSlug } from '../../../../shared/text/slug';

describe('slugify', () => {
  it('makes the ids of vault-format.md', () => {
    expect(slugify('Công ty Đại Phát', 'customer')).toBe('cong-ty-dai-phat');
    expect(slugify('Công ty TNHH Minh Long', 'customer')).toBe('cong-ty-tnhh-minh-long');
    expect(slugify('Pilot scoping', 'meeting')).toBe('pilot-scoping');
    expect(slugify('  ACME, Inc. (Hà Nội)  ', 'customer')).toBe('acme-inc-ha-noi');
  });

  it('falls back when nothing is left', () => {
    expect(slugify('🙂🙂', 'customer')).toBe('customer');
    expect(slugify('東京', 'meeting')).toBe('meeting');
    expect(slugify('', 'meeting')).toBe('meeting');
    expect(slugify('---', 'customer')).toBe('customer');
  });

  it('treats NFD input like NFC', () => {
    const name = 'Đặng Thị Hồng';
    expect(slugify(name.normalize('NFD'), 'customer')).toBe(slugify(name.normalize('NFC'), 'customer'));
    expect(slugify(name.normalize('NFD'), 'customer')).toBe('dang-thi-hong');
  });

  it('cuts at 60 characters without a trailing dash', () => {
    const long = 'word '.repeat(30);
    const slug = slugify(long, 'customer');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('word-word')).toBe(true);
  });

  it('never produces path separators or dots', () => {
    for (const name of ['../../etc/passwd', 'a/b\\c', 'CON.txt', 'x\u0000y']) {
      expect(slugify(name, 'customer')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3 on a clash', () => {
    const taken = new Set(['acme', 'acme-2']);
    expect(uniqueSlug('acme', (s) => taken.has(s))).toBe('acme-3');
    expect(uniqueSlug('beta', (s) => taken.has(s))).toBe('beta');
  });
});
