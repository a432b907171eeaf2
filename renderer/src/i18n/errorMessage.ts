// What the user reads when a call fails: a translated sentence chosen by the error's code and
// details (contract.md: `message` is English for logs, never shown as the explanation).
import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/contract';

interface PathDetails {
  path?: unknown;
  reason?: unknown;
}
interface IssueDetails {
  issues?: { path?: unknown; message?: unknown }[];
}

const FIELD_KEYS = [
  'name',
  'kind',
  'industry',
  'location',
  'tags',
  'contacts',
  'title',
  'date',
  'time',
  'duration',
  'objective',
  'benefit',
  'fallback',
  'path',
] as const;
type FieldKey = (typeof FIELD_KEYS)[number];

function isFieldKey(value: string): value is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(value);
}

/** A field path from zod (`fields.time`, `contacts.0.email`) as a label the user knows. */
export function fieldLabel(t: TFunction, path: string): string {
  const parts = path.split('.').filter((part) => part !== 'fields' && !/^\d+$/.test(part));
  const known = parts.find(isFieldKey);
  return known ? t(`fields.${known}`) : path;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.UNKNOWN');
  const details = (error.details ?? {}) as PathDetails & IssueDetails & { id?: unknown };
  switch (error.code) {
    case 'INVALID_INPUT': {
      const fields = (details.issues ?? []).map((issue) => fieldLabel(t, text(issue.path))).filter(Boolean);
      const unique = [...new Set(fields)];
      return unique.length > 0
        ? t('errors.INVALID_INPUT_fields', { fields: unique.join(', ') })
        : t('errors.INVALID_INPUT');
    }
    case 'UNREADABLE_FILE':
    case 'IO_ERROR': {
      const path = text(details.path);
      const reason = text(details.reason);
      if (!path) return t(`errors.${error.code}`, { reason });
      return t(`errors.${error.code}_path`, { path, reason });
    }
    case 'FORBIDDEN_PATH':
      return t('errors.FORBIDDEN_PATH', { id: text(details.id) });
    default:
      return t(`errors.${error.code}`);
  }
}
