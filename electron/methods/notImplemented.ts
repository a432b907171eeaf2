// The answer of a method whose feature is not built yet: NOT_FOUND, as for an unknown method.
import { ApiError, type MethodName } from '../../shared/contract';

export function notImplemented(method: MethodName): () => Promise<never> {
  return () => Promise.reject(new ApiError('NOT_FOUND', `Not implemented yet: ${method}`));
}
