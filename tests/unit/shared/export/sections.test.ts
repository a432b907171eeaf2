import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../../shared/export/sections';

describe('parseSections', () => {
  it('splits the four sections of vault-format.md', () => {
    const body = [
      '## Preparation',
      'Internal notes: never printed on the customer copy.',
      '',
      '## Questions',
      '- What would make the pilot a success for your team?',
      '- Who signs?',
      '',
      '## Notes',
      'What was said in the meeting.',
      '',
      '## Action items',
      '- [ ] Send the pilot proposal (due 2026-12-05)',
      '- [x] Book the demo room',
      '',
    ].join('\n');
    const sections = parseSections(body);
    expect(sections.preparation).toBe('Internal notes: never printed on the customer copy.');
    expect(sections.questions).toEqual(['What would make the pilot a success for your team?', 'Who signs?']);
    expect(sections.notes).toBe('What was said in the meeting.');
    expect(sections.actionItems).toEqual([
      { line: 12, text: 'Send the pilot proposal (due 2026-12-05)', done: false },
      { line: 13, text: 'Book the demo room', done: true },
    ]);
    expect(sections.other).toEqual([]);
  });

  it('reads Vietnamese headings, in any case, with or without diacritics', () => {
    const body = '## CHUẨN BỊ\nA\n## câu hỏi\n- B\n## Ghi Chu:\nC\n## Viec can lam\n- [X] D\n';
    const sections = parseSections(body);
    expect(sections.preparation).toBe('A');
    expect(sections.questions).toEqual(['B']);
    expect(sections.notes).toBe('C');
    expect(sections.actionItems).toEqual([{ line: 8, text: 'D', done: true }]);
  });

  it('matches headings written in NFD (as macOS may store them)', () => {
    const sections = parseSections('## Câu hỏi'.normalize('NFD') + '\n- Giá bao nhiêu?'.normalize('NFD'));
    expect(sections.questions).toEqual(['Giá bao nhiêu?']);
  });

  it('keeps unknown sections and text before the first heading as "other"', () => {
    const sections = parseSections('Intro line\n\n## Competition\nThey offered 10% off\n### Detail\nmore\n');
    expect(sections.other).toEqual([
      { heading: '', content: 'Intro line' },
      { heading: 'Competition', content: 'They offered 10% off\n### Detail\nmore' },
    ]);
  });

  it('numbers task lines in the file when given the front matter length, with CRLF too', () => {
    const body =
      '## Notes\r\nx\r\n\r\n## Action items\r\n- [ ] One\r\n  - [x] Nested two\r\n- not a task\r\n';
    expect(parseSections(body, { lineOffset: 20 }).actionItems).toEqual([
      { line: 25, text: 'One', done: false },
      { line: 26, text: 'Nested two', done: true },
    ]);
  });

  it('ignores headings inside fenced code blocks', () => {
    const body = '## Notes\n```\n## Questions\n- not a question\n```\nafter\n';
    const sections = parseSections(body);
    expect(sections.questions).toEqual([]);
    expect(sections.notes).toBe('```\n## Questions\n- not a question\n```\nafter');
  });

  it('keeps every line of a Questions section: continuations join, loose text stays', () => {
    const body =
      '## Questions\n1. First question\n   continued here\n* Second\n\nA line without a bullet\n- [ ] A task-like question\n-\n';
    expect(parseSections(body).questions).toEqual([
      'First question continued here',
      'Second',
      'A line without a bullet',
      'A task-like question',
    ]);
  });

  it('merges a section written twice and treats ### as part of its section', () => {
    const sections = parseSections('## Notes\nfirst\n### Sub\n## Notes\nsecond\n');
    expect(sections.notes).toBe('first\n### Sub\n\nsecond');
  });

  it('gives empty sections for an empty body', () => {
    expect(parseSections('')).toEqual({
      preparation: '',
      questions: [],
      notes: '',
      actionItems: [],
      other: [],
    });
  });
});
