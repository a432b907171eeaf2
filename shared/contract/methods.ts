// Every method of contract.md, by name, with its argument and result schemas. The method
// table in electron/ is typed from this object, so a missing method fails to compile.
import type { z } from 'zod';
import { customerMethods } from './customers';
import { meetingMethods } from './meetings';
import { notebookMethods } from './notebook';
import { searchMethods } from './search';
import { templateMethods } from './templates';

export const methods = {
  ...notebookMethods,
  ...customerMethods,
  ...meetingMethods,
  ...templateMethods,
  ...searchMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];

/** What a caller passes (optional fields may be left out). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives after validation (defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
