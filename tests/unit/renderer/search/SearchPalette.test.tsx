// @vitest-environment jsdom
// The search palette as a user meets it: Ctrl+K from any screen, results as you type (one
// query per pause, only the latest answer shown), grouped hits walked with ↑/↓, Enter opens
// the hit, Esc closes, and snippets shown as text with the matches marked.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type MethodOutput, type SearchHit } from '../../../../shared/contract';
import { sampleCore } from '../support/fakeApi';
import { deferred, withMethods } from '../support/extraMethods';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

const DAI_PHAT = 'cong-ty-co-phan-dai-phat';

const HITS: SearchHit[] = [
  {
    type: 'meeting',
    customerId: DAI_PHAT,
    meetingId: '2026-12-02-pilot-scoping',
    title: 'Pilot scoping',
    date: '2026-12-02',
    snippet: [
      { text: 'Không phải buổi ', match: false },
      { text: 'xã giao', match: true },
      { text: ': chốt ngày thí điểm', match: false },
    ],
  },
  {
    type: 'customer',
    customerId: 'nha-sach-phuong-nam',
    title: 'Nhà sách Phương Nam',
    snippet: [{ text: 'Chuỗi nhà sách', match: false }],
  },
  {
    type: 'meeting',
    customerId: DAI_PHAT,
    meetingId: '2026-10-02-discovery',
    title: 'Discovery',
    date: '2026-10-02',
    snippet: [{ text: 'xa giao', match: true }],
  },
];

function answer(items: SearchHit[], total = items.length): MethodOutput<'search.query'> {
  return { total, items };
}

function options(): string[] {
  return screen
    .getAllByRole('option')
    .map((option) => option.querySelector('.palette-option-title')?.textContent ?? '');
}

function selected(): string {
  const option = screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true');
  return option?.querySelector('.palette-option-title')?.textContent ?? '';
}

