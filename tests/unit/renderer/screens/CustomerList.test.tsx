// @vitest-environment jsdom
// The customer list as a user meets it: filter without diacritics, kind, arrow keys, Enter,
// shortcuts, and creating a customer through the form.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleCore } from '../support/fakeApi';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

function rowNames(): string[] {
  const table = screen.getByRole('table', { name: 'Customers' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.row-link')?.textContent ?? '');
}

describe('customer list', () => {
  it('lists customers with kind, place, last and next meeting in the language format', async () => {
    await renderApp(sampleCore(), '#/customers');
    await screen.findByRole('table', { name: 'Customers' });
    expect(rowNames()).toEqual(['Công ty Cổ phần Đại Phát', 'Harbor Foods Ltd', 'Nhà sách Phương Nam']);
    const row = screen.getByText('Công ty Cổ phần Đại Phát').closest('tr') as HTMLElement;
    expect(within(row).getByText('2 Oct 2026')).toBeTruthy();
    expect(within(row).getByText('2 Dec 2026')).toBeTruthy();
    expect(within(row).getByText('Customer')).toBeTruthy();
  });

  it('filters without diacritics and by kind', async () => {
    const user = userEvent.setup();
    await renderApp(sampleCore(), '#/customers');
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Filter customers' }), 'phuong nam');
    expect(rowNames()).toEqual(['Nhà sách Phương Nam']);
    await user.clear(screen.getByRole('searchbox'));
    await user.click(screen.getByRole('button', { name: 'Prospects' }));
    expect(rowNames()).toEqual(['Harbor Foods Ltd', 'Nhà sách Phương Nam']);
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('No customer matches this filter.')).toBeTruthy();
  });

  it('moves with the arrow keys and opens with Enter', async () => {
    const user = userEvent.setup();
    await renderApp(sampleCore(), '#/customers');
    await screen.findByRole('table');
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    await user.keyboard('{ArrowDown}');
    expect((document.activeElement as HTMLElement).textContent).toContain('Công ty Cổ phần Đại Phát');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect((document.activeElement as HTMLElement).textContent).toContain('Nhà sách Phương Nam');
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/customers/harbor-foods-ltd'));
  });

  it('creates a customer with contacts from the keyboard shortcut', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, '#/customers');
    await screen.findByRole('table');
    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'New customer' });
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: /Name/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create customer' }));
    expect(within(dialog).getByText('A name is required.')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Bệnh viện Đa khoa Tâm Anh');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'customer');
    await user.type(within(dialog).getByRole('textbox', { name: 'Industry' }), 'Healthcare');
    await user.type(within(dialog).getByRole('textbox', { name: 'Tags' }), 'hospital, key-account');
    await user.click(within(dialog).getByRole('button', { name: '+ Add contact' }));
    const contact = within(dialog).getByRole('group', { name: 'Contact 1' });
    // The new row's name field has focus, so typing goes straight into it.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(contact).getByRole('textbox', { name: 'Name' })),
    );
    await user.keyboard('Lê Thu Hà');
    await user.type(within(contact).getByRole('textbox', { name: 'Phone' }), '0901234567');
    await user.click(within(dialog).getByRole('button', { name: 'Create customer' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers/benh-vien-da-khoa-tam-anh'));
    expect(core.callsOf('customers.create')).toEqual([
      {
        name: 'Bệnh viện Đa khoa Tâm Anh',
        kind: 'customer',
        industry: 'Healthcare',
        location: undefined,
        tags: ['hospital', 'key-account'],
        contacts: [{ name: 'Lê Thu Hà', phone: '0901234567' }],
      },
    ]);
  });

  it('closes the dialog on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    await renderApp(sampleCore(), '#/customers');
    const button = await screen.findByRole('button', { name: '+ New customer' });
    await user.click(button);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('refreshes when the notebook changes on disk', async () => {
    const core = sampleCore();
    await renderApp(core, '#/customers');
    await screen.findByRole('table');
    core.addCustomer('minh-long', { name: 'Công ty TNHH Minh Long', kind: 'customer' });
    core.emit('notebook.changed', { paths: ['customers/minh-long/customer.md'] });
    await screen.findByText('Công ty TNHH Minh Long');
  });
});
