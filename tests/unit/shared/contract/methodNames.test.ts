// The zod-free name lists the preload uses equal the contract's own.
import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES } from '../../../../shared/contract';
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../../../../shared/contract/methodNames';

describe('plain name lists', () => {
  it('hold every method of the contract, once', () => {
    expect([...METHOD_NAME_LIST].sort()).toEqual([...METHOD_NAMES].sort());
    expect(new Set(METHOD_NAME_LIST).size).toBe(METHOD_NAME_LIST.length);
  });

  it('hold every event of the contract, once', () => {
    expect([...EVENT_NAME_LIST].sort()).toEqual([...EVENT_NAMES].sort());
  });
});
