// search.query and history.stats: answered by the notebook's search index
// (electron/core/index/), which follows notebook switches through the IndexService.
import { ApiError } from '../../shared/contract';
import type { IndexService } from '../core/index/indexService';
import type { NotebookIndex } from '../core/index/openIndex';
import type { Handlers } from './handlers';

type SearchMethods = 'search.query' | 'history.stats';

export function searchHandlers(index?: IndexService): Pick<Handlers, SearchMethods> {
  const current = (): NotebookIndex => {
    const found = index?.current();
    if (!found)
      throw new ApiError('IO_ERROR', 'The search index is not available', { path: '', reason: 'not open' });
    return found;
  };
  return {
    // Answers at once, from what is indexed so far during a cold build.
    'search.query': async (input) => current().search(input),
    'history.stats': async ({ customerId }) => {
      const found = current();
      await found.ready.catch(() => undefined);
      return found.stats(customerId);
    },
  };
}
