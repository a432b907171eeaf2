// Snippets for search results: about 120 characters of the text the user wrote (NFC), around
// the first place a query term matches, cut into segments `{text, match}` (never HTML). Matches
// are found in the folded text and mapped back, so "xa giao" marks "xã giao" in the original.
// A match is a token that starts with a term (the query is a prefix search) and is marked
// whole: "pil" marks "pilot".
import { TOKEN_CHAR, foldWithOrigin } from './textFold';

/** A piece of a snippet (SnippetSegment of the contract). */
export type Segment = { text: string; match: boolean };
type Range = [start: number, end: number];

const WINDOW = 120;
const LEAD = 30;
const SPACE = /\s/;

function isTokenChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && TOKEN_CHAR.test(text[at] as string);
}

/** The next token at or after `from` that starts with `term`, extended to the token's end. */
function nextMatch(folded: string, term: string, from: number): Range | undefined {
  for (let at = folded.indexOf(term, from); at >= 0; at = folded.indexOf(term, at + 1)) {
    if (isTokenChar(folded, at - 1)) continue;
    let end = at + term.length;
    while (isTokenChar(folded, end)) end++;
    return [at, end];
  }
  return undefined;
}

function firstMatch(folded: string, terms: readonly string[]): Range | undefined {
  let first: Range | undefined;
  for (const term of terms) {
    const found = nextMatch(folded, term, 0);
    if (found && (!first || found[0] < first[0])) first = found;
  }
  return first;
}

/** Every match starting inside [from, to), merged where they overlap. */
function matchesIn(folded: string, terms: readonly string[], from: number, to: number): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    for (
      let found = nextMatch(folded, term, from);
      found && found[0] < to;
      found = nextMatch(folded, term, found[1])
    ) {
      ranges.push(found);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Forwards from `at` to the start of a word, never past `limit`. */
function wordStart(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && !SPACE.test(text[i - 1] ?? ' ')) i++;
  return i;
}

/** Backwards from `at` (up to 20 characters) to the end of a word, never before `limit`. */
function wordEnd(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i > Math.max(limit, at - 20); i--) if (SPACE.test(text[i] ?? '')) return i;
  return Math.max(at, limit);
}

function push(segments: Segment[], text: string, match: boolean): void {
  const clean = text.replace(/\s+/g, ' ');
  if (!clean) return;
  const last = segments[segments.length - 1];
  if (last && last.match === match) last.text += clean;
  else segments.push({ text: clean, match });
}

/**
 * Cuts the window around `first` (folded coordinates; whitespace folds to itself, so word
 * boundaries are the same in both texts) and maps every boundary back to the original.
 */
function cut(
  original: string,
  folded: string,
  origin: Int32Array | undefined,
  first: Range,
  terms: readonly string[],
): Segment[] {
  const at = (i: number): number => {
    const index = origin ? (origin[i] ?? original.length) : i;
    // Never split a surrogate pair.
    const code = original.charCodeAt(index);
    return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
  };
  const start = first[0] <= LEAD ? 0 : wordStart(folded, first[0] - LEAD, first[0]);
  const end = wordEnd(folded, Math.max(first[1], start + WINDOW), first[1]);
  const segments: Segment[] = [];
  if (start > 0) push(segments, '…', false);
  let pos = start;
  for (const [from, to] of terms.length > 0 ? matchesIn(folded, terms, start, end) : []) {
    const stop = Math.min(to, end);
    if (from > pos) push(segments, original.slice(at(pos), at(from)), false);
    push(segments, original.slice(at(Math.max(from, pos)), at(stop)), true);
    pos = stop;
  }
  if (end > pos) push(segments, original.slice(at(pos), at(end)), false);
  if (end < folded.length) push(segments, '…', false);
  const head = segments[0];
  if (head && !head.match) head.text = head.text.trimStart();
  const tail = segments[segments.length - 1];
  if (tail && !tail.match) tail.text = tail.text.trimEnd();
  return segments.filter((segment) => segment.text.length > 0);
}

/**
 * The snippet of the first field (in the order given) where a term matches; without any match
 * (a note found by its customer's name, say), the start of the first non-empty field, unmarked.
 */
export function buildSnippet(fields: readonly string[], terms: readonly string[]): Segment[] {
  for (const original of fields) {
    if (!original) continue;
    const { folded, origin } = foldWithOrigin(original);
    const first = firstMatch(folded, terms);
    if (first) return cut(original, folded, origin, first, terms);
  }
  const firstText = fields.find((field) => field.trim().length > 0);
  if (!firstText) return [];
  const { folded, origin } = foldWithOrigin(firstText);
  return cut(firstText, folded, origin, [0, 0], []);
}
