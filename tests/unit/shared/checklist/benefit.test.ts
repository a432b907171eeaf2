// The customer-benefit rule: not empty, not a placeholder, not a copy of the objective, long
// enough to mean something, and about what the customer gets rather than what we get.
import { describe, expect, it } from 'vitest';
import { checkBenefit, isCopyOf, judgeBenefit } from '../../../../shared/checklist/benefit';
import { DEFAULT_BENEFIT, TEMPLATE_BENEFITS } from '../../../../shared/checklist/examples';

const OBJECTIVE = 'Agree on the price for the 2027 volume and the date to sign';

describe('benefit rule', () => {
  it.each([
    'A price fixed for 2027 so they can plan their budget',
    'Their team sees its own data in the system before deciding',
    'Lower energy costs',
    'An answer to the question their director asked in March',
    'Khách hàng có giá cố định cho năm 2027 để lập ngân sách',
    'Tiết kiệm chi phí vận hành',
    'Giảm 10% chi phí điện',
    'They get a price fixed for 2027 and we get the order',
    'Họ có giá tốt và chúng tôi có đơn hàng',
  ])('accepts "%s"', (text) => {
    expect(judgeBenefit(text, OBJECTIVE)).toEqual({ ok: true });
  });

  it.each([undefined, '', '   ', '\n\t'])('refuses an empty benefit (%j)', (text) => {
    expect(judgeBenefit(text, OBJECTIVE).code).toBe('empty');
  });

  it.each([
    'n/a',
    'N/A',
    'none',
    'None.',
    'không có',
    'Không có',
    'khong co',
    'TBD',
    'tbd',
    '-',
    '—',
    '...',
    '…',
    'nothing',
    'chưa có',
    'Chưa có.',
    'same as above',
    'như trên',
    'TODO write the benefit',
  ])('refuses the placeholder "%s"', (text) => {
    expect(judgeBenefit(text, OBJECTIVE).code).toBe('placeholder');
  });

  it.each([
    OBJECTIVE,
    OBJECTIVE.toUpperCase(),
    `${OBJECTIVE}.`,
    `  ${OBJECTIVE}  `,
    'agree on the price for the 2027 volume, and the date to sign!',
    'Agree on the price for the 2027 volume and the date to sign it',
    'The date to sign and the price for the 2027 volume: agree on them',
  ])('refuses a copy of the objective: "%s"', (text) => {
    expect(judgeBenefit(text, OBJECTIVE).code).toBe('copy');
  });

  it('refuses a copy whatever the diacritics and normal form', () => {
    const objective = 'Thống nhất mức giá cho sản lượng 2027 và ngày ký';
    expect(judgeBenefit(objective.normalize('NFD'), objective).code).toBe('copy');
    expect(judgeBenefit('Thong nhat muc gia cho san luong 2027 va ngay ky', objective).code).toBe('copy');
  });

  it('does not call a benefit a copy when it says something else about the same subject', () => {
    expect(isCopyOf('A fixed price for the 2027 volume, so they can plan their budget', OBJECTIVE)).toBe(
      false,
    );
    expect(isCopyOf('Agree on the price', OBJECTIVE)).toBe(false);
    expect(isCopyOf('anything', '')).toBe(false);
  });

  it('does not compare with a missing objective', () => {
    expect(judgeBenefit('A fixed price for 2027 they can plan with', undefined)).toEqual({ ok: true });
  });

  it.each(['Save money', 'Lower costs', 'Tiết kiệm', 'Value', 'Good relationship'])(
    'refuses a benefit too short to mean anything: "%s"',
    (text) => {
      expect(judgeBenefit(text, OBJECTIVE).code).toBe('too-short');
    },
  );

  it.each([
    'We get the order',
    'We close the deal this month',
    'Hit our target for Q4',
    'Our sales grow by 10%',
    'More revenue for us',
    'My commission for the quarter',
    'Chúng tôi có đơn hàng',
    'Chúng tôi chốt được hợp đồng',
    'Doanh số của công ty tăng',
    'Đạt chỉ tiêu doanh số tháng 12',
    'Bên mình nhận được đơn hàng lớn',
  ])('refuses a benefit only about us: "%s"', (text) => {
    expect(judgeBenefit(text, OBJECTIVE).code).toBe('us-only');
  });

  it('uses a notebook placeholder as well as the built-in ones', () => {
    expect(judgeBenefit('see CRM', OBJECTIVE, { en: { placeholders: ['See CRM'] } }).code).toBe(
      'placeholder',
    );
    expect(judgeBenefit('see CRM notes please', OBJECTIVE, { en: { placeholders: ['See CRM'] } }).ok).toBe(
      true,
    );
  });
});

describe('benefit messages', () => {
  it('explains each refusal in the requested language, with an example benefit', () => {
    for (const [text, code] of [
      ['', 'empty'],
      ['n/a', 'placeholder'],
      [OBJECTIVE, 'copy'],
      ['Save money', 'too-short'],
      ['We get the order', 'us-only'],
    ] as const) {
      const en = checkBenefit(text, OBJECTIVE, { lang: 'en' });
      const vi = checkBenefit(text, OBJECTIVE, { lang: 'vi' });
      expect(en).toMatchObject({ ok: false, code });
      expect(vi).toMatchObject({ ok: false, code });
      expect(en.reason).not.toBe(vi.reason);
      expect(en.suggestion).toBe(`For example: "${DEFAULT_BENEFIT.en}"`);
      expect(vi.suggestion).toBe(`Ví dụ: "${DEFAULT_BENEFIT.vi}"`);
    }
  });

  it('says what a copy is', () => {
    expect(checkBenefit(OBJECTIVE, OBJECTIVE, { lang: 'en' }).reason).toMatch(/repeats the objective/);
    expect(checkBenefit(OBJECTIVE, OBJECTIVE, { lang: 'vi' }).reason).toMatch(/lặp lại mục tiêu/);
  });

  it('quotes the placeholder', () => {
    expect(checkBenefit('không có', OBJECTIVE, { lang: 'vi' }).reason).toMatch(
      /^"không có" chỉ là nội dung tạm/,
    );
  });

  it("suggests the benefit of the meeting's template", () => {
    expect(checkBenefit('', OBJECTIVE, { lang: 'en', template: 'closing' }).suggestion).toContain(
      TEMPLATE_BENEFITS.en.closing,
    );
    expect(checkBenefit('', OBJECTIVE, { lang: 'vi', template: 'demo' }).suggestion).toContain(
      TEMPLATE_BENEFITS.vi.demo,
    );
  });

  it('says nothing about an accepted benefit', () => {
    expect(checkBenefit('A price fixed for 2027 so they can plan', OBJECTIVE, { lang: 'en' })).toEqual({
      ok: true,
    });
  });
});
