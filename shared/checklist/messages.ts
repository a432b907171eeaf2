// What the checklist says to people, in English and Vietnamese: the reason an item fails, the
// suggestion that goes with it, and the label of every item. Reasons quote the user's own words
// where that helps them see what to change.
import type { Language } from '../domain/enums';

export interface ChecklistMessages {
  labels: Readonly<Record<string, string>>;
  objective: {
    empty: string;
    placeholder: (text: string) => string;
    courtesy: (phrase: string) => string;
    time: (phrase: string) => string;
    passing: (phrase: string) => string;
    quota: (phrase: string) => string;
    noDecision: string;
    tooVague: string;
    /** A suggestion: just an example. */
    example: (example: string) => string;
    /** A suggestion that reuses what a weak objective was about. */
    decideAbout: (topic: string, example: string) => string;
  };
  benefit: {
    empty: string;
    placeholder: (text: string) => string;
    copy: string;
    tooShort: string;
    usOnly: string;
    example: (example: string) => string;
  };
  agenda: {
    empty: string;
    emptySuggestion: string;
    noDuration: string;
    noDurationSuggestion: string;
    over: (total: number, duration: number) => string;
    overSuggestion: (over: number) => string;
  };
  attendees: { empty: string; suggestion: string };
}

const en: ChecklistMessages = {
  labels: {
    objective: 'A specific objective, not a courtesy call',
    benefit: 'What the customer gets',
    agenda: "An agenda that fits the meeting's time",
    attendees: 'At least one attendee',
    'history-reviewed': 'Customer history and last meeting reviewed',
    'actions-addressed': 'Open action items addressed',
    'questions-prepared': 'Questions prepared',
    'materials-ready': 'Materials ready',
    'agenda-shared': 'Agenda shared with the customer',
  },
  objective: {
    empty: 'State the objective: what the customer will decide, agree to or do in this meeting.',
    placeholder: (text) =>
      `"${text}" is a placeholder. State what the customer will decide, agree to or do in this meeting.`,
    courtesy: (phrase) =>
      `"${phrase}" is a courtesy call, not a reason to meet. Name what the customer will decide, agree to or do; if there is nothing, don't go, and set an objective with another customer instead.`,
    time: (phrase) =>
      `"${phrase}": the time since the last meeting is not a reason to meet. Name what the customer will decide or do this time.`,
    passing: (phrase) =>
      `"${phrase}": being nearby anyway is not a reason for the customer to see you. Name what they will decide or do.`,
    quota: (phrase) =>
      `"${phrase}": filling your call target is not a reason for the customer to see you. Name what they will decide or do.`,
    noDecision:
      'This names no decision the customer makes. Say what they will decide, agree to or do: an order, or a step that moves the sale forward.',
    tooVague:
      'Too vague to tell afterwards whether you got it: say exactly what the customer will commit to (what, how many, by when).',
    example: (example) => `For example: "${example}"`,
    decideAbout: (topic, example) => `What should they decide about ${topic}? For example: "${example}"`,
  },
  benefit: {
    empty: 'Say what the customer gets from this meeting, in their terms.',
    placeholder: (text) =>
      `"${text}" is a placeholder. Say what the customer gets from this meeting, in their terms.`,
    copy: 'This repeats the objective. The objective is what you want from the meeting; the benefit is what the customer gets from it.',
    tooShort:
      'Too short to mean anything to the customer: say what they get, in a few words of their own terms.',
    usOnly:
      'This is what we get, not the customer. Say what they get from the meeting: a saving, an answer, a plan, less risk.',
    example: (example) => `For example: "${example}"`,
  },
  agenda: {
    empty: 'Add at least one agenda item with a title.',
    emptySuggestion:
      'Start from a template, or add the items with their minutes, e.g. "Their priorities for next year: 10 minutes".',
    noDuration: "Set the meeting's duration, so the agenda can be checked against it.",
    noDurationSuggestion: 'Enter how many minutes the meeting lasts, e.g. 45.',
    over: (total, duration) => `The agenda takes ${total} minutes but the meeting lasts ${duration}.`,
    overSuggestion: (over) =>
      `Cut ${over} ${over === 1 ? 'minute' : 'minutes'} from the agenda or make the meeting longer.`,
  },
  attendees: {
    empty: 'Add at least one attendee.',
    suggestion: 'Name who will be there, with their role, e.g. "Nguyễn Thị Lan (Purchasing manager)".',
  },
};

