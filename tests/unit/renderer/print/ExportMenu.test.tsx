// @vitest-environment jsdom
// The "Print and export" menus: reachable and usable from the keyboard, copy the customer
// copy as text (or show it to copy by hand when the clipboard refuses), save the files the
// core exports, open the print views, and say in plain words what went wrong.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../shared/contract';
import { setApiClient } from '../../../../renderer/src/api/client';
import { ExportMenu } from '../../../../renderer/src/components/ExportMenu/ExportMenu';
import { HistoryExportMenu } from '../../../../renderer/src/components/ExportMenu/HistoryExportMenu';
import { ToastProvider } from '../../../../renderer/src/components/Toast/ToastProvider';
import { applyLanguage, initI18n } from '../../../../renderer/src/i18n/i18n';
import { LanguageProvider } from '../../../../renderer/src/state/LanguageProvider';
import { CUSTOMER, MEETING, type PrintFixture, printFixture } from './printSupport';

const TEXT = 'Pilot kick-off\n==============\n\nĐại Phát sees fewer picking errors\n';

interface Saved {
  filename: string;
  type: string;
  content: string;
}

let saved: Saved[];

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  // A download is a click on a temporary <a download>: record what it would save.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) return;
    const entry: Saved = { filename: this.download, type: blob.type, content: '' };
    saved.push(entry);
    void blob.text().then((text) => (entry.content = text));
  });
});

