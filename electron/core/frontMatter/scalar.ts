// How the app writes a single value (vault-format.md, "Values other tools read the same way"):
// plain when every common reader — YAML 1.2, YAML 1.1, js-yaml's default schema — reads it
// back as exactly the same string; double-quoted otherwise (`0901234567`, `yes`, `09:30`,
// `1e3`, `~`, a date in a free-text field, `a: b`, leading spaces …).
import { load } from 'js-yaml';
import { parse } from 'yaml';

// Characters YAML treats as line breaks or that editors hide: always quoted and escaped.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const NEEDS_ESCAPE = /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const FLOW_INDICATORS = /[,[\]{}]/;

export function needsQuotes(text: string, inFlow = false): boolean {
  if (text === '' || text.trim() !== text || NEEDS_ESCAPE.test(text)) return true;
  if (inFlow && FLOW_INDICATORS.test(text)) return true;
  return !readsBackAs(text);
}

function readsBackAs(text: string): boolean {
  try {
    return (
      parse(text, { version: '1.2', logLevel: 'silent' }) === text &&
      parse(text, { version: '1.1', logLevel: 'silent' }) === text &&
      load(text) === text
    );
  } catch {
    return false;
  }
}

/** A YAML double-quoted scalar (JSON's escapes are valid YAML; a few more line breaks added). */
export function quote(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f\u0085\u2028\u2029\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export type ScalarValue = string | number | boolean;

export function isScalarValue(value: unknown): value is ScalarValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** `bare`: the app's own enum and date fields, written as they are (`objective-met: no`). */
export function renderScalar(value: ScalarValue, options: { bare?: boolean; inFlow?: boolean } = {}): string {
  if (typeof value !== 'string') return String(value);
  if (options.bare === true && value !== '' && !NEEDS_ESCAPE.test(value)) return value;
  return needsQuotes(value, options.inFlow) ? quote(value) : value;
}
