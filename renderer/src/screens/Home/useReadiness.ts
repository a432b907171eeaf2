// The checklist review of each upcoming meeting (meetings.review), for the home screen's
// readiness badges; read again whenever the notebook changes. A meeting whose review cannot be
// had simply shows no badge.
import { useCallback } from 'react';
import type { MeetingSummary, Review } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApiData } from '../../hooks/useApiData';
import { useLanguage } from '../../state/LanguageContext';

export const meetingKey = (m: Pick<MeetingSummary, 'customerId' | 'meetingId'>) =>
  `${m.customerId}/${m.meetingId}`;

export function useReadiness(meetings: readonly MeetingSummary[]): ReadonlyMap<string, Review> {
  const { language } = useLanguage();
  const wanted = meetings.filter((m) => m.status === 'draft' || m.status === 'ready');
  // One stable string per set of meetings, so the loader changes only when the set does.
  const keys = wanted.map(meetingKey).join('\n');
  const load = useCallback(async () => {
    const entries = await Promise.all(
      keys
        .split('\n')
        .filter(Boolean)
        .map(async (key): Promise<[string, Review] | undefined> => {
          const at = key.lastIndexOf('/');
          try {
            const review = await api().call('meetings.review', {
              customerId: key.slice(0, at),
              meetingId: key.slice(at + 1),
              lang: language,
            });
            return [key, review];
          } catch {
            return undefined;
          }
        }),
    );
    return new Map(entries.filter((entry): entry is [string, Review] => entry !== undefined));
  }, [keys, language]);
  return useApiData(load).data ?? new Map();
}
