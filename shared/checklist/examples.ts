// Example objectives and benefits the checklist suggests: one per kind of meeting (the same
// wording as the built-in templates in resources/templates, so the editor and the template
// agree), one per topic an objective may be about, and a default. Every example objective here
// passes the objective rule itself (tests/unit/shared/checklist/examples.test.ts).
import type { Language } from '../domain/enums';
import type { TopicKey } from './phrases';

type PerLanguage<T> = Record<Language, T>;

export const TEMPLATE_OBJECTIVES: PerLanguage<Readonly<Record<string, string>>> = {
  en: {
    discovery:
      'They agree to share their current volumes and error figures and book a demo with the person who decides on the budget',
    demo: 'They confirm the system meets their must-have requirements and agree to a pilot at one site with a start date',
    proposal: 'The budget holder agrees on scope and price and commits to a signing date',
    'account-review':
      'They agree on three priorities for next year and confirm which one goes into their budget',
    'problem-resolution': 'They agree on the fix plan and confirm the date and criteria for sign-off',
    relationship:
      'They introduce us to the head of their new site and agree on a date for a needs assessment',
    closing: 'They sign the contract and confirm the project start date',
  },
  vi: {
    discovery:
      'Khách hàng đồng ý cung cấp số liệu vận hành hiện tại và hẹn buổi trình diễn có người quyết định ngân sách tham dự',
    demo: 'Khách hàng xác nhận hệ thống đáp ứng các yêu cầu bắt buộc và đồng ý thí điểm tại một địa điểm với ngày bắt đầu cụ thể',
    proposal: 'Người nắm ngân sách thống nhất phạm vi, mức giá và cam kết ngày ký hợp đồng',
    'account-review':
      'Khách hàng thống nhất ba ưu tiên cho năm tới và xác nhận ưu tiên nào được đưa vào ngân sách',
    'problem-resolution':
      'Khách hàng thống nhất kế hoạch khắc phục và xác nhận ngày cùng tiêu chí nghiệm thu',
    relationship:
      'Khách hàng giới thiệu chúng tôi với người phụ trách địa điểm mới và chốt ngày khảo sát nhu cầu',
    closing: 'Khách hàng ký hợp đồng và xác nhận ngày bắt đầu dự án',
  },
};

export const TEMPLATE_BENEFITS: PerLanguage<Readonly<Record<string, string>>> = {
  en: {
    discovery:
      'A clear, costed picture of their current problems and the options to solve them, before their next budget round',
    demo: 'Their team sees their own products and daily tasks in the system before deciding, so there are no surprises later',
    proposal:
      'A fixed, costed plan they can approve with confidence, with payment terms that fit their budget year',
    'account-review':
      'A measured view of the value they get today and a plan for next year their management can sign off',
    'problem-resolution':
      'The problem is solved on a known date, with named owners and a test they define themselves',
    relationship:
      'An outside view of the risks and options for their new site, from people who already know their business, before they commit',
    closing: 'The solution is running on the date they need it, at the price and terms already agreed',
  },
  vi: {
    discovery:
      'Khách hàng có bức tranh rõ ràng, có số liệu, về các vấn đề hiện tại và những hướng giải quyết trước kỳ lập ngân sách',
    demo: 'Đội ngũ của khách hàng thấy chính sản phẩm và công việc hằng ngày của mình trên hệ thống trước khi quyết định, tránh bất ngờ về sau',
    proposal:
      'Khách hàng có một kế hoạch rõ chi phí để yên tâm phê duyệt, với điều khoản thanh toán phù hợp năm ngân sách',
    'account-review':
      'Khách hàng thấy rõ giá trị đang nhận được bằng số liệu và có kế hoạch năm tới để trình ban lãnh đạo phê duyệt',
    'problem-resolution':
      'Sự cố được xử lý dứt điểm vào một ngày cụ thể, có người chịu trách nhiệm rõ ràng và bài kiểm tra do chính khách hàng đặt ra',
    relationship:
      'Khách hàng có góc nhìn độc lập về rủi ro và phương án cho địa điểm mới, từ những người đã hiểu công việc của họ, trước khi cam kết',
    closing: 'Giải pháp vận hành đúng thời điểm khách hàng cần, với mức giá và điều khoản đã thống nhất',
  },
};

/** Examples that reuse what a weak objective was about ("Discuss pricing" → a price decision). */
export const TOPIC_OBJECTIVES: PerLanguage<Readonly<Record<TopicKey, string>>> = {
  en: {
    price: 'Agree on the price for the 2027 volume and the date to sign',
    proposal: 'Get their decision on the proposal and a date to sign it',
    contract: 'Get the renewal signed for two years on the terms already agreed',
    problem: 'Agree on the fix, its deadline and how they will sign off that it works',
    project: 'Agree on the rollout date and who on their side signs off each phase',
    needs: 'Get their list of must-have requirements and agree who decides on them',
    product: 'Agree to a two-week trial with five of their users and a date to review it',
    account: "Agree on next year's volume forecast and book a meeting with their finance director",
  },
  vi: {
    price: 'Thống nhất mức giá cho sản lượng 2027 và ngày ký',
    proposal: 'Nhận quyết định của khách hàng về đề xuất và chốt ngày ký',
    contract: 'Ký gia hạn hợp đồng hai năm theo các điều khoản đã thống nhất',
    problem: 'Thống nhất cách khắc phục, thời hạn và cách khách hàng xác nhận đã xử lý xong',
    project: 'Thống nhất ngày triển khai và người phía khách hàng nghiệm thu từng giai đoạn',
    needs: 'Nhận danh sách yêu cầu bắt buộc của khách hàng và thống nhất ai sẽ quyết định',
    product: 'Đồng ý dùng thử hai tuần với năm người dùng và hẹn ngày đánh giá kết quả',
    account: 'Thống nhất dự báo sản lượng năm tới và hẹn gặp giám đốc tài chính của khách hàng',
  },
};

export const DEFAULT_OBJECTIVE: PerLanguage<string> = {
  en: 'Agree on a 20-seat pilot start date and its success criteria',
  vi: 'Thống nhất ngày bắt đầu thí điểm 20 người dùng và tiêu chí thành công',
};

export const DEFAULT_BENEFIT: PerLanguage<string> = {
  en: 'A pilot plan their team can take to the director for budget approval',
  vi: 'Một kế hoạch thí điểm mà đội ngũ của khách hàng có thể trình giám đốc để duyệt ngân sách',
};

// Own keys only: a template id typed by hand may be "constructor" or "toString".
function pick(map: Readonly<Record<string, string>>, key: string | undefined): string | undefined {
  return key !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** The example objective for a kind of meeting, or the default. */
export function objectiveExample(lang: Language, template?: string): string {
  return pick(TEMPLATE_OBJECTIVES[lang], template) ?? DEFAULT_OBJECTIVE[lang];
}

/** The example benefit for a kind of meeting, or the default. */
export function benefitExample(lang: Language, template?: string): string {
  return pick(TEMPLATE_BENEFITS[lang], template) ?? DEFAULT_BENEFIT[lang];
}
