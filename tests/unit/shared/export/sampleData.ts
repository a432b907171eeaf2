// Sample meetings for the export tests, in English and Vietnamese, with distinctive internal
// strings so a test can prove they never reach the customer copy.
import type { AgendaExportData, HistoryExportData } from '../../../../shared/export/types';
import { parseSections } from '../../../../shared/export/sections';

export const INTERNAL_EN = {
  objective: 'Agree on a 20-seat pilot start date SECRET-OBJECTIVE',
  fallback: 'Get the must-have list SECRET-FALLBACK',
  preparation: 'Their budget closes in March SECRET-PREPARATION',
  question: 'What would make the pilot a success SECRET-QUESTION?',
  notes: 'Lan was worried about training SECRET-NOTES',
  other: 'Competitor offered 10% off SECRET-OTHER',
};

export const INTERNAL_VI = {
  objective: 'Chốt ngày bắt đầu thí điểm 20 người dùng MỤC-TIÊU-KÍN',
  fallback: 'Lấy danh sách yêu cầu bắt buộc DỰ-PHÒNG-KÍN',
  preparation: 'Ngân sách của họ chốt vào tháng Ba CHUẨN-BỊ-KÍN',
  question: 'Điều gì làm thí điểm thành công CÂU-HỎI-KÍN?',
  notes: 'Chị Lan lo về đào tạo GHI-CHÚ-KÍN',
  other: 'Đối thủ giảm giá 10% KHÁC-KÍN',
};

function bodyEn(): string {
  return [
    '## Preparation',
    INTERNAL_EN.preparation,
    '',
    '## Questions',
    `- ${INTERNAL_EN.question}`,
    '',
    '## Notes',
    INTERNAL_EN.notes,
    '',
    '## Action items',
    '- [ ] Send the pilot proposal (due 2026-12-05)',
    '- [x] Book the demo room',
    '',
    '## Competition',
    INTERNAL_EN.other,
    '',
  ].join('\n');
}

function bodyVi(): string {
  return [
    '## Chuẩn bị',
    INTERNAL_VI.preparation,
    '',
    '## Câu hỏi',
    `- ${INTERNAL_VI.question}`,
    '',
    '## Ghi chú',
    INTERNAL_VI.notes,
    '',
    '## Việc cần làm',
    '- [ ] Gửi đề xuất thí điểm',
    '',
    '## Đối thủ',
    INTERNAL_VI.other,
    '',
  ].join('\n');
}

export function agendaDataEn(): AgendaExportData {
  return {
    lang: 'en',
    customer: {
      id: 'cong-ty-tnhh-minh-long',
      name: 'Công ty TNHH Minh Long',
      contacts: [{ name: 'Nguyễn Thị Lan', role: 'Trưởng phòng mua hàng', email: 'lan@example.com' }],
    },
    meeting: {
      meetingId: '2026-12-02-pilot-scoping',
      fields: {
        title: 'Pilot scoping',
        date: '2026-12-02',
        time: '09:30',
        duration: 45,
        location: 'Their office, Hà Nội',
        attendees: ['Nguyễn Thị Lan (Trưởng phòng mua hàng)'],
        objective: INTERNAL_EN.objective,
        benefit: 'A pilot plan their team can take to the director for budget approval',
        fallback: INTERNAL_EN.fallback,
        agenda: [
          { title: 'Their priorities for next year', minutes: 10 },
          { title: 'Pilot scope and success criteria', minutes: 25 },
          { title: 'Next steps and owners', minutes: 10 },
        ],
        checklist: { 'history-reviewed': true },
        status: 'draft',
      },
      sections: parseSections(bodyEn()),
    },
    openActions: [{ meetingId: '2026-11-02-discovery', date: '2026-11-02', text: 'Send the reference list' }],
    lastMeetings: [
      {
        date: '2026-11-02',
        title: 'Discovery',
        objective: 'Agree on the two problems worth a proposal',
        outcome: 'advance',
        objectiveMet: 'yes',
        status: 'done',
      },
    ],
    uncheckedManualItems: [{ id: 'materials-ready', label: 'Materials ready' }],
  };
}

export function agendaDataVi(): AgendaExportData {
  const data = agendaDataEn();
  return {
    ...data,
    lang: 'vi',
    meeting: {
      meetingId: '2026-12-02-xac-dinh-pham-vi-thi-diem',
      fields: {
        ...data.meeting.fields,
        title: 'Xác định phạm vi thí điểm',
        location: 'Văn phòng khách hàng, Hà Nội',
        objective: INTERNAL_VI.objective,
        fallback: INTERNAL_VI.fallback,
        benefit: 'Một kế hoạch thí điểm để trình giám đốc duyệt ngân sách',
        agenda: [
          { title: 'Ưu tiên của quý công ty năm tới', minutes: 10 },
          { title: 'Phạm vi và tiêu chí thành công', minutes: 25 },
          { title: 'Bước tiếp theo và người phụ trách', minutes: 10 },
        ],
      },
      sections: parseSections(bodyVi()),
    },
    uncheckedManualItems: [{ id: 'materials-ready', label: 'Tài liệu đã sẵn sàng' }],
  };
}

export function historyData(lang: 'en' | 'vi' = 'en'): HistoryExportData {
  const current = lang === 'en' ? agendaDataEn() : agendaDataVi();
  return {
    lang,
    customer: { ...current.customer, industry: 'Ceramics', location: 'Hà Nội' },
    meetings: [
      {
        meetingId: '2026-11-02-discovery',
        fields: {
          title: 'Discovery',
          date: '2026-11-02',
          time: '14:00',
          objective: 'Agree on the two problems worth a proposal',
          status: 'done',
          outcome: 'advance',
          objectiveMet: 'yes',
        },
        sections: parseSections(
          '## Notes\nThey want a pilot.\n\n## Action items\n- [ ] Send the reference list\n',
        ),
      },
      current.meeting,
    ],
  };
}
