// A front-matter value as one readable line or a few lines, for comparing two versions.
export function formatFieldValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.map(formatFieldValue).filter(Boolean).join('\n');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => (typeof item === 'boolean' ? (item ? key : '') : formatFieldValue(item)))
      .filter(Boolean)
      .join(' · ');
  }
  return String(value);
}
