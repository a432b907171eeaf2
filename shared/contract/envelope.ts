// The result envelope of contract.md: `{ok: true, value}` or `{ok: false, error}`.
import type { ApiErrorBody } from './errors';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(error: ApiErrorBody): Envelope<never> {
  return { ok: false, error };
}
