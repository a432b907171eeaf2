import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../../shared/text/foldDiacritics';

describe('foldDiacritics', () => {
  it('folds Vietnamese diacritics and lower-cases', () => {
    expect(foldDiacritics('Xã giao')).toBe('xa giao');
    expect(foldDiacritics('ĐẶNG THỊ Hồng')).toBe('dang thi hong');
    expect(foldDiacritics('Nguyễn Thị Lan')).toBe('nguyen thi lan');
    expect(foldDiacritics('Thăm hỏi, giữ liên lạc')).toBe('tham hoi, giu lien lac');
  });

  it('turns both Đ and đ into d', () => {
    expect(foldDiacritics('Đ')).toBe('d');
    expect(foldDiacritics('đ')).toBe('d');
    expect(foldDiacritics('Công ty Đại Phát')).toBe('cong ty dai phat');
  });

  it('gives the same result for NFC and NFD input', () => {
    const nfc = 'Trưởng phòng mua hàng'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldDiacritics(nfd)).toBe(foldDiacritics(nfc));
    expect(foldDiacritics(nfd)).toBe('truong phong mua hang');
  });

  it('leaves plain English alone apart from case', () => {
    expect(foldDiacritics('Pilot Scoping')).toBe('pilot scoping');
    expect(foldDiacritics('café')).toBe('cafe');
  });
});
