// actions.list from the index, behind the core's ActionSource (actions/actionSource.ts): the
// index answers once its scan is done, the file-based source until then (and whenever the
// index is being rebuilt), so the method never answers from a half-built index.
import type { ActionItem } from '../../../shared/contract';
import type { ActionQuery, ActionSource } from '../actions/actionSource';
import type { NotebookIndex } from './openIndex';

export function indexActionSource(index: NotebookIndex, fallback: ActionSource): ActionSource {
  return {
    list: (query: ActionQuery): Promise<ActionItem[]> =>
      index.isReady() ? Promise.resolve(index.actions(query)) : fallback.list(query),
  };
}
