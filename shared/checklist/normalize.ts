// The text forms the checklist rules look at. Every rule sees the same "match text": NFC,
// lower case, Vietnamese tone marks in one placement, words separated by single spaces and
// clause breaks (punctuation, dashes between words) turned into a `|` token, so that a phrase
// never matches across two clauses and "check-in" reads like "check in".
import { foldDiacritics } from '../text/foldDiacritics';

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// Old-style placement puts the tone on the second vowel of an open "oa", "oe", "uy" syllable
// ("hoà", "thoả", "thuỷ"); new style on the first ("hòa", "thỏa", "thủy"). Both are common in
// real text, so both are brought to the new style before matching. "quý" stays: there the `u`
// belongs to the consonant.
const OLD_STYLE_OA_OE = new RegExp(`([oO])([aAeE])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');
const OLD_STYLE_UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * How much of a text the rules read. An objective or a benefit is a sentence or two; some
 * patterns cost time proportional to the square of the text's length, so a pasted page must
 * not freeze the editor while the user types.
 */
export const MAX_RULE_TEXT = 1000;

/** The first MAX_RULE_TEXT characters of a text, cut at a space. */
export function forRules(text: string): string {
  if (text.length <= MAX_RULE_TEXT) return text;
  const cut = text.slice(0, MAX_RULE_TEXT);
  const space = cut.lastIndexOf(' ');
  return space > MAX_RULE_TEXT / 2 ? cut.slice(0, space) : cut;
}

/** NFC, trimmed, runs of white space collapsed to one space: the text as it is shown. */
export function normalizeDisplay(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Brings Vietnamese tone marks to the new-style placement ("hoà" → "hòa"); NFC out. */
export function normalizeTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_STYLE_OA_OE, '$1$3$2')
    .replace(OLD_STYLE_UY, '$1$3$2')
    .normalize('NFC');
}

/**
 * The match text described in the header: what every pattern of the rules runs against.
 * `keepCase` gives the same text with the user's capitals, for quoting a part of it back.
 */
export function toMatchText(text: string, keepCase = false): string {
  let s = normalizeTones(text);
  if (!keepCase) s = s.toLowerCase();
  s = s.replace(/[’‘`´ʼ]/gu, "'");
  // Thousands separators and decimal points keep a number one token ("1,000", "2.5").
  s = s.replace(/(?<=\p{N})[.,](?=\p{N})/gu, '');
  s = s.replace(/&/gu, ' and ');
  // A suffix joined by a hyphen stays part of its word: "catchup-free" is not a catch-up.
  s = s.replace(
    /(?<=[\p{L}\p{N}])[-‐‑](?=(?:free|less|proof|based|related|driven|friendly|oriented|style|type|wise|like)(?![\p{L}\p{N}]))/gu,
    '',
  );
  // A hyphen inside a word joins two words ("check-in", "20-seat"); elsewhere it is a break.
  s = s.replace(/(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu, ' ');
  s = s.replace(/[,;:.!?()[\]{}"“”«»…–—\-‐‑•·*\n\r\t]+/gu, ' | ');
  // Apostrophes only survive inside words ("it's", "haven't").
  s = s.replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ');
  s = s.replace(/[^\p{L}\p{N}'| ]+/gu, ' ');
  s = s.replace(/\s+/gu, ' ');
  s = s.replace(/\|(?: \|)+/gu, '|');
  return s
    .trim()
    .replace(/^(?:\| ?)+|(?: ?\|)+$/gu, '')
    .trim();
}

/** Folded words only (no clause breaks): for whole-text comparisons such as placeholders. */
export function toFoldedKey(text: string): string {
  return foldDiacritics(toMatchText(text)).replace(/\|/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** The words of a match text, without the clause-break tokens. */
export function wordsOf(matchText: string): string[] {
  return matchText.split(' ').filter((w) => w !== '' && w !== '|');
}

/** True when the text carries Vietnamese letters with marks (or đ): it is written in Vietnamese. */
export function hasVietnameseMarks(text: string): boolean {
  const lower = text.normalize('NFC').toLowerCase();
  for (const ch of lower) {
    if (ch === 'đ') return true;
    if (
      /\p{L}/u.test(ch) &&
      ch.charCodeAt(0) > 0x7f &&
      foldDiacritics(ch) !== ch &&
      /[a-z]/.test(foldDiacritics(ch))
    ) {
      return true;
    }
  }
  return false;
}
