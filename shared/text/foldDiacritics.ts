// Diacritic folding for search and slugs, exactly as architecture.md specifies: lower-case
// first (so that `Đ` becomes `đ`; it has no decomposition), then NFD, strip the combining
// marks U+0300–U+036F, then `đ` → `d`. The same function runs before indexing and before
// querying, so "xa giao" finds "xã giao" and "dang thi" finds "ĐẶNG THỊ".

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldDiacritics(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}
