// Plain text for e-mail and chat: headings underlined, fields aligned, nothing that needs a
// Markdown reader. The user's own Markdown (preparation, notes) is already readable as text
// and is printed as written.
import type { AgendaBlock, Block, DocSection, ExportDocument, FieldRow } from './document';
import { FILL_LINE } from './labels';

export function renderText(doc: ExportDocument): string {
  const parts = doc.sections.map(sectionText);
  return `${parts.join('\n\n')}\n`;
}

function sectionText(section: DocSection): string {
  const heading = headingText(section);
  const blocks = section.blocks.map(blockText).filter((text) => text !== '');
  return [heading, ...blocks].join('\n\n');
}

function headingText(section: DocSection): string {
  const width = [...section.heading].length;
  if (section.level === 1) return `${section.heading}\n${'='.repeat(width)}`;
  if (section.level === 2) return `${section.heading}\n${'-'.repeat(width)}`;
  return `${section.heading}:`;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'fields':
      return fieldsText(block.rows);
    case 'list':
      return block.items.map((item) => `- ${indentFollowing(item, 2)}`).join('\n');
    case 'agenda':
      return agendaText(block);
    case 'tasks':
      return block.items
        .map((task) => `[${task.done ? 'x' : ' '}] ${indentFollowing(task.text, 4)}`)
        .join('\n');
    case 'fill':
      return Array.from({ length: block.lines }, () => FILL_LINE).join('\n\n');
    case 'markdown':
      return block.source.trim();
    case 'toc':
      return block.entries.map((entry, index) => `${index + 1}. ${entry.text}`).join('\n');
  }
}

/** "Date:       Wednesday, …" with the values in one column; more values go under the first. */
function fieldsText(rows: readonly FieldRow[]): string {
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => [...row.label].length)) + 2;
  return rows
    .map((row) => {
      const label = `${row.label}:`.padEnd(width + countExtraUnits(row.label), ' ');
      const values = typeof row.value === 'string' ? [row.value] : row.value;
      const indent = ' '.repeat(width);
      return values
        .map((value, index) => `${index === 0 ? label : indent}${indentFollowing(value, width)}`)
        .join('\n');
    })
    .join('\n');
}

/** padEnd counts UTF-16 units; astral characters (emoji) take two, so pad by code points. */
function countExtraUnits(text: string): number {
  return text.length - [...text].length;
}

function agendaText(block: AgendaBlock): string {
  const lines = block.rows.map((row) => {
    const what = `${row.title} (${row.minutes} ${block.unit})`;
    return row.clock === undefined ? `- ${what}` : `${row.clock}  ${what}`;
  });
  lines.push(`${block.totalLabel}: ${block.totalMinutes} ${block.unit}`);
  return lines.join('\n');
}

/** Keeps a multi-line value inside its column. */
function indentFollowing(text: string, width: number): string {
  return text.replace(/\r?\n/g, `\n${' '.repeat(width)}`);
}
