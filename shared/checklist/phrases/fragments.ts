// Small building blocks for the phrase patterns of phrases/en.ts and phrases/vi.ts.

/**
 * One word of the match text. The match text holds only letters, digits, apostrophes, single
 * spaces and `|` (normalize.ts), so "not a space or `|`" is a word character: a tiny class,
 * where `[\p{L}\p{N}]` would make the compiled expressions many times larger and slower.
 */
export const WORD = '[^ |]+';

/** Up to `n` arbitrary words, each followed by a space. */
export function gap(n: number): string {
  return `(?:${WORD} ){0,${n}}`;
}

/** Alternatives as one group. */
export function oneOf(...parts: string[]): string {
  return `(?:${parts.join('|')})`;
}
