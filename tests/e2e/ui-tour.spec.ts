// Every screen of the sample notebook in English and in Vietnamese: the first screen already
// in the remembered language, each screen's own words in it, dates in its format. With
// PREPNOTE_SHOTS=<folder> it also saves a screenshot of each screen (for looking at them).
import { access, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/server';

test.use({ notebookFixture: join(ROOT, 'resources/sample'), viewport: { width: 1360, height: 900 } });

const SHOTS = process.env.PREPNOTE_SHOTS;

/** Pages are taken whole; a dialog only as the window shows it (it is fixed to the window). */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

const WORDS = {
  en: {
    button: 'English',
    home: 'Every meeting needs a reason',
    upcoming: 'Next meetings',
    customers: 'Customers',
    filter: 'Filter customers',
    newCustomer: 'New customer',
    profile: 'Profile',
    meetings: 'Meetings',
    newMeeting: 'New meeting',
    review: 'Pre-meeting checklist',
    trash: 'Trash',
    edit: 'Edit',
    background: 'Background notes',
    conflictTitle: 'This file was changed outside Prepnote',
    keepBoth: 'Keep both',
    moveToTrash: 'Move to trash',
    undo: 'Undo',
    restore: 'Restore Harbor Foods Ltd',
    nav: 'Main navigation',
    openNotebook: 'Open a notebook',
    attention: /files? needs? attention/,
    attentionTitle: 'Files that need attention',
    date: '3 Dec 2026',
  },
  vi: {
    button: 'Tiếng Việt',
    home: 'Cuộc gặp nào cũng cần có lý do',
    upcoming: 'Cuộc gặp sắp tới',
    customers: 'Khách hàng',
    filter: 'Lọc khách hàng',
    newCustomer: 'Thêm khách hàng',
    profile: 'Hồ sơ',
    meetings: 'Các cuộc gặp',
    newMeeting: 'Cuộc gặp mới',
    review: 'Kiểm tra trước cuộc gặp',
    trash: 'Thùng rác',
    edit: 'Sửa',
    background: 'Ghi chú về khách hàng',
    conflictTitle: 'Tệp này đã bị thay đổi bên ngoài Prepnote',
    keepBoth: 'Giữ cả hai',
    moveToTrash: 'Chuyển vào thùng rác',
    undo: 'Hoàn tác',
    restore: 'Khôi phục Harbor Foods Ltd',
    nav: 'Điều hướng chính',
    openNotebook: 'Mở sổ ghi chép',
    attention: /tệp cần bạn xem lại/,
    attentionTitle: 'Các tệp cần xem lại',
    date: '03/12/2026',
  },
} as const;

for (const lang of ['en', 'vi'] as const) {
  test(`every screen speaks ${lang === 'en' ? 'English' : 'Vietnamese'}`, async ({
    appPage: page,
    notebook,
    server,
  }) => {
    const w = WORDS[lang];
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    // A broken file, so the attention banner and its panel show up too.
    await mkdir(join(notebook, 'customers/hong-file'), { recursive: true });
    await writeFile(
      join(notebook, 'customers/hong-file/customer.md'),
      '---\nname: [unclosed\nkind: customer\n---\n',
    );
    await server.call('settings.update', { language: lang });

    // The page is already open (logged in); reloading reads the remembered language afresh.
    await page.goto(`${server.origin}/#/`);
    await page.reload();
    await expect(page.getByRole('heading', { name: w.home })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('button', { name: w.button })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: w.upcoming }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByText(w.attention)).toBeVisible();
    await shot(page, `${lang}-01-home`);

    await page.getByRole('button', { name: lang === 'en' ? 'Show' : 'Xem chi tiết' }).click();
    const panel = page.getByRole('dialog', { name: w.attentionTitle });
    await expect(panel.getByText('customers/hong-file/customer.md')).toBeVisible();
    await shot(page, `${lang}-02-attention`, false);
    await page.keyboard.press('Escape');

    await page
      .getByRole('button', { name: lang === 'en' ? 'Open another notebook…' : 'Mở sổ ghi chép khác…' })
      .click();
    await expect(page.getByRole('dialog', { name: w.openNotebook })).toBeVisible();
    await shot(page, `${lang}-03-open-notebook`, false);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: w.customers, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.customers })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: w.filter })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Công ty TNHH Minh Long' })).toContainText(w.date);
    await shot(page, `${lang}-04-customers`);

    // Keyboard: "/" to the filter, ↓ into the list; the focused row is plainly marked.
    await page.getByRole('heading', { level: 1, name: w.customers }).click();
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: w.filter })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('row').filter({ hasText: 'Công ty Cổ phần Đại Phát' })).toBeFocused();
    await shot(page, `${lang}-04b-keyboard`, false);

    await page.getByRole('button', { name: `+ ${w.newCustomer}` }).click();
    await expect(page.getByRole('dialog', { name: w.newCustomer })).toBeVisible();
    await shot(page, `${lang}-05-new-customer`, false);
    await page.keyboard.press('Escape');

    await page.getByRole('searchbox', { name: w.filter }).fill('minh long');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Công ty TNHH Minh Long' })).toBeVisible();
    await expect(page.getByRole('heading', { name: w.profile })).toBeVisible();
    await expect(page.getByRole('list', { name: w.meetings }).getByRole('link').first()).toBeVisible();
    await shot(page, `${lang}-06-customer`);

    await page.getByRole('button', { name: `+ ${w.newMeeting}` }).click();
    await expect(page.getByRole('dialog', { name: w.newMeeting })).toBeVisible();
    await shot(page, `${lang}-07-new-meeting`, false);
    await page.keyboard.press('Escape');

    await page.getByRole('list', { name: w.meetings }).getByRole('link').filter({ hasText: w.date }).click();
    await expect(page.getByRole('heading', { name: w.review })).toBeVisible();
    await shot(page, `${lang}-08-meeting-ready`);

    await page.goto(
      `${server.origin}/#/customers/cong-ty-tnhh-minh-long/meetings/2026-12-22-ghe-tham-xa-giao-cuoi-nam`,
    );
    await expect(page.getByRole('heading', { name: w.review })).toBeVisible();
    await shot(page, `${lang}-09-meeting-courtesy-call`);

    // The conflict choice: the user types, another program saves the same file.
    await page.goto(`${server.origin}/#/customers/harbor-foods-ltd`);
    await page.getByRole('button', { name: w.edit }).click();
    const notes = page.getByRole('textbox', { name: w.background });
    await notes.fill(`${await notes.inputValue()}\nJames prefers email to calls.\n`);
    const file = join(notebook, 'customers/harbor-foods-ltd/customer.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        '## History in one line',
        '## History\nEdited elsewhere.\n\n## In one line',
      ),
    );
    await expect(page.getByRole('dialog', { name: w.conflictTitle })).toBeVisible();
    await shot(page, `${lang}-10-conflict`, false);
    await page.getByRole('dialog').getByRole('button', { name: w.keepBoth }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await shot(page, `${lang}-11-after-keep-both`, false);

    await page.getByRole('button', { name: w.moveToTrash }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, `${lang}-12-trash-confirm`, false);
    await page.getByRole('dialog').getByRole('button', { name: w.moveToTrash }).click();
    await expect(page.getByRole('button', { name: w.undo })).toBeVisible();
    await shot(page, `${lang}-13-undo-toast`, false);

    await page.getByRole('navigation', { name: w.nav }).getByRole('link', { name: w.trash }).click();
    await expect(page.getByRole('button', { name: w.restore })).toBeVisible();
    await shot(page, `${lang}-14-trash`);
    // No script errors, React warnings or refused requests along the way. One message is
    // expected: the 409 of the conflict this tour provokes.
    const expected = [/status of 409 \(Conflict\)/];
    expect(problems.filter((text) => !expected.some((pattern) => pattern.test(text)))).toEqual([]);
    // The trashed customer's folder left customers/ for the notebook's trash.
    await expect(access(join(notebook, 'customers/harbor-foods-ltd'))).rejects.toThrow();
    expect(await readdir(join(notebook, '.prepnote/trash'))).toHaveLength(1);
  });
}
