// Markdown (CommonMark with GFM tables): the user's text is escaped so a title like
// "Q1 *plan* <draft>" prints as written; the user's own Markdown sections are kept as they are.
import type { AgendaBlock, Block, DocSection, ExportDocument, FieldRow } from './document';
import { FILL_LINE } from './labels';

export function renderMarkdown(doc: ExportDocument): string {
  return `${doc.sections.map(sectionMarkdown).join('\n\n')}\n`;
}

function sectionMarkdown(section: DocSection): string {
  // An inline anchor inside the heading: a block-level `<a>` line would swallow the heading
  // into an HTML block.
  const anchor = section.anchor === undefined ? '' : `<a id="${section.anchor}"></a>`;
  const heading = `${'#'.repeat(section.level)} ${anchor}${escapeInline(section.heading)}`;
  const blocks = section.blocks.map(blockMarkdown).filter((text) => text !== '');
  return [heading, ...blocks].join('\n\n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.tone === 'notice' ? `**${escapeText(block.text)}**` : escapeText(block.text);
    case 'fields':
      return fieldsMarkdown(block.rows);
    case 'list':
      return block.items.map((item) => `- ${escapeInline(item)}`).join('\n');
    case 'agenda':
      return agendaMarkdown(block);
    case 'tasks':
      return block.items.map((task) => `- [${task.done ? 'x' : ' '}] ${escapeInline(task.text)}`).join('\n');
    case 'fill':
      // A line of underscores alone is a thematic break: rendered, it is still a line to write on.
      return Array.from({ length: block.lines }, () => FILL_LINE).join('\n\n');
    case 'markdown':
      return block.source.trim();
    case 'toc':
      return block.entries
        .map((entry, index) => `${index + 1}. [${escapeInline(entry.text)}](#${entry.anchor})`)
        .join('\n');
  }
}

function fieldsMarkdown(rows: readonly FieldRow[]): string {
  return rows
    .map((row) => {
      const label = `- **${escapeInline(row.label)}:**`;
      if (typeof row.value === 'string') return `${label} ${escapeInline(row.value)}`;
      return [label, ...row.value.map((value) => `  - ${escapeInline(value)}`)].join('\n');
    })
    .join('\n');
}

function agendaMarkdown(block: AgendaBlock): string {
  const withClock = block.rows.some((row) => row.clock !== undefined);
  const cells = (time: string, item: string, minutes: string): string =>
    withClock ? `| ${time} | ${item} | ${minutes} |` : `| ${item} | ${minutes} |`;
  return [
    cells(escapeCell(block.head.time), escapeCell(block.head.item), escapeCell(block.head.minutes)),
    withClock ? '| --- | --- | ---: |' : '| --- | ---: |',
    ...block.rows.map((row) => cells(row.clock ?? '', escapeCell(row.title), String(row.minutes))),
    cells('', `**${escapeCell(block.totalLabel)}**`, `**${block.totalMinutes}**`),
  ].join('\n');
}

/** Escapes what CommonMark would read as markup, keeping line breaks (a paragraph). */
function escapeText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeLineStart(escapeCharacters(line.trim())))
    .join('\n');
}

/** Escapes for a single line (headings, list items): line breaks become spaces. */
function escapeInline(text: string): string {
  return escapeLineStart(escapeCharacters(text.replace(/\s*\r?\n\s*/g, ' ').trim()));
}

function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}

function escapeCharacters(text: string): string {
  return text.replace(/[\\`*_[\]<>~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/** A line that would start a heading, quote, list or break keeps its first character literal. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
