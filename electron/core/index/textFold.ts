// Folding as the index uses it: exactly shared/text/foldDiacritics (so "xa giao" finds "xã giao"
// and "dang thi" finds "ĐẶNG THỊ"), with fast paths for ASCII and for Latin/Vietnamese text,
// the query's terms as the tokenizer cuts them, and a variant that keeps, for every folded
// character, where it came from in the original, so snippets can be cut from the text the
// user wrote even where folding changed lengths.
import { foldDiacritics } from '../../../shared/text/foldDiacritics';

// eslint-disable-next-line no-control-regex -- the ASCII range includes control characters on purpose
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

// Characters that fold to exactly one UTF-16 unit each (ASCII, Latin-1, Latin Extended-A/B,
// Latin Extended Additional with all of Vietnamese, general punctuation): a string made only
// of these keeps its positions when folded, and folds character by character through a table
// built from foldDiacritics itself (4× faster than NFD on Vietnamese text). A unit test checks
// every one of these characters.
// eslint-disable-next-line no-control-regex -- the range includes control characters on purpose
export const ONE_TO_ONE = /^[\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]*$/;

const TABLE_END = 0x2070;
const FOLD_TABLE = (() => {
  const table = new Uint16Array(TABLE_END);
  for (let code = 0; code < TABLE_END; code++) {
    const folded = foldDiacritics(String.fromCharCode(code));
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
  }
  return table;
})();

let scratch = new Uint16Array(4096);

/** foldDiacritics for a string that ONE_TO_ONE accepts. */
function foldOneToOne(text: string): string {
  const length = text.length;
  if (scratch.length < length) scratch = new Uint16Array(length * 2);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    scratch[i] = code < TABLE_END ? (FOLD_TABLE[code] as number) : code;
  }
  return Buffer.from(scratch.buffer, 0, length * 2).toString('utf16le');
}

/** Same result as foldDiacritics, faster on Latin and Vietnamese text. */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return ONE_TO_ONE.test(text) ? foldOneToOne(text) : foldDiacritics(text);
}

/** A token character, as the fts tokenizer (`categories 'L* N* Co M*'`) sees it. */
export const TOKEN_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;
/** Query terms split on private-use characters too: filter tokens start with one, and no
 *  query may reach them (filterTokens.ts). */
const NON_TOKEN_RUN = /[^\p{L}\p{N}\p{M}]+/u;

const MAX_TERMS = 16;

/** The folded, distinct terms of a query, as the tokenizer would cut them. */
export function queryTerms(query: string): string[] {
  const terms = foldText(query.normalize('NFC')).split(NON_TOKEN_RUN).filter(Boolean);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** An fts5 MATCH expression: every term must occur, each as a prefix ("term"*). */
export function matchExpression(terms: readonly string[]): string {
  // Terms hold only token characters, so none contains a double quote to escape.
  return terms.map((term) => `"${term}"*`).join(' ');
}

export interface FoldedText {
  folded: string;
  /** origin[i]: index in the original of folded[i]; origin[folded.length] = original length.
   *  Absent when folding kept every position (the common case). */
  origin?: Int32Array;
}

const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = charCache.get(ch);
  if (folded === undefined) {
    folded = foldDiacritics(ch);
    if (charCache.size < 10_000) charCache.set(ch, folded);
  }
  return folded;
}

export function foldWithOrigin(original: string): FoldedText {
  if (ASCII_ONLY.test(original)) return { folded: original.toLowerCase() };
  if (ONE_TO_ONE.test(original)) return { folded: foldOneToOne(original) };
  const parts: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of original) {
    const folded = ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldChar(ch);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(original.length);
  return { folded: parts.join(''), origin: Int32Array.from(origin) };
}
