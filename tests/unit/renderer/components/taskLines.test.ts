// @vitest-environment jsdom
// Tracing a ticked box of the notes preview back to its line: the core's idea of a task (not in
// code, not numbered, not empty), the rendered boxes matched in order (duplicates included),
// the body placed in the file by the core's line numbers, and a new action item appended where
// the next preparation will find it.
import { describe, expect, it } from 'vitest';
import {
  appendActionItem,
  bodyLineOffset,
  findBodyTasks,
  matchRenderedTasks,
} from '../../../../renderer/src/components/Tasks/taskLines';
import { renderMarkdownWithTasks } from '../../../../renderer/src/markdown/renderMarkdown';

const BODY = [
  '## Notes', // 1
  '- [ ] Gửi báo giá', // 2
  '```', // 3
  '- [ ] not a task, an example', // 4
  '```', // 5
  '1. [ ] numbered: Markdown ticks it, the core does not', // 6
  '', // 7
  '## Action items', // 8
  '- [x] Gửi báo giá', // 9
  '  * [ ] Nested with a star', // 10
  '- [ ]', // 11
  '+ [X] Book the room', // 12
].join('\n');

describe('tasks of a meeting body', () => {
  it('are the lines the core counts, with body line numbers', () => {
    expect(findBodyTasks(BODY)).toEqual([
      { line: 2, text: 'Gửi báo giá', done: false },
      { line: 9, text: 'Gửi báo giá', done: true },
      { line: 10, text: 'Nested with a star', done: false },
      { line: 12, text: 'Book the room', done: true },
    ]);
  });

  it('match each rendered box to its own line, in order, leaving the others untickable', () => {
    const { html, tasks } = renderMarkdownWithTasks(BODY);
    const matched = matchRenderedTasks(tasks, findBodyTasks(BODY));
    const lineOf = (n: number) => matched.get(n)?.line;
    const div = document.createElement('div');
    div.innerHTML = html;
    const boxes = [...div.querySelectorAll('input')];
    // Boxes in document order carry their number; the same text twice goes to two lines.
    expect(boxes.map((box) => box.dataset.task)).toEqual(tasks.map((task) => String(task.number)));
    const byText = tasks.map((task) => [task.sourceLine, lineOf(task.number)]);
    expect(byText).toEqual([
      ['- [ ] Gửi báo giá', 2],
      ['1. [ ] numbered: Markdown ticks it, the core does not', undefined],
      ['- [x] Gửi báo giá', 9],
      ['* [ ] Nested with a star', 10],
      ['+ [X] Book the room', 12],
    ]);
  });

  it('sit in the file after its front matter, found from the core’s own line numbers', () => {
    const tasks = findBodyTasks(BODY);
    const onDisk = tasks.map((task) => ({ line: task.line + 21, text: task.text }));
    expect(bodyLineOffset(onDisk, tasks)).toBe(21);
    // The body on screen is not the file's: no offset, nothing ticked.
    expect(bodyLineOffset(onDisk.slice(1), tasks)).toBeUndefined();
    expect(
      bodyLineOffset([...onDisk.slice(0, 3), { line: 40, text: 'Book the room' }], tasks),
    ).toBeUndefined();
    expect(bodyLineOffset([], [])).toBeUndefined();
  });
});

describe('a new action item', () => {
  it('goes at the end of the "Action items" section, before the next heading', () => {
    const body = '## Notes\nSaid yes.\n\n## Action items\n- [x] Book the room\n\n## Later\nx\n';
    expect(appendActionItem(body, 'Send the offer')).toBe(
      '## Notes\nSaid yes.\n\n## Action items\n- [x] Book the room\n- [ ] Send the offer\n\n## Later\nx\n',
    );
  });

  it('goes right under an empty "Action items" heading (Vietnamese heading too)', () => {
    expect(appendActionItem('## Notes\n\n## Action items\n', 'Gửi đề xuất')).toBe(
      '## Notes\n\n## Action items\n- [ ] Gửi đề xuất\n',
    );
    expect(appendActionItem('## Việc cần làm\n', 'Gọi lại')).toBe('## Việc cần làm\n- [ ] Gọi lại\n');
  });

  it('starts the section when there is none, and stays one line', () => {
    expect(appendActionItem('Some notes', 'Call back\nnext week')).toBe(
      'Some notes\n\n## Action items\n- [ ] Call back next week\n',
    );
    expect(appendActionItem('', 'First')).toBe('## Action items\n- [ ] First\n');
  });
});
