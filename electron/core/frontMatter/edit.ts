// Editing front matter in place (vault-format.md, "Round trip"): each changed key's value is
// spliced into its own source range, found with the `yaml` package's node ranges; every other
// byte — other keys, their order, comments, spacing, line endings — stays as it was. A new key
// is appended as new lines; a removed key loses exactly its own lines. Lists are rewritten in
// the indentation the file already uses, and unchanged items keep their original text.
import { type Node as YamlNode, type Pair, type YAMLSeq, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import { deepNfc, sameValue } from '../nfc';
import { fromFailsafe } from './coerce';
import { DEFAULT_LAYOUT, type Layout, renderEntry, renderFlow, renderSeqItem, renderValue } from './render';
import { isScalarValue } from './scalar';
import { type Eol, FrontMatterError } from './split';

export interface FieldEdit {
  /** The key as written on disk (kebab-case). */
  key: string;
  /** The new value; null removes the key. */
  value: unknown;
  /** Write the scalar without quotes (the app's enum and date fields). */
  bare?: boolean;
  /** The field's schema, to recognise unchanged list items (they keep their text). */
  schema?: z.ZodType;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

type Range = [number, number, number];

export function editFrontMatter(source: string, edits: FieldEdit[], eol: Eol): string {
  if (edits.length === 0) return source;
  const doc = parseDocument(source, { schema: 'failsafe', uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) {
    throw new FrontMatterError(`The front matter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (root !== null && !(isMap(root) && !root.flow)) {
    throw new FrontMatterError('The front matter is not a block of keys and values the app can edit');
  }
  const pairs = root ? (root.items as Pair<YamlNode, YamlNode | null>[]) : [];
  const rootColumn = pairs.length > 0 ? columnOf(source, rangeOf(pairs[0].key)[0]) : 0;
  const layout = detectLayout(source, pairs);
  const ctx: EditContext = { source, eol, layout };

  const splices: Splice[] = [];
  const appended: string[] = [];
  for (const edit of edits) {
    const pair = pairs.find((p) => isScalar(p.key) && String(p.key.value) === edit.key);
    if (pair) splices.push(...planPair(ctx, pair, edit));
    else if (edit.value !== null && edit.value !== undefined) {
      appended.push(...renderEntry(edit.key, edit.value, rootColumn, layout, edit.bare));
    }
  }

  // Right to left so earlier offsets stay valid; at one offset, a removal goes before an
  // insertion so that it never removes the inserted text.
  splices.sort((a, b) => b.start - a.start || b.end - b.start - (a.end - a.start));
  let text = source;
  for (const splice of splices) text = text.slice(0, splice.start) + splice.text + text.slice(splice.end);
  if (appended.length > 0) {
    if (text !== '' && !text.endsWith('\n')) text += eol;
    text += appended.map((line) => line + eol).join('');
  }
  return text;
}

interface EditContext {
  source: string;
  eol: Eol;
  layout: Layout;
}

function planPair(ctx: EditContext, pair: Pair<YamlNode, YamlNode | null>, edit: FieldEdit): Splice[] {
  const { source, eol } = ctx;
  const keyRange = rangeOf(pair.key);
  const keyColumn = columnOf(source, keyRange[0]);
  const colonEnd = colonAfter(source, keyRange[1]);
  const node = pair.value;
  const range = node ? rangeOf(node) : undefined;
  const isEmpty = !node || !range || range[0] === range[1];
  const isBlockCollection = !isEmpty && (isMap(node) || isSeq(node)) && !node.flow;
  const isBlockScalar =
    !isEmpty && isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  const valueEnd = range ? range[1] : colonEnd;

  if (edit.value === null || edit.value === undefined) {
    const end = isBlockCollection || isBlockScalar ? blockEnd(source, valueEnd) : lineEnd(source, valueEnd);
    return [{ start: lineStart(source, keyRange[0]), end, text: '' }];
  }

  const layout = ownLayout(source, node, keyColumn, ctx.layout);
  const keepFlow = !isEmpty && (isSeq(node) || isMap(node)) && node.flow === true && node.items.length > 0;
  const rendered =
    keepFlow && isFlat(edit.value)
      ? { inline: renderFlow(edit.value) }
      : renderValue(edit.value, keyColumn, layout, edit.bare);

  if ('inline' in rendered) {
    if (isEmpty) return [{ start: colonEnd, end: colonEnd, text: ` ${rendered.inline}` }];
    if (isBlockCollection) {
      return [
        { start: colonEnd, end: colonEnd, text: ` ${rendered.inline}` },
        { start: lineStart(source, range[0]), end: blockEnd(source, valueEnd), text: '' },
      ];
    }
    if (isBlockScalar)
      return [{ start: colonEnd, end: blockEnd(source, valueEnd), text: ` ${rendered.inline}${eol}` }];
    return [{ start: range[0], end: range[1], text: rendered.inline }];
  }

  if (isBlockCollection) {
    const block =
      (isSeq(node) && Array.isArray(edit.value) && reuseItems(ctx, node, edit, layout, keyColumn)) ||
      joinLines(rendered.lines, eol);
    return [{ start: lineStart(source, range[0]), end: blockEnd(source, valueEnd), text: block }];
  }
  if (isBlockScalar) {
    return [{ start: colonEnd, end: blockEnd(source, valueEnd), text: eol + joinLines(rendered.lines, eol) }];
  }
  // An inline value (or none) becomes a block: the key line keeps its comment.
  const insertAt = lineEnd(source, valueEnd);
  const lead = insertAt === source.length && !source.endsWith('\n') ? eol : '';
  const splices: Splice[] = [{ start: insertAt, end: insertAt, text: lead + joinLines(rendered.lines, eol) }];
  if (!isEmpty) splices.push({ start: colonEnd, end: range[1], text: '' });
  return splices;
}

/**
 * A changed list in its old place and indentation: items equal to an old item (by the field's
 * typed value) are copied with their original text, comments and unknown keys included.
 */
function reuseItems(
  ctx: EditContext,
  seq: YAMLSeq,
  edit: FieldEdit,
  layout: Layout,
  keyColumn: number,
): string | undefined {
  const { source, eol } = ctx;
  const element =
    (edit.schema?.def as { type?: string } | undefined)?.type === 'array'
      ? (edit.schema as z.ZodArray).element
      : undefined;
  const dashColumn = keyColumn + layout.seqIndent;
  const old = (seq.items as YamlNode[]).map((item) =>
    oldItem(source, item, element as z.ZodType | undefined, dashColumn),
  );
  const used = new Set<number>();
  const parts = (edit.value as unknown[]).map((value) => {
    const index = old.findIndex((o, i) => !used.has(i) && o !== undefined && sameValue(o.typed, value));
    if (index === -1) return joinLines(renderSeqItem(value, dashColumn, layout), eol);
    used.add(index);
    return old[index]?.text ?? '';
  });
  return parts.join('');
}

function oldItem(source: string, item: YamlNode, element: z.ZodType | undefined, dashColumn: number) {
  if (!element || !item.range) return undefined;
  const start = lineStart(source, item.range[0]);
  const prefix = source.slice(start, item.range[0]);
  if (!/^ *- +$/.test(prefix) || prefix.indexOf('-') !== dashColumn) return undefined;
  const parsed = element.safeParse(fromFailsafe(element, item.toJSON()));
  if (!parsed.success) return undefined;
  return { typed: deepNfc(parsed.data), text: source.slice(start, blockEnd(source, item.range[1])) };
}

/** Indentation the file already uses for lists and maps under a top-level key. */
function detectLayout(source: string, pairs: Pair<YamlNode, YamlNode | null>[]): Layout {
  const layout = { ...DEFAULT_LAYOUT };
  let seqFound = false;
  let mapFound = false;
  for (const pair of pairs) {
    const node = pair.value;
    if (!node?.range || !(isSeq(node) || isMap(node)) || node.flow || node.items.length === 0) continue;
    const indent = columnOf(source, node.range[0]) - columnOf(source, rangeOf(pair.key)[0]);
    if (isSeq(node) && !seqFound && indent >= 0) [layout.seqIndent, seqFound] = [indent, true];
    if (isMap(node) && !mapFound && indent > 0) [layout.mapIndent, mapFound] = [indent, true];
  }
  return layout;
}

function ownLayout(source: string, node: YamlNode | null, keyColumn: number, layout: Layout): Layout {
  if (!node?.range || !(isSeq(node) || isMap(node)) || node.flow || node.items.length === 0) return layout;
  const indent = columnOf(source, node.range[0]) - keyColumn;
  if (isSeq(node) && indent >= 0) return { ...layout, seqIndent: indent };
  if (isMap(node) && indent > 0) return { ...layout, mapIndent: indent };
  return layout;
}

/** A list or map of plain values, which can stay in flow style (`tags: [a, b]`). */
function isFlat(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isScalarValue);
  return value !== null && typeof value === 'object' && Object.values(value).every(isScalarValue);
}

function rangeOf(node: unknown): Range {
  const range = (node as { range?: Range | null } | null)?.range;
  if (!range) throw new FrontMatterError('The front matter has a key the app cannot locate');
  return range;
}

function colonAfter(source: string, keyEnd: number): number {
  let i = keyEnd;
  while (source[i] === ' ' || source[i] === '\t') i++;
  if (source[i] !== ':') throw new FrontMatterError('The front matter has a key the app cannot edit');
  return i + 1;
}

function lineStart(source: string, pos: number): number {
  return source.lastIndexOf('\n', pos - 1) + 1;
}

function lineEnd(source: string, pos: number): number {
  const newline = source.indexOf('\n', pos);
  return newline === -1 ? source.length : newline + 1;
}

/** The end of a value that ends with its own line break (block values), else of its line. */
function blockEnd(source: string, end: number): number {
  return end > 0 && source[end - 1] === '\n' ? end : lineEnd(source, end);
}

function columnOf(source: string, pos: number): number {
  return pos - lineStart(source, pos);
}

function joinLines(lines: string[], eol: Eol): string {
  return lines.map((line) => line + eol).join('');
}
