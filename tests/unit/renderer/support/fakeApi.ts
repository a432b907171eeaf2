// An in-memory stand-in for the core, behind the renderer's ApiClient: customers and meetings
// with versions (a stale version gets CONFLICT with the disk's version, as the core answers),
// the trash, settings, and a way to push `notebook.changed` or edit "on disk" like another
// program would.
import {
  ApiError,
  type CustomerDoc,
  type EventName,
  type EventPayload,
  type MeetingDoc,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type NotebookInfo,
  type Review,
  type TrashEntry,
} from '../../../../shared/contract';
import type { Language } from '../../../../shared/domain/enums';
import type { CustomerFields, MeetingFields } from '../../../../shared/domain/fields';
import { slugify } from '../../../../shared/text/slug';
import type { ApiClient } from '../../../../renderer/src/api/client';

interface StoredCustomer {
  version: number;
  fields: Partial<CustomerFields>;
  body: string;
  meetings: Map<string, StoredMeeting>;
}
interface StoredMeeting {
  version: number;
  fields: Partial<MeetingFields>;
  body: string;
}

export interface Call {
  method: MethodName;
  args: unknown;
}

const REVIEW: Review = {
  ready: false,
  items: [
    { id: 'objective', required: true, ok: false, reason: 'No objective yet.' },
    { id: 'benefit', required: true, ok: true },
    { id: 'agenda', required: true, ok: true },
    { id: 'attendees', required: true, ok: true },
    { id: 'history-reviewed', required: false, ok: true },
    { id: 'questions-prepared', required: false, ok: false },
  ],
};

type Patch = Record<string, unknown>;

function applyPatch<T extends object>(fields: T, patch: Patch | undefined): T {
  const entries = Object.entries(fields as Record<string, unknown>).filter(([key]) => patch?.[key] !== null);
  const changed = Object.entries(patch ?? {}).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries([...entries, ...changed]) as T;
}

export class FakeCore {
  readonly calls: Call[] = [];
  readonly customers = new Map<string, StoredCustomer>();
  readonly trash = new Map<string, { entry: TrashEntry; id: string; customer: StoredCustomer }>();
  readonly copies: { path: string; fields: Patch | undefined; body: string | undefined }[] = [];
  language: Language = 'en';
  info: Partial<NotebookInfo> = {};
  /** Methods that answer NOT_FOUND, like a core that does not have them yet. */
  missing = new Set<MethodName>();
  private listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  /** Resolvers of saves held back by holdSaves(). */
  private held: (() => void)[] | undefined;

  addCustomer(id: string, fields: Partial<CustomerFields>, body = ''): void {
    this.customers.set(id, {
      version: 1,
      fields: { kind: 'customer', ...fields },
      body,
      meetings: new Map(),
    });
  }

  addMeeting(customerId: string, meetingId: string, fields: Partial<MeetingFields>, body = ''): void {
    this.customer(customerId).meetings.set(meetingId, {
      version: 1,
      fields: { status: 'draft', ...fields },
      body,
    });
  }

  /** Another program writes the customer file: new version, nobody told yet. */
  editCustomerOnDisk(id: string, fields: Partial<CustomerFields>, body?: string): void {
    const customer = this.customer(id);
    customer.fields = { ...customer.fields, ...fields };
    if (body !== undefined) customer.body = body;
    customer.version++;
  }

  editMeetingOnDisk(
    customerId: string,
    meetingId: string,
    fields: Partial<MeetingFields>,
    body?: string,
  ): void {
    const meeting = this.meeting(customerId, meetingId);
    meeting.fields = { ...meeting.fields, ...fields };
    if (body !== undefined) meeting.body = body;
    meeting.version++;
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  callsOf<M extends MethodName>(method: M): MethodInput<M>[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args as MethodInput<M>);
  }

  readonly client: ApiClient = {
    call: async <M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>> => {
      this.calls.push({ method, args });
      await Promise.resolve();
      if (this.missing.has(method)) throw new ApiError('NOT_FOUND', `Not implemented yet: ${method}`);
      const handler = (this.handlers as unknown as Record<string, (a: unknown) => unknown>)[method];
      if (!handler) throw new ApiError('NOT_FOUND', `No such method: ${method}`);
      return (await handler(args)) as MethodOutput<M>;
    },
    on: (event, handler) => {
      const set = this.listeners.get(event) ?? new Set();
      this.listeners.set(event, set);
      const listener = handler as (payload: unknown) => void;
      set.add(listener);
      return () => set.delete(listener);
    },
  };