const vi: ChecklistMessages = {
  labels: {
    objective: 'Mục tiêu cụ thể, không phải gặp xã giao',
    benefit: 'Lợi ích cho khách hàng',
    agenda: 'Chương trình vừa với thời lượng cuộc gặp',
    attendees: 'Có ít nhất một người tham dự',
    'history-reviewed': 'Đã xem lại lịch sử khách hàng và cuộc gặp trước',
    'actions-addressed': 'Đã xử lý các việc còn tồn đọng',
    'questions-prepared': 'Đã chuẩn bị câu hỏi',
    'materials-ready': 'Đã sẵn sàng tài liệu',
    'agenda-shared': 'Đã gửi chương trình cho khách hàng',
  },
  objective: {
    empty: 'Hãy nêu mục tiêu: khách hàng sẽ quyết định, đồng ý hoặc làm gì trong cuộc gặp này.',
    placeholder: (text) =>
      `"${text}" chỉ là nội dung tạm. Hãy nêu khách hàng sẽ quyết định, đồng ý hoặc làm gì trong cuộc gặp này.`,
    courtesy: (phrase) =>
      `"${phrase}" là gặp xã giao, không phải lý do để gặp. Hãy nêu điều khách hàng sẽ quyết định, đồng ý hoặc thực hiện; nếu không có, đừng đi, hãy đặt mục tiêu với một khách hàng khác.`,
    time: (phrase) =>
      `"${phrase}": đã lâu chưa gặp không phải là lý do để gặp. Hãy nêu lần này khách hàng sẽ quyết định hoặc làm gì.`,
    passing: (phrase) =>
      `"${phrase}": tiện đường ghé qua không phải là lý do để khách hàng tiếp bạn. Hãy nêu họ sẽ quyết định hoặc làm gì.`,
    quota: (phrase) =>
      `"${phrase}": cho đủ chỉ tiêu cuộc gặp không phải là lý do để khách hàng tiếp bạn. Hãy nêu họ sẽ quyết định hoặc làm gì.`,
    noDecision:
      'Mục tiêu này không nêu quyết định nào của khách hàng. Hãy nói rõ họ sẽ quyết định, đồng ý hoặc làm gì: một đơn hàng, hoặc một bước giúp thương vụ tiến lên.',
    tooVague:
      'Còn quá chung chung để biết sau cuộc gặp đã đạt hay chưa: hãy nói rõ khách hàng cam kết điều gì (cái gì, bao nhiêu, khi nào).',
    example: (example) => `Ví dụ: "${example}"`,
    decideAbout: (topic, example) => `Họ sẽ quyết định gì về ${topic}? Ví dụ: "${example}"`,
  },
  benefit: {
    empty: 'Hãy nêu khách hàng nhận được gì từ cuộc gặp này, theo cách nhìn của họ.',
    placeholder: (text) => `"${text}" chỉ là nội dung tạm. Hãy nêu khách hàng nhận được gì từ cuộc gặp này.`,
    copy: 'Lợi ích đang lặp lại mục tiêu. Mục tiêu là điều bạn muốn đạt được; lợi ích là điều khách hàng nhận được.',
    tooShort:
      'Quá ngắn để có ý nghĩa với khách hàng: hãy nêu họ nhận được gì, bằng vài từ theo cách nhìn của họ.',
    usOnly:
      'Đây là điều phía mình nhận được, không phải khách hàng. Hãy nêu họ được gì: tiết kiệm chi phí, một câu trả lời, một kế hoạch, bớt rủi ro.',
    example: (example) => `Ví dụ: "${example}"`,
  },
  agenda: {
    empty: 'Hãy thêm ít nhất một mục có tiêu đề vào chương trình.',
    emptySuggestion:
      'Bắt đầu từ một mẫu, hoặc thêm từng mục kèm số phút, ví dụ "Ưu tiên của khách hàng cho năm tới: 10 phút".',
    noDuration: 'Hãy đặt thời lượng cuộc gặp để kiểm tra chương trình có vừa không.',
    noDurationSuggestion: 'Nhập số phút của cuộc gặp, ví dụ 45.',
    over: (total, duration) => `Chương trình cần ${total} phút nhưng cuộc gặp chỉ có ${duration} phút.`,
    overSuggestion: (over) => `Hãy bớt ${over} phút trong chương trình hoặc kéo dài cuộc gặp.`,
  },
  attendees: {
    empty: 'Hãy thêm ít nhất một người tham dự.',
    suggestion: 'Ghi tên người tham dự kèm chức vụ, ví dụ "Nguyễn Thị Lan (Trưởng phòng mua hàng)".',
  },
};

const MESSAGES: Readonly<Record<Language, ChecklistMessages>> = { en, vi };

/** The language to answer in: anything unexpected (a hand-edited setting) falls back to English. */
export function answerLanguage(lang: unknown): Language {
  return lang === 'vi' ? 'vi' : 'en';
}

/** The messages in a language; anything unexpected falls back to English. */
export function messagesFor(lang: Language): ChecklistMessages {
  return MESSAGES[answerLanguage(lang)];
}

/** Quotes at most `max` characters of the user's text back, cut at a word. */
export function shortQuote(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
