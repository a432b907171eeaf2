// The print routes: the customer copy and the prep sheet of a meeting, a customer's history;
// hand-made ids survive the round trip, anything else is "not found".
import { describe, expect, it } from 'vitest';
import { isPrintRoute, parseRoute, routeHref } from '../../../../renderer/src/routing/routes';

describe('print routes', () => {
  it('parses both variants of a meeting and the history', () => {
    expect(parseRoute('#/customers/a/meetings/m/print/customer')).toEqual({
      name: 'printAgenda',
      customerId: 'a',
      meetingId: 'm',
      variant: 'customer',
    });
    expect(parseRoute('#/customers/a/meetings/m/print/prep')).toMatchObject({ variant: 'prep' });
    expect(parseRoute('#/customers/a/history/print')).toEqual({ name: 'printHistory', customerId: 'a' });
  });

  it('round-trips ids with spaces, diacritics and slashes', () => {
    const route = {
      name: 'printAgenda' as const,
      customerId: 'Công ty Đại Phát #2',
      meetingId: 'họp / tuần?',
      variant: 'prep' as const,
    };
    expect(parseRoute(routeHref(route))).toEqual(route);
    const history = { name: 'printHistory' as const, customerId: 'Nhà sách 50%' };
    expect(parseRoute(routeHref(history))).toEqual(history);
  });

  it('refuses unknown variants and malformed print addresses', () => {
    expect(parseRoute('#/customers/a/meetings/m/print/internal').name).toBe('notFound');
    expect(parseRoute('#/customers/a/meetings/m/print').name).toBe('notFound');
    expect(parseRoute('#/customers/a/history/pdf').name).toBe('notFound');
    expect(parseRoute('#/customers/a/history/print/x').name).toBe('notFound');
  });

  it('tells print routes from the app screens', () => {
    expect(isPrintRoute(parseRoute('#/customers/a/history/print'))).toBe(true);
    expect(isPrintRoute(parseRoute('#/customers/a/meetings/m'))).toBe(false);
  });
});
