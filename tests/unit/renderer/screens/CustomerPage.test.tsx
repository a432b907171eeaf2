// @vitest-environment jsdom
// The customer page: edits are autosaved with a visible state, a file changed on disk brings
// the side-by-side choice, outside changes appear without a reload, and trash has Undo.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateInput } from '../../../../renderer/src/i18n/parseDateInput';
import { sampleCore } from '../support/fakeApi';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

const ID = 'cong-ty-co-phan-dai-phat';
const HASH = `#/customers/${ID}`;

function saveStatus(): string {
  return screen.getByTestId('save-status').textContent ?? '';
}

describe('customer page', () => {
  it('shows profile, contacts, background notes as Markdown and meetings newest first', async () => {
    await renderApp(sampleCore(), HASH);
    await screen.findByRole('heading', { level: 1, name: 'Công ty Cổ phần Đại Phát' });
    expect((screen.getByRole('textbox', { name: 'Industry' }) as HTMLInputElement).value).toBe('Logistics');
    const contact = screen.getByRole('group', { name: 'Contact 1' });
    expect((within(contact).getByRole('textbox', { name: 'Phone' }) as HTMLInputElement).value).toBe(
      '0901234567',
    );
    expect(screen.getByText('Khách hàng lớn nhất khu vực phía Nam.')).toBeTruthy();
    expect((screen.getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    const meetings = await screen.findByRole('list', { name: 'Meetings' });
    const titles = within(meetings)
      .getAllByRole('link')
      .map((a) => a.querySelector('.timeline-title')?.textContent);
    expect(titles).toEqual(['Pilot scoping', 'Discovery']);
    expect(within(meetings).getByText('Ready')).toBeTruthy();
  });

  it('autosaves an edited field on blur and says "Saved"', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, HASH);
    const industry = await screen.findByRole('textbox', { name: 'Industry' });
    await user.clear(industry);
    await user.type(industry, 'Freight');
    expect(saveStatus()).toBe('Unsaved changes');
    await user.tab();
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(core.customers.get(ID)?.fields.industry).toBe('Freight');
    expect(core.callsOf('customers.update')).toEqual([
      { id: ID, version: 'v1', fields: { industry: 'Freight' }, body: undefined },
    ]);
  });

  it('edits background notes in Markdown with Ctrl+S to save now', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, HASH);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const notes = screen.getByRole('textbox', { name: 'Background notes' });
    expect(document.activeElement).toBe(notes);
    await user.type(notes, 'Ưu tiên **giá**');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(core.customers.get(ID)?.body).toBe(
      'Khách hàng lớn nhất khu vực phía Nam.\n\n- [ ] Gửi báo giá\nƯu tiên **giá**',
    );
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByText('giá', { selector: 'strong' })).toBeTruthy();
  });

  it('reloads silently when the file changes on disk and nothing is unsaved', async () => {
    const core = sampleCore();
    await renderApp(core, HASH);
    await screen.findByRole('textbox', { name: 'Industry' });
    core.editCustomerOnDisk(ID, { industry: 'Shipping' });
    act(() => core.emit('notebook.changed', { paths: [`customers/${ID}/customer.md`] }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Industry' }) as HTMLInputElement).value).toBe('Shipping'),
    );
  });

  it.each([
    ['Keep mine', 'Freight (mine)', 'Freight (mine)'],
    ['Take theirs', 'Shipping (theirs)', 'Shipping (theirs)'],
    ['Keep both', 'Shipping (theirs)', 'Shipping (theirs)'],
  ])(
    'on a conflict, "%s" leaves the right text in the file and the editor',
    async (choice, onDisk, shown) => {
      const user = userEvent.setup();
      const core = sampleCore();
      await renderApp(core, HASH);
      const industry = await screen.findByRole('textbox', { name: 'Industry' });
      await user.clear(industry);
      await user.type(industry, 'Freight (mine)');
      core.editCustomerOnDisk(ID, { industry: 'Shipping (theirs)' });
      act(() => core.emit('notebook.changed', { paths: [`customers/${ID}/customer.md`] }));

      const dialog = await screen.findByRole('dialog', { name: 'This file was changed outside Prepnote' });
      const row = within(dialog)
        .getByRole('rowheader', { name: 'Industry' })
        .closest('[role="row"]') as HTMLElement;
      expect(within(row).getByText('Freight (mine)')).toBeTruthy();
      expect(within(row).getByText('Shipping (theirs)')).toBeTruthy();
      expect(saveStatus()).toBe('Not saved: the file was changed on disk');
      // The user's text is still in the editor behind the dialog.
      expect((industry as HTMLInputElement).value).toBe('Freight (mine)');

      await user.click(within(dialog).getByRole('button', { name: choice }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() =>
        expect((screen.getByRole('textbox', { name: 'Industry' }) as HTMLInputElement).value).toBe(shown),
      );
      expect(core.customers.get(ID)?.fields.industry).toBe(onDisk);
      if (choice === 'Keep both') {
        expect(core.copies[0]?.fields).toMatchObject({ industry: 'Freight (mine)' });
        expect(
          screen.getAllByText(
            /Your version was saved as customers\/cong-ty-co-phan-dai-phat\/customer\.conflict-/,
          ).length,
        ).toBeGreaterThan(0);
      }
    },
  );

  it('Escape closes the conflict dialog without choosing; "Resolve…" brings it back', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, HASH);
    const industry = await screen.findByRole('textbox', { name: 'Industry' });
    await user.type(industry, ' 2');
    core.editCustomerOnDisk(ID, { industry: 'Other' });
    await user.tab();
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((industry as HTMLInputElement).value).toBe('Logistics 2');
    await user.click(screen.getByRole('button', { name: 'Resolve…' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });

  it('moves the customer to the trash after confirming, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, HASH);
    await user.click(await screen.findByRole('button', { name: 'Move to trash' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move Công ty Cổ phần Đại Phát to the trash?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Move to trash' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers'));
    expect(core.customers.has(ID)).toBe(false);
    await screen.findByText('Công ty Cổ phần Đại Phát was moved to the trash.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(core.customers.has(ID)).toBe(true));
    await waitFor(() => expect(window.location.hash).toBe(HASH));
  });

  it('Ctrl+Z runs the Undo of the trash toast', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, HASH);
    await user.click(await screen.findByRole('button', { name: 'Move to trash' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Move to trash' }),
    );
    await screen.findByRole('button', { name: 'Undo' });
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(core.customers.has(ID)).toBe(true));
  });

  it('plans a meeting with today as the default date and a template when the core has them', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, HASH);
    await user.click(await screen.findByRole('button', { name: '+ New meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'New meeting' });
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect((within(dialog).getByLabelText(/Date/) as HTMLInputElement).value).toBe(
      formatDateInput(iso, 'en'),
    );
    expect((within(dialog).getByLabelText('Duration (minutes)') as HTMLInputElement).value).toBe('45');
    await user.selectOptions(
      await within(dialog).findByRole('combobox', { name: 'Agenda template' }),
      'demo',
    );
    expect((within(dialog).getByLabelText('Duration (minutes)') as HTMLInputElement).value).toBe('60');
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Demo cho phòng kho');
    await user.type(within(dialog).getByRole('textbox', { name: 'Time' }), '14h30');
    await user.click(within(dialog).getByRole('button', { name: 'Create meeting' }));
    await waitFor(() => expect(window.location.hash).toBe(`${HASH}/meetings/${iso}-demo-cho-phong-kho`));
    expect(core.callsOf('meetings.create')[0]).toMatchObject({
      time: '14:30',
      customerId: ID,
      title: 'Demo cho phòng kho',
      date: iso,
      duration: 60,
      template: 'demo',
      lang: 'en',
    });
  });

  it('hides the template choice when templates.list does not answer', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    core.missing.add('templates.list');
    await renderApp(core, HASH);
    await user.click(await screen.findByRole('button', { name: '+ New meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'New meeting' });
    await waitFor(() => expect(core.callsOf('templates.list')).toHaveLength(1));
    expect(within(dialog).queryByRole('combobox')).toBeNull();
  });

  it('says plainly when the customer does not exist', async () => {
    await renderApp(sampleCore(), '#/customers/nobody');
    expect(
      await screen.findByText('Not found: it may have been moved to the trash or deleted.'),
    ).toBeTruthy();
  });
});
