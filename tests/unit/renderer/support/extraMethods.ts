// Adds methods to a FakeCore's client for one test (search.query, history.stats, actions.*,
// a meetings.list with outcomes…), or replaces the ones it has: every call is still recorded
// in core.calls, and methods not named here go to the FakeCore as before.
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/contract';
import type { ApiClient } from '../../../../renderer/src/api/client';
import type { FakeCore } from './fakeApi';

export type ExtraMethods = {
  [M in MethodName]?: (args: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function withMethods(core: FakeCore, extra: ExtraMethods): FakeCore {
  const base = core.client.call;
  const call: ApiClient['call'] = async (method, args) => {
    const handler = extra[method] as ((a: typeof args) => unknown) | undefined;
    if (!handler) return base(method, args);
    core.calls.push({ method, args });
    await Promise.resolve();
    return (await handler(args)) as MethodOutput<typeof method>;
  };
  Object.assign(core.client, { call });
  return core;
}

/** A promise with its resolve function, to answer a call when the test says so. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
