// How the objective rule reads an objective: the product brief's and the issue's own phrases,
// every way the same words can be typed (case, NFD, no diacritics, old-style tone marks), the
// precedence of refusals over commitments, and what the user reads (reason and suggestion in
// the requested language, with an example that fits the kind of meeting or the topic).
import { describe, expect, it } from 'vitest';
import { checkObjective, isCourtesyCall, judgeObjective } from '../../../../shared/checklist/objective';
import {
  DEFAULT_OBJECTIVE,
  TEMPLATE_OBJECTIVES,
  TOPIC_OBJECTIVES,
} from '../../../../shared/checklist/examples';

describe('the phrases product.md and the issue name', () => {
  it.each([
    'Courtesy call',
    'check in',
    'catch up',
    'touch base',
    'keep in touch',
    'xã giao',
    'thăm hỏi',
    'giữ liên lạc',
    'duy trì quan hệ',
  ])('"%s" is refused as a courtesy call', (text) => {
    expect(judgeObjective(text)).toMatchObject({ ok: false, code: 'courtesy' });
  });

  it('refuses the three non-reasons as product.md words them', () => {
    expect(judgeObjective('It has been a month (or six weeks…) since we last met.').code).toBe('time');
    expect(judgeObjective("I'm passing by / on my way somewhere anyway.").code).toBe('passing');
    expect(judgeObjective('I need more calls this week to hit my target.').code).toBe('quota');
  });

  it.each(['TBD', '...', 'n/a', '-', '?', 'chưa có', 'không có', 'chưa xác định', 'sẽ bổ sung'])(
    'refuses the placeholder "%s"',
    (text) => {
      expect(judgeObjective(text)).toMatchObject({ ok: false, code: 'placeholder' });
    },
  );

  it('refuses "Discuss pricing" and asks what they should decide about pricing', () => {
    const check = checkObjective('Discuss pricing', { lang: 'en' });
    expect(check.ok).toBe(false);
    expect(check.reason).toMatch(/no decision the customer makes/);
    expect(check.suggestion).toBe(
      'What should they decide about pricing? For example: "Agree on the price for the 2027 volume and the date to sign"',
    );
  });

  it('asks the same in Vietnamese', () => {
    const check = checkObjective('Thảo luận về giá', { lang: 'vi' });
    expect(check.ok).toBe(false);
    expect(check.suggestion).toBe(
      'Họ sẽ quyết định gì về giá? Ví dụ: "Thống nhất mức giá cho sản lượng 2027 và ngày ký"',
    );
  });

  it('accepts a specific objective that merely mentions a visit', () => {
    expect(judgeObjective('Secure a reference visit to our plant').ok).toBe(true);
    expect(judgeObjective('Visit the customer').ok).toBe(false);
  });
});

describe('every way the same words can be typed', () => {
  const courtesy = 'Xã giao với khách hàng';
  const specific = 'Thống nhất mức giá cho sản lượng 2027 và ngày ký hợp đồng';

  it.each([
    ['NFD', courtesy.normalize('NFD')],
    ['upper case', courtesy.toUpperCase()],
    ['no diacritics', 'Xa giao voi khach hang'],
    ['extra spaces and line breaks', '  Xã   giao\n với\tkhách hàng  '],
  ])('refuses a courtesy call typed in %s', (_how, text) => {
    expect(judgeObjective(text).code).toBe('courtesy');
  });

  it.each([
    ['NFD', specific.normalize('NFD')],
    ['upper case', specific.toUpperCase()],
    ['no diacritics', 'Thong nhat muc gia cho san luong 2027 va ngay ky hop dong'],
    ['old-style tone marks', 'Đạt được thoả thuận về giá cho năm 2027'],
  ])('accepts a specific objective typed in %s', (_how, text) => {
    expect(judgeObjective(text).ok).toBe(true);
  });

  it('reads curly apostrophes like straight ones', () => {
    expect(judgeObjective('It’s been six weeks since our last visit').code).toBe('time');
    expect(judgeObjective('Haven’t seen them in two months').code).toBe('time');
  });

  it('matches whole words only', () => {
    // "check in" is not in "checkout", "sign" is not in "signage", "xã giao" not in "giao hàng".
    expect(judgeObjective('Agree on the checkout redesign for their 12 shops').ok).toBe(true);
    expect(judgeObjective('Review the signage').code).toBe('no-decision');
    expect(judgeObjective('Chốt lịch giao hàng xa cho 3 tỉnh miền núi').ok).toBe(true);
    // A hyphenated suffix keeps its word: "catchup-free" is no catch-up.
    expect(judgeObjective('Catchup-free rollout: agree on the 2027 go-live date').ok).toBe(true);
    expect(judgeObjective('Touchbase').code).toBe('courtesy');
  });

  it('keeps apart Vietnamese words that differ only by their marks', () => {
    // ký (sign) counts as a commitment; kỳ (period) and kỹ (technical) do not.
    expect(judgeObjective('Ký hợp đồng cung cấp năm 2027').ok).toBe(true);
    expect(judgeObjective('Báo cáo định kỳ cho ban giám đốc').code).toBe('no-decision');
    expect(judgeObjective('Trao đổi kỹ thuật với phòng bảo trì').code).toBe('no-decision');
    // "tham gia" (take part) is not "thăm" (visit).
    expect(judgeObjective('Khách hàng tham gia chương trình thí điểm 3 tháng').ok).toBe(true);
  });

  it('treats anything but text as an empty objective', () => {
    expect(judgeObjective(undefined).code).toBe('empty');
    expect(judgeObjective(42 as unknown as string).code).toBe('empty');
  });
});

