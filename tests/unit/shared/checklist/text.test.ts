// The text the rules match against (normalize.ts) and the accent-tolerant, whole-word matching
// of phrase lists (matcher.ts).
import { describe, expect, it } from 'vitest';
import {
  accentTolerant,
  compileBuiltIn,
  compileUserPhrases,
  findAll,
  findFirst,
} from '../../../../shared/checklist/matcher';
import {
  forRules,
  hasVietnameseMarks,
  MAX_RULE_TEXT,
  normalizeDisplay,
  normalizeTones,
  toFoldedKey,
  toMatchText,
} from '../../../../shared/checklist/normalize';

describe('match text', () => {
  it('lower-cases, joins hyphenated words and turns punctuation into clause breaks', () => {
    expect(toMatchText('Check-in, then: AGREE on the 20-seat pilot!')).toBe(
      'check in | then | agree on the 20 seat pilot',
    );
    expect(toMatchText('Courtesy call — no agenda')).toBe('courtesy call | no agenda');
    expect(toMatchText('n/a')).toBe('n a');
    expect(toMatchText('...')).toBe('');
    expect(toMatchText('catchup-free, paper-based')).toBe('catchupfree | paperbased');
  });

  it('keeps numbers whole and apostrophes inside words', () => {
    expect(toMatchText('Order 1,000 units (2.5 tonnes)')).toBe('order 1000 units | 25 tonnes');
    expect(toMatchText('It’s been a month; haven’t met')).toBe("it's been a month | haven't met");
    expect(toMatchText("'quoted' words")).toBe('quoted words');
  });

  it('gives the same text for NFC and NFD, and for old- and new-style tone marks', () => {
    const nfc = 'Thỏa thuận giá, hòa giải, thủy lực';
    expect(toMatchText(nfc.normalize('NFD'))).toBe(toMatchText(nfc));
    expect(toMatchText('Thoả thuận giá, hoà giải, thuỷ lực')).toBe(toMatchText(nfc));
    expect(normalizeTones('quý khách')).toBe('quý khách');
    expect(normalizeTones('hoàn thành')).toBe('hoàn thành');
  });

  it("keeps the user's capitals when asked", () => {
    expect(toMatchText('Discuss Q3 Pricing', true)).toBe('Discuss Q3 Pricing');
  });

  it('folds for whole-text comparisons', () => {
    expect(toFoldedKey('  Không có. ')).toBe('khong co');
    expect(toFoldedKey('N/A')).toBe('n a');
    expect(normalizeDisplay('  a \n b  ')).toBe('a b');
  });

  it('reads at most the first thousand characters, cut at a space', () => {
    const long = 'word '.repeat(400);
    expect(forRules(long).length).toBeLessThanOrEqual(MAX_RULE_TEXT);
    expect(forRules(long).endsWith('word')).toBe(true);
    expect(forRules('short text')).toBe('short text');
  });

  it('tells Vietnamese writing by its marks', () => {
    expect(hasVietnameseMarks('Chốt đơn')).toBe(true);
    expect(hasVietnameseMarks('Đ')).toBe(true);
    expect(hasVietnameseMarks('Chot don')).toBe(false);
    expect(hasVietnameseMarks('Sign the contract')).toBe(false);
  });
});

describe('phrase matching', () => {
  const sign = compileBuiltIn(['ký'], '');
  const courtesy = compileBuiltIn(['xã giao'], '');

  it('lets a marked letter of a pattern match the bare letter', () => {
    expect(findFirst(toMatchText('xa giao'), courtesy)?.text).toBe('xa giao');
    expect(findFirst(toMatchText('Xã giao'), courtesy)?.text).toBe('xã giao');
    expect(findFirst(toMatchText('ky hop dong'), sign)?.text).toBe('ky');
  });

  it('does not let a differently marked letter match', () => {
    expect(findFirst(toMatchText('định kỳ'), sign)).toBeUndefined();
    expect(findFirst(toMatchText('kỹ thuật'), sign)).toBeUndefined();
    expect(findFirst(toMatchText('xả giao'), courtesy)).toBeUndefined();
  });

  it('matches whole words only', () => {
    const checkIn = compileBuiltIn(['check ?in']);
    expect(findFirst(toMatchText('checkout'), checkIn)).toBeUndefined();
    expect(findFirst(toMatchText('checking'), checkIn)).toBeUndefined();
    expect(findFirst(toMatchText('a check-in'), checkIn)?.text).toBe('check in');
    expect(findFirst(toMatchText("i'm in"), compileBuiltIn(['i']))?.text).toBe('i');
  });

  it('keeps escapes and classes of pattern sources intact', () => {
    expect(accentTolerant(String.raw`\d+ [ăâ]`)).toBe(String.raw`\d+ [ăaâa]`);
    expect(accentTolerant('đ')).toBe('[đd]');
  });

  it('matches user phrases folded: bare letters also match marked ones', () => {
    const user = compileUserPhrases(['di tuyen', 42, '']);
    expect(findFirst(toMatchText('Đi tuyến Bình Dương'), user)?.text).toBe('đi tuyến');
    expect(compileUserPhrases([])).toBeUndefined();
    expect(compileUserPhrases(['...'])).toBeUndefined();
  });

  it('escapes what a user types', () => {
    const user = compileUserPhrases(['c++ (visit)']);
    expect(findFirst(toMatchText('A C++ visit today'), user)).toBeUndefined();
    expect(() => compileUserPhrases(['[', '(', '\\'])).not.toThrow();
  });

  it('finds every match in order', () => {
    const hits = findAll('b a b', compileBuiltIn(['a']), compileBuiltIn(['b']));
    expect(hits.map((h) => [h.index, h.text])).toEqual([
      [0, 'b'],
      [2, 'a'],
      [4, 'b'],
    ]);
  });
});
