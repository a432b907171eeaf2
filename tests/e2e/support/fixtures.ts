// Playwright fixtures for browser mode: `notebook` (a temporary copy of a fixture notebook,
// chosen with `test.use({ notebookFixture: 'tests/fixtures/<name>' })`, or an empty one),
// `server` (browser mode on it) and `appPage` (a page already logged in: it opened the
// ready line's `?token=` address and landed on `/` with the session cookie).
import { rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { ROOT, makeTempNotebook, startServer, type StartedServer } from './server';

export interface PrepnoteFixtures {
  notebookFixture: string | undefined;
  notebook: string;
  server: StartedServer;
  appPage: Page;
}

export const test = base.extend<PrepnoteFixtures>({
  notebookFixture: [undefined, { option: true }],
  notebook: async ({ notebookFixture }, use) => {
    const from =
      notebookFixture && !isAbsolute(notebookFixture) ? join(ROOT, notebookFixture) : notebookFixture;
    const dir = await makeTempNotebook(from);
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  server: async ({ notebook }, use) => {
    const server = await startServer({ notebook });
    await use(server);
    await server.stop();
  },
  appPage: async ({ page, server }, use) => {
    await logIn(page, server);
    await use(page);
  },
});

/** Opens the ready line's address; the server swaps the token for a cookie and redirects to `/`. */
export async function logIn(page: Page, server: StartedServer): Promise<void> {
  await page.goto(server.url);
  await expect(page).toHaveURL(`${server.origin}/`);
}

export { expect };
