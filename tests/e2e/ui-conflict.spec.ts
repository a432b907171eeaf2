// A file edited by another program while it is open in the UI: without unsaved edits the page
// follows the disk; with unsaved edits the side-by-side choice appears, and each of its three
// ways leaves the right text on disk and in the editor, losing nothing the user chose to keep.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/server';

test.use({ notebookFixture: join(ROOT, 'resources/sample') });

const ID = 'harbor-foods-ltd';
const LINE = 'Met James at the Asia Cold Chain conference in April 2026.';

function customerFile(notebook: string): string {
  return join(notebook, 'customers', ID, 'customer.md');
}

/** Another editor changes one line of the background notes, as a person would. */
async function editOnDisk(notebook: string, replacement: string): Promise<void> {
  const text = await readFile(customerFile(notebook), 'utf8');
  expect(text).toContain(LINE);
  await writeFile(customerFile(notebook), text.replace(LINE, replacement));
}

async function openNotesEditor(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/#/customers/${ID}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor Foods Ltd' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
}

/** Types the user's edit, then another program saves the same file before the autosave. */
async function makeConflict(page: Page, notebook: string): Promise<void> {
  const notes = page.getByRole('textbox', { name: 'Background notes' });
  await notes.fill((await notes.inputValue()).replace(LINE, 'MINE: met James in Singapore.'));
  await editOnDisk(notebook, 'THEIRS: met James at the Jurong site.');
  await expect(page.getByRole('dialog', { name: 'This file was changed outside Prepnote' })).toBeVisible();
}

test('changes made by another program appear without a reload when nothing is unsaved', async ({
  appPage: page,
  server,
  notebook,
}) => {
  await openNotesEditor(page, server.origin);
  await editOnDisk(notebook, 'Edited in VS Code while Prepnote was open.');
  await expect(page.getByRole('textbox', { name: 'Background notes' })).toHaveValue(
    /Edited in VS Code while Prepnote was open\./,
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('"Keep mine" writes the user text over the file', async ({ appPage: page, server, notebook }) => {
  await openNotesEditor(page, server.origin);
  await makeConflict(page, notebook);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.conflict-mine')).toContainText('MINE: met James in Singapore.');
  await expect(dialog.locator('.conflict-theirs')).toContainText('THEIRS: met James at the Jurong site.');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved: the file was changed on disk');

  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const onDisk = await readFile(customerFile(notebook), 'utf8');
  expect(onDisk).toContain('MINE: met James in Singapore.');
  expect(onDisk).not.toContain('THEIRS');
  expect(onDisk).toMatch(/^---\nname: Harbor Foods Ltd\n/);
});

test('"Take theirs" loads the file and drops the unsaved edit', async ({
  appPage: page,
  server,
  notebook,
}) => {
  await openNotesEditor(page, server.origin);
  await makeConflict(page, notebook);
  await page.getByRole('dialog').getByRole('button', { name: 'Take theirs' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Background notes' })).toHaveValue(
    /THEIRS: met James at the Jurong site\./,
  );
  const onDisk = await readFile(customerFile(notebook), 'utf8');
  expect(onDisk).toContain('THEIRS: met James at the Jurong site.');
  expect(onDisk).not.toContain('MINE');
  // Later edits save on top of their version.
  const notes = page.getByRole('textbox', { name: 'Background notes' });
  await notes.fill(`${await notes.inputValue()}\nAfter the conflict.\n`);
  await notes.blur();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect.poll(() => readFile(customerFile(notebook), 'utf8')).toContain('After the conflict.');
  expect(await readFile(customerFile(notebook), 'utf8')).toContain('THEIRS');
});

test('"Keep both" saves the user text as a conflict copy and loads theirs', async ({
  appPage: page,
  server,
  notebook,
}) => {
  await openNotesEditor(page, server.origin);
  await makeConflict(page, notebook);
  await page.getByRole('dialog').getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Background notes' })).toHaveValue(/THEIRS/);

  const files = await readdir(join(notebook, 'customers', ID));
  const copies = files.filter((name) => /^customer\.conflict-\d{8}-\d{6}\.md$/.test(name));
  expect(copies).toHaveLength(1);
  const copy = await readFile(join(notebook, 'customers', ID, copies[0] as string), 'utf8');
  expect(copy).toContain('MINE: met James in Singapore.');
  expect(copy).toContain('name: Harbor Foods Ltd');
  expect(await readFile(customerFile(notebook), 'utf8')).toContain('THEIRS');
  await expect(page.locator('.notice-info')).toContainText(`customers/${ID}/${copies[0]}`);
  // notebook.info lists the copy, so the banner points at it.
  await expect(page.getByText(/files? needs? attention/)).toBeVisible();
});
