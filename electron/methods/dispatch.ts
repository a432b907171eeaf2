// The one wrapper between a transport (IPC or HTTP) and the method table: it checks the
// method name, parses the arguments with the contract's zod schema and answers with the
// result envelope of contract.md. Nothing reaches a handler without passing its schema.
import { z } from 'zod';
import {
  ApiError,
  type Envelope,
  type MethodName,
  type MethodOutput,
  isMethodName,
  methods,
} from '../../shared/contract';
import type { Handler, Handlers } from './handlers';

export type Dispatch = (method: string, args: unknown) => Promise<Envelope<unknown>>;

export function invalidInput(error: z.ZodError): ApiError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new ApiError('INVALID_INPUT', `Invalid arguments: ${summary}`, { issues });
}

/** Turns anything thrown by a handler into an envelope; unknown errors become IO_ERROR. */
export function toErrorEnvelope(error: unknown): Envelope<never> {
  if (error instanceof ApiError) return { ok: false, error: error.toBody() };
  if (error instanceof z.ZodError) return { ok: false, error: invalidInput(error).toBody() };
  const reason = error instanceof Error ? error.message : String(error);
  const path = (error as { path?: unknown } | null)?.path;
  return {
    ok: false,
    error: {
      code: 'IO_ERROR',
      message: `Unexpected error: ${reason}`,
      details: { path: typeof path === 'string' ? path : '', reason },
    },
  };
}

export function createDispatch(handlers: Handlers): Dispatch {
  return async (method, args) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `No such method: ${method}` } };
    }
    const parsed = methods[method].input.safeParse(args ?? {});
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toBody() };
    try {
      const handler = handlers[method] as Handler<MethodName>;
      const value: MethodOutput<MethodName> = await handler(parsed.data as never);
      return { ok: true, value };
    } catch (error) {
      return toErrorEnvelope(error);
    }
  };
}
