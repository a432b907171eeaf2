// The palette's results in the order they are shown and walked with ↑/↓: customers first
// (few, and usually what a name search wants), then meetings, each group in the core's rank
// order.
import type { SearchHit } from '../../../../shared/contract';

export interface ResultGroup {
  type: SearchHit['type'];
  hits: { hit: SearchHit; index: number }[];
}

const ORDER: SearchHit['type'][] = ['customer', 'meeting'];

export function groupHits(hits: readonly SearchHit[]): { groups: ResultGroup[]; ordered: SearchHit[] } {
  const groups: ResultGroup[] = [];
  const ordered: SearchHit[] = [];
  for (const type of ORDER) {
    const ofType = hits.filter((hit) => hit.type === type);
    if (ofType.length === 0) continue;
    groups.push({ type, hits: ofType.map((hit, i) => ({ hit, index: ordered.length + i })) });
    ordered.push(...ofType);
  }
  return { groups, ordered };
}

/** Where a hit leads: the meeting's page, or the customer's. */
export function hitRoute(
  hit: SearchHit,
): { name: 'customer'; id: string } | { name: 'meeting'; customerId: string; meetingId: string } {
  return hit.type === 'meeting' && hit.meetingId
    ? { name: 'meeting', customerId: hit.customerId, meetingId: hit.meetingId }
    : { name: 'customer', id: hit.customerId };
}