describe('what decides when an objective says several things', () => {
  it('refuses an explicit courtesy phrase even next to a commitment', () => {
    expect(judgeObjective('Catch up and agree on nothing in particular').code).toBe('courtesy');
    expect(judgeObjective('Touch base and agree on the 2027 price list').code).toBe('courtesy');
    expect(judgeObjective('Giữ liên lạc, tiện thì chốt đơn tháng 12').ok).toBe(false);
  });

  it('refuses a stated non-reason even next to a commitment (the documented decision)', () => {
    expect(judgeObjective("Drop by since I'm in the area and get them to sign the 2027 contract").code).toBe(
      'passing',
    );
    expect(judgeObjective("It's been two months, so get the order for March").code).toBe('time');
    expect(judgeObjective('Cần thêm cuộc gặp cho đủ KPI, chốt đơn 200 thùng').code).toBe('quota');
  });

  it('lets a commitment carry incidental visit, coffee and follow-up words', () => {
    expect(judgeObjective('Visit the customer to collect the signed contract for 2027').ok).toBe(true);
    expect(judgeObjective('Coffee with the CFO to get approval for the pilot budget').ok).toBe(true);
    expect(judgeObjective('Follow up on the proposal and get the signed PO').ok).toBe(true);
    expect(judgeObjective('Ghé thăm và chốt đơn hàng 300 bao xi măng').ok).toBe(true);
  });

  it('ignores a courtesy phrase the objective denies', () => {
    expect(judgeObjective('Not a courtesy call: get the signed PO for 200 units').ok).toBe(true);
    expect(judgeObjective('Không phải xã giao: chốt đơn hàng 300 thùng sơn').ok).toBe(true);
  });

  it('does not count a commitment that is only the topic of a verb of talking', () => {
    expect(judgeObjective('Discuss when they will sign').code).toBe('no-decision');
    expect(judgeObjective('Trao đổi về việc ký hợp đồng').code).toBe('no-decision');
    expect(judgeObjective('Explain how to place an order online').code).toBe('no-decision');
  });

  it('counts a commitment joined to the talking by "and", "to", "và", "để" or a clause break', () => {
    expect(judgeObjective('Present the proposal and get agreement on the start date').ok).toBe(true);
    expect(judgeObjective('Present the quote to get a decision by Friday').ok).toBe(true);
    expect(judgeObjective('Discuss pricing; agree the 2027 discount').ok).toBe(true);
    expect(judgeObjective('Thảo luận về giá và chốt đơn hàng 500 thùng').ok).toBe(true);
    expect(judgeObjective('Giới thiệu sản phẩm mới để khách hàng đặt hàng thử 100 hộp').ok).toBe(true);
  });

  it('does not count a negated commitment', () => {
    expect(judgeObjective('Present the range without committing to anything').ok).toBe(false);
    expect(judgeObjective('Giới thiệu sản phẩm, khách hàng chưa cần quyết định').ok).toBe(false);
  });

  it('asks for more substance in Vietnamese syllables than in English words', () => {
    expect(judgeObjective('Sign the 2027 contract').ok).toBe(true);
    expect(judgeObjective('Ký hợp đồng').code).toBe('too-vague');
    expect(judgeObjective('Ký hợp đồng năm 2027').ok).toBe(true);
  });
});

describe('courtesy calls, for the editor', () => {
  it('tells a courtesy call or non-reason from other refusals', () => {
    for (const text of [
      'Courtesy call',
      'Lâu rồi chưa ghé',
      "I'm in the area anyway",
      'Đủ chỉ tiêu',
      'Visit the customer',
    ]) {
      expect(isCourtesyCall(judgeObjective(text))).toBe(true);
    }
    for (const text of ['Discuss pricing', 'TBD', '', 'Get an order', 'Sign the 2027 supply contract']) {
      expect(isCourtesyCall(judgeObjective(text))).toBe(false);
    }
    expect(isCourtesyCall(checkObjective('Xã giao', { lang: 'vi' }))).toBe(true);
  });
});

