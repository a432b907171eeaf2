// Ticking or unticking one Markdown task in a file's text: only the one character between the
// brackets of that line changes (`[ ]` ↔ `[x]`); the bullet, indentation, text, line endings
// and byte-order mark stay exactly as they were.
const TASK_PREFIX = /^[ \t]*[-*+][ \t]+\[(?=[ xX]\])/;

/** The text with line `line` (1-based, counted in the file) set to `done`; undefined when that
 *  line is not a task. A line already in that state is returned unchanged ([X] stays [X]). */
export function setTaskMark(text: string, line: number, done: boolean): string | undefined {
  // The byte-order mark belongs to no line: line 1 starts after it.
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let n = 1; n < line; n++) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  const newline = text.indexOf('\n', start);
  const prefix = TASK_PREFIX.exec(text.slice(start, newline === -1 ? text.length : newline));
  if (!prefix) return undefined;
  const at = start + prefix[0].length;
  const isDone = text[at] !== ' ';
  if (isDone === done) return text;
  return text.slice(0, at) + (done ? 'x' : ' ') + text.slice(at + 1);
}
