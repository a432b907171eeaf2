// The desktop app's --notebook option.
import { describe, expect, it } from 'vitest';
import { notebookFromArgv } from '../../../../electron/shell-config/launchArgs';

describe('notebookFromArgv', () => {
  it('reads --notebook in both spellings, relative to the working folder', () => {
    expect(notebookFromArgv(['/usr/bin/electron', '.', '--notebook', '/tmp/nb'])).toBe('/tmp/nb');
    expect(notebookFromArgv(['electron', '--notebook=nb'], '/home/an')).toBe('/home/an/nb');
  });

  it('ignores Chromium switches and a --notebook without a value', () => {
    expect(notebookFromArgv(['electron', '--no-sandbox', '.'])).toBeUndefined();
    expect(notebookFromArgv(['electron', '--notebook'])).toBeUndefined();
    expect(notebookFromArgv(['electron', '--notebook', '--inspect'])).toBeUndefined();
    expect(notebookFromArgv(['electron', '--notebook='])).toBeUndefined();
  });
});
