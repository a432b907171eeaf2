// Startup failures in one plain line.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../electron/server/args';
import { startupFailure } from '../../../../electron/server/startupFailure';

describe('startupFailure', () => {
  it('keeps a usage error as it is', () => {
    expect(startupFailure(new UsageError('Unknown argument "--x".'))).toBe('Unknown argument "--x".');
  });

  it('names a port in use', () => {
    const error = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', port: 4317 });
    expect(startupFailure(error)).toBe('Prepnote could not start: port 4317 is already in use.');
  });

  it('keeps only the first line of anything else', () => {
    expect(startupFailure(new Error('Notebook folder missing\n    at stack'))).toBe(
      'Prepnote could not start: Notebook folder missing',
    );
  });
});
