// Creating a customer and a meeting through the UI, by keyboard where a user would, and
// reading what landed on disk.
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/server';

test.use({ notebookFixture: join(ROOT, 'resources/sample') });

test('a new customer and its first meeting are written as Markdown files', async ({
  appPage: page,
  notebook,
}) => {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Customers' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();

  // N opens the form from the list (Ctrl+N belongs to the browser itself).
  await page.getByRole('heading', { level: 1, name: 'Customers' }).click();
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'New customer' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Name' }).first()).toBeFocused();
  await page.keyboard.type('Công ty TNHH Thực phẩm Sài Gòn Xanh');
  await form.getByRole('combobox', { name: 'Kind' }).selectOption('customer');
  await form.getByRole('textbox', { name: 'Industry' }).fill('Thực phẩm sạch');
  await form.getByRole('textbox', { name: 'Location' }).fill('Thủ Đức, TP. Hồ Chí Minh');
  await form.getByRole('textbox', { name: 'Tags' }).fill('key-account, organic');
  await form.getByRole('button', { name: '+ Add contact' }).click();
  const contact = form.getByRole('group', { name: 'Contact 1' });
  await expect(contact.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Võ Thị Mai');
  await contact.getByRole('textbox', { name: 'Role' }).fill('Giám đốc mua hàng');
  await contact.getByRole('textbox', { name: 'Phone' }).fill('0901234567');
  await form.getByRole('button', { name: 'Create customer' }).click();

  const id = 'cong-ty-tnhh-thuc-pham-sai-gon-xanh';
  await expect(page).toHaveURL(new RegExp(`#/customers/${id}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Công ty TNHH Thực phẩm Sài Gòn Xanh' }),
  ).toBeVisible();

  const customerMd = await readFile(join(notebook, 'customers', id, 'customer.md'), 'utf8');
  expect(customerMd).toMatch(/^---\n/);
  expect(customerMd).toContain('name: Công ty TNHH Thực phẩm Sài Gòn Xanh');
  expect(customerMd).toContain('kind: customer');
  expect(customerMd).toContain('industry: Thực phẩm sạch');
  expect(customerMd).toContain('Võ Thị Mai');
  expect(customerMd).toContain('Giám đốc mua hàng');
  // A phone number stays a string other tools read the same way.
  expect(customerMd).toMatch(/phone: ["']0901234567["']/);
  expect(customerMd).toMatch(/key-account/);

  // M plans a meeting from the customer page.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('m');
  const planner = page.getByRole('dialog', { name: 'New meeting' });
  await expect(planner).toBeVisible();
  await page.keyboard.type('Giới thiệu giải pháp kho lạnh');
  await planner.getByRole('textbox', { name: 'Date' }).fill('2026-12-09');
  await planner.getByRole('textbox', { name: 'Time' }).fill('9h30');
  await planner.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill('60');
  await planner.getByRole('button', { name: 'Create meeting' }).click();

  const meetingId = '2026-12-09-gioi-thieu-giai-phap-kho-lanh';
  await expect(page).toHaveURL(new RegExp(`#/customers/${id}/meetings/${meetingId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Giới thiệu giải pháp kho lạnh' })).toBeVisible();
  expect(await readdir(join(notebook, 'customers', id, 'meetings'))).toEqual([`${meetingId}.md`]);
  const meetingMd = await readFile(join(notebook, 'customers', id, 'meetings', `${meetingId}.md`), 'utf8');
  expect(meetingMd).toContain('title: Giới thiệu giải pháp kho lạnh');
  expect(meetingMd).toContain('date: 2026-12-09');
  expect(meetingMd).toMatch(/time: ["']09:30["']/);
  expect(meetingMd).toContain('duration: 60');

  // The objective typed in the meeting page is autosaved into the same file.
  await page
    .getByRole('textbox', { name: 'Objective', exact: true })
    .fill('Chị Mai đồng ý cho thử nghiệm tại kho Thủ Đức');
  await page.getByRole('textbox', { name: 'Objective', exact: true }).blur();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect
    .poll(() => readFile(join(notebook, 'customers', id, 'meetings', `${meetingId}.md`), 'utf8'))
    .toContain('objective: Chị Mai đồng ý cho thử nghiệm tại kho Thủ Đức');

  // And the new customer is in the list, found without diacritics.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Customers' })
    .click();
  await page.getByRole('searchbox', { name: 'Filter customers' }).fill('sai gon xanh');
  await expect(page.getByRole('row').filter({ hasText: 'Sài Gòn Xanh' })).toContainText('9 Dec 2026');
});

test('another notebook opens from a typed folder path, and the first one is in the recent list', async ({
  appPage: page,
  notebook,
}) => {
  const other = await mkdtemp(join(tmpdir(), 'prepnote-other-'));
  try {
    await page.getByRole('button', { name: 'Open another notebook…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a notebook' });
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(other);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('notebook-name')).toHaveText(basename(other));
    await expect(page.getByRole('heading', { level: 1, name: basename(other) })).toBeVisible();
    await expect(page.getByText('No meetings planned. Open a customer to plan one.')).toBeVisible();
    // A folder without customers/ became a notebook.
    expect((await stat(join(other, 'customers'))).isDirectory()).toBe(true);

    await page.getByRole('button', { name: 'Open another notebook…' }).click();
    const recent = page.getByRole('dialog', { name: 'Open a notebook' }).getByRole('region', {
      name: 'Recent notebooks',
    });
    await recent.getByRole('button', { name: new RegExp(basename(notebook)) }).click();
    // Back on the first notebook, with its own customers again.
    await expect(page.getByTestId('notebook-name')).toHaveText(basename(notebook));
    await expect(page.getByRole('heading', { name: 'Every meeting needs a reason' })).toBeVisible();
  } finally {
    await rm(other, { recursive: true, force: true });
  }
});
