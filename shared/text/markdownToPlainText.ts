// Markdown as a person reads it, for search snippets: headings, quote and list markers, task
// boxes, emphasis, inline code and link syntax dropped, line breaks kept. Not a renderer: it
// only has to make "## Ai quyết định - **Chị Lan**" read as "Ai quyết định - Chị Lan". It runs
// on every note of a cold index build, so each pattern only runs on lines that could hold it.

const LINE_MARKERS = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)/;
const LINK = /!?\[([^\]\n]*)\]\([^)\n]*\)/g;
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const EMPHASIS = /(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g;
const CODE = /`([^`\n]+)`/g;

function plainLine(line: string): string {
  let out = LINE_MARKERS.test(line) ? line.replace(LINE_MARKERS, '') : line;
  if (out.includes('](')) out = out.replace(LINK, '$1');
  if (out.includes('**') || out.includes('__')) out = out.replace(STRONG, '$2');
  if (out.includes('*')) out = out.replace(EMPHASIS, '$1$2');
  if (out.includes('`')) out = out.replace(CODE, '$1');
  return out;
}

export function markdownToPlainText(markdown: string): string {
  return markdown.split('\n').map(plainLine).join('\n');
}
