// Command-line arguments of `npm run serve`.
import { describe, expect, it } from 'vitest';
import { parseServeArgs, UsageError } from '../../../../electron/server/args';

describe('parseServeArgs', () => {
  it('defaults to the default notebook on a port the system chooses', () => {
    expect(parseServeArgs([])).toEqual({ port: 0 });
  });

  it('reads --notebook and --port, in both spellings', () => {
    expect(parseServeArgs(['--notebook', '/tmp/My Notes', '--port', '4317'])).toEqual({
      notebook: '/tmp/My Notes',
      port: 4317,
    });
    expect(parseServeArgs(['--port=0', '--notebook=/tmp/a=b'])).toEqual({ notebook: '/tmp/a=b', port: 0 });
  });

  it.each([
    [['--notebook']],
    [['--notebook', '--port', '1']],
    [['--notebook=']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--port', '1.5']],
    [['--verbose']],
    [['notes']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseServeArgs(argv)).toThrow(UsageError);
  });
});
