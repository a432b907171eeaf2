// Typing of front matter read with the failsafe schema (every scalar a string): the app's zod
// schema says which strings are numbers or booleans, this module converts exactly those, and
// zod then checks the result. So `0901234567` in a text field stays text, and `duration: abc`
// becomes a reported problem instead of a silent NaN.
import type { z } from 'zod';
import { isRecord } from '../nfc';

const NUMBER = /^[-+]?\d+(\.\d+)?$/;
// YAML 1.2 core booleans; 1.1's yes/no/on/off are left as text (and then reported).
const TRUE = /^(true|True|TRUE)$/;
const FALSE = /^(false|False|FALSE)$/;

/** Converts a failsafe value (string, array, object, null) to what `schema` expects. */
export function fromFailsafe(schema: z.ZodType, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const def = schema.def as { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return fromFailsafe((schema as z.ZodOptional).unwrap() as z.ZodType, value);
    case 'number':
      return typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value.trim()) : value;
    case 'boolean':
      if (typeof value !== 'string') return value;
      return TRUE.test(value.trim()) ? true : FALSE.test(value.trim()) ? false : value;
    case 'array':
      return Array.isArray(value)
        ? value.map((item: unknown) => fromFailsafe((schema as z.ZodArray).element as z.ZodType, item))
        : value;
    case 'object': {
      if (!isRecord(value)) return value;
      const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const itemSchema = shape[key];
        const converted = itemSchema ? fromFailsafe(itemSchema, item) : item;
        if (converted !== undefined) out[key] = converted;
      }
      return out;
    }
    case 'record': {
      if (!isRecord(value)) return value;
      const valueType = (schema as z.ZodRecord).valueType as z.ZodType;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = fromFailsafe(valueType, item);
      return out;
    }
    default:
      return value;
  }
}

/** A plain-English reason for the first thing wrong with a value. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return where + issueMessage(issue);
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const expected: Record<string, string> = {
      number: 'expected a number',
      boolean: 'expected true or false',
      string: 'expected text',
      array: 'expected a list',
      object: 'expected keys and values',
    };
    return expected[issue.expected] ?? issue.message;
  }
  if (issue.code === 'invalid_value') return `expected one of: ${issue.values.map(String).join(', ')}`;
  return issue.message;
}
