// Printing agendas and histories from the app (browser mode): the print view of the customer
// copy and of the prep sheet, in English and in Vietnamese, made into a PDF by Chromium and
// read back with pdftotext: the customer copy says what the customer may read and nothing
// internal, the prep sheet says everything, diacritics survive, each page carries the
// customer, the date and its number, a short agenda is one page on A4 and on Letter, and the
// history has its contents. Each PDF's pages are also saved as PNG (pdftoppm) to look at, in
// PREPNOTE_SHOTS or a temporary folder.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ROOT, type StartedServer } from './support/server';

test.use({ notebookFixture: join(ROOT, 'resources/sample'), viewport: { width: 1280, height: 900 } });

const HARBOR = {
  customerId: 'harbor-foods-ltd',
  meetingId: '2026-12-15-hai-phong-expansion-introduction',
};
const MINH_LONG = {
  customerId: 'cong-ty-tnhh-minh-long',
  meetingId: '2026-12-03-ra-soat-trien-khai-kho-long-bien',
};

let scratch: string;
let shots: string;

test.beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'prepnote-print-'));
  shots = process.env.PREPNOTE_SHOTS ?? join(scratch, 'png');
  await mkdir(shots, { recursive: true });
});

test.afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

interface Pdf {
  /** pdftotext's text in the page's reading order (-raw), NFC (PDF text may come out decomposed). */
  text: string;
  pages: number;
  /** Width × height in points, e.g. "595.92 x 842.88" for A4. */
  size: string;
}

