// The routes of the history, open-actions and outcomes views survive a reload and carry
// hand-made customer ids.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../../renderer/src/routing/routes';

describe('search and history routes', () => {
  it('parses #/actions, #/outcomes and a customer history', () => {
    expect(parseRoute('#/actions')).toEqual({ name: 'actions' });
    expect(parseRoute('#/outcomes/')).toEqual({ name: 'outcomes' });
    expect(parseRoute('#/customers/a/history')).toEqual({ name: 'history', customerId: 'a' });
    // The history's print view stays its own route.
    expect(parseRoute('#/customers/a/history/print')).toEqual({ name: 'printHistory', customerId: 'a' });
    expect(parseRoute('#/actions/x')).toEqual({ name: 'notFound', hash: '#/actions/x' });
  });

  it('round-trips a history route with spaces and diacritics in the id', () => {
    const route = { name: 'history' as const, customerId: 'Công ty Đại Phát #2' };
    expect(routeHref(route)).toBe('#/customers/C%C3%B4ng%20ty%20%C4%90%E1%BA%A1i%20Ph%C3%A1t%20%232/history');
    expect(parseRoute(routeHref(route))).toEqual(route);
    expect(parseRoute(routeHref({ name: 'actions' }))).toEqual({ name: 'actions' });
    expect(parseRoute(routeHref({ name: 'outcomes' }))).toEqual({ name: 'outcomes' });
  });
});
