// Comparing front-matter fields the way a save needs: deep equality that ignores key order
// and absent-vs-undefined, and the partial patch of contract.md (a key set to null is removed
// from the file, keys not named are untouched).
export type FieldMap = Record<string, unknown>;
export type Patch<F> = { [K in keyof F]?: F[K] | null };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** The keys among `keys` whose value differs between `from` and `to`. */
export function changedKeys<F extends FieldMap>(
  from: Partial<F>,
  to: Partial<F>,
  keys: readonly (keyof F & string)[],
): (keyof F & string)[] {
  return keys.filter((key) => !sameValue(from[key], to[key]));
}

/** What turns `from` into `to` for the given keys: changed values, null for removed ones. */
export function diffFields<F extends FieldMap>(
  from: Partial<F>,
  to: Partial<F>,
  keys: readonly (keyof F & string)[],
): Patch<F> {
  const patch: Patch<F> = {};
  for (const key of changedKeys(from, to, keys)) {
    const value = to[key];
    patch[key] = value === undefined ? null : (value as F[typeof key]);
  }
  return patch;
}
