import { defaultMessageLimits } from './limits.ts';
import { scanStateVector } from './scanStateVector.ts';

/**
 * Whether `stored` (from a stored-state-vector answer) includes every struct `local` knows of:
 * for each client in `local`, the stored clock is at least the local one. This is what lets a
 * client show "saved" truthfully for insertions; deletions do not advance a state vector (see
 * PROTOCOL.md for the ordering rule that covers them). False if either cannot be decoded.
 */
export function coversStateVector(
  stored: Uint8Array,
  local: Uint8Array,
  maxEntries = defaultMessageLimits.maxStateVectorEntries,
): boolean {
  try {
    const storedClocks = new Map<number, number>();
    scanStateVector(stored, maxEntries, (client, clock) => storedClocks.set(client, clock));
    let covered = true;
    scanStateVector(local, maxEntries, (client, clock) => {
      if (clock > (storedClocks.get(client) ?? 0)) covered = false;
    });
    return covered;
  } catch {
    return false;
  }
}
