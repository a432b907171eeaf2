// Splits a note's text into its parts — byte-order mark, opening fence, front matter, closing
// fence, body — so that every part the app does not change is written back exactly as read,
// line endings included.

export type Eol = '\n' | '\r\n';

export interface NoteParts {
  bom: boolean;
  /** The line ending the file uses (its first one); LF for a file with none. */
  eol: Eol;
  /** `---` + line ending, or '' when the file has no front matter. */
  opening: string;
  /** The YAML between the fences, with the line ending of its last line. */
  frontMatter: string;
  /** The closing `---` line with its line ending (none at the very end of a file). */
  closing: string;
  body: string;
}

export class FrontMatterError extends Error {}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(---|\.\.\.)[ \t]*\r?$/;

export function splitNote(text: string): NoteParts {
  const bom = text.charCodeAt(0) === 0xfeff;
  const rest = bom ? text.slice(1) : text;
  const firstBreak = rest.indexOf('\n');
  const eol: Eol = firstBreak > 0 && rest[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const opening = OPENING.exec(rest)?.[0];
  if (opening === undefined) return { bom, eol, opening: '', frontMatter: '', closing: '', body: rest };
  let pos = opening.length;
  while (pos < rest.length) {
    const newline = rest.indexOf('\n', pos);
    const lineEnd = newline === -1 ? rest.length : newline + 1;
    if (CLOSING.test(rest.slice(pos, newline === -1 ? rest.length : newline))) {
      return {
        bom,
        eol,
        opening,
        frontMatter: rest.slice(opening.length, pos),
        closing: rest.slice(pos, lineEnd),
        body: rest.slice(lineEnd),
      };
    }
    pos = lineEnd;
  }
  throw new FrontMatterError('The front matter has no closing --- line');
}

export function joinNote(parts: NoteParts): string {
  return (parts.bom ? '\ufeff' : '') + parts.opening + parts.frontMatter + parts.closing + parts.body;
}

/** The body as the API shows it: LF line endings, NFC. */
export function apiBody(body: string): string {
  return body.replace(/\r\n/g, '\n').normalize('NFC');
}

/** A body from the API written with the file's own line endings. */
export function diskBody(body: string, eol: Eol): string {
  const lf = body.replace(/\r\n/g, '\n');
  return eol === '\n' ? lf : lf.replace(/\n/g, '\r\n');
}
