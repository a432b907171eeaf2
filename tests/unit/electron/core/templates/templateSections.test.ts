// The body of a template: the Questions list and the Preparation text, read and written.
import { describe, expect, it } from 'vitest';
import { formatSections, parseSections } from '../../../../../electron/core/templates/templateSections';

describe('parseSections', () => {
  it('reads list items of every marker, joins continuation lines, and keeps preparation as text', () => {
    const body = [
      'Intro text that belongs to no section.',
      '## Questions',
      '- What happens today?',
      '* How often',
      '  does it fail?',
      '1. Who decides?',
      '2) When?',
      'A paragraph between items is not a question.',
      '',
      '## Preparation',
      '',
      '### People',
      '- Name:',
      '',
      '```',
      '## Not a heading inside a code block',
      '```',
      '',
      '## Notes',
      '- ignored',
    ].join('\n');
    expect(parseSections(body)).toEqual({
      questions: ['What happens today?', 'How often does it fail?', 'Who decides?', 'When?'],
      preparation: '### People\n- Name:\n\n```\n## Not a heading inside a code block\n```',
    });
  });

  it('accepts Vietnamese headings in any case and a closing ## on the heading', () => {
    const body = '## CÂU HỎI ##\n- Ai quyết định?\n\n## Chuẩn bị\nMang bảng giá.\n';
    expect(parseSections(body)).toEqual({ questions: ['Ai quyết định?'], preparation: 'Mang bảng giá.' });
  });

  it('gives empty sections for an empty body', () => {
    expect(parseSections('')).toEqual({ questions: [], preparation: '' });
  });

  it('continues a section whose heading appears twice', () => {
    expect(parseSections('## Questions\n- A?\n## Preparation\nx\n## Questions\n- B?\n').questions).toEqual([
      'A?',
      'B?',
    ]);
  });
});

describe('formatSections', () => {
  it('writes one question per line and reads back the same', () => {
    const sections = { questions: ['One?', 'Two\nlines?', ''], preparation: '\n### Plan\r\n- Step\n\n' };
    const text = formatSections(sections);
    expect(text).toBe('## Questions\n- One?\n- Two lines?\n\n## Preparation\n### Plan\n- Step\n');
    expect(parseSections(text)).toEqual({
      questions: ['One?', 'Two lines?'],
      preparation: '### Plan\n- Step',
    });
  });

  it('writes both headings even when they are empty', () => {
    expect(formatSections({ questions: [], preparation: '' })).toBe('## Questions\n\n## Preparation\n');
  });
});
