// @vitest-environment jsdom
// Open action items across all customers: grouped by customer, ticked in their own file
// (actions.toggle with the file's version, line and text), kept on screen once ticked, a
// refusal said plainly, and filters for open/all and by text without diacritics.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type ActionItem, type MethodInput } from '../../../../shared/contract';
import { sampleCore } from '../support/fakeApi';
import { withMethods } from '../support/extraMethods';
import { renderApp, resetApp } from '../support/renderApp';

afterEach(resetApp);

const DAI_PHAT = 'cong-ty-co-phan-dai-phat';
const HARBOR = 'harbor-foods-ltd';

function actionCore(toggle?: (args: MethodInput<'actions.toggle'>) => { version: string }) {
  let items: ActionItem[] = [
    {
      customerId: HARBOR,
      meetingId: 'm-h',
      date: '2026-07-30',
      line: 40,
      text: 'Send the Jurong proposal',
      done: false,
    },
    {
      customerId: DAI_PHAT,
      meetingId: '2026-12-02-pilot-scoping',
      date: '2026-12-02',
      line: 28,
      text: 'Gửi báo giá hai kho',
      done: false,
    },
    {
      customerId: DAI_PHAT,
      meetingId: '2026-10-02-discovery',
      date: '2026-10-02',
      line: 25,
      text: 'Hẹn gặp giám đốc tài chính',
      done: false,
    },
    {
      customerId: DAI_PHAT,
      meetingId: '2026-10-02-discovery',
      date: '2026-10-02',
      line: 24,
      text: 'Book the demo room',
      done: true,
    },
  ];
  const core = sampleCore();
  withMethods(core, {
    'actions.list': ({ open }) => ({ items: items.filter((item) => !open || !item.done) }),
    'actions.toggle':
      toggle ??
      ((args) => {
        items = items.map((item) =>
          item.meetingId === args.meetingId && item.line === args.line ? { ...item, done: args.done } : item,
        );
        return { version: 'v2' };
      }),
  });
  return core;
}

function group(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

function texts(region: HTMLElement): string[] {
  return within(region)
    .getAllByRole('checkbox')
    .map(
      (box) =>
        `${(box as HTMLInputElement).checked ? '[x]' : '[ ]'} ${box.nextElementSibling?.querySelector('label')?.textContent}`,
    );
}

describe('open actions view', () => {
  it('is in the sidebar and groups open items by customer, oldest first, with their meeting', async () => {
    const user = userEvent.setup();
    const core = actionCore();
    await renderApp(core, '#/');
    await user.click(await screen.findByRole('link', { name: 'Open actions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Open action items' })).toBeTruthy();
    await screen.findByRole('region', { name: 'Công ty Cổ phần Đại Phát' });
    expect(
      screen
        .getAllByRole('region')
        .map((r) => r.getAttribute('aria-labelledby') && r.querySelector('h2')?.textContent),
    ).toEqual(['Công ty Cổ phần Đại Phát', 'Harbor Foods Ltd']);
    expect(texts(group('Công ty Cổ phần Đại Phát'))).toEqual([
      '[ ] Hẹn gặp giám đốc tài chính',
      '[ ] Gửi báo giá hai kho',
    ]);
    expect(within(group('Công ty Cổ phần Đại Phát')).getByText('2 open')).toBeTruthy();
    const source = within(group('Công ty Cổ phần Đại Phát')).getByRole('link', {
      name: '2 Dec 2026 · Pilot scoping',
    });
    expect(source.getAttribute('href')).toBe(`#/customers/${DAI_PHAT}/meetings/2026-12-02-pilot-scoping`);
    expect(screen.getByText('3 open items across 2 customers')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open actions' }).getAttribute('aria-current')).toBe('page');
    expect(core.callsOf('actions.list')).toContainEqual({ open: true });
  });

  it('ticks an item in its own file and keeps it on screen, struck through, to take it back', async () => {
    const user = userEvent.setup();
    const core = actionCore();
    await renderApp(core, '#/actions');
    const box = await screen.findByRole('checkbox', { name: 'Gửi báo giá hai kho' });
    await user.click(box);
    await waitFor(() =>
      expect(core.callsOf('actions.toggle')).toEqual([
        {
          customerId: DAI_PHAT,
          meetingId: '2026-12-02-pilot-scoping',
          version: 'v1',
          line: 28,
          text: 'Gửi báo giá hai kho',
          done: true,
        },
      ]),
    );
    core.emit('notebook.changed', { paths: [`customers/${DAI_PHAT}/meetings/2026-12-02-pilot-scoping.md`] });
    await waitFor(() => expect(core.callsOf('actions.list').length).toBeGreaterThan(1));
    await waitFor(() =>
      expect(texts(group('Công ty Cổ phần Đại Phát'))).toEqual([
        '[ ] Hẹn gặp giám đốc tài chính',
        '[x] Gửi báo giá hai kho',
      ]),
    );
    expect(screen.getByText('2 open items across 2 customers')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Gửi báo giá hai kho' }));
    await waitFor(() => expect(core.callsOf('actions.toggle').at(-1)?.done).toBe(false));
    await waitFor(() =>
      expect(
        (screen.getByRole('checkbox', { name: 'Gửi báo giá hai kho' }) as HTMLInputElement).checked,
      ).toBe(false),
    );
  });

  it('says so when the line changed in the file meanwhile', async () => {
    const user = userEvent.setup();
    const core = actionCore(() => {
      throw new ApiError('CONFLICT', 'line moved');
    });
    await renderApp(core, '#/actions');
    await user.click(await screen.findByRole('checkbox', { name: 'Gửi báo giá hai kho' }));
    expect(await screen.findByText(/changed in its file since it was shown/)).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Gửi báo giá hai kho' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('shows done items too with "All", and filters by customer or text without diacritics', async () => {
    const user = userEvent.setup();
    const core = actionCore();
    await renderApp(core, '#/actions');
    await screen.findByRole('region', { name: 'Harbor Foods Ltd' });
    await user.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(core.callsOf('actions.list')).toContainEqual({}));
    await waitFor(() =>
      expect(texts(group('Công ty Cổ phần Đại Phát'))).toEqual([
        '[x] Book the demo room',
        '[ ] Hẹn gặp giám đốc tài chính',
        '[ ] Gửi báo giá hai kho',
      ]),
    );
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Filter action items' }));
    await user.keyboard('gui bao gia');
    expect(screen.queryByRole('region', { name: 'Harbor Foods Ltd' })).toBeNull();
    expect(texts(group('Công ty Cổ phần Đại Phát'))).toEqual(['[ ] Gửi báo giá hai kho']);
    await user.clear(screen.getByRole('searchbox'));
    await user.keyboard('harbor');
    expect(texts(group('Harbor Foods Ltd'))).toEqual(['[ ] Send the Jurong proposal']);
    await user.keyboard(' zzz');
    expect(screen.getByText('No action item matches this filter.')).toBeTruthy();
  });

  it('says when nothing is open', async () => {
    await renderApp(withMethods(sampleCore(), { 'actions.list': () => ({ items: [] }) }), '#/actions');
    expect(
      await screen.findByText('No open action items. Everything agreed in meetings is done.'),
    ).toBeTruthy();
  });
});
