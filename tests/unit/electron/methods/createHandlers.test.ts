import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../../shared/contract';
import { createDispatch } from '../../../../electron/methods/dispatch';
import { emptyNotebook, openCore } from '../core/support/fixtureNotebook';

describe('the method table', () => {
  it('has a handler for every contract method', async () => {
    const { core } = await openCore(await emptyNotebook());
    expect(Object.keys(core.handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('answers unknown methods, and unknown customers, with NOT_FOUND', async () => {
    const { core } = await openCore(await emptyNotebook());
    const dispatch = createDispatch(core.handlers);
    for (const [method, args] of [
      ['export.history', { customerId: 'nobody', format: 'html' }],
      ['no.such', {}],
    ] as const) {
      const reply = await dispatch(method, args);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.code).toBe('NOT_FOUND');
    }
  });
});
