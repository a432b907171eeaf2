// The assembled review of contract.md (`meetings.review`): the required items judged by the
// rules, the manual items, the notebook's extra items, their order, labels and `ready`.
import { describe, expect, it } from 'vitest';
import { Review } from '../../../../shared/contract/meetings';
import { MANUAL_CHECKLIST_ITEMS, REQUIRED_CHECKLIST_ITEMS } from '../../../../shared/domain/enums';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { reviewMeeting, type ExtraChecklistItem } from '../../../../shared/checklist/review';

// The example meeting of vault-format.md.
const READY: Partial<MeetingFields> = {
  title: 'Pilot scoping',
  date: '2026-12-02',
  time: '09:30',
  duration: 45,
  attendees: ['Nguyễn Thị Lan (Trưởng phòng mua hàng)'],
  template: 'discovery',
  objective: 'Agree on a 20-seat pilot start date and its success criteria',
  benefit: 'A pilot plan their team can take to the director for budget approval',
  fallback: 'Get the list of their must-have requirements',
  agenda: [
    { title: 'Their priorities for next year', minutes: 10 },
    { title: 'Pilot scope and success criteria', minutes: 25 },
    { title: 'Next steps and owners', minutes: 10 },
  ],
  checklist: { 'history-reviewed': true, 'questions-prepared': true },
  status: 'draft',
};

const EXTRAS: ExtraChecklistItem[] = [
  { id: 'price-list-printed', label: { en: 'Price list printed', vi: 'Đã in bảng giá' } },
  { id: 'samples-packed', label: { vi: 'Đã đóng gói mẫu' } },
  { id: 'parking-booked', label: {} },
];

function byId(review: Review, id: string) {
  return review.items.find((item) => item.id === id);
}

