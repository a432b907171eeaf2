// @vitest-environment jsdom
// The meeting editor on a fake core: the objective judged live as it is typed (before any
// save) with the courtesy-call way out, "ready" refused with the core's reasons and then
// granted, a save that sends a ready meeting back to draft said plainly, manual checklist
// items and the outcome written through the contract.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type Review,
} from '../../../../shared/contract';
import { App } from '../../../../renderer/src/App';
import { setApiClient, type ApiClient } from '../../../../renderer/src/api/client';
import { applyLanguage, initI18n } from '../../../../renderer/src/i18n/i18n';
import { sampleCore, type FakeCore } from '../support/fakeApi';
import { resetApp } from '../support/renderApp';

afterEach(resetApp);

const CUSTOMER = 'cong-ty-co-phan-dai-phat';
const DRAFT = '2026-12-09-year-end-visit';
const READY = '2026-12-02-pilot-scoping';

type Overrides = { [M in MethodName]?: (args: MethodInput<M>) => unknown };

/** The fake core, with the methods these tests need answered their own way. */
function client(core: FakeCore, overrides: Overrides): ApiClient {
  return {
    call: async <M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>> => {
      const handler = overrides[method] as ((a: MethodInput<M>) => unknown) | undefined;
      if (!handler) return core.client.call(method, args);
      core.calls.push({ method, args });
      await Promise.resolve();
      return (await handler(args)) as MethodOutput<M>;
    },
    on: core.client.on,
  };
}

async function open(api: ApiClient, meetingId: string): Promise<void> {
  initI18n();
  await applyLanguage('en');
  window.location.hash = `#/customers/${CUSTOMER}/meetings/${meetingId}`;
  setApiClient(api);
  await act(async () => {
    render(<App />);
  });
  await screen.findByRole('heading', { level: 1 });
}

function coreWithDraft(): FakeCore {
  const core = sampleCore();
  core.addMeeting(CUSTOMER, DRAFT, {
    title: 'Year-end visit',
    date: '2026-12-09',
    time: '15:00',
    duration: 45,
    status: 'draft',
    attendees: ['Trần Văn Minh (Giám đốc vận hành)'],
    agenda: [{ title: 'Gifts', minutes: 30 }],
  });
  return core;
}

function failing(id: string, reason: string): Review {
  return {
    ready: false,
    items: [
      {
        id: 'objective',
        required: true,
        ok: id !== 'objective',
        reason: id === 'objective' ? reason : undefined,
      },
      { id: 'benefit', required: true, ok: id !== 'benefit', reason: id === 'benefit' ? reason : undefined },
      { id: 'agenda', required: true, ok: true },
      { id: 'attendees', required: true, ok: true },
    ],
  };
}

const noActions = { 'actions.list': () => ({ items: [] }) } satisfies Overrides;

