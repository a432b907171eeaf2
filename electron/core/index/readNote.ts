// Reads one note file for the index: checks the bytes are UTF-8, drops a byte-order mark,
// splits off the YAML front matter (LF or CRLF) and parses it with js-yaml's failsafe schema,
// so every scalar stays a string (`0901234567` stays a phone number). A file it cannot parse
// is still indexed by its body and marked unreadable with the reason.
import { isUtf8 } from 'node:buffer';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';

export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue } | null;

export interface NoteText {
  /** Front matter keys as on disk (kebab-case); empty when there is none or it is unreadable. */
  fields: Record<string, YamlValue>;
  /** The Markdown after the front matter, NFC. */
  body: string;
  /** Lines before the body (the front matter block with its fences): body line 1 is file
   *  line `bodyLineOffset + 1`. */
  bodyLineOffset: number;
  unreadable?: string;
}

const FENCE = /^---[ \t]*\r?$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*\r?$/;

function isMapping(value: unknown): value is Record<string, YamlValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseNote(bytes: Buffer): NoteText {
  const utf8 = isUtf8(bytes);
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const unreadableEncoding = utf8 ? undefined : 'The file is not valid UTF-8 text';

  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || !FENCE.test(text.slice(0, firstEnd))) {
    return { fields: {}, body: text.normalize('NFC'), bodyLineOffset: 0, unreadable: unreadableEncoding };
  }
  let lineStart = firstEnd + 1;
  let lines = 1;
  let closing = -1;
  while (lineStart <= text.length) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    lines++;
    if (CLOSING_FENCE.test(text.slice(lineStart, lineEnd))) {
      closing = next < 0 ? text.length : next + 1;
      break;
    }
    if (next < 0) break;
    lineStart = next + 1;
  }
  if (closing < 0) {
    return {
      fields: {},
      body: text.normalize('NFC'),
      bodyLineOffset: 0,
      unreadable: unreadableEncoding ?? 'The front matter has no closing --- line',
    };
  }
  const yamlText = text.slice(firstEnd + 1, lineStart);
  const body = text.slice(closing).normalize('NFC');
  try {
    const parsed: unknown = load(yamlText, { schema: FAILSAFE_SCHEMA });
    if (parsed === undefined || parsed === null) {
      return { fields: {}, body, bodyLineOffset: lines, unreadable: unreadableEncoding };
    }
    if (!isMapping(parsed)) {
      return {
        fields: {},
        body,
        bodyLineOffset: lines,
        unreadable: 'The front matter is not a list of keys',
      };
    }
    return { fields: parsed, body, bodyLineOffset: lines, unreadable: unreadableEncoding };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      fields: {},
      body,
      bodyLineOffset: lines,
      unreadable: `The front matter is not valid YAML: ${reason}`,
    };
  }
}
