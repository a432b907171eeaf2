// The one stylesheet of the HTML exports, inlined in each document: nothing is loaded from
// elsewhere (no web fonts, no url()), so a saved file prints the same offline years later.
// A4 is the page asked for; Letter (215.9 × 279.4 mm) is wider but shorter, so the layout is
// fluid, has no fixed heights and nothing wider than A4's 174 mm of text: it paginates on
// Letter too when the print dialog chooses it. Agenda rows, tasks and short sections never
// break across pages, and a heading never ends a page.
export const PRINT_CSS = `
@page { size: A4; margin: 18mm; }
* { box-sizing: border-box; }
html { color-scheme: light; }
body {
  margin: 0 auto;
  max-width: 174mm;
  padding: 10mm 4mm;
  font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 11pt;
  line-height: 1.4;
  color: #111;
  background: #fff;
}
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 2mm; }
h2 {
  font-size: 12.5pt;
  margin: 6mm 0 2mm;
  padding-bottom: 1mm;
  border-bottom: 0.5pt solid #999;
}
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
h4.md-heading { font-size: 10.5pt; margin: 3mm 0 1mm; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
.muted { color: #555; }
.notice {
  display: inline-block;
  border: 0.75pt solid #a00;
  color: #a00;
  font-weight: 600;
  font-size: 9.5pt;
  padding: 0.5mm 2mm;
}
dl.fields {
  display: grid;
  grid-template-columns: fit-content(48mm) 1fr;
  gap: 1mm 4mm;
  margin: 2mm 0 0;
}
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
table.agenda { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
table.agenda th, table.agenda td {
  text-align: left;
  vertical-align: top;
  padding: 1.5mm 2mm;
  border-bottom: 0.5pt solid #ccc;
}
table.agenda thead th { font-size: 9.5pt; color: #444; border-bottom: 0.75pt solid #666; }
table.agenda .clock { white-space: nowrap; width: 1%; font-variant-numeric: tabular-nums; }
table.agenda .num { text-align: right; white-space: nowrap; width: 1%; }
table.agenda tfoot th, table.agenda tfoot td { border-bottom: none; font-weight: 600; }
table.agenda thead { display: table-header-group; }
table.agenda tr { break-inside: avoid; page-break-inside: avoid; }
.fill { height: 9mm; border-bottom: 0.75pt solid #777; }
ul, ol { margin: 0 0 2mm; padding-left: 6mm; }
li { break-inside: avoid; page-break-inside: avoid; }
ul.tasks { list-style: none; padding-left: 0; }
.box {
  display: inline-block;
  width: 3.2mm;
  height: 3.2mm;
  border: 0.75pt solid #333;
  margin-right: 2mm;
  vertical-align: -0.5mm;
  font-size: 8pt;
  line-height: 3mm;
  text-align: center;
}
li.done { color: #555; }
li.depth-1 { margin-left: 5mm; }
li.depth-2 { margin-left: 10mm; }
li.depth-3 { margin-left: 15mm; }
blockquote { margin: 0 0 2mm; padding-left: 3mm; border-left: 1pt solid #bbb; color: #333; }
pre {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-size: 9.5pt;
  background: #f4f4f4;
  padding: 2mm;
  break-inside: avoid;
}
code { font-family: "DejaVu Sans Mono", Consolas, Menlo, monospace; font-size: 0.92em; }
section.keep { break-inside: avoid; page-break-inside: avoid; }
nav.toc ol { padding-left: 7mm; }
nav.toc a { color: inherit; }
.columns { display: grid; column-gap: 6mm; }
.columns-2 { grid-template-columns: 1fr 1fr; }
.columns-3 { grid-template-columns: 1fr 1fr 1fr; }
.columns > section { break-inside: avoid; page-break-inside: avoid; min-width: 0; }
/* The prep sheet is read at a glance and should fit one or two pages: denser than the rest. */
.doc-prep { font-size: 9.5pt; line-height: 1.28; }
.doc-prep h1 { font-size: 15pt; }
.doc-prep h2 { font-size: 10pt; margin: 3.5mm 0 1.2mm; padding-bottom: 0.6mm; }
.doc-prep p, .doc-prep ul, .doc-prep ol { margin-bottom: 1.2mm; }
.doc-prep dl.fields { gap: 0.5mm 4mm; }
.doc-prep table.agenda th, .doc-prep table.agenda td { padding: 0.8mm 1.5mm; }
.doc-prep h4.md-heading { font-size: 9.5pt; margin: 2mm 0 0.5mm; }
.doc-history h2 { margin-top: 9mm; }
`;
