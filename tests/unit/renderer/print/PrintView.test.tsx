// @vitest-environment jsdom
// The print view: the document alone (no app around it), the customer copy without anything
// internal, the prep sheet with everything, the page box of the chosen paper with the
// customer, the date and page numbers in the footer, the document's own language, and the
// desktop's print and PDF or the browser's print.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrintingApi, WindowApi } from '../../../../shared/contract';
import { setApiClient } from '../../../../renderer/src/api/client';
import { AGENDA_HASH, CUSTOMER, MEETING, notFound, printCss, printFixture, renderAt } from './printSupport';

afterEach(() => {
  cleanup();
  setApiClient(undefined);
  window.location.hash = '';
  document.body.innerHTML = '';
  window.localStorage.clear();
  delete window.api;
  vi.restoreAllMocks();
});

async function openCustomerCopy() {
  const fixture = printFixture();
  await renderAt(fixture, `${AGENDA_HASH}/customer`);
  await screen.findByRole('heading', { level: 1, name: 'Pilot kick-off' });
  return fixture;
}

describe('print view of an agenda', () => {
  it('shows the customer copy alone: no sidebar, the purpose, the agenda with clock times', async () => {
    const fixture = await openCustomerCopy();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    const sheet = screen.getByRole('main');
    const text = sheet.textContent ?? '';
    expect(text).toContain('Công ty Cổ phần Đại Phát');
    expect(text).toContain('Wednesday, 9 December 2026');
    expect(text).toContain('Đại Phát sees fewer picking errors within a month');
    const rows = within(sheet)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'TimeItemMinutes',
      '09:30–09:45Pilot scope15',
      '09:45–10:05Hệ thống đào tạo20',
      '10:05–10:15Next steps10',
      'Total45 min',
    ]);
    for (const internal of [
      'signs the pilot order',
      'names the pilot owner',
      'signed',
      'Who owns',
      'budget',
    ]) {
      expect(text).not.toContain(internal);
    }
    // The customer copy reads only what it needs: no checklist, actions or earlier meetings.
    expect(fixture.callsOf('actions.list')).toEqual([]);
    expect(fixture.callsOf('meetings.review')).toEqual([]);
    expect(document.title).toBe('Pilot kick-off — Công ty Cổ phần Đại Phát');
  });

  it('prints on A4 by default, with the customer, the date and page numbers at the foot of each page', async () => {
    await openCustomerCopy();
    const css = printCss();
    expect(css).toContain('@page { size: A4; margin: 18mm; }'); // the exports' own stylesheet
    expect(css).toMatch(/size: A4 portrait;/);
    expect(css).toContain('@bottom-left { content: "Công ty Cổ phần Đại Phát · 9 Dec 2026 09:30";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(css).not.toContain('@top-right');
    expect(css).toMatch(/table\.agenda tr \{ break-inside: avoid;/);
  });

  it('switches to Letter and remembers the choice', async () => {
    const user = userEvent.setup();
    const fixture = await openCustomerCopy();
    const paper = screen.getByRole('group', { name: 'Paper size' });
    await user.click(within(paper).getByRole('button', { name: 'Letter' }));
    expect(within(paper).getByRole('button', { name: 'Letter' }).getAttribute('aria-pressed')).toBe('true');
    expect(printCss()).toMatch(/size: letter portrait;/);
    expect(screen.getByRole('main').getAttribute('data-paper')).toBe('Letter');

    cleanup();
    await renderAt(fixture, `${AGENDA_HASH}/prep`);
    await screen.findByRole('heading', { level: 1, name: 'Pilot kick-off' });
    expect(printCss()).toMatch(/size: letter portrait;/);
  });

  it('shows everything on the prep sheet and marks every page internal', async () => {
    const user = userEvent.setup();
    const fixture = await openCustomerCopy();
    await user.click(screen.getByRole('button', { name: 'Prep sheet' }));
    expect(window.location.hash).toBe(`${AGENDA_HASH}/prep`);
    await screen.findByText('Minh signs the pilot order for 20 seats');
    const sheet = screen.getByRole('main');
    const text = sheet.textContent ?? '';
    for (const expected of [
      'Internal: not for the customer',
      'Minh names the pilot owner',
      'Who owns the pilot?',
      'Send the reference list (from 2 Oct 2026)',
      // meetings.list of the fake core gives no outcome: the status stands in for it.
      '2 Oct 2026 — Discovery: Agree on the two problems worth a proposal → Done',
      'Materials ready',
      'Trần Văn Minh — Giám đốc vận hành · 0901234567',
    ]) {
      expect(text).toContain(expected);
    }
    // The user's Markdown goes through the app's sanitizer: formatting kept, scripts gone.
    expect(within(sheet).getByText('signed').tagName).toBe('STRONG');
    expect(sheet.querySelector('script')).toBeNull();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
    expect(printCss()).toContain('@top-right { content: "Internal: not for the customer";');
    expect(fixture.callsOf('meetings.review')).toEqual([
      { customerId: CUSTOMER, meetingId: MEETING, lang: 'en' },
    ]);
  });

  it('prints the document in the language chosen for it, the toolbar staying in the app language', async () => {
    const user = userEvent.setup();
    await openCustomerCopy();
    await user.click(
      within(screen.getByRole('group', { name: 'Document language' })).getByRole('button', {
        name: 'Tiếng Việt',
      }),
    );
    await screen.findByText('Mục đích cuộc gặp — Quý khách nhận được gì');
    expect(screen.getByText('Thứ Tư, 09/12/2026')).toBeTruthy();
    expect(screen.getByRole('article').getAttribute('lang')).toBe('vi');
    expect(printCss()).toContain('content: "Trang " counter(page) "/" counter(pages);');
    expect(printCss()).toContain('"Công ty Cổ phần Đại Phát · 09/12/2026 09:30"');
    expect(screen.getByRole('button', { name: 'Print…' })).toBeTruthy();
  });

  it('says why when the meeting cannot be read, with a retry', async () => {
    const fixture = printFixture({ 'meetings.get': notFound });
    await renderAt(fixture, `${AGENDA_HASH}/customer`);
    expect((await screen.findByRole('alert')).textContent).toContain('Not found');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Print…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('uses the browser print in browser mode: Print…, Ctrl+P; Escape goes back to the meeting', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await openCustomerCopy();
    const button = screen.getByRole('button', { name: 'Print…' });
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(screen.queryByRole('button', { name: 'Save as PDF…' })).toBeNull();
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}p{/Control}');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe(`#/customers/${CUSTOMER}/meetings/${MEETING}`);
  });

  it('uses the desktop shell in the app: print dialog and Save as PDF with the file name and paper', async () => {
    const user = userEvent.setup();
    const printing: PrintingApi = {
      print: vi.fn(async () => true),
      savePdf: vi.fn(async () => '/home/lan/Documents/2026-12-09-pilot-kickoff-customer.pdf'),
    };
    window.api = { printing } as unknown as WindowApi;
    await openCustomerCopy();
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    expect(printing.print).toHaveBeenCalledTimes(1);
    await user.click(
      within(screen.getByRole('group', { name: 'Paper size' })).getByRole('button', { name: 'Letter' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    expect(printing.savePdf).toHaveBeenCalledWith({
      filename: `${MEETING}-customer.pdf`,
      pageSize: 'Letter',
    });
    expect(
      await screen.findByText('PDF saved: /home/lan/Documents/2026-12-09-pilot-kickoff-customer.pdf'),
    ).toBeTruthy();
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(printing.savePdf).toHaveBeenCalledTimes(2));
  });

  it('says so when the PDF could not be written, and says nothing when the user cancels', async () => {
    const user = userEvent.setup();
    const savePdf = vi
      .fn<PrintingApi['savePdf']>()
      .mockResolvedValueOnce(null)
      .mockRejectedValueOnce(new Error('EACCES: permission denied'));
    window.api = { printing: { print: async () => true, savePdf } } as unknown as WindowApi;
    await openCustomerCopy();
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await waitFor(() => expect(savePdf).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/PDF saved/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    expect(await screen.findByText('The PDF could not be saved: EACCES: permission denied')).toBeTruthy();
  });
});

describe('print view of a customer history', () => {
  it('lists every meeting in the contents; a contents link scrolls without leaving the print view', async () => {
    const fixture = printFixture();
    await renderAt(fixture, `#/customers/${CUSTOMER}/history/print`);
    await screen.findByRole('heading', { level: 1, name: 'Công ty Cổ phần Đại Phát' });
    const contents = await screen.findByRole('navigation');
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      '9 Dec 2026 — Pilot kick-off',
      '2 Dec 2026 — Pilot scoping',
      '2 Oct 2026 — Discovery',
    ]);
    const target = document.getElementById(links[0]?.getAttribute('href')?.slice(1) ?? '');
    expect(target?.textContent).toBe('9 Dec 2026 — Pilot kick-off');
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const before = window.location.hash;
    fireEvent.click(links[0] as HTMLElement);
    expect(window.location.hash).toBe(before);
    expect(scroll).toHaveBeenCalled();
    expect(document.activeElement).toBe(target);
    // The history is the salesperson's record: everything in it.
    expect(screen.getByRole('main').textContent).toContain('Internal note: budget is tight.');
    expect(printCss()).toMatch(
      /@bottom-left \{ content: "Customer history: Công ty Cổ phần Đại Phát · printed \d/,
    );
    await userEvent.setup().keyboard('{Escape}');
    expect(window.location.hash).toBe(`#/customers/${CUSTOMER}`);
  });
});
