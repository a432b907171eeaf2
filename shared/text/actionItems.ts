// Markdown tasks (`- [ ] text`, `- [x] text`; `*` and `+` bullets too) of a note body, with
// 1-based line numbers offset by the lines before the body (the front matter), which
// actions.toggle relies on. Lines inside fenced code blocks are examples, not tasks. One rule
// for the core (actions, the index) and the renderer (ticking tasks in the notes preview).

export interface ActionLine {
  line: number;
  text: string;
  done: boolean;
}

const TASK = /^[ \t]*[-*+][ \t]+\[([ xX])\][ \t]+(.*?)[ \t]*\r?$/;
const CODE_FENCE = /^[ ]{0,3}(```|~~~)/;

export function findActionItems(body: string, bodyLineOffset = 0): ActionLine[] {
  const items: ActionLine[] = [];
  if (!body.includes('[')) return items;
  const lines = body.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fenceMatch = CODE_FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === undefined) fence = marker;
      else if (fence === marker) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const task = TASK.exec(line);
    if (!task || !task[2]) continue;
    items.push({ line: bodyLineOffset + i + 1, text: task[2], done: task[1] !== ' ' });
  }
  return items;
}

/** The task of a source line as written ("- [x] Book the room" → "Book the room"), if it is one. */
export function taskTextOf(sourceLine: string): string | undefined {
  return TASK.exec(sourceLine)?.[2] || undefined;
}
