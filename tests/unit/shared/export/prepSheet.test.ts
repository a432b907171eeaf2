import { describe, expect, it } from 'vitest';
import { agendaHtml, agendaMarkdown, agendaText } from '../../../../shared/export/agenda';
import { INTERNAL_EN, INTERNAL_VI, agendaDataEn, agendaDataVi } from './sampleData';

describe('the prep sheet', () => {
  it('holds everything the salesperson prepares, in order', () => {
    const text = agendaText(agendaDataEn(), 'prep');
    const order = [
      'Pilot scoping',
      'Prep sheet · Công ty TNHH Minh Long',
      'Internal: not for the customer',
      'Status:',
      'Objective',
      INTERNAL_EN.objective,
      'Fallback (minimum acceptable outcome)',
      INTERNAL_EN.fallback,
      'What the customer gets',
      'A pilot plan their team',
      'Agenda',
      '09:30–09:40  Their priorities for next year (10 min)',
      'Questions to ask',
      `- ${INTERNAL_EN.question}`,
      'Preparation notes',
      INTERNAL_EN.preparation,
      'Competition',
      INTERNAL_EN.other,
      'Contacts',
      'Nguyễn Thị Lan — Trưởng phòng mua hàng · lan@example.com',
      'Open action items from earlier meetings',
      '[ ] Send the reference list (from 2 Nov 2026)',
      'Last meetings: objective → outcome',
      '2 Nov 2026 — Discovery: Agree on the two problems worth a proposal → Advance (objective met: yes)',
      'Checklist items not ticked yet',
      '[ ] Materials ready',
    ];
    let from = 0;
    for (const piece of order) {
      const at = text.indexOf(piece, from);
      expect(at, `"${piece}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  });

  it('does not print the meeting notes or its own action items (they come after the meeting)', () => {
    const text = agendaText(agendaDataEn(), 'prep');
    expect(text).not.toContain(INTERNAL_EN.notes);
    expect(text).not.toContain('Send the pilot proposal');
  });

  it('prints in Vietnamese', () => {
    const text = agendaText(agendaDataVi(), 'prep');
    for (const piece of [
      'Phiếu chuẩn bị',
      'Tài liệu nội bộ',
      'Mục tiêu',
      INTERNAL_VI.objective,
      'Mục tiêu dự phòng',
      INTERNAL_VI.fallback,
      'Câu hỏi cần hỏi',
      INTERNAL_VI.question,
      'Ghi chú chuẩn bị',
      INTERNAL_VI.preparation,
      'Việc còn mở từ các cuộc gặp trước',
      '(từ 02/11/2026)',
      'Bước tiến (đạt mục tiêu: có)',
      'Mục kiểm tra chưa đánh dấu',
      'Tài liệu đã sẵn sàng',
    ]) {
      expect(text).toContain(piece);
    }
  });

  it('lists only the last three meetings, newest first', () => {
    const data = agendaDataEn();
    data.lastMeetings = ['2026-01-10', '2026-04-10', '2026-02-10', '2026-03-10'].map((date) => ({
      date,
      title: `Meeting of ${date}`,
      objective: 'Agree on something',
      status: 'cancelled' as const,
    }));
    const text = agendaText(data, 'prep');
    expect(text).toContain('10 Apr 2026 — Meeting of 2026-04-10: Agree on something → Cancelled');
    expect(text.indexOf('Meeting of 2026-04-10')).toBeLessThan(text.indexOf('Meeting of 2026-03-10'));
    expect(text).toContain('Meeting of 2026-02-10');
    expect(text).not.toContain('Meeting of 2026-01-10');
  });

  it('says what is missing instead of leaving gaps', () => {
    const data = agendaDataEn();
    data.meeting.fields = { title: 'Bare', date: '2026-12-02' };
    data.meeting.sections = { preparation: '', questions: [], notes: '', actionItems: [], other: [] };
    data.customer.contacts = [];
    data.openActions = [];
    data.lastMeetings = [];
    data.uncheckedManualItems = [];
    const text = agendaText(data, 'prep');
    expect(text).toContain('Objective\n---------\n\n(not set)');
    expect(text).toContain('Contacts\n--------\n\nNone');
    expect(text).toContain('Checklist items not ticked yet\n------------------------------\n\nNone');
  });

  it('prints the preparation notes as Markdown in the Markdown and HTML sheets', () => {
    const data = agendaDataEn();
    data.meeting.sections.preparation = '**Budget** closes in March\n- ask about <training>';
    expect(agendaMarkdown(data, 'prep')).toContain('**Budget** closes in March\n- ask about <training>');
    const html = agendaHtml(data, 'prep');
    expect(html).toContain('<strong>Budget</strong> closes in March');
    expect(html).toContain('<li>ask about &lt;training&gt;</li>');
  });
});
