// Shows Markdown text as formatted HTML, through renderMarkdown (the one sanitizing path).
// With `tasks`, task-list checkboxes can be ticked: the caller says which ones (by their number
// in document order) and hears each click; the box keeps what the click made it until the
// caller's text changes, or goes back at once if the caller refuses.
import { useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import { renderMarkdown, renderMarkdownWithTasks, type RenderedTask } from './renderMarkdown';

export interface TickableTasks {
  /** Whether task `number` may be ticked here (a task the caller can trace to its line). */
  enabled(task: RenderedTask, all: readonly RenderedTask[]): boolean;
  /** A click on task `number`; resolve false to put the box back as it was. */
  onToggle(task: RenderedTask, done: boolean, all: readonly RenderedTask[]): Promise<boolean>;
  /** Accessible name of a task's checkbox, e.g. "Tick: Send the offer". */
  label?(task: RenderedTask): string | undefined;
}

interface MarkdownProps {
  text: string;
  className?: string;
  tasks?: TickableTasks;
}

export function Markdown({ text, className, tasks }: MarkdownProps) {
  const tickable = tasks !== undefined;
  const rendered = useMemo(
    () => (tickable ? renderMarkdownWithTasks(text) : { html: renderMarkdown(text), tasks: [] }),
    [text, tickable],
  );
  const root = useRef<HTMLDivElement>(null);
  const latest = useRef(tasks);
  useLayoutEffect(() => {
    latest.current = tasks;
  });

  // Boxes the caller cannot trace to a line stay disabled (they would tick nothing).
  useLayoutEffect(() => {
    const node = root.current;
    if (!node || !tasks) return;
    for (const box of node.querySelectorAll<HTMLInputElement>('input[data-task]')) {
      const task = rendered.tasks[Number(box.dataset.task)];
      box.disabled = !task || !tasks.enabled(task, rendered.tasks);
      const label = task && tasks.label?.(task);
      if (label) box.setAttribute('aria-label', label);
    }
  }, [rendered, tasks]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const box = event.target;
    const handler = latest.current;
    if (!(box instanceof HTMLInputElement) || box.dataset.task === undefined || !handler) return;
    const task = rendered.tasks[Number(box.dataset.task)];
    if (!task || box.disabled) return;
    const done = box.checked;
    // Disabled while the file is written, so a double click cannot send two toggles.
    box.disabled = true;
    void handler.onToggle(task, done, rendered.tasks).then(
      (accepted) => {
        box.disabled = false;
        if (!accepted) box.checked = !done;
      },
      () => {
        box.disabled = false;
        box.checked = !done;
      },
    );
  }

  // The only dangerouslySetInnerHTML in the app: renderMarkdown has sanitized it. The click
  // handler only serves the checkboxes inside, which are inputs the keyboard reaches (Space
  // ticks them and fires the same click).
  return (
    <div
      ref={root}
      className={['markdown', className].filter(Boolean).join(' ')}
      onClick={tickable ? onClick : undefined}
      dangerouslySetInnerHTML={{ __html: rendered.html }}
    />
  );
}
