import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../../shared/text/markdownToPlainText';

describe('markdownToPlainText', () => {
  it('drops the syntax a snippet should not show', () => {
    expect(markdownToPlainText('## Ai quyết định\n- **Chị Lan** (Trưởng phòng)')).toBe(
      'Ai quyết định\nChị Lan (Trưởng phòng)',
    );
    expect(markdownToPlainText('- [ ] Send the *pilot* proposal')).toBe('Send the pilot proposal');
    expect(markdownToPlainText('> See [the plan](https://example.com) and `PO-4711`')).toBe(
      'See the plan and PO-4711',
    );
    expect(markdownToPlainText('1. First\n2) Second')).toBe('First\nSecond');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Giá 2*3 = 6, snake_case_name, email a_b@example.com\nDòng hai';
    expect(markdownToPlainText(text)).toBe(text);
  });
});