  private customer(id: string): StoredCustomer {
    const customer = this.customers.get(id);
    if (!customer) throw new ApiError('NOT_FOUND', `No such customer: ${id}`);
    return customer;
  }

  private meeting(customerId: string, meetingId: string): StoredMeeting {
    const meeting = this.customer(customerId).meetings.get(meetingId);
    if (!meeting) throw new ApiError('NOT_FOUND', `No such meeting: ${meetingId}`);
    return meeting;
  }

  private customerDoc(id: string): CustomerDoc {
    const c = this.customer(id);
    return { id, version: `v${c.version}`, fields: { ...c.fields }, body: c.body, problems: [] };
  }

  private meetingDoc(customerId: string, meetingId: string): MeetingDoc {
    const m = this.meeting(customerId, meetingId);
    return {
      meetingId,
      version: `v${m.version}`,
      fields: { ...m.fields },
      body: m.body,
      problems: [],
      review: REVIEW,
    };
  }

  private handlers = {
    'notebook.info': (): NotebookInfo => ({
      path: '/notebooks/sample',
      name: 'Sample notebook',
      customers: this.customers.size,
      meetings: [...this.customers.values()].reduce((n, c) => n + c.meetings.size, 0),
      unreadable: [],
      problems: [],
      conflictCopies: [],
      ...this.info,
    }),
    'notebook.recent': () => ({ items: [] }),
    'settings.get': () => ({ language: this.language, recentNotebooks: [] }),
    'settings.update': (args: MethodInput<'settings.update'>) => {
      if (args.language) this.language = args.language;
      return { language: this.language, recentNotebooks: [] };
    },
    'customers.list': () => ({
      items: [...this.customers.entries()].map(([id, c]) => {
        const dates = [...c.meetings.values()].map((m) => m.fields.date ?? '').sort();
        return {
          id,
          name: c.fields.name ?? id,
          kind: c.fields.kind ?? 'customer',
          tags: c.fields.tags ?? [],
          industry: c.fields.industry ?? '',
          location: c.fields.location ?? '',
          lastMeeting: dates.filter((d) => d < '2026-11-26').pop(),
          nextMeeting: dates.find((d) => d >= '2026-11-26'),
        };
      }),
    }),
    'customers.get': (args: MethodInput<'customers.get'>) => this.customerDoc(args.id),
    'customers.create': (args: MethodInput<'customers.create'>) => {
      const id = slugify(args.name, 'customer');
      const { body, ...fields } = args;
      this.addCustomer(id, fields, body ?? '');
      return { id, version: 'v1' };
    },
    'customers.update': async (args: MethodInput<'customers.update'>) => {
      await this.maybeHold();
      const c = this.customer(args.id);
      if (args.version !== `v${c.version}`) {
        const disk = this.customerDoc(args.id);
        throw new ApiError('CONFLICT', 'Stale version', {
          version: disk.version,
          fields: disk.fields,
          body: disk.body,
        });
      }
      c.fields = applyPatch(c.fields, args.fields as Patch | undefined);
      if (args.body !== undefined) c.body = args.body;
      c.version++;
      return { version: `v${c.version}` };
    },
    'customers.saveConflictCopy': (args: MethodInput<'customers.saveConflictCopy'>) => {
      const path = `customers/${args.id}/customer.conflict-20261126-101500.md`;
      this.copies.push({ path, fields: args.fields as Patch | undefined, body: args.body });
      return { path };
    },
    'customers.trash': (args: MethodInput<'customers.trash'>) => {
      const customer = this.customer(args.id);
      this.customers.delete(args.id);
      const trashId = `20261126-101500`;
      this.trash.set(trashId, {
        id: args.id,
        customer,
        entry: {
          trashId,
          deletedAt: '2026-11-26T10:15:00',
          paths: [`customers/${args.id}/customer.md`],
          title: customer.fields.name ?? args.id,
        },
      });
      return { trashId };
    },
    'trash.list': () => ({ items: [...this.trash.values()].map((t) => t.entry) }),
    'trash.restore': (args: MethodInput<'trash.restore'>) => {
      const item = this.trash.get(args.trashId);
      if (!item) throw new ApiError('NOT_FOUND', 'No such trash entry');
      this.trash.delete(args.trashId);
      this.customers.set(item.id, item.customer);
      return { restored: item.entry.paths };
    },
    'meetings.list': (args: MethodInput<'meetings.list'>) => ({
      items: [...this.customers.entries()]
        .filter(([id]) => !args.customerId || id === args.customerId)
        .flatMap(([customerId, c]) =>
          [...c.meetings.entries()].map(([meetingId, m]) => ({
            customerId,
            meetingId,
            title: m.fields.title ?? '',
            date: m.fields.date ?? '',
            time: m.fields.time,
            objective: m.fields.objective,
            status: m.fields.status ?? 'draft',
          })),
        )
        .filter((m) => !args.from || m.date >= args.from)
        .sort((a, b) => b.date.localeCompare(a.date)),
    }),
    'meetings.get': (args: MethodInput<'meetings.get'>) => this.meetingDoc(args.customerId, args.meetingId),
    'meetings.create': (args: MethodInput<'meetings.create'>) => {
      const meetingId = `${args.date}-${slugify(args.title, 'meeting')}`;
      this.addMeeting(args.customerId, meetingId, {
        title: args.title,
        date: args.date,
        time: args.time,
        duration: args.duration ?? 45,
        template: args.template,
      });
      return { meetingId, version: 'v1' };
    },
    'meetings.update': async (args: MethodInput<'meetings.update'>) => {
      await this.maybeHold();
      const m = this.meeting(args.customerId, args.meetingId);
      if (args.version !== `v${m.version}`) {
        const disk = this.meetingDoc(args.customerId, args.meetingId);
        throw new ApiError('CONFLICT', 'Stale version', {
          version: disk.version,
          fields: disk.fields,
          body: disk.body,
        });
      }
      m.fields = applyPatch(m.fields, args.fields as Patch | undefined);
      if (args.body !== undefined) m.body = args.body;
      m.version++;
      return { version: `v${m.version}`, status: m.fields.status ?? 'draft', review: REVIEW };
    },
    'meetings.saveConflictCopy': (args: MethodInput<'meetings.saveConflictCopy'>) => {
      const path = `customers/${args.customerId}/meetings/${args.meetingId}.conflict-20261126-101500.md`;
      this.copies.push({ path, fields: args.fields as Patch | undefined, body: args.body });
      return { path };
    },
    'templates.list': () => ({
      items: [
        { id: 'discovery', name: 'Discovery meeting', duration: 45, builtIn: true },
        { id: 'demo', name: 'Product demo', duration: 60, builtIn: true },
      ],
    }),
  };