afterEach(() => {
  cleanup();
  setApiClient(undefined);
  window.location.hash = '';
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

function fixtureWithExports(): PrintFixture {
  return printFixture({
    'export.agenda': (args) => {
      if (args.format === 'ics') {
        if (args.meetingId === 'no-date') {
          throw new ApiError('INVALID_INPUT', 'no date', { issues: [{ path: 'date', message: 'x' }] });
        }
        return {
          filename: `${args.meetingId}-customer.ics`,
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        };
      }
      const extension = { text: 'txt', markdown: 'md', html: 'html' }[args.format];
      return { filename: `${args.meetingId}-${args.variant}.${extension}`, content: TEXT };
    },
    'export.history': (args) => ({
      filename: `${args.customerId}-history.${args.format === 'html' ? 'html' : 'md'}`,
      content: '<!doctype html>',
    }),
  });
}

async function renderMenu(fixture: PrintFixture, menu: React.ReactNode): Promise<void> {
  initI18n();
  await applyLanguage('en');
  setApiClient(fixture.client);
  await act(async () => {
    render(
      <LanguageProvider>
        <ToastProvider>{menu}</ToastProvider>
      </LanguageProvider>,
    );
  });
  await screen.findByRole('button', { name: 'Print and export' });
}

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('ExportMenu', () => {
  it('opens from the keyboard and moves with the arrows, Home and End; Escape returns to the button', async () => {
    const user = userEvent.setup();
    await renderMenu(fixtureWithExports(), <ExportMenu customerId={CUSTOMER} meetingId={MEETING} />);
    const button = screen.getByRole('button', { name: 'Print and export' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Print and export' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(
      within(menu)
        .getAllByRole('group')
        .map((group) => group.getAttribute('aria-label')),
    ).toEqual(['Customer copy', 'Prep sheet (internal)']);
    expect(document.activeElement?.textContent).toContain('Print customer copy…');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Copy as text');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Save as HTML (.html)');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('Print customer copy…');
    await user.keyboard('{ArrowUp}{Home}');
    expect(document.activeElement?.textContent).toContain('Print customer copy…');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Save as HTML (.html)');
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('copies the customer copy as text, after saving pending edits, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    mockClipboard(writeText);
    const fixture = fixtureWithExports();
    const order: string[] = [];
    const flush = vi.fn(async () => {
      order.push('flush');
    });
    await renderMenu(fixture, <ExportMenu customerId={CUSTOMER} meetingId={MEETING} flush={flush} />);
    await user.click(screen.getByRole('button', { name: 'Print and export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copy as text' }));
    expect(await screen.findByText('Customer copy copied: paste it into an email or a chat.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(TEXT);
    expect(flush).toHaveBeenCalled();
    expect(fixture.callsOf('export.agenda')).toEqual([
      { customerId: CUSTOMER, meetingId: MEETING, variant: 'customer', format: 'text', lang: 'en' },
    ]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Print and export' }));
  });

  it('shows the text selected to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    mockClipboard(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    await renderMenu(fixtureWithExports(), <ExportMenu customerId={CUSTOMER} meetingId={MEETING} />);
    await user.click(screen.getByRole('button', { name: 'Print and export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copy as text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy the customer copy' });
    const box = within(dialog).getByRole('textbox', { name: 'Customer copy as text' }) as HTMLTextAreaElement;
    expect(box.value).toBe(TEXT);
    expect(box.readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, TEXT.length]);
    expect(dialog.textContent).toContain('press Ctrl+C');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('saves the calendar invitation and the documents under the names the core gives', async () => {
    const user = userEvent.setup();
    const fixture = fixtureWithExports();
    await renderMenu(fixture, <ExportMenu customerId={CUSTOMER} meetingId={MEETING} />);
    const choose = async (group: string, item: string) => {
      await user.click(screen.getByRole('button', { name: 'Print and export' }));
      await user.click(
        within(screen.getByRole('group', { name: group })).getByRole('menuitem', { name: item }),
      );
      await waitFor(() => expect(screen.queryAllByText(/^Saved as /).length).toBeGreaterThan(0));
    };
    await choose('Customer copy', 'Save calendar invitation (.ics)');
    await choose('Prep sheet (internal)', 'Save as Markdown (.md)');
    await choose('Customer copy', 'Save as HTML (.html)');
    await waitFor(() => expect(saved.every((file) => file.content !== '')).toBe(true));
    expect(saved.map(({ filename, type }) => [filename, type])).toEqual([
      [`${MEETING}-customer.ics`, 'text/calendar;charset=utf-8'],
      [`${MEETING}-prep.md`, 'text/markdown;charset=utf-8'],
      [`${MEETING}-customer.html`, 'text/html;charset=utf-8'],
    ]);
    expect(saved[0]?.content).toContain('BEGIN:VCALENDAR');
    expect(saved[1]?.content).toBe(TEXT);
    expect(screen.getByText(`Saved as ${MEETING}-customer.ics`)).toBeTruthy();
    // The downloads leave nothing behind in the page.
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('explains that an invitation needs a date, and other failures by their code', async () => {
    const user = userEvent.setup();
    const fixture = fixtureWithExports();
    await renderMenu(fixture, <ExportMenu customerId={CUSTOMER} meetingId="no-date" />);
    await user.click(screen.getByRole('button', { name: 'Print and export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Save calendar invitation (.ics)' }));
    expect(
      await screen.findByText("A calendar invitation needs the meeting's date. Set a date first."),
    ).toBeTruthy();
    expect(saved).toEqual([]);

    cleanup();
    const broken = printFixture({
      'export.agenda': () => {
        throw new ApiError('IO_ERROR', 'disk', { path: 'customers/x/meetings/y.md', reason: 'EACCES' });
      },
    });
    await renderMenu(broken, <ExportMenu customerId={CUSTOMER} meetingId={MEETING} />);
    await user.click(screen.getByRole('button', { name: 'Print and export' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Customer copy' })).getByRole('menuitem', {
        name: 'Save as HTML (.html)',
      }),
    );
    expect(
      await screen.findByText(/^Could not export: .*customers\/x\/meetings\/y\.md.*EACCES/),
    ).toBeTruthy();
  });

  it('opens the print views from the menu and with Ctrl+P / Ctrl+Shift+P', async () => {
    const user = userEvent.setup();
    const flush = vi.fn(async () => undefined);
    await renderMenu(
      fixtureWithExports(),
      <ExportMenu customerId={CUSTOMER} meetingId={MEETING} flush={flush} />,
    );
    await user.click(screen.getByRole('button', { name: 'Print and export' }));
    const printPrep = screen.getByRole('menuitem', { name: /Print prep sheet…/ });
    expect(printPrep.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+P');
    await user.click(printPrep);
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/customers/${CUSTOMER}/meetings/${MEETING}/print/prep`),
    );
    expect(flush).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}p{/Control}');
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/customers/${CUSTOMER}/meetings/${MEETING}/print/customer`),
    );
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/customers/${CUSTOMER}/meetings/${MEETING}/print/prep`),
    );
  });
});

describe('HistoryExportMenu', () => {
  it('prints the history or saves it as HTML, in the app language', async () => {
    const user = userEvent.setup();
    const fixture = fixtureWithExports();
    await renderMenu(fixture, <HistoryExportMenu customerId={CUSTOMER} />);
    await user.click(screen.getByRole('button', { name: 'Print and export' }));
    expect(screen.getByRole('group', { name: 'Customer history' })).toBeTruthy();
    await user.click(screen.getByRole('menuitem', { name: 'Save history (HTML)' }));
    await screen.findByText(`Saved as ${CUSTOMER}-history.html`);
    expect(fixture.callsOf('export.history')).toEqual([{ customerId: CUSTOMER, format: 'html', lang: 'en' }]);
    expect(saved.map((file) => file.filename)).toEqual([`${CUSTOMER}-history.html`]);

    await user.keyboard('{Control>}p{/Control}');
    expect(window.location.hash).toBe(`#/customers/${CUSTOMER}/history/print`);
  });
});
