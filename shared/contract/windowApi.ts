// The shape the desktop preload exposes as `window.api`: one function per contract method,
// grouped by domain (`window.api.meetings.update(args)`), each answering with the envelope,
// and `on(event, handler)` for events. Never a raw IPC channel.
import type { Envelope } from './envelope';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

type DomainOf<M extends string> = M extends `${infer D}.${string}` ? D : never;
type VerbOf<M extends string, D extends string> = M extends `${D}.${infer V}` ? V : never;
export type Domain = DomainOf<MethodName>;

export type WindowApi = {
  [D in Domain]: {
    [V in VerbOf<MethodName, D>]: `${D}.${V}` extends infer M extends MethodName
      ? (args: MethodInput<M>) => Promise<Envelope<MethodOutput<M>>>
      : never;
  };
} & {
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
  /** The desktop shell's printing (absent in browser mode, which has the browser's own). */
  printing?: PrintingApi;
};

export type PaperSize = 'A4' | 'Letter';

/**
 * Printing the page shown (the renderer's print view), outside the method table: it acts on
 * the window itself, not on the notebook, so it has no place in the contract.
 */
export interface PrintingApi {
  /** The system print dialog; false when the user cancelled or printing failed. */
  print(): Promise<boolean>;
  /** Asks where to save, then writes the page as a PDF: the saved path, or null if cancelled. */
  savePdf(options: { filename: string; pageSize: PaperSize }): Promise<string | null>;
}

/** Splits `meetings.update` into `['meetings', 'update']`. */
export function splitMethod(name: MethodName): [Domain, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot) as Domain, name.slice(dot + 1)];
}
