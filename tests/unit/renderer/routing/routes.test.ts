// Hash routes survive a reload and carry ids with spaces, diacritics and slashes-looking text.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../../renderer/src/routing/routes';

describe('routes', () => {
  it('parses the known screens', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/customers')).toEqual({ name: 'customers' });
    expect(parseRoute('#/customers/')).toEqual({ name: 'customers' });
    expect(parseRoute('#/trash')).toEqual({ name: 'trash' });
    expect(parseRoute('#/customers/harbor-foods')).toEqual({ name: 'customer', id: 'harbor-foods' });
    expect(parseRoute('#/customers/a/meetings/2026-12-02-pilot')).toEqual({
      name: 'meeting',
      customerId: 'a',
      meetingId: '2026-12-02-pilot',
    });
  });

  it('round-trips hand-made ids with spaces, diacritics, # and %', () => {
    const customer = { name: 'customer' as const, id: 'Công ty Đại Phát #2 50%' };
    expect(parseRoute(routeHref(customer))).toEqual(customer);
    const meeting = { name: 'meeting' as const, customerId: 'Nhà sách', meetingId: 'họp / tuần?' };
    expect(parseRoute(routeHref(meeting))).toEqual(meeting);
  });

  it('compares ids in NFC: an NFD address finds the same customer', () => {
    const nfd = 'Đại Phát'.normalize('NFD');
    expect(parseRoute(`#/customers/${encodeURIComponent(nfd)}`)).toEqual({
      name: 'customer',
      id: 'Đại Phát'.normalize('NFC'),
    });
  });

  it('sends unknown or malformed addresses to "not found"', () => {
    expect(parseRoute('#/nowhere').name).toBe('notFound');
    expect(parseRoute('#/customers/a/b').name).toBe('notFound');
    expect(parseRoute('#/customers/%E0%A4%A').name).toBe('notFound');
    expect(parseRoute('#/customers//meetings/x').name).toBe('notFound');
  });
});
