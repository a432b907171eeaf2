// A notebook's own phrase lists (.prepnote/notebook.json → phrases): each supported key, both
// languages applied whatever the UI language, folded matching, and lists edited badly by hand.
import { describe, expect, it } from 'vitest';
import { checkObjective, judgeObjective } from '../../../../shared/checklist/objective';
import type { NotebookPhrases } from '../../../../shared/checklist/review';

describe("a notebook's phrases", () => {
  it('"vague" refuses an objective as a courtesy call, even next to a commitment', () => {
    const phrases: NotebookPhrases = { en: { vague: ['farm visit'] } };
    expect(judgeObjective('Farm visit and sign the 2027 supply contract').ok).toBe(true);
    expect(judgeObjective('Farm visit and sign the 2027 supply contract', phrases)).toMatchObject({
      ok: false,
      code: 'courtesy',
      phrase: 'farm visit',
    });
  });

  it("applies both languages' lists whatever the UI language", () => {
    const phrases: NotebookPhrases = { vi: { vague: ['đi tuyến'] } };
    const check = checkObjective('Đi tuyến Bình Dương và chốt đơn hàng 300 thùng', { lang: 'en', phrases });
    expect(check).toMatchObject({ ok: false, code: 'courtesy' });
    expect(check.reason).toMatch(/courtesy call/);
  });

  it('matches its phrases whatever the diacritics, case and normal form', () => {
    const phrases: NotebookPhrases = { vi: { vague: ['di tuyen'] } };
    for (const text of ['Đi tuyến và chốt đơn 300 thùng', 'ĐI TUYẾN, chốt đơn 300 thùng'.normalize('NFD')]) {
      expect(judgeObjective(text, phrases).code).toBe('courtesy');
    }
    const marked: NotebookPhrases = { vi: { vague: ['Đi Tuyến'] } };
    expect(judgeObjective('di tuyen va chot don 300 thung', marked).code).toBe('courtesy');
  });

  it('matches its phrases on whole words only', () => {
    const phrases: NotebookPhrases = { en: { vague: ['pop'] } };
    expect(judgeObjective('Agree on the 2027 price for the popcorn machines', phrases).ok).toBe(true);
  });

  it('"placeholders" refuses an objective that is only that text', () => {
    const phrases: NotebookPhrases = { vi: { placeholders: ['chờ sếp'] } };
    expect(judgeObjective('Chờ sếp', phrases).code).toBe('placeholder');
    expect(judgeObjective('cho sep', phrases).code).toBe('placeholder');
    expect(judgeObjective('Chờ sếp duyệt rồi chốt đơn 300 thùng', phrases).ok).toBe(true);
  });

  it('"weak" makes a commitment after it only a topic', () => {
    const phrases: NotebookPhrases = { vi: { weak: ['tham vấn'] } };
    expect(judgeObjective('Tham vấn về việc ký hợp đồng năm 2027').ok).toBe(true);
    expect(judgeObjective('Tham vấn về việc ký hợp đồng năm 2027', phrases).code).toBe('no-decision');
  });

  it('"commitments" names what the customer does in the notebook\'s own words', () => {
    const phrases: NotebookPhrases = { en: { commitments: ['onboard'] } };
    expect(judgeObjective('Onboard their 40 drivers onto our app in March').code).toBe('no-decision');
    expect(judgeObjective('Onboard their 40 drivers onto our app in March', phrases).ok).toBe(true);
  });

  it('does not let a notebook commitment pass a stated non-reason', () => {
    const phrases: NotebookPhrases = { en: { commitments: ['onboard'] } };
    expect(judgeObjective("Since I'm in the area anyway, onboard their 40 drivers", phrases).code).toBe(
      'passing',
    );
  });

  it('ignores what is not a list of text', () => {
    const bad = {
      en: { vague: 'farm visit', weak: [1, null, '', '   '], commitments: { a: 1 } },
      vi: null,
      xx: { vague: ['anything'] },
    } as unknown as NotebookPhrases;
    expect(judgeObjective('Agree on a 20-seat pilot start date and its success criteria', bad).ok).toBe(true);
    expect(judgeObjective('Farm visit and sign the 2027 supply contract', bad).ok).toBe(true);
    expect(judgeObjective('Courtesy call', bad).code).toBe('courtesy');
  });

  it('gives the same answer for the same lists in a new object', () => {
    const text = 'Farm visit and sign the 2027 supply contract';
    for (let i = 0; i < 20; i++) {
      expect(judgeObjective(text, { en: { vague: [`farm visit`, `x${i}`] } }).code).toBe('courtesy');
    }
  });
});
