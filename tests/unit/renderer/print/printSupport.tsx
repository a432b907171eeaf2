// The fake core of the renderer tests with what the print view and the export menus also ask
// for (actions.list, meetings.review, export.agenda, export.history), and a render of the
// whole app at a route on it, every call recorded.
import { act, render, type RenderResult } from '@testing-library/react';
import { ApiError, type MethodInput, type MethodName, type MethodOutput } from '../../../../shared/contract';
import { App } from '../../../../renderer/src/App';
import { type ApiClient, setApiClient } from '../../../../renderer/src/api/client';
import { applyLanguage, initI18n } from '../../../../renderer/src/i18n/i18n';
import { type FakeCore, sampleCore } from '../support/fakeApi';

export const CUSTOMER = 'cong-ty-co-phan-dai-phat';
export const MEETING = '2026-12-09-pilot-kickoff';
export const AGENDA_HASH = `#/customers/${CUSTOMER}/meetings/${MEETING}/print`;

export interface Recorded {
  method: MethodName;
  args: unknown;
}

type Extra = { [M in MethodName]?: (args: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

export interface PrintFixture {
  core: FakeCore;
  client: ApiClient;
  calls: Recorded[];
  callsOf<M extends MethodName>(method: M): MethodInput<M>[];
}

/** The sample core plus a meeting with everything a print shows, and the extra methods. */
export function printFixture(extra: Extra = {}): PrintFixture {
  const core = sampleCore();
  core.addMeeting(
    CUSTOMER,
    MEETING,
    {
      title: 'Pilot kick-off',
      date: '2026-12-09',
      time: '09:30',
      duration: 45,
      location: 'Kho Tân Bình',
      attendees: ['Trần Văn Minh (Giám đốc vận hành)'],
      status: 'ready',
      objective: 'Minh signs the pilot order for 20 seats',
      fallback: 'Minh names the pilot owner',
      benefit: 'Đại Phát sees fewer picking errors within a month',
      agenda: [
        { title: 'Pilot scope', minutes: 15 },
        { title: 'Hệ thống đào tạo', minutes: 20 },
        { title: 'Next steps', minutes: 10 },
      ],
      checklist: { 'history-reviewed': true },
    },
    [
      '## Preparation',
      '- Bring the **signed** quote <script>window.hacked = true</script>',
      '',
      '## Questions',
      '- Who owns the pilot?',
      '',
      '## Notes',
      'Internal note: budget is tight.',
    ].join('\n'),
  );
  core.addMeeting(CUSTOMER, '2026-10-02-discovery', {
    title: 'Discovery',
    date: '2026-10-02',
    status: 'done',
    objective: 'Agree on the two problems worth a proposal',
    outcome: 'advance',
    objectiveMet: 'yes',
  });

  const calls: Recorded[] = [];
  const handlers: Extra = {
    'actions.list': () => ({
      items: [
        {
          customerId: CUSTOMER,
          meetingId: '2026-10-02-discovery',
          date: '2026-10-02',
          line: 12,
          text: 'Send the reference list',
          done: false,
        },
      ],
    }),
    'meetings.review': (args) => ({
      ready: true,
      items: [
        { id: 'objective', required: true, ok: true },
        { id: 'history-reviewed', required: false, ok: true },
        {
          id: 'materials-ready',
          required: false,
          ok: false,
          label: args.lang === 'vi' ? 'Tài liệu đã sẵn sàng' : 'Materials ready',
        },
      ],
    }),
    ...extra,
  };
  const client: ApiClient = {
    async call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>> {
      calls.push({ method, args });
      const handler = handlers[method] as ((a: MethodInput<M>) => MethodOutput<M>) | undefined;
      if (handler) {
        await Promise.resolve();
        return handler(args);
      }
      return core.client.call(method, args);
    },
    on: (event, handler) => core.client.on(event, handler),
  };
  return {
    core,
    client,
    calls,
    callsOf: <M extends MethodName>(method: M) =>
      calls.filter((call) => call.method === method).map((call) => call.args as MethodInput<M>),
  };
}

export async function renderAt(fixture: PrintFixture, hash: string): Promise<RenderResult> {
  initI18n();
  await applyLanguage('en');
  window.location.hash = hash;
  setApiClient(fixture.client);
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<App />);
  });
  return result as RenderResult;
}

/** The text of the page's print stylesheet (the exports' CSS and the page box). */
export function printCss(): string {
  return [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
}

export const notFound = (): never => {
  throw new ApiError('NOT_FOUND', 'No such meeting');
};
