// The meeting editor against the real core: in Vietnamese, a meeting prepared from a template is
// refused "ready" with "Cuộc gọi xã giao" (and says why), accepted once objective and benefit
// are real, and later gets its outcome, all checked in the file on disk; the same refusal and
// acceptance in English; and ticking an action item in the UI changes exactly that line of its
// file. With PREPNOTE_SHOTS=<folder> it also saves screenshots of the editor.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/server';

test.use({ notebookFixture: join(ROOT, 'resources/sample'), viewport: { width: 1360, height: 900 } });

const SHOTS = process.env.PREPNOTE_SHOTS;
const MINH_LONG = 'cong-ty-tnhh-minh-long';

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

function meetingFile(notebook: string, customerId: string, meetingId: string): string {
  return join(notebook, 'customers', customerId, 'meetings', `${meetingId}.md`);
}

/** The lines of `after` that differ from `before` (same number of lines expected). */
function changedLines(before: string, after: string): { line: number; from: string; to: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((from, i) => (from === b[i] ? [] : [{ line: i + 1, from, to: b[i] ?? '' }]));
}

test('in Vietnamese, a courtesy call is refused "ready" until objective and benefit are real; the outcome lands in the file', async ({
  appPage: page,
  notebook,
}) => {
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Cuộc gặp nào cũng cần có lý do' })).toBeVisible();

  // A meeting from a template, on a customer.
  await page.goto(`${new URL(page.url()).origin}/#/customers/${MINH_LONG}`);
  await page.getByRole('button', { name: '+ Cuộc gặp mới' }).click();
  const planner = page.getByRole('dialog', { name: 'Cuộc gặp mới' });
  await planner.getByRole('textbox', { name: 'Tiêu đề' }).fill('Chuyển đổi kho Gia Lâm');
  await planner.getByRole('textbox', { name: 'Ngày' }).fill('15/12/2026');
  await planner.getByRole('textbox', { name: 'Giờ' }).fill('9h30');
  await planner.getByRole('combobox', { name: 'Mẫu chương trình' }).selectOption('account-review');
  await planner.getByRole('button', { name: 'Tạo cuộc gặp' }).click();
  const meetingId = '2026-12-15-chuyen-doi-kho-gia-lam';
  await expect(page).toHaveURL(new RegExp(`#/customers/${MINH_LONG}/meetings/${meetingId}$`));
  const file = meetingFile(notebook, MINH_LONG, meetingId);

  // The template's agenda, with clock times from 09:30, fits its 60 minutes.
  const agenda = page.getByRole('list', { name: 'Các mục trong chương trình' });
  await expect(agenda.getByRole('listitem')).toHaveCount(4);
  await expect(agenda.getByRole('listitem').first()).toContainText('09:30–09:45');
  await expect(page.getByTestId('agenda-total')).toContainText('60/60 phút');

  // A courtesy call: refused live, with the reason, a suggestion and the way out.
  const objective = page.getByRole('textbox', { name: 'Mục tiêu', exact: true });
  await objective.fill('Cuộc gọi xã giao');
  const verdict = page.getByTestId('verdict-objective');
  await expect(verdict).toContainText('xã giao');
  await expect(page.getByTestId('courtesy-way-out')).toContainText(
    'Không có lý do để gặp? Hãy đặt mục tiêu với một trong những khách hàng này',
  );
  await page.getByRole('button', { name: '+ Nguyễn Thị Lan (Trưởng phòng mua hàng)' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await expect.poll(() => readFile(file, 'utf8')).toContain('objective: Cuộc gọi xã giao');

  // "Sẵn sàng" is refused by the core, and the editor says why.
  await page.getByRole('button', { name: 'Sẵn sàng', exact: true }).click();
  const refusal = page.getByTestId('not-ready');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Chưa thể sẵn sàng');
  await expect(refusal).toContainText('Mục tiêu cụ thể, không phải gặp xã giao');
  await expect(refusal).toContainText('"xã giao" là gặp xã giao, không phải lý do để gặp');
  await expect(refusal).toContainText('Lợi ích cho khách hàng');
  await expect(page.locator('.page-title .badge')).toHaveText('Nháp');
  expect(await readFile(file, 'utf8')).toContain('status: draft');
  await shot(page, 'vi-editor-refused');

  // Fixed: a real objective and a benefit in the customer's terms; then "ready" is granted.
  await objective.fill('Anh Hùng chốt ngày chuyển đổi chính thức kho Gia Lâm và đồng ý lịch đào tạo thủ kho');
  await expect(verdict).toContainText('Mục tiêu cụ thể');
  await expect(page.getByTestId('courtesy-way-out')).toHaveCount(0);
  await page
    .getByRole('textbox', { name: 'Lợi ích cho khách hàng' })
    .fill('Kho Gia Lâm chạy hệ thống mới trước Tết mà không phải dừng nhập nguyên liệu ngày nào');
  await expect(page.getByTestId('verdict-benefit')).toContainText('Lợi ích thực sự');
  await page.getByRole('button', { name: '+ Trần Văn Hùng (Giám đốc vận hành)' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.page-title .badge')).toHaveText('Sẵn sàng');
  await expect(page.getByRole('button', { name: 'Sẵn sàng', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('not-ready')).toHaveCount(0);
  await expect(page.getByTestId('checklist')).toContainText('Sẵn sàng: mọi mục bắt buộc đều đạt.');
  await expect.poll(() => readFile(file, 'utf8')).toContain('status: ready');
  await shot(page, 'vi-editor-ready');

  // After the meeting: the outcome.
  await page.getByRole('button', { name: 'Ghi kết quả' }).first().click();
  const form = page.getByRole('dialog', { name: 'Ghi lại kết quả' });
  await form.getByRole('radio', { name: /Có bước tiến/ }).check();
  await form.getByRole('radio', { name: 'Đạt', exact: true }).check();
  await shot(page, 'vi-outcome-form');
  await form.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.locator('.page-title .badge').first()).toHaveText('Đã gặp');
  await expect.poll(() => readFile(file, 'utf8')).toContain('status: done');
  const done = await readFile(file, 'utf8');
  expect(done).toMatch(/^outcome: advance$/m);
  expect(done).toMatch(/^objective-met: yes$/m);
  expect(done).toContain('objective: Anh Hùng chốt ngày chuyển đổi chính thức kho Gia Lâm');
  expect(done).toMatch(/attendees:\n {2}- Nguyễn Thị Lan \(Trưởng phòng mua hàng\)\n {2}- Trần Văn Hùng/);
  await shot(page, 'vi-editor-done');
});

test('in English, the same rules refuse a courtesy call and accept a real objective', async ({
  appPage: page,
  notebook,
}) => {
  const meetingId = '2026-12-22-ghe-tham-xa-giao-cuoi-nam';
  const file = meetingFile(notebook, MINH_LONG, meetingId);
  await page.goto(`${new URL(page.url()).origin}/#/customers/${MINH_LONG}/meetings/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ghé thăm xã giao cuối năm' })).toBeVisible();
  const objective = page.getByRole('textbox', { name: 'Objective', exact: true });
  await objective.fill('Courtesy call to keep in touch before the holidays');
  await expect(page.getByTestId('verdict-objective')).toContainText('courtesy call');
  await expect(page.getByTestId('courtesy-way-out')).toBeVisible();
  await page.getByRole('button', { name: 'Mark ready' }).click();
  await expect(page.getByTestId('not-ready')).toContainText('A specific objective, not a courtesy call');
  await shot(page, 'en-editor-refused');

  await objective.fill('Ms Lan agrees to a 15-minute reference call with a prospect in Hai Phong in January');
  await page
    .getByRole('textbox', { name: 'Customer benefit' })
    .fill('Ms Lan gets a discount on next year’s licences for being a reference');
  await expect(page.getByTestId('verdict-objective')).toContainText('A specific objective');
  // The agenda: one more item by keyboard, then moved to the top with Alt+↑.
  const agenda = page.getByRole('list', { name: 'Agenda items' });
  await agenda.getByRole('textbox', { name: 'Item 1' }).press('Enter');
  await page.keyboard.type('Reference call: who, when, what to tell');
  await page.getByRole('spinbutton', { name: 'Minutes of item 2' }).fill('10');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agenda.getByRole('textbox', { name: 'Item 1' })).toHaveValue(
    'Reference call: who, when, what to tell',
  );
  await expect(agenda.getByRole('listitem').nth(1)).toContainText('15:10–15:40');
  // And by dragging the handle: below the second item, then back above the first.
  const rows = agenda.getByRole('listitem');
  const lowerHalf = { x: 300, y: ((await rows.nth(1).boundingBox())?.height ?? 40) - 4 };
  await page
    .getByRole('button', { name: 'Move item 1', exact: true })
    .dragTo(rows.nth(1), { targetPosition: lowerHalf });
  await expect(agenda.getByRole('textbox', { name: 'Item 1' })).toHaveValue('Tặng quà Tết');
  await page
    .getByRole('button', { name: 'Move item 2', exact: true })
    .dragTo(rows.nth(0), { targetPosition: { x: 300, y: 4 } });
  await expect(agenda.getByRole('textbox', { name: 'Item 1' })).toHaveValue(
    'Reference call: who, when, what to tell',
  );
  await expect(page.getByTestId('agenda-total')).toContainText('40 of 45 min');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Mark ready' }).click();
  await expect(page.locator('.page-title .badge')).toHaveText('Ready');
  await expect.poll(() => readFile(file, 'utf8')).toContain('status: ready');
  const text = await readFile(file, 'utf8');
  expect(text).toMatch(
    /agenda:\n {2}- title: ["']Reference call: who, when, what to tell["']\n {4}minutes: 10\n {2}- title: Tặng quà Tết\n/,
  );
  await shot(page, 'en-editor-ready');
});

test('ticking an action item in the UI changes exactly that line of its file', async ({
  appPage: page,
  notebook,
}) => {
  const origin = new URL(page.url()).origin;
  const source = meetingFile(notebook, MINH_LONG, '2026-10-05-de-xuat-trien-khai-ba-kho');
  const task = 'Gửi lịch đào tạo ca tối cho thủ kho Long Biên (hạn 2026-11-30)';

  // From the next preparation: the earlier meeting's open item, ticked in its own file.
  await page.goto(`${origin}/#/customers/${MINH_LONG}/meetings/2026-12-03-ra-soat-trien-khai-kho-long-bien`);
  const earlier = page.getByTestId('earlier-meetings');
  await expect(earlier).toContainText('Open action items (1)');
  const before = await readFile(source, 'utf8');
  await earlier.getByRole('checkbox', { name: task }).check();
  await expect.poll(() => readFile(source, 'utf8')).not.toBe(before);
  const ticked = await readFile(source, 'utf8');
  const changed = changedLines(before, ticked);
  expect(changed.map(({ from, to }) => ({ from, to }))).toEqual([
    { from: `- [ ] ${task}`, to: `- [x] ${task}` },
  ]);
  await shot(page, 'en-earlier-actions');

  // In the meeting's own notes: the preview's box unticks the same line again.
  await page.goto(`${origin}/#/customers/${MINH_LONG}/meetings/2026-10-05-de-xuat-trien-khai-ba-kho`);
  const box = page.getByRole('checkbox', { name: `Done: ${task}` });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect.poll(() => readFile(source, 'utf8')).toBe(before);
  await expect(page.getByRole('checkbox', { name: `Done: ${task}` })).not.toBeChecked();
});

test('home: the next 14 days with their readiness, and a past meeting waiting for its outcome', async ({
  appPage: page,
  notebook,
}) => {
  const meetingId = '2026-11-24-jurong-pilot-review';
  const file = meetingFile(notebook, 'harbor-foods-ltd', meetingId);
  await writeFile(
    file,
    [
      '---',
      'title: Jurong pilot review',
      'date: 2026-11-24',
      'time: "10:00"',
      'duration: 45',
      'attendees:',
      '  - James Tan (Operations Director)',
      'objective: James agrees to extend the pilot to the second Jurong warehouse in January',
      'benefit: Both Jurong warehouses share one stock figure before the Lunar New Year peak',
      'agenda:',
      '  - title: Pilot results in their numbers',
      '    minutes: 20',
      '  - title: Second warehouse and start date',
      '    minutes: 20',
      'status: ready',
      '---',
      '## Notes',
      '',
    ].join('\n'),
  );
  await page.reload();
  const upcoming = page.getByRole('region', { name: 'Next meetings' });
  await expect(upcoming).toContainText('next 14 days');
  await expect(upcoming.getByRole('listitem')).toHaveCount(4);
  await expect(upcoming.getByRole('listitem').filter({ hasText: 'Hai Phong' })).toHaveCount(0);
  await expect(upcoming.getByRole('listitem').first()).toContainText('Ready ✓');
  const waiting = page.getByRole('region', { name: 'Waiting for the outcome' });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await shot(page, 'en-home');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('region', { name: 'Chờ ghi kết quả' })).toContainText('Jurong pilot review');
  await shot(page, 'vi-home');
  await page.getByRole('button', { name: 'English' }).click();

  await waiting.getByRole('link', { name: 'Record outcome: Jurong pilot review' }).click();
  const form = page.getByRole('dialog', { name: 'Record the outcome' });
  await expect(form).toBeVisible();
  await form.getByRole('radio', { name: /Order/ }).check();
  await form.getByRole('radio', { name: 'Partly met' }).check();
  await form.getByRole('button', { name: 'Record outcome' }).click();
  await expect.poll(() => readFile(file, 'utf8')).toMatch(/^status: done$/m);
  const text = await readFile(file, 'utf8');
  expect(text).toMatch(/^outcome: order$/m);
  expect(text).toMatch(/^objective-met: partly$/m);
  await expect(page.getByTestId('after-meeting')).toContainText('Objective: Partly met');
});
