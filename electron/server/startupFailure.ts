// Turns whatever stopped browser mode from starting into one plain English line.
import { UsageError } from './args';

export function startupFailure(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const port = (error as { port?: unknown } | null)?.port;
  if (code === 'EADDRINUSE') return `Prepnote could not start: port ${String(port)} is already in use.`;
  if (code === 'EACCES' && port !== undefined) {
    return `Prepnote could not start: no permission to use port ${String(port)}.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Prepnote could not start: ${message.split('\n')[0]}`;
}
