// The page box: paper, margins, and a footer whose text comes from the notebook and can never
// break out of its CSS string.
import { describe, expect, it } from 'vitest';
import { counterContent, cssString, pageCss } from '../../../../renderer/src/screens/Print/pageCss';

describe('cssString', () => {
  it('quotes plain and Vietnamese text as it is', () => {
    expect(cssString('Công ty TNHH Minh Long · 03/12/2026')).toBe('"Công ty TNHH Minh Long · 03/12/2026"');
    expect(cssString('')).toBe('');
  });

  it('escapes quotes, backslashes, line breaks and markup, so a name cannot end the rule', () => {
    const hostile = 'A "B" \\ C\n}</style><script>x</script>';
    const quoted = cssString(hostile);
    expect(quoted).toBe('"A \\22 B\\22  \\5c  C\\20 }\\3c /style\\3e \\3c script\\3e x\\3c /script\\3e "');
    expect(quoted.slice(1, -1)).not.toMatch(/["<>\n]/);
  });

  it('writes names in NFC, whatever form they come in', () => {
    expect(cssString('Đại Phát'.normalize('NFD'))).toBe('"Đại Phát"');
  });
});

describe('counterContent', () => {
  it('puts the page counters where the translation says', () => {
    expect(counterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(counterContent('Trang {page}/{pages}')).toBe('"Trang " counter(page) "/" counter(pages)');
    expect(counterContent('{page}')).toBe('counter(page)');
  });
});

describe('pageCss', () => {
  it('sets the paper, the margins and the three footer boxes', () => {
    const css = pageCss('Letter', {
      left: 'Harbor Foods Ltd',
      notice: 'Internal',
      pageNumbers: 'Page {page}',
    });
    expect(css).toContain('size: letter portrait;');
    expect(css).toContain('margin: 16mm 18mm 20mm;');
    expect(css).toContain('@bottom-left { content: "Harbor Foods Ltd";');
    expect(css).toContain('@top-right { content: "Internal";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page);');
    expect(pageCss('A4', { left: '', notice: '', pageNumbers: '' })).toBe(
      '@page {\n  size: A4 portrait;\n  margin: 16mm 18mm 20mm;\n}\n',
    );
  });
});
