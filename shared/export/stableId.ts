// A stable, opaque id for a meeting: FNV-1a (64-bit) of the UTF-8 bytes of
// `<customerId>/<meetingId>` (NFC). Ids never change (vault-format.md), so the same meeting
// always gets the same calendar UID and a re-imported invitation updates the event instead of
// adding a second one. Not a security hash; it only has to be stable and well spread.
import { utf8Bytes } from './utf8';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

export function stableMeetingHash(customerId: string, meetingId: string): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8Bytes(`${customerId.normalize('NFC')}/${meetingId.normalize('NFC')}`)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
