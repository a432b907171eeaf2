// The built renderer, served by the real browser-mode server on a temporary notebook, loads
// in Chromium, logs in through the cookie, and talks to the core without a refused request.
import { basename } from 'node:path';
import { expect, test } from './support/fixtures';

test('the built renderer loads from the real server and its API calls succeed', async ({
  page,
  server,
  notebook,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  const apiStatuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) apiStatuses.push(response.status());
  });

  await page.goto(server.url);
  await expect(page).toHaveURL(`${server.origin}/`);
  await expect(page.locator('#root > *').first()).toBeVisible();
  // The first screen names the notebook it opened: the page really reached the core.
  await expect(page.getByRole('heading', { level: 1, name: basename(notebook) })).toBeVisible();
  await expect(page.getByTestId('notebook-name')).toHaveText(basename(notebook));
  await expect.poll(() => apiStatuses.length).toBeGreaterThan(0);
  expect(apiStatuses.filter((status) => status === 401 || status === 403)).toEqual([]);
  // Blocked scripts, styles or connections show as "Refused to …" / "violates …"; a policy
  // directive Chromium ignores shows as "is ignored".
  expect(problems.filter((p) => /Refused to|violates|is ignored/i.test(p))).toEqual([]);
  expect(problems.filter((p) => p.startsWith('page error'))).toEqual([]);
});
