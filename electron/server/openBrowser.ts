// Opens the system browser on the ready line's address, unless BROWSER=none. BROWSER set to
// anything else names the program to use (the convention of many dev servers). A missing
// opener (a server without a desktop) is not an error: the printed line is enough.
import { spawn } from 'node:child_process';

export interface OpenCommand {
  command: string;
  args: string[];
}

export function browserCommand(
  url: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): OpenCommand | undefined {
  const chosen = env.BROWSER?.trim();
  if (chosen?.toLowerCase() === 'none') return undefined;
  if (chosen) return { command: chosen, args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; the empty string is the window title it would take otherwise.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env): void {
  const open = browserCommand(url, env);
  if (!open) return;
  try {
    const child = spawn(open.command, open.args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Same as above: no opener, no problem.
  }
}