  /** Makes the next saves wait until release() (to edit while a save is in flight). */
  holdSaves(): { release(): void } {
    this.held = [];
    return {
      release: () => {
        const waiting = this.held ?? [];
        this.held = undefined;
        for (const resolve of waiting) resolve();
      },
    };
  }

  private maybeHold(): Promise<void> {
    const held = this.held;
    if (!held) return Promise.resolve();
    return new Promise((resolve) => held.push(resolve));
  }
}

/** The sample most tests start from: two customers (one Vietnamese), a few meetings. */
export function sampleCore(): FakeCore {
  const core = new FakeCore();
  core.addCustomer(
    'cong-ty-co-phan-dai-phat',
    {
      name: 'Công ty Cổ phần Đại Phát',
      kind: 'customer',
      industry: 'Logistics',
      location: 'TP. Hồ Chí Minh',
      tags: ['key-account'],
      contacts: [{ name: 'Trần Văn Minh', role: 'Giám đốc vận hành', phone: '0901234567' }],
    },
    'Khách hàng lớn nhất khu vực phía Nam.\n\n- [ ] Gửi báo giá\n',
  );
  core.addCustomer('harbor-foods-ltd', {
    name: 'Harbor Foods Ltd',
    kind: 'prospect',
    industry: 'Food distribution',
    location: 'Singapore',
    tags: [],
  });
  core.addCustomer('nha-sach-phuong-nam', {
    name: 'Nhà sách Phương Nam',
    kind: 'prospect',
    industry: 'Retail',
    location: 'Cần Thơ',
    tags: ['books'],
  });
  core.addMeeting('cong-ty-co-phan-dai-phat', '2026-10-02-discovery', {
    title: 'Discovery',
    date: '2026-10-02',
    status: 'done',
    objective: 'Agree on the two problems worth a proposal',
  });
  core.addMeeting(
    'cong-ty-co-phan-dai-phat',
    '2026-12-02-pilot-scoping',
    {
      title: 'Pilot scoping',
      date: '2026-12-02',
      time: '09:30',
      duration: 45,
      status: 'ready',
      objective: 'Agree on a 20-seat pilot start date',
      benefit: 'A pilot plan for the director',
    },
    '## Notes\nNothing yet.\n',
  );
  return core;
}
