// The renderer's only way to the core: typed from the contract, resolves with the value or
// throws an ApiError {code, message, details}, whatever the transport.
import {
  ApiError,
  type ErrorCode,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../../shared/contract';
import { chooseTransport, type Transport } from './transport';

export interface ApiClient {
  call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, args) {
      const envelope = await transport.invoke(method, args);
      if (envelope.ok) return envelope.value as MethodOutput<typeof method>;
      const { code, message, details } = envelope.error;
      throw new ApiError(code as ErrorCode, message, details);
    },
    on(event, handler) {
      return transport.subscribe(event, handler);
    },
  };
}

let client: ApiClient | undefined;

/** The app-wide client, created on first use with the transport of the shell it runs in. */
export function api(): ApiClient {
  client ??= createClient(chooseTransport());
  return client;
}

/** For tests: replace the app-wide client. */
export function setApiClient(next: ApiClient | undefined): void {
  client = next;
}
