// The index's scan progress from `index.progress` events: undefined until the first event,
// and once the scan has finished (done reaches total) the notebook counts as indexed.
import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/contract';
import { api } from '../../api/client';

export type IndexProgressState = EventPayload<'index.progress'>;

export function useIndexProgress(): IndexProgressState | undefined {
  const [progress, setProgress] = useState<IndexProgressState>();
  useEffect(() => api().on('index.progress', setProgress), []);
  return progress;
}

/** True while a scan is under way (there is something left to index). */
export function isIndexing(progress: IndexProgressState | undefined): progress is IndexProgressState {
  return progress !== undefined && progress.total > 0 && progress.done < progress.total;
}
