// @vitest-environment jsdom
// The one path from Markdown to HTML: scripts and event handlers never survive, only https:
// and mailto: links keep an href (opening outside the app), task lists are disabled boxes.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../renderer/src/markdown/renderMarkdown';

function dom(markdown: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = renderMarkdown(markdown);
  return div;
}

describe('renderMarkdown', () => {
  it('formats ordinary Markdown, Vietnamese included', () => {
    const html = dom('## Ghi chú\n\n**Quan trọng**: gặp *Đặng Thị Hoa*\n\n- một\n- hai');
    expect(html.querySelector('h2')?.textContent).toBe('Ghi chú');
    expect(html.querySelector('strong')?.textContent).toBe('Quan trọng');
    expect(html.querySelectorAll('li')).toHaveLength(2);
  });

  it('removes scripts, event handlers, iframes and styles', () => {
    const html = dom(
      '<script>alert(1)</script><img src="x" onerror="alert(2)"><iframe src="https://e.com"></iframe>' +
        '<p style="color:red" onclick="alert(3)">hi</p><style>body{}</style>',
    );
    expect(html.querySelector('script, iframe, style')).toBeNull();
    expect(html.innerHTML).not.toMatch(/onerror|onclick|alert|style=/);
    expect(html.textContent).toContain('hi');
  });

  it('keeps https and mailto links, opening them in a new tab without an opener', () => {
    const html = dom('[site](https://example.com/a?b=1) and [mail](mailto:lan@example.com)');
    const links = [...html.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?b=1',
      'mailto:lan@example.com',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it.each([
    ['javascript', '[x](javascript:alert(1))'],
    ['http', '[x](http://example.com)'],
    ['file', '[x](file:///etc/passwd)'],
    ['relative', '[x](../customers/other/customer.md)'],
    ['data', '[x](data:text/html,<script>alert(1)</script>)'],
    ['raw html anchor', '<a href="javascript:alert(1)" target="_self">x</a>'],
    ['entity-encoded javascript', '<a href="jav&#x61;script:alert(1)">x</a>'],
  ])('drops the href of a %s link but keeps its text', (_name, markdown) => {
    const html = dom(markdown);
    const a = html.querySelector('a');
    expect(a?.textContent).toBe('x');
    expect(a?.hasAttribute('href')).toBe(false);
    expect(a?.getAttribute('target')).toBeNull();
  });

  it('renders task lists as disabled checkboxes, ticked where the file says so', () => {
    const html = dom('- [ ] Send the proposal\n- [x] Book the demo room');
    const boxes = [...html.querySelectorAll('input')];
    expect(boxes).toHaveLength(2);
    expect(boxes.every((box) => box.type === 'checkbox' && box.disabled)).toBe(true);
    expect(boxes.map((box) => box.checked)).toEqual([false, true]);
  });

  it('never lets a text input or a form through', () => {
    const html = dom(
      '<form action="https://evil.example"><input type="text" name="q"><button>go</button></form>',
    );
    expect(html.querySelector('form, button, input')).toBeNull();
  });

  it('drops remote images (no remote content) but keeps inline ones', () => {
    const html = dom('![a](https://tracker.example/p.png) ![b](data:image/png;base64,iVBORw0KGgo=)');
    const images = [...html.querySelectorAll('img')];
    expect(images[0]?.hasAttribute('src')).toBe(false);
    expect(images[1]?.getAttribute('src')).toMatch(/^data:image\/png/);
  });
});
