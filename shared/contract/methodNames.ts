// The contract's method and event names as plain string lists, without zod. The sandboxed
// preload bundles everything it imports into one file, and importing `methods` would pull
// the whole of zod and every schema into it just to learn the names. The types below make a
// missing or misspelt name fail to compile; a unit test checks the lists equal METHOD_NAMES
// and EVENT_NAMES at run time too.
import type { EventName } from './events';
import type { MethodName } from './methods';

export const METHOD_NAME_LIST = [
  'notebook.info',
  'notebook.open',
  'notebook.recent',
  'settings.get',
  'settings.update',
  'trash.list',
  'trash.restore',
  'customers.list',
  'customers.get',
  'customers.create',
  'customers.update',
  'customers.saveConflictCopy',
  'customers.trash',
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.update',
  'meetings.review',
  'meetings.setStatus',
  'meetings.saveConflictCopy',
  'meetings.trash',
  'actions.list',
  'actions.toggle',
  'templates.list',
  'templates.get',
  'templates.save',
  'search.query',
  'history.stats',
  'export.agenda',
  'export.history',
] as const satisfies readonly MethodName[];

export const EVENT_NAME_LIST = ['notebook.changed', 'index.progress'] as const satisfies readonly EventName[];

// Compile-time completeness: each resolves to `true` only when no contract name is missing.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export const METHOD_LIST_IS_COMPLETE: Missing<MethodName, (typeof METHOD_NAME_LIST)[number]> = true;
export const EVENT_LIST_IS_COMPLETE: Missing<EventName, (typeof EVENT_NAME_LIST)[number]> = true;
