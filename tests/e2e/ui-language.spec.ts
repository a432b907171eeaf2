// Switching to Vietnamese from the first screen: every screen in Vietnamese at once, dates as
// dd/mm/yyyy, the choice remembered in the app settings across a reload, and back.
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/server';

test.use({ notebookFixture: join(ROOT, 'resources/sample') });

test('the VI switch turns every screen Vietnamese and is remembered', async ({ appPage: page, server }) => {
  await expect(page.getByRole('heading', { name: 'Every meeting needs a reason' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Cuộc gặp nào cũng cần có lý do' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link')).toHaveText([
    'Trang chủ',
    'Khách hàng',
    'Việc tồn đọng',
    'Kết quả',
    'Thùng rác',
  ]);
  await expect(page.getByRole('region', { name: 'Cuộc gặp sắp tới' })).toContainText('03/12/2026');
  await expect
    .poll(async () => (await server.call('settings.get')).body)
    .toMatchObject({
      ok: true,
      value: { language: 'vi' },
    });

  await nav.getByRole('link', { name: 'Khách hàng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Khách hàng' })).toBeVisible();
  await expect(page.getByRole('columnheader')).toHaveText([
    'Tên',
    'Loại',
    'Ngành',
    'Địa điểm',
    'Lần gặp gần nhất',
    'Lần gặp tới',
    'Việc tồn đọng',
  ]);
  await page.getByRole('searchbox', { name: 'Lọc khách hàng' }).fill('minh long');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hồ sơ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Người liên hệ' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Các cuộc gặp' })).toContainText('05/10/2026');
  await expect(page.getByRole('list', { name: 'Các cuộc gặp' })).toContainText('Có đơn hàng');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  // A reload starts in Vietnamese straight away.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hồ sơ' })).toBeVisible();
  await page.getByRole('link', { name: /Rà soát triển khai kho Long Biên/ }).click();
  await expect(page.getByRole('heading', { name: 'Kiểm tra trước cuộc gặp' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Ngày/ })).toHaveValue('03/12/2026');
  await expect(page.getByText('Thứ Năm, 03/12/2026')).toBeVisible();

  // An error from the core is shown in Vietnamese, chosen by its code.
  await page.goto(`${server.origin}/#/customers/khong-co-khach-hang-nay`);
  await expect(page.getByRole('alert')).toHaveText(/Không tìm thấy/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Not found/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
