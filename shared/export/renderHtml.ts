// One self-contained HTML document: a doctype, UTF-8, a title, the print stylesheet inline,
// no script and no address of anything elsewhere. Every piece of user text goes through
// escapeHtml; the user's own Markdown goes through the safe subset of safeMarkdown.ts.
import type { AgendaBlock, Block, DocSection, ExportDocument, FieldRow } from './document';
import { escapeHtml } from './escapeHtml';
import { PRINT_CSS } from './printCss';
import { markdownToSafeHtml, taskBox } from './safeMarkdown';
import { groupSections } from './sectionGroups';

export function renderHtml(doc: ExportDocument): string {
  const [first, ...rest] = doc.sections;
  const header = first === undefined ? '' : `<header>\n${sectionBody(first)}\n</header>`;
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    `<body class="doc doc-${doc.kind}">`,
    header,
    ...groupColumns(rest),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Runs of sections marked `column` share a row (sectionGroups.ts). */
function groupColumns(sections: readonly DocSection[]): string[] {
  return groupSections(sections).map((group) =>
    group.kind === 'single'
      ? sectionHtml(group.section)
      : `<div class="columns columns-${group.count}">\n${group.sections.map(sectionHtml).join('\n')}\n</div>`,
  );
}

function sectionHtml(section: DocSection): string {
  // Short sections stay on one page; long ones (agenda, notes, contents) may break between rows.
  const keep = section.blocks.every((block) =>
    ['paragraph', 'fields', 'fill', 'list', 'tasks'].includes(block.kind),
  );
  return `<section${keep ? ' class="keep"' : ''}>\n${sectionBody(section)}\n</section>`;
}

function sectionBody(section: DocSection): string {
  const id = section.anchor === undefined ? '' : ` id="${escapeHtml(section.anchor)}"`;
  const tag = `h${section.level}`;
  return [`<${tag}${id}>${escapeHtml(section.heading)}</${tag}>`, ...section.blocks.map(blockHtml)].join(
    '\n',
  );
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph': {
      const className = block.tone === undefined ? '' : ` class="${block.tone}"`;
      return `<p${className}>${multiline(block.text)}</p>`;
    }
    case 'fields':
      return fieldsHtml(block.rows);
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${multiline(item)}</li>`).join('')}</ul>`;
    case 'agenda':
      return agendaHtml(block);
    case 'tasks':
      return `<ul class="tasks">${block.items
        .map(
          (task) =>
            `<li${task.done ? ' class="done"' : ''}>${taskBox(task.done)}${multiline(task.text)}</li>`,
        )
        .join('')}</ul>`;
    case 'fill':
      return Array.from({ length: block.lines }, () => '<div class="fill"></div>').join('');
    case 'markdown':
      return `<div class="markdown">\n${markdownToSafeHtml(block.source)}\n</div>`;
    case 'toc':
      return `<nav class="toc"><ol>${block.entries
        .map((entry) => `<li><a href="#${escapeHtml(entry.anchor)}">${escapeHtml(entry.text)}</a></li>`)
        .join('')}</ol></nav>`;
  }
}

function fieldsHtml(rows: readonly FieldRow[]): string {
  const items = rows.map((row) => {
    const values = typeof row.value === 'string' ? [row.value] : row.value;
    return `<dt>${escapeHtml(row.label)}</dt><dd>${values.map(multiline).join('<br>')}</dd>`;
  });
  return `<dl class="fields">${items.join('')}</dl>`;
}

function agendaHtml(block: AgendaBlock): string {
  const withClock = block.rows.some((row) => row.clock !== undefined);
  const clockCell = (tag: 'th' | 'td', text: string): string =>
    withClock ? `<${tag} class="clock">${escapeHtml(text)}</${tag}>` : '';
  const head = `<thead><tr>${clockCell('th', block.head.time)}<th>${escapeHtml(block.head.item)}</th><th class="num">${escapeHtml(block.head.minutes)}</th></tr></thead>`;
  const rows = block.rows.map(
    (row) =>
      `<tr>${clockCell('td', row.clock ?? '')}<td>${multiline(row.title)}</td><td class="num">${row.minutes}</td></tr>`,
  );
  const foot = `<tfoot><tr>${clockCell('td', '')}<th>${escapeHtml(block.totalLabel)}</th><td class="num">${block.totalMinutes} ${escapeHtml(block.unit)}</td></tr></tfoot>`;
  return `<table class="agenda">${head}<tbody>${rows.join('')}</tbody>${foot}</table>`;
}

function multiline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
