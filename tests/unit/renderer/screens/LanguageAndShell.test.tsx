// @vitest-environment jsdom
// The shell in both languages: the remembered language is used from the first screen, the
// EN | VI switch changes everything at once and is saved, and notebook problems are listed
// with their paths.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleCore } from '../support/fakeApi';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

describe('language', () => {
  it('starts in the language the settings remember, with <html lang> set', async () => {
    const core = sampleCore();
    core.language = 'vi';
    await renderApp(core, '#/customers');
    expect(await screen.findByRole('heading', { level: 1, name: 'Khách hàng' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
    expect(await screen.findByText('02/12/2026')).toBeTruthy();
  });

  it('switches to Vietnamese, saves the choice and formats dates dd/mm/yyyy', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, '#/customers');
    await screen.findByText('2 Dec 2026');
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Khách hàng' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Trang chủ' })).toBeTruthy();
    expect(screen.getByText('02/12/2026')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Lọc khách hàng' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
    expect(core.callsOf('settings.update')).toEqual([{ language: 'vi' }]);
    expect(screen.getByRole('button', { name: 'Tiếng Việt' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('starts in English when the settings cannot be read', async () => {
    const core = sampleCore();
    core.missing.add('settings.get');
    await renderApp(core, '#/');
    expect(await screen.findByRole('heading', { name: 'Every meeting needs a reason' })).toBeTruthy();
  });
});

describe('shell', () => {
  it('shows the notebook name and the next meetings on the home screen', async () => {
    await renderApp(sampleCore(), '#/');
    expect(await screen.findByTestId('notebook-name')).toHaveProperty('textContent', 'Sample notebook');
    const upcoming = await screen.findByRole('region', { name: 'Next meetings' });
    await within(upcoming).findByText('Pilot scoping');
    expect(within(upcoming).getByText('2 Dec 2026')).toBeTruthy();
    expect(within(upcoming).getByText('Wednesday · 09:30')).toBeTruthy();
    expect(within(upcoming).queryByText('Discovery')).toBeNull();
  });

  it('lists files that need attention with their paths and reasons', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    core.info = {
      unreadable: [
        { path: 'customers/broken/customer.md', reason: 'bad indentation of a mapping entry (3:5)' },
      ],
      problems: [
        { path: 'customers/a/meetings/2026-01-01-x.md', field: 'duration', reason: 'expected a number' },
      ],
      conflictCopies: ['customers/a/customer.conflict-20261126-101500.md'],
    };
    await renderApp(core, '#/');
    await user.click(await screen.findByRole('button', { name: 'Show' }));
    expect(screen.getByText('3 files need attention')).toBeTruthy();
    const dialog = screen.getByRole('dialog', { name: 'Files that need attention' });
    expect(within(dialog).getByText('customers/broken/customer.md')).toBeTruthy();
    expect(within(dialog).getByText('bad indentation of a mapping entry (3:5)')).toBeTruthy();
    expect(within(dialog).getByText('Invalid value in “Duration”:')).toBeTruthy();
    expect(within(dialog).getByText('customers/a/customer.conflict-20261126-101500.md')).toBeTruthy();
  });

  it('opens another notebook from a typed path and shows its name', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, '#/customers');
    await user.click(await screen.findByRole('button', { name: 'Open another notebook…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a notebook' });
    core.info = { name: 'Work', path: '/home/lan/Work' };
    (core as unknown as { handlers: Record<string, () => unknown> }).handlers['notebook.open'] = () =>
      core.client.call('notebook.info', {});
    await user.type(within(dialog).getByRole('textbox', { name: 'Folder' }), '/home/lan/Work{Enter}');
    await waitFor(() => expect(screen.getByTestId('notebook-name').textContent).toBe('Work'));
    expect(core.callsOf('notebook.open')).toEqual([{ path: '/home/lan/Work' }]);
    expect(window.location.hash).toBe('#/');
  });

  it('keeps focus inside a dialog when tabbing', async () => {
    const user = userEvent.setup();
    await renderApp(sampleCore(), '#/');
    await user.click(await screen.findByRole('button', { name: 'Open another notebook…' }));
    const dialog = await screen.findByRole('dialog');
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });
});