describe('search palette', () => {
  it('opens with Ctrl+K, groups the hits, moves with the arrows and opens the meeting with Enter', async () => {
    const user = userEvent.setup();
    const core = withMethods(sampleCore(), { 'search.query': () => answer(HITS) });
    await renderApp(core, '#/customers');
    await screen.findByRole('table');
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search the notebook' });
    const input = within(dialog).getByRole('combobox', { name: 'Search customers and meetings' });
    expect(document.activeElement).toBe(input);

    await user.keyboard('xa giao');
    const listbox = await within(dialog).findByRole('listbox');
    // Customers first, then meetings, each in the core's order.
    const groups = within(listbox).getAllByRole('group');
    expect(groups).toEqual([
      within(listbox).getByRole('group', { name: 'Customers' }),
      within(listbox).getByRole('group', { name: 'Meetings' }),
    ]);
    expect(options()).toEqual(['Nhà sách Phương Nam', 'Pilot scoping', 'Discovery']);
    expect(within(dialog).getByText('Công ty Cổ phần Đại Phát · 2 Dec 2026')).toBeTruthy();
    expect(within(dialog).getByText('3 results')).toBeTruthy();
    expect(selected()).toBe('Nhà sách Phương Nam');

    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('Pilot scoping');
    const active = screen.getAllByRole('option')[1] as HTMLElement;
    expect(input.getAttribute('aria-activedescendant')).toBe(active.id);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(selected()).toBe('Discovery');
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/customers/${DAI_PHAT}/meetings/2026-12-02-pilot-scoping`),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(core.callsOf('search.query').at(-1)).toEqual({ q: 'xa giao', limit: 50 });
  });

  it('opens a customer hit on the customer page, and from the sidebar button too', async () => {
    const user = userEvent.setup();
    const core = withMethods(sampleCore(), { 'search.query': () => answer(HITS) });
    await renderApp(core, '#/');
    await user.click(await screen.findByRole('button', { name: /Search…/ }));
    await user.keyboard('phuong nam');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/customers/nha-sach-phuong-nam'));
  });

  it('shows snippets as text, never as markup, with the matches in <mark>', async () => {
    const user = userEvent.setup();
    const hostile: SearchHit = {
      type: 'meeting',
      customerId: DAI_PHAT,
      meetingId: 'x',
      title: '<b>Bold</b> title',
      snippet: [
        { text: '<img src=x onerror="alert(1)"> Ghé thăm ', match: false },
        { text: 'xã giao', match: true },
        { text: ' & <script>cuối năm</script>', match: false },
      ],
    };
    await renderApp(withMethods(sampleCore(), { 'search.query': () => answer([hostile]) }), '#/');
    await user.keyboard('{Control>}k{/Control}xa giao');
    const option = await screen.findByRole('option');
    expect(option.querySelector('img, script, b')).toBeNull();
    expect(option.textContent).toContain(
      '<img src=x onerror="alert(1)"> Ghé thăm xã giao & <script>cuối năm</script>',
    );
    expect(option.textContent).toContain('<b>Bold</b> title');
    expect([...option.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['xã giao']);
  });

  it('marks the title itself when the snippet is only the title', async () => {
    const user = userEvent.setup();
    const byName: SearchHit = {
      type: 'customer',
      customerId: DAI_PHAT,
      title: 'Công ty Cổ phần Đại Phát',
      snippet: [
        { text: 'Công ty Cổ phần ', match: false },
        { text: 'Đại Phát', match: true },
      ],
    };
    await renderApp(withMethods(sampleCore(), { 'search.query': () => answer([byName]) }), '#/');
    await user.keyboard('{Control>}k{/Control}dai phat');
    const option = await screen.findByRole('option');
    expect(option.querySelector('.palette-option-title mark')?.textContent).toBe('Đại Phát');
    expect(option.querySelector('.palette-option-snippet')).toBeNull();
    expect(option.textContent).toBe('Công ty Cổ phần Đại Phát');
  });

  it('waits for a pause in typing and shows only the answer to the latest query', async () => {
    const user = userEvent.setup();
    const slow = deferred<MethodOutput<'search.query'>>();
    const core = withMethods(sampleCore(), {
      'search.query': ({ q }) =>
        q === 'thi' ? slow.promise : answer([{ ...(HITS[2] as SearchHit), title: `Answer to ${q}` }]),
    });
    await renderApp(core, '#/');
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('thi');
    await waitFor(() => expect(core.callsOf('search.query').map((c) => c.q)).toEqual(['thi']));
    await user.keyboard(' diem');
    await screen.findByText('Answer to thi diem');
    // The late reply to "thi" arrives after the newer answer: it is dropped.
    await act(async () => slow.resolve(answer([{ ...(HITS[0] as SearchHit), title: 'Stale answer' }])));
    expect(screen.queryByText('Stale answer')).toBeNull();
    expect(options()).toEqual(['Answer to thi diem']);
    // Typing " diem" quickly did not send one query per key (usually just one, "thi diem").
    const queries = core.callsOf('search.query').map((c) => c.q);
    expect(queries.at(-1)).toBe('thi diem');
    expect(queries.length - 1).toBeLessThan(' diem'.length);
  });

  it('opens the best hit when Enter is pressed before the answer arrives', async () => {
    const user = userEvent.setup();
    const reply = deferred<MethodOutput<'search.query'>>();
    await renderApp(withMethods(sampleCore(), { 'search.query': () => reply.promise }), '#/');
    await user.keyboard('{Control>}k{/Control}pilot{Enter}');
    expect(window.location.hash).toBe('#/');
    await act(async () => reply.resolve(answer([HITS[0] as SearchHit])));
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/customers/${DAI_PHAT}/meetings/2026-12-02-pilot-scoping`),
    );
  });

  it('narrows to meetings, says when nothing matches and how many of how many are shown', async () => {
    const user = userEvent.setup();
    const core = withMethods(sampleCore(), {
      'search.query': ({ q, type }) =>
        q === 'zzz' ? answer([]) : answer([HITS[0] as SearchHit], type ? 120 : 1),
    });
    await renderApp(core, '#/');
    await user.keyboard('{Control>}k{/Control}pilot');
    await screen.findByText('1 result');
    await user.click(screen.getByRole('button', { name: 'Meetings' }));
    await screen.findByText('1 of 120 results shown');
    expect(core.callsOf('search.query').at(-1)).toEqual({ q: 'pilot', limit: 50, type: 'meeting' });
    // The filter keeps the focus in the input, ready to type on.
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
    await user.clear(screen.getByRole('combobox'));
    await user.keyboard('zzz');
    await screen.findByText('Nothing matches “zzz”.');
  });

  it('says so when search is not available, and closes with Esc giving focus back', async () => {
    const user = userEvent.setup();
    const core = withMethods(sampleCore(), {
      'search.query': () => {
        throw new ApiError('NOT_FOUND', 'Not implemented yet');
      },
    });
    await renderApp(core, '#/');
    const button = await screen.findByRole('button', { name: /Search…/ });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
    await user.click(button);
    await user.keyboard('pilot');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Not found'),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('opens from a text field too, and not while another dialog is open', async () => {
    const user = userEvent.setup();
    await renderApp(withMethods(sampleCore(), { 'search.query': () => answer([]) }), '#/customers');
    await user.click(await screen.findByRole('searchbox', { name: 'Filter customers' }));
    await user.keyboard('{Control>}k{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Search the notebook' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: '+ New customer' }));
    await screen.findByRole('dialog', { name: 'New customer' });
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.queryByRole('dialog', { name: 'Search the notebook' })).toBeNull();
  });
});
