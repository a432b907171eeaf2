// Which program opens the system browser, and when none does.
import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../../../electron/server/openBrowser';

const URL = 'http://127.0.0.1:4317/?token=abc';

describe('browserCommand', () => {
  it('opens nothing with BROWSER=none, in any case', () => {
    expect(browserCommand(URL, { BROWSER: 'none' }, 'linux')).toBeUndefined();
    expect(browserCommand(URL, { BROWSER: 'NONE' }, 'darwin')).toBeUndefined();
  });

  it('uses the platform opener by default', () => {
    expect(browserCommand(URL, {}, 'linux')).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserCommand(URL, {}, 'darwin')).toEqual({ command: 'open', args: [URL] });
    expect(browserCommand(URL, {}, 'win32')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', URL] });
  });

  it('uses the program BROWSER names', () => {
    expect(browserCommand(URL, { BROWSER: 'firefox' }, 'linux')).toEqual({ command: 'firefox', args: [URL] });
  });
});
