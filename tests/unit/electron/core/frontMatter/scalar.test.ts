import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { needsQuotes, quote, renderScalar } from '../../../../../electron/core/frontMatter/scalar';

describe('renderScalar', () => {
  it('quotes every value a YAML 1.2 or 1.1 reader would take for something other than text', () => {
    for (const value of [
      '0901234567',
      '1e3',
      'yes',
      'no',
      'on',
      'off',
      'null',
      '~',
      '09:30',
      '2026-12-02',
      'true',
      'Y',
      '0x1F',
      '.inf',
      '1_000',
    ]) {
      expect(renderScalar(value), value).toBe(`"${value}"`);
    }
  });

  it('quotes text YAML would read differently or not at all', () => {
    for (const value of [
      '',
      ' lead',
      'trail ',
      'a: b',
      'x #y',
      '- item',
      '#tag',
      '[x',
      '{y',
      '&a',
      '*a',
      '!t',
      '@x',
      '`x',
      '%x',
      "'q",
      '"q',
      'line\nbreak',
      'tab\there',
    ]) {
      expect(needsQuotes(value), JSON.stringify(value)).toBe(true);
    }
  });

  it('writes ordinary text plain', () => {
    for (const value of [
      'Hà Nội',
      '+84 912 345 678',
      'lan@example.com',
      'Pilot scope and success criteria',
      "It is 9 o'clock",
      'https://example.com/a?b=c',
    ]) {
      expect(renderScalar(value)).toBe(value);
    }
  });

  it("writes numbers, booleans and the app's enum and date fields bare", () => {
    expect(renderScalar(45)).toBe('45');
    expect(renderScalar(true)).toBe('true');
    expect(renderScalar('no', { bare: true })).toBe('no');
    expect(renderScalar('2026-12-02', { bare: true })).toBe('2026-12-02');
  });

  it('quotes flow indicators inside a flow list', () => {
    expect(renderScalar('a, b', { inFlow: true })).toBe('"a, b"');
    expect(renderScalar('a, b')).toBe('a, b');
  });

  it('produces quoted text every reader reads back exactly', () => {
    for (const value of ['say "hi"\\', 'a\u2028b', 'nul\u0000', 'bom\ufeff', 'Việt\nNam', '0901234567']) {
      const text = quote(value);
      expect(parse(text, { version: '1.2' })).toBe(value);
      expect(parse(text, { version: '1.1' })).toBe(value);
      expect(load(text)).toBe(value);
    }
  });
});
