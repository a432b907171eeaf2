// Command-line arguments of browser mode: `--notebook <folder>` and `--port <n>`, each also
// as `--name=value`. Anything else is a usage error, reported in one plain line.
export interface ServeArgs {
  /** Absent: the core opens the default notebook. */
  notebook?: string;
  /** 0 lets the system choose a free port (the ready line names it). */
  port: number;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = 'Usage: npm run serve -- [--notebook <folder>] [--port <n>]';

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const result: ServeArgs = { port: 0 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--notebook' && name !== '--port') {
      throw new UsageError(`Unknown argument "${arg}". ${USAGE}`);
    }
    let value: string | undefined;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError(`${name} needs a value. ${USAGE}`);
    }
    if (name === '--notebook') result.notebook = value;
    else result.port = parsePort(value);
  }
  return result;
}

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, not "${value}".`);
  }
  return port;
}
