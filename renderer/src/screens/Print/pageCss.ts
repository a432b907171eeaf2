// The page box of a print: paper size, margins and the running footer (customer, date, page
// numbers), as CSS `@page` rules added after the exports' own stylesheet (shared/export/
// printCss.ts), which they override.
//
// Why CSS margin boxes: Chromium draws `@page { @bottom-left { content: … } }` with the
// `page` and `pages` counters since version 131 (Electron 45 ships 140). So one rule gives
// the same footer on paper (webContents.print() and the browser's print), in the desktop's
// printToPDF and in the browser's "Save as PDF", where printToPDF's footerTemplate would cover
// the PDF only and a position: fixed footer could not count pages. The browser's own
// header and footer (its print dialog's "Headers and footers") are left to the user.
import type { PaperSize } from '../../../../shared/contract';

export type { PaperSize };

export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'Letter'];

/** Text width stays within A4's 174 mm (printCss.ts); the bottom margin holds the footer. */
const MARGINS = '16mm 18mm 20mm';

export interface PageFooter {
  /** Bottom left: "Harbor Foods Ltd · 15 Dec 2026". */
  left: string;
  /** Top right of every page, e.g. the prep sheet's "internal" notice; '' for none. */
  notice: string;
  /**
   * Bottom right, with `{page}` and `{pages}` where the numbers go: "Page {page} of {pages}".
   */
  pageNumbers: string;
}

export function pageCss(paper: PaperSize, footer: PageFooter): string {
  const box = (name: string, content: string, align: string): string =>
    content === '' ? '' : `  @${name} { content: ${content}; ${FOOTER_FONT} text-align: ${align}; }\n`;
  return (
    `@page {\n  size: ${paper === 'Letter' ? 'letter' : 'A4'} portrait;\n  margin: ${MARGINS};\n` +
    box('bottom-left', cssString(footer.left), 'left') +
    box('top-right', cssString(footer.notice), 'right') +
    box('bottom-right', counterContent(footer.pageNumbers), 'right') +
    '}\n'
  );
}

const FOOTER_FONT =
  'font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 8pt; color: #555; vertical-align: middle;';

/** `Page {page} of {pages}` → `"Page " counter(page) " of " counter(pages)`. */
export function counterContent(template: string): string {
  const parts = template.split(/(\{pages?\})/);
  const tokens = parts
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return 'counter(page)';
      if (part === '{pages}') return 'counter(pages)';
      return cssString(part);
    });
  return tokens.length === 0 ? '' : tokens.join(' ');
}

/**
 * A CSS string literal of any text: names come from the notebook and may hold quotes,
 * backslashes, line breaks or `</style>`. Each of those is written as a CSS escape, so the
 * text can never end the string, the rule or the style element.
 */
export function cssString(text: string): string {
  if (text === '') return '';
  const escaped = [...text.normalize('NFC')]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (char === '"' || char === '\\' || char === '<' || char === '>' || code < 0x20 || code === 0x7f) {
        // A line break in a name prints as a space; other specials keep their character.
        const shown = code < 0x20 || code === 0x7f ? 0x20 : code;
        return `\\${shown.toString(16)} `;
      }
      return char;
    })
    .join('');
  return `"${escaped}"`;
}