describe('meeting editor', () => {
  it('judges the objective live as it is typed, and offers the way out of a courtesy call', async () => {
    const user = userEvent.setup();
    const core = coreWithDraft();
    const api = client(core, {
      'actions.list': () => ({
        items: [
          {
            customerId: 'harbor-foods-ltd',
            meetingId: '2026-07-30-proposal',
            date: '2026-07-30',
            line: 30,
            text: 'Send the Jurong proposal',
            done: false,
          },
          {
            customerId: CUSTOMER,
            meetingId: '2026-10-02-discovery',
            date: '2026-10-02',
            line: 20,
            text: 'Gửi báo giá',
            done: false,
          },
        ],
      }),
    });
    await open(api, DRAFT);
    const objective = screen.getByRole('textbox', { name: 'Objective' });
    await user.type(objective, 'Courtesy call before Tết');
    // Judged in the page itself: nothing was saved yet.
    expect(core.callsOf('meetings.update')).toEqual([]);
    const verdict = screen.getByTestId('verdict-objective');
    expect(verdict.textContent).toMatch(/courtesy call/i);
    expect(objective.getAttribute('aria-invalid')).toBe('true');
    const wayOut = await screen.findByTestId('courtesy-way-out');
    // Harbor Foods has open business and nothing planned; Đại Phát has a meeting coming.
    await within(wayOut).findByRole('link', { name: /Harbor Foods Ltd/ });
    expect(wayOut.textContent).toContain('1 open action item');
    expect(wayOut.textContent).toContain('Send the Jurong proposal');
    expect(within(wayOut).queryByRole('link', { name: /Đại Phát/ })).toBeNull();
    const checklistObjective = within(screen.getByTestId('checklist'))
      .getByText('A specific objective, not a courtesy call')
      .closest('li');
    expect(checklistObjective?.className).toContain('check-open');

    await user.clear(objective);
    await user.type(objective, 'Anh Minh agrees on the pilot start date and its success criteria');
    expect(screen.getByTestId('verdict-objective').textContent).toContain('A specific objective');
    expect(screen.queryByTestId('courtesy-way-out')).toBeNull();
    expect(checklistObjective?.className).toContain('check-ok');
  });

  it('shows why "ready" is refused, in the core’s words, then marks it ready', async () => {
    const user = userEvent.setup();
    const core = coreWithDraft();
    let refuse = true;
    const api = client(core, {
      ...noActions,
      'meetings.setStatus': (args) => {
        if (refuse) {
          refuse = false;
          throw new ApiError(
            'NOT_READY',
            'not ready',
            failing('objective', '"Visit" is not a reason to meet.'),
          );
        }
        core.editMeetingOnDisk(CUSTOMER, DRAFT, { status: args.status });
        return { version: 'v2', status: args.status };
      },
    });
    await open(api, DRAFT);
    await user.keyboard('{Control>}{Enter}{/Control}');
    const refusal = await screen.findByTestId('not-ready');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(refusal.textContent).toContain(
      'A specific objective, not a courtesy call: "Visit" is not a reason to meet.',
    );
    expect(core.callsOf('meetings.setStatus')[0]).toMatchObject({ status: 'ready', version: 'v1' });

    await user.click(screen.getByRole('button', { name: /Mark ready/ }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Ready' }).getAttribute('aria-pressed')).toBe('true'),
    );
    expect(screen.queryByTestId('not-ready')).toBeNull();
    expect(screen.getAllByText('Status: Ready.').length).toBeGreaterThan(0);
  });

  it('says which item broke when a save sends a ready meeting back to draft', async () => {
    const user = userEvent.setup();
    const core = sampleCore();
    const api = client(core, {
      ...noActions,
      'meetings.update': async (args) => {
        const saved = await core.client.call('meetings.update', args);
        core.editMeetingOnDisk(CUSTOMER, READY, { status: 'draft' });
        return {
          version: `v${Number(saved.version.slice(1)) + 1}`,
          status: 'draft',
          review: failing('benefit', '"n/a" is a placeholder.'),
        };
      },
    });
    await open(api, READY);
    const benefit = screen.getByRole('textbox', { name: 'Customer benefit' });
    await user.clear(benefit);
    await user.type(benefit, 'n/a');
    await user.tab();
    const notice = await screen.findByTestId('back-to-draft');
    expect(notice.textContent).toContain('This meeting is back to draft');
    expect(notice.textContent).toContain('What the customer gets: "n/a" is a placeholder.');
    expect(screen.getByText('Back to draft: What the customer gets. "n/a" is a placeholder.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Draft' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('writes a ticked manual item into the checklist field, keeping the others', async () => {
    const user = userEvent.setup();
    const core = coreWithDraft();
    core.editMeetingOnDisk(CUSTOMER, DRAFT, {
      checklist: { 'history-reviewed': true, 'price-list-printed': true },
    });
    await open(client(core, noActions), DRAFT);
    await user.click(screen.getByRole('checkbox', { name: 'Questions prepared' }));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    expect(core.customers.get(CUSTOMER)?.meetings.get(DRAFT)?.fields.checklist).toEqual({
      'history-reviewed': true,
      'price-list-printed': true,
      'questions-prepared': true,
    });
  });

  it('records how the meeting ended, and asks for both answers first', async () => {
    const user = userEvent.setup();
    const core = coreWithDraft();
    const api = client(core, {
      ...noActions,
      'meetings.setStatus': (args) => {
        core.editMeetingOnDisk(CUSTOMER, DRAFT, {
          status: args.status,
          outcome: args.outcome,
          objectiveMet: args.objectiveMet,
        });
        return { version: 'v3', status: args.status };
      },
    });
    await open(api, DRAFT);
    await user.click(screen.getByRole('button', { name: 'Record outcome' }));
    const dialog = screen.getByRole('dialog', { name: 'Record the outcome' });
    await user.click(within(dialog).getByRole('radio', { name: /^Advance/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Record outcome' }));
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Choose how the meeting ended and whether its objective was met.',
    );
    expect(core.callsOf('meetings.setStatus')).toEqual([]);
    await user.click(within(dialog).getByRole('radio', { name: 'Partly met' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record outcome' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(core.callsOf('meetings.setStatus')).toEqual([
      expect.objectContaining({ status: 'done', outcome: 'advance', objectiveMet: 'partly' }),
    ]);
    expect(await screen.findByText('Outcome recorded: Advance.')).toBeTruthy();
  });

  it('saves the agenda as a template with the examples and the questions of the notes', async () => {
    const user = userEvent.setup();
    const core = coreWithDraft();
    core.editMeetingOnDisk(
      CUSTOMER,
      DRAFT,
      {
        objective: 'Anh Minh agrees on the pilot start date and its success criteria',
        benefit: 'A plan for the board',
      },
      '## Questions\n- What would make the pilot a success?\n- Who else decides,\n  and when?\n- [ ] a task, not a question\n\n## Notes\n- not a question\n',
    );
    const saved: unknown[] = [];
    const api = client(core, {
      ...noActions,
      'templates.save': (args) => {
        saved.push(args);
        return { id: 'year-end-visit' };
      },
    });
    await open(api, DRAFT);
    await user.click(screen.getByRole('button', { name: 'Save as template' }));
    const dialog = screen.getByRole('dialog', { name: 'Save this agenda as a template' });
    const name = within(dialog).getByRole('textbox', { name: 'Template name' });
    expect((name as HTMLInputElement).value).toBe('Year-end visit');
    await user.clear(name);
    await user.type(name, 'Thăm khách hàng cuối năm');
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(saved).toEqual([
      {
        name: 'Thăm khách hàng cuối năm',
        lang: 'en',
        duration: 45,
        agenda: [{ title: 'Gifts', minutes: 30 }],
        exampleObjective: 'Anh Minh agrees on the pilot start date and its success criteria',
        exampleBenefit: 'A plan for the board',
        questions: ['What would make the pilot a success?', 'Who else decides, and when?'],
      },
    ]);
    expect(await screen.findByText('Saved as template “Thăm khách hàng cuối năm”.')).toBeTruthy();
  });
});
