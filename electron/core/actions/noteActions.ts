// The Markdown tasks of one note as read by the core, with line numbers of the FILE: the shared
// task rule (shared/text/actionItems.ts) reads the body, and the lines before it (the opening
// fence, the front matter, the closing fence) are added. A byte-order mark is not a line.
import { type ActionLine, findActionItems } from '../../../shared/text/actionItems';
import type { ReadableNote } from '../frontMatter/parse';
import type { NoteParts } from '../frontMatter/split';

export function noteActions(note: ReadableNote<unknown>): ActionLine[] {
  // note.body has LF line endings and NFC text: the same lines as the file, CRLF or not.
  return findActionItems(note.body, linesBeforeBody(note.parts));
}

/** How many lines of the file come before the body's first line. */
function linesBeforeBody(parts: NoteParts): number {
  return countNewlines(parts.opening) + countNewlines(parts.frontMatter) + countNewlines(parts.closing);
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
