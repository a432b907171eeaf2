// Snippets: segments of the original text around the first match, the matched words marked,
// whatever folding did to lengths.
import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../../../../electron/core/index/snippet';

const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');
const marked = (segments: { text: string; match: boolean }[]) =>
  segments.filter((segment) => segment.match).map((segment) => segment.text);

describe('buildSnippet', () => {
  it('marks the original Vietnamese words for a folded query', () => {
    const segments = buildSnippet(['Buổi xã giao đầu năm với ĐẶNG THỊ Hồng'], ['xa', 'giao', 'dang', 'thi']);
    expect(marked(segments)).toEqual(['xã', 'giao', 'ĐẶNG', 'THỊ']);
    expect(text(segments)).toBe('Buổi xã giao đầu năm với ĐẶNG THỊ Hồng');
  });

  it('marks whole words for a prefix, not parts of words', () => {
    const segments = buildSnippet(['A pilot for the compilation team'], ['pil']);
    expect(marked(segments)).toEqual(['pilot']);
  });

  it('cuts about 120 characters around a match deep in a long text, with ellipses', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The quokka signed the order. ${'Sed do eiusmod tempor. '.repeat(20)}`;
    const segments = buildSnippet([long], ['quokka']);
    const shown = text(segments);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(170);
    expect(marked(segments)).toEqual(['quokka']);
    expect(shown).not.toMatch(/\s{2}|\n/);
  });

  it('uses the first field that matches, else the start of the first non-empty one', () => {
    expect(marked(buildSnippet(['', 'no hit here', 'the pilot'], ['pilot']))).toEqual(['pilot']);
    const fallback = buildSnippet(['', 'Objective text', 'body'], ['minh']);
    expect(fallback).toEqual([{ text: 'Objective text', match: false }]);
    expect(buildSnippet(['', '  '], ['x'])).toEqual([]);
  });

  it('maps matches back where folding changes lengths (Hangul, stray marks, emoji)', () => {
    const original = '회의록 q\u0303 😀 Xã giao với khách';
    const segments = buildSnippet([original], ['xa']);
    expect(marked(segments)).toEqual(['Xã']);
    expect(text(segments)).toBe(original);
  });

  it('collapses line breaks and Markdown spacing into single spaces', () => {
    const segments = buildSnippet(['## Notes\n\nThe pilot\n- starts   soon'], ['pilot']);
    expect(text(segments)).toBe('## Notes The pilot - starts soon');
  });
});
