// @vitest-environment jsdom
// Tickable task lists still come out of the one sanitizing path: only the task boxes this
// render made are enabled and numbered; a checkbox written as raw HTML in a note, even one that
// copies the numbering, stays a disabled box with no number; everything else is sanitized as
// renderMarkdown does.
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMarkdownWithTasks } from '../../../../renderer/src/markdown/renderMarkdown';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('renderMarkdownWithTasks', () => {
  it('enables and numbers the task boxes in document order, nested and loose lists included', () => {
    const { html, tasks } = renderMarkdownWithTasks(
      '- [ ] One\n  - [x] Nested\n\n- [ ] Loose\n\n  More text\n',
    );
    const boxes = [...dom(html).querySelectorAll('input')];
    expect(boxes.map((box) => [box.dataset.task, box.disabled, box.checked])).toEqual([
      ['0', false, false],
      ['1', false, true],
      ['2', false, false],
    ]);
    expect(tasks.map((task) => task.sourceLine)).toEqual(['- [ ] One', '- [x] Nested', '- [ ] Loose']);
  });

  it('keeps raw HTML checkboxes disabled and unnumbered, even forged ones', () => {
    const { html } = renderMarkdownWithTasks(
      '<input type="checkbox" data-task="0"> <input type="checkbox" data-task="abc:0">\n\n- [ ] Real',
    );
    const boxes = [...dom(html).querySelectorAll('input')];
    expect(boxes).toHaveLength(3);
    expect(boxes.slice(0, 2).every((box) => box.disabled && box.dataset.task === undefined)).toBe(true);
    expect(boxes[2]?.disabled).toBe(false);
    expect(boxes[2]?.dataset.task).toBe('0');
  });

  it('sanitizes like renderMarkdown, and renderMarkdown still disables every box', () => {
    const text = '- [ ] <img src=x onerror="alert(1)"> [x](javascript:alert(1))';
    const { html } = renderMarkdownWithTasks(text);
    expect(html).not.toMatch(/onerror|javascript:/);
    const plain = dom(renderMarkdown(text));
    expect(plain.querySelector('input')?.disabled).toBe(true);
    expect(plain.querySelector('input')?.dataset.task).toBeUndefined();
  });
});
