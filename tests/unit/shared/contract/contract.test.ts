// The contract in shared/ covers every method of contract.md, with the documented error codes.
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS, EVENT_NAMES, METHOD_NAMES, methods } from '../../../../shared/contract';

const DOCUMENTED_METHODS = [
  'notebook.info',
  'notebook.open',
  'notebook.recent',
  'settings.get',
  'settings.update',
  'customers.list',
  'customers.get',
  'customers.create',
  'customers.update',
  'customers.trash',
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.update',
  'meetings.review',
  'meetings.setStatus',
  'meetings.trash',
  'actions.list',
  'actions.toggle',
  'templates.list',
  'templates.get',
  'templates.save',
  'search.query',
  'history.stats',
  'export.agenda',
  'export.history',
  'trash.list',
  // added beyond contract.md for the conflict dialog's "keep both" (see README, Contract additions)
  'customers.saveConflictCopy',
  'meetings.saveConflictCopy',
  'trash.restore',
];

describe('contract', () => {
  it('has every method of contract.md, plus the documented additions', () => {
    expect([...METHOD_NAMES].sort()).toEqual([...DOCUMENTED_METHODS].sort());
  });

  it('maps error codes to the documented HTTP statuses', () => {
    expect(ERROR_STATUS).toEqual({
      INVALID_INPUT: 400,
      UNAUTHORIZED: 401,
      FORBIDDEN: 403,
      FORBIDDEN_PATH: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      PAYLOAD_TOO_LARGE: 413,
      NOT_READY: 422,
      UNREADABLE_FILE: 422,
      IO_ERROR: 500,
    });
  });

  it('names the two events', () => {
    expect([...EVENT_NAMES].sort()).toEqual(['index.progress', 'notebook.changed']);
  });

  it('refuses status changes through meetings.update', () => {
    const input = methods['meetings.update'].input;
    const base = { customerId: 'a', meetingId: 'b', version: 'v' };
    expect(input.safeParse({ ...base, fields: { objective: 'x' } }).success).toBe(true);
    expect(input.safeParse({ ...base, fields: { status: 'ready' } }).success).toBe(false);
    expect(input.safeParse({ ...base, fields: { objective: null } }).success).toBe(true);
  });

  it('keeps setStatus enums to the documented values', () => {
    const input = methods['meetings.setStatus'].input;
    const base = { customerId: 'a', meetingId: 'b', version: 'v' };
    expect(
      input.safeParse({ ...base, status: 'done', outcome: 'advance', objectiveMet: 'partly' }).success,
    ).toBe(true);
    expect(input.safeParse({ ...base, status: 'finished' }).success).toBe(false);
    expect(input.safeParse({ ...base, status: 'done', outcome: 'win' }).success).toBe(false);
  });
});
