// Markdown tasks of a meeting body as the core counts them (the rule is shared:
// shared/text/actionItems.ts), and how a checkbox of the rendered preview is traced back to its
// line. actions.toggle checks the line's text again, so a stale trace can only refuse a tick.
import { findActionItems, taskTextOf } from '../../../../shared/text/actionItems';
import type { RenderedTask } from '../../markdown/renderMarkdown';

export interface BodyTask {
  /** 1-based line number within the body. */
  line: number;
  text: string;
  done: boolean;
}

/** The body's tasks, numbered from the body's first line. */
export function findBodyTasks(body: string): BodyTask[] {
  return findActionItems(body);
}

export { taskTextOf };

/**
 * Which body task each rendered checkbox stands for, in order: the n-th checkbox is matched to
 * the next body task with the same text (Markdown's own idea of a task list is broader, e.g.
 * `1. [ ] …`, and those boxes stay unmatched).
 */
export function matchRenderedTasks(
  rendered: readonly RenderedTask[],
  body: readonly BodyTask[],
): Map<number, BodyTask> {
  const matched = new Map<number, BodyTask>();
  let next = 0;
  for (const task of rendered) {
    const text = taskTextOf(task.sourceLine);
    if (text === undefined) continue;
    const at = body.findIndex((candidate, index) => index >= next && candidate.text === text);
    if (at === -1) continue;
    matched.set(task.number, body[at] as BodyTask);
    next = at + 1;
  }
  return matched;
}

/**
 * How many lines of the file come before the body, from the core's list of this meeting's
 * tasks (file line numbers) and the body's own: undefined when the two do not agree, i.e. the
 * body on screen is not the one on disk.
 */
export function bodyLineOffset(
  fileTasks: readonly { line: number; text: string }[],
  body: readonly BodyTask[],
): number | undefined {
  if (fileTasks.length !== body.length || body.length === 0) return undefined;
  const sorted = [...fileTasks].sort((a, b) => a.line - b.line);
  const offset = (sorted[0]?.line ?? 0) - (body[0]?.line ?? 0);
  const same = sorted.every(
    (task, i) =>
      task.line - offset === body[i]?.line && task.text.normalize('NFC') === body[i]?.text.normalize('NFC'),
  );
  return same ? offset : undefined;
}

const ACTION_HEADING = /^#{1,6}[ \t]+(action items|việc cần làm|các việc cần làm)[ \t]*#*[ \t]*$/iu;
const ANY_HEADING = /^#{1,6}[ \t]+\S/;

/**
 * The body with one more open task: at the end of its "Action items" section (after the last
 * line that is not blank), or in a new section of that name at the end.
 */
export function appendActionItem(body: string, text: string, heading = 'Action items'): string {
  const task = `- [ ] ${text.replace(/\s*\n\s*/g, ' ').trim()}`;
  const lines = body.split('\n');
  const start = lines.findIndex((line) => ACTION_HEADING.test(line));
  if (start === -1) {
    const trimmed = body.replace(/\s+$/, '');
    return `${trimmed}${trimmed === '' ? '' : '\n\n'}## ${heading}\n${task}\n`;
  }
  let end = lines.findIndex((line, index) => index > start && ANY_HEADING.test(line));
  if (end === -1) end = lines.length;
  let last = end - 1;
  while (last > start && (lines[last] ?? '').trim() === '') last--;
  lines.splice(last + 1, 0, task);
  return lines.join('\n');
}
