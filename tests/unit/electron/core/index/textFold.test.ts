// Folding for the index: the same result as shared foldDiacritics everywhere (the fast paths
// included), query terms as the tokenizer cuts them, and positions kept for snippets.
import { describe, expect, it } from 'vitest';
import {
  ONE_TO_ONE,
  foldText,
  foldWithOrigin,
  matchExpression,
  queryTerms,
} from '../../../../../electron/core/index/textFold';
import { foldDiacritics } from '../../../../../shared/text/foldDiacritics';

const ranges: [number, number][] = [
  [0x0000, 0x0250],
  [0x1e00, 0x1f00],
  [0x2000, 0x2070],
];

describe('foldText', () => {
  it('folds every character of the one-to-one ranges to exactly one unit, as foldDiacritics does', () => {
    let all = '';
    for (const [from, to] of ranges) {
      for (let code = from; code < to; code++) {
        const ch = String.fromCharCode(code);
        expect(foldDiacritics(ch)).toHaveLength(1);
        all += ch;
      }
    }
    expect(ONE_TO_ONE.test(all)).toBe(true);
    expect(foldText(all)).toBe(foldDiacritics(all));
  });

  it('gives foldDiacritics results on Vietnamese, English, NFD and other scripts', () => {
    const samples = [
      'Xã giao đầu năm với ĐẶNG THỊ Hồng',
      'Pilot scoping: 20 seats, budget approval',
      'Trưởng phòng mua hàng'.normalize('NFD'),
      'Ελληνικά ΣΟΦΟΣ, 한국어 회의, हिन्दी, 会议记录 😀',
      'İstanbul ﬁle ẞ ǅ',
    ];
    for (const text of samples) expect(foldText(text)).toBe(foldDiacritics(text));
  });
});

describe('queryTerms', () => {
  it('folds, splits on punctuation and drops duplicates', () => {
    expect(queryTerms('  Xã   GIAO, xa-giao! ')).toEqual(['xa', 'giao']);
    expect(queryTerms('ĐẶNG THỊ')).toEqual(['dang', 'thi']);
    expect(queryTerms('PO-4711')).toEqual(['po', '4711']);
  });

  it('gives nothing for a query without letters or digits', () => {
    expect(queryTerms('  ?!… ')).toEqual([]);
  });

  it('never lets a private-use character through (filter tokens start with one)', () => {
    expect(queryTerms('\uE000sdone')).toEqual(['sdone']);
  });

  it('makes every term a quoted prefix', () => {
    expect(matchExpression(['pil', 'and'])).toBe('"pil"* "and"*');
  });
});

describe('foldWithOrigin', () => {
  it('keeps positions without a map where folding keeps lengths', () => {
    const result = foldWithOrigin('Xã giao');
    expect(result.folded).toBe('xa giao');
    expect(result.origin).toBeUndefined();
  });

  it('maps every folded character back where folding changes lengths', () => {
    // Hangul decomposes into several jamo; a stray combining mark disappears.
    const original = '회의 q\u0303 xã';
    const { folded, origin } = foldWithOrigin(original);
    expect(folded).toBe(foldDiacritics(original));
    expect(origin).toBeDefined();
    const at = folded.indexOf('xa');
    expect(original.slice(origin?.[at], origin?.[at + 2])).toBe('xã');
  });
});
