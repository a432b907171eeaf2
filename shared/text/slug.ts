// Ids made from names (vault-format.md, "Ids and file names"): lower-case ASCII words joined
// by `-`, Vietnamese diacritics folded, at most 60 characters; a name that leaves nothing
// gives the fallback ("customer", "meeting"). Clashes (`-2`, `-3`) are the caller's business
// because only it knows what exists on disk.
import { foldDiacritics } from './foldDiacritics';

export const SLUG_MAX_LENGTH = 60;

export function slugify(name: string, fallback: string): string {
  const words = foldDiacritics(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = words.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
  return cut === '' ? fallback : cut;
}

/** The first of `base`, `base-2`, `base-3`, … that `taken` does not hold. */
export function uniqueSlug(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
