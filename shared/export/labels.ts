// Every word the exported documents print, in English and Vietnamese. The Vietnamese customer
// copy addresses the reader as "Quý khách", the polite form for a business customer.
import type { Language, ManualChecklistItem, MeetingStatus, ObjectiveMet, Outcome } from '../domain/enums';

export interface ExportLabels {
  // Customer copy, in the order it prints.
  customer: string;
  date: string;
  time: string;
  place: string;
  attendees: string;
  purpose: string;
  agenda: string;
  agendaTime: string;
  agendaItem: string;
  agendaMinutes: string;
  total: string;
  minutesShort: string;
  expectedOutcome: string;
  nextSteps: string;
  // Prep sheet.
  prepSheet: string;
  internalNotice: string;
  status: string;
  objective: string;
  fallback: string;
  benefit: string;
  questions: string;
  preparation: string;
  contacts: string;
  openActions: string;
  fromMeeting: string;
  lastMeetings: string;
  objectiveMetLabel: string;
  uncheckedItems: string;
  otherText: string;
  /** Labels of the built-in manual checklist items, for a review that carries none. */
  manualItems: Record<ManualChecklistItem, string>;
  // History.
  history: string;
  contents: string;
  industry: string;
  location: string;
  meetingCount: (count: number) => string;
  outcome: string;
  notes: string;
  actionItems: string;
  noMeetings: string;
  // Shared.
  none: string;
  notSet: string;
  statuses: Record<MeetingStatus, string>;
  outcomes: Record<Outcome, string>;
  objectiveMet: Record<ObjectiveMet, string>;
  weekdays: readonly string[];
  months: readonly string[];
}

const en: ExportLabels = {
  customer: 'Customer',
  date: 'Date',
  time: 'Time',
  place: 'Place',
  attendees: 'Attendees',
  purpose: 'Purpose of the meeting — what you get',
  agenda: 'Agenda',
  agendaTime: 'Time',
  agendaItem: 'Item',
  agendaMinutes: 'Minutes',
  total: 'Total',
  minutesShort: 'min',
  expectedOutcome: 'Expected outcome',
  nextSteps: 'Next steps',
  prepSheet: 'Prep sheet',
  internalNotice: 'Internal: not for the customer',
  status: 'Status',
  objective: 'Objective',
  fallback: 'Fallback (minimum acceptable outcome)',
  benefit: 'What the customer gets',
  questions: 'Questions to ask',
  preparation: 'Preparation notes',
  contacts: 'Contacts',
  openActions: 'Open action items from earlier meetings',
  fromMeeting: 'from',
  lastMeetings: 'Last meetings: objective → outcome',
  objectiveMetLabel: 'objective met',
  uncheckedItems: 'Checklist items not ticked yet',
  otherText: 'Other notes',
  manualItems: {
    'history-reviewed': 'Customer history and last meeting reviewed',
    'actions-addressed': 'Open action items addressed',
    'questions-prepared': 'Questions prepared',
    'materials-ready': 'Materials ready',
    'agenda-shared': 'Agenda shared with the customer',
  },
  history: 'Customer history',
  contents: 'Contents',
  industry: 'Industry',
  location: 'Location',
  meetingCount: (count) => (count === 1 ? '1 meeting' : `${count} meetings`),
  outcome: 'Outcome',
  notes: 'Notes',
  actionItems: 'Action items',
  noMeetings: 'No meetings yet.',
  none: 'None',
  notSet: '(not set)',
  statuses: { draft: 'Draft', ready: 'Ready', done: 'Done', cancelled: 'Cancelled' },
  outcomes: { order: 'Order', advance: 'Advance', continuation: 'Continuation', 'no-sale': 'No-sale' },
  objectiveMet: { yes: 'yes', partly: 'partly', no: 'no' },
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const vi: ExportLabels = {
  customer: 'Khách hàng',
  date: 'Ngày',
  time: 'Thời gian',
  place: 'Địa điểm',
  attendees: 'Thành phần tham dự',
  purpose: 'Mục đích cuộc gặp — Quý khách nhận được gì',
  agenda: 'Chương trình',
  agendaTime: 'Thời gian',
  agendaItem: 'Nội dung',
  agendaMinutes: 'Số phút',
  total: 'Tổng cộng',
  minutesShort: 'phút',
  expectedOutcome: 'Kết quả mong đợi',
  nextSteps: 'Bước tiếp theo',
  prepSheet: 'Phiếu chuẩn bị',
  internalNotice: 'Tài liệu nội bộ: không đưa cho khách hàng',
  status: 'Trạng thái',
  objective: 'Mục tiêu',
  fallback: 'Mục tiêu dự phòng (kết quả tối thiểu chấp nhận được)',
  benefit: 'Khách hàng nhận được gì',
  questions: 'Câu hỏi cần hỏi',
  preparation: 'Ghi chú chuẩn bị',
  contacts: 'Người liên hệ',
  openActions: 'Việc còn mở từ các cuộc gặp trước',
  fromMeeting: 'từ',
  lastMeetings: 'Các cuộc gặp gần nhất: mục tiêu → kết quả',
  objectiveMetLabel: 'đạt mục tiêu',
  uncheckedItems: 'Mục kiểm tra chưa đánh dấu',
  otherText: 'Ghi chú khác',
  manualItems: {
    'history-reviewed': 'Đã xem lịch sử khách hàng và cuộc gặp trước',
    'actions-addressed': 'Đã xử lý các việc còn mở',
    'questions-prepared': 'Đã chuẩn bị câu hỏi',
    'materials-ready': 'Tài liệu đã sẵn sàng',
    'agenda-shared': 'Đã gửi chương trình cho khách hàng',
  },
  history: 'Lịch sử khách hàng',
  contents: 'Mục lục',
  industry: 'Ngành',
  location: 'Khu vực',
  meetingCount: (count) => `${count} cuộc gặp`,
  outcome: 'Kết quả',
  notes: 'Ghi chú',
  actionItems: 'Việc cần làm',
  noMeetings: 'Chưa có cuộc gặp nào.',
  none: 'Không có',
  notSet: '(chưa có)',
  statuses: { draft: 'Nháp', ready: 'Sẵn sàng', done: 'Đã gặp', cancelled: 'Đã hủy' },
  outcomes: {
    order: 'Đơn hàng',
    advance: 'Bước tiến',
    continuation: 'Duy trì',
    'no-sale': 'Không bán được',
  },
  objectiveMet: { yes: 'có', partly: 'một phần', no: 'không' },
  weekdays: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  months: [
    'tháng 1',
    'tháng 2',
    'tháng 3',
    'tháng 4',
    'tháng 5',
    'tháng 6',
    'tháng 7',
    'tháng 8',
    'tháng 9',
    'tháng 10',
    'tháng 11',
    'tháng 12',
  ],
};

export const EXPORT_LABELS: Readonly<Record<Language, ExportLabels>> = { en, vi };

export function exportLabels(lang: Language): ExportLabels {
  return EXPORT_LABELS[lang];
}

/** The line printed where the customer writes by hand. */
export const FILL_LINE = '______________________________';
