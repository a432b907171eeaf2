import { describe, expect, it } from 'vitest';
import { agendaHtml, agendaMarkdown, agendaText } from '../../../../shared/export/agenda';
import { agendaIcs } from '../../../../shared/export/ics';
import { FILL_LINE } from '../../../../shared/export/labels';
import { INTERNAL_EN, INTERNAL_VI, agendaDataEn, agendaDataVi } from './sampleData';

const NOW = new Date('2026-11-30T08:00:00Z');

/** Every format the customer sees, in one language. */
function customerFormats(data: ReturnType<typeof agendaDataEn>): Record<string, string> {
  return {
    text: agendaText(data, 'customer'),
    markdown: agendaMarkdown(data, 'customer'),
    html: agendaHtml(data, 'customer'),
    ics: unfold(agendaIcs(data, NOW)),
  };
}

function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

describe('the customer copy', () => {
  for (const [lang, make, internal] of [
    ['en', agendaDataEn, INTERNAL_EN],
    ['vi', agendaDataVi, INTERNAL_VI],
  ] as const) {
    it(`never contains anything internal, in any format (${lang})`, () => {
      for (const [format, output] of Object.entries(customerFormats(make()))) {
        for (const [what, secret] of Object.entries(internal)) {
          const marker = secret.split(' ').pop() ?? secret;
          expect(output, `${format} leaks the ${what}`).not.toContain(marker);
        }
        expect(output, `${format} leaks an action item`).not.toContain(
          lang === 'en' ? 'Send the pilot' : 'Gửi đề xuất',
        );
        expect(output, `${format} leaks an open action`).not.toContain('reference list');
        expect(output, `${format} leaks the checklist`).not.toMatch(/Materials ready|Tài liệu đã sẵn sàng/);
      }
    });
  }

  it('stays clean even when the internal text sits in fields it prints nothing from', () => {
    const data = agendaDataEn();
    data.meeting.sections.other.push({ heading: '', content: 'PREAMBLE-SECRET' });
    expect(agendaText(data, 'customer')).not.toContain('PREAMBLE-SECRET');
  });

  it('prints in the order of an up-front agreement (text)', () => {
    const text = agendaText(agendaDataEn(), 'customer');
    const order = [
      'Pilot scoping',
      'Wednesday, 2 December 2026',
      '09:30–10:15 (45 min)',
      'Their office, Hà Nội',
      'Nguyễn Thị Lan (Trưởng phòng mua hàng)',
      'Purpose of the meeting — what you get',
      'A pilot plan their team can take to the director',
      'Agenda',
      '09:30–09:40  Their priorities for next year (10 min)',
      '09:40–10:05  Pilot scope and success criteria (25 min)',
      '10:05–10:15  Next steps and owners (10 min)',
      'Expected outcome',
      FILL_LINE,
      'Next steps',
      FILL_LINE,
    ];
    let from = 0;
    for (const piece of order) {
      const at = text.indexOf(piece, from);
      expect(at, `"${piece}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  });

  it('speaks Vietnamese with dd/mm/yyyy dates and the polite headings', () => {
    const text = agendaText(agendaDataVi(), 'customer');
    expect(text).toContain('Thứ Tư, 02/12/2026');
    expect(text).toContain('Mục đích cuộc gặp — Quý khách nhận được gì');
    expect(text).toContain('Chương trình');
    expect(text).toContain('Kết quả mong đợi');
    expect(text).toContain('Bước tiếp theo');
    expect(text).toContain('09:40–10:05  Phạm vi và tiêu chí thành công (25 phút)');
    expect(text).not.toMatch(/Agenda|Purpose|Expected outcome/);
  });

  it('keeps Vietnamese diacritics intact in every format', () => {
    for (const output of Object.values(customerFormats(agendaDataVi()))) {
      expect(output).toContain('Xác định phạm vi thí điểm');
      expect(output).toContain('Ưu tiên của quý công ty năm tới');
    }
  });

  it('prints the agenda with minutes only when the meeting has no time', () => {
    const data = agendaDataEn();
    delete data.meeting.fields.time;
    const text = agendaText(data, 'customer');
    expect(text).toContain('- Their priorities for next year (10 min)');
    expect(text).toContain('Time:      45 min');
    expect(text).not.toMatch(/\d\d:\d\d–/);
  });

  it('leaves lines to fill when the benefit or the agenda is missing', () => {
    const data = agendaDataEn();
    delete data.meeting.fields.benefit;
    data.meeting.fields.agenda = [];
    const text = agendaText(data, 'customer');
    const purpose = text.slice(text.indexOf('Purpose'), text.indexOf('Agenda'));
    expect(purpose).toContain(FILL_LINE);
    expect(text.slice(text.indexOf('Agenda'), text.indexOf('Expected'))).toContain(FILL_LINE);
  });

  it('skips the rows a meeting does not have and uses the id when the title is empty', () => {
    const data = agendaDataEn();
    data.meeting.fields = { date: '2026-12-02', agenda: [{ title: 'Only item', minutes: 5 }] };
    const text = agendaText(data, 'customer');
    expect(text.startsWith('2026-12-02-pilot-scoping\n')).toBe(true);
    expect(text).not.toMatch(/Place:|Attendees:/);
    expect(text).toContain('Time: 5 min');
    expect(text).toContain('- Only item (5 min)');
  });

  it('escapes Markdown in user text so it prints as written', () => {
    const data = agendaDataEn();
    data.meeting.fields.title = '# Q1 *plan* <draft>';
    data.meeting.fields.agenda = [{ title: 'Prices | volumes', minutes: 10 }];
    const markdown = agendaMarkdown(data, 'customer');
    expect(markdown).toContain('# \\# Q1 \\*plan\\* \\<draft\\>');
    expect(markdown).toContain('| 09:30–09:40 | Prices \\| volumes | 10 |');
  });

  it('gives the Markdown copy a table of the agenda and a total', () => {
    const markdown = agendaMarkdown(agendaDataEn(), 'customer');
    expect(markdown).toContain('| Time | Item | Minutes |');
    expect(markdown).toContain('| 09:40–10:05 | Pilot scope and success criteria | 25 |');
    expect(markdown).toContain('|  | **Total** | **45** |');
  });
});