/** The page as Chromium prints it (the browser's Save as PDF), read back like a user would. */
async function printToPdf(page: Page, name: string): Promise<Pdf> {
  const path = join(scratch, `${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true, outline: true });
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).normalize('NFC');
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(shots, name)]);
  if (process.env.PREPNOTE_SHOTS) await copyFile(path, join(shots, `${name}.pdf`));
  return {
    text,
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+([\d.]+ x [\d.]+)/m.exec(info)?.[1] ?? '',
  };
}

/** Words collapsed to single spaces: the PDF breaks lines where the page did. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

async function openPrint(page: Page, server: StartedServer, hash: string, heading: string): Promise<void> {
  await page.goto(`${server.origin}/${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

const A4 = /^59[45]\.\d+ x 84[12]\.\d+$/;
const LETTER = /^612(\.\d+)? x 792(\.\d+)?$/;

test('the English customer copy and prep sheet print as a customer and the salesperson need them', async ({
  appPage: page,
  server,
}) => {
  const { customerId, meetingId } = HARBOR;
  await openPrint(
    page,
    server,
    `#/customers/${customerId}/meetings/${meetingId}/print/customer`,
    'Hải Phòng expansion introduction',
  );
  // No app chrome around the document: no sidebar, no main navigation.
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print…' })).toBeFocused();
  await page.screenshot({ path: join(shots, 'en-customer-screen.png'), fullPage: true });

  const copy = await printToPdf(page, 'en-customer-a4');
  const text = squash(copy.text);
  expect(copy.pages).toBe(1);
  expect(copy.size).toMatch(A4);
  for (const expected of [
    'Hải Phòng expansion introduction',
    'Harbor Foods Ltd',
    'Tuesday, 15 December 2026',
    '16:00–16:45 (45 min)',
    'Video call',
    'James Tan (Head of Supply Chain)',
    'Purpose of the meeting — what you get',
    'Their Hải Phòng team gets a local, independent view of warehouse set-up risks',
    '16:00–16:10 How the ERP warehouse module is working at Jurong 10',
    '16:10–16:25 Plans and timeline for Hải Phòng 15',
    '16:35–16:40 Introduction and a date 5',
    'Total 40 min',
    'Expected outcome',
    'Next steps',
    // The footer of every page: customer, date, page number.
    'Harbor Foods Ltd · 15 Dec 2026 16:00',
    'Page 1 of 1',
  ]) {
    expect(text).toContain(expected);
  }
  for (const internal of [
    'James introduces us', // the objective
    'James shares the name', // the fallback
    'Do not re-sell Jurong', // preparation
    'biggest unknown', // questions
    'Objective',
    'Prep sheet',
    'Internal',
    // The toolbar is not printed.
    'Save as PDF',
    'Paper size',
    'Back',
  ]) {
    expect(text).not.toContain(internal);
  }

  // Letter paper: still one page, on Letter.
  await page.getByRole('group', { name: 'Paper size' }).getByRole('button', { name: 'Letter' }).click();
  const letter = await printToPdf(page, 'en-customer-letter');
  expect(letter.pages).toBe(1);
  expect(letter.size).toMatch(LETTER);
  expect(squash(letter.text)).toContain(
    '16:25–16:35 What a site assessment covers and what it costs them 10',
  );

  // The prep sheet holds everything, and says on every page that it is internal.
  await page.getByRole('group', { name: 'Document' }).getByRole('button', { name: 'Prep sheet' }).click();
  await expect(page).toHaveURL(/\/print\/prep$/);
  await expect(page.getByText('Internal: not for the customer', { exact: true })).toBeVisible();
  await page.getByRole('group', { name: 'Paper size' }).getByRole('button', { name: 'A4' }).click();
  await page.screenshot({ path: join(shots, 'en-prep-screen.png'), fullPage: true });
  const prep = await printToPdf(page, 'en-prep-a4');
  const prepText = squash(prep.text);
  for (const expected of [
    'Prep sheet · Harbor Foods Ltd',
    'Internal: not for the customer',
    'James introduces us to the operations head of their new Hải Phòng warehouse',
    'James shares the name and email of the Hải Phòng project lead',
    'Do not re-sell Jurong',
    'What is the biggest unknown for you about running a warehouse in Vietnam?',
    'James Tan — Head of Supply Chain · james.tan@example.com',
    'Checklist items not ticked yet',
    `Page 1 of ${prep.pages}`,
  ]) {
    expect(prepText).toContain(expected);
  }
  expect(prep.pages).toBeLessThanOrEqual(2);

  // Back returns to the meeting, with the app around it again.
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${customerId}/meetings/${meetingId}$`));
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('the Vietnamese customer copy keeps its diacritics and leaves out the internal notes', async ({
  appPage: page,
  server,
}) => {
  expect((await server.call('settings.update', { language: 'vi' })).status).toBe(200);
  const { customerId, meetingId } = MINH_LONG;
  await page.goto(`${server.origin}/#/customers/${customerId}/meetings/${meetingId}/print/customer`);
  // A new hash alone is no new page: reload so the app starts in the language just set.
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Rà soát triển khai kho Long Biên' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'In…' })).toBeVisible();
  await page.screenshot({ path: join(shots, 'vi-customer-screen.png'), fullPage: true });

  const copy = await printToPdf(page, 'vi-customer-a4');
  const text = squash(copy.text);
  expect(copy.pages).toBe(1);
  for (const expected of [
    'Rà soát triển khai kho Long Biên',
    'Công ty TNHH Minh Long',
    'Thứ Năm, 03/12/2026',
    'Kho Long Biên, Hà Nội',
    'Trần Văn Hùng (Giám đốc vận hành)',
    'Mục đích cuộc gặp — Quý khách nhận được gì',
    'Kho Long Biên chuyển hẳn sang hệ thống mới trước cao điểm Tết mà không phải dừng xuất hàng ngày nào',
    'Chương trình',
    '14:00–14:15 Tiến độ Long Biên so với kế hoạch 15',
    '14:30–14:45 Ngày chuyển đổi chính thức 15',
    'Tổng cộng 55 phút',
    'Kết quả mong đợi',
    'Bước tiếp theo',
    'Công ty TNHH Minh Long · 03/12/2026 14:00',
    'Trang 1/1',
  ]) {
    expect(text).toContain(expected);
  }
  for (const internal of [
    'Anh Hùng chốt ngày chuyển đổi chính thức', // objective
    'cuộc gọi tham chiếu hẹn lại sau Tết', // fallback
    'lịch đào tạo ca tối', // preparation
    'Điều gì phải đúng', // questions
    'Mục tiêu',
    'nội bộ',
    'Phiếu chuẩn bị',
  ]) {
    expect(text).not.toContain(internal);
  }

  await page.getByRole('group', { name: 'Tài liệu' }).getByRole('button', { name: 'Phiếu chuẩn bị' }).click();
  await expect(page.getByText('Tài liệu nội bộ: không đưa cho khách hàng', { exact: true })).toBeVisible();
  const prep = await printToPdf(page, 'vi-prep-a4');
  const prepText = squash(prep.text);
  for (const expected of [
    'Phiếu chuẩn bị · Công ty TNHH Minh Long',
    'Mục tiêu',
    'Anh Hùng chốt ngày chuyển đổi chính thức kho Long Biên',
    'Anh Hùng chốt ngày chuyển đổi; cuộc gọi tham chiếu hẹn lại sau Tết',
    'Điều gì phải đúng để anh yên tâm tắt sổ Excel ở Long Biên?',
    'Việc còn mở: lịch đào tạo ca tối cho thủ kho Long Biên',
    'Các cuộc gặp gần nhất: mục tiêu → kết quả',
    `Trang 1/${prep.pages}`,
  ]) {
    expect(prepText).toContain(expected);
  }

  // Back on the meeting, the menu speaks Vietnamese too.
  await page.getByRole('link', { name: 'Quay lại' }).click();
  await page.getByRole('button', { name: 'In và xuất' }).click();
  await expect(page.getByRole('group', { name: 'Phiếu chuẩn bị (nội bộ)' })).toContainText(
    'In phiếu chuẩn bị…',
  );
  await expect(page.getByRole('menuitem', { name: 'Sao chép dạng văn bản' })).toBeVisible();
  await page.screenshot({ path: join(shots, 'vi-meeting-menu.png') });
});

test('the document language is chosen in the print view, whatever the app speaks', async ({
  appPage: page,
  server,
}) => {
  const { customerId, meetingId } = MINH_LONG;
  await openPrint(
    page,
    server,
    `#/customers/${customerId}/meetings/${meetingId}/print/customer`,
    'Rà soát triển khai kho Long Biên',
  );
  await expect(page.getByText('Purpose of the meeting — what you get')).toBeVisible();
  await page
    .getByRole('group', { name: 'Document language' })
    .getByRole('button', { name: 'Tiếng Việt' })
    .click();
  await expect(page.getByText('Mục đích cuộc gặp — Quý khách nhận được gì')).toBeVisible();
  // The toolbar stays in the app's language.
  await expect(page.getByRole('button', { name: 'Print…' })).toBeVisible();
  const pdf = await printToPdf(page, 'mixed-vi-doc');
  const text = squash(pdf.text);
  // The document is Vietnamese from its headings to its footer; the toolbar is not printed.
  expect(text).toContain('Mục đích cuộc gặp — Quý khách nhận được gì');
  expect(text).toContain('Thứ Năm, 03/12/2026');
  expect(text).toContain('Trang 1/1');
  expect(text).not.toContain('Purpose of the meeting');
  expect(text).not.toContain('Page 1 of 1');
  expect(text).not.toContain('Print…');
});

test('a customer history prints as one document with a table of contents', async ({
  appPage: page,
  server,
}) => {
  await page.goto(`${server.origin}/#/customers/${MINH_LONG.customerId}`);
  await page.getByRole('button', { name: 'Print and export' }).click();
  await page.screenshot({ path: join(shots, 'en-customer-menu.png') });
  await page.getByRole('menuitem', { name: 'Print history…' }).click();
  await expect(page).toHaveURL(/#\/customers\/cong-ty-tnhh-minh-long\/history\/print$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Công ty TNHH Minh Long' })).toBeVisible();
  const contents = page.getByRole('navigation').filter({ hasText: 'Rà soát triển khai kho Long Biên' });
  await expect(contents.getByRole('link')).toHaveCount(6);
  await page.screenshot({ path: join(shots, 'en-history-screen.png') });

  // A contents entry jumps to its meeting without leaving the print view.
  await contents.getByRole('link', { name: /Pilot results review|Đánh giá kết quả thí điểm/ }).click();
  await expect(page).toHaveURL(/\/history\/print$/);

  const pdf = await printToPdf(page, 'en-history-a4');
  const text = squash(pdf.text);
  expect(pdf.pages).toBeGreaterThan(1);
  expect(text).toContain('Contents');
  expect(text).toContain('Customer history · 6 meetings');
  for (const title of [
    'Rà soát triển khai kho Long Biên',
    'Đề xuất triển khai ba kho',
    'Tìm hiểu nhu cầu quản lý kho',
  ]) {
    // Once in the contents, once as the meeting's heading.
    expect(text.split(title).length - 1).toBeGreaterThanOrEqual(2);
  }
  expect(text).toContain(`Page ${pdf.pages} of ${pdf.pages}`);
  expect(text).toContain('Customer history: Công ty TNHH Minh Long · printed');
});

test('from the meeting: copy the customer copy as text and save the calendar invitation', async ({
  appPage: page,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const { customerId, meetingId } = HARBOR;
  await page.goto(`${server.origin}/#/customers/${customerId}/meetings/${meetingId}`);
  const menu = page.getByRole('button', { name: 'Print and export' });
  await menu.click();
  await page.getByRole('menuitem', { name: 'Copy as text' }).click();
  await expect(page.getByText('Customer copy copied')).toBeVisible();
  // A string: this file is type-checked without the DOM's types.
  const copied = String(await page.evaluate('navigator.clipboard.readText()'));
  expect(copied).toContain('Hải Phòng expansion introduction');
  expect(copied).toContain('16:00–16:10  How the ERP warehouse module is working at Jurong (10 min)');
  expect(copied).not.toContain('James introduces us');

  // Keyboard only: open the menu, walk to the invitation, save it.
  await menu.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Print customer copy…' })).toBeFocused();
  await page.screenshot({ path: join(shots, 'en-meeting-menu.png') });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Save calendar invitation (.ics)' })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${meetingId}-customer.ics`);
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('SUMMARY:Hải Phòng expansion introduction');
  expect(ics).not.toContain('James introduces us');
  await expect(menu).toBeFocused();

  // Ctrl+P opens the customer copy's print view; Escape comes back.
  await page.keyboard.press('Control+P');
  await expect(page).toHaveURL(/\/print\/customer$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Hải Phòng expansion introduction' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
});
