// Rendering values as YAML text in a given indentation: a scalar or empty collection inline,
// lists and maps as block lines. Used for new keys, for rewritten lists (in the file's own
// indentation, measured by edit.ts) and for the front matter of new notes.
import { isRecord } from '../nfc';
import { isScalarValue, renderScalar } from './scalar';

/** Indentation relative to the parent key's column. */
export interface Layout {
  seqIndent: number;
  mapIndent: number;
}

export const DEFAULT_LAYOUT: Layout = { seqIndent: 2, mapIndent: 2 };

export type Rendered = { inline: string } | { lines: string[] };

export function renderValue(value: unknown, keyColumn: number, layout: Layout, bare = false): Rendered {
  if (isScalarValue(value)) return { inline: renderScalar(value, { bare }) };
  if (Array.isArray(value)) {
    if (value.length === 0) return { inline: '[]' };
    const dash = keyColumn + layout.seqIndent;
    return { lines: value.flatMap((item: unknown) => renderSeqItem(item, dash, layout)) };
  }
  if (isRecord(value)) {
    const entries = definedEntries(value);
    if (entries.length === 0) return { inline: '{}' };
    return { lines: renderMapEntries(entries, keyColumn + Math.max(1, layout.mapIndent), layout) };
  }
  return { inline: '' };
}

/** `key: value` or `key:` followed by block lines, at `column`. */
export function renderEntry(
  key: string,
  value: unknown,
  column: number,
  layout: Layout,
  bare = false,
): string[] {
  const head = ' '.repeat(column) + renderScalar(key);
  const rendered = renderValue(value, column, layout, bare);
  if ('inline' in rendered) return [rendered.inline === '' ? `${head}:` : `${head}: ${rendered.inline}`];
  return [`${head}:`, ...rendered.lines];
}

export function renderSeqItem(item: unknown, dashColumn: number, layout: Layout): string[] {
  const prefix = `${' '.repeat(dashColumn)}- `;
  if (Array.isArray(item)) return [prefix + renderFlow(item)];
  if (isRecord(item)) {
    const entries = definedEntries(item);
    if (entries.length === 0) return [`${prefix}{}`];
    const lines = renderMapEntries(entries, dashColumn + 2, layout);
    return [prefix + lines[0].trimStart(), ...lines.slice(1)];
  }
  return [prefix + renderInline(item)];
}

function renderMapEntries(entries: [string, unknown][], column: number, layout: Layout): string[] {
  return entries.flatMap(([key, value]) => renderEntry(key, value, column, layout));
}

/** Flow style (`[a, b]`, `{k: v}`), used where the file already wrote a list that way. */
export function renderFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item: unknown) => renderFlow(item)).join(', ')}]`;
  if (isRecord(value)) {
    const parts = definedEntries(value).map(
      ([key, item]) => `${renderScalar(key, { inFlow: true })}: ${renderFlow(item)}`,
    );
    return `{${parts.join(', ')}}`;
  }
  return isScalarValue(value) ? renderScalar(value, { inFlow: true }) : '""';
}

function renderInline(value: unknown): string {
  return isScalarValue(value) ? renderScalar(value) : renderFlow(value);
}

function definedEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
}
