// @vitest-environment jsdom
// Outcomes over time: done meetings counted per month by outcome, empty months kept, the
// advance rate ((advances + orders) / done) per month and overall, as a table with CSS bars.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../../shared/contract';
import { outcomesByMonth, totalOutcomes } from '../../../../renderer/src/screens/Outcomes/outcomesByMonth';
import { sampleCore } from '../support/fakeApi';
import { withMethods } from '../support/extraMethods';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

let n = 0;
function done(date: string, outcome?: MeetingSummary['outcome']): MeetingSummary {
  n++;
  return { customerId: `c${n % 3}`, meetingId: `m${n}`, title: `M${n}`, date, status: 'done', outcome };
}

const MEETINGS: MeetingSummary[] = [
  done('2026-08-12', 'advance'),
  done('2026-08-20', 'advance'),
  done('2026-08-28', 'no-sale'),
  done('2026-10-05', 'order'),
  done('2026-10-14', 'continuation'),
  done('2026-10-21', 'advance'),
  done('2026-10-27', 'continuation'),
  done('2026-11-04'),
];

describe('outcomesByMonth', () => {
  it('counts done meetings by month and outcome, keeping the empty months between', () => {
    const rows = outcomesByMonth([
      ...MEETINGS,
      { customerId: 'c', meetingId: 'planned', title: 'x', date: '2026-09-15', status: 'ready' },
      { customerId: 'c', meetingId: 'bad', title: 'x', date: 'soon', status: 'done', outcome: 'order' },
    ]);
    expect(rows.map((row) => [row.month, row.done, row.rate])).toEqual([
      ['2026-08', 3, 2 / 3],
      ['2026-09', 0, 0],
      ['2026-10', 4, 0.5],
      ['2026-11', 1, 0],
    ]);
    expect(rows[2]?.counts).toEqual({ order: 1, advance: 1, continuation: 2, 'no-sale': 0 });
    expect(rows[3]?.unrecorded).toBe(1);
    const total = totalOutcomes(rows);
    expect(total.done).toBe(8);
    expect(total.rate).toBe(4 / 8);
    expect(total.counts).toEqual({ order: 1, advance: 3, continuation: 2, 'no-sale': 1 });
  });

  it('does not fill a century of empty months for a mistyped year', () => {
    const rows = outcomesByMonth([done('1026-01-02', 'order'), done('2026-03-04', 'advance')]);
    expect(rows.map((row) => row.month)).toEqual(['1026-01', '2026-03']);
  });
});

describe('outcomes view', () => {
  it('shows a row per month with bars, counts and the advance rate, and a total', async () => {
    const user = userEvent.setup();
    const core = withMethods(sampleCore(), { 'meetings.list': () => ({ items: MEETINGS }) });
    await renderApp(core, '#/');
    await user.click(await screen.findByRole('link', { name: 'Outcomes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcomes over time' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Outcomes per month' });
    expect(core.callsOf('meetings.list')).toContainEqual({ status: 'done' });
    expect(screen.getByText('8 meetings done · advance rate 50%')).toBeTruthy();
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      [
        'Month',
        'Outcomes',
        'Order',
        'Advance',
        'Continuation',
        'No sale',
        'Not recorded',
        'Done',
        'Advance rate',
      ],
      ['Aug 2026', '', '0', '2', '0', '1', '0', '3', '67%'],
      ['Sep 2026', '', '0', '0', '0', '0', '0', '0', '—'],
      ['Oct 2026', '', '1', '1', '2', '0', '0', '4', '50%'],
      ['Nov 2026', '', '0', '0', '0', '0', '1', '1', '0%'],
      ['All months', '', '1', '3', '2', '1', '1', '8', '50%'],
    ]);
    const bar = within(table).getByRole('img', { name: 'Oct 2026: Order 1, Advance 1, Continuation 2' });
    const widths = [...bar.children].map((segment) => (segment as HTMLElement).style.width);
    expect(widths).toEqual(['25%', '25%', '50%']);
    expect(within(table).getByRole('img', { name: 'Sep 2026: no meeting done' })).toBeTruthy();
  });

  it('reads in Vietnamese, months as mm/yyyy', async () => {
    const user = userEvent.setup();
    await renderApp(
      withMethods(sampleCore(), { 'meetings.list': () => ({ items: MEETINGS }) }),
      '#/outcomes',
    );
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kết quả theo thời gian' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '10/2026' })).toBeTruthy();
    expect(screen.getByText('8 cuộc gặp đã hoàn tất · tỷ lệ có bước tiến 50%')).toBeTruthy();
    expect(
      screen.getByRole('img', { name: '10/2026: Có đơn hàng 1, Có bước tiến 1, Tiếp diễn 2' }),
    ).toBeTruthy();
  });

  it('explains what to do when no meeting is done yet', async () => {
    await renderApp(withMethods(sampleCore(), { 'meetings.list': () => ({ items: [] }) }), '#/outcomes');
    expect(await screen.findByText(/No meeting is marked done yet/)).toBeTruthy();
  });
});
