// Reviewing customer history offline, in the browser against the real core on the sample
// notebook: the search palette finds Vietnamese text typed without diacritics and opens the
// hit; the history, open-actions and outcomes views show the notebook's own numbers, and
// ticking an action item ticks it in its file. With PREPNOTE_SHOTS=<folder> it also saves a
// screenshot of each view in both languages.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/server';

test.use({ notebookFixture: join(ROOT, 'resources/sample'), viewport: { width: 1360, height: 900 } });

const SHOTS = process.env.PREPNOTE_SHOTS;
const MINH_LONG = 'cong-ty-tnhh-minh-long';

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

test('Ctrl+K finds Vietnamese typed without diacritics and Enter opens the hit', async ({
  appPage: page,
}) => {
  await expect(page.getByRole('heading', { name: 'Every meeting needs a reason' })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Cuộc gặp nào cũng cần có lý do' })).toBeVisible();

  // Several hits: grouped, counted, walked with the arrows.
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Tìm trong sổ tay' });
  const input = dialog.getByRole('combobox', { name: 'Tìm khách hàng và cuộc gặp' });
  await expect(input).toBeFocused();
  await page.keyboard.type('thi diem');
  const options = dialog.getByRole('option');
  await expect(options.first()).toBeVisible();
  expect(await options.count()).toBeGreaterThanOrEqual(3);
  await expect(dialog.getByRole('group', { name: 'Cuộc gặp' })).toBeVisible();
  await expect(dialog.getByText(/\d+ kết quả/)).toBeVisible();
  // Matches are marked as written, diacritics and all ("thi" is a prefix: "thiệu" counts too).
  await expect(
    dialog
      .locator('mark')
      .filter({ hasText: /^(thí|điểm|thí điểm)$/i })
      .first(),
  ).toBeVisible();
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await shot(page, 'palette-vi', false);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // One hit, opened with Enter.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('xa giao');
  const hit = dialog.getByRole('option', { name: /Ghé thăm xã giao cuối năm/ });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Công ty TNHH Minh Long');
  await expect(hit.locator('mark').first()).toHaveText(/xã/i);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(
    new RegExp(`#/customers/${MINH_LONG}/meetings/2026-12-22-ghe-tham-xa-giao-cuoi-nam$`),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Ghé thăm xã giao cuối năm' })).toBeVisible();

  // The same from the sidebar button, in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /Search…/ }).click();
  const english = page.getByRole('dialog', { name: 'Search the notebook' });
  await page.keyboard.type('dai phat');
  await expect(english.getByRole('group', { name: 'Customers' })).toBeVisible();
  await shot(page, 'palette-en', false);
  await english.getByRole('option', { name: /^Công ty Cổ phần Đại Phát/ }).click();
  await expect(page).toHaveURL(/#\/customers\/cong-ty-co-phan-dai-phat$/);
});

test('history, open actions and outcomes, in both languages', async ({ appPage: page, notebook }) => {
  // A customer's history: figures and every meeting, from the customer page.
  await page.goto(page.url().replace(/#.*$/, '') + `#/customers/${MINH_LONG}`);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'History of Công ty TNHH Minh Long' }),
  ).toBeVisible();
  const figures = page.getByRole('region', { name: 'Figures' });
  await expect(figures).toContainText('Open action items');
  const discovery = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Đánh giá kết quả thí điểm' }) });
  await expect(discovery).toContainText('Advance');
  await expect(discovery).toContainText('objective partly met');
  await expect(discovery).toContainText('Dán nhãn vị trí khu hàng lỗi');
  await shot(page, 'history-en');

  // Open actions across customers: tick one, and its file says so.
  await page.getByRole('link', { name: 'Open actions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open action items' })).toBeVisible();
  const group = page.getByRole('region', { name: 'Công ty TNHH Minh Long' });
  const box = group.getByRole('checkbox', { name: /Gửi lịch đào tạo ca tối/ });
  await shot(page, 'actions-en');
  await box.check();
  const file = join(notebook, 'customers', MINH_LONG, 'meetings', '2026-10-05-de-xuat-trien-khai-ba-kho.md');
  await expect
    .poll(async () => readFile(file, 'utf8'))
    .toContain('- [x] Gửi lịch đào tạo ca tối cho thủ kho Long Biên (hạn 2026-11-30)');
  // Still on screen, ticked, so it can be taken back.
  await expect(box).toBeChecked();

  // Outcomes over time.
  await page.getByRole('link', { name: 'Outcomes' }).click();
  const table = page.getByRole('table', { name: 'Outcomes per month' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /^Aug 2026/ })).toBeVisible();
  await shot(page, 'outcomes-en');

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kết quả theo thời gian' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Kết quả theo tháng' }).getByRole('rowheader', { name: '08/2026' }),
  ).toBeVisible();
  await shot(page, 'outcomes-vi');
  await page.getByRole('link', { name: 'Việc tồn đọng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Việc còn tồn đọng' })).toBeVisible();
  await shot(page, 'actions-vi');
  await page.goto(page.url().replace(/#.*$/, '') + `#/customers/${MINH_LONG}/history`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lịch sử làm việc với Công ty TNHH Minh Long' }),
  ).toBeVisible();
  await expect(discovery).toContainText('đạt một phần mục tiêu');
  await shot(page, 'history-vi');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Khách hàng' })
    .click();
  await expect(page.getByRole('table', { name: 'Danh sách khách hàng' })).toBeVisible();
  await shot(page, 'customers-vi');
});