describe('reasons and suggestions', () => {
  const failing = [
    '',
    'TBD',
    'Courtesy call',
    'Long time no see',
    'Tiện đường ghé qua',
    'Cho đủ chỉ tiêu tuần',
    'Present our new product',
    'Get an order',
  ];

  it.each(failing)('gives a reason and a suggestion in both languages for "%s"', (text) => {
    const en = checkObjective(text, { lang: 'en' });
    const vi = checkObjective(text, { lang: 'vi' });
    expect(en.ok).toBe(false);
    expect(vi.ok).toBe(false);
    expect(en.code).toBe(vi.code);
    for (const check of [en, vi]) {
      expect(check.reason?.length).toBeGreaterThan(20);
      expect(check.suggestion).toMatch(/"[^"]{15,}"/);
    }
    expect(vi.reason).not.toBe(en.reason);
    expect(en.suggestion).toMatch(/^(For example|What should they decide)/);
    expect(vi.suggestion).toMatch(/^(Ví dụ|Họ sẽ quyết định gì)/);
  });

  it('says nothing about an accepted objective', () => {
    expect(
      checkObjective('Agree on a 20-seat pilot start date and its success criteria', { lang: 'en' }),
    ).toEqual({
      ok: true,
    });
  });

  it('quotes the words that made it a non-reason', () => {
    expect(checkObjective('Tiện đường ghé qua', { lang: 'vi' }).reason).toMatch(/^"tiện đường": /);
    expect(checkObjective('Regular monthly visit', { lang: 'en' }).reason).toMatch(
      /^"regular monthly visit": /,
    );
    expect(checkObjective('Courtesy call', { lang: 'en' }).reason).toMatch(
      /^"courtesy call" is a courtesy call/,
    );
  });

  it("advises not to go when there is no reason, as the product's essay does", () => {
    expect(checkObjective('Keep in touch', { lang: 'en' }).reason).toMatch(/don't go/);
    expect(checkObjective('Giữ liên lạc', { lang: 'vi' }).reason).toMatch(/đừng đi/);
  });

  it("uses the example of the meeting's template", () => {
    for (const lang of ['en', 'vi'] as const) {
      for (const [template, example] of Object.entries(TEMPLATE_OBJECTIVES[lang])) {
        expect(checkObjective('Courtesy call', { lang, template }).suggestion).toContain(example);
      }
    }
  });

  it('falls back to the default example for an unknown template', () => {
    expect(checkObjective('Courtesy call', { lang: 'en', template: 'my-own' }).suggestion).toContain(
      DEFAULT_OBJECTIVE.en,
    );
    expect(checkObjective('Courtesy call', { lang: 'en', template: 'constructor' }).suggestion).toContain(
      DEFAULT_OBJECTIVE.en,
    );
    expect(checkObjective('Xã giao', { lang: 'vi' }).suggestion).toContain(DEFAULT_OBJECTIVE.vi);
  });

  it('reuses the topic of a weak objective, as the user wrote it', () => {
    expect(checkObjective('Present our new product to the purchasing team', { lang: 'en' }).suggestion).toBe(
      `What should they decide about our new product? For example: "${TOPIC_OBJECTIVES.en.product}"`,
    );
    expect(checkObjective('Update them on the Roadmap', { lang: 'en' }).suggestion).toMatch(
      /^What should they decide about the Roadmap\?/,
    );
    expect(checkObjective('Giới thiệu Sản phẩm Mới cho phòng kỹ thuật', { lang: 'vi' }).suggestion).toBe(
      `Họ sẽ quyết định gì về Sản phẩm Mới? Ví dụ: "${TOPIC_OBJECTIVES.vi.product}"`,
    );
    expect(checkObjective('Trao đổi về dự án', { lang: 'vi' }).suggestion).toContain(
      TOPIC_OBJECTIVES.vi.project,
    );
  });

  it('gives a topic example for a commitment that is too vague', () => {
    expect(checkObjective('Agree on pricing', { lang: 'en' }).suggestion).toContain(
      TOPIC_OBJECTIVES.en.price,
    );
    expect(checkObjective('Ký hợp đồng', { lang: 'vi' }).suggestion).toContain(TOPIC_OBJECTIVES.vi.contract);
  });

  it('shortens a long placeholder it quotes', () => {
    const reason = checkObjective(`TBD ${'word '.repeat(40)}`, { lang: 'en' }).reason ?? '';
    expect(reason.length).toBeLessThan(200);
    expect(reason).toContain('…');
  });
});

describe('speed', () => {
  it('judges a long objective quickly once warmed up', () => {
    judgeObjective('warm up');
    const long = 'Agree on the price for the 2027 volume and the date to sign, lâu rồi chưa gặp. '.repeat(60);
    const started = performance.now();
    for (let i = 0; i < 10; i++) judgeObjective(long + i);
    expect((performance.now() - started) / 10).toBeLessThan(100);
  });
});
