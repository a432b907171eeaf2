import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '../../../../shared/export/safeMarkdown';

describe('markdownToSafeHtml', () => {
  it('renders the common subset', () => {
    const html = markdownToSafeHtml(
      '### Budget\nCloses in **March**, ask *Lan*\nsecond line\n\n- one\n  - nested\n- [x] done task\n1. first\n> quoted\n\n---\n`a<b`',
    );
    expect(html).toContain('<h4 class="md-heading">Budget</h4>');
    expect(html).toContain('<p>Closes in <strong>March</strong>, ask <em>Lan</em><br>second line</p>');
    expect(html).toContain('<ul><li>one</li><li class="depth-1">nested</li></ul>');
    expect(html).toContain(
      '<ul class="tasks"><li class="done"><span class="box" aria-hidden="true">✓</span>done task</li></ul>',
    );
    expect(html).toContain('<ol><li>first</li></ol>');
    expect(html).toContain('<blockquote>quoted</blockquote>');
    expect(html).toContain('<hr>');
    expect(html).toContain('<code>a&lt;b</code>');
  });

  it('escapes raw HTML and keeps backslash escapes literal', () => {
    const html = markdownToSafeHtml('<script>x</script> \\*not em\\* snake_case_name');
    expect(html).toBe('<p>&lt;script&gt;x&lt;/script&gt; &#42;not em&#42; snake_case_name</p>');
  });

  it('keeps fenced code as it is, escaped', () => {
    expect(markdownToSafeHtml('```\n# not a heading\n<b>\n```')).toBe(
      '<pre><code># not a heading\n&lt;b&gt;</code></pre>',
    );
  });

  it('prints links as text with their address, never as a link', () => {
    expect(markdownToSafeHtml('[docs](ftp:x)')).toBe('<p>docs (ftp:x)</p>');
  });
});
