// @vitest-environment jsdom
// A customer's history: the figures of history.stats, every meeting on a timeline by year
// with objective → outcome, whether the objective was met, status and action items; reached
// from the customer page.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type ActionItem, type MeetingSummary } from '../../../../shared/contract';
import { sampleCore } from '../support/fakeApi';
import { withMethods } from '../support/extraMethods';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

const ID = 'cong-ty-co-phan-dai-phat';

const MEETINGS: MeetingSummary[] = [
  {
    customerId: ID,
    meetingId: '2099-01-12-chot-hop-dong',
    title: 'Chốt hợp đồng',
    date: '2099-01-12',
    time: '09:00',
    objective: 'Anh Minh ký hợp đồng hai kho',
    status: 'ready',
  },
  {
    customerId: ID,
    meetingId: '2026-10-02-discovery',
    title: 'Discovery',
    date: '2026-10-02',
    objective: 'Agree on the two problems worth a proposal',
    status: 'done',
    outcome: 'advance',
    objectiveMet: 'partly',
  },
  {
    customerId: ID,
    meetingId: '2026-11-03-demo',
    title: 'Demo',
    date: '2026-11-03',
    status: 'done',
    outcome: 'order',
    objectiveMet: 'yes',
  },
  { customerId: ID, meetingId: '2026-11-20-review', title: 'Review', date: '2026-11-20', status: 'draft' },
  { customerId: ID, meetingId: '2025-06-01-old', title: 'Old call', date: '2025-06-01', status: 'cancelled' },
];

const ACTIONS: ActionItem[] = [
  {
    customerId: ID,
    meetingId: '2026-10-02-discovery',
    date: '2026-10-02',
    line: 30,
    text: 'Send the proposal',
    done: true,
  },
  {
    customerId: ID,
    meetingId: '2026-10-02-discovery',
    date: '2026-10-02',
    line: 31,
    text: 'Gửi báo giá',
    done: false,
  },
];

function historyCore() {
  return withMethods(sampleCore(), {
    'meetings.list': () => ({ items: MEETINGS }),
    'actions.list': () => ({ items: ACTIONS }),
    'history.stats': () => ({
      meetings: 5,
      done: 2,
      advances: 1,
      orders: 1,
      advanceRate: 1,
      lastContact: '2026-11-03',
      openActions: 1,
    }),
  });
}

function entry(title: string): HTMLElement {
  return screen.getByRole('link', { name: title }).closest('li') as HTMLElement;
}

describe('customer history', () => {
  it('is one click from the customer page', async () => {
    const user = userEvent.setup();
    await renderApp(historyCore(), `#/customers/${ID}`);
    await user.click(await screen.findByRole('link', { name: 'History' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/customers/${ID}/history`));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'History of Công ty Cổ phần Đại Phát' }),
    ).toBeTruthy();
  });

  it('shows the figures and every meeting, newest first, by year', async () => {
    const core = historyCore();
    await renderApp(core, `#/customers/${ID}/history`);
    await screen.findByRole('heading', { level: 1, name: 'History of Công ty Cổ phần Đại Phát' });
    const figures = screen.getByRole('region', { name: 'Figures' });
    await within(figures).findByText('100%');
    expect(figures.textContent).toContain('Meetings52 done');
    expect(figures.textContent).toContain('Advances 1 · orders 1 · done 2');
    expect(figures.textContent).toContain('Last contact3 Nov 2026');
    expect(figures.textContent).toContain('Open action items1');
    expect(core.callsOf('history.stats')).toEqual([{ customerId: ID }]);

    await screen.findByRole('link', { name: 'Discovery' });
    const years = screen
      .getAllByRole('region')
      .filter((r) => /^\d{4}$/.test(r.getAttribute('aria-label') ?? ''));
    expect(years.map((y) => y.getAttribute('aria-label'))).toEqual(['2099', '2026', '2025']);
    const titles = screen
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.history-title')?.textContent)
      .filter(Boolean);
    expect(titles).toEqual(['Chốt hợp đồng', 'Review', 'Demo', 'Discovery', 'Old call']);
  });

  it('says for each meeting the objective, how it ended and its action items', async () => {
    await renderApp(historyCore(), `#/customers/${ID}/history`);
    await screen.findByRole('link', { name: 'Discovery' });
    const discovery = entry('Discovery');
    expect(discovery.textContent).toContain('ObjectiveAgree on the two problems worth a proposal');
    expect(within(discovery).getByText('Advance')).toBeTruthy();
    expect(within(discovery).getByText('objective partly met')).toBeTruthy();
    expect(within(discovery).getByText('Done')).toBeTruthy();
    const actions = within(discovery).getByRole('list', { name: 'Action items' });
    expect(
      within(actions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓Send the proposal (done)', '○Gửi báo giá (open)']);
    expect(within(entry('Demo')).getByText('objective met')).toBeTruthy();
    expect(within(entry('Demo')).getByText('no objective written')).toBeTruthy();
    // Past but not done: the outcome is missing. Ahead: planned. Cancelled: no outcome line.
    expect(within(entry('Review')).getByText('outcome not recorded')).toBeTruthy();
    expect(within(entry('Chốt hợp đồng')).getByText('planned')).toBeTruthy();
    expect(entry('Old call').textContent).not.toContain('Outcome');
    expect(screen.getByRole('link', { name: 'Discovery' }).getAttribute('href')).toBe(
      `#/customers/${ID}/meetings/2026-10-02-discovery`,
    );
  });

  it('still shows the timeline when the figures are not available', async () => {
    const core = withMethods(historyCore(), {
      'history.stats': () => {
        throw new ApiError('NOT_FOUND', 'Not implemented yet');
      },
    });
    await renderApp(core, `#/customers/${ID}/history`);
    expect(await screen.findByText('The figures are not available yet.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Discovery' })).toBeTruthy();
  });

  it('says why the figures failed when the core gives a reason', async () => {
    const core = withMethods(historyCore(), {
      'history.stats': () => {
        throw new ApiError('IO_ERROR', 'x', { path: '', reason: 'disk full' });
      },
    });
    await renderApp(core, `#/customers/${ID}/history`);
    expect(
      await screen.findByText('The figures are not available yet: The disk refused: disk full'),
    ).toBeTruthy();
  });

  it('is in Vietnamese when the app is', async () => {
    const user = userEvent.setup();
    await renderApp(historyCore(), `#/customers/${ID}/history`);
    await screen.findByRole('link', { name: 'Discovery' });
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lịch sử làm việc với Công ty Cổ phần Đại Phát' }),
    ).toBeTruthy();
    expect(within(entry('Discovery')).getByText('đạt một phần mục tiêu')).toBeTruthy();
    expect(within(entry('Discovery')).getByText('Có bước tiến')).toBeTruthy();
    expect(screen.getByText('03/11/2026')).toBeTruthy();
  });

  it('says when the customer does not exist', async () => {
    await renderApp(historyCore(), '#/customers/khong-co/history');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Not found'),
    );
  });
});
