// @vitest-environment jsdom
// The customer list at 2,000 customers: only a window of rows is in the page, the keyboard
// still reaches every row (End, Home, PageDown, arrows) and Enter opens it, and the open
// action counts of the index get their own column when customers.list carries them.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CUSTOMER_ROW_HEIGHT } from '../../../../renderer/src/screens/Customers/CustomerTable';
import { FakeCore, sampleCore } from '../support/fakeApi';
import { withMethods } from '../support/extraMethods';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

const COUNT = 2000;
const pad = (n: number) => String(n).padStart(4, '0');

function bigCore(withCounts: boolean): FakeCore {
  const core = new FakeCore();
  for (let i = 1; i <= COUNT; i++) {
    core.addCustomer(`khach-hang-${pad(i)}`, {
      name: `Khách hàng ${pad(i)}`,
      kind: i % 3 === 0 ? 'prospect' : 'customer',
      industry: i % 2 ? 'Bán lẻ' : 'Logistics',
      location: 'Đà Nẵng',
      tags: [],
    });
  }
  const list = core.client.call;
  if (withCounts) {
    withMethods(core, {
      'customers.list': async (args) => {
        const answer = await list('customers.list', args);
        return { items: answer.items.map((item, i) => ({ ...item, openActions: i % 7 })) };
      },
    });
  }
  return core;
}

function renderedRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('tr.customer-row')];
}

function focusedName(): string {
  return (document.activeElement as HTMLElement).querySelector('.row-link')?.textContent ?? '';
}

describe('virtualized customer list', () => {
  it('renders a window of rows, not 2,000, and says how many there are', async () => {
    await renderApp(bigCore(false), '#/customers');
    const table = await screen.findByRole('table', { name: 'Customers' });
    expect(screen.getByText(`Showing ${COUNT} of ${COUNT}`)).toBeTruthy();
    expect(renderedRows().length).toBeGreaterThan(10);
    expect(renderedRows().length).toBeLessThanOrEqual(50);
    expect(table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    expect(renderedRows()[0]?.getAttribute('aria-rowindex')).toBe('2');
    // The space of the rows not rendered is kept, so the scrollbar is true to the list.
    const spacer = table.querySelector<HTMLElement>('tr.virtual-spacer');
    expect(spacer?.style.height).toBe(`${(COUNT - renderedRows().length) * CUSTOMER_ROW_HEIGHT}px`);
    // No open-actions column without the index's counts.
    expect(within(table).getAllByRole('columnheader')).toHaveLength(6);
  });

  it('reaches every row from the keyboard and opens it with Enter', async () => {
    const user = userEvent.setup();
    await renderApp(bigCore(false), '#/customers');
    await screen.findByRole('table');
    await user.keyboard('/{ArrowDown}');
    expect(focusedName()).toBe('Khách hàng 0001');

    await user.keyboard('{End}');
    expect(focusedName()).toBe('Khách hàng 2000');
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe(String(COUNT + 1));
    expect(renderedRows().length).toBeLessThanOrEqual(50);

    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(focusedName()).toBe('Khách hàng 1998');
    await user.keyboard('{Home}');
    expect(focusedName()).toBe('Khách hàng 0001');
    await user.keyboard('{PageDown}{PageDown}{ArrowDown}');
    expect(focusedName()).toBe('Khách hàng 0022');
    expect(renderedRows().length).toBeLessThanOrEqual(50);
    // One row in the Tab order, the focused one.
    expect(renderedRows().filter((row) => row.tabIndex === 0)).toEqual([document.activeElement]);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/customers/khach-hang-0022'));
  });

  it('filters the 2,000 without diacritics and starts again from the top', async () => {
    const user = userEvent.setup();
    await renderApp(bigCore(false), '#/customers');
    await screen.findByRole('table');
    await user.keyboard('/{ArrowDown}{End}');
    expect(focusedName()).toBe('Khách hàng 2000');
    await user.click(screen.getByRole('searchbox', { name: 'Filter customers' }));
    await user.keyboard('khach hang 19');
    await waitFor(() => expect(screen.getByText(`Showing 139 of ${COUNT}`)).toBeTruthy());
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('Khách hàng 0019');
  });

  it('shows the open action counts when customers.list has them', async () => {
    await renderApp(bigCore(true), '#/customers');
    const table = await screen.findByRole('table', { name: 'Customers' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Name',
      'Kind',
      'Industry',
      'Location',
      'Last meeting',
      'Next meeting',
      'Open actions',
    ]);
    const first = renderedRows()[0] as HTMLElement;
    const second = renderedRows()[1] as HTMLElement;
    expect(first.lastElementChild?.textContent).toBe('0');
    expect(second.lastElementChild?.textContent).toBe('1');
  });

  it('reads the list again when the index finishes, to show the counts', async () => {
    const core = sampleCore();
    let ready = false;
    const list = core.client.call;
    withMethods(core, {
      'customers.list': async (args) => {
        const answer = await list('customers.list', args);
        return ready ? { items: answer.items.map((item) => ({ ...item, openActions: 2 })) } : answer;
      },
    });
    await renderApp(core, '#/customers');
    const table = await screen.findByRole('table', { name: 'Customers' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(6);
    ready = true;
    act(() => core.emit('index.progress', { done: 27, total: 27 }));
    await waitFor(() => expect(within(table).getAllByRole('columnheader')).toHaveLength(7));
  });

  it('keeps the small sample list as it was: every row rendered', async () => {
    await renderApp(sampleCore(), '#/customers');
    await screen.findByRole('table');
    expect(renderedRows()).toHaveLength(3);
    expect(document.querySelector('tr.virtual-spacer')).toBeNull();
  });
});
