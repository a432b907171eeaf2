// customers.list carries the open action counts only once the index has finished its scan; a
// list read before that is read again when the scan reports it is done, and once more a
// moment later (the index turns ready just after its last progress event). Bounded: a core
// without an index is asked at most three more times, never polled.
import { useEffect } from 'react';
import { api } from '../../api/client';

/** After the index's last progress event, how long until the second reload. */
const SETTLE_MS = 750;
/** A scan that finished just before this screen listened: one late reload covers it. */
const LATE_MS = 1500;

export function useReloadWhenIndexed(missing: boolean, reload: () => void): void {
  useEffect(() => {
    if (!missing) return;
    const timers: ReturnType<typeof setTimeout>[] = [setTimeout(reload, LATE_MS)];
    const off = api().on('index.progress', ({ done, total }) => {
      if (done < total) return;
      reload();
      timers.push(setTimeout(reload, SETTLE_MS));
    });
    return () => {
      off();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [missing, reload]);
}
