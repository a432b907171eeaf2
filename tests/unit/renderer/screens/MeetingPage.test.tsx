// @vitest-environment jsdom
// The meeting page: fields and notes autosaved, the core's review shown, and the same conflict
// choice as the customer page.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleCore } from '../support/fakeApi';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

const CUSTOMER = 'cong-ty-co-phan-dai-phat';
const MEETING = '2026-12-02-pilot-scoping';
const HASH = `#/customers/${CUSTOMER}/meetings/${MEETING}`;

describe('meeting page', () => {
  it('shows the meeting, its review and a breadcrumb back to the customer', async () => {
    await renderApp(sampleCore(), HASH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pilot scoping' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'You are here' });
    await within(crumbs).findByRole('link', { name: 'Công ty Cổ phần Đại Phát' });
    expect((screen.getByRole('textbox', { name: 'Objective' }) as HTMLTextAreaElement).value).toBe(
      'Agree on a 20-seat pilot start date',
    );
    const checklist = screen.getByTestId('checklist');
    expect(within(checklist).getByText('A specific objective, not a courtesy call')).toBeTruthy();
    expect(within(checklist).getByText('No objective yet.')).toBeTruthy();
    expect(within(checklist).getByText('Your checklist (1 of 2 ticked)')).toBeTruthy();
    // The file says `ready`, the core's review says not: said plainly, never rewritten.
    expect(screen.getByTestId('file-claims-ready').textContent).toMatch(
      /Marked ready in the file, but not ready.*No objective yet\./,
    );
  });

  it('autosaves the objective and the notes', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, HASH);
    const objective = await screen.findByRole('textbox', { name: 'Objective' });
    await user.type(objective, ' and its success criteria');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Preparation and notes' }), '- [[ ] Gửi đề xuất');
    await user.tab();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    const stored = core.customers.get(CUSTOMER)?.meetings.get(MEETING);
    expect(stored?.fields.objective).toBe('Agree on a 20-seat pilot start date and its success criteria');
    expect(stored?.body).toBe('## Notes\nNothing yet.\n- [ ] Gửi đề xuất');
  });

  it('takes dates as dd/mm/yyyy and times as 14h30 in Vietnamese, and never saves half a date', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    core.language = 'vi';
    await renderApp(core, HASH);
    const date = await screen.findByRole('textbox', { name: /Ngày/ });
    expect((date as HTMLInputElement).value).toBe('02/12/2026');
    await user.clear(date);
    await user.type(date, '5/12/202');
    expect(screen.getByText('Hãy nhập ngày theo dạng ngày/tháng/năm, VD: 03/12/2026.')).toBeTruthy();
    await user.type(date, '6');
    const time = screen.getByRole('textbox', { name: 'Giờ' });
    await user.clear(time);
    await user.type(time, '14h30');
    await user.tab();
    expect((date as HTMLInputElement).value).toBe('05/12/2026');
    expect((time as HTMLInputElement).value).toBe('14:30');
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Đã lưu'));
    expect(core.customers.get(CUSTOMER)?.meetings.get(MEETING)?.fields).toMatchObject({
      date: '2026-12-05',
      time: '14:30',
    });
    expect(
      core
        .callsOf('meetings.update')
        .map((call) => call.fields?.date)
        .filter(Boolean),
    ).toEqual(['2026-12-05']);
  });

  it('offers the conflict choice when the meeting file changed on disk', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    await renderApp(core, HASH);
    const objective = await screen.findByRole('textbox', { name: 'Objective' });
    await user.type(objective, '!');
    core.editMeetingOnDisk(CUSTOMER, MEETING, { objective: 'Changed in Obsidian' });
    act(() => core.emit('notebook.changed', { paths: [`customers/${CUSTOMER}/meetings/${MEETING}.md`] }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep both' }));
    await waitFor(() => expect((objective as HTMLTextAreaElement).value).toBe('Changed in Obsidian'));
    expect(core.copies[0]).toMatchObject({
      path: `customers/${CUSTOMER}/meetings/${MEETING}.conflict-20261126-101500.md`,
      fields: { objective: 'Agree on a 20-seat pilot start date!' },
    });
  });
});
