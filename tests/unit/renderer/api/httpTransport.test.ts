// @vitest-environment jsdom
// The HTTP transport of browser mode: POST /api/<method> with JSON, GET /api/events as SSE.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpTransport } from '../../../../renderer/src/api/transport';

class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly listeners = new Map<string, ((message: MessageEvent<string>) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(name: string, listener: (message: MessageEvent<string>) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
  }
  emit(name: string, data: string): void {
    for (const l of this.listeners.get(name) ?? []) l(new MessageEvent(name, { data }));
  }
}

let requests: { url: string; init: RequestInit }[];

function answerWith(reply: () => Promise<Response>): void {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return reply();
  });
}

beforeEach(() => {
  requests = [];
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('httpTransport.invoke', () => {
  it('POSTs the arguments as JSON to /api/<method> with the page’s cookie', async () => {
    answerWith(async () => Response.json({ ok: true, value: { id: 'acme', version: 'v1' } }));
    const reply = await httpTransport().invoke('customers.create', { name: 'Acme' });
    expect(reply).toEqual({ ok: true, value: { id: 'acme', version: 'v1' } });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('/api/customers.create');
    expect(request?.init.method).toBe('POST');
    expect(request?.init.credentials).toBe('same-origin');
    expect(new Headers(request?.init.headers).get('content-type')).toBe('application/json');
    expect(request?.init.body).toBe('{"name":"Acme"}');
  });

  it('sends {} for a method called without arguments', async () => {
    answerWith(async () => Response.json({ ok: true, value: {} }));
    await httpTransport('http://127.0.0.1:4317').invoke('notebook.info', undefined);
    expect(requests[0]?.url).toBe('http://127.0.0.1:4317/api/notebook.info');
    expect(requests[0]?.init.body).toBe('{}');
  });

  it('returns the error envelope of a non-200 reply as it is', async () => {
    const envelope = { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token.' } };
    answerWith(async () => Response.json(envelope, { status: 401 }));
    await expect(httpTransport().invoke('notebook.info', {})).resolves.toEqual(envelope);
  });

  it('turns a network failure into IO_ERROR', async () => {
    answerWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(httpTransport().invoke('notebook.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'IO_ERROR', message: 'Prepnote is not reachable: Failed to fetch' },
    });
  });

  it.each([
    ['an HTML error page', () => new Response('<h1>Bad gateway</h1>', { status: 502 })],
    ['JSON that is not an envelope', () => Response.json({ hello: 'world' }, { status: 200 })],
    ['JSON null', () => Response.json(null, { status: 200 })],
  ])('turns %s into IO_ERROR naming the status', async (_what, reply) => {
    answerWith(async () => reply());
    const result = await httpTransport().invoke('notebook.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    if (!result.ok) expect(result.error.message).toMatch(/HTTP (502|200)/);
  });
});

describe('httpTransport.subscribe', () => {
  it('opens one EventSource on /api/events on first use and delivers parsed payloads', () => {
    const transport = httpTransport();
    expect(FakeEventSource.instances).toHaveLength(0);
    const changed: unknown[] = [];
    const progress: unknown[] = [];
    transport.subscribe('notebook.changed', (p) => changed.push(p));
    transport.subscribe('index.progress', (p) => progress.push(p));
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0];
    expect(source?.url).toBe('/api/events');
    source?.emit('notebook.changed', '{"paths":["customers/acme/customer.md"]}');
    source?.emit('index.progress', '{"done":1,"total":2}');
    expect(changed).toEqual([{ paths: ['customers/acme/customer.md'] }]);
    expect(progress).toEqual([{ done: 1, total: 2 }]);
  });

  it('drops a garbled event and keeps delivering the next ones', () => {
    const transport = httpTransport();
    const changed: unknown[] = [];
    transport.subscribe('notebook.changed', (p) => changed.push(p));
    const source = FakeEventSource.instances[0];
    expect(() => source?.emit('notebook.changed', '{not json')).not.toThrow();
    source?.emit('notebook.changed', '{"paths":[]}');
    expect(changed).toEqual([{ paths: [] }]);
  });

  it('keeps a second subscription of the same handler when the first one ends', () => {
    const transport = httpTransport();
    const got: unknown[] = [];
    const handler = (p: unknown) => got.push(p);
    const offFirst = transport.subscribe('notebook.changed', handler);
    transport.subscribe('notebook.changed', handler);
    offFirst();
    FakeEventSource.instances[0]?.emit('notebook.changed', '{"paths":["a.md"]}');
    expect(got).toEqual([{ paths: ['a.md'] }]);
  });

  it('closes the stream when the last subscriber leaves and opens a new one when needed', () => {
    const transport = httpTransport();
    const offA = transport.subscribe('notebook.changed', () => undefined);
    const offB = transport.subscribe('index.progress', () => undefined);
    offA();
    expect(FakeEventSource.instances[0]?.closed).toBe(false);
    offB();
    expect(FakeEventSource.instances[0]?.closed).toBe(true);
    transport.subscribe('notebook.changed', () => undefined);
    expect(FakeEventSource.instances).toHaveLength(2);
  });

  it('survives a handler that unsubscribes itself while an event is delivered', () => {
    const transport = httpTransport();
    const got: string[] = [];
    const off = transport.subscribe('notebook.changed', () => {
      got.push('first');
      off();
    });
    transport.subscribe('notebook.changed', () => got.push('second'));
    FakeEventSource.instances[0]?.emit('notebook.changed', '{"paths":[]}');
    expect(got).toEqual(['first', 'second']);
  });
});
