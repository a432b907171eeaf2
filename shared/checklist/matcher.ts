// Turning phrase lists into regular expressions over the match text (normalize.ts).
//
// Built-in patterns are written with full Vietnamese diacritics and matched "accent-tolerant":
// a marked letter in a pattern matches itself or its bare letter, so "xa giao" typed without
// marks matches "xã giao", while a marked letter in the text must be the very letter of the
// pattern. That keeps apart words that fold to the same letters: "ký" (sign) is not "kỳ"
// (period, as in "định kỳ") nor "kỹ" (as in "kỹ thuật"); "thăm" (visit) is not "tham" (as in
// "tham gia", "tham khảo"). Phrases a user adds in notebook.json are matched fully folded,
// as the notebook format promises: their bare letters also match marked ones.
//
// Every pattern is matched on whole words: it may not start or end inside a word. The match
// text holds only letters, digits, apostrophes, single spaces and `|` (normalize.ts), so a word
// boundary is a space, a `|` or an end; an apostrophe also ends a word ("i" in "i'm").
// These small classes keep the compiled expressions small: `\p{L}` classes made the first
// review take about a second while V8 compiled them.
import { foldDiacritics } from '../text/foldDiacritics';
import { normalizeTones, toMatchText } from './normalize';

const BEFORE = String.raw`(?<![^ |])`;
const AFTER = String.raw`(?![^ |'])`;

// Every marked Vietnamese letter of each bare letter, for the folded matching of user phrases.
const VARIANTS: Readonly<Record<string, string>> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};

function isMarked(ch: string): boolean {
  return /\p{L}/u.test(ch) && foldDiacritics(ch) !== ch.toLowerCase() && foldDiacritics(ch).length === 1;
}

/**
 * Rewrites a pattern source so that each marked letter also matches its bare letter. Inside a
 * character class the bare letter is added to the class; elsewhere the letter becomes a class.
 */
export function accentTolerant(source: string): string {
  // Not lower-cased: the sources are written in lower case, and `\p{L}` must keep its case.
  const src = normalizeTones(source);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? '';
    if (ch === '\\') {
      out += ch + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass && ch === ']') inClass = false;
    else if (!inClass && ch === '[') inClass = true;
    if (isMarked(ch)) {
      const bare = foldDiacritics(ch);
      out += inClass ? ch + bare : `[${ch}${bare}]`;
    } else {
      out += ch;
    }
  }
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A user's phrase as a folded pattern source: each bare vowel (and d) matches its marked forms. */
function foldedPhraseSource(phrase: string): string {
  const folded = foldDiacritics(toMatchText(phrase));
  let out = '';
  for (const ch of folded) {
    const variants = VARIANTS[ch];
    out += variants ? `[${variants}]` : escapeRegex(ch);
  }
  return out;
}

/** One regular expression for a list of sources, each matched on whole words. */
function compileSources(sources: readonly string[], guard = ''): RegExp | undefined {
  const parts = sources.filter((s) => s.trim() !== '');
  if (parts.length === 0) return undefined;
  return new RegExp(`${BEFORE}${guard}(?:${parts.map((s) => `(?:${s})`).join('|')})${AFTER}`, 'g');
}

/** Compiles built-in pattern sources, accent-tolerant. */
export function compileBuiltIn(sources: readonly string[], guard = ''): RegExp | undefined {
  return compileSources(
    sources.map((s) => accentTolerant(s)),
    accentTolerant(guard),
  );
}

/** Compiles a user's plain phrases, folded. */
export function compileUserPhrases(phrases: readonly unknown[], guard = ''): RegExp | undefined {
  const sources = phrases
    .filter((p): p is string => typeof p === 'string')
    .map((p) => foldedPhraseSource(p))
    .filter((s) => s !== '' && s !== '\\|');
  return compileSources(sources, accentTolerant(guard));
}

export interface Hit {
  index: number;
  end: number;
  text: string;
}

/** Every match of the given expressions in the text, in order of position. */
export function findAll(text: string, ...patterns: (RegExp | undefined)[]): Hit[] {
  const hits: Hit[] = [];
  for (const re of patterns) {
    if (!re) continue;
    for (const m of text.matchAll(re)) hits.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits.sort((a, b) => a.index - b.index || b.end - a.end);
}

/** The first match of the given expressions, by position. */
export function findFirst(text: string, ...patterns: (RegExp | undefined)[]): Hit | undefined {
  return findAll(text, ...patterns)[0];
}
