// The text rules of RFC 5545: TEXT values escaped (3.3.11), content lines folded at 75 octets
// with a space starting each continuation line (3.1), CRLF between lines. Folding counts UTF-8
// bytes and never splits a character, a combining mark from its base, or a backslash escape.
import { utf8Length } from './utf8';

const ICS_LINE_OCTETS = 75;

/** A TEXT value: backslash, semicolon, comma escaped; any line break becomes `\n`. */
export function escapeIcsText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex -- TEXT forbids control characters (RFC 5545 3.3.11)
}

/** One content line folded into physical lines of at most 75 octets, joined by CRLF + space. */
export function foldIcsLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of foldUnits(line)) {
    const size = utf8Length(unit);
    if (octets + size > ICS_LINE_OCTETS && current !== '') {
      physical.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  physical.push(current);
  return physical.join('\r\n');
}

/** The pieces a fold may fall between: characters with their combining marks, and `\x` escapes. */
function foldUnits(line: string): string[] {
  const units: string[] = [];
  let escape = false;
  for (const ch of line) {
    const last = units.length - 1;
    const joins = escape || (last >= 0 && /\p{M}/u.test(ch));
    // A unit never outgrows a continuation line (a base with dozens of marks is split anyway).
    if (joins && utf8Length(`${units[last] ?? ''}${ch}`) < ICS_LINE_OCTETS) {
      units[last] += ch;
      escape = false;
    } else {
      units.push(ch);
      escape = ch === '\\';
    }
  }
  return units;
}

/** The calendar file: every content line folded, CRLF after each, the last one included. */
export function icsDocument(lines: readonly string[]): string {
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}