describe('reviewMeeting', () => {
  it('lists the items in the order of contract.md, then the extra items', () => {
    const review = reviewMeeting(READY, { lang: 'en', extraItems: EXTRAS });
    expect(review.items.map((item) => item.id)).toEqual([
      ...REQUIRED_CHECKLIST_ITEMS,
      ...MANUAL_CHECKLIST_ITEMS,
      'price-list-printed',
      'samples-packed',
      'parking-booked',
    ]);
    expect(review.items.map((item) => item.required)).toEqual([
      true,
      true,
      true,
      true,
      ...Array(8).fill(false),
    ]);
  });

  it('is ready when every required item holds, whatever the manual items say', () => {
    const review = reviewMeeting(READY, { lang: 'en', extraItems: EXTRAS });
    expect(review.ready).toBe(true);
    expect(review.items.filter((item) => item.required).every((item) => item.ok)).toBe(true);
    expect(byId(review, 'materials-ready')?.ok).toBe(false);
  });

  it('fits the contract schema exactly', () => {
    const review = reviewMeeting(
      { ...READY, objective: 'Courtesy call' },
      { lang: 'vi', extraItems: EXTRAS },
    );
    expect(Review.parse(review)).toEqual(review);
  });

  it.each<[string, Partial<MeetingFields>]>([
    ['objective', { objective: 'Courtesy call' }],
    ['benefit', { benefit: 'n/a' }],
    ['agenda', { duration: 30 }],
    ['attendees', { attendees: [] }],
  ])('is not ready when the %s fails', (id, change) => {
    const review = reviewMeeting({ ...READY, ...change }, { lang: 'en' });
    expect(review.ready).toBe(false);
    const failed = review.items.filter((item) => !item.ok && item.required);
    expect(failed.map((item) => item.id)).toEqual([id]);
    expect(failed[0]?.reason).toBeTruthy();
    expect(failed[0]?.suggestion).toBeTruthy();
  });

  it('fails every required item of an empty meeting, with reasons', () => {
    const review = reviewMeeting({}, { lang: 'vi' });
    expect(review.ready).toBe(false);
    for (const id of REQUIRED_CHECKLIST_ITEMS) {
      const item = byId(review, id);
      expect(item?.ok).toBe(false);
      expect(item?.reason).toMatch(/Hãy/);
    }
  });

  it('compares the benefit with the objective of the same meeting', () => {
    const review = reviewMeeting({ ...READY, benefit: READY.objective }, { lang: 'en' });
    expect(byId(review, 'benefit')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/repeats the objective/),
    });
  });

  it('ticks a manual item only when the file says true', () => {
    const review = reviewMeeting(
      {
        ...READY,
        checklist: {
          'history-reviewed': true,
          'actions-addressed': false,
          'questions-prepared': 'true' as unknown as boolean,
          'price-list-printed': true,
        },
      },
      { lang: 'en', extraItems: EXTRAS },
    );
    expect(byId(review, 'history-reviewed')?.ok).toBe(true);
    expect(byId(review, 'actions-addressed')?.ok).toBe(false);
    expect(byId(review, 'questions-prepared')?.ok).toBe(false);
    expect(byId(review, 'agenda-shared')?.ok).toBe(false);
    expect(byId(review, 'price-list-printed')?.ok).toBe(true);
    expect(byId(review, 'samples-packed')?.ok).toBe(false);
  });

  it('gives reasons only to failed items', () => {
    const review = reviewMeeting({ ...READY, attendees: [] }, { lang: 'en', extraItems: EXTRAS });
    for (const item of review.items) {
      if (item.ok || !item.required) {
        expect(item).not.toHaveProperty('reason');
        expect(item).not.toHaveProperty('suggestion');
      }
    }
  });

  it('labels every item in the requested language', () => {
    const en = reviewMeeting(READY, { lang: 'en', extraItems: EXTRAS });
    const vi = reviewMeeting(READY, { lang: 'vi', extraItems: EXTRAS });
    expect(byId(en, 'objective')?.label).toBe('A specific objective, not a courtesy call');
    expect(byId(vi, 'objective')?.label).toBe('Mục tiêu cụ thể, không phải gặp xã giao');
    expect(byId(en, 'materials-ready')?.label).toBe('Materials ready');
    expect(byId(vi, 'agenda-shared')?.label).toBe('Đã gửi chương trình cho khách hàng');
    for (const review of [en, vi]) {
      for (const item of review.items) expect(item.label?.trim()).toBeTruthy();
    }
  });

  it('labels an extra item in the language, else the other language, else by its id', () => {
    const en = reviewMeeting(READY, { lang: 'en', extraItems: EXTRAS });
    const vi = reviewMeeting(READY, { lang: 'vi', extraItems: EXTRAS });
    expect(byId(en, 'price-list-printed')?.label).toBe('Price list printed');
    expect(byId(vi, 'price-list-printed')?.label).toBe('Đã in bảng giá');
    expect(byId(en, 'samples-packed')?.label).toBe('Đã đóng gói mẫu');
    expect(byId(en, 'parking-booked')?.label).toBe('parking-booked');
    const blank = reviewMeeting(READY, {
      lang: 'en',
      extraItems: [{ id: 'x-1', label: { en: '  ', vi: 'Nhãn' } }],
    });
    expect(byId(blank, 'x-1')?.label).toBe('Nhãn');
  });

  it('skips extra items that repeat an id or have none', () => {
    const review = reviewMeeting(READY, {
      lang: 'en',
      extraItems: [
        { id: 'materials-ready', label: { en: 'Twice' } },
        { id: 'objective', label: { en: 'Sneaky' } },
        { id: 'a', label: { en: 'First' } },
        { id: 'a', label: { en: 'Again' } },
        { id: '', label: { en: 'No id' } },
        null as unknown as ExtraChecklistItem,
      ],
    });
    expect(review.items.map((item) => item.id)).toEqual([
      ...REQUIRED_CHECKLIST_ITEMS,
      ...MANUAL_CHECKLIST_ITEMS,
      'a',
    ]);
    expect(byId(review, 'a')?.label).toBe('First');
    expect(review.items.filter((item) => item.id === 'objective')).toHaveLength(1);
  });

  it("takes the example of the meeting's template for its suggestions", () => {
    const review = reviewMeeting({ ...READY, template: 'closing', objective: 'Xã giao' }, { lang: 'vi' });
    expect(byId(review, 'objective')?.suggestion).toBe(
      'Ví dụ: "Khách hàng ký hợp đồng và xác nhận ngày bắt đầu dự án"',
    );
  });

  it('answers in English when the language setting is not one it knows', () => {
    const review = reviewMeeting({ ...READY, objective: 'Courtesy call' }, { lang: 'fr' as 'en' });
    expect(byId(review, 'objective')?.reason).toMatch(/is a courtesy call/);
    expect(byId(review, 'attendees')?.label).toBe('At least one attendee');
  });

  it("applies the notebook's phrases", () => {
    const fields = { ...READY, objective: 'Farm visit and sign the 2027 supply contract' };
    expect(reviewMeeting(fields, { lang: 'en' }).ready).toBe(true);
    const review = reviewMeeting(fields, { lang: 'en', phrases: { en: { vague: ['farm visit'] } } });
    expect(review.ready).toBe(false);
    expect(byId(review, 'objective')?.reason).toMatch(/^"farm visit" is a courtesy call/);
  });
});
