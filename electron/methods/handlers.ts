// The shape of the method table: one handler per contract method. A table typed as
// `Handlers` that misses a method, or answers with the wrong shape, fails to compile.
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };
