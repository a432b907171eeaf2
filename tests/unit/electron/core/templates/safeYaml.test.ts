// Values the app writes must read back as the same text in YAML 1.1 and 1.2 tools. Templates
// quote by the rule of note front matter (frontMatter/scalar.ts), tested here on their values.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { needsQuotes } from '../../../../../electron/core/frontMatter/scalar';
import { stringifyYaml } from '../../../../../electron/core/templates/safeYaml';

describe('needsQuotes', () => {
  it.each([
    '0901234567',
    '1e3',
    '1_000',
    '0o17',
    '0x1F',
    '+12',
    '.5',
    'yes',
    'No',
    'ON',
    'off',
    'y',
    'true',
    'null',
    'Null',
    '~',
    '',
    '09:30',
    '1:20:30',
    '2026-12-02',
    '.inf',
    '-.inf',
    '.NaN',
    '- item',
    'a: b',
    '[x]',
    '{x}',
    '#tag',
    '"q"',
    '&anchor',
    '*alias',
    '!tag',
    '|',
    '>',
    '@at',
    '`tick',
    '%pct',
  ])('%j needs quotes', (text) => {
    expect(needsQuotes(text)).toBe(true);
  });

  it.each([
    'Discovery meeting',
    'Đề xuất và đàm phán',
    'Agree on 20 seats',
    'KPI',
    'n/a',
    'TBD',
    'a-b',
    'x:y',
  ])('%j stays bare', (text) => {
    expect(needsQuotes(text)).toBe(false);
  });
});

describe('stringifyYaml', () => {
  it('keeps key order, leaves numbers bare, never folds long lines', () => {
    const long = 'word '.repeat(40).trim();
    const text = stringifyYaml({
      name: 'yes',
      duration: 45,
      agenda: [{ title: '09:30', minutes: 5 }],
      note: long,
    });
    expect(text).toBe(
      `name: "yes"\nduration: 45\nagenda:\n  - title: "09:30"\n    minutes: 5\nnote: ${long}\n`,
    );
    expect(parse(text, { version: '1.1' })).toEqual(parse(text, { version: '1.2' }));
  });
});
