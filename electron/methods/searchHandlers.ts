// search.query and history.stats: the index (session.options.cacheDir; follow notebook switches
// with session.onSwitch). Placeholder until that feature lands.
import type { Session } from '../core/session';
import type { Handlers } from './handlers';
import { notImplemented } from './notImplemented';

type SearchMethods = 'search.query' | 'history.stats';

export function searchHandlers(_session: Session): Pick<Handlers, SearchMethods> {
  return {
    'search.query': notImplemented('search.query'),
    'history.stats': notImplemented('history.stats'),
  };
}
